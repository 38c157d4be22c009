package legacyvn

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letters are the 67 Vietnamese letters outside ASCII, lower and upper.
func letters() (lower, upper []rune) {
	for _, vw := range vowels {
		for t := range 6 {
			if vw.lower[t] > 0x7F {
				lower = append(lower, vw.lower[t])
				upper = append(upper, vw.upper[t])
			}
		}
	}
	return append(lower, 'đ'), append(upper, 'Đ')
}

func TestAllLettersBothWays(t *testing.T) {
	lower, upper := letters()
	if len(lower) != 67 || len(upper) != 67 {
		t.Fatalf("%d lower, %d upper letters; want 67 each", len(lower), len(upper))
	}
	for _, e := range []Encoding{TCVN3, VNI} {
		seen := map[string]rune{}
		for i, r := range append(append([]rune{}, lower...), upper...) {
			code, ok := Encode(string(r), e)
			if !ok || code == string(r) && r > 0xFF {
				t.Errorf("%v: %q has no code (%q)", e, r, code)
				continue
			}
			for _, c := range code {
				if c > 0xFF {
					t.Errorf("%v: code of %q holds %q, not a byte", e, r, c)
				}
			}
			back := Decode(code, e)
			isUpper := i >= len(lower)
			if isUpper && e == TCVN3 {
				// The marked capitals share the lower-case codes: read as
				// set in .VnTimeH.
				back = DecodeCaps(code, e)
			}
			if back != string(r) {
				t.Errorf("%v: %q → %q → %q", e, r, code, back)
			}
			if o, dup := seen[code]; dup && !(e == TCVN3 && isUpper) {
				t.Errorf("%v: %q and %q share the code %q", e, o, r, code)
			}
			seen[code] = r
		}
	}
}

func TestPublishedCodes(t *testing.T) {
	// Spot checks against the standards' tables, byte by byte.
	cases := []struct {
		e    Encoding
		text string
		code string
	}{
		{TCVN3, "Nguyễn Văn Hùng", "Nguy\xd4n V\xa8n H\xefng"},
		{TCVN3, "đồng chí Đỗ Thị ánh", "\xae\xe5ng ch\xdd \xa7\xe7 Th\xde \xb8nh"}, // Á has no code of its own in .VnTime

		{TCVN3, "Ă Â Ê Ô Ơ Ư Đ", "\xa1 \xa2 \xa3 \xa4 \xa5 \xa6 \xa7"},
		{TCVN3, "ơ ớ ư ứ ỵ", "\xac \xed \xad \xf8 \xfe"},
		{VNI, "Nguyễn Văn Hùng", "Nguye\xe3n Va\xean Hu\xf8ng"},
		{VNI, "Trường Đại học", "Tr\xf6\xf4\xf8ng \xd1a\xefi ho\xefc"},
		{VNI, "ĩ ị ỉ ỵ ơ ư đ", "\xf3 \xf2 \xe6 \xee \xf4 \xf6 \xf1"},
		{VNI, "TRẦN THỊ", "TRA\xc0N TH\xd2"},
	}
	for _, c := range cases {
		code := latin1(c.code)
		if got := Decode(code, c.e); got != c.text {
			t.Errorf("Decode(%q, %v) = %q; want %q", code, c.e, got, c.text)
		}
		if got, ok := Encode(c.text, c.e); !ok || (got != code && strings.ToLower(c.text) == c.text) {
			t.Errorf("Encode(%q, %v) = %q, %v; want %q", c.text, c.e, got, ok, code)
		}
	}
}

// latin1 turns bytes into the characters a workbook shows for them.
func latin1(b string) string {
	rs := make([]rune, len(b))
	for i := 0; i < len(b); i++ {
		rs[i] = rune(b[i])
	}
	return string(rs)
}

func TestDetect(t *testing.T) {
	tcvn := func(s string) string { c, _ := Encode(s, TCVN3); return c }
	vni := func(s string) string { c, _ := Encode(s, VNI); return c }
	cases := []struct {
		in   string
		want Encoding
		out  string
	}{
		{"NguyÔn V¨n Hïng", TCVN3, "Nguyễn Văn Hùng"},
		{tcvn("Họ và tên"), TCVN3, "Họ và tên"},
		{tcvn("Trường Tiểu học Quang Trung"), TCVN3, "Trường Tiểu học Quang Trung"},
		{tcvn("HỌ VÀ TÊN"), TCVN3, "HỌ VÀ TÊN"}, // .VnTimeH: capitals typed
		{"Nguyeãn Vaên Huøng", VNI, "Nguyễn Văn Hùng"},
		{vni("Chức vụ, đơn vị công tác"), VNI, "Chức vụ, đơn vị công tác"},
		{vni("PHÒNG TỔ CHỨC CÁN BỘ"), VNI, "PHÒNG TỔ CHỨC CÁN BỘ"},
		// Never converted: Unicode Vietnamese, French, German, English.
		{"Nguyễn Văn Hùng", Unicode, "Nguyễn Văn Hùng"},
		{"Lê Thu Hà", Unicode, "Lê Thu Hà"},
		{"Tô Hà", Unicode, "Tô Hà"},
		{"Hélène Dupré", Unicode, "Hélène Dupré"},
		{"François Müller", Unicode, "François Müller"},
		{"José Ñúñez", Unicode, "José Ñúñez"},
		{"Ông Bà Cô Chú", Unicode, "Ông Bà Cô Chú"},
		{"Smith & Co.", Unicode, "Smith & Co."},
		{"", Unicode, ""},
	}
	for _, c := range cases {
		out, e := Convert(c.in)
		if e != c.want || out != c.out {
			t.Errorf("Convert(%q) = %q, %v; want %q, %v (score %+v)", c.in, out, e, c.out, c.want, ScoreText(c.in))
		}
	}
}

func TestConvertRows(t *testing.T) {
	tcvn := func(s string) string { c, _ := Encode(s, TCVN3); return c }
	vni := func(s string) string { c, _ := Encode(s, VNI); return c }
	cases := []struct {
		name  string
		rows  [][]string
		want  [][]string
		enc   Encoding
		cells map[Encoding]int
	}{
		{"tcvn3 sheet, header too; an ambiguous cell follows the sheet",
			[][]string{{tcvn("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")}, {"STT", tcvn("Họ và tên"), tcvn("Đơn vị")}, {"1", tcvn("Lờ Văn Tám"), "Lê"}},
			[][]string{{"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"}, {"STT", "Họ và tên", "Đơn vị"}, {"1", "Lờ Văn Tám", "Lờ"}},
			TCVN3, map[Encoding]int{TCVN3: 5}},
		{"unicode sheet with one pasted vni cell",
			[][]string{{"Họ và tên", "Đơn vị"}, {"Nguyễn Thị Lan", "Phòng Tổ chức"}, {vni("Trần Văn Bình"), "Lê Hà"}},
			[][]string{{"Họ và tên", "Đơn vị"}, {"Nguyễn Thị Lan", "Phòng Tổ chức"}, {"Trần Văn Bình", "Lê Hà"}},
			Unicode, map[Encoding]int{VNI: 1}},
		{"a Unicode cell in a vni sheet stays",
			[][]string{{vni("Họ và tên"), vni("Chức vụ")}, {vni("Phạm Đức Anh"), "Trưởng phòng"}},
			[][]string{{"Họ và tên", "Chức vụ"}, {"Phạm Đức Anh", "Trưởng phòng"}},
			VNI, map[Encoding]int{VNI: 3}},
		{"french names alone",
			[][]string{{"Nom", "Prénom"}, {"Dupré", "Hélène"}},
			[][]string{{"Nom", "Prénom"}, {"Dupré", "Hélène"}},
			Unicode, nil},
	}
	for _, c := range cases {
		got := ConvertRows(c.rows)
		if got.Encoding != c.enc || !equalCounts(got.Cells, c.cells) {
			t.Errorf("%s: encoding %v cells %v; want %v %v", c.name, got.Encoding, got.Cells, c.enc, c.cells)
		}
		for i := range c.want {
			for j := range c.want[i] {
				if c.rows[i][j] != c.want[i][j] {
					t.Errorf("%s: cell %d,%d = %q; want %q", c.name, i, j, c.rows[i][j], c.want[i][j])
				}
			}
		}
	}
}

func equalCounts(a, b map[Encoding]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestSyllable(t *testing.T) {
	for _, w := range []string{"nguyễn", "Nguyễn", "NGUYỄN", "khuyến", "giữ", "gì", "quyết", "trường", "người", "ngoằn", "oai", "Đinh", "khuya"} {
		if !syllable(w) {
			t.Errorf("syllable(%q) = false", w)
		}
	}
	for _, w := range []string{"NguyÔn", "V¨n", "Hélène", "Müller", "jose", "nguyễń", "hoàng̀", "ab", "xyz", "Nguyeãn", "hóá"} {
		if syllable(w) {
			t.Errorf("syllable(%q) = true", w)
		}
	}
}

// vietnameseWords are syllables for the fuzz target to build valid text.
var vietnameseWords = strings.Fields("Nguyễn Văn Hùng Lê Thị Hà Trần Phạm Đức Anh Tô Cô Bà Ông Hồ Chí Minh trường tiểu học phòng ban đơn vị chức vụ Đảng ủy khen thưởng TÊN HỌ VÀ")

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"NguyÔn V¨n Hïng", "Nguyeãn Vaên Huøng", "Hélène", "Lê Hà", "", "\xff\xfe", "¨©ª«¬­®"} {
		f.Add(s, uint16(0))
	}
	f.Fuzz(func(t *testing.T, s string, pick uint16) {
		// Conversion never panics and always gives valid NFC UTF-8.
		for _, e := range []Encoding{TCVN3, VNI} {
			out := Decode(s, e)
			if utf8.ValidString(s) && (!utf8.ValidString(out) || !norm.NFC.IsNormalString(out)) {
				t.Fatalf("Decode(%q, %v) = %q: not valid NFC", s, e, out)
			}
		}
		out, _ := Convert(s)
		rows := [][]string{{s, out}}
		ConvertRows(rows)
		// Valid Unicode Vietnamese is never changed, alone or beside s.
		var ws []string
		for i, p := 0, int(pick); i < 4; i, p = i+1, p/len(vietnameseWords) {
			ws = append(ws, vietnameseWords[p%len(vietnameseWords)])
		}
		text := strings.Join(ws, " ")
		if got, e := Convert(text); got != text || e != Unicode {
			t.Fatalf("Convert(%q) = %q, %v", text, got, e)
		}
		sheet := [][]string{{text}, {text + ", " + ws[0]}}
		if res := ConvertRows(sheet); res.Converted() != 0 || sheet[0][0] != text {
			t.Fatalf("ConvertRows changed Unicode Vietnamese %q: %+v", text, res)
		}
	})
}
