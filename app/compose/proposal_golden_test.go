package compose

import (
	"strings"
	"testing"

	"baocao/app/catalog"
	"baocao/app/certsettings"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// withHigherAwards gives r's proposal a number and date and two
// collectives and two individuals a Bằng khen, spelt loosely.
func withHigherAwards(r *report.Report) *report.Report {
	r.Proposal.Number = "03"
	r.Proposal.IssueDate = report.NewDate(2016, 11, 12)
	r.Honorees.Collectives[1].Award = "Bằng khen của Ban Thường vụ Thành ủy"
	r.Honorees.Collectives[4].Award = "bằng khen của Ban Thường vụ Thành ủy"
	r.Honorees.Individuals[2].Award = "BẰNG KHEN CỦA BAN THƯỜNG VỤ THÀNH ỦY"
	r.Honorees.Individuals[7].Award = "Bằng khen của Ban Thường vụ Thành ủy"
	return r
}

func mustProposal(r *report.Report, opts ProposalOptions) *doc.Document {
	t, err := catalog.LoadProposal(templates.Proposals, r.Profile)
	if err != nil {
		panic(err)
	}
	d, err := Proposal(r, t, opts)
	if err != nil {
		panic(err)
	}
	return d
}

func mustCertificates(r *report.Report, opts CertificateOptions) *doc.Document {
	t, err := catalog.LoadCertificate(templates.Certificates, r.Profile)
	if err != nil {
		panic(err)
	}
	d, err := Certificates(r, t, opts)
	if err != nil {
		panic(err)
	}
	return d
}

// fewHonorees keeps two collectives and two individuals, so that a
// certificates golden file stays short.
func fewHonorees(r *report.Report) *report.Report {
	r.Honorees.Collectives = r.Honorees.Collectives[:2]
	r.Honorees.Individuals = r.Honorees.Individuals[:2]
	r.Honorees.Individuals[1].Achievement = ""
	return sampleDecision(r)
}

// goldenDocs13 are the proposal's and the certificates' block trees kept
// in testdata/ (rewrite with -args -update, as TestGolden).
var goldenDocs13 = []struct {
	name  string
	build func() *doc.Document
}{
	{"proposal-party", func() *doc.Document {
		return mustProposal(withHigherAwards(sample.Report()), ProposalOptions{BodyName: sampleBodyName})
	}},
	{"proposal-state", func() *doc.Document {
		r := withHigherAwards(stateSample())
		r.Proposal.To = "Ủy ban nhân dân Thành phố Hồ Chí Minh (qua Ban Thi đua – Khen thưởng Thành phố)"
		return mustProposal(r, ProposalOptions{BodyName: "Sở Văn hóa và Thể thao"})
	}},
	{"certificates-party", func() *doc.Document {
		return mustCertificates(fewHonorees(sample.Report()), CertificateOptions{BodyName: sampleBodyName, FirstSerial: 7})
	}},
	{"certificates-blank-a3", func() *doc.Document {
		s := certsettings.New()
		_ = s.Set("HP", certsettings.A3, "all", certsettings.Offset{DX: 1, DY: -0.5})
		_ = s.Set("HP", certsettings.A3, "name", certsettings.Offset{DX: 2})
		r := fewHonorees(stateSample())
		r.IssuingBody = "SỞ VĂN HÓA VÀ THỂ THAO"
		return mustCertificates(r, CertificateOptions{Paper: certsettings.A3, Blank: true, Offsets: s.Offsets("HP", certsettings.A3)})
	}},
}

// TestGoldenProposalCertificates compares the block trees with
// testdata/<name>.json.
func TestGoldenProposalCertificates(t *testing.T) {
	for _, tc := range goldenDocs13 {
		t.Run(tc.name, func(t *testing.T) {
			checkGolden(t, tc.name, dump(t, tc.build()), "TestGoldenProposalCertificates")
		})
	}
}

// TestProposalScopeAndAddressee: by default only the higher awards go up
// and an empty list is a clear error; --all takes everyone; the addressee
// defaults from the superior body and the draft's replaces it.
func TestProposalScopeAndAddressee(t *testing.T) {
	r := sample.Report()
	tpl, _ := catalog.LoadProposal(templates.Proposals, r.Profile)
	if _, err := Proposal(r, tpl, ProposalOptions{}); err == nil || !strings.Contains(err.Error(), "Bằng khen") {
		t.Errorf("a list of Giấy khen only: err = %v, want one that names Bằng khen", err)
	}
	r.Proposal.Scope = report.ScopeAll
	d, err := Proposal(r, tpl, ProposalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var to string
	rows := 0
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case doc.Addressee:
			to = b.To.Text
		case doc.Table:
			rows += len(b.Rows)
		}
	}
	if rows != len(r.Honorees.Collectives)+len(r.Honorees.Individuals) {
		t.Errorf("with the whole list, %d rows", rows)
	}
	if to != "Ban Thường vụ Đảng ủy Thành phố Hồ Chí Minh" {
		t.Errorf("default addressee = %q", to)
	}
	r.Proposal.To = "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"
	d, _ = Proposal(r, tpl, ProposalOptions{})
	for _, b := range d.Blocks {
		if a, ok := b.(doc.Addressee); ok && a.To.Text != r.Proposal.To {
			t.Errorf("kept addressee printed as %q", a.To.Text)
		}
	}
}

// TestRunningName: bodies typed in capitals read as running text.
func TestRunningName(t *testing.T) {
	for in, want := range map[string]string{
		"ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH":         "Đảng bộ Thành phố Hồ Chí Minh",
		"ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG":       "Ủy ban nhân dân tỉnh Bình Dương",
		"ĐẢNG BỘ HUYỆN CỦ CHI":                  "Đảng bộ huyện Củ Chi",
		"Ủy ban nhân dân Thành phố Hồ Chí Minh": "Ủy ban nhân dân Thành phố Hồ Chí Minh",
		"": "",
	} {
		if got := RunningName(in); got != want {
			t.Errorf("RunningName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCertificateAchievement: the honoree's Thành tích after the lead,
// as typed when it is a sentence of its own, the default when empty.
func TestCertificateAchievement(t *testing.T) {
	tpl, _ := catalog.LoadCertificate(templates.Certificates, report.ProfileParty)
	data := catalog.CertificateData{Year: 2016}
	for in, want := range map[string]string{
		"": "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2016",
		"Xây dựng mô hình “Chợ văn minh”":     "Đã có thành tích xuất sắc trong xây dựng mô hình “Chợ văn minh”",
		"- Vận động nhân dân hiến đất":        "Đã có thành tích xuất sắc trong vận động nhân dân hiến đất",
		"Đã có thành tích tiêu biểu năm 2016": "Đã có thành tích tiêu biểu năm 2016",
		"UBND phường phối hợp":                "Đã có thành tích xuất sắc trong UBND phường phối hợp",
	} {
		if got := achievement(tpl, data, in); got != want {
			t.Errorf("achievement(%q) = %q, want %q", in, got, want)
		}
	}
}
