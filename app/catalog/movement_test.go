package catalog

import (
	"strings"
	"testing"

	"baocao/app/movement"
)

// TestRenderKeepsFigures: the movement's placeholders are kept as written
// when a template is filled; they are filled each time the document is
// rendered.
func TestRenderKeepsFigures(t *testing.T) {
	d := Data{Year: 2016, NextYear: 2017}
	tests := []struct{ in, want string }{
		{"năm {{.Year}} có {{tong_dang_ky}} mô hình", "năm 2016 có {{tong_dang_ky}} mô hình"},
		{"{{ so_mo_hinh_cong_nhan }}, {{tong_dang_ky_tang_giam}}, {{so_linh_vuc_2}}", "{{ so_mo_hinh_cong_nhan }}, {{tong_dang_ky_tang_giam}}, {{so_linh_vuc_2}}"},
	}
	for _, tt := range tests {
		got, err := Render(tt.in, d)
		if err != nil || got != tt.want {
			t.Errorf("Render(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"{{khong_co}}", "{{so_mo_hinh}}", `{{"x"}}`} {
		if _, err := Render(in, d); err == nil {
			t.Errorf("Render(%q) should be refused", in)
		}
	}
}

func TestTemplateFieldsAndFigures(t *testing.T) {
	good := validTemplate()
	withFields := strings.Replace(good, `"format": "baocao-danvan/template",`,
		`"format": "baocao-danvan/template", "movement": {"fields": ["Văn hóa", "Thể thao", "Du lịch"]},`, 1)
	withFields = strings.Replace(withFields, `"opening": "`, `"opening": "Năm {{.Year}} có {{tong_dang_ky}} mô hình, điển hình đăng ký. `, 1)
	tpl, err := Parse([]byte(withFields))
	if err != nil {
		t.Fatal(err)
	}
	r := tpl.NewReport(2016)
	if strings.Join(r.Movement.Fields, "|") != "Văn hóa|Thể thao|Du lịch" {
		t.Errorf("fields %q", r.Movement.Fields)
	}
	if !strings.HasPrefix(r.Opening, "Năm 2016 có {{tong_dang_ky}} mô hình") {
		t.Errorf("opening %q", r.Opening)
	}
	r.Movement.Register = []movement.Entry{{Name: "a", Unit: "b", Kind: movement.KindModel, Stage: movement.StageRegistered, Field: "Du lịch"}}
	if e := r.Expanded(); !strings.HasPrefix(e.Opening, "Năm 2016 có 1 mô hình") {
		t.Errorf("expanded opening %q", e.Opening)
	}
	// A template without a list leaves the report's empty: the four
	// fields are used and old-format drafts stay old.
	plain, _ := Parse([]byte(good))
	if r := plain.NewReport(2016); r.Movement.Fields != nil || !r.Movement.IsZero() {
		t.Errorf("fields %q", r.Movement.Fields)
	}
	twice := strings.Replace(good, `"format": "baocao-danvan/template",`, `"format": "baocao-danvan/template", "movement": {"fields": ["Kinh tế", "kinh te"]},`, 1)
	if _, err := Parse([]byte(twice)); err == nil || !strings.Contains(err.Error(), "hai lần") {
		t.Errorf("a field twice: %v", err)
	}
}

// TestBuiltinSuggestionsUseFigures: each built-in template offers a phrase
// with the figures, kept as placeholders until the document is rendered.
func TestBuiltinSuggestionsUseFigures(t *testing.T) {
	c := builtin(t)
	for _, id := range []string{"dang-uy-dan-van-kheo", "dan-van-chinh-quyen"} {
		tpl := c.Find(id)
		r := tpl.NewReport(2016)
		found := false
		for _, s := range tpl.Suggestions("achievements", r) {
			if strings.Contains(s, "Năm 2016") && strings.Contains(s, "{{tong_dang_ky}}") {
				found = true
				r.Achievements.Points[0].Text = s
			}
		}
		if !found {
			t.Errorf("%s: no suggestion with the figures", id)
			continue
		}
		r.Movement.Typed = map[string]int{"models.registered": 40, "exemplars.registered": 5}
		if e := r.Expanded(); !strings.Contains(e.Achievements.Points[0].Text, "đăng ký 45 mô hình, điển hình") {
			t.Errorf("%s: expanded %q", id, e.Achievements.Points[0].Text)
		}
	}
}
