package vnime

import (
	"strings"
	"testing"
)

// words is the vocabulary of the report, in the classic style and, where
// it differs, the modern one.
var words = []struct{ classic, modern string }{
	{"Đảng bộ", ""},
	{"Sở Văn hóa và Thể thao", "Sở Văn hoá và Thể thao"},
	{"dân vận khéo", ""},
	{"thành phố Hồ Chí Minh", ""},
	{"khen thưởng", ""},
	{"tập thể", ""},
	{"cá nhân", ""},
	{"nhiệm vụ", ""},
	{"Nguyễn", ""},
	{"Trường", ""},
	{"quốc", ""},
	{"giữ", ""},
	{"gìn", ""},
	{"hướng", ""},
	{"khuya", ""},
	{"thuở", ""},
	{"ngoằn ngoèo", ""},
	{"hòa", "hoà"},
	{"thủy", "thuỷ"},
	{"khỏe", "khoẻ"},
	{"hòa bình", "hoà bình"},
	{"khỏe mạnh", "khoẻ mạnh"},
	{"tòa án", "toà án"},
	{"Đảng ủy", "Đảng uỷ"},
	{"Ban Dân vận Thành ủy", "Ban Dân vận Thành uỷ"},
	{"ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO", "ĐẢNG UỶ SỞ VĂN HOÁ VÀ THỂ THAO"},
	{"ĐẢNG CỘNG SẢN VIỆT NAM", ""},
	{"Việt Nam", ""},
	{"người", ""},
	{"tiếng", ""},
	{"quyết", ""},
	{"già", ""},
	{"gì", ""},
	{"Đồng", ""},
	{"báo cáo tổng kết công tác dân vận năm", ""},
	{"phương hướng", ""},
	{"Bí thư", ""},
	{"Phó Bí thư", ""},
	{"Giấy khen", ""},
	{"Bằng khen", ""},
	{"biểu dương", ""},
	{"kiến nghị", ""},
	{"đề xuất", ""},
	{"hạn chế", ""},
	{"tồn tại", ""},
	{"nguyên nhân", ""},
	{"kết quả đạt được", ""},
	{"phong trào thi đua", ""},
	{"quần chúng nhân dân", ""},
	{"chính quyền", ""},
	{"Mặt trận", ""},
	{"đoàn thể", ""},
	{"cán bộ", ""},
	{"đảng viên", ""},
	{"chức vụ", ""},
	{"đơn vị", ""},
	{"thành tích", ""},
	{"hình thức khen thưởng", ""},
	{"ghi chú", ""},
	{"họ và tên", ""},
	{"Nơi nhận", ""},
	{"Lưu Văn phòng", ""},
	{"ngày tháng năm", ""},
	{"tuyên truyền vận động", ""},
	{"xây dựng", ""},
	{"củng cố", ""},
	{"khéo léo", ""},
	{"hiệu quả thiết thực", ""},
	{"sáng tạo", ""},
	{"gương mẫu", ""},
	{"tiêu biểu", ""},
	{"xuất sắc", ""},
	{"khuyến khích", ""},
	{"quyền lợi", ""},
	{"trách nhiệm", ""},
	{"kỷ niệm", ""},
	{"huấn luyện", ""},
	{"khuyết điểm", ""},
	{"quý", ""},
	{"của", ""},
	{"mưa", ""},
	{"cửa", ""},
	{"ưu tú", ""},
	{"rượu", ""},
	{"ngoài", ""},
	{"xoay", ""},
	{"khuỷu tay", ""},
	{"hoạch định", ""},
	{"thuế", ""},
	{"Nguyễn Văn An", ""},
	{"Trần Thị Bích", ""},
	{"Hoàng", ""},
	{"Huỳnh", ""},
	{"Võ", ""},
	{"Đặng", ""},
	{"Bùi", ""},
	{"Đỗ", ""},
	{"Ngô", ""},
	{"Dương", ""},
	{"Lý", ""},
	{"Phạm", ""},
	{"Thụy", "Thuỵ"},
	{"Số 45-BC/ĐU", ""},
	{"ngày 08 tháng 11 năm 2016", ""},
	{"T/M ĐẢNG ỦY", "T/M ĐẢNG UỶ"},
}

// TestWords types the report's vocabulary in both methods and both styles,
// with the tone key at the end of each word and right after its vowel.
func TestWords(t *testing.T) {
	if len(words) < 60 {
		t.Fatalf("only %d words", len(words))
	}
	for _, w := range words {
		for _, st := range []Style{Classic, Modern} {
			want := w.classic
			if st == Modern && w.modern != "" {
				want = w.modern
			}
			for _, m := range []Method{Telex, VNI} {
				if m == VNI && strings.ContainsAny(want, "0123456789") {
					continue // VNI digits in the text are typed otherwise
				}
				e := Engine{Method: m, Style: st}
				for _, last := range []bool{true, false} {
					keys := keysFor(want, m == VNI, last)
					if got := e.Type(keys); got != want {
						t.Errorf("%v %v: Type(%q) = %q, want %q", m, st, keys, got, want)
					}
				}
			}
		}
	}
}

// TestTyped checks key sequences written out by hand.
func TestTyped(t *testing.T) {
	tests := []struct {
		m               Method
		brackets        bool
		keys            string
		classic, modern string
	}{
		// The examples of the specification.
		{Telex, false, "tieengs", "tiếng", ""},
		{Telex, false, "nguwowif", "người", ""},
		{Telex, false, "nguoiwf", "người", ""},
		{Telex, false, "Vieetj", "Việt", ""},
		{Telex, false, "hoaf", "hòa", "hoà"},
		{Telex, false, "hoafn", "hoàn", ""},
		{Telex, false, "quyeets", "quyết", ""},
		{Telex, false, "giaf", "già", ""},
		{Telex, false, "gif", "gì", ""},
		{Telex, false, "VIEETJ", "VIỆT", ""},
		{Telex, false, "Ddoongf", "Đồng", ""},
		{Telex, false, "DDOONGF", "ĐỒNG", ""},
		{Telex, false, "dDoongf", "đồng", ""},
		{Telex, false, "VieEtJ", "Việt", ""},
		{Telex, false, "vIEeTj", "vIỆT", ""},
		{Telex, false, "NguYEENX", "NguYỄN", ""},
		{Telex, false, "tRUWOWNGF", "tRƯỜNG", ""},
		{VNI, false, "tRU7O72NG", "tRƯỜNG", ""},
		{Telex, false, "thuyr", "thủy", "thuỷ"},
		{Telex, false, "khoer", "khỏe", "khoẻ"},
		{Telex, false, "Vieejt Nam", "Việt Nam", ""},
		{Telex, false, "Vietej", "Việt", ""},
		{Telex, false, "tiesnge", "tiếng", ""},
		{Telex, false, "tiesng", "tiéng", ""},
		{Telex, false, "ddaangr", "đẩng", ""},
		{Telex, false, "did", "đi", ""},
		{Telex, false, "HDDND UBND BCDD QDD-UBND", "HĐND UBND BCĐ QĐ-UBND", ""},
		{Telex, false, "HDDDND", "HDDND", ""},
		{Telex, false, "DDTN DDBQH DDHDDCDD", "ĐTN ĐBQH ĐHĐCĐ", ""},
		{Telex, false, "add odd ADD", "add odd ADD", ""},
		{Telex, false, "uow", "ươ", ""},
		{Telex, false, "uwo", "ươ", ""},
		{Telex, false, "w", "ư", ""},
		{Telex, false, "W", "Ư", ""},
		{Telex, false, "nhw", "như", ""},
		{Telex, false, "tuwf", "từ", ""},
		{Telex, false, "thuowr", "thuở", ""},
		{Telex, false, "huow", "huơ", ""},
		{Telex, false, "thuowng", "thương", ""},
		{Telex, false, "muaw", "mưa", ""},
		{Telex, false, "quaw", "quă", ""},
		{Telex, false, "xooong", "xoong", ""},
		{Telex, false, "booong", "boong", ""},
		{Telex, false, "giuwax", "giữa", ""},
		{Telex, false, "ngoawnf", "ngoằn", ""},
		{Telex, false, "khuyur", "khuỷu", ""},
		{Telex, false, "Hoafng", "Hoàng", ""},
		{Telex, false, "hoas", "hóa", "hoá"},
		{Telex, false, "hoasz", "hoa", ""},
		{Telex, false, "(daan vaanj kheos).", "(dân vận khéo).", ""},
		{Telex, false, "dduwowcj nuwowcs ddaauf chuyeenj khuyeenr quaanf gioongs", "được nước đầu chuyện khuyển quần giống", ""},
		{Telex, false, "dduocwj nuocws chuyenej ddauaf quanaf gionogs", "được nước chuyện đầu quần giống", ""},
		{Telex, false, "hocj truwowngr ngoafi Thuwowngf uyeen tuaanf thoair xoays", "học trưởng ngoài Thường uyên tuần thoải xoáy", ""},
		{Telex, false, "quys quyf gieets uwf owi ddi cuar gif gir giwx", "quý quỳ giết ừ ơi đi của gì gỉ giữ", ""},
		{Telex, false, "hoanhf khoeo ddeemf DDEEMF", "hoành khoeo đềm ĐỀM", ""},
		{Telex, true, "nh[", "như", ""},
		{Telex, true, "th]", "thơ", ""},
		{Telex, true, "{", "Ư", ""},
		{Telex, true, "ng[]if", "người", ""},
		{Telex, false, "nh[", "nh[", ""},
		{VNI, false, "tie6ng1", "tiếng", ""},
		{VNI, false, "tieng61", "tiếng", ""},
		{VNI, false, "ngu7o72i", "người", ""},
		{VNI, false, "nguoi72", "người", ""},
		{VNI, false, "Vie65t Nam", "Việt Nam", ""},
		{VNI, false, "VIE65T", "VIỆT", ""},
		{VNI, false, "hoa2", "hòa", "hoà"},
		{VNI, false, "hoa2n", "hoàn", ""},
		{VNI, false, "quye6t1", "quyết", ""},
		{VNI, false, "gia2", "già", ""},
		{VNI, false, "gi2", "gì", ""},
		{VNI, false, "D9o6ng2", "Đồng", ""},
		{VNI, false, "d9i", "đi", ""},
		{VNI, false, "HD9ND", "HĐND", ""},
		{VNI, false, "thuy3", "thủy", "thuỷ"},
		{VNI, false, "khoe3", "khỏe", "khoẻ"},
		{VNI, false, "uo7", "ươ", ""},
		{VNI, false, "u7o", "ươ", ""},
		{VNI, false, "thuo73", "thuở", ""},
		{VNI, false, "xoong", "xoong", ""},
		{VNI, false, "ngoa8n2", "ngoằn", ""},
		{VNI, false, "hoa10", "hoa", ""},
		{VNI, false, "Số 45-BC", "Số 45-BC", ""},
	}
	for _, tt := range tests {
		for _, st := range []Style{Classic, Modern} {
			want := tt.classic
			if st == Modern && tt.modern != "" {
				want = tt.modern
			}
			e := Engine{Method: tt.m, Style: st, Brackets: tt.brackets}
			if got := e.Type(tt.keys); got != want {
				t.Errorf("%v %v brackets=%v: Type(%q) = %q, want %q", tt.m, st, tt.brackets, tt.keys, got, want)
			}
		}
	}
}

// TestUndo checks that typing a mark or tone key again takes the mark off
// and types the key.
func TestUndo(t *testing.T) {
	tests := []struct {
		m          Method
		keys, want string
	}{
		{Telex, "as", "á"},
		{Telex, "ass", "as"},
		{Telex, "asss", "ass"},
		{Telex, "aff", "af"},
		{Telex, "arr", "ar"},
		{Telex, "axx", "ax"},
		{Telex, "ajj", "aj"},
		{Telex, "AS", "Á"},
		{Telex, "ASS", "AS"},
		{Telex, "aa", "â"},
		{Telex, "aaa", "aa"},
		{Telex, "aw", "ă"},
		{Telex, "aww", "aw"},
		{Telex, "ee", "ê"},
		{Telex, "eee", "ee"},
		{Telex, "oo", "ô"},
		{Telex, "ooo", "oo"},
		{Telex, "ow", "ơ"},
		{Telex, "oww", "ow"},
		{Telex, "ww", "w"},
		{Telex, "WW", "W"},
		{Telex, "www", "ww"},
		{Telex, "nhww", "nhw"},
		{Telex, "uwfw", "ùw"},
		{Telex, "dd", "đ"},
		{Telex, "ddd", "dd"},
		{Telex, "DDD", "DD"},
		{Telex, "vieetjj", "viêtj"},
		{Telex, "tieengss", "tiêngs"},
		{Telex, "hoaff", "hoaf"},
		{Telex, "az", "az"},
		{Telex, "asz", "a"},
		{Telex, "aas", "ấ"},
		{Telex, "aasa", "áa"},
		{Telex, "muaww", "muaw"},
		{Telex, "thuowwr", "thuowr"},
		{VNI, "a1", "á"},
		{VNI, "a11", "a1"},
		{VNI, "a111", "a11"},
		{VNI, "a22", "a2"},
		{VNI, "a33", "a3"},
		{VNI, "a44", "a4"},
		{VNI, "a55", "a5"},
		{VNI, "a66", "a6"},
		{VNI, "a88", "a8"},
		{VNI, "o77", "o7"},
		{VNI, "u77", "u7"},
		{VNI, "d99", "d9"},
		{VNI, "a0", "a0"},
		{VNI, "a10", "a"},
		{VNI, "Vie655t", "Viê5t"},
		{VNI, "thuo77", "thuo7"},
	}
	for _, tt := range tests {
		e := Engine{Method: tt.m}
		if got := e.Type(tt.keys); got != tt.want {
			t.Errorf("%v: Type(%q) = %q, want %q", tt.m, tt.keys, got, tt.want)
		}
	}
}

// TestForeignWords checks that words that cannot be Vietnamese come out
// as typed in Telex, as far as the keys allow.
func TestForeignWords(t *testing.T) {
	for _, w := range strings.Fields(`Windows Excel Google Facebook Word Twitter Zoom
		PowerPoint Android Chrome email Internet Microsoft Zalo Youtube PDF iPhone
		http Linux Ubuntu Fyne Go JSON Unikey fcitx ibus Telex VNI Firefox Skype
		Gmail Outlook admin Steve John Smith London Berlin EXCEL WINDOWS`) {
		if got := (Engine{Method: Telex}).Type(w); got != w {
			t.Errorf("Telex Type(%q) = %q", w, got)
		}
	}
	// VNI marks only with digits, so words without digits never change.
	for _, w := range strings.Fields("Windows Office password data test Paris Wow www uow dd") {
		if got := (Engine{Method: VNI}).Type(w); got != w {
			t.Errorf("VNI Type(%q) = %q", w, got)
		}
	}
}

// TestApply checks Apply on its own: only the last word changes, and Off
// adds the key exactly.
func TestApply(t *testing.T) {
	tests := []struct {
		e    Engine
		word string
		key  rune
		want string
	}{
		{Engine{Method: Telex}, "Viêt", 'j', "Việt"},
		{Engine{Method: Telex}, "Chào Viêt", 'j', "Chào Việt"},
		{Engine{Method: Telex}, "a1 hoa", 'f', "a1 hòa"},
		{Engine{Method: Telex, Style: Modern}, "(hoa", 'f', "(hoà"},
		{Engine{Method: Telex}, "", 's', "s"},
		{Engine{Method: Telex}, "", 'w', "ư"},
		{Engine{Method: Telex}, "việt", ' ', "việt "},
		{Engine{Method: Telex}, "hòa", 'n', "hoàn"},
		{Engine{Method: Telex}, "Ưi", 'n', "Win"},
		{Engine{Method: Telex}, "Ẽ", 'c', "Exc"},
		{Engine{Method: Telex}, "viê\u0323", 't', "việt"}, // decomposed input
		{Engine{Method: VNI}, "Vie", '6', "Viê"},
		{Engine{Method: VNI}, "a1", '1', "a11"},
		{Engine{Method: VNI}, "viêt", '5', "việt"},
		{Engine{Method: Telex}, strings.Repeat("a", 20), 'a', strings.Repeat("a", 21)},
		{Engine{Method: Telex}, strings.Repeat("a", 19) + "d", 'd', strings.Repeat("a", 19) + "dd"},
		{Engine{Method: Telex}, "x " + strings.Repeat("a", 21), 's', "x " + strings.Repeat("a", 21) + "s"},
		{Engine{Method: Telex}, strings.Repeat("a", 21), 'w', strings.Repeat("a", 21) + "w"},
		{Engine{Method: Telex, Brackets: true}, strings.Repeat("a", 21), '[', strings.Repeat("a", 21) + "["},
		{Engine{Method: Off}, "Vieet", 'j', "Vieetj"},
		{Engine{Method: Off}, "e\u0302", 's', "e\u0302s"},
		{Engine{Method: Off}, "", 'w', "w"},
	}
	for _, tt := range tests {
		if got := tt.e.Apply(tt.word, tt.key); got != tt.want {
			t.Errorf("%v: Apply(%q, %q) = %q, want %q", tt.e.Method, tt.word, tt.key, got, tt.want)
		}
	}
}

// TestLongWords checks that a run of more than 20 letters is typed as it
// is, and that the next word is typed normally.
func TestLongWords(t *testing.T) {
	long := strings.Repeat("ab", 11)
	tests := []struct{ keys, want string }{
		{long + "s", long + "s"},
		{long + "ss dd", long + "ss đ"},
		{"Vieetj " + long + " Vieetj", "Việt " + long + " Việt"},
		{"Vieetj" + long, "Vieetj" + long}, // the restore gives the keys back
	}
	for _, tt := range tests {
		if got := (Engine{Method: Telex}).Type(tt.keys); got != tt.want {
			t.Errorf("Type(%q) = %q, want %q", tt.keys, got, tt.want)
		}
	}
}

func TestOffIsIdentity(t *testing.T) {
	for _, s := range []string{"Vieetj Nam", "Vie65t", "e\u0302", "", "ww dd aa"} {
		if got := (Engine{}).Type(s); got != s {
			t.Errorf("Off: Type(%q) = %q", s, got)
		}
	}
}

func TestParse(t *testing.T) {
	for _, m := range []Method{Off, Telex, VNI} {
		got, err := ParseMethod(" " + strings.ToUpper(m.String()) + " ")
		if err != nil || got != m {
			t.Errorf("ParseMethod(%q) = %v, %v", m.String(), got, err)
		}
	}
	for _, s := range []Style{Classic, Modern} {
		got, err := ParseStyle(s.String())
		if err != nil || got != s {
			t.Errorf("ParseStyle(%q) = %v, %v", s.String(), got, err)
		}
	}
	names := map[string]string{
		Off.String(): "off", Telex.String(): "telex", VNI.String(): "vni",
		Classic.String(): "classic", Modern.String(): "modern",
		Method(7).String(): "Method(7)", Style(-1).String(): "Style(-1)",
	}
	for got, want := range names {
		if got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
	}
	if _, err := ParseMethod("unikey"); err == nil || !strings.Contains(err.Error(), "telex") {
		t.Errorf("ParseMethod(unikey) error = %v, want one that lists the methods", err)
	}
	if _, err := ParseStyle("new"); err == nil || !strings.Contains(err.Error(), "modern") {
		t.Errorf("ParseStyle(new) error = %v, want one that lists the styles", err)
	}
}
