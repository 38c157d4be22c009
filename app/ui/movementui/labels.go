package movementui

import "baocao/app/movement"

// The names of the movement's kinds, stages, levels and answers on
// screen: the core's Vietnamese names (movement's Label methods), in
// English when the window is. An unknown value shows as written.

func kindLabel(k movement.Kind) string {
	switch k {
	case movement.KindModel:
		return tr("movement.kindLabel.model", "Mô hình (tập thể)")
	case movement.KindExemplar:
		return tr("movement.kindLabel.exemplar", "Điển hình (cá nhân)")
	}
	return string(k)
}

func stageLabel(s movement.Stage) string {
	switch s {
	case movement.StageRegistered:
		return tr("movement.stage.registered", "Đăng ký")
	case movement.StageRecognised:
		return tr("movement.stage.recognised", "Được công nhận")
	case movement.StageOutstanding:
		return tr("movement.stage.outstanding", "Tiêu biểu")
	case movement.StageProposed:
		return tr("movement.stage.proposed", "Đề nghị khen thưởng")
	}
	return string(s)
}

func levelLabel(l movement.Level) string {
	switch l {
	case movement.LevelGrassroots:
		return tr("movement.level.grassroots", "Cấp cơ sở")
	case movement.LevelDistrict:
		return tr("movement.level.district", "Cấp quận, huyện, xã")
	case movement.LevelProvince:
		return tr("movement.level.province", "Cấp tỉnh, thành phố")
	case movement.LevelCentral:
		return tr("movement.level.central", "Cấp Trung ương")
	}
	return string(l)
}

func answerLabel(a movement.Answer) string {
	switch a {
	case movement.AnswerYes:
		return tr("movement.answer.yes", "Đã thực hiện")
	case movement.AnswerPartly:
		return tr("movement.answer.partly", "Thực hiện một phần")
	case movement.AnswerNo:
		return tr("movement.answer.no", "Chưa thực hiện")
	}
	return string(a)
}
