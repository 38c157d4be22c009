package docsui

import (
	"bytes"
	"fmt"
	"strings"

	"baocao/app/catalog"
	"baocao/app/certsettings"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/templates"
)

// Kind is one of the documents the window makes after the report.
type Kind int

const (
	Decision     Kind = iota // Quyết định khen thưởng
	Proposal                 // Tờ trình đề nghị khen thưởng
	Certificates             // Giấy khen (or the calibration page)
)

// certOptions is how the certificates tab prints.
type certOptions struct {
	paper       certsettings.Paper
	blank       bool
	printer     string
	firstSerial int
	calibration bool // the calibration page instead of the certificates
	offsets     certsettings.Offsets
}

// build makes document kind from r (a copy nobody edits meanwhile);
// draft marks the decision and the proposal "DỰ THẢO". It does what the
// command line does, so that the window and "baocao decision" agree.
func build(kind Kind, r *report.Report, draft bool, bodyName string, co certOptions) (*doc.Document, error) {
	switch kind {
	case Decision:
		t, err := catalog.LoadDecision(templates.Decisions, r.Profile)
		if err != nil {
			return nil, err
		}
		return compose.Decision(r, t, compose.DecisionOptions{Draft: draft, BodyName: bodyName})
	case Proposal:
		t, err := catalog.LoadProposal(templates.Proposals, r.Profile)
		if err != nil {
			return nil, err
		}
		return compose.Proposal(r, t, compose.ProposalOptions{Draft: draft, BodyName: bodyName})
	}
	if co.calibration {
		return compose.CalibrationPage(compose.CertLayoutFor(co.paper), co.offsets, co.printer), nil
	}
	t, err := catalog.LoadCertificate(templates.Certificates, r.Profile)
	if err != nil {
		return nil, err
	}
	return compose.Certificates(r, t, compose.CertificateOptions{Paper: co.paper, Blank: co.blank,
		Offsets: co.offsets, BodyName: bodyName, FirstSerial: co.firstSerial})
}

// renderPDF renders d into memory, for the preview.
func renderPDF(d *doc.Document) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := pdf.RenderDocument(d, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writePDF writes d at path atomically and returns what the user should
// check in it.
func writePDF(path string, d *doc.Document) (pages int, warnings []string, err error) {
	res, err := pdf.WriteDocumentFile(path, d)
	if err != nil {
		return 0, nil, err
	}
	return res.Pages, res.Messages(), nil
}

// snapshot copies r so that it may be read on another goroutine while
// the user goes on editing: the lists and the decision's slices are not
// shared.
func snapshot(r *report.Report) *report.Report {
	c := *r
	c.Honorees.Collectives = append([]report.Honoree(nil), r.Honorees.Collectives...)
	c.Honorees.Individuals = append([]report.Honoree(nil), r.Honorees.Individuals...)
	c.Recipients = append([]string(nil), r.Recipients...)
	c.Decision.Bases = cloneNil(r.Decision.Bases)
	c.Decision.Include = cloneNil(r.Decision.Include)
	c.Decision.Exclude = cloneNil(r.Decision.Exclude)
	c.Movement = r.Movement.Clone()
	return &c
}

func cloneNil(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string{}, s...)
}

// defaultBases is the template's legal bases as the decision prints them
// (placeholders filled), one per line: what the bases field shows until
// the office edits it.
func defaultBases(r *report.Report, bodyName string) []string {
	t, err := catalog.LoadDecision(templates.Decisions, r.Profile)
	if err != nil {
		return nil
	}
	data := decisionData(r, bodyName)
	out := make([]string, 0, len(t.Bases))
	for _, b := range t.Bases {
		out = append(out, data.Fill(b))
	}
	return out
}

// defaultAuthority is the template's authority line for r.
func defaultAuthority(r *report.Report, bodyName string) string {
	t, err := catalog.LoadDecision(templates.Decisions, r.Profile)
	if err != nil {
		return ""
	}
	return strings.ToUpper(decisionData(r, bodyName).Fill(t.Authority))
}

// defaultTo is the proposal's addressee when none is typed.
func defaultTo(r *report.Report) string {
	t, err := catalog.LoadProposal(templates.Proposals, r.Profile)
	if err != nil {
		return ""
	}
	return compose.DefaultTo(r, t)
}

func decisionData(r *report.Report, bodyName string) catalog.DecisionData {
	if strings.TrimSpace(bodyName) == "" {
		bodyName = r.IssuingBody
	}
	return catalog.DecisionData{Year: r.Year, NextYear: r.NextYear(), IssuingBody: strings.ToUpper(strings.TrimSpace(r.IssuingBody)), IssuingBodyName: bodyName}
}

// fileBase is the suggested file name of kind, before the extension.
func fileBase(kind Kind, r *report.Report, co certOptions) string {
	switch kind {
	case Decision:
		return fmt.Sprintf("quyet-dinh-khen-thuong-%d", r.Year)
	case Proposal:
		return fmt.Sprintf("to-trinh-khen-thuong-%d", r.Year)
	}
	if co.calibration {
		return "trang-can-chinh-" + strings.ToLower(string(co.paper))
	}
	if co.blank {
		return fmt.Sprintf("giay-khen-%d-phoi", r.Year)
	}
	return fmt.Sprintf("giay-khen-%d", r.Year)
}
