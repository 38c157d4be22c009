// Package catalog loads report templates: the ones that ship inside the
// program and the ones a user drops into their own templates folder.
//
// A template is a JSON data file, not code. It names its document profile,
// gives the default header texts, the summary line and opening paragraph
// (with text/template placeholders such as {{.Year}}), the default section
// headings and points, phrases a user can insert into each section, the
// default recipients and the signature lines.
package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/textnorm"
)

// Format is the value of the "format" member of every template file.
const Format = "baocao-danvan/template"

// Version is the newest template version this program reads.
const Version = 1

// MaxSize is the largest template file accepted.
const MaxSize = 1 << 20

// Template is one report template.
type Template struct {
	Format      string           `json:"format"`
	Version     int              `json:"version"`
	ID          string           `json:"id"`
	Name        string           `json:"name"`
	Description string           `json:"description"`
	Profile     report.Profile   `json:"profile"`
	Header      Header           `json:"header"`
	Title       string           `json:"title"`
	Summary     string           `json:"summary"`
	Opening     string           `json:"opening"`
	Sections    Sections         `json:"sections"`
	Honorees    HonoreesSpec     `json:"honorees"`
	Recipients  []string         `json:"recipients"`
	Signature   report.Signature `json:"signature"`
	Movement    MovementSpec     `json:"movement,omitzero"`
	// Units are the subordinate units a body's own template suggests for
	// a new draft (their names); the user can change the list.
	Units []string `json:"units,omitempty"`

	// Source is where the template was loaded from ("" for built-in ones).
	Source string `json:"-"`
}

// Header holds the default header texts.
type Header struct {
	SuperiorBody string `json:"superiorBody"`
	IssuingBody  string `json:"issuingBody"`
	// IssuingBodyName is the issuing body in running text ("Đảng ủy Sở Văn
	// hóa và Thể thao"), used by {{.IssuingBodyName}}; defaults to IssuingBody.
	IssuingBodyName string `json:"issuingBodyName"`
	Symbol          string `json:"symbol"`
	Place           string `json:"place"`
}

// Sections are the four body sections of a template.
type Sections struct {
	Achievements    SectionSpec `json:"achievements"`
	Limitations     SectionSpec `json:"limitations"`
	Tasks           SectionSpec `json:"tasks"`
	Recommendations SectionSpec `json:"recommendations"`
}

// SectionSpec is a section's heading, list style, starting points and the
// phrases offered to the user.
type SectionSpec struct {
	Heading     string           `json:"heading"`
	List        report.ListStyle `json:"list"`
	Points      []report.Point   `json:"points"`
	Suggestions []string         `json:"suggestions"`
}

// HonoreesSpec says how the honoree list is titled and placed.
type HonoreesSpec struct {
	Title        string           `json:"title"`
	Placement    report.Placement `json:"placement"`
	DefaultAward string           `json:"defaultAward"`
}

// MovementSpec is what a template says of the movement's register.
type MovementSpec struct {
	// Fields the register's entries are grouped by; empty means the
	// movement's four (movement.DefaultFields).
	Fields []string `json:"fields,omitempty"`
}

// Section returns the spec for a section field name (report.FieldTasks …),
// or nil.
func (t *Template) Section(field string) *SectionSpec {
	switch field {
	case report.FieldAchievements:
		return &t.Sections.Achievements
	case report.FieldLimitations:
		return &t.Sections.Limitations
	case report.FieldTasks:
		return &t.Sections.Tasks
	case report.FieldRecommendations:
		return &t.Sections.Recommendations
	}
	return nil
}

// Data is what a template's placeholders can use.
type Data struct {
	Year, NextYear  int
	Anniversary     int // years since 15/10/1930, the tradition day
	SuperiorBody    string
	IssuingBody     string
	IssuingBodyName string
	CollectiveCount int
	IndividualCount int
	HonoreeCount    int
}

// DataFor returns the placeholder data for a report made from t.
func (t *Template) DataFor(r *report.Report) Data {
	c, i := r.Honorees.Count()
	name := t.Header.IssuingBodyName
	if name == "" || !strings.EqualFold(textnorm.Key(r.IssuingBody), textnorm.Key(t.Header.IssuingBody)) {
		name = r.IssuingBody
	}
	return Data{
		Year: r.Year, NextYear: r.Year + 1, Anniversary: r.Year - 1930,
		SuperiorBody: r.SuperiorBody, IssuingBody: r.IssuingBody, IssuingBodyName: name,
		CollectiveCount: c, IndividualCount: i, HonoreeCount: c + i,
	}
}

// Parse reads one template file and checks it completely: format and
// version, required members, known profile and list styles, and every
// placeholder text (it must parse and run against sample data).
func Parse(data []byte) (*Template, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("tệp mẫu lớn hơn %d KB", MaxSize>>10)
	}
	var t Template
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("tệp mẫu không phải JSON hợp lệ: %w", err)
	}
	if t.Format != Format {
		return nil, fmt.Errorf("tệp không phải mẫu báo cáo (thiếu \"format\": %q)", Format)
	}
	if t.Version < 1 || t.Version > Version {
		return nil, fmt.Errorf("phiên bản mẫu %d không được hỗ trợ (chương trình đọc được phiên bản 1 đến %d)", t.Version, Version)
	}
	t.normalize()
	if err := t.check(); err != nil {
		return nil, err
	}
	return &t, nil
}

func (t *Template) normalize() {
	l := textnorm.Line
	t.ID, t.Name, t.Description = l(t.ID), l(t.Name), textnorm.Paragraphs(t.Description)
	t.Header = Header{l(t.Header.SuperiorBody), l(t.Header.IssuingBody), l(t.Header.IssuingBodyName), l(t.Header.Symbol), l(t.Header.Place)}
	t.Title, t.Summary, t.Opening = l(t.Title), l(t.Summary), textnorm.Paragraphs(t.Opening)
	for _, s := range t.sections() {
		s.spec.Heading = l(s.spec.Heading)
		for i := range s.spec.Points {
			s.spec.Points[i].Heading = l(s.spec.Points[i].Heading)
			s.spec.Points[i].Text = textnorm.Paragraphs(s.spec.Points[i].Text)
		}
		for i := range s.spec.Suggestions {
			s.spec.Suggestions[i] = textnorm.Paragraphs(s.spec.Suggestions[i])
		}
	}
	t.Honorees.Title = l(t.Honorees.Title)
	t.Honorees.DefaultAward = l(t.Honorees.DefaultAward)
	for i := range t.Recipients {
		t.Recipients[i] = l(t.Recipients[i])
	}
	t.Signature = report.Signature{Authority: l(t.Signature.Authority), Position: l(t.Signature.Position), Signer: l(t.Signature.Signer)}
	for i := range t.Movement.Fields {
		t.Movement.Fields[i] = l(t.Movement.Fields[i])
	}
	for i := range t.Units {
		t.Units[i] = l(t.Units[i])
	}
}

type namedSpec struct {
	field string
	spec  *SectionSpec
}

func (t *Template) sections() []namedSpec {
	return []namedSpec{
		{report.FieldAchievements, &t.Sections.Achievements},
		{report.FieldLimitations, &t.Sections.Limitations},
		{report.FieldTasks, &t.Sections.Tasks},
		{report.FieldRecommendations, &t.Sections.Recommendations},
	}
}

func (t *Template) check() error {
	var problems []string
	need := func(v, what string) {
		if v == "" {
			problems = append(problems, "thiếu "+what)
		}
	}
	need(t.ID, "mã mẫu (\"id\")")
	need(t.Name, "tên mẫu (\"name\")")
	need(t.Title, "tên loại văn bản (\"title\")")
	need(t.Summary, "trích yếu (\"summary\")")
	if t.ID != "" && !validID(t.ID) {
		problems = append(problems, fmt.Sprintf("mã mẫu %q chỉ được gồm chữ thường không dấu, số và dấu gạch ngang", t.ID))
	}
	if !t.Profile.Valid() {
		problems = append(problems, fmt.Sprintf("thể thức %q không hợp lệ (dùng \"party\" hoặc \"state\")", t.Profile))
	}
	switch t.Honorees.Placement {
	case "", report.PlacementAppendix, report.PlacementInline:
	default:
		problems = append(problems, fmt.Sprintf("vị trí danh sách khen thưởng %q không hợp lệ (dùng \"appendix\" hoặc \"inline\")", t.Honorees.Placement))
	}
	for _, s := range t.sections() {
		need(s.spec.Heading, "tiêu đề phần "+s.field)
		switch s.spec.List {
		case "", report.ListHeaded, report.ListNumbered, report.ListBulleted:
		default:
			problems = append(problems, fmt.Sprintf("kiểu danh sách %q của phần %s không hợp lệ", s.spec.List, s.field))
		}
	}
	if len(t.Movement.Fields) > 0 {
		md := movement.Data{Fields: t.Movement.Fields}
		for _, p := range md.Validate(0) {
			problems = append(problems, "danh sách lĩnh vực (\"movement\": \"fields\"): "+p.Message)
		}
	}
	sample := Data{Year: 2016, NextYear: 2017, Anniversary: 86, SuperiorBody: "A", IssuingBody: "B", IssuingBodyName: "B"}
	for _, txt := range t.texts() {
		if _, err := Render(txt.text, sample); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", txt.what, err))
		}
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

type namedText struct{ what, text string }

// texts lists every member that may hold placeholders.
func (t *Template) texts() []namedText {
	out := []namedText{{"trích yếu", t.Summary}, {"đoạn mở đầu", t.Opening}, {"tiêu đề danh sách khen thưởng", t.Honorees.Title}}
	for _, s := range t.sections() {
		out = append(out, namedText{"tiêu đề phần " + s.field, s.spec.Heading})
		for _, p := range s.spec.Points {
			out = append(out, namedText{"ý của phần " + s.field, p.Heading + "\n" + p.Text})
		}
		for _, sg := range s.spec.Suggestions {
			out = append(out, namedText{"câu gợi ý của phần " + s.field, sg})
		}
	}
	return out
}

func validID(id string) bool {
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Render fills the placeholders of text with data (a Data, or a
// DecisionData for a decision template). A placeholder that does
// not exist is an error, so a typing mistake in a template is caught when
// it loads rather than printed on paper.
func Render(text string, data any) (string, error) {
	if !strings.Contains(text, "{{") {
		return text, nil
	}
	// Templates are data, not programs: only plain placeholders are
	// allowed, so a template file cannot loop, recurse or call functions.
	for _, action := range actionRe.FindAllString(text, -1) {
		if !placeholderRe.MatchString(action) && !isFigure(action) {
			return "", fmt.Errorf("chỗ điền %q không hợp lệ; chỉ dùng dạng {{.Year}}, {{.NextYear}}… hoặc chỗ điền số liệu phong trào như {{tong_dang_ky}}", action)
		}
	}
	// The movement's figures ({{tong_dang_ky}}) are filled each time the
	// document is rendered, not now: they go into the report as written.
	text = figureRe.ReplaceAllStringFunc(text, func(a string) string {
		if !isFigure(a) {
			return a
		}
		return "{{" + strconv.Quote(a) + "}}"
	})
	tpl, err := template.New("").Option("missingkey=error").Parse(text)
	if err != nil {
		return "", fmt.Errorf("chỗ điền sai cú pháp: %w", err)
	}
	var b strings.Builder
	if err := tpl.Execute(&b, data); err != nil {
		return "", fmt.Errorf("chỗ điền không hợp lệ: %w", err)
	}
	return b.String(), nil
}

var (
	actionRe      = regexp.MustCompile(`\{\{.*?\}\}`)
	placeholderRe = regexp.MustCompile(`^\{\{\s*\.[A-Za-z]+\s*\}\}$`)
	figureRe      = regexp.MustCompile(`\{\{\s*([a-z0-9_]+)\s*\}\}`)
)

// isFigure reports whether a {{…}} action is one of the movement's
// figures.
func isFigure(action string) bool {
	m := figureRe.FindStringSubmatch(action)
	return m != nil && m[0] == action && movement.IsPlaceholder(m[1], nil)
}

// mustRender is Render for texts Parse has already checked.
func mustRender(text string, data Data) string {
	s, err := Render(text, data)
	if err != nil {
		return text
	}
	return s
}

// Catalog is a set of loaded templates and the problems met loading them.
type Catalog struct {
	Templates []*Template
	// Problems holds one error per template file that could not be loaded;
	// the other templates still load.
	Problems []error
}

// Find returns the template with the given ID, or nil.
func (c *Catalog) Find(id string) *Template {
	for _, t := range c.Templates {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Load reads the built-in templates from builtin and the user's templates
// from userDir (which may be "" or missing). A user template with the ID
// of a built-in one replaces it. Templates are sorted built-in first, then
// by name.
func Load(builtin fs.FS, userDir string) *Catalog {
	c := &Catalog{}
	byID := map[string]int{}
	add := func(t *Template) {
		if i, ok := byID[t.ID]; ok {
			c.Templates[i] = t
			return
		}
		byID[t.ID] = len(c.Templates)
		c.Templates = append(c.Templates, t)
	}
	if builtin != nil {
		for _, name := range jsonFiles(builtin, ".") {
			data, err := fs.ReadFile(builtin, name)
			if err == nil {
				var t *Template
				if t, err = Parse(data); err == nil {
					add(t)
					continue
				}
			}
			c.Problems = append(c.Problems, fmt.Errorf("mẫu có sẵn %s: %w", name, err))
		}
	}
	nBuiltin := len(c.Templates)
	if userDir != "" {
		if _, err := os.Stat(userDir); err == nil {
			dirFS := os.DirFS(userDir)
			for _, name := range jsonFiles(dirFS, ".") {
				path := filepath.Join(userDir, name)
				t, err := loadFile(path)
				if err != nil {
					c.Problems = append(c.Problems, fmt.Errorf("mẫu %s: %w", path, err))
					continue
				}
				t.Source = path
				add(t)
			}
		}
	}
	user := c.Templates[nBuiltin:]
	sort.SliceStable(user, func(i, j int) bool { return user[i].Name < user[j].Name })
	return c
}

func loadFile(path string) (*Template, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxSize {
		return nil, fmt.Errorf("tệp mẫu lớn hơn %d KB", MaxSize>>10)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data)
}

func jsonFiles(fsys fs.FS, dir string) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// NewReport starts a report for the given year from the template: header
// texts, title, summary and opening filled in, section headings and their
// starting points, recipients and signature lines. The issue date is left
// for the user to choose.
func (t *Template) NewReport(year int) *report.Report {
	r := &report.Report{
		Template:     t.ID,
		Profile:      t.Profile,
		SuperiorBody: t.Header.SuperiorBody,
		IssuingBody:  t.Header.IssuingBody,
		Symbol:       t.Header.Symbol,
		Place:        t.Header.Place,
		Year:         year,
		Title:        t.Title,
		Recipients:   append([]string(nil), t.Recipients...),
		Signature:    t.Signature,
	}
	r.Movement.Fields = append([]string(nil), t.Movement.Fields...)
	for _, u := range t.Units {
		r.AddUnit(u, "", "") // a blank or repeated name is passed over
	}
	t.Fill(r)
	return r
}

// Fill (re)writes the parts of r that the template derives from the year
// and the body names: summary, opening, section headings, the honoree
// list's title and placement, and the starting points of empty sections.
// Texts the user has written in points are kept.
func (t *Template) Fill(r *report.Report) {
	d := t.DataFor(r)
	r.Summary = mustRender(t.Summary, d)
	r.Opening = mustRender(t.Opening, d)
	for i, s := range r.Sections() {
		spec := t.sections()[i].spec
		s.Section.Heading = mustRender(spec.Heading, d)
		s.Section.List = spec.List
		if s.Section.List == "" {
			s.Section.List = report.ListHeaded
		}
		if len(s.Section.Points) == 0 {
			for _, p := range spec.Points {
				s.Section.Points = append(s.Section.Points, report.Point{Heading: mustRender(p.Heading, d), Text: mustRender(p.Text, d)})
			}
		}
	}
	r.Honorees.Title = mustRender(t.Honorees.Title, d)
	r.Honorees.Placement = t.Honorees.Placement
	if r.Honorees.Placement == "" {
		r.Honorees.Placement = report.PlacementAppendix
	}
}

// Suggestions returns the phrases offered for a section field, with their
// placeholders filled for r.
func (t *Template) Suggestions(field string, r *report.Report) []string {
	spec := t.Section(field)
	if spec == nil {
		return nil
	}
	d := t.DataFor(r)
	out := make([]string, len(spec.Suggestions))
	for i, s := range spec.Suggestions {
		out[i] = mustRender(s, d)
	}
	return out
}
