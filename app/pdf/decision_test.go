package pdf

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/app/catalog"
	"baocao/app/compose"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// renderDecisionFile composes and renders r's decision into a file.
func renderDecisionFile(t *testing.T, r *report.Report) string {
	t.Helper()
	tpl, err := catalog.LoadDecision(templates.Decisions, r.Profile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := compose.Decision(r, tpl, compose.DecisionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := renderDocument(d, &buf, time.Date(2016, 11, 10, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "decision.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDecisionPDF: in both forms, every honoree the decision commends is
// in its attached list once, in order, letter for letter, on the pages
// after the decision; the others are not; the header and the closing
// blocks sit where the report puts them.
func TestDecisionPDF(t *testing.T) {
	for _, p := range []report.Profile{report.ProfileParty, report.ProfileState} {
		t.Run(string(p), func(t *testing.T) {
			r := sample.Report()
			r.Profile = p
			r.Decision.Number = "12"
			r.Decision.IssueDate = report.NewDate(2016, 11, 10)
			r.Honorees.Individuals[3].Award = "Bằng khen của Ủy ban nhân dân Thành phố"
			r.Honorees.Individuals[5].Name = "Nguyễn Thị Thu Hằng Ngọc Diệp Phương Thảo"
			path := renderDecisionFile(t, r)
			// pdftotext -raw reads in drawing order: a row's cells one
			// after the other, a cell's lines together.
			raw := strings.Split(run(t, "pdftotext", "-enc", "UTF-8", "-raw", path, "-"), "\f")
			if len(raw) < 2 {
				t.Fatalf("%d pages", len(raw))
			}
			first, list := flat(raw[:1]), flat(raw[1:])
			if !strings.HasPrefix(strings.TrimLeft(list, "0123456789 "), "DANH SÁCH") || !strings.Contains(list, "(Kèm theo Quyết định số 12") {
				t.Fatalf("page 2 does not start the attached list: %.200s", list)
			}
			collectives, individuals := r.DecisionHonorees()
			at := 0
			for _, part := range [][]report.Honoree{collectives, individuals} {
				for n, h := range part {
					row := fmt.Sprintf("%d %s", n+1, h.Name)
					i := strings.Index(list[at:], row)
					if i < 0 {
						t.Fatalf("%q not in the list after %.60q (or out of order)", row, list[at:])
					}
					if strings.Count(list, h.Name) != 1 || strings.Contains(first, h.Name) {
						t.Errorf("%q printed %d times in the list", h.Name, strings.Count(list, h.Name))
					}
					at += i + len(row)
				}
			}
			if name := r.Honorees.Individuals[3].Name; strings.Contains(list, name) {
				t.Errorf("%q (Bằng khen) is in the decision", name)
			}
			words := pdfWords(t, path)

			// The header and the closing as in the report.
			rep := r.AsDecision()
			rep.Number, rep.Symbol = r.Number, r.Symbol
			rpath, _ := renderFile(t, rep)
			rwords := pdfWords(t, rpath)
			for _, pair := range [][2]string{
				{r.AsDecision().NumberLine(), rep.NumberLine()},
				{rep.PlaceAndDate(), rep.PlaceAndDate()},
				{LayoutFor(p).Heading[0].Text, LayoutFor(p).Heading[0].Text},
				{"Nơi nhận:", "Nơi nhận:"},
				{r.Signature.Signer, r.Signature.Signer},
			} {
				d, ok1 := phrase(words, pair[0])
				w, ok2 := phrase(rwords, pair[1])
				if !ok1 || !ok2 {
					t.Errorf("%q in decision %v, %q in report %v", pair[0], ok1, pair[1], ok2)
					continue
				}
				if math.Abs((d.XMin+d.XMax)/2-(w.XMin+w.XMax)/2) > 0.5 {
					t.Errorf("%q centred at %.1f mm, the report's at %.1f", pair[0], (d.XMin+d.XMax)/2, (w.XMin+w.XMax)/2)
				}
				if pair[0] != "Nơi nhận:" && pair[0] != r.Signature.Signer && math.Abs(d.YMin-w.YMin) > 0.5 {
					t.Errorf("%q at %.1f mm from the top, the report's at %.1f", pair[0], d.YMin, w.YMin)
				}
			}
			if ln, ok := phrase(words, "Nơi nhận:"); !ok || math.Abs(ln.XMin-LayoutFor(p).MarginLeft) > 0.5 {
				t.Errorf("“Nơi nhận:” starts at %.1f mm", ln.XMin)
			}
		})
	}
}
