package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/richardlehane/mscfb"
	"github.com/xuri/excelize/v2"

	"baocao/app/legacyvn"
	"baocao/app/report"
	"baocao/app/textnorm"
)

// Limits on what [Read] accepts. A real honoree list is far below them;
// past them the file is damaged, a mistake or built to harm.
const (
	MaxFileSize   = 50 << 20  // bytes of the .xlsx file itself
	MaxUnzipped   = 200 << 20 // bytes of all its parts once unzipped
	MaxRows       = 100_000   // rows of all sheets together
	MaxColumns    = 64        // columns looked at; the rest are ignored
	MaxCellLength = 10_000    // characters in one cell that is imported
	headerSearch  = 20        // rows searched for the header row
)

// Errors of [Read], for errors.Is. Their text is the Vietnamese message
// a user sees; the error returned adds what to do next.
var (
	ErrEmpty       = errors.New("tệp rỗng")
	ErrNotWorkbook = errors.New("tệp không phải bảng tính Excel (.xlsx)")
	ErrOldFormat   = errors.New("tệp là bảng tính Excel đời cũ (.xls)")
	ErrEncrypted   = errors.New("bảng tính được đặt mật khẩu")
	ErrTooLarge    = errors.New("bảng tính quá lớn")
	ErrNoHeader    = errors.New("không tìm thấy dòng tiêu đề cột (Họ và tên, Đơn vị …)")
)

// Options control [Read]. The zero value detects everything.
type Options struct {
	// Source names the file in each row's Honoree.Source and in messages;
	// ReadFile sets it to the file's name.
	Source string
	// Existing, when set, is the draft the rows are meant for: rows that
	// are already in it are reported as duplicates. It is not changed.
	Existing *report.Report
	// Override corrects the detection, by sheet name; the entry with the
	// key "" applies to every sheet that has no entry of its own.
	Override map[string]Override
}

// Override corrects what [Read] detected in one sheet.
type Override struct {
	HeaderRow int     // the header row, counted from 1; 0 to detect it
	Columns   Mapping // fields to take from these columns; the other fields are still detected
	Kind      Kind    // what the rows are; 0 to detect it
	Skip      bool    // do not read this sheet
	// NoHeader: the sheet has no header row at all; its data start at
	// row DataRow (from 1; 0 means 1) and Columns must name the columns,
	// the name's at least: no header tells them.
	NoHeader bool
	DataRow  int
}

// Sheet is what [Read] found in one sheet.
type Sheet struct {
	Source    string
	Name      string
	Kind      Kind           // what the rows are, unless a group heading says otherwise
	HeaderRow int            // counted from 1; 0 when no header row was found (or, with DataRow, there is none)
	DataRow   int            // the first row of data of a sheet read without header row (Override.NoHeader), from 1
	Columns   Mapping        // the columns the fields were taken from
	Titles    map[int]string // header text of each column, by column from 0
	Unused    []string       // header texts of the columns not imported, as "F: Ngày sinh"
	Imported  int            // rows taken from this sheet
	Blank     int            // blank rows passed over
	Problem   string         // why the sheet was not read, when it was not
	Notes     []string       // what else the user should know: a second table, a column holding two fields
	NameParts []int          // when the name is written over two columns (Họ đệm | Tên), both, joined with a space
	// Legacy is what the sheet's cells were typed in when it was an old
	// 8-bit encoding (TCVN3, VNI) they were converted from, or
	// legacyvn.Unicode; Converted counts the cells converted (a Unicode
	// sheet may hold a few pasted legacy cells).
	Legacy    legacyvn.Encoding
	Converted int
}

// Row is one honoree found in a sheet.
type Row struct {
	Kind    Kind
	Honoree report.Honoree // cleaned (NFC, single spaces); Source set
	File    string         // the file read (Honoree.Source may name the file a merged list took the row from)
	Sheet   string
	Line    int // row number in the sheet, from 1
	// DuplicateOf says which row this one repeats exactly (every field
	// the same, see report.CompareHonorees), or is "" when it does not;
	// Repeats is that row. Such a row is dropped (not added by ApplyTo nor
	// written by WriteList) unless Keep is set: the user keeps it anyway.
	// Rows of one name and unit that differ are both kept, with a note in
	// Result.Namesakes.
	DuplicateOf string
	Repeats     Ref
	Keep        bool
}

// Skip is a row that was not imported, and why.
type Skip struct {
	Source string
	Sheet  string
	Line   int
	Reason string
	Text   string // the row's cells, joined, to show the user
}

// Result is everything [Read] found. Nothing is changed until ApplyTo.
type Result struct {
	Files   []string
	Sheets  []Sheet
	Rows    []Row
	Skipped []Skip
	// Namesakes are the pairs of rows of one name and unit that are both
	// added: possible namesakes, or one person written twice.
	Namesakes []NamesakeNote
	existing  *report.Report // the draft of Options.Existing, for Merge
}

// Counts returns the rows to be added by kind (kept repeats included),
// the repeats that will be dropped, and the skipped rows.
func (res *Result) Counts() (individuals, collectives, duplicates, skipped int) {
	for _, r := range res.Rows {
		switch {
		case r.Dropped():
			duplicates++
		case r.Kind == Collective:
			collectives++
		default:
			individuals++
		}
	}
	return individuals, collectives, duplicates, len(res.Skipped)
}

// Summary is a one-line Vietnamese account of the result.
func (res *Result) Summary() string {
	ni, nc, nd, ns := res.Counts()
	s := fmt.Sprintf("Tìm thấy %d cá nhân, %d tập thể có thể thêm; %d dòng lặp lại giống hệt (không thêm); %d dòng bỏ qua.", ni, nc, nd, ns)
	if n := len(res.Namesakes); n > 0 {
		s += fmt.Sprintf(" %d cặp dòng cùng tên, cùng đơn vị được thêm cả hai (có thể trùng tên), hãy xem lại.", n)
	}
	return s
}

// ApplyTo adds the rows that are not dropped (kept repeats included) to r
// and returns how many it added. A row that by now has an exact copy in r
// (r may have changed since Read) is not added either, unless kept: it is
// marked (DuplicateOf, Repeats), so that the caller can say so.
func (res *Result) ApplyTo(r *report.Report) (added int) {
	p := newPeople(r)
	for i := range res.Rows {
		row := &res.Rows[i]
		if row.Dropped() {
			continue
		}
		if !row.Keep {
			if o, ok := p.repeated(row.Kind, row.Honoree); ok {
				row.DuplicateOf, row.Repeats = "giống hệt "+o.String(), o
				continue
			}
		}
		p.add(row.Kind, row.Honoree, row.Ref())
		if row.Kind == Collective {
			r.Honorees.Collectives = append(r.Honorees.Collectives, row.Honoree)
		} else {
			r.Honorees.Individuals = append(r.Honorees.Individuals, row.Honoree)
		}
		added++
	}
	return added
}

// keyer computes the keys rows are compared under: the kind, the name
// and the unit (report.Honoree.PersonKey: diacritics count), with the folded units remembered, since a list
// repeats a few units many times.
type keyer map[string]string

func (kc keyer) key(k Kind, h report.Honoree) string {
	u, ok := kc[h.Unit]
	if !ok {
		u = textnorm.Identity(h.Unit)
		kc[h.Unit] = u
	}
	return strconv.Itoa(int(k)) + "\x00" + textnorm.Identity(h.Name) + "\x00" + u
}

// ReadFile is [Read] on the file at path; Options.Source defaults to the
// file's name.
func ReadFile(path string, opts Options) (*Result, error) {
	return readPath(path, opts, Read)
}

// readPath opens the file at path and hands it to read, the file's name
// standing for Options.Source when none is given; a file too large is
// refused before it is read.
func readPath[T any](path string, opts Options, read func(io.Reader, Options) (T, error)) (T, error) {
	var zero T
	if opts.Source == "" {
		opts.Source = filepath.Base(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("mở tệp %s: %w", path, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxFileSize {
		return zero, fmt.Errorf("tệp %s: %w: tệp lớn hơn %d MB; danh sách khen thưởng thường chỉ vài trăm KB, hãy kiểm tra lại tệp", opts.Source, ErrTooLarge, MaxFileSize>>20)
	}
	res, err := read(f, opts)
	if err != nil {
		return zero, fmt.Errorf("tệp %s: %w", opts.Source, err)
	}
	return res, nil
}

// Read reads an honoree spreadsheet and reports what it would import. It
// changes nothing: the caller shows the result and calls ApplyTo when the
// user agrees. It returns an error, and no result, when the file is not a
// readable workbook or no sheet has a header row it can recognise.
func Read(r io.Reader, opts Options) (res *Result, err error) {
	data, err := slurp(r)
	if err != nil {
		return nil, err
	}
	defer func() {
		// excelize parses outside input; a bug in it must not take the
		// program down with the user's unsaved work.
		if p := recover(); p != nil {
			res, err = nil, brokenFile(p)
		}
	}()
	rd, err := readTables(data, opts, honoreeRecords, nil)
	if err != nil {
		return nil, err
	}
	rd.res.existing = opts.Existing
	rd.res.markRepeats(opts.Existing)
	return rd.res, nil
}

// readTables reads every sheet of a workbook (already sniffed) as tables
// of rk's records (rk's table may keep them in sink). It returns an error when no sheet has a header row rk
// recognises.
func readTables(data []byte, opts Options, rk *recordKind, sink any) (*reader, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    MaxUnzipped,
		UnzipXMLSizeLimit: 16 << 20,
		// Dates in the short-date format show as Vietnamese write them.
		ShortDatePattern: "dd/mm/yyyy",
	})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") || errors.Is(err, excelize.ErrOptionsUnzipSizeLimit) {
			return nil, fmt.Errorf("%w: nội dung giải nén vượt %d MB, tệp có thể bị hỏng hoặc cố ý làm hại; hãy kiểm tra lại tệp", ErrTooLarge, MaxUnzipped>>20)
		}
		return nil, fmt.Errorf("%w (%v); hãy mở bằng Excel và lưu lại dạng “Excel Workbook (.xlsx)”", ErrNotWorkbook, err)
	}
	defer f.Close()
	rd := &reader{opts: opts, rk: rk, sink: sink, res: &Result{Files: []string{opts.Source}}, merges: mergeRefs(data)}
	list := f.GetSheetList()
	for _, name := range list {
		if rk.foreign != nil {
			if why := rk.foreign(list, name); why != "" {
				rd.res.Sheets = append(rd.res.Sheets, Sheet{Source: opts.Source, Name: name, Problem: why})
				continue
			}
		}
		if err := rd.sheet(f, name); err != nil {
			return nil, err
		}
	}
	if rd.taken == 0 && !rd.anyHeader() {
		var why []string
		for _, s := range rd.res.Sheets {
			why = append(why, fmt.Sprintf("trang “%s”: %s", s.Name, s.Problem))
		}
		return nil, fmt.Errorf("%w (%s); hãy kiểm tra tệp có bảng danh sách với dòng tiêu đề như “%s” trong %d dòng đầu, hoặc chỉ rõ dòng tiêu đề và các cột", rk.errNoHeader, strings.Join(why, "; "), rk.example, headerSearch)
	}
	return rd, nil
}

// slurp reads a workbook of at most MaxFileSize bytes from r and refuses,
// with a reason, what is not one (see sniff).
func slurp(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("đọc tệp: %w", err)
	}
	if err := sniff(data); err != nil {
		return nil, err
	}
	return data, nil
}

// brokenFile is the error for a panic recovered while excelize parsed a
// workbook.
func brokenFile(p any) error {
	return fmt.Errorf("%w: tệp bị hỏng, không đọc được (%v); hãy mở bằng Excel, lưu lại dạng .xlsx rồi thử lại", ErrNotWorkbook, p)
}

// sniff recognises the files that are not .xlsx workbooks before excelize
// sees them, to say what they are.
func sniff(data []byte) error {
	switch {
	case len(data) > MaxFileSize:
		return fmt.Errorf("%w: tệp lớn hơn %d MB; danh sách khen thưởng thường chỉ vài trăm KB, hãy kiểm tra lại tệp", ErrTooLarge, MaxFileSize>>20)
	case len(bytes.TrimSpace(data)) == 0:
		return fmt.Errorf("%w: không có gì để nhập; hãy chọn đúng tệp danh sách", ErrEmpty)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return ole2Kind(data)
	case !bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return fmt.Errorf("%w; hãy mở tệp bằng Excel rồi lưu lại dạng “Excel Workbook (.xlsx)”", ErrNotWorkbook)
	}
	return nil
}

// ole2Kind tells an old .xls workbook from an encrypted .xlsx (which
// Office also wraps in an OLE2 compound file).
func ole2Kind(data []byte) error {
	xls := fmt.Errorf("%w; chương trình chỉ đọc .xlsx — hãy mở tệp bằng Excel, chọn Lưu thành (Save As) “Excel Workbook (.xlsx)” rồi nhập tệp mới", ErrOldFormat)
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return xls
	}
	for _, e := range doc.File {
		switch e.Name {
		case "EncryptedPackage", "EncryptionInfo":
			return fmt.Errorf("%w; hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại", ErrEncrypted)
		case "WordDocument":
			return fmt.Errorf("%w: đây là tài liệu Word (.doc); hãy chọn tệp Excel", ErrNotWorkbook)
		}
	}
	return xls
}

type reader struct {
	opts   Options
	rk     *recordKind         // what the rows are
	sink   any                 // where rk\'s table keeps its records, when not in res
	taken  int                 // records taken, all sheets
	res    *Result             // the sheets and skipped rows (and, for honorees, the rows)
	total  int                 // rows read so far, all sheets
	merges map[string][]string // merged ranges by sheet
}

func (rd *reader) anyHeader() bool {
	for _, s := range rd.res.Sheets {
		if s.HeaderRow > 0 || s.DataRow > 0 {
			return true
		}
	}
	return false
}

func (rd *reader) override(sheet string) Override {
	if o, ok := rd.opts.Override[sheet]; ok {
		return o
	}
	return rd.opts.Override[""]
}

// cells reads the sheet's values as shown (numbers and dates formatted),
// with the value of each merged range copied into all its cells. The
// cells filled from a merged cell to their left are also returned: a
// header merged across names every column under it, but a data cell
// merged across (a name over a blank position) belongs to its own
// column only.
func (rd *reader) cells(f *excelize.File, name string) ([][]string, map[[2]int]bool, error) {
	rows, err := f.Rows(name)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: không đọc được trang “%s” (%v)", ErrNotWorkbook, name, err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		rd.total++
		if rd.total > MaxRows {
			return nil, nil, fmt.Errorf("%w: hơn %d dòng; hãy tách danh sách thành nhiều tệp nhỏ hơn", ErrTooLarge, MaxRows)
		}
		cols, err := rows.Columns()
		if err != nil {
			return nil, nil, fmt.Errorf("%w: trang “%s” dòng %d bị hỏng (%v)", ErrNotWorkbook, name, len(out)+1, err)
		}
		if len(cols) > MaxColumns {
			cols = cols[:MaxColumns]
		}
		out = append(out, cols)
	}
	if err := rows.Error(); err != nil {
		return nil, nil, fmt.Errorf("%w: không đọc hết trang “%s” (%v)", ErrNotWorkbook, name, err)
	}
	// A crafted file could merge every row many times over: copy at most
	// this many cells.
	budget := 4 * MaxRows * 8
	across := map[[2]int]bool{}
	for _, ref := range rd.merges[name] {
		first, second, _ := strings.Cut(ref, ":")
		c1, r1, err1 := excelize.CellNameToCoordinates(first)
		c2, r2, err2 := excelize.CellNameToCoordinates(second)
		if err1 != nil || err2 != nil || r1 > len(out) {
			continue
		}
		v := cell(out[r1-1], c1-1)
		if strings.TrimSpace(v) == "" {
			continue
		}
		for r := r1; r <= min(r2, len(out)); r++ {
			for c := c1; c <= min(c2, MaxColumns); c++ {
				row := out[r-1]
				for len(row) < c {
					row = append(row, "")
				}
				if row[c-1] == "" {
					row[c-1] = v
					if c > c1 {
						across[[2]int{r - 1, c - 1}] = true
					}
				}
				out[r-1] = row
				if budget--; budget <= 0 {
					return out, across, nil
				}
			}
		}
	}
	return out, across, nil
}

func cell(row []string, c int) string {
	if c < 0 || c >= len(row) {
		return ""
	}
	return row[c]
}

// detectHeader finds the header row among the first rows: the first one
// that names the name and another field (a second table further down
// has its own header, read with the rows). It returns the row index
// (from 0) and the mapping, or -1.
func (rk *recordKind) detectHeader(rows [][]string) (int, Mapping) {
	for i := 0; i < len(rows) && i < headerSearch; i++ {
		if m := rk.headerMapping(rows[i]); isHeader(m) {
			return i, m
		}
	}
	return -1, nil
}

// isHeader reports whether a row's mapping is that of a header row: the
// name and at least one more field.
func isHeader(m Mapping) bool {
	_, ok := m[FieldName]
	return ok && len(m) >= 2
}

// headerMapping maps the cells of one row that name a field. When two
// name the same field, an exact title beats a loose one ("Đơn vị công
// tác" beats "Đơn vị đề nghị"), then the leftmost wins. "Tên đơn vị"
// beside a column of persons' names is the unit.
func headerMapping(row []string) Mapping { return mappingBy(matchHeaderScore, row) }

// headerMapping is [headerMapping] for rk's fields.
func (rk *recordKind) headerMapping(row []string) Mapping { return mappingBy(rk.match, row) }

// mappingBy maps the cells of row by the header matcher match.
func mappingBy(match func(string) (Field, int), row []string) Mapping {
	m := Mapping{}
	var score [fieldEnd]int
	unitName := -1
	for c, v := range row {
		f, sc := match(v)
		if f == 0 {
			continue
		}
		if f == FieldName && unitName < 0 && headerKey(v) == "ten don vi" {
			unitName = c
			continue
		}
		if sc > score[f] {
			m[f], score[f] = c, sc
		}
	}
	switch {
	case unitName < 0:
	case !hasField(m, FieldName):
		m[FieldName] = unitName
	case score[FieldUnit] < 3:
		m[FieldUnit] = unitName
	}
	return m
}

var (
	numberingCell = regexp.MustCompile(`^\(?[0-9]{1,2}\)?$`)
	groupNumber   = regexp.MustCompile(`^(?i:[IVXLC]+|[A-Za-z])[.)]?$`)
	datedLine     = regexp.MustCompile(`ngay\s*\S*\s*thang\s*\S*\s*nam`)
	onlyDigits    = regexp.MustCompile(`^[0-9.,\s]+$`)
)

// footerStart reports whether a cell opens the signature or recipients
// block under a table.
func footerStart(v string) bool {
	k := headerKey(v)
	for _, p := range []string{"nguoi lap", "ky ten", "ky ghi ro", "ky va ghi ro", "t m ", "tm ", "k t ", "kt ", "thu truong", "xac nhan", "noi nhan", "lanh dao don vi", "nguoi tong hop"} {
		if strings.HasPrefix(k+" ", p) {
			return true
		}
	}
	return datedLine.MatchString(k)
}

// totalWords may follow the label of a total line: "Cộng: 2 người",
// "Tổng cộng (I + II): 8 cá nhân". Any other word makes the cell a name
// ("Công an phường", "Cộng đồng dân cư", "Tổng công ty …").
var totalWords = map[string]bool{
	"nguoi": true, "tap": true, "the": true, "ca": true, "nhan": true, "don": true, "vi": true,
	"so": true, "co": true, "gom": true, "luot": true, "ho": true, "cong": true, "tong": true,
	"mo": true, "hinh": true, "dien": true, // "Cộng: 12 mô hình, 3 điển hình"
}

var romanNumber = regexp.MustCompile(`^[ivxlc]+$`)

// totalLine reports whether a cell is the label of a total line: exactly
// "Cộng", "Tổng cộng", "Tổng số" or "Tổng", optionally followed by a
// count ("2 người", "3 tập thể") or the groups summed ("I + II").
func totalLine(v string) bool {
	k := headerKey(v)
	rest, ok := "", false
	for _, p := range []string{"tong cong", "tong so", "cong", "tong"} {
		if k == p {
			return true
		}
		if r, found := strings.CutPrefix(k, p+" "); found {
			rest, ok = r, true
			break
		}
	}
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !totalWords[w] && !romanNumber.MatchString(w) && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

func (rd *reader) sheet(f *excelize.File, name string) error {
	ov := rd.override(name)
	sh := Sheet{Source: rd.opts.Source, Name: name}
	if ov.Skip {
		sh.Problem = "bỏ qua theo yêu cầu"
		rd.res.Sheets = append(rd.res.Sheets, sh)
		return nil
	}
	rows, across, err := rd.cells(f, name)
	if err != nil {
		return err
	}
	// Before the header is looked for: a header typed in TCVN3 or VNI
	// must be recognised too.
	legacy := legacyvn.ConvertRowsFont(rows, capsFonts(f, name))
	sh.Legacy, sh.Converted = legacy.Encoding, legacy.Converted()
	if note := legacyNote(legacy); note != "" {
		sh.Notes = append(sh.Notes, note)
	}
	if ov.NoHeader {
		rd.headerless(&sh, rows, across, ov)
		rd.res.Sheets = append(rd.res.Sheets, sh)
		return nil
	}
	header, cols := -1, Mapping(nil)
	if ov.HeaderRow > 0 {
		header = ov.HeaderRow - 1
		if header < len(rows) {
			cols = rd.rk.headerMapping(rows[header])
		} else {
			cols = Mapping{}
		}
	} else {
		header, cols = rd.rk.detectHeader(rows)
	}
	if len(ov.Columns) > 0 && header >= 0 {
		for f, c := range ov.Columns {
			for g, d := range cols {
				if d == c || g == f {
					delete(cols, g)
				}
			}
		}
		for f, c := range ov.Columns {
			cols[f] = c
		}
	}
	switch {
	case header >= len(rows) && ov.HeaderRow > 0:
		sh.Problem = fmt.Sprintf("dòng tiêu đề %d nằm ngoài trang (trang chỉ có %d dòng)", ov.HeaderRow, len(rows))
	case header < 0 && len(rows) == 0:
		sh.Problem = "trang trống"
	case header < 0 && len(ov.Columns) > 0:
		sh.Problem = "đã chỉ rõ các cột nhưng chưa chỉ rõ dòng tiêu đề; hãy cho biết dòng tiêu đề (số dòng, tính từ 1)"
	case header < 0:
		sh.Problem = fmt.Sprintf("không thấy dòng tiêu đề có cột %s trong %d dòng đầu", rd.rk.nameTitles, headerSearch)
	case !hasField(cols, FieldName):
		sh.Problem = fmt.Sprintf("dòng tiêu đề %d không có cột %s; hãy chỉ rõ cột (ví dụ name=C)", header+1, rd.rk.nameWords)
	}
	if sh.Problem != "" {
		rd.res.Sheets = append(rd.res.Sheets, sh)
		return nil
	}
	last := header
	if ov.HeaderRow == 0 {
		last = rd.rk.subHeaders(rows, header, cols, ov.Columns)
	}
	// Rows of data above the header are not taken, but listed.
	for r := 0; r < header; r++ {
		if texts := rowTexts(rows[r]); len(texts) >= 3 && counted(texts[0]) {
			rd.res.Skipped = append(rd.res.Skipped, Skip{Source: rd.opts.Source, Sheet: name, Line: r + 1,
				Reason: fmt.Sprintf("nằm trên dòng tiêu đề cột (dòng %d); nếu cần nhập, hãy chuyển dòng này xuống dưới dòng tiêu đề hoặc chỉ rõ dòng tiêu đề", header+1),
				Text:   clip(textnorm.Line(strings.Join(texts, " | ")), 200)})
		}
	}
	sh.HeaderRow = header + 1
	sh.Columns = cols
	if !hasField(ov.Columns, FieldName) {
		sh.NameParts = splitName(rows[header], across, header, cols)
	}
	sh.Titles = map[int]string{}
	for c := range rows[header] {
		var parts []string
		for r := header; r <= last; r++ {
			if v := textnorm.Line(cell(rows[r], c)); v != "" && (len(parts) == 0 || parts[len(parts)-1] != v) {
				parts = append(parts, v)
			}
		}
		if t := strings.Join(parts, " / "); t != "" {
			sh.Titles[c] = t
			if !columnUsed(cols, c) && !slices.Contains(sh.NameParts, c) {
				sh.Unused = append(sh.Unused, colName(c+1)+": "+t)
			}
		}
	}
	rd.rows(&sh, rows, across, last+1, rd.rk.table(rd, &sh, rows, header, ov))
	rd.res.Sheets = append(rd.res.Sheets, sh)
	return nil
}

// headerless reads a sheet that has no header row (Override.NoHeader):
// the data start at ov.DataRow and the columns are the ones ov names.
func (rd *reader) headerless(sh *Sheet, rows [][]string, across map[[2]int]bool, ov Override) {
	start := max(ov.DataRow, 1) - 1
	cols := Mapping{}
	for f, c := range ov.Columns {
		cols[f] = c
	}
	switch c, ok := cols[FieldName]; {
	case len(rows) == 0:
		sh.Problem = "trang trống"
		return
	case start >= len(rows):
		sh.Problem = fmt.Sprintf("dòng dữ liệu đầu tiên %d nằm ngoài trang (trang chỉ có %d dòng)", start+1, len(rows))
		return
	case !ok || c < 0 || c >= MaxColumns:
		sh.Problem = fmt.Sprintf("trang không có dòng tiêu đề nên phải chỉ rõ các cột, ít nhất cột %s (ví dụ name=B)", rd.rk.nameWords)
		return
	}
	sh.DataRow, sh.Columns, sh.Titles = start+1, cols, map[int]string{}
	rd.rows(sh, rows, across, start, rd.rk.table(rd, sh, rows, start, ov))
}

// honoreeTable prepares the reading of an honoree table: a note on a
// column holding position and unit, and the kind of its rows from the
// override, the name column's title, the sheet's name or the title above.
func honoreeTable(rd *reader, sh *Sheet, rows [][]string, header int, ov Override) tableRows {
	cols := sh.Columns
	name := sh.Name
	if c, ok := cols[FieldPosition]; ok && !hasField(cols, FieldUnit) && combinedPosition(sh.Titles[c]) {
		sh.Notes = append(sh.Notes, fmt.Sprintf("cột %s “%s” gồm cả chức vụ và đơn vị: đã đưa vào Chức vụ, Đơn vị để trống (khi kiểm tra trùng, người cùng tên khác chức vụ là hai người); nếu cần, hãy tách thành hai cột rồi nhập lại", colName(c+1), sh.Titles[c]))
	}
	sh.Kind = ov.Kind
	if sh.Kind == 0 {
		sh.Kind = nameHeaderKind(sh.Titles[cols[FieldName]])
	}
	if sh.Kind == 0 {
		sh.Kind = textKind(name)
	}
	if sh.Kind == 0 {
		var above []string
		for r := 0; r < header; r++ {
			above = append(above, strings.Join(rows[r], " "))
		}
		sh.Kind = textKind(strings.Join(above, " "))
	}
	// A name column titled for both kinds ("Họ và tên / Tên tập thể")
	// leaves the kind to the group headings, or else to each row.
	if personal, collective := nameHeaderKinds(sh.Titles[cols[FieldName]]); sh.Kind == 0 && !(personal && collective) {
		sh.Kind = Individual
		if !hasField(cols, FieldPosition) && collective {
			sh.Kind = Collective
		}
	}
	return &honoreeRows{rd: rd, sh: sh, kind: sh.Kind, fixedKind: ov.Kind != 0}
}

func hasField(m Mapping, f Field) bool { _, ok := m[f]; return ok }

func columnUsed(m Mapping, c int) bool {
	for _, d := range m {
		if d == c {
			return true
		}
	}
	return false
}

// subHeaders takes into cols the rows right under a header row that
// hold only header words (a header of two or three rows, merged titles
// above sub-titles such as "Năm sinh" over "Nam | Nữ"), leaving the
// fields and columns of fixed alone, and returns the last header row.
func (rk *recordKind) subHeaders(rows [][]string, header int, cols, fixed Mapping) int {
	last := header
	for last+1 < len(rows) && last+1 < header+3 && rk.headerOnly(rows[last+1]) {
		last++
		for f, c := range rk.headerMapping(rows[last]) {
			if !hasField(cols, f) && !columnUsed(cols, c) {
				cols[f] = c
			}
		}
		if rk.subHeader != nil {
			rk.subHeader(cols, fixed, rows[last])
		}
	}
	return last
}

// headerOnly reports whether every non-empty cell of row is a header word.
func (rk *recordKind) headerOnly(row []string) bool {
	n := 0
	for _, v := range row {
		if strings.TrimSpace(v) == "" {
			continue
		}
		if f, _ := rk.match(v); f == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// rows turns the data rows of a sheet, from index start, into records
// (given to tbl) and Skips.
func (rd *reader) rows(sh *Sheet, rows [][]string, across map[[2]int]bool, start int, tbl tableRows) {
	cols := sh.Columns
	nameCol := cols[FieldName]
	numCol, hasNum := cols[FieldNumber]
	nameParts := sh.NameParts
	nameTitle := headerKey(sh.Titles[nameCol])
	rawTitle := "" // none in a sheet without header row
	if sh.HeaderRow > 0 {
		rawTitle = strings.TrimSpace(cell(rows[sh.HeaderRow-1], nameCol))
	}
	footer := ""        // the reason of the rows under the signature block, once in it
	afterTotal := false // under a total or subtotal line
	for i := start; i < len(rows); i++ {
		line := i + 1
		row := rows[i]
		texts := rowTexts(row)
		skip := func(reason string) {
			rd.res.Skipped = append(rd.res.Skipped, Skip{Source: rd.opts.Source, Sheet: sh.Name, Line: line, Reason: reason, Text: clip(textnorm.Line(strings.Join(texts, " | ")), 200)})
		}
		if len(texts) == 0 {
			sh.Blank++
			continue
		}
		raw := cell(row, nameCol)
		if across[[2]int{i, nameCol}] {
			raw = "" // copied from a merged cell to the left
		}
		if len(nameParts) > 1 && !across[[2]int{i, nameParts[1]}] {
			raw = strings.TrimSpace(raw + " " + cell(row, nameParts[1]))
		}
		name := textnorm.Line(raw)
		num := ""
		if hasNum {
			num = strings.TrimSpace(cell(row, numCol))
		}
		// A header row starts a table (two stacked in one sheet: the
		// collectives, then the individuals) or repeats the header (a
		// list pasted page by page): the columns are taken from it.
		if !counted(num) && len(texts) >= 2 {
			if m := rd.rk.headerMapping(row); isHeader(m) {
				end := rd.rk.subHeaders(rows, i, m, nil)
				same := maps.Equal(m, cols) && headerKey(cell(row, m[FieldName])) == nameTitle
				nameParts = splitName(row, across, i, m)
				cols, nameCol = m, m[FieldName]
				numCol, hasNum = m[FieldNumber]
				rawTitle = strings.TrimSpace(cell(row, nameCol))
				nameTitle = headerKey(rawTitle)
				footer, afterTotal = "", false
				tbl.header(rawTitle)
				if same {
					skip("dòng tiêu đề cột lặp lại")
				} else {
					skip("dòng tiêu đề cột của bảng tiếp theo; các cột được lấy lại theo dòng này")
					sh.Notes = append(sh.Notes, fmt.Sprintf("bảng tiếp theo có tiêu đề cột ở dòng %d: %s", line, m))
				}
				for ; i < end; i++ { // the header's second and third rows
					rd.res.Skipped = append(rd.res.Skipped, Skip{Source: rd.opts.Source, Sheet: sh.Name, Line: i + 2,
						Reason: "dòng tiêu đề cột (hàng dưới)", Text: clip(textnorm.Line(strings.Join(rowTexts(rows[i+1]), " | ")), 200)})
				}
				continue
			}
		}
		if footer != "" {
			// The signature block ends the table; a numbered row under it
			// is most likely an honoree added at the bottom: say so.
			if counted(num) && name != "" {
				skip("có số thứ tự nhưng nằm dưới phần ký tên; nếu cần nhập, hãy chuyển dòng này lên trên phần ký tên rồi nhập lại")
			} else {
				skip(footer)
			}
			continue
		}
		if allNumbering(texts) {
			skip("dòng đánh số cột (1), (2), (3) … dưới tiêu đề")
			continue
		}
		// A row numbered in the STT column is a row of the list; only the
		// others can be headings, totals or the signature block.
		if counted(num) {
			afterTotal = false
		} else {
			if name != "" && rawTitle != "" && (raw == rawTitle || headerKey(name) == nameTitle) {
				skip("dòng tiêu đề cột lặp lại")
				continue
			}
			if isTotal(row, cols) {
				// A subtotal under a group or the total of the table:
				// what follows is another group or the signature block.
				skip("dòng tổng cộng")
				afterTotal = true
				continue
			}
			if footerStart(name) || (name == "" && anyFooter(texts)) {
				footer = "thuộc phần ký tên, nơi nhận cuối bảng"
				if afterTotal {
					footer = "nằm dưới dòng tổng cộng (phần ký tên, ghi chú cuối bảng)"
				}
				skip(footer)
				continue
			}
			merged := len(texts) == 1 && countNonEmpty(row) > 1
			numbered := groupNumber.MatchString(num)
			kindLine := len(texts) == 1 && tbl.headingWord(texts[0], name)
			if merged || numbered || kindLine || (num == "" && len(texts) == 1 && nameHeading(name)) {
				skip(tbl.heading(textnorm.Line(texts[len(texts)-1])))
				afterTotal = false
				continue
			}
			// Under a total line, only a full row (name and more) of a
			// list without numbers goes on with the list; a note does not.
			if afterTotal {
				if hasNum || name == "" || !otherField(row, cols) {
					skip("nằm dưới dòng tổng cộng, không có số thứ tự; nếu cần nhập, hãy điền số thứ tự rồi nhập lại")
					continue
				}
				afterTotal = false
			}
		}
		if name == "" {
			skip("không có " + rd.rk.nameWords)
			continue
		}
		if onlyDigits.MatchString(name) {
			skip("ô " + rd.rk.nameWords + " chỉ có chữ số")
			continue
		}
		if tooLong := longCell(row, cols, across, i); tooLong != "" {
			skip(tooLong)
			continue
		}
		if why := tbl.record(row, i, raw, cols, across); why != "" {
			skip(why)
			continue
		}
		sh.Imported++
		rd.taken++
	}
}

// longCell names the first cell of a mapped column longer than
// MaxCellLength, or returns "".
func longCell(row []string, cols Mapping, across map[[2]int]bool, i int) string {
	for _, c := range cols {
		if across[[2]int{i, c}] {
			continue
		}
		if v := cell(row, c); len(v) > MaxCellLength && utf8.RuneCountInString(v) > MaxCellLength {
			return fmt.Sprintf("ô %s dài quá %d ký tự", cellName(c+1, i+1), MaxCellLength)
		}
	}
	return ""
}

// honoreeRows takes the rows of an honoree table: their kind from the
// header and the group headings, unless fixed.
type honoreeRows struct {
	rd        *reader
	sh        *Sheet
	kind      Kind
	fixedKind bool
}

func (t *honoreeRows) header(title string) {
	if k := nameHeaderKind(title); k != 0 && !t.fixedKind {
		t.kind = k
	}
}

func (t *honoreeRows) headingWord(text, name string) bool {
	return name == "" && textKind(text) != 0
}

func (t *honoreeRows) heading(text string) string {
	if k := textKind(text); k != 0 && !t.fixedKind {
		t.kind = k
		return fmt.Sprintf("dòng tiêu đề nhóm; các dòng sau là %s", k)
	}
	return "dòng tiêu đề nhóm"
}

func (t *honoreeRows) record(row []string, i int, raw string, cols Mapping, across map[[2]int]bool) string {
	rd, line := t.rd, i+1
	h := report.Honoree{Source: rd.opts.Source}
	var person map[Field]string // the birth year and gender cells
	for f, c := range cols {
		v := cell(row, c)
		if across[[2]int{i, c}] {
			v = "" // copied from a merged cell to the left
		}
		switch f {
		case FieldName:
			h.Name = raw
		case FieldPosition:
			h.Position = v
		case FieldUnit:
			h.Unit = v
		case FieldAchievement:
			h.Achievement = v
		case FieldAward:
			h.Award = v
		case FieldNote:
			h.Note = v
		case FieldSource:
			if strings.TrimSpace(v) != "" {
				h.Source = v
			}
		case FieldBirthYear, FieldGender, FieldMale, FieldFemale:
			if person == nil {
				person = map[Field]string{}
			}
			person[f] = v
		}
	}
	if person != nil {
		personFields(&h, person)
	}
	h.Normalize()
	k := t.kind
	if k == 0 {
		k = guessKind(h)
	}
	rd.res.Rows = append(rd.res.Rows, Row{Kind: k, Honoree: h, File: rd.opts.Source, Sheet: t.sh.Name, Line: line})
	return ""
}

// nameFirstParts are titles of the column holding a name's family and
// middle names, with the given name in the next column ("Tên").
var nameFirstParts = map[string]bool{
	"ho va ten dem": true, "ho dem": true, "ho va dem": true, "ho": true, "ho va chu lot": true,
	"ho chu lot": true, "ho lot": true, "ho va ten lot": true,
}

// splitName returns the two columns a name is written over, or nil: the
// name's title merged over the next column too, or "Họ đệm" | "Tên".
func splitName(header []string, across map[[2]int]bool, line int, cols Mapping) []int {
	c := cols[FieldName]
	if prev := c - 1; prev >= 0 && headerKey(cell(header, c)) == "ten" && nameFirstParts[headerKey(cell(header, prev))] && !columnUsed(cols, prev) {
		cols[FieldName] = prev // "Tên" is the exact title, but the name begins to its left
		return []int{prev, c}
	}
	next := c + 1
	if columnUsed(cols, next) {
		return nil
	}
	if across[[2]int{line, next}] || (nameFirstParts[headerKey(cell(header, c))] && headerKey(cell(header, next)) == "ten") {
		return []int{c, next}
	}
	return nil
}

// rowTexts returns the cells of row that have text, each once, in order.
func rowTexts(row []string) []string {
	var texts []string
	for _, v := range row {
		if v = strings.TrimSpace(v); v != "" && !slices.Contains(texts, v) {
			texts = append(texts, v)
		}
	}
	return texts
}

var sectionNumber = regexp.MustCompile(`^([IVXLC]+|[A-Z])[.)]\s`)

// nameHeading reports whether a name cell, alone in its row and with no
// number, is a group heading: "I. TẬP THỂ", "B) Khối trường học",
// "CÁ NHÂN", "Khối phường", "Cụm 2".
func nameHeading(name string) bool {
	if sectionNumber.MatchString(name) {
		return true
	}
	k := headerKey(name)
	if textKind(name) != 0 && strings.Count(k, " ") < 4 {
		return true
	}
	for _, p := range []string{"khoi ", "cum ", "nhom ", "linh vuc "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// counted reports whether s is a row number: 1, 12, "3.", "4)".
func counted(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "."), ")")
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// otherField reports whether a field other than the name and number
// has a value in row.
func otherField(row []string, cols Mapping) bool {
	for f, c := range cols {
		if f != FieldName && f != FieldNumber && strings.TrimSpace(cell(row, c)) != "" {
			return true
		}
	}
	return false
}

func countNonEmpty(row []string) int {
	n := 0
	for _, v := range row {
		if strings.TrimSpace(v) != "" {
			n++
		}
	}
	return n
}

func allNumbering(texts []string) bool {
	if len(texts) < 2 {
		return false
	}
	for _, t := range texts {
		if !numberingCell.MatchString(t) {
			return false
		}
	}
	return true
}

// isTotal reports whether the row is a total line: its number or name
// cell (or, for a merged line, its first cell) says "Tổng cộng".
func isTotal(row []string, cols Mapping) bool {
	for _, c := range []int{0, cols[FieldName]} {
		if totalLine(cell(row, c)) {
			return true
		}
	}
	if c, ok := cols[FieldNumber]; ok && totalLine(cell(row, c)) {
		return true
	}
	return false
}

func anyFooter(texts []string) bool {
	for _, t := range texts {
		if footerStart(t) {
			return true
		}
	}
	return false
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// legacyNote says which cells of a sheet were converted from an old
// encoding, or "".
func legacyNote(s legacyvn.Sheet) string {
	if s.Converted() == 0 {
		return ""
	}
	if s.Encoding != legacyvn.Unicode {
		return fmt.Sprintf("trang được gõ bằng bảng mã cũ %s: đã chuyển %d ô sang Unicode; hãy xem lại vài tên cho chắc", s.Encoding, s.Converted())
	}
	var parts []string
	for _, e := range []legacyvn.Encoding{legacyvn.TCVN3, legacyvn.VNI} {
		if n := s.Cells[e]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d ô gõ bằng bảng mã cũ %s", n, e))
		}
	}
	return "đã chuyển sang Unicode " + strings.Join(parts, " và ") + "; hãy xem lại các ô đó"
}
