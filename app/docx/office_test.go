package docx_test

// The Word copy read back by other programs: LibreOffice renders it (and
// its PDF is compared with ours), python3-docx reads its structure.
// make test installs both (libreoffice-writer-nogui, fonts-liberation2,
// python3-docx). The comparison imports package pdf; the renderer does
// not.

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"baocao/app/catalog"
	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/docx"
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// needTool returns the path of an outside program the test needs: without
// it the test fails under CI (make test installs it) and is skipped
// elsewhere.
func needTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (make test installs libreoffice-writer-nogui, poppler-utils): %v", name, err)
		}
		t.Skipf("%s not installed; run make test to install it", name)
	}
	return p
}

// python is Debian's interpreter, which has python3-docx.
const python = "/usr/bin/python3"

// officeCase is one document rendered both ways.
type officeCase struct {
	name   string
	r      *report.Report
	kind   string // "report", "decision", "proposal"
	slack  int    // pages the LibreOffice rendering may differ by
	docx   string
	ours   string // our PDF
	office string // LibreOffice's PDF of the .docx
}

var (
	officeOnce  sync.Once
	officeCases []*officeCase
	officeErr   error
	officeDir   string // removed when the tests end
)

func TestMain(m *testing.M) {
	code := m.Run()
	if officeDir != "" {
		os.RemoveAll(officeDir)
	}
	os.Exit(code)
}

// converted renders the sample in both forms and the report with 1,000
// honorees as .docx and PDF, and converts the .docx files with
// LibreOffice, once for all tests, in one run of soffice (it is slow to
// start).
func converted(t *testing.T) []*officeCase {
	t.Helper()
	soffice := needTool(t, "soffice")
	needTool(t, "pdftotext")
	officeOnce.Do(func() {
		dir, err := os.MkdirTemp("", "baocao-docx-*")
		if err != nil {
			officeErr = err
			return
		}
		officeDir = dir
		state := sample.Report()
		state.Profile = report.ProfileState
		wide := sample.Report() // a place and date wider than its column, set flush right
		wide.Place = "Quận Bình Thạnh"
		wide.DraftRound = 2
		all := sample.Report()
		all.Proposal.Scope = report.ScopeAll
		officeCases = []*officeCase{
			{name: "party", r: sample.Report(), kind: "report"},
			{name: "state", r: state, kind: "report"},
			{name: "1000", r: sample.WithHonorees(1000), kind: "report", slack: 1},
			{name: "wide-date", r: wide, kind: "draft"},
			{name: "decision", r: sample.Report(), kind: "decision"},
			{name: "proposal", r: all, kind: "proposal"},
		}
		var files []string
		for _, c := range officeCases {
			var d *doc.Document
			d, officeErr = composeKind(c.kind, c.r)
			if officeErr != nil {
				return
			}
			c.docx = filepath.Join(dir, c.name+".docx")
			c.ours = filepath.Join(dir, c.name+"-ours.pdf")
			c.office = filepath.Join(dir, "office", c.name+".pdf")
			if officeErr = docx.WriteDocumentFile(c.docx, d); officeErr != nil {
				return
			}
			if _, officeErr = pdf.WriteDocumentFile(c.ours, d); officeErr != nil {
				return
			}
			files = append(files, c.docx)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
		defer cancel()
		args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
			"--headless", "--norestore", "--convert-to", "pdf", "--outdir", filepath.Join(dir, "office")}, files...)
		cmd := exec.CommandContext(ctx, soffice, args...)
		cmd.Env = append(os.Environ(), "HOME="+dir)
		out, err := cmd.CombinedOutput()
		if err != nil {
			officeErr = fmt.Errorf("soffice: %v\n%s", err, out)
			return
		}
		for _, c := range officeCases {
			if _, err := os.Stat(c.office); err != nil {
				officeErr = fmt.Errorf("LibreOffice did not convert %s: %v\n%s", c.docx, err, out)
				return
			}
		}
	})
	if officeErr != nil {
		t.Fatal(officeErr)
	}
	return officeCases
}

// pdfText is the text of a PDF, pages separated by form feeds.
func pdfText(t *testing.T, path string, args ...string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", append(append(args, "-enc", "UTF-8"), path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// pages counts the pages of pdftotext's output.
func pages(s string) int { return strings.Count(strings.TrimRight(s, "\f"), "\f") + 1 }

// TestLibreOffice: LibreOffice opens every Word copy without error; its
// rendering holds every word of our PDF with its diacritics and every
// honoree, on as many pages (one more or less for 1,000 honorees).
func TestLibreOffice(t *testing.T) {
	for _, c := range converted(t) {
		t.Run(c.name, func(t *testing.T) {
			ours, office := pdfText(t, c.ours), pdfText(t, c.office)
			po, pw := pages(ours), pages(office)
			if d := po - pw; d > c.slack || d < -c.slack {
				t.Errorf("LibreOffice renders %d pages, our PDF %d (at most %d apart)", pw, po, c.slack)
			}
			t.Logf("pages: ours %d, LibreOffice %d", po, pw)
			have := map[string]bool{}
			for _, w := range strings.Fields(office) {
				have[w] = true
			}
			missing := 0
			for _, w := range strings.Fields(ours) {
				if !have[w] {
					if _, err := strconv.Atoi(w); err == nil && len(w) <= 3 {
						continue // a page number: the two may end a page apart
					}
					if missing++; missing <= 10 {
						t.Errorf("word %q of our PDF is missing from LibreOffice's rendering", w)
					}
				}
			}
			flat := strings.Join(strings.Fields(pdfText(t, c.office, "-raw")), " ")
			for _, list := range [][]report.Honoree{c.r.Honorees.Collectives, c.r.Honorees.Individuals} {
				for _, h := range list {
					if !strings.Contains(flat, h.Name) {
						t.Errorf("honoree %q missing from LibreOffice's rendering", h.Name)
					}
				}
			}
		})
	}
}

// word is a word of pdftotext -bbox: its page and top-left corner, in
// points.
type word struct {
	page int
	x, y float64
}

var bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>`)

// words returns the words of a PDF by text, each where it first stands.
func words(t *testing.T, path string) map[string]word {
	t.Helper()
	out := map[string]word{}
	for i, page := range strings.Split(pdfText(t, path, "-bbox"), "<page ") {
		for _, m := range bboxWord.FindAllStringSubmatch(page, -1) {
			if _, ok := out[m[3]]; ok {
				continue
			}
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			out[m[3]] = word{page: i, x: x, y: y}
		}
	}
	return out
}

// TestLibreOfficePlaces: the header and the closing blocks stand where
// our PDF puts them, within 3 mm, on the same page.
func TestLibreOfficePlaces(t *testing.T) {
	const tolerance = 3 / doc.PtToMM // points
	for _, c := range converted(t) {
		if c.slack > 0 || c.kind == "decision" || c.kind == "proposal" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			ours, office := words(t, c.ours), words(t, c.office)
			worst := 0.0
			defer func() { t.Logf("largest distance: %.1f mm", worst*doc.PtToMM) }()
			signer := strings.Fields(c.r.Signature.Signer)
			marks := []string{"Thành", "ngày"} // the place and date
			if c.kind == "draft" {
				marks = []string{"Quận", "LẦN"} // flush right; the draft mark
			}
			for _, w := range append(marks, "ĐẢNG", "Số", "BÁO", "Nhân", "Nơi", "T/M", "Ban", signer[len(signer)-1], "PHỤ") {
				o, ok1 := ours[w]
				f, ok2 := office[w]
				if !ok1 || !ok2 {
					t.Errorf("%q not found (ours %v, LibreOffice %v)", w, ok1, ok2)
					continue
				}
				worst = max(worst, math.Abs(o.x-f.x), math.Abs(o.y-f.y))
				if o.page != f.page || math.Abs(o.x-f.x) > tolerance || math.Abs(o.y-f.y) > tolerance {
					t.Errorf("%q: ours page %d at (%.1f, %.1f) pt, LibreOffice page %d at (%.1f, %.1f) pt", w, o.page, o.x, o.y, f.page, f.x, f.y)
				}
			}
		})
	}
}

// pyDocx is what python3-docx reads of a Word copy.
type pyDocx struct {
	Styles   map[string]pyStyle `json:"styles"`
	Headings [][2]string        `json:"headings"`
	Section  struct {
		Width, Height, Top, Bottom, Left, Right float64
		FirstPage                               bool `json:"first"`
		Header                                  string
		FirstHeader                             string `json:"firstHeader"`
	} `json:"section"`
	Tables []struct {
		Rows, Header, CantSplit int
	} `json:"tables"`
	Title, Author string
}

type pyStyle struct {
	Font string  `json:"font"`
	Size float64 `json:"size"`
	Bold *bool   `json:"bold"`
}

const pyScript = `
import sys, json, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
out = {"styles": {}, "headings": [], "tables": []}
for s in d.styles:
    if s.type == 1:
        out["styles"][s.name] = {"font": s.font.name, "size": s.font.size.pt if s.font.size else 0, "bold": s.font.bold}
for p in d.paragraphs:
    if p.style.name.startswith("Heading"):
        out["headings"].append([p.style.name, p.text])
s = d.sections[0]
mm = lambda v: v.mm
out["section"] = {"width": mm(s.page_width), "height": mm(s.page_height), "top": mm(s.top_margin), "bottom": mm(s.bottom_margin),
    "left": mm(s.left_margin), "right": mm(s.right_margin), "first": s.different_first_page_header_footer,
    "header": "".join(p.text for p in s.header.paragraphs), "firstHeader": "".join(p.text for p in s.first_page_header.paragraphs)}
for t in d.tables:
    rows = t.rows
    head = sum(1 for r in rows if r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None)
    cant = sum(1 for r in rows if r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None)
    out["tables"].append({"rows": len(rows), "header": head, "cantsplit": cant})
out["title"] = d.core_properties.title
out["author"] = d.core_properties.author
print(json.dumps(out, ensure_ascii=False))
`

// TestPythonDocx: python3-docx reads the styles (Times New Roman at the
// form's sizes, Heading 1 and 2 with the sections and points), the
// section (A4, the margins, a different first page), the header rows of
// the tables and the properties.
func TestPythonDocx(t *testing.T) {
	if err := exec.Command(python, "-c", "import docx").Run(); err != nil {
		msg := fmt.Sprintf("%s with python3-docx is needed (apt-get install python3-docx): %v", python, err)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	for _, p := range []report.Profile{report.ProfileParty, report.ProfileState} {
		t.Run(string(p), func(t *testing.T) {
			r := sample.Report()
			r.Profile = p
			d := compose.Report(r, compose.ReportOptions{})
			path := filepath.Join(t.TempDir(), "báo cáo.docx")
			if err := docx.WriteDocumentFile(path, d); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, "-c", pyScript, path).CombinedOutput()
			if err != nil {
				t.Fatalf("python3-docx cannot read the file: %v\n%s", err, out)
			}
			var got pyDocx
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			l := d.Layout
			near := func(what string, a, b float64) {
				if math.Abs(a-b) > 0.05 {
					t.Errorf("%s = %.2f, want %.2f", what, a, b)
				}
			}
			s := got.Section
			near("page width", s.Width, l.PageWidth)
			near("page height", s.Height, l.PageHeight)
			near("top margin", s.Top, l.MarginTop)
			near("bottom margin", s.Bottom, l.MarginBottom)
			near("left margin", s.Left, l.MarginLeft)
			near("right margin", s.Right, l.MarginRight)
			if !s.FirstPage || s.FirstHeader != "" || s.Header != "2" {
				t.Errorf("first page %v, header %q, first page's header %q: want a different first page without number", s.FirstPage, s.Header, s.FirstHeader)
			}
			normal := got.Styles["Normal"]
			if normal.Font != "" && normal.Font != "Times New Roman" || normal.Size != l.Body.Size {
				t.Errorf("Normal: %+v, want Times New Roman %v pt", normal, l.Body.Size)
			}
			for name, size := range map[string]float64{"Heading 1": l.SectionHead.Size, "Heading 2": l.PointHead.Size} {
				st, ok := got.Styles[name]
				if !ok || st.Size != size || st.Bold == nil || !*st.Bold {
					t.Errorf("%s: %+v (found %v), want bold %v pt", name, st, ok, size)
				}
			}
			var h1, h2 []string
			for _, h := range got.Headings {
				if h[0] == "Heading 1" {
					h1 = append(h1, h[1])
				} else {
					h2 = append(h2, h[1])
				}
			}
			var want1 []string
			for _, b := range d.Blocks {
				switch b := b.(type) {
				case doc.Heading:
					if b.Kind == doc.HeadingSection {
						want1 = append(want1, b.Text())
					}
				case doc.Appendix:
					want1 = append(want1, b.Label)
				}
			}
			if strings.Join(h1, "|") != strings.Join(want1, "|") {
				t.Errorf("Heading 1 paragraphs %q, want %q", h1, want1)
			}
			if len(h2) == 0 || !strings.HasPrefix(h2[0], "1. ") {
				t.Errorf("Heading 2 paragraphs %q, want the points 1., 2., …", h2)
			}
			repeated := 0
			for _, tb := range got.Tables {
				if tb.CantSplit != tb.Rows {
					t.Errorf("table of %d rows: %d may split", tb.Rows, tb.Rows-tb.CantSplit)
				}
				if tb.Header > 0 {
					repeated++
				}
			}
			if repeated < 3 { // the figures, the models, the collectives, the individuals
				t.Errorf("%d tables with a repeated header row: %+v", repeated, got.Tables)
			}
			if got.Title != d.Info.Title || got.Author != d.Info.Author {
				t.Errorf("properties %q, %q, want %q, %q", got.Title, got.Author, d.Info.Title, d.Info.Author)
			}
		})
	}
}

// composeKind builds the document of kind for r as the command line does.
func composeKind(kind string, r *report.Report) (*doc.Document, error) {
	switch kind {
	case "decision":
		t, err := catalog.LoadDecision(templates.Decisions, r.Profile)
		if err != nil {
			return nil, err
		}
		return compose.Decision(r, t, compose.DecisionOptions{})
	case "proposal":
		t, err := catalog.LoadProposal(templates.Proposals, r.Profile)
		if err != nil {
			return nil, err
		}
		return compose.Proposal(r, t, compose.ProposalOptions{})
	}
	return compose.Report(r, compose.ReportOptions{Draft: kind == "draft"}), nil
}
