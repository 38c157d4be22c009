package compose

import (
	"strings"
	"testing"

	"baocao/app/doc"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
)

// TestLayoutRules: each form's figures name the rules of the profile.
func TestLayoutRules(t *testing.T) {
	for _, p := range []report.Profile{report.ProfileParty, report.ProfileState, "unknown"} {
		if l := LayoutFor(p); l.Rules != p.Rules() {
			t.Errorf("%s: layout rules %q, profile rules %q", p, l.Rules, p.Rules())
		}
	}
}

// headings returns "I. KẾT QUẢ…"-style texts of the headings of kind k.
func headings(d *doc.Document, k doc.HeadingKind) []string {
	var out []string
	for _, b := range d.Blocks {
		if h, ok := b.(doc.Heading); ok && h.Kind == k {
			out = append(out, h.Text())
		}
	}
	return out
}

func blockOf[T doc.Block](d *doc.Document) (T, bool) {
	for _, b := range d.Blocks {
		if x, ok := b.(T); ok {
			return x, true
		}
	}
	var zero T
	return zero, false
}

// TestReportContent checks the content decisions of the report, case by
// case.
func TestReportContent(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(r *report.Report)
		opts  ReportOptions
		check func(t *testing.T, d *doc.Document)
	}{
		{"bodies in capitals, the star of the Party form", func(r *report.Report) {
			r.IssuingBody = "Đảng ủy Sở Văn hóa  và Thể thao"
		}, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			h, _ := blockOf[doc.Header](d)
			if h.IssuingBody.Text != "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO" || !h.Star || h.DraftMark != "" {
				t.Errorf("header %+v", h)
			}
			if strings.Join(h.Heading, "|") != "ĐẢNG CỘNG SẢN VIỆT NAM" {
				t.Errorf("heading %q", h.Heading)
			}
		}},
		{"state form: no star, the motto", func(r *report.Report) { r.Profile = report.ProfileState }, ReportOptions{},
			func(t *testing.T, d *doc.Document) {
				h, _ := blockOf[doc.Header](d)
				if h.Star || strings.Join(h.Heading, "|") != "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc" {
					t.Errorf("header %+v", h)
				}
				if !strings.HasPrefix(h.Number.Text, "Số: ") {
					t.Errorf("number %q", h.Number.Text)
				}
			}},
		{"draft with its round", func(r *report.Report) { r.DraftRound = 3 }, ReportOptions{Draft: true},
			func(t *testing.T, d *doc.Document) {
				h, _ := blockOf[doc.Header](d)
				if h.DraftMark != "DỰ THẢO LẦN 3" || !strings.HasSuffix(d.Info.Title, " (Dự thảo lần 3)") {
					t.Errorf("mark %q, title %q", h.DraftMark, d.Info.Title)
				}
			}},
		{"an empty section takes no number", func(r *report.Report) {
			r.Limitations.Points = []report.Point{{Heading: " ", Text: "\n \n"}}
		}, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			got := strings.Join(headings(d, doc.HeadingSection), "|")
			if got != "I. KẾT QUẢ ĐẠT ĐƯỢC|II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017|III. KIẾN NGHỊ, ĐỀ XUẤT" {
				t.Errorf("sections %q", got)
			}
		}},
		{"inline list: the next section, numbered parts", func(r *report.Report) {
			r.Honorees.Placement = report.PlacementInline
			r.Movement = movement.Data{}
		}, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			secs := headings(d, doc.HeadingSection)
			if last := secs[len(secs)-1]; !strings.HasPrefix(last, "V. DANH SÁCH") {
				t.Errorf("last section %q", last)
			}
			if _, ok := blockOf[doc.Appendix](d); ok {
				t.Error("an appendix as well")
			}
			if _, ok := d.Blocks[len(d.Blocks)-1].(doc.Closing); !ok {
				t.Errorf("last block %s, want the closing", d.Blocks[len(d.Blocks)-1].Type())
			}
			pts := strings.Join(headings(d, doc.HeadingPoint), "|")
			if !strings.HasSuffix(pts, "|1. Tập thể|2. Cá nhân") {
				t.Errorf("points %q", pts)
			}
		}},
		{"appendix after the signature, on a new page", func(r *report.Report) { r.Movement = movement.Data{} }, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			var types []string
			for _, b := range d.Blocks {
				types = append(types, b.Type())
			}
			if got := strings.Join(types, " "); !strings.HasSuffix(got, "closing pageBreak appendix heading table heading table") {
				t.Errorf("blocks end %q", got)
			}
			a, _ := blockOf[doc.Appendix](d)
			if a.Label != "PHỤ LỤC" || a.Note != "(Kèm theo Báo cáo số 45-BC/ĐU ngày 08/11/2016)" {
				t.Errorf("appendix %+v", a)
			}
			if got := strings.Join(headings(d, doc.HeadingPart), "|"); got != "I. TẬP THỂ|II. CÁ NHÂN" {
				t.Errorf("parts %q", got)
			}
		}},
		{"appendix note without a number, date or title", func(r *report.Report) {
			r.Number, r.Title, r.IssueDate, r.Honorees.Title = "", "", report.Date{}, ""
			r.Movement = movement.Data{}
		}, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			a, _ := blockOf[doc.Appendix](d)
			if a.Note != "(Kèm theo Báo cáo số -BC/ĐU ngày      /      /2016)" || a.Title.Text != DefaultHonoreeTitle {
				t.Errorf("appendix %+v", a)
			}
		}},
		{"no honorees: no appendix, no tables", func(r *report.Report) {
			r.Honorees.Collectives, r.Honorees.Individuals = nil, nil
			r.Movement = movement.Data{}
		}, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			if _, ok := d.Blocks[len(d.Blocks)-1].(doc.Closing); !ok {
				t.Errorf("last block %s", d.Blocks[len(d.Blocks)-1].Type())
			}
		}},
		{"numbered and bulleted lists", nil, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			var labels []string
			for _, b := range d.Blocks {
				if l, ok := b.(doc.List); ok {
					labels = append(labels, l.Items[0].Label, l.Items[len(l.Items)-1].Label)
				}
			}
			if got := strings.Join(labels, " "); got != "1. 4. - -" {
				t.Errorf("labels %q", got)
			}
		}},
		{"a point heading with no text is not kept with the next", func(r *report.Report) {
			r.Achievements.Points[0].Text = ""
		}, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			for _, b := range d.Blocks {
				if h, ok := b.(doc.Heading); ok && h.Field == "achievements.points[0].heading" {
					if h.KeepWithNext {
						t.Error("kept with the next point")
					}
					return
				}
			}
			t.Error("heading missing")
		}},
		{"figures' placeholders printed as numbers", func(r *report.Report) {
			*r = *sample.WithRegister(5)
			r.Opening = "Có {{tong_dang_ky}} mô hình."
		}, ReportOptions{}, func(t *testing.T, d *doc.Document) {
			p, _ := blockOf[doc.Paragraph](d)
			if strings.Contains(p.Text, "{{") {
				t.Errorf("opening %q", p.Text)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			if tc.edit != nil {
				tc.edit(r)
			}
			before := *r
			d := Report(r, tc.opts)
			if r.Title != before.Title || r.IssuingBody != before.IssuingBody {
				t.Error("the report was changed")
			}
			tc.check(t, d)
		})
	}
}

// TestSectionNames: warnings name the sections as validation does, the
// limitations by DOMAIN.md's name.
func TestSectionNames(t *testing.T) {
	want := map[string]string{
		report.FieldAchievements:    "mục “Kết quả đạt được”",
		report.FieldLimitations:     "mục “Hạn chế, tồn tại và nguyên nhân”",
		report.FieldTasks:           "mục “Phương hướng, nhiệm vụ”",
		report.FieldRecommendations: "mục “Kiến nghị, đề xuất”",
		"other":                     "phần nội dung",
	}
	for f, w := range want {
		if got := sectionWhere(f); got != w {
			t.Errorf("sectionWhere(%s) = %q, want %q", f, got, w)
		}
	}
}

func TestRoman(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 90: "XC", 400: "CD", 1994: "MCMXCIV", 3999: "MMMCMXCIX"} {
		if got := roman(n); got != want {
			t.Errorf("roman(%d) = %q, want %q", n, got, want)
		}
	}
}
