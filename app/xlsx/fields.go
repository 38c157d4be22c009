package xlsx

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"

	"baocao/app/report"
	"baocao/app/textnorm"
)

// Kind says whether a row is an individual or a collective.
type Kind int

const (
	// Individual is a person (cá nhân).
	Individual Kind = iota + 1
	// Collective is a unit (tập thể).
	Collective
)

// String returns the Vietnamese word: "cá nhân" or "tập thể".
func (k Kind) String() string {
	switch k {
	case Individual:
		return "cá nhân"
	case Collective:
		return "tập thể"
	}
	return "chưa rõ"
}

// Field is a column of an honoree table that the program understands.
type Field int

// The fields, in the usual column order.
const (
	FieldNumber      Field = iota + 1 // STT
	FieldName                         // Họ và tên / Tên tập thể
	FieldPosition                     // Chức vụ
	FieldUnit                         // Đơn vị
	FieldAchievement                  // Thành tích
	FieldAward                        // Hình thức khen thưởng
	FieldNote                         // Ghi chú
	FieldSource                       // Nguồn (the file a row came from)
	FieldBirthYear                    // Năm sinh (a year or a date of birth)
	FieldMale                         // Nam: under "Năm sinh" the year of a man, under "Giới tính" a mark
	FieldFemale                       // Nữ: the same for a woman
	FieldGender                       // Giới tính: "Nam" or "Nữ"
	// The columns of a list of the movement's models (see ModelFields);
	// they share the number, name, unit and note with the honorees.
	FieldModelKind   // Loại: mô hình / điển hình, tập thể / cá nhân
	FieldArea        // Lĩnh vực
	FieldStage       // Giai đoạn, Mức độ: đăng ký … đề nghị khen thưởng
	FieldRegistered  // Đăng ký: a mark
	FieldRecognised  // Được công nhận: a mark (or the level)
	FieldOutstanding // Tiêu biểu: a mark
	FieldProposed    // Đề nghị khen thưởng: a mark
	FieldLevel       // Cấp công nhận
	FieldStartYear   // Năm bắt đầu, Năm xây dựng
	FieldResults     // Kết quả
	fieldEnd         // one past the last field
)

// Fields lists every field in column order.
var Fields = []Field{FieldNumber, FieldName, FieldBirthYear, FieldMale, FieldFemale, FieldGender,
	FieldPosition, FieldUnit, FieldAchievement, FieldAward, FieldNote, FieldSource}

var fieldNames = map[Field]string{
	FieldNumber: "stt", FieldName: "name", FieldPosition: "position", FieldUnit: "unit",
	FieldAchievement: "achievement", FieldAward: "award", FieldNote: "note", FieldSource: "source",
	FieldBirthYear: "birth", FieldMale: "male", FieldFemale: "female", FieldGender: "gender",
}

// String returns the field's name on the command line ("name", "unit" …).
func (f Field) String() string {
	if s, ok := fieldNames[f]; ok {
		return s
	}
	if s, ok := modelFieldNames[f]; ok {
		return s
	}
	return "field" + strconv.Itoa(int(f))
}

// Label returns the field's Vietnamese column title.
func (f Field) Label() string {
	switch f {
	case FieldNumber:
		return "STT"
	case FieldName:
		return "Họ và tên / Tên tập thể"
	case FieldPosition:
		return "Chức vụ"
	case FieldUnit:
		return "Đơn vị"
	case FieldAchievement:
		return "Thành tích"
	case FieldAward:
		return "Hình thức khen thưởng"
	case FieldNote:
		return "Ghi chú"
	case FieldSource:
		return "Nguồn"
	case FieldBirthYear:
		return "Năm sinh"
	case FieldMale:
		return "Nam (năm sinh hoặc dấu x)"
	case FieldFemale:
		return "Nữ (năm sinh hoặc dấu x)"
	case FieldGender:
		return "Giới tính"
	}
	return f.String()
}

// ParseField accepts a field's command-line name ("name") or, ignoring
// case and diacritics, its Vietnamese title ("Đơn vị").
func ParseField(s string) (Field, bool) { return honoreeRecords.parseField(s) }

// Mapping maps fields to columns, numbered from 0 (column A).
type Mapping map[Field]int

// String renders the mapping as the command line takes it:
// "name=B, unit=D".
func (m Mapping) String() string {
	var parts []string
	for _, f := range append(Fields[:len(Fields):len(Fields)], modelOnlyFields...) {
		if c, ok := m[f]; ok {
			parts = append(parts, f.String()+"="+colName(c+1))
		}
	}
	return strings.Join(parts, ", ")
}

// Column returns the column of f, and whether f is mapped.
func (m Mapping) Column(f Field) (int, bool) {
	c, ok := m[f]
	return c, ok
}

// ParseMapping reads a mapping such as "name=C,unit=E" or "name=3": each
// field by its command-line name or Vietnamese title, each column by its
// letters or its number counted from 1.
func ParseMapping(s string) (Mapping, error) { return honoreeRecords.parseMapping(s) }

func parseColumn(s string) (int, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		if n < 1 || n > excelize.MaxColumns {
			return 0, fmt.Errorf("số cột %d không hợp lệ; cột A là 1", n)
		}
		return n - 1, nil
	}
	n, err := excelize.ColumnNameToNumber(strings.ToUpper(s))
	if err != nil || s == "" {
		return 0, fmt.Errorf("“%s” không phải tên cột (A, B, C …) hay số cột", s)
	}
	return n - 1, nil
}

// headerKey folds a header cell for matching: case, diacritics, spacing
// and punctuation ignored ("Họ và tên (1)" → "ho va ten 1").
func headerKey(s string) string {
	k := textnorm.Key(s)
	var b strings.Builder
	space := false
	for _, r := range k {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// exact header texts, folded with headerKey.
var headerExact = map[string]Field{
	"stt": FieldNumber, "tt": FieldNumber, "so tt": FieldNumber, "so thu tu": FieldNumber, "thu tu": FieldNumber, "no": FieldNumber,
	"ho va ten": FieldName, "ho ten": FieldName, "ten": FieldName, "ten tap the": FieldName, "tap the": FieldName,
	"ca nhan": FieldName, "ho va ten ca nhan": FieldName, "ten ca nhan": FieldName, "ten don vi": FieldName,
	"ten tap the ca nhan": FieldName, "tap the ca nhan": FieldName, "ten tap the hoac ca nhan": FieldName, "ten tap the hoac ho ten ca nhan": FieldName,
	"chuc vu": FieldPosition, "chuc danh": FieldPosition, "chuc vu chuc danh": FieldPosition, "chuc danh chuc vu": FieldPosition, "chuc vu hien nay": FieldPosition,
	"don vi": FieldUnit, "don vi cong tac": FieldUnit, "co quan": FieldUnit, "noi cong tac": FieldUnit, "co quan don vi": FieldUnit,
	"co quan cong tac": FieldUnit, "don vi co quan": FieldUnit, "thuoc don vi": FieldUnit, "don vi truc thuoc": FieldUnit,
	"thanh tich": FieldAchievement, "thanh tich dat duoc": FieldAchievement, "tom tat thanh tich": FieldAchievement,
	"noi dung thanh tich": FieldAchievement, "thanh tich noi bat": FieldAchievement, "thanh tich tieu bieu": FieldAchievement,
	"hinh thuc khen thuong": FieldAward, "hinh thuc": FieldAward, "khen thuong": FieldAward, "danh hieu": FieldAward,
	"hinh thuc khen": FieldAward, "muc khen thuong": FieldAward, "de nghi khen thuong": FieldAward, "hinh thuc de nghi khen thuong": FieldAward,
	"ghi chu": FieldNote,
	"nguon":   FieldSource, "tep nguon": FieldSource,
	"nam sinh": FieldBirthYear, "ns": FieldBirthYear, "sinh nam": FieldBirthYear, "ngay sinh": FieldBirthYear,
	"ngay thang nam sinh": FieldBirthYear, "ngay thang sinh": FieldBirthYear, "nam sinh nam nu": FieldBirthYear,
	"gioi tinh": FieldGender, "phai": FieldGender, "nam nu": FieldGender, "gioi": FieldGender, "nam hay nu": FieldGender,
}

// genderTitle returns FieldMale or FieldFemale for the title of a column
// of one gender: "Nam", "Nữ", "Năm sinh Nam", "Năm sinh (Nữ)"; else 0.
// "Nam" and "Năm" fold to one key, so the diacritics are looked at.
func genderTitle(s string) Field {
	words := strings.FieldsFunc(textnorm.Identity(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return 0
	}
	if len(words) > 1 {
		k := strings.Join(words[:len(words)-1], " ")
		if k != "năm sinh" && k != "nam sinh" && k != "ngày sinh" && k != "giới tính" {
			return 0
		}
	}
	switch words[len(words)-1] {
	case "nam":
		return FieldMale
	case "nữ", "nu":
		return FieldFemale
	}
	return 0
}

// columnNumber is the column's number written in its header cell, as
// in "STT\n(1)" or "Họ và tên (2)".
var columnNumber = regexp.MustCompile(`\(\s*[0-9]{1,2}\s*\)\s*$`)

// matchHeader returns the field a header cell names, or 0.
func matchHeader(s string) Field {
	f, _ := matchHeaderScore(s)
	return f
}

// matchHeaderScore returns the field a header cell names, or 0, and how
// surely: 3 for an exact title, 2 for one holding the telling words, 1
// for a unit that proposes rather than employs ("Đơn vị đề nghị").
func matchHeaderScore(s string) (Field, int) {
	if strings.Contains(s, "(") {
		s = columnNumber.ReplaceAllString(s, "")
	}
	k := headerKey(s)
	if k == "" || len(k) > 80 {
		return 0, 0
	}
	if f := genderTitle(s); f != 0 {
		return f, 3
	}
	if f, ok := headerExact[k]; ok {
		return f, 3
	}
	// Beyond the exact titles, look for the telling words only in short
	// cells: a long one is a title or a sentence, not a column header.
	if strings.Count(k, " ") >= 8 {
		return 0, 0
	}
	has := func(sub string) bool { return strings.Contains(" "+k+" ", " "+sub+" ") }
	switch {
	case has("ho va ten"), has("ho ten"), strings.HasPrefix(k, "ten "):
		return FieldName, 2
	case has("chuc vu"), has("chuc danh"):
		return FieldPosition, 2
	case has("thanh tich"):
		return FieldAchievement, 2
	case has("khen thuong"), has("hinh thuc"), has("danh hieu"):
		return FieldAward, 2
	case has("don vi"), has("co quan"), has("noi cong tac"):
		if has("de nghi") || has("trinh") {
			return FieldUnit, 1
		}
		return FieldUnit, 2
	case has("ghi chu"):
		return FieldNote, 2
	case has("nam sinh"), has("ngay sinh"), has("sinh ngay"):
		return FieldBirthYear, 2
	case has("gioi tinh"):
		return FieldGender, 2
	}
	return 0, 0
}

// combinedPosition reports whether a position column's title names the
// unit too ("Chức vụ, đơn vị công tác").
func combinedPosition(title string) bool {
	k := " " + headerKey(title) + " "
	return strings.Contains(k, " don vi ") || strings.Contains(k, " co quan ") || strings.Contains(k, " noi cong tac ")
}

// nameHeaderKind guesses the kind of a table from the title of its name
// column: "Tên tập thể" → Collective, "Họ và tên" → Individual, else 0.
func nameHeaderKind(title string) Kind {
	personal, collective := nameHeaderKinds(title)
	switch {
	case personal && collective:
		return 0
	case collective:
		return Collective
	case personal:
		return Individual
	}
	return 0
}

// nameHeaderKinds reports whether the title of a name column names
// persons ("Họ và tên"), collectives ("Tên tập thể") or both.
func nameHeaderKinds(title string) (personal, collective bool) {
	k := " " + headerKey(title) + " "
	personal = strings.Contains(k, " ho ") || strings.Contains(k, " ca nhan ")
	collective = strings.Contains(k, " tap the ") || strings.Contains(k, " ten don vi ")
	return personal, collective
}

// collectivePrefixes begin the names of collectives (lower case, with
// their diacritics: "trường" is a school, "Trương" a family name).
var collectivePrefixes = []string{
	"chi bộ", "đảng bộ", "đảng ủy", "chi hội", "chi đoàn", "hội", "công đoàn", "công an", "đoàn thanh niên",
	"đoàn tncs", "ban", "phòng", "trường", "ubnd", "ủy ban", "khu phố", "tổ dân phố", "tổ dân", "cộng đồng",
	"mặt trận", "ủy ban mặt trận", "văn phòng", "trung tâm", "nhà hát", "nhà văn hóa", "thư viện", "bảo tàng",
	"bệnh viện", "trạm y tế", "sở", "cục", "chi cục", "tập thể", "lớp", "xã", "phường", "thị trấn", "ấp",
	"thôn", "bản", "khối", "công ty", "tổng công ty", "hợp tác xã", "ban quản lý", "đội", "câu lạc bộ", "nhà thiếu nhi",
	"liên đoàn", "hội đồng", "viện", "nhà xuất bản", "báo", "đài", "cơ quan", "bộ phận", "tổ",
}

// guessKind decides the kind of a row in a table titled for both kinds
// and under no heading: a row with a position, or whose name does not
// begin like a collective's, is a person.
func guessKind(h report.Honoree) Kind {
	if h.Position != "" {
		return Individual
	}
	name := strings.ToLower(h.Name)
	for _, p := range collectivePrefixes {
		if strings.HasPrefix(name, p+" ") || name == p {
			return Collective
		}
	}
	return Individual
}

// textKind guesses a kind from a sheet name or a title: "Tập thể" →
// Collective, "Cá nhân" → Individual, both or neither → 0.
func textKind(s string) Kind {
	k := headerKey(s)
	c, i := strings.Contains(k, "tap the"), strings.Contains(k, "ca nhan")
	switch {
	case c && !i:
		return Collective
	case i && !c:
		return Individual
	}
	return 0
}

// sortedFields returns the mapped fields in column order.
func (m Mapping) sortedFields() []Field {
	fs := make([]Field, 0, len(m))
	for f := range m {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return m[fs[i]] < m[fs[j]] })
	return fs
}
