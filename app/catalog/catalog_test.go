package catalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"baocao/app/report"
	"baocao/templates"
)

func builtin(t *testing.T) *Catalog {
	t.Helper()
	c := Load(templates.Builtin, "")
	if len(c.Problems) > 0 {
		t.Fatalf("built-in templates have problems: %v", c.Problems)
	}
	return c
}

func TestBuiltinTemplates(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		id      string
		profile report.Profile
		summary string
		heading string
	}{
		{"dang-uy-dan-van-kheo", report.ProfileParty, "tổng kết công tác dân vận năm 2016, phương hướng nhiệm vụ năm 2017", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017"},
		{"dan-van-chinh-quyen", report.ProfileState, "Tổng kết công tác dân vận chính quyền năm 2016 và phương hướng, nhiệm vụ năm 2017", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			tpl := c.Find(tt.id)
			if tpl == nil {
				t.Fatalf("template %s missing", tt.id)
			}
			if tpl.Profile != tt.profile {
				t.Errorf("profile = %s", tpl.Profile)
			}
			r := tpl.NewReport(2016)
			if r.Summary != tt.summary {
				t.Errorf("summary = %q", r.Summary)
			}
			if r.Tasks.Heading != tt.heading {
				t.Errorf("tasks heading = %q", r.Tasks.Heading)
			}
			if strings.Contains(r.Opening, "{{") || r.Opening == "" {
				t.Errorf("opening not filled: %q", r.Opening)
			}
			if !strings.Contains(r.Honorees.Title, "2016") {
				t.Errorf("honoree title = %q", r.Honorees.Title)
			}
			if len(r.Recipients) == 0 || r.Signature.Position == "" {
				t.Error("recipients and signature must come from the template")
			}
			if len(tpl.Suggestions(report.FieldAchievements, r)) == 0 {
				t.Error("no suggestions for achievements")
			}
			// A new draft lacks only what the user must write.
			for _, p := range r.Validate() {
				if p.Severity == report.Error && p.Field != report.FieldTasks && p.Field != report.FieldSigner {
					t.Errorf("unexpected error in a new draft: %v", p)
				}
			}
		})
	}
}

func TestOpeningUsesBodyNameAndAnniversary(t *testing.T) {
	r := builtin(t).Find("dang-uy-dan-van-kheo").NewReport(2016)
	if !strings.Contains(r.Opening, "86 năm") {
		t.Errorf("anniversary missing: %q", r.Opening)
	}
	// Running text names the body as a sentence does, not in the capitals
	// of the header.
	for _, tpl := range builtin(t).Templates {
		r := tpl.NewReport(2016)
		if strings.Contains(r.Opening, r.IssuingBody) {
			t.Errorf("%s: the opening shouts the body's name: %q", tpl.ID, r.Opening)
		}
		if tpl.Header.IssuingBodyName == "" || !strings.Contains(r.Opening, tpl.Header.IssuingBodyName) {
			t.Errorf("%s: the opening lacks the body's name %q: %q", tpl.ID, tpl.Header.IssuingBodyName, r.Opening)
		}
	}
}

func TestFillKeepsUserText(t *testing.T) {
	tpl := builtin(t).Find("dang-uy-dan-van-kheo")
	r := tpl.NewReport(2016)
	r.Achievements.Points[0].Text = "Nội dung người dùng đã viết."
	r.Year = 2020
	tpl.Fill(r)
	if r.Achievements.Points[0].Text != "Nội dung người dùng đã viết." {
		t.Error("Fill overwrote the user's text")
	}
	if !strings.Contains(r.Summary, "2020") || !strings.Contains(r.Summary, "2021") {
		t.Errorf("Fill did not follow the year: %q", r.Summary)
	}
}

func validTemplate() string {
	b, _ := os.ReadFile("testdata/dang-uy-dan-van-kheo.json")
	return string(b)
}

func TestParseErrors(t *testing.T) {
	good := validTemplate()
	tests := []struct {
		name, data, want string
	}{
		{"not json", "{", "JSON"},
		{"wrong format", `{"format":"x","version":1}`, "không phải mẫu"},
		{"newer version", strings.Replace(good, `"version": 1`, `"version": 9`, 1), "phiên bản"},
		{"no id", strings.Replace(good, `"id": "dang-uy-dan-van-kheo"`, `"id": ""`, 1), "mã mẫu"},
		{"bad id", strings.Replace(good, `"id": "dang-uy-dan-van-kheo"`, `"id": "Đảng ủy"`, 1), "chữ thường"},
		{"bad profile", strings.Replace(good, `"profile": "party"`, `"profile": "army"`, 1), "thể thức"},
		{"bad placeholder", strings.Replace(good, "{{.NextYear}}", "{{.NamSau}}", 1), "chỗ điền"},
		{"broken syntax", strings.Replace(good, "{{.Year}}", "{{.Year", 1), "không hợp lệ"},
		{"unclosed", strings.Replace(good, "năm {{.NextYear}}\"", "năm {{.NextYear\"", 1), "cú pháp"},
		{"bad list style", strings.Replace(good, `"list": "numbered"`, `"list": "stars"`, 1), "kiểu danh sách"},
		{"bad placement", strings.Replace(good, `"placement": "appendix"`, `"placement": "footer"`, 1), "vị trí"},
		{"no summary", strings.Replace(good, `"summary": "tổng kết công tác dân vận năm {{.Year}}, phương hướng nhiệm vụ năm {{.NextYear}}"`, `"summary": ""`, 1), "trích yếu"},
		{"too large", good + strings.Repeat(" ", MaxSize), "lớn hơn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
	if _, err := Parse([]byte(good)); err != nil {
		t.Fatalf("the good template fails: %v", err)
	}
}

func TestUserTemplates(t *testing.T) {
	dir := t.TempDir()
	good := validTemplate()
	mine := strings.Replace(good, `"id": "dang-uy-dan-van-kheo"`, `"id": "chi-bo-cua-toi"`, 1)
	mine = strings.Replace(mine, `"ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO"`, `"CHI BỘ THƯ VIỆN"`, 1)
	override := strings.Replace(good, `"BÁO CÁO"`, `"BÁO CÁO TÓM TẮT"`, 1)
	os.WriteFile(filepath.Join(dir, "mine.json"), []byte(mine), 0o600)
	os.WriteFile(filepath.Join(dir, "override.json"), []byte(override), 0o600)
	os.WriteFile(filepath.Join(dir, "broken.json"), []byte(`{"format": "baocao-danvan/template", "version": 1, "id": "x"`), 0o600)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a template"), 0o600)

	c := Load(templates.Builtin, dir)
	if len(c.Problems) != 1 || !strings.Contains(c.Problems[0].Error(), "broken.json") {
		t.Fatalf("want one problem naming broken.json, got %v", c.Problems)
	}
	if len(c.Templates) != 3 {
		t.Fatalf("want 3 templates (2 built-in, 1 new), got %d", len(c.Templates))
	}
	m := c.Find("chi-bo-cua-toi")
	if m == nil || m.Header.IssuingBody != "CHI BỘ THƯ VIỆN" || m.Source == "" {
		t.Fatalf("user template not loaded: %+v", m)
	}
	if c.Find("dang-uy-dan-van-kheo").Title != "BÁO CÁO TÓM TẮT" {
		t.Error("a user template with a built-in id should replace it")
	}
}

func TestBrokenBuiltinReported(t *testing.T) {
	fsys := fstest.MapFS{
		"good.json": {Data: []byte(validTemplate())},
		"bad.json":  {Data: []byte("{}")},
	}
	c := Load(fsys, filepath.Join(t.TempDir(), "missing"))
	if len(c.Templates) != 1 || len(c.Problems) != 1 {
		t.Fatalf("templates %d problems %v", len(c.Templates), c.Problems)
	}
}

func TestRender(t *testing.T) {
	d := Data{Year: 2016, NextYear: 2017, Anniversary: 86, CollectiveCount: 6, IndividualCount: 24, HonoreeCount: 30}
	tests := []struct{ in, want string }{
		{"năm {{.Year}}", "năm 2016"},
		{"{{.CollectiveCount}} tập thể, {{.IndividualCount}} cá nhân", "6 tập thể, 24 cá nhân"},
		{"không có chỗ điền", "không có chỗ điền"},
	}
	for _, tt := range tests {
		got, err := Render(tt.in, d)
		if err != nil || got != tt.want {
			t.Errorf("Render(%q) = %q, %v", tt.in, got, err)
		}
	}
	if _, err := Render("{{.Missing}}", d); err == nil {
		t.Error("an unknown placeholder must be an error")
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte(`{"format":"baocao-danvan/template","version":1,"summary":"{{template \"x\"}}"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tpl, err := Parse(data)
		if err != nil {
			return
		}
		r := tpl.NewReport(2016)
		r.Validate()
		for _, f := range []string{report.FieldAchievements, report.FieldTasks} {
			tpl.Suggestions(f, r)
		}
	})
}

func TestRenderRefusesPrograms(t *testing.T) {
	for _, in := range []string{`{{range 1000000000}}x{{end}}`, `{{template "x"}}`, `{{printf "%s" .Year}}`, `{{define "a"}}{{template "a"}}{{end}}`} {
		if _, err := Render(in, Data{}); err == nil {
			t.Errorf("Render(%q) should be refused", in)
		}
	}
}
