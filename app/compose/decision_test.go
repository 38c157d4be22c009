package compose

import (
	"fmt"
	"strings"
	"testing"

	"baocao/app/catalog"
	"baocao/app/doc"
	"baocao/app/report"
	"baocao/app/sample"
	"baocao/templates"
)

// tableNames returns the names in the decision's tables, in order.
func tableNames(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if t, ok := b.(doc.Table); ok {
			for _, row := range t.Rows {
				out = append(out, row[1])
			}
		}
	}
	return out
}

// TestDecisionContent checks what the decision commends and how it reads.
func TestDecisionContent(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(r *report.Report)
		wantErr string
		check   func(t *testing.T, r *report.Report, d *doc.Document)
	}{
		{"its own number and date, the list attached on a new page", func(r *report.Report) { sampleDecision(r) }, "",
			func(t *testing.T, r *report.Report, d *doc.Document) {
				h, _ := blockOf[doc.Header](d)
				if h.Number.Text != "Số 12-QĐ/ĐU" || h.PlaceDate.Text != "Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2016" {
					t.Errorf("header %q / %q", h.Number.Text, h.PlaceDate.Text)
				}
				a, _ := blockOf[doc.Appendix](d)
				if a.Note != "(Kèm theo Quyết định số 12-QĐ/ĐU ngày 10/11/2016)" || a.Label != "" {
					t.Errorf("appendix %+v", a)
				}
				var types []string
				for _, b := range d.Blocks {
					types = append(types, b.Type())
				}
				if got := strings.Join(types, " "); got != "header title centred bases centred article article article closing pageBreak appendix heading table heading table" {
					t.Errorf("blocks %q", got)
				}
			}},
		{"only this body's own awards by default", func(r *report.Report) {
			r.Honorees.Individuals[1].Award = "Bằng khen của Ủy ban nhân dân Thành phố"
			r.Honorees.Individuals[2].Award = ""
		}, "", func(t *testing.T, r *report.Report, d *doc.Document) {
			names := strings.Join(tableNames(d), "|")
			for i, h := range r.Honorees.Individuals {
				if in := strings.Contains(names, h.Name); in != (i != 1 && i != 2) {
					t.Errorf("%s (%q) in the list: %v", h.Name, h.Award, in)
				}
			}
			c, i := r.DecisionHonorees()
			a, _ := blockOf[doc.Article](d)
			if want := fmt.Sprintf("%02d tập thể và %02d cá nhân", len(c), len(i)); !strings.Contains(a.Text, want) {
				t.Errorf("Điều 1 %q lacks %q", a.Text, want)
			}
		}},
		{"everyone when the office says so", func(r *report.Report) {
			r.Honorees.Individuals[1].Award = "Bằng khen"
			r.Decision.Scope = report.ScopeAll
		}, "", func(t *testing.T, r *report.Report, d *doc.Document) {
			if n := len(tableNames(d)); n != len(r.Honorees.Collectives)+len(r.Honorees.Individuals) {
				t.Errorf("%d in the list", n)
			}
		}},
		{"no collectives: one part, numbered I.", func(r *report.Report) { r.Honorees.Collectives = nil }, "",
			func(t *testing.T, r *report.Report, d *doc.Document) {
				if got := strings.Join(headings(d, doc.HeadingPart), "|"); got != "I. CÁ NHÂN" {
					t.Errorf("parts %q", got)
				}
				a, _ := blockOf[doc.Article](d)
				if !strings.Contains(a.Text, "Khen thưởng 24 cá nhân đã") {
					t.Errorf("Điều 1 %q", a.Text)
				}
			}},
		{"the office's own bases and signer", func(r *report.Report) {
			r.Decision.Bases = []string{"Căn cứ Quy định số 294-QĐ/TW ngày 26/5/2025;", " ", "Xét đề nghị của Ban Dân vận năm {{.Year}},"}
			r.Decision.Signature = report.Signature{Authority: "T/M BAN THƯỜNG VỤ", Position: "PHÓ BÍ THƯ", Signer: "Lê Văn Tám"}
			r.Decision.Authority = "Ban Thường vụ Đảng ủy Sở"
		}, "", func(t *testing.T, r *report.Report, d *doc.Document) {
			b, _ := blockOf[doc.Bases](d)
			if len(b.Items) != 2 || b.Items[1].Text != "Xét đề nghị của Ban Dân vận năm 2016," || b.Items[1].Field != "decision.bases[2]" {
				t.Errorf("bases %+v", b.Items)
			}
			c, _ := blockOf[doc.Centred](d)
			if c.Text != "BAN THƯỜNG VỤ ĐẢNG ỦY SỞ" {
				t.Errorf("authority %q", c.Text)
			}
			cl, _ := blockOf[doc.Closing](d)
			if cl.Position.Text != "PHÓ BÍ THƯ" || cl.Signer.Text != "Lê Văn Tám" {
				t.Errorf("closing %+v", cl)
			}
		}},
		{"the money, when the office sets it", func(r *report.Report) {
			r.Decision.RewardCollective, r.Decision.RewardIndividual = 1000000, 500000
		}, "", func(t *testing.T, r *report.Report, d *doc.Document) {
			a, _ := blockOf[doc.Article](d)
			if !strings.HasSuffix(a.Text, "(có danh sách kèm theo). Mỗi tập thể được thưởng 1.000.000 đồng, mỗi cá nhân được thưởng 500.000 đồng.") {
				t.Errorf("Điều 1 %q", a.Text)
			}
		}},
		{"nobody with a Giấy khen", func(r *report.Report) {
			for i := range r.Honorees.Collectives {
				r.Honorees.Collectives[i].Award = "Bằng khen"
			}
			for i := range r.Honorees.Individuals {
				r.Honorees.Individuals[i].Award = ""
			}
		}, "Giấy khen", nil},
		{"an empty list", func(r *report.Report) {
			r.Honorees.Collectives, r.Honorees.Individuals = nil, nil
			r.Decision.Scope = report.ScopeAll
		}, "chưa có ai", nil},
	}
	tpl, err := catalog.LoadDecision(templates.Decisions, report.ProfileParty)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			tc.edit(r)
			d, err := Decision(r, tpl, DecisionOptions{BodyName: sampleBodyName})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one about %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, r, d)
		})
	}
}
