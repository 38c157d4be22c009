package xlsx

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/textnorm"
)

// Importing a list of the movement's models and exemplars ("Danh sách mô
// hình, điển hình Dân vận khéo") into the register, with the honoree
// import's engine: the same header detection, merged cells, title blocks,
// group headings, total lines and report of skipped rows. A group heading
// naming a field ("I. LĨNH VỰC KINH TẾ") gives that field to the rows
// under it; one naming a kind ("B. ĐIỂN HÌNH CÁ NHÂN") gives the kind.

// ErrNoModelHeader is [ErrNoHeader] for a list of models.
var ErrNoModelHeader = errors.New("không tìm thấy dòng tiêu đề cột (Tên mô hình, Đơn vị …)")

// ModelFields lists the columns of a list of models, in the usual order.
var ModelFields = []Field{FieldNumber, FieldName, FieldUnit, FieldModelKind, FieldArea, FieldStage,
	FieldRegistered, FieldRecognised, FieldOutstanding, FieldProposed, FieldLevel, FieldStartYear, FieldResults, FieldNote}

// modelOnlyFields are the model fields the honorees do not have.
var modelOnlyFields = ModelFields[3:13]

var modelFieldNames = map[Field]string{
	FieldModelKind: "kind", FieldArea: "field", FieldStage: "stage", FieldRegistered: "registered",
	FieldRecognised: "recognised", FieldOutstanding: "outstanding", FieldProposed: "proposed",
	FieldLevel: "level", FieldStartYear: "start", FieldResults: "results",
}

var modelRecords = &recordKind{
	fields: ModelFields,
	names: func() map[Field]string {
		m := map[Field]string{FieldNumber: "stt", FieldName: "name", FieldUnit: "unit", FieldNote: "note"}
		for f, n := range modelFieldNames {
			m[f] = n
		}
		return m
	}(),
	labels: map[Field]string{
		FieldName: "Tên mô hình, điển hình", FieldModelKind: "Loại", FieldArea: "Lĩnh vực",
		FieldStage: "Giai đoạn, mức độ", FieldRegistered: "Đăng ký (dấu x)", FieldRecognised: "Được công nhận (dấu x)",
		FieldOutstanding: "Tiêu biểu (dấu x)", FieldProposed: "Đề nghị khen thưởng (dấu x)",
		FieldLevel: "Cấp công nhận", FieldStartYear: "Năm bắt đầu", FieldResults: "Kết quả",
	},
	match:       matchModelHeader,
	table:       modelTable,
	foreign:     modelForeign,
	nameTitles:  "“Tên mô hình” hoặc “Tên điển hình”",
	nameWords:   "tên mô hình, điển hình",
	example:     "STT, Tên mô hình, Đơn vị, Lĩnh vực …",
	errNoHeader: ErrNoModelHeader,
}

// modelForeign passes over the sheets of a workbook the program exported
// that are not the register: the figures, the honorees, the texts.
func modelForeign(list []string, name string) string {
	switch {
	case name == SheetFigures:
		return "biểu thống kê (do chương trình xuất), không phải danh sách mô hình"
	case slices.Contains(list, SheetRegister) && name != SheetRegister:
		return "trang khác của bảng tính do chương trình xuất, không phải danh sách mô hình"
	}
	return ""
}

// ModelFieldLabel is the Vietnamese title of a column of a list of models.
func ModelFieldLabel(f Field) string { return modelRecords.label(f) }

// ParseModelMapping reads the columns of a list of models as the command
// line gives them: "name=B,unit=C,field=E" (names as in ModelFields'
// String, or the Vietnamese titles), each column by letters or number.
func ParseModelMapping(s string) (Mapping, error) { return modelRecords.parseMapping(s) }

// modelHeaderExact are the exact titles, folded with headerKey.
var modelHeaderExact = map[string]Field{
	"ten": FieldName, "ten mo hinh": FieldName, "ten dien hinh": FieldName, "mo hinh": FieldName, "dien hinh": FieldName,
	"ten mo hinh dien hinh": FieldName, "mo hinh dien hinh": FieldName, "ho va ten": FieldName, "ho ten": FieldName,
	"don vi": FieldUnit, "ten don vi": FieldUnit, "don vi thuc hien": FieldUnit, "don vi xay dung": FieldUnit, "co quan don vi": FieldUnit,
	"don vi dang ky": FieldUnit, "don vi chu tri": FieldUnit, "noi thuc hien": FieldUnit, "dia ban": FieldUnit, "co quan": FieldUnit,
	"loai": FieldModelKind, "phan loai": FieldModelKind, "loai hinh": FieldModelKind, "tap the ca nhan": FieldModelKind,
	"linh vuc":  FieldArea,
	"giai doan": FieldStage, "muc do": FieldStage, "giai doan muc do": FieldStage, "tinh trang": FieldStage, "xep loai": FieldStage,
	"dang ky": FieldRegistered, "da dang ky": FieldRegistered,
	"cong nhan": FieldRecognised, "duoc cong nhan": FieldRecognised, "da duoc cong nhan": FieldRecognised,
	"tieu bieu": FieldOutstanding, "de nghi khen thuong": FieldProposed, "de xuat khen thuong": FieldProposed, "khen thuong": FieldProposed,
	"cap": FieldLevel, "cap cong nhan": FieldLevel,
	"nam bat dau": FieldStartYear, "nam xay dung": FieldStartYear, "nam bat dau nam xay dung": FieldStartYear, "nam thuc hien": FieldStartYear,
	"ket qua": FieldResults, "ket qua dat duoc": FieldResults, "hieu qua": FieldResults,
	"ghi chu": FieldNote,
}

// matchModelHeader returns the field a header cell of a list of models
// names and how surely (3 exact, 2 by its telling words), or 0.
func matchModelHeader(s string) (Field, int) {
	if strings.Contains(s, "(") {
		s = columnNumber.ReplaceAllString(s, "")
	}
	k := headerKey(s)
	if k == "" || len(k) > 80 {
		return 0, 0
	}
	if f, ok := modelHeaderExact[k]; ok {
		return f, 3
	}
	if f, ok := headerExact[k]; ok && f == FieldNumber {
		return f, 3
	}
	// A group heading ("I. LĨNH VỰC KINH TẾ", "Lĩnh vực Quốc phòng – An
	// ninh") right under the header is not a second header row.
	if sectionPrefix.MatchString(s) || (strings.HasPrefix(k, "linh vuc ") && !strings.Contains(s, "(")) {
		return 0, 0
	}
	// The order matters: "Loại (mô hình/điển hình, tập thể/cá nhân)" is the
	// kind, "Cấp công nhận" the level, "Đơn vị đăng ký" the unit, before
	// the names and marks.
	if strings.HasPrefix(k, "loai ") || strings.HasPrefix(k, "phan loai") {
		return FieldModelKind, 2
	}
	if strings.Count(k, " ") >= 8 {
		return 0, 0 // a title or a sentence
	}
	has := func(sub string) bool { return strings.Contains(" "+k+" ", " "+sub+" ") }
	switch {
	case has("linh vuc"):
		return FieldArea, 2
	case strings.HasPrefix(k, "cap "):
		return FieldLevel, 2
	case has("giai doan"), has("muc do"):
		return FieldStage, 2
	case has("nam") && (has("bat dau") || has("xay dung") || has("thuc hien") || has("trien khai")), has("thoi gian"):
		return FieldStartYear, 2
	case has("ket qua"), has("hieu qua"):
		return FieldResults, 2
	case has("ten") && (has("mo hinh") || has("dien hinh")), has("ho va ten"), has("ho ten"):
		return FieldName, 2
	case has("don vi"), has("co quan"), has("dia ban"):
		return FieldUnit, 2
	case has("de nghi"), has("de xuat"), has("khen thuong"):
		return FieldProposed, 2
	case has("tieu bieu"):
		return FieldOutstanding, 2
	case has("cong nhan"):
		return FieldRecognised, 2
	case has("dang ky"):
		return FieldRegistered, 2
	case has("ghi chu"):
		return FieldNote, 2
	case has("mo hinh"), has("dien hinh"):
		return FieldName, 2
	}
	return 0, 0
}

// ModelRow is one model or exemplar found in a sheet.
type ModelRow struct {
	Entry movement.Entry // cleaned; the field spelled as the draft's list
	File  string
	Sheet string
	Line  int // row number in the sheet, from 1
	// Problems are what the user should look at: a field not in the
	// list, a stage or level not understood (its text kept in Results).
	Problems []string
	// DuplicateOf says which row or register entry this one repeats
	// exactly, or is ""; such a row is not added unless Keep is set.
	DuplicateOf string
	Keep        bool
}

// Dropped reports whether ApplyTo leaves the row out.
func (r ModelRow) Dropped() bool { return r.DuplicateOf != "" && !r.Keep }

// ModelResult is everything [ReadModels] found. Nothing is changed until
// ApplyTo.
type ModelResult struct {
	Files   []string
	Sheets  []Sheet
	Rows    []ModelRow
	Skipped []Skip
	// Namesakes are notes on rows of one name and unit that differ (both
	// are added): one model written twice, or last year's model updated.
	Namesakes []string
}

// Counts returns the models and exemplars to be added, the repeats that
// will be dropped, the skipped rows and the rows with problems.
func (res *ModelResult) Counts() (models, exemplars, repeats, skipped, problems int) {
	for _, r := range res.Rows {
		switch {
		case r.Dropped():
			repeats++
			continue
		case r.Entry.Kind == movement.KindExemplar:
			exemplars++
		default:
			models++
		}
		if len(r.Problems) > 0 {
			problems++
		}
	}
	return models, exemplars, repeats, len(res.Skipped), problems
}

// Summary is a one-line Vietnamese account of the result.
func (res *ModelResult) Summary() string {
	nm, ne, nr, ns, np := res.Counts()
	s := fmt.Sprintf("Tìm thấy %d mô hình, %d điển hình có thể thêm; %d dòng lặp lại giống hệt (không thêm); %d dòng bỏ qua.", nm, ne, nr, ns)
	if np > 0 {
		s += fmt.Sprintf(" %d dòng có điều cần xem lại (lĩnh vực, giai đoạn, cấp, năm chưa rõ).", np)
	}
	if n := len(res.Namesakes); n > 0 {
		s += fmt.Sprintf(" %d cặp dòng cùng tên, cùng đơn vị nhưng khác nội dung được thêm cả hai, hãy xem lại.", n)
	}
	return s
}

// KeepAll keeps every repeated row and returns how many there were.
func (res *ModelResult) KeepAll() int {
	n := 0
	for i := range res.Rows {
		if res.Rows[i].DuplicateOf != "" {
			res.Rows[i].Keep = true
			n++
		}
	}
	return n
}

// KeepRows keeps the repeated rows at these lines (of sheet, or of any
// sheet when Sheet is "") and returns the refs that named no repeat.
func (res *ModelResult) KeepRows(refs ...Ref) (unknown []Ref) {
	for _, ref := range refs {
		found := false
		for i := range res.Rows {
			r := &res.Rows[i]
			if r.DuplicateOf != "" && r.Line == ref.Line && (ref.Sheet == "" || ref.Sheet == r.Sheet) {
				r.Keep, found = true, true
			}
		}
		if !found {
			unknown = append(unknown, ref)
		}
	}
	return unknown
}

// ApplyTo adds the rows that are not dropped to r's register and returns
// how many it added. A row with an exact copy in the register by now is
// marked and not added, unless kept.
func (res *ModelResult) ApplyTo(r *report.Report) (added int) {
	seen := newModelIndex(r)
	for i := range res.Rows {
		row := &res.Rows[i]
		if row.Dropped() {
			continue
		}
		if !row.Keep {
			if o, ok := seen.repeated(row.Entry); ok {
				row.DuplicateOf = "giống hệt " + o
				continue
			}
		}
		seen.add(row.Entry, row.ref())
		r.Movement.Register = append(r.Movement.Register, row.Entry)
		added++
	}
	return added
}

func (r ModelRow) ref() string {
	return Ref{Source: r.File, Sheet: r.Sheet, Line: r.Line}.String()
}

// ReadModelsFile is [ReadModels] on the file at path; Options.Source
// defaults to the file's name.
func ReadModelsFile(path string, opts Options) (*ModelResult, error) {
	return readPath(path, opts, ReadModels)
}

// ReadModels reads a list of models and exemplars and reports what it
// would add to the register of opts.Existing (whose field list the
// fields are matched to; the movement's four fields without it). It
// changes nothing; Override.Kind is not used.
func ReadModels(r io.Reader, opts Options) (res *ModelResult, err error) {
	data, err := slurp(r)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, brokenFile(p)
		}
	}()
	res = &ModelResult{Files: []string{opts.Source}}
	var fields movement.Data
	if opts.Existing != nil {
		fields.Fields = opts.Existing.Movement.Fields
	}
	sink := &modelSink{res: res, fields: newFieldMatcher(fields.FieldList())}
	rd, err := readTables(data, opts, modelRecords, sink)
	if err != nil {
		return nil, err
	}
	res.Sheets, res.Skipped = rd.res.Sheets, rd.res.Skipped
	res.markRepeats(opts.Existing)
	return res, nil
}

// modelSink collects the models of one read.
type modelSink struct {
	res    *ModelResult
	fields *fieldMatcher
}

// modelTable prepares the reading of a table of models: the kind its
// name column's title or the sheet's name gives.
func modelTable(rd *reader, sh *Sheet, rows [][]string, header int, ov Override) tableRows {
	t := &modelRows{rd: rd, sink: rd.sink.(*modelSink), sheet: sh.Name}
	t.kind = titleModelKind(sh.Titles[sh.Columns[FieldName]])
	if t.kind == "" {
		t.kind = titleModelKind(sh.Name)
	}
	return t
}

// titleModelKind reads the kind a title names alone: "Tên điển hình",
// "Họ và tên" → exemplar; "Tên mô hình" → model; both or neither → "".
func titleModelKind(title string) movement.Kind {
	k := " " + headerKey(title) + " "
	exemplar := strings.Contains(k, " dien hinh ") || strings.Contains(k, " ca nhan ") || strings.Contains(k, " ho va ten ") || strings.Contains(k, " ho ten ")
	model := strings.Contains(k, " mo hinh ") || strings.Contains(k, " tap the ")
	switch {
	case exemplar && !model:
		return movement.KindExemplar
	case model && !exemplar:
		return movement.KindModel
	}
	return ""
}

// modelRows takes the rows of a table of models: the field and the kind
// from the group headings above them.
type modelRows struct {
	rd    *reader
	sink  *modelSink
	sheet string
	kind  movement.Kind // from the title or a heading; "" = a model unless the row says
	field string        // from a heading; "" = none yet
}

func (t *modelRows) header(title string) {
	if k := titleModelKind(title); k != "" {
		t.kind = k
	}
}

// sectionPrefix is the numbering of a heading: "I. ", "2) ", "A. ".
var sectionPrefix = regexp.MustCompile(`^\s*(?:[IVXLCivxlc]+|[A-Za-z]|[0-9]{1,2})\s*[.)/:-]\s*`)

// headingField returns the field a heading names ("I. LĨNH VỰC KINH TẾ",
// "Lĩnh vực văn hóa - xã hội", "KINH TẾ"), as the list spells it, or,
// for "Lĩnh vực …" not in the list, the name written; ok is false when
// the heading names no field.
func (t *modelRows) headingField(text string) (field string, listed, ok bool) {
	rest := strings.TrimSpace(sectionPrefix.ReplaceAllString(text, ""))
	named := false
	if w := strings.Fields(rest); len(w) >= 2 && headerKey(w[0]+" "+w[1]) == "linh vuc" {
		rest, named = strings.TrimLeft(strings.Join(w[2:], " "), ":–-— "), true
	}
	if f, ok := t.sink.fields.match(rest); ok {
		return f, true, true
	}
	if named && rest != "" {
		return sentenceCase(rest), false, true
	}
	return "", false, false
}

func (t *modelRows) headingWord(text, name string) bool {
	if _, _, ok := t.headingField(text); ok {
		return true
	}
	return name == "" && textModelKind(text) != ""
}

// textModelKind reads a kind heading: "A. MÔ HÌNH", "Điển hình cá nhân".
func textModelKind(text string) movement.Kind {
	k := headerKey(sectionPrefix.ReplaceAllString(text, ""))
	if strings.Count(k, " ") > 5 {
		return ""
	}
	return titleModelKind(k)
}

func (t *modelRows) heading(text string) string {
	if f, listed, ok := t.headingField(text); ok {
		t.field = f
		if !listed {
			return fmt.Sprintf("dòng tiêu đề nhóm; các dòng sau thuộc lĩnh vực “%s” (không có trong danh sách lĩnh vực)", f)
		}
		return fmt.Sprintf("dòng tiêu đề nhóm; các dòng sau thuộc lĩnh vực “%s”", f)
	}
	if k := textModelKind(text); k != "" {
		t.kind = k
		return fmt.Sprintf("dòng tiêu đề nhóm; các dòng sau là %s", strings.ToLower(k.Label()))
	}
	return "dòng tiêu đề nhóm"
}

// record turns a data row into an entry. What cannot be read is kept in
// the results ("Cấp công nhận: Bộ") and named in a problem, never lost.
func (t *modelRows) record(row []string, i int, raw string, cols Mapping, across map[[2]int]bool) string {
	val := func(f Field) string {
		c, ok := cols[f]
		if !ok || across[[2]int{i, c}] {
			return ""
		}
		return textnorm.Line(cell(row, c))
	}
	e := movement.Entry{Name: textnorm.Line(raw), Unit: val(FieldUnit), Kind: t.kind}
	var problems, kept []string
	unread := func(f Field, v, why string) {
		problems = append(problems, why)
		kept = append(kept, ModelFieldLabel(f)+": "+v)
	}
	if v := val(FieldModelKind); v != "" {
		if k, ok := movement.ParseKind(v); ok {
			e.Kind = k
		} else {
			unread(FieldModelKind, v, fmt.Sprintf("loại “%s” không rõ là mô hình (tập thể) hay điển hình (cá nhân); đã ghi là %s", v, strings.ToLower(kindOr(e.Kind).Label())))
		}
	}
	e.Kind = kindOr(e.Kind)
	switch v := val(FieldArea); {
	case v != "":
		if f, ok := t.sink.fields.match(v); ok {
			e.Field = f
		} else {
			e.Field = v
			problems = append(problems, fmt.Sprintf("lĩnh vực “%s” không có trong danh sách (%s); đã giữ nguyên, hãy sửa lại", v, strings.Join(t.sink.fields.list, "; ")))
		}
	case t.field != "":
		e.Field = t.field
		if _, ok := t.sink.fields.match(t.field); !ok {
			problems = append(problems, fmt.Sprintf("lĩnh vực “%s” (theo tiêu đề nhóm) không có trong danh sách (%s); hãy sửa lại", t.field, strings.Join(t.sink.fields.list, "; ")))
		}
	default:
		problems = append(problems, "chưa có lĩnh vực; hãy chọn lĩnh vực trong sổ")
	}
	level, levelText := movement.Level(""), val(FieldLevel)
	if levelText != "" {
		if l, ok := movement.ParseLevel(levelText); ok {
			level = l
		} else {
			unread(FieldLevel, levelText, fmt.Sprintf("cấp công nhận “%s” không rõ (cơ sở; quận, huyện, xã; tỉnh, thành phố; Trung ương)", levelText))
		}
	}
	stage, said := movement.Stage(""), false
	if v := val(FieldStage); v != "" {
		if s, ok := movement.ParseStage(v); ok {
			stage, said = s, true
		} else {
			unread(FieldStage, v, fmt.Sprintf("giai đoạn “%s” không rõ (đăng ký, được công nhận, tiêu biểu, đề nghị khen thưởng)", v))
		}
	}
	for _, m := range []struct {
		f Field
		s movement.Stage
	}{{FieldRegistered, movement.StageRegistered}, {FieldRecognised, movement.StageRecognised}, {FieldOutstanding, movement.StageOutstanding}, {FieldProposed, movement.StageProposed}} {
		v := val(m.f)
		if !markedYes(v) {
			continue
		}
		said = true
		if m.s.Rank() > stage.Rank() {
			stage = m.s
		}
		// "Được công nhận: Cấp huyện" says the level as well.
		if l, ok := movement.ParseLevel(v); ok && l != "" && level == "" && m.s != movement.StageRegistered {
			level = l
		}
	}
	switch {
	case !said && level != "":
		stage = movement.StageRecognised // a level of recognition: recognised
	case stage == "":
		stage = movement.StageRegistered // on the list: registered
	}
	e.Stage, e.Level = stage, level
	if v := val(FieldStartYear); v != "" {
		if y := parseStartYear(v); y != 0 {
			e.StartYear = y
		} else {
			unread(FieldStartYear, v, fmt.Sprintf("năm bắt đầu “%s” không phải một năm", v))
		}
	}
	results := []string{val(FieldResults)}
	if n := val(FieldNote); n != "" {
		results = append(results, "Ghi chú: "+n)
	}
	e.Results = strings.Join(nonEmpty(append(results, kept...)...), "; ")
	t.sink.res.Rows = append(t.sink.res.Rows, ModelRow{Entry: e, File: t.rd.opts.Source, Sheet: t.sheet, Line: i + 1, Problems: problems})
	return ""
}

func kindOr(k movement.Kind) movement.Kind {
	if k == "" {
		return movement.KindModel
	}
	return k
}

// markedYes reports whether a cell of a yes/no column ("Được công nhận",
// "Tiêu biểu") says yes: a mark, "có", a level, a year; not "", "không",
// "chưa", "0", "-".
func markedYes(v string) bool {
	switch k := textnorm.Key(v); {
	case k == "", k == "0", k == "-", k == "–", k == "—", k == "k", k == "x0":
		return false
	case strings.HasPrefix(k, "khong"), strings.HasPrefix(k, "chua"):
		return false
	}
	return true
}

// parseStartYear reads the year a model started: "2015", "03/2015",
// "Năm 2015", "15/3/2015"; 0 when there is no single plausible year.
func parseStartYear(v string) int {
	m := yearIn.FindAllStringSubmatch(v, -1)
	if len(m) != 1 {
		return 0
	}
	y, _ := strconv.Atoi(m[0][1])
	if y < 1930 || y > 2100 {
		return 0
	}
	return y
}

// sentenceCase writes a heading's words as a field is written: "Y TẾ" → "Y tế".
func sentenceCase(s string) string {
	r := []rune(strings.ToLower(s))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// fieldMatcher matches a field as offices write it to the list: case,
// diacritics, dashes and spacing ignored ("Văn hoá - Xã hội"), "Lĩnh vực"
// before it, initials ("VH-XH", "QP-AN", "XDHTCT"), a unique beginning
// ("Văn hóa").
type fieldMatcher struct {
	list     []string
	keys     map[string]int
	initials map[string]int
}

func newFieldMatcher(list []string) *fieldMatcher {
	m := &fieldMatcher{list: list, keys: map[string]int{}, initials: map[string]int{}}
	for i := len(list) - 1; i >= 0; i-- {
		m.keys[fieldFold(list[i])] = i
		var b strings.Builder
		for _, w := range strings.FieldsFunc(textnorm.Key(list[i]), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			b.WriteString(w[:1])
		}
		if b.Len() >= 2 {
			m.initials[b.String()] = i
		}
	}
	return m
}

// fieldFold folds a field's name: letters and digits only, no diacritics.
func fieldFold(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, textnorm.Key(s))
}

// match returns the field of the list s names, as the list spells it.
func (m *fieldMatcher) match(s string) (string, bool) {
	k := fieldFold(s)
	if rest, ok := strings.CutPrefix(k, "linhvuc"); ok && rest != "" {
		k = rest
	}
	if k == "" {
		return "", false
	}
	if i, ok := m.keys[k]; ok {
		return m.list[i], true
	}
	if i, ok := m.initials[k]; ok {
		return m.list[i], true
	}
	found := -1
	if len(k) >= 4 {
		for key, i := range m.keys {
			if strings.HasPrefix(key, k) {
				if found >= 0 && found != i {
					return "", false // two fields begin so
				}
				found = i
			}
		}
	}
	if found >= 0 {
		return m.list[found], true
	}
	return "", false
}

// modelIndex holds the entries taken so far by name and unit.
type modelIndex struct {
	groups map[string][]modelSeen
}

type modelSeen struct {
	e   movement.Entry
	ref string
}

func newModelIndex(existing *report.Report) *modelIndex {
	x := &modelIndex{groups: map[string][]modelSeen{}}
	if existing != nil {
		for i, e := range existing.Movement.Register {
			x.add(e, fmt.Sprintf("mục thứ %d trong sổ mô hình của bản nháp", i+1))
		}
	}
	return x
}

func modelKey(e movement.Entry) string {
	return textnorm.Identity(e.Name) + "\x00" + textnorm.Identity(e.Unit)
}

func (x *modelIndex) add(e movement.Entry, ref string) {
	k := modelKey(e)
	x.groups[k] = append(x.groups[k], modelSeen{e, ref})
}

// sameEntry reports whether a and b say the same thing in every field
// (the texts compared as textnorm.Identity does).
func sameEntry(a, b movement.Entry) bool {
	return a.Kind == b.Kind && fieldFold(a.Field) == fieldFold(b.Field) && a.Stage == b.Stage &&
		a.Level == b.Level && a.StartYear == b.StartYear && textnorm.Identity(a.Results) == textnorm.Identity(b.Results)
}

func (x *modelIndex) repeated(e movement.Entry) (string, bool) {
	for _, o := range x.groups[modelKey(e)] {
		if sameEntry(o.e, e) {
			return o.ref, true
		}
	}
	return "", false
}

// markRepeats marks the rows that repeat an earlier row or an entry of
// the register exactly, and notes the rows of one name and unit that
// differ (both added).
func (res *ModelResult) markRepeats(existing *report.Report) {
	x := newModelIndex(existing)
	res.Namesakes = nil
	for i := range res.Rows {
		r := &res.Rows[i]
		r.DuplicateOf = ""
		if o, ok := x.repeated(r.Entry); ok {
			r.DuplicateOf = "giống hệt " + o
			if !r.Keep {
				continue
			}
		} else if g := x.groups[modelKey(r.Entry)]; len(g) > 0 {
			o := g[len(g)-1]
			res.Namesakes = append(res.Namesakes, fmt.Sprintf("“%s” (%s): %s và %s cùng tên, cùng đơn vị nhưng khác nội dung; đã thêm cả hai, hãy xem lại (một mô hình ghi hai lần, hoặc mô hình năm trước nay lên giai đoạn mới)",
				r.Entry.Name, firstNonEmpty(r.Entry.Unit, "không ghi đơn vị"), o.ref, r.ref()))
		}
		x.add(r.Entry, r.ref())
	}
}
