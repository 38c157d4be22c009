package movement

import "testing"

func TestParse(t *testing.T) {
	kinds := map[string]Kind{"Mô hình": KindModel, "tập thể": KindModel, "model": KindModel, "MÔ HÌNH TẬP THỂ": KindModel,
		"Điển hình": KindExemplar, "cá nhân": KindExemplar, "exemplar": KindExemplar, "điển hình cá nhân": KindExemplar}
	for s, want := range kinds {
		if got, ok := ParseKind(s); !ok || got != want {
			t.Errorf("ParseKind(%q) = %q %v, want %q", s, got, ok, want)
		}
	}
	stages := map[string]Stage{"Đăng ký": StageRegistered, "dang ki": StageRegistered, "registered": StageRegistered,
		"Được công nhận": StageRecognised, "công nhận": StageRecognised, "Tiêu biểu": StageOutstanding, "outstanding": StageOutstanding,
		"Đề nghị khen thưởng": StageProposed, "đề xuất khen thưởng": StageProposed, "proposed": StageProposed}
	for s, want := range stages {
		if got, ok := ParseStage(s); !ok || got != want {
			t.Errorf("ParseStage(%q) = %q %v, want %q", s, got, ok, want)
		}
	}
	levels := map[string]Level{"": "", "Cấp cơ sở": LevelGrassroots, "cơ sở": LevelGrassroots, "cấp quận": LevelDistrict, "Huyện": LevelDistrict,
		"cấp xã": LevelDistrict, "phường": LevelDistrict, "Cấp tỉnh": LevelProvince, "cấp Thành phố": LevelProvince, "TP": LevelProvince,
		"Trung ương": LevelCentral, "TW": LevelCentral, "central": LevelCentral}
	for s, want := range levels {
		if got, ok := ParseLevel(s); !ok || got != want {
			t.Errorf("ParseLevel(%q) = %q %v, want %q", s, got, ok, want)
		}
	}
	answers := map[string]Answer{"": AnswerNone, "Đã thực hiện": AnswerYes, "có": AnswerYes, "x": AnswerYes, "hoàn thành": AnswerYes,
		"Thực hiện một phần": AnswerPartly, "đang thực hiện": AnswerPartly, "Chưa thực hiện": AnswerNo, "không": AnswerNo, "partly": AnswerPartly}
	for s, want := range answers {
		if got, ok := ParseAnswer(s); !ok || got != want {
			t.Errorf("ParseAnswer(%q) = %q %v, want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "gì đó", "123"} {
		if _, ok := ParseKind(s); ok {
			t.Errorf("ParseKind(%q) should fail", s)
		}
		if _, ok := ParseStage(s); ok {
			t.Errorf("ParseStage(%q) should fail", s)
		}
	}
	if _, ok := ParseLevel("gì đó"); ok {
		t.Error("ParseLevel of nonsense")
	}
	if _, ok := ParseAnswer("gì đó"); ok {
		t.Error("ParseAnswer of nonsense")
	}
}
