package report

import (
	"fmt"
	"strings"

	"baocao/app/movement"
	"baocao/app/textnorm"
)

// FieldMovement is the field path of the movement's data; its problems lie
// under it ("movement.register[3].stage").
const FieldMovement = movement.FieldMovement

// Figures returns the movement's figures table for the year under review.
func (r *Report) Figures() movement.Figures { return r.Movement.Figures(r.Year) }

// FigureValues returns the text of every movement placeholder
// ({{tong_dang_ky}} …) for this report.
func (r *Report) FigureValues() map[string]string {
	return movement.Values(r.Figures(), r.Movement.Checklist)
}

// textField is one text of the report that may hold placeholders and
// figures, with its field path and its name in messages.
type textField struct {
	field, where string
	text         *string
}

// figureTexts lists the texts that may hold placeholders: the summary,
// the opening, and every section's heading and points.
func (r *Report) figureTexts() []textField {
	out := []textField{
		{FieldSummary, "Trích yếu", &r.Summary},
		{FieldOpening, "Phần mở đầu", &r.Opening},
	}
	for _, ns := range r.Sections() {
		name := SectionName(ns.Field)
		out = append(out, textField{ns.Field + ".heading", fmt.Sprintf("Tiêu đề phần “%s”", name), &ns.Section.Heading})
		for i := range ns.Section.Points {
			p := &ns.Section.Points[i]
			where := fmt.Sprintf("Ý %d của phần “%s”", i+1, name)
			out = append(out,
				textField{fmt.Sprintf("%s.points[%d].heading", ns.Field, i), where, &p.Heading},
				textField{fmt.Sprintf("%s.points[%d].text", ns.Field, i), where, &p.Text})
		}
	}
	return out
}

// Expanded returns the report with the movement's placeholders of its
// texts filled in with the figures, as every output prints it. r is not
// changed; when no text holds a placeholder, r itself is returned.
func (r *Report) Expanded() *Report {
	uses := false
	for _, t := range r.figureTexts() {
		if strings.Contains(*t.text, "{{") {
			uses = true
			break
		}
	}
	if !uses {
		return r
	}
	c := *r
	for _, ns := range c.Sections() {
		ns.Section.Points = append([]Point(nil), ns.Section.Points...)
	}
	values := r.FigureValues()
	for _, t := range c.figureTexts() {
		*t.text = movement.Expand(*t.text, values)
	}
	return &c
}

func (r *Report) validateMovement(v *validator) {
	year := r.Year
	if year < MinYear || year > MaxYear {
		year = 0 // reported once, as the year's problem
	}
	for _, p := range r.Movement.Validate(year) {
		sev := Error
		if p.Warning {
			sev = Warning
		}
		v.add(p.Field, sev, "%s", p.Message)
	}
	r.validateLinks(v)
	r.validatePlaceholders(v)
	if r.Movement.HasFigures() {
		r.validateFiguresInText(v)
	}
}

// validateLinks warns of an entry linked to an honoree the lists do not
// hold.
func (r *Report) validateLinks(v *validator) {
	if len(r.Honorees.Collectives) == 0 && len(r.Honorees.Individuals) == 0 {
		return // the lists are not made yet; "no honorees" says so
	}
	names := map[string]bool{}
	units := map[string]bool{}
	for _, list := range [][]Honoree{r.Honorees.Collectives, r.Honorees.Individuals} {
		for _, h := range list {
			names[textnorm.Identity(h.Name)] = true
			units[textnorm.Identity(h.Name)+"\x00"+textnorm.Identity(h.Unit)] = true
		}
	}
	for i, e := range r.Movement.Register {
		for j, h := range e.Honorees {
			ok := names[textnorm.Identity(h.Name)]
			if ok && strings.TrimSpace(h.Unit) != "" {
				ok = units[textnorm.Identity(h.Name)+"\x00"+textnorm.Identity(h.Unit)]
			}
			if !ok {
				who := h.Name
				if h.Unit != "" {
					who += " (" + h.Unit + ")"
				}
				v.add(fmt.Sprintf("%s[%d].honorees[%d]", movement.FieldRegister, i, j), Warning,
					"Dòng %d sổ mô hình (%s) liên kết với “%s”, không có trong danh sách khen thưởng; hãy sửa tên cho khớp danh sách hoặc bỏ liên kết.", i+1, e.Name, who)
			}
		}
	}
}

// validatePlaceholders reports a placeholder the program does not know
// (it would be printed as it is), and once a text, figures used without
// anything to count from and last year's figures without a baseline.
func (r *Report) validatePlaceholders(v *validator) {
	m := &r.Movement
	fields := m.FieldList()
	for _, t := range r.figureTexts() {
		var noFigures, noBaseline []string
		seen := map[string]bool{}
		for _, name := range movement.Used(*t.text) {
			if seen[name] {
				continue
			}
			seen[name] = true
			ph := "{{" + name + "}}"
			switch {
			case !movement.IsPlaceholder(name, fields):
				v.add(t.field, Error, "%s có chỗ điền %s mà chương trình không biết; hãy sửa theo danh sách chỗ điền số liệu (ví dụ {{tong_dang_ky}}) hoặc xóa đi.", t.where, ph)
			case fieldBeyond(name, len(fields)):
				v.add(t.field, Error, "%s có chỗ điền %s nhưng danh sách chỉ có %d lĩnh vực; hãy sửa số thứ tự lĩnh vực.", t.where, ph, len(fields))
			case !m.HasFigures() && !strings.HasPrefix(name, "so_nhiem_vu_"):
				noFigures = append(noFigures, ph)
			case m.Baseline == nil && (strings.HasSuffix(name, movement.SuffixLastYear) || strings.HasSuffix(name, movement.SuffixChange)):
				noBaseline = append(noBaseline, ph)
			}
		}
		if len(noFigures) > 0 {
			v.add(t.field, Warning, "%s dùng số liệu phong trào (%s) nhưng chưa có sổ mô hình hay số nhập tay, nên sẽ in số 0; hãy nhập sổ mô hình hoặc số liệu.", t.where, strings.Join(noFigures, ", "))
		}
		if len(noBaseline) > 0 {
			v.add(t.field, Warning, "%s dùng số liệu năm trước (%s) nhưng chưa có số liệu năm trước, nên sẽ in “%s”; hãy lấy số liệu từ bản báo cáo năm trước.", t.where, strings.Join(noBaseline, ", "), movement.Unknown)
		}
	}
}

// fieldBeyond reports whether name is so_linh_vuc_N for an N past the
// list.
func fieldBeyond(name string, n int) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(name, movement.SuffixLastYear), movement.SuffixChange)
	var k int
	if _, err := fmt.Sscanf(base, "so_linh_vuc_%d", &k); err != nil {
		return false
	}
	return k < 1 || k > n
}

// validateFiguresInText warns of a number typed in the text that the
// figures table contradicts.
func (r *Report) validateFiguresInText(v *validator) {
	f := r.Figures()
	for _, t := range r.figureTexts() {
		for _, mm := range movement.CheckText(*t.text, f) {
			table := "biểu thống kê có " + movement.FormatCount(mm.Want)
			if mm.LastYear {
				table = fmt.Sprintf("số liệu năm %d là %s", f.BaselineYear, movement.FormatCount(mm.Want))
			}
			v.add(t.field, Warning, "%s ghi “%s”, nhưng %s; hãy sửa số trong bài, hoặc thay bằng chỗ điền {{%s}} để số trong bài luôn khớp với biểu.",
				t.where, mm.Phrase, table, mm.Placeholder)
		}
	}
}
