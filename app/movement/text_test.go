package movement

import (
	"strings"
	"testing"
)

// testFigures: 45 models registered, 30 recognised, 12 outstanding, 5
// proposed; 15 exemplars registered, 10 recognised, 4 outstanding, 2
// proposed (totals 60, 40, 16, 7); 8 recognised at province level; last
// year 50 registered in all, 33 models registered.
func testFigures() Figures {
	d := &Data{Typed: map[string]int{
		"models.registered": 45, "models.recognised": 30, "models.outstanding": 12, "models.proposed": 5,
		"exemplars.registered": 15, "exemplars.recognised": 10, "exemplars.outstanding": 4, "exemplars.proposed": 2,
		"level.province": 8, "level.grassroots": 32,
	}, Baseline: &Baseline{Year: 2015, Values: map[string]int{"total.registered": 50, "models.registered": 33}}}
	return d.Figures(2016)
}

func TestCheckText(t *testing.T) {
	f := testFigures()
	tests := []struct {
		name string
		text string
		want []string // phrases reported, in order
	}{
		// Agreeing sentences: nothing to report.
		{"models recognised agree", "Năm 2016 có 30 mô hình được công nhận.", nil},
		{"stage before the number", "Các chi bộ đã đăng ký 45 mô hình.", nil},
		{"total with both nouns", "Toàn Đảng bộ có 60 mô hình, điển hình đăng ký; 40 mô hình, điển hình được công nhận.", nil},
		{"loose noun matching the total", "Có 60 mô hình đăng ký.", nil},
		{"non-cumulative count", "Trong đó 18 mô hình được công nhận (chưa tính mô hình tiêu biểu).", nil},
		{"outstanding and proposed", "12 mô hình tiêu biểu, 5 mô hình được đề nghị khen thưởng, 2 điển hình đề nghị khen thưởng.", nil},
		{"thousands with dots", "Có 60 mô hình, điển hình “Dân vận khéo” đăng ký.", nil},
		{"quoted model name inside", "Có 30 mô hình “Dân vận khéo” được công nhận.", nil},
		{"a level", "Có 8 mô hình được công nhận cấp thành phố.", nil},
		{"last year agrees", "Năm trước có 33 mô hình đăng ký.", nil},
		{"two claims in one clause", "Có 45 mô hình đăng ký và 30 mô hình được công nhận.", nil},

		// Not counts of the table: left alone.
		{"a change", "Tăng 12 mô hình đăng ký so với năm trước.", nil},
		{"an estimate", "Có hơn 100 mô hình đăng ký, khoảng 70 mô hình được công nhận.", nil},
		{"not yet recognised", "Còn 3 mô hình chưa được công nhận.", nil},
		{"new registrations", "Có 20 mô hình đăng ký mới trong năm.", nil},
		{"honorees", "Biểu dương 24 gương điển hình tiêu biểu.", nil},
		{"no stage word", "Xây dựng 3 mô hình mới ở khu dân cư.", nil},
		{"a year", "Mô hình ra đời năm 2014 được công nhận.", nil},
		{"a percentage", "98% mô hình đăng ký đạt hiệu quả.", nil},
		{"a number of something else", "Tổ chức 24 buổi biểu diễn được công nhận là hiệu quả.", nil},
		{"stage in another clause", "Có 7 mô hình ở khu dân cư. Việc công nhận do cấp trên quyết định.", nil},

		// Contradictions.
		{"recognised models differ", "Năm 2016 có 123 mô hình được công nhận.", []string{"123 mô hình được công nhận"}},
		{"registered before the number", "Các đơn vị đăng ký 44 mô hình.", []string{"đăng ký 44 mô hình"}},
		{"outstanding exemplars", "Có 11 điển hình tiêu biểu.", []string{"11 điển hình tiêu biểu"}},
		{"total proposed", "Đề nghị khen thưởng 6 mô hình, điển hình.", []string{"Đề nghị khen thưởng 6 mô hình, điển hình"}},
		{"second of two claims", "Có 45 mô hình đăng ký và 31 mô hình được công nhận.", []string{"31 mô hình được công nhận"}},
		{"thousands", "Có 2.071 mô hình đăng ký.", []string{"2.071 mô hình đăng ký"}},
		{"last year differs", "Năm 2015 có 34 mô hình đăng ký.", []string{"34 mô hình đăng ký"}},
		{"capitals", "CÓ 31 MÔ HÌNH ĐƯỢC CÔNG NHẬN.", []string{"31 MÔ HÌNH ĐƯỢC CÔNG NHẬN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range CheckText(tt.text, f) {
				got = append(got, m.Phrase)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("CheckText(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCheckTextSaysWhatTheTableHas(t *testing.T) {
	f := testFigures()
	ms := CheckText("Năm 2016 có 123 mô hình được công nhận.", f)
	if len(ms) != 1 {
		t.Fatalf("want one mismatch, got %v", ms)
	}
	m := ms[0]
	if m.Said != 123 || m.Want != 30 || m.Key != "models.recognised" || m.Placeholder != "so_mo_hinh_cong_nhan" || m.LastYear {
		t.Errorf("mismatch %+v", m)
	}
	ms = CheckText("Năm trước có 34 mô hình đăng ký.", f)
	if len(ms) != 1 || !ms[0].LastYear || ms[0].Want != 33 || ms[0].Placeholder != "so_mo_hinh_dang_ky_nam_truoc" {
		t.Errorf("last year's mismatch %+v", ms)
	}
	// Without a baseline, last year's numbers are not checked.
	d := &Data{Typed: map[string]int{"models.registered": 45}}
	if ms := CheckText("Năm trước có 34 mô hình đăng ký.", d.Figures(2016)); len(ms) != 0 {
		t.Errorf("no baseline, nothing to compare: %v", ms)
	}
}

func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"Có 123 mô hình được công nhận.", "đăng ký 2.071 mô hình, điển hình", "12 mô hình", "((1 mô hình đăng ký", "1.2.3 điển hình tiêu biểu"} {
		f.Add(s)
	}
	fig := testFigures()
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range CheckText(s, fig) {
			if m.Phrase == "" || !strings.Contains(strings.Join(strings.Fields(s), " "), m.Phrase) {
				t.Errorf("phrase %q not in the text %q", m.Phrase, s)
			}
		}
	})
}

func TestPlaceholders(t *testing.T) {
	f := testFigures()
	checklist := []Task{{Task: "a", Answer: AnswerYes}, {Task: "b", Answer: AnswerPartly}, {Task: "c"}}
	v := Values(f, checklist)
	tests := []struct{ text, want string }{
		{"{{tong_dang_ky}} mô hình, điển hình đăng ký", "60 mô hình, điển hình đăng ký"},
		{"{{ so_mo_hinh_cong_nhan }} mô hình", "30 mô hình"},
		{"{{so_dien_hinh_tieu_bieu}}/{{so_dien_hinh_de_nghi_khen_thuong}}", "4/2"},
		{"{{tong_dang_ky}}, {{tong_dang_ky_tang_giam}} so với năm trước ({{tong_dang_ky_nam_truoc}})", "60, tăng 10 (20,0%) so với năm trước (50)"},
		{"{{tong_cong_nhan_nam_truoc}}", Unknown},
		{"{{so_cap_tinh_thanh}} cấp thành phố", "8 cấp thành phố"},
		{"{{so_linh_vuc_1}} {{tong_theo_linh_vuc}} {{tong_theo_cap}}", "0 0 40"},
		{"{{so_nhiem_vu_nam_truoc}} nhiệm vụ, {{so_nhiem_vu_da_lam}} đã làm, {{so_nhiem_vu_lam_mot_phan}} một phần, {{so_nhiem_vu_chua_lam}} chưa", "3 nhiệm vụ, 1 đã làm, 1 một phần, 0 chưa"},
		{"{{khong_co}} và {{.Year}} giữ nguyên", "{{khong_co}} và {{.Year}} giữ nguyên"},
		{"không có chỗ điền", "không có chỗ điền"},
	}
	for _, tt := range tests {
		if got := Expand(tt.text, v); got != tt.want {
			t.Errorf("Expand(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, name := range []string{"tong_dang_ky", "so_mo_hinh_cong_nhan_nam_truoc", "so_dien_hinh_dang_ky_tang_giam", "so_linh_vuc_7", "so_cap_trung_uong", "so_nhiem_vu_da_lam"} {
		if !IsPlaceholder(name, nil) {
			t.Errorf("%s should be a placeholder", name)
		}
	}
	for _, name := range []string{"tong", "so_linh_vuc_0", "so_linh_vuc_", "Year", "so_mo_hinh"} {
		if IsPlaceholder(name, nil) {
			t.Errorf("%s should not be a placeholder", name)
		}
	}
	if got := Used("a {{x}} b {{ tong_dang_ky }} {{x}}"); strings.Join(got, ",") != "x,tong_dang_ky,x" {
		t.Errorf("Used = %v", got)
	}
	// Every row has a distinct name, and every name is listed.
	seen := map[string]bool{}
	for _, p := range Placeholders(nil) {
		if seen[p.Name] {
			t.Errorf("placeholder %s twice", p.Name)
		}
		seen[p.Name] = true
		if _, ok := v[p.Name]; !ok {
			t.Errorf("placeholder %s has no value", p.Name)
		}
	}
}
