package xlsx

import (
	"errors"
	"fmt"
	"strings"

	"baocao/app/textnorm"
)

// The table engine reads lists of any kind of record — honorees, the
// movement's models — the same way: it finds the header row by the titles
// it knows (synonyms, loose matches, headers of two or three rows), copies
// merged cells, passes over title blocks, numbering rows, group headings,
// total lines and the signature block, picks up a second table stacked
// under the first, and says why it skipped every row. What a record is
// and what its columns are called is a recordKind.

// recordKind describes one kind of record the engine reads.
type recordKind struct {
	fields    []Field                                 // its columns, in the usual order
	names     map[Field]string                        // each field's command-line name
	labels    map[Field]string                        // each field's Vietnamese title, where it differs from Field.Label
	match     func(string) (Field, int)               // the field a header cell names and how surely (see matchHeaderScore)
	subHeader func(cols, fixed Mapping, row []string) // extra reading of a header's lower rows, or nil
	table     func(rd *reader, sh *Sheet, rows [][]string, header int, ov Override) tableRows
	// foreign, when set, says why a sheet of the workbook (whose sheets
	// are list) holds another kind of record, or "" to read it.
	foreign     func(list []string, name string) string
	nameTitles  string // the name column's titles in a sentence: "“Họ và tên” hoặc “Tên tập thể”"
	nameWords   string // the name in a sentence: "họ và tên / tên tập thể"
	example     string // a header row as an example: "STT, Họ và tên, Chức vụ, Đơn vị …"
	errNoHeader error  // the error when no sheet has a header row
}

// tableRows takes the rows of one sheet's tables, one kind of record.
type tableRows interface {
	// header is called at the header row of a further table (stacked
	// under the first), with the title of its name column.
	header(nameTitle string)
	// headingWord reports whether text, alone in its row (name is the
	// row's name cell), is a group heading by its words.
	headingWord(text, name string) bool
	// heading is called at a group heading ("I. TẬP THỂ", "LĨNH VỰC KINH
	// TẾ") and returns the reason its row is skipped with.
	heading(text string) string
	// record takes a data row (index i, name cell raw); it returns why
	// the row was not taken, or "".
	record(row []string, i int, raw string, cols Mapping, across map[[2]int]bool) string
}

// honoreeRecords are the rows of an honoree list.
var honoreeRecords = &recordKind{
	fields:      Fields,
	names:       fieldNames,
	match:       matchHeaderScore,
	subHeader:   genderColumns,
	table:       honoreeTable,
	foreign:     honoreeForeign,
	nameTitles:  "“Họ và tên” hoặc “Tên tập thể”",
	nameWords:   "họ và tên / tên tập thể",
	example:     "STT, Họ và tên, Chức vụ, Đơn vị …",
	errNoHeader: ErrNoHeader,
}

// honoreeForeign passes over the movement's sheets of a workbook the
// program exported.
func honoreeForeign(_ []string, name string) string {
	if name == SheetFigures || name == SheetRegister {
		return "trang của sổ mô hình, điển hình (do chương trình xuất), không phải danh sách khen thưởng"
	}
	return ""
}

// label is f's Vietnamese title for rk.
func (rk *recordKind) label(f Field) string {
	if l, ok := rk.labels[f]; ok {
		return l
	}
	return f.Label()
}

// parseField accepts a field's command-line name or, ignoring case and
// diacritics, a title of its column.
func (rk *recordKind) parseField(s string) (Field, bool) {
	k := textnorm.Key(s)
	for _, f := range rk.fields {
		if k == rk.names[f] {
			return f, true
		}
	}
	if f, _ := rk.match(s); f != 0 {
		return f, true
	}
	return 0, false
}

// parseMapping reads a mapping such as "name=C,unit=E" or "name=3".
func (rk *recordKind) parseMapping(s string) (Mapping, error) {
	m := Mapping{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		name, col, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("“%s” thiếu dấu =; viết theo dạng name=C,unit=E", strings.TrimSpace(part))
		}
		f, ok := rk.parseField(name)
		if !ok {
			return nil, fmt.Errorf("không biết cột “%s”; dùng một trong: %s", strings.TrimSpace(name), rk.fieldList())
		}
		c, err := parseColumn(col)
		if err != nil {
			return nil, err
		}
		m[f] = c
	}
	if len(m) == 0 {
		return nil, errors.New("cách ghép cột đang trống; viết theo dạng name=C,unit=E")
	}
	return m, nil
}

func (rk *recordKind) fieldList() string {
	var s []string
	for _, f := range rk.fields {
		s = append(s, rk.names[f])
	}
	return strings.Join(s, ", ")
}
