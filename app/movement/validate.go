package movement

import (
	"fmt"
	"sort"
	"strings"

	"baocao/app/textnorm"
)

// Field paths of the movement's problems, as report.Problem.Field uses
// them: "movement.register[3].stage", "movement.typed[models.registered]".
const (
	FieldMovement  = "movement"
	FieldFields    = "movement.fields"
	FieldRegister  = "movement.register"
	FieldTyped     = "movement.typed"
	FieldBaseline  = "movement.baseline"
	FieldChecklist = "movement.checklist"
	FieldFigures   = "movement.figures"
)

// Problem is one thing wrong with the movement's data. report.Validate
// turns it into a report.Problem (Warning false: an error).
type Problem struct {
	Field   string
	Warning bool
	Message string
}

type problems []Problem

func (ps *problems) err(field, format string, args ...any) {
	*ps = append(*ps, Problem{Field: field, Message: fmt.Sprintf(format, args...)})
}

func (ps *problems) warn(field, format string, args ...any) {
	*ps = append(*ps, Problem{Field: field, Warning: true, Message: fmt.Sprintf(format, args...)})
}

// Earliest start year taken as plausible: models older than the movement
// (launched in 2009) exist, older than the Republic are typing mistakes.
const MinStartYear = 1945

// Validate checks the movement's data for the year under review and
// returns every problem at once, in order: the fields, the register, the
// typed counts, the figures, last year's figures, the checklist.
func (d *Data) Validate(year int) []Problem {
	var ps problems
	d.validateFields(&ps)
	d.validateRegister(&ps, year)
	f := d.Figures(year)
	d.validateTyped(&ps, f)
	if len(d.Typed) > 0 {
		// Counted from the register alone the numbers agree by
		// construction, or the entries' own problems say why not.
		validateFigures(&ps, f)
	}
	d.validateBaseline(&ps, year)
	validateChecklist(&ps, d.Checklist)
	return ps
}

func (d *Data) validateFields(ps *problems) {
	seen := map[string]int{}
	for i, f := range d.Fields {
		at := fmt.Sprintf("%s[%d]", FieldFields, i)
		if strings.TrimSpace(f) == "" {
			ps.err(at, "Lĩnh vực thứ %d trong danh sách lĩnh vực đang để trống; hãy nhập tên hoặc xóa dòng này.", i+1)
			continue
		}
		if j, ok := seen[fieldKey(f)]; ok {
			ps.err(at, "Lĩnh vực “%s” có hai lần trong danh sách lĩnh vực (thứ %d và thứ %d); hãy xóa một lần.", f, j+1, i+1)
			continue
		}
		seen[fieldKey(f)] = i
	}
}

func (d *Data) validateRegister(ps *problems, year int) {
	list := strings.Join(quoted(d.FieldList()), ", ")
	seen := make(map[string]int, len(d.Register))
	fieldIdx := d.fieldIndexer()
	for i, e := range d.Register {
		at := fmt.Sprintf("%s[%d]", FieldRegister, i)
		row := fmt.Sprintf("Dòng %d sổ mô hình", i+1)
		if strings.TrimSpace(e.Name) == "" {
			ps.err(at+".name", "%s chưa có tên mô hình, điển hình; hãy nhập tên hoặc xóa dòng này.", row)
			continue
		}
		row += " (" + e.Name + ")"
		if strings.TrimSpace(e.Unit) == "" {
			ps.warn(at+".unit", "%s chưa ghi đơn vị thực hiện.", row)
		}
		if !e.Kind.Valid() {
			ps.err(at+".kind", "%s chưa chọn loại: mô hình (tập thể) hay điển hình (cá nhân).", row)
		}
		switch {
		case strings.TrimSpace(e.Field) == "":
			ps.err(at+".field", "%s chưa chọn lĩnh vực (một trong: %s).", row, list)
		case fieldIdx(e.Field) < 0:
			ps.err(at+".field", "%s ghi lĩnh vực “%s”, không có trong danh sách lĩnh vực; hãy chọn một trong: %s.", row, e.Field, list)
		}
		if !e.Stage.Valid() {
			ps.err(at+".stage", "%s chưa chọn giai đoạn (đăng ký, được công nhận, tiêu biểu hay đề nghị khen thưởng).", row)
		}
		switch {
		case e.Level != "" && !e.Level.Valid():
			ps.err(at+".level", "%s ghi cấp công nhận “%s” không hợp lệ; hãy chọn cấp cơ sở, cấp quận, huyện, xã, cấp tỉnh, thành phố hoặc cấp Trung ương.", row, e.Level)
		case e.Level == "" && e.Stage.Reached(StageRecognised):
			ps.warn(at+".level", "%s đã được công nhận nhưng chưa ghi cấp công nhận; số theo cấp sẽ thiếu mô hình này.", row)
		case e.Level != "" && e.Stage == StageRegistered:
			ps.warn(at+".level", "%s mới đăng ký nhưng đã ghi cấp công nhận; hãy chọn giai đoạn “Được công nhận” hoặc bỏ cấp công nhận.", row)
		}
		if e.StartYear != 0 && (e.StartYear < MinStartYear || (year > 0 && e.StartYear > year)) {
			ps.warn(at+".startYear", "%s có năm bắt đầu %d không hợp lý; hãy kiểm tra lại (để trống nếu không rõ).", row, e.StartYear)
		}
		// As textnorm.Identity: the texts were normalised on the way in
		// (Normalize), so case is all that is left to fold, and this is
		// ten times faster on a register of thousands.
		key := strings.ToLower(e.Name) + "\x00" + strings.ToLower(e.Unit)
		if j, ok := seen[key]; ok {
			ps.warn(at+".name", "%s trùng tên và đơn vị với dòng %d; hãy xóa một dòng nếu là một mô hình.", row, j+1)
		} else {
			seen[key] = i
		}
	}
}

func quoted(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = "“" + s + "”"
	}
	return out
}

func (d *Data) validateTyped(ps *problems, f Figures) {
	if len(d.Typed) == 0 {
		return
	}
	keys := make([]string, 0, len(d.Typed))
	for k := range d.Typed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var counted Figures
	if len(d.Register) > 0 {
		counted = (&Data{Fields: d.Fields, Register: d.Register}).Figures(f.Year)
	}
	for _, k := range keys {
		at := FieldTyped + "[" + k + "]"
		r, ok := f.Row(k)
		if !ok || r.IsTotal() {
			ps.warn(at, "Số nhập tay “%s” không ứng với dòng nào của biểu thống kê nên không được dùng; hãy xóa số này.", k)
			continue
		}
		v := d.Typed[k]
		if v < 0 {
			ps.err(at, "Số nhập tay “%s” là %d, không được âm; hãy sửa lại.", r.Label, v)
			continue
		}
		if len(d.Register) > 0 {
			if c := counted.Value(k); c != v {
				ps.warn(at, "Số nhập tay “%s” là %s, còn sổ mô hình đếm được %s; biểu thống kê dùng số nhập tay. Hãy kiểm tra lại, hoặc xóa số nhập tay để dùng số đếm từ sổ.", rowName(f, k), FormatCount(v), FormatCount(c))
			}
		}
	}
}

// rowName is "Mô hình (tập thể) — Tiêu biểu" for a row key.
func rowName(f Figures, key string) string {
	for _, g := range f.Groups {
		for _, r := range g.Rows {
			if r.Key == key {
				return g.Title + " — " + r.Label
			}
		}
	}
	return key
}

// validateFigures checks that the numbers agree with one another: the
// stages are cumulative, so no stage counts more than the one before;
// the fields add up to the registered total, the levels to at most the
// recognised total.
func validateFigures(ps *problems, f Figures) {
	for _, kind := range Kinds {
		for i := 1; i < len(Stages); i++ {
			prev, cur := Stages[i-1], Stages[i]
			a, b := f.Value(KindStageKey(kind, prev)), f.Value(KindStageKey(kind, cur))
			if b > a {
				ps.err(FieldFigures+"."+KindStageKey(kind, cur),
					"%s: số “%s” (%s) lớn hơn số “%s” (%s); số liệu cộng dồn nên mỗi giai đoạn sau không thể nhiều hơn giai đoạn trước. Hãy sửa lại.",
					kind.Label(), cur.Label(), FormatCount(b), prev.Label(), FormatCount(a))
			}
		}
	}
	reg, rec := f.Value(TotalKey(StageRegistered)), f.Value(TotalKey(StageRecognised))
	if fs := f.Value(KeyFieldsTotal); fs != reg {
		ps.warn(FieldFigures+"."+KeyFieldsTotal, "Cộng theo lĩnh vực là %s, khác tổng số đăng ký %s; hãy kiểm tra số theo lĩnh vực.", FormatCount(fs), FormatCount(reg))
	}
	if ls := f.Value(KeyLevelsTotal); ls > rec {
		ps.warn(FieldFigures+"."+KeyLevelsTotal, "Cộng theo cấp công nhận là %s, nhiều hơn tổng số được công nhận %s; hãy kiểm tra số theo cấp.", FormatCount(ls), FormatCount(rec))
	} else if ls < rec {
		ps.warn(FieldFigures+"."+KeyLevelsTotal, "Cộng theo cấp công nhận là %s, ít hơn tổng số được công nhận %s: còn mô hình, điển hình được công nhận chưa ghi cấp.", FormatCount(ls), FormatCount(rec))
	}
}

func (d *Data) validateBaseline(ps *problems, year int) {
	b := d.Baseline
	if b == nil {
		return
	}
	if year > 0 && b.Year >= year {
		ps.warn(FieldBaseline+".year", "Số liệu năm trước ghi năm %d, không trước năm báo cáo %d; hãy lấy số liệu từ bản báo cáo năm trước.", b.Year, year)
	}
	keys := make([]string, 0, len(b.Values))
	for k, v := range b.Values {
		if v < 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		ps.err(FieldBaseline+".values["+k+"]", "Số liệu năm trước “%s” là %d, không được âm; hãy sửa lại.", k, b.Values[k])
	}
}

func validateChecklist(ps *problems, items []Task) {
	for i, t := range items {
		at := fmt.Sprintf("%s[%d]", FieldChecklist, i)
		switch {
		case !t.Answer.Valid():
			ps.err(at+".answer", "Nhiệm vụ %d của năm trước có đánh giá “%s” không hợp lệ; hãy chọn đã thực hiện, thực hiện một phần hoặc chưa thực hiện.", i+1, t.Answer)
		case t.Answer == AnswerNone:
			ps.warn(at+".answer", "Nhiệm vụ %d của năm trước (“%s”) chưa được đánh giá: đã thực hiện, thực hiện một phần hay chưa thực hiện.", i+1, shorten(t.Task, 60))
		case t.Answer != AnswerYes && strings.TrimSpace(t.Note) == "":
			ps.warn(at+".note", "Nhiệm vụ %d của năm trước %s; hãy ghi ngắn lý do hoặc phần còn lại.", i+1, strings.ToLower(t.Answer.Label()))
		}
	}
}

// shorten cuts s to at most n runes at a word, with "…".
func shorten(s string, n int) string {
	s = textnorm.Line(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
