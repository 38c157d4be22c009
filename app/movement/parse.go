package movement

import (
	"strings"

	"baocao/app/textnorm"
)

// Parsing the words offices write in their lists ("Được công nhận",
// "cấp Thành phố", "Tập thể") into the register's values, for imports and
// forms. Each accepts the stored value ("recognised"), the label and the
// usual ways of writing it, with case, diacritics and spacing ignored.

// ParseKind reads a kind: "mô hình", "tập thể" → model; "điển hình", "cá
// nhân" → exemplar.
func ParseKind(s string) (Kind, bool) {
	k := textnorm.Key(s)
	switch {
	case k == string(KindModel) || strings.Contains(k, "mo hinh") || strings.Contains(k, "tap the"):
		return KindModel, true
	case k == string(KindExemplar) || strings.Contains(k, "dien hinh") || strings.Contains(k, "ca nhan"):
		return KindExemplar, true
	}
	return "", false
}

// ParseStage reads a stage: "đăng ký", "(được) công nhận", "tiêu biểu",
// "đề nghị khen thưởng" (or "đề xuất khen thưởng", "đề nghị khen").
func ParseStage(s string) (Stage, bool) {
	k := textnorm.Key(s)
	for _, st := range Stages {
		if k == string(st) {
			return st, true
		}
	}
	switch {
	case strings.Contains(k, "de nghi") || strings.Contains(k, "de xuat") || strings.Contains(k, "khen thuong"):
		return StageProposed, true
	case strings.Contains(k, "tieu bieu"):
		return StageOutstanding, true
	case strings.Contains(k, "cong nhan"):
		return StageRecognised, true
	case strings.Contains(k, "dang ky") || strings.Contains(k, "dang ki"):
		return StageRegistered, true
	}
	return "", false
}

// ParseLevel reads a recognising level: "cơ sở"; "quận", "huyện", "xã",
// "phường", "thị xã"; "tỉnh", "thành phố"; "Trung ương" ("TW"), with or
// without "cấp". An empty text is no level (ok).
func ParseLevel(s string) (Level, bool) {
	k := strings.TrimSpace(strings.TrimPrefix(textnorm.Key(s), "cap "))
	if k == "" {
		return "", true
	}
	for _, l := range Levels {
		if k == string(l) {
			return l, true
		}
	}
	switch {
	case strings.Contains(k, "co so"):
		return LevelGrassroots, true
	case strings.Contains(k, "trung uong") || k == "tw":
		return LevelCentral, true
	case strings.Contains(k, "tinh") || strings.Contains(k, "thanh pho") || k == "tp":
		return LevelProvince, true
	case strings.Contains(k, "quan") || strings.Contains(k, "huyen") || strings.Contains(k, "xa") || strings.Contains(k, "phuong"):
		return LevelDistrict, true
	}
	return "", false
}

// ParseAnswer reads a checklist answer: "đã thực hiện", "có", "x" → yes;
// "một phần" → partly; "chưa", "không" → no; "" → not answered.
func ParseAnswer(s string) (Answer, bool) {
	k := textnorm.Key(s)
	switch {
	case k == "":
		return AnswerNone, true
	case k == string(AnswerYes) || k == string(AnswerPartly) || k == string(AnswerNo):
		return Answer(k), true
	case strings.Contains(k, "mot phan") || strings.Contains(k, "chua xong") || strings.Contains(k, "dang thuc hien"):
		return AnswerPartly, true
	case strings.HasPrefix(k, "chua") || strings.HasPrefix(k, "khong"):
		return AnswerNo, true
	case strings.Contains(k, "da thuc hien") || strings.Contains(k, "hoan thanh") || k == "co" || k == "x" || k == "dat":
		return AnswerYes, true
	}
	return "", false
}
