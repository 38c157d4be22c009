package units

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/app/legacyvn"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/textnorm"
	"baocao/app/xlsx"
)

// Status is where a unit stands in a collection.
type Status int

const (
	Missing  Status = iota // no workbook of the unit in the folder
	Received               // taken, nothing to look at
	Problems               // taken, with rows or numbers to look at (or not readable)
)

// Label is the status in Vietnamese.
func (s Status) Label() string {
	switch s {
	case Received:
		return "đã nhận"
	case Problems:
		return "có vấn đề"
	}
	return "chưa gửi"
}

// Problem is something in a unit's workbook the officer should look at.
type Problem struct {
	File, Sheet string
	Row         int // from 1; 0 for the whole sheet or file
	Message     string
}

func (p Problem) String() string {
	var at []string
	if p.Sheet != "" {
		at = append(at, fmt.Sprintf("trang “%s”", p.Sheet))
	}
	if p.Row > 0 {
		at = append(at, fmt.Sprintf("dòng %d", p.Row))
	}
	if len(at) == 0 {
		return p.Message
	}
	return strings.Join(at, ", ") + ": " + p.Message
}

// UnitResult is what a collection found for one unit.
type UnitResult struct {
	Unit    report.Unit
	Status  Status
	File    string // the file taken (its name in the folder)
	Form    bool   // the program's own form; false: the unit's own list
	NamedBy string // how the file was found to be the unit's
	// The rows taken, each with its Origin set.
	Individuals, Collectives []report.Honoree
	Models                   []movement.Entry
	// Typed are the counts the unit typed in its figures sheet; Counts
	// its figures: typed, or, where it typed none, counted from its models.
	Typed, Counts map[string]int
	Problems      []Problem
	Notes         []string // what else to know: a sheet converted from TCVN3, possible namesakes, another file left aside
}

// Empty reports whether nothing at all was taken from the workbook: no
// row and no number typed. Such a workbook replaces nothing.
func (u *UnitResult) Empty() bool {
	for _, n := range u.Typed {
		if n != 0 {
			return false
		}
	}
	return u.Rows() == 0 && len(u.Typed) == 0
}

// Rows counts the rows taken.
func (u *UnitResult) Rows() int { return len(u.Individuals) + len(u.Collectives) + len(u.Models) }

// Unmatched is a workbook of the folder that could not be given to a unit.
type Unmatched struct {
	File, Problem string
}

// Board is the result of a collection: one line per unit of the draft,
// in the draft's order, and the files not taken.
type Board struct {
	Dir       string
	Year      int
	Files     int
	Units     []UnitResult
	Unmatched []Unmatched
}

// Counts returns how many units are received (with or without problems),
// with problems, and missing.
func (b *Board) Counts() (received, problems, missing int) {
	for _, u := range b.Units {
		switch u.Status {
		case Missing:
			missing++
		case Problems:
			problems++
			received++
		default:
			received++
		}
	}
	return received, problems, missing
}

// Collect reads every workbook (.xlsx) in dir for the units of r. It
// changes nothing: ApplyTo takes the result into the draft.
func Collect(dir string, r *report.Report) (*Board, error) {
	if len(r.Units) == 0 {
		return nil, errors.New("bản nháp chưa có danh sách đơn vị; hãy thêm đơn vị trước (baocao units add hoặc units suggest)")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("đọc thư mục %s: %w", dir, err)
	}
	var files []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.EqualFold(filepath.Ext(n), ".xlsx") || strings.HasPrefix(n, "~$") || strings.HasPrefix(n, ".") {
			continue
		}
		files = append(files, n)
	}
	b := &Board{Dir: dir, Year: r.Year, Files: len(files)}
	got := make([]fileResult, len(files))
	// Read in parallel: each workbook is independent, and parsing is the cost.
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, min(runtime.GOMAXPROCS(0), len(files))) {
		wg.Go(func() {
			for i := range next {
				got[i] = readFile(filepath.Join(dir, files[i]), r)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	byUnit := map[int][]fileResult{}
	for _, fr := range got {
		if fr.unit < 0 {
			b.Unmatched = append(b.Unmatched, Unmatched{File: fr.res.File, Problem: fr.problem})
			continue
		}
		byUnit[fr.unit] = append(byUnit[fr.unit], fr)
	}
	for i, u := range r.Units {
		frs := byUnit[i]
		if len(frs) == 0 {
			b.Units = append(b.Units, UnitResult{Unit: u, Status: Missing})
			continue
		}
		// Two workbooks of one unit: the newer is its correction.
		slices.SortStableFunc(frs, func(a, b fileResult) int { return b.mod.Compare(a.mod) })
		res := frs[0].res
		for _, o := range frs[1:] {
			res.Notes = append(res.Notes, fmt.Sprintf("có %d tệp của đơn vị: lấy tệp mới hơn %s, bỏ qua %s", len(frs), res.File, o.res.File))
		}
		res.Unit = u
		res.Notes = append(res.Notes, alreadyInDraft(r, &res)...)
		b.Units = append(b.Units, res)
	}
	return b, nil
}

// alreadyInDraft compares the unit's honorees with the draft's rows of
// the same name and unit that did not come from this unit (typed by the
// officer, imported, or sent by another unit), by report.CompareHonorees:
// both are kept, and the officer is told.
func alreadyInDraft(r *report.Report, u *UnitResult) []string {
	type row struct {
		h    report.Honoree
		kind string
	}
	draft := map[string][]row{}
	for _, l := range []struct {
		hs   []report.Honoree
		kind string
	}{{r.Honorees.Individuals, "cá nhân"}, {r.Honorees.Collectives, "tập thể"}} {
		for _, h := range l.hs {
			if h.Origin.UnitID != u.Unit.ID {
				draft[h.PersonKey()] = append(draft[h.PersonKey()], row{h, l.kind})
			}
		}
	}
	var notes []string
	for _, h := range slices.Concat(u.Individuals, u.Collectives) {
		for _, d := range draft[h.PersonKey()] {
			m := report.CompareHonorees(h, d.h)
			from := "nhập trong bản nháp"
			if !d.h.Origin.IsZero() {
				from = "do " + d.h.Origin.String() + " gửi"
			}
			notes = append(notes, fmt.Sprintf("%s (trang “%s”, dòng %d) và dòng %s %s đã có (%s): %s; đã giữ cả hai, hãy xem lại",
				h.Name, h.Origin.Sheet, h.Origin.Row, d.kind, d.h.Name, from, m))
		}
	}
	return notes
}

// fileResult is one workbook read.
type fileResult struct {
	unit    int // index in r.Units, or -1
	mod     time.Time
	res     UnitResult
	problem string // why unit is -1
}

// readFile reads one workbook and finds its unit.
func readFile(path string, r *report.Report) (fr fileResult) {
	name := filepath.Base(path)
	fr = fileResult{unit: -1, res: UnitResult{File: name}}
	info, err := os.Stat(path)
	if err == nil {
		fr.mod = info.ModTime()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fr.problem = fmt.Sprintf("không đọc được tệp (%v)", err)
		return fr
	}
	if len(data) > xlsx.MaxFileSize {
		fr.problem = fmt.Sprintf("tệp lớn hơn %d MB; biểu của đơn vị thường chỉ vài chục KB, hãy kiểm tra lại", xlsx.MaxFileSize>>20)
		return fr
	}
	defer func() {
		if p := recover(); p != nil { // outside input: a bug in a parser must not stop the collection
			fr = fileResult{unit: -1, res: UnitResult{File: name}, problem: fmt.Sprintf("tệp bị hỏng, không đọc được (%v); hãy mở bằng Excel, lưu lại dạng .xlsx", p)}
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: xlsx.MaxUnzipped, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		fr.problem = fmt.Sprintf("không phải bảng tính Excel .xlsx đọc được (%v); hãy mở bằng Excel và lưu lại dạng “Excel Workbook (.xlsx)”", err)
		return fr
	}
	defer f.Close()
	u := &fr.res
	if m, ok := readMeta(f); ok {
		u.Form = true
		fr.unit = r.UnitByID(m.unitID)
		u.NamedBy = "biểu do chương trình tạo"
		if fr.unit < 0 {
			fr.unit = r.UnitIndex(m.unit)
		}
		if fr.unit < 0 {
			fr.problem = fmt.Sprintf("biểu của đơn vị “%s” (mã %s), không có trong danh sách đơn vị của bản nháp; hãy thêm đơn vị này hoặc kiểm tra lại bản nháp", m.unit, m.unitID)
			return fr
		}
		if m.year != 0 && r.Year != 0 && m.year != r.Year {
			u.Problems = append(u.Problems, Problem{File: name, Message: fmt.Sprintf("biểu của năm %d, bản nháp là năm %d; hãy kiểm tra đơn vị gửi đúng biểu", m.year, r.Year)})
		}
	} else {
		fr.unit, u.NamedBy = ownUnit(f, name, r)
		if fr.unit < 0 {
			fr.problem = "không nhận ra đơn vị: không phải biểu do chương trình tạo, tên tệp và các dòng tiêu đề không có tên đơn vị nào trong danh sách; hãy đổi tên tệp theo tên đơn vị (ví dụ “Phòng Văn hóa.xlsx”) hoặc ghi “Đơn vị: …” ở dòng đầu"
			return fr
		}
	}
	unit := r.Units[fr.unit]
	origin := movement.Origin{UnitID: unit.ID, Unit: unit.Name, File: name}
	if u.Form {
		readFigures(f, u, origin)
		readModels(data, u, origin, r)
	}
	readHonorees(data, u, origin)
	u.Counts = unitCounts(r, u)
	unknownKeys(r, u, f, origin)
	checkTotals(r, u, f, origin)
	if u.Empty() {
		u.Problems = append(u.Problems, Problem{File: name, Message: "biểu chưa điền gì (không có số liệu, mô hình hay người, tập thể đề nghị khen thưởng): không thay cho những gì đã nhận trước; nếu đơn vị không có gì để báo cáo thì không cần làm gì thêm"})
	}
	if len(u.Problems) > 0 {
		u.Status = Problems
	} else {
		u.Status = Received
	}
	return fr
}

type meta struct {
	unitID, unit string
	year         int
}

// readMeta reads the hidden sheet of the program's own form.
func readMeta(f *excelize.File) (meta, bool) {
	if idx, _ := f.GetSheetIndex(SheetMeta); idx < 0 {
		return meta{}, false
	}
	rows, err := f.GetRows(SheetMeta)
	if err != nil || len(rows) == 0 || len(rows[0]) < 2 || rows[0][0] != metaMagic {
		return meta{}, false
	}
	var m meta
	for _, row := range rows {
		if len(row) < 2 {
			continue
		}
		switch row[0] {
		case metaUnitID:
			m.unitID = row[1]
		case metaUnit:
			m.unit = row[1]
		case metaYear:
			m.year, _ = strconv.Atoi(row[1])
		}
	}
	return m, true
}

// unitLabel finds "Đơn vị: Phòng Văn hóa" in a title cell.
var unitLabel = regexp.MustCompile(`(?i)^\s*(?:tên\s+)?(?:đơn\s+vị|cơ\s+quan|chi\s+bộ)\s*[:：]\s*(.+)$`)

// ownUnit names the unit of a workbook the unit made itself: a title
// cell "Đơn vị: …" in the first rows, else a title cell that is a unit's
// name, else the file name holding a unit's name, short name or id (the
// longest found). It returns the unit's index and how it was found.
func ownUnit(f *excelize.File, file string, r *report.Report) (int, string) {
	var cells []string
	for _, s := range f.GetSheetList() {
		rows, err := f.Rows(s)
		if err != nil {
			continue
		}
		for n := 0; n < 6 && rows.Next(); n++ {
			cols, _ := rows.Columns()
			for _, c := range cols {
				if c = strings.TrimSpace(c); c != "" {
					c, _ = legacyvn.Convert(c)
					cells = append(cells, textnorm.Line(c))
				}
			}
		}
		rows.Close()
	}
	for _, c := range cells {
		if m := unitLabel.FindStringSubmatch(c); m != nil {
			if i := r.UnitIndex(m[1]); i >= 0 {
				return i, fmt.Sprintf("ô tiêu đề “%s”", c)
			}
		}
	}
	for _, c := range cells {
		if i := r.UnitIndex(c); i >= 0 {
			return i, fmt.Sprintf("ô tiêu đề “%s”", c)
		}
	}
	base := " " + textnorm.Key(strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(strings.TrimSuffix(file, filepath.Ext(file)))) + " "
	best, bestLen := -1, 0
	for i, u := range r.Units {
		for _, cand := range []string{u.Name, u.Short, strings.ReplaceAll(u.ID, "-", " ")} {
			k := textnorm.Key(cand)
			if k != "" && strings.Contains(base, " "+k+" ") && len(k) > bestLen {
				best, bestLen = i, len(k)
			}
		}
	}
	if best >= 0 {
		return best, "tên tệp"
	}
	return -1, ""
}

// readFigures reads the figures sheet of a form: the value column and the
// key column found by their header titles (columns may have been moved,
// inserted or deleted), each row by its key.
func readFigures(f *excelize.File, u *UnitResult, o movement.Origin) {
	rows, err := f.GetRows(SheetFigures)
	if err != nil {
		u.Problems = append(u.Problems, Problem{File: o.File, Sheet: SheetFigures, Message: "không có trang số liệu; số liệu của đơn vị sẽ được đếm từ danh sách mô hình (nếu có)"})
		return
	}
	convertLegacy(rows, u, SheetFigures)
	hdr, keyCol, valCol := -1, -1, -1
	for i, row := range rows[:min(len(rows), 20)] {
		for c, v := range row {
			switch textnorm.Key(v) {
			case "ma chi tieu":
				keyCol = c
			case "so luong":
				valCol = c
			}
		}
		if keyCol >= 0 && valCol >= 0 {
			hdr = i
			break
		}
	}
	if hdr < 0 {
		u.Problems = append(u.Problems, Problem{File: o.File, Sheet: SheetFigures, Message: "không thấy cột “Số lượng” và cột “Mã chỉ tiêu”: dòng tiêu đề của trang đã bị sửa; hãy dùng lại biểu gốc"})
		return
	}
	u.Typed = map[string]int{}
	for i := hdr + 1; i < len(rows); i++ {
		key, val := cellAt(rows[i], keyCol), strings.TrimSpace(cellAt(rows[i], valCol))
		if val == "" {
			continue
		}
		n, ok := parseCount(val)
		switch {
		case key == "":
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: SheetFigures, Row: i + 1, Message: fmt.Sprintf("số “%s” ở dòng không thuộc chỉ tiêu nào (dòng chèn thêm?): không lấy; hãy gõ vào dòng chỉ tiêu", val)})
		case !ok:
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: SheetFigures, Row: i + 1, Message: fmt.Sprintf("“%s” không phải một số đếm (0, 1, 2 …): không lấy", val)})
		default:
			u.Typed[key] = n
		}
	}
}

func cellAt(row []string, c int) string {
	if c < 0 || c >= len(row) {
		return ""
	}
	return row[c]
}

// parseCount reads a count as typed: "12", "1.234", "1 234", "12,0".
func parseCount(s string) (int, bool) {
	s = strings.NewReplacer(".", "", " ", "", "\u00a0", "").Replace(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, ",00"), ",0")
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0
}

func convertLegacy(rows [][]string, u *UnitResult, sheet string) {
	if res := legacyvn.ConvertRows(rows); res.Converted() > 0 {
		u.Notes = append(u.Notes, fmt.Sprintf("trang “%s”: đã chuyển %d ô từ bảng mã cũ sang Unicode", sheet, res.Converted()))
	}
}

// formSheets are the form's sheets that are not the honorees' lists.
var formSheets = []string{SheetGuide, SheetFigures, SheetModels, SheetMeta}

// readModels reads the models sheet of a form with the model import.
func readModels(data []byte, u *UnitResult, o movement.Origin, r *report.Report) {
	ov := map[string]xlsx.Override{"": {Skip: true}, SheetModels: {}}
	// Only the field list is passed: the draft's register holds this
	// unit's earlier rows, which this collection replaces.
	fields := &report.Report{Movement: movement.Data{Fields: r.Movement.Fields}}
	res, err := xlsx.ReadModels(bytes.NewReader(data), xlsx.Options{Source: o.File, Existing: fields, Override: ov})
	if err != nil {
		u.Problems = append(u.Problems, Problem{File: o.File, Sheet: SheetModels, Message: "không đọc được danh sách mô hình: " + err.Error()})
		return
	}
	for _, sh := range res.Sheets {
		if sh.Name == SheetModels {
			u.Notes = append(u.Notes, sheetNotes(sh)...)
		}
	}
	for _, row := range res.Rows {
		if row.Dropped() {
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: row.Sheet, Row: row.Line, Message: "giống hệt một dòng khác (" + row.DuplicateOf + "): không lấy lần nữa"})
			continue
		}
		e := row.Entry
		if e.Unit == "" {
			e.Unit = o.Unit
		}
		e.Origin = o
		e.Origin.Sheet, e.Origin.Row = row.Sheet, row.Line
		u.Models = append(u.Models, e)
		for _, p := range row.Problems {
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: row.Sheet, Row: row.Line, Message: p})
		}
	}
	skips(u, o, res.Skipped)
}

// readHonorees reads the honorees with the honoree import: the form's two
// lists, or every sheet of a unit's own workbook.
func readHonorees(data []byte, u *UnitResult, o movement.Origin) {
	opts := xlsx.Options{Source: o.File}
	if u.Form {
		opts.Override = map[string]xlsx.Override{}
		for _, s := range formSheets {
			opts.Override[s] = xlsx.Override{Skip: true}
		}
	}
	res, err := xlsx.Read(bytes.NewReader(data), opts)
	if err != nil {
		u.Problems = append(u.Problems, Problem{File: o.File, Message: "không đọc được danh sách khen thưởng: " + err.Error()})
		return
	}
	for _, sh := range res.Sheets {
		if !slices.Contains(formSheets, sh.Name) || !u.Form {
			u.Notes = append(u.Notes, sheetNotes(sh)...)
		}
	}
	for _, row := range res.Rows {
		if row.Dropped() {
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: row.Sheet, Row: row.Line, Message: "giống hệt một dòng khác (" + row.DuplicateOf + "): không lấy lần nữa"})
			continue
		}
		h := row.Honoree
		if h.Unit == "" {
			h.Unit = o.Unit
		}
		h.Source = o.File
		h.Origin = o
		h.Origin.Sheet, h.Origin.Row = row.Sheet, row.Line
		if row.Kind == xlsx.Collective {
			u.Collectives = append(u.Collectives, h)
		} else {
			u.Individuals = append(u.Individuals, h)
		}
	}
	for _, n := range res.Namesakes {
		u.Notes = append(u.Notes, "có thể trùng tên (giữ cả hai dòng): "+n.Note)
	}
	skips(u, o, res.Skipped)
}

func sheetNotes(sh xlsx.Sheet) []string {
	var out []string
	for _, n := range sh.Notes {
		out = append(out, fmt.Sprintf("trang “%s”: %s", sh.Name, n))
	}
	return out
}

// benign are the reasons of skipped rows that are part of a table's
// layout, not rows lost.
var benign = []string{"dòng tiêu đề", "dòng đánh số cột", "thuộc phần ký tên", "nằm dưới dòng tổng cộng (phần ký tên"}

// skips turns the rows the import passed over into problems, except the
// table's own layout; a total line is checked against the rows.
func skips(u *UnitResult, o movement.Origin, sk []xlsx.Skip) {
	for _, s := range sk {
		switch {
		case s.Reason == "dòng tổng cộng":
			checkTotalLine(u, o, s)
		case slices.ContainsFunc(benign, func(b string) bool { return strings.HasPrefix(s.Reason, b) }):
		case strings.HasPrefix(s.Reason, "nhóm") || strings.Contains(s.Reason, "tiêu đề nhóm"):
		default:
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: s.Sheet, Row: s.Line, Message: fmt.Sprintf("không lấy (%s): %s", s.Reason, s.Text)})
		}
	}
}

var lastNumber = regexp.MustCompile(`(\d[\d.]*)\D*$`)

// checkTotalLine compares a list's own total line ("Tổng cộng: 12") with
// the rows taken from its sheet above it.
func checkTotalLine(u *UnitResult, o movement.Origin, s xlsx.Skip) {
	m := lastNumber.FindStringSubmatch(s.Text)
	if m == nil {
		return
	}
	said, ok := parseCount(m[1])
	if !ok {
		return
	}
	n := 0
	for _, h := range slices.Concat(u.Individuals, u.Collectives) {
		if h.Origin.Sheet == s.Sheet && h.Origin.Row < s.Line {
			n++
		}
	}
	for _, e := range u.Models {
		if e.Origin.Sheet == s.Sheet && e.Origin.Row < s.Line {
			n++
		}
	}
	if said != n {
		u.Problems = append(u.Problems, Problem{File: o.File, Sheet: s.Sheet, Row: s.Line,
			Message: fmt.Sprintf("dòng tổng cộng của đơn vị ghi %d nhưng danh sách phía trên có %d dòng; hãy hỏi lại đơn vị", said, n)})
	}
}

// unitCounts are the unit's figures: what it typed, and for the rows it
// typed nothing in, the count of its models.
func unitCounts(r *report.Report, u *UnitResult) map[string]int {
	d := movement.Data{Fields: r.Movement.FieldList(), Register: u.Models}
	counted := d.Figures(r.Year)
	out := map[string]int{}
	for _, row := range d.TypedKeys() {
		if n, ok := u.Typed[row.Key]; ok {
			out[row.Key] = n
		} else {
			out[row.Key] = counted.Value(row.Key)
		}
	}
	return out
}

// unknownKeys flags the counts typed in rows the draft's table does not
// have (a unit's own form made with other fields).
func unknownKeys(r *report.Report, u *UnitResult, f *excelize.File, o movement.Origin) {
	d := movement.Data{Fields: r.Movement.FieldList()}
	fig := d.Figures(r.Year)
	for _, key := range slices.Sorted(maps.Keys(u.Typed)) {
		n := u.Typed[key]
		if _, ok := fig.Row(key); !ok {
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: SheetFigures, Row: figureRow(f, key),
				Message: fmt.Sprintf("số %d ở chỉ tiêu “%s” không có trong biểu thống kê của bản nháp (lĩnh vực khác?): không cộng; hãy hỏi lại đơn vị", n, key)})
		}
	}
}

// checkTotals flags a total the unit typed over the formula that differs
// from the sum of its rows.
func checkTotals(r *report.Report, u *UnitResult, f *excelize.File, o movement.Origin) {
	if len(u.Typed) == 0 {
		return
	}
	d := movement.Data{Fields: r.Movement.FieldList(), Typed: u.Counts}
	fig := d.Figures(r.Year)
	for _, g := range fig.Groups {
		for _, row := range g.Rows {
			said, ok := u.Typed[row.Key]
			if !ok || !row.IsTotal() || said == row.This {
				continue
			}
			u.Problems = append(u.Problems, Problem{File: o.File, Sheet: SheetFigures, Row: figureRow(f, row.Key),
				Message: fmt.Sprintf("dòng “%s — %s” đơn vị ghi %d nhưng cộng các dòng được %d; lấy số cộng, hãy hỏi lại đơn vị", g.Title, row.Label, said, row.This)})
		}
	}
}

// figureRow finds the row of a key in the figures sheet, or 0.
func figureRow(f *excelize.File, key string) int {
	cells, err := f.SearchSheet(SheetFigures, "^"+regexp.QuoteMeta(key)+"$", true)
	if err != nil || len(cells) == 0 {
		return 0
	}
	_, row, _ := excelize.CellNameToCoordinates(cells[0])
	return row
}
