package report

import (
	"fmt"
	"strings"
)

// Severity says whether a problem blocks export.
type Severity int

const (
	// Error blocks export: the document would be wrong on paper.
	Error Severity = iota
	// Warning is worth a look but does not block export.
	Warning
)

func (s Severity) String() string {
	if s == Error {
		return "Lỗi"
	}
	return "Lưu ý"
}

// Problem is one thing wrong with a report.
type Problem struct {
	Field    string   // path of the field, e.g. "issuingBody", "honorees.individuals[3].name"
	Severity Severity //
	Message  string   // a Vietnamese sentence that says what to do
}

func (p Problem) String() string { return p.Severity.String() + ": " + p.Message }

// Problems is the result of Validate.
type Problems []Problem

// HasErrors reports whether any problem blocks export.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (ps Problems) Count() (errors, warnings int) {
	for _, p := range ps {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// ForField returns the problems whose field is f or lies inside f
// (ForField("achievements") includes "achievements.points[0].text").
func (ps Problems) ForField(f string) Problems {
	var out Problems
	for _, p := range ps {
		if p.Field == f || strings.HasPrefix(p.Field, f+".") || strings.HasPrefix(p.Field, f+"[") {
			out = append(out, p)
		}
	}
	return out
}

// Field names used in Problem.Field.
const (
	FieldProfile         = "profile"
	FieldSuperiorBody    = "superiorBody"
	FieldIssuingBody     = "issuingBody"
	FieldNumber          = "number"
	FieldSymbol          = "symbol"
	FieldPlace           = "place"
	FieldIssueDate       = "issueDate"
	FieldYear            = "year"
	FieldTitle           = "title"
	FieldSummary         = "summary"
	FieldOpening         = "opening"
	FieldAchievements    = "achievements"
	FieldLimitations     = "limitations"
	FieldTasks           = "tasks"
	FieldRecommendations = "recommendations"
	FieldHonorees        = "honorees"
	FieldCollectives     = "honorees.collectives"
	FieldIndividuals     = "honorees.individuals"
	FieldRecipients      = "recipients"
	FieldSignature       = "signature"
	FieldAuthority       = "signature.authority"
	FieldPosition        = "signature.position"
	FieldSigner          = "signature.signer"
)

// Limits on sizes that a real report never reaches; past them the file is
// more likely damaged or a mistake than a report.
const (
	MinYear = 1930 // the Party's mass-mobilization work dates from 15/10/1930
	MaxYear = 2100
)

// SectionName returns the Vietnamese name of a section field: the one set
// of section names, read by validation, the documents' warnings (package
// compose) and the workbook. The limitations section is "Hạn chế, tồn tại
// và nguyên nhân", as the report's form names it.
func SectionName(field string) string {
	switch field {
	case FieldAchievements:
		return "Kết quả đạt được"
	case FieldLimitations:
		return "Hạn chế, tồn tại và nguyên nhân"
	case FieldTasks:
		return "Phương hướng, nhiệm vụ"
	case FieldRecommendations:
		return "Kiến nghị, đề xuất"
	}
	return field
}

// Validate checks the whole report and returns every problem at once, in
// document order. It does not change the report.
func (r *Report) Validate() Problems {
	v := &validator{}
	r.validateHeader(v)
	r.validateBody(v)
	r.validateHonorees(v)
	r.validateMovement(v)
	r.validateClosing(v)
	return v.ps
}

type validator struct{ ps Problems }

func (v *validator) add(field string, sev Severity, format string, args ...any) {
	v.ps = append(v.ps, Problem{Field: field, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

func (r *Report) validateHeader(v *validator) {
	if !r.Profile.Valid() {
		v.add(FieldProfile, Error, "Chưa chọn thể thức văn bản (của Đảng hoặc của cơ quan nhà nước). Hãy tạo lại báo cáo từ một mẫu.")
	}
	if blank(r.SuperiorBody) {
		sev := Error
		if r.Profile == ProfileState {
			sev = Warning
		}
		v.add(FieldSuperiorBody, sev, "Chưa nhập tên cơ quan cấp trên trực tiếp (ví dụ: ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH).")
	}
	if blank(r.IssuingBody) {
		v.add(FieldIssuingBody, Error, "Chưa nhập tên cơ quan ban hành báo cáo (ví dụ: ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO).")
	}
	if blank(r.Number) {
		v.add(FieldNumber, Warning, "Chưa có số văn bản; trên bản in sẽ để trống để ghi tay khi vào sổ.")
	}
	if blank(r.Symbol) {
		v.add(FieldSymbol, Error, "Chưa nhập ký hiệu văn bản (ví dụ: BC/ĐU).")
	}
	if blank(r.Place) {
		v.add(FieldPlace, Error, "Chưa nhập địa danh nơi ban hành (ví dụ: Thành phố Hồ Chí Minh).")
	}
	yearOK := r.Year >= MinYear && r.Year <= MaxYear
	if !yearOK {
		v.add(FieldYear, Error, "Năm báo cáo %d không hợp lệ; hãy nhập năm từ %d đến %d.", r.Year, MinYear, MaxYear)
	}
	if r.IssueDate.IsZero() {
		v.add(FieldIssueDate, Warning, "Chưa chọn ngày ban hành; trên bản in sẽ để trống để ghi tay.")
	} else if y := r.IssueDate.Time().Year(); yearOK && y != r.Year && y != r.Year+1 {
		v.add(FieldIssueDate, Warning, "Ngày ban hành %s không thuộc năm %d hoặc %d; hãy kiểm tra lại.", r.IssueDate.Vietnamese(), r.Year, r.Year+1)
	}
	if blank(r.Title) {
		v.add(FieldTitle, Error, "Chưa nhập tên loại văn bản (BÁO CÁO).")
	}
	if blank(r.Summary) {
		v.add(FieldSummary, Error, "Chưa nhập trích yếu (ví dụ: tổng kết công tác dân vận năm %d, phương hướng nhiệm vụ năm %d).", r.Year, r.Year+1)
	}
	if blank(r.Opening) {
		v.add(FieldOpening, Warning, "Chưa có đoạn mở đầu (mục đích, dịp tổ chức, thành phần tham dự).")
	}
}

func (r *Report) validateBody(v *validator) {
	for _, ns := range r.Sections() {
		s, name := ns.Section, SectionName(ns.Field)
		optional := ns.Field == FieldRecommendations || ns.Field == FieldLimitations
		if len(s.Points) == 0 {
			sev := Error
			if optional {
				sev = Warning
			}
			v.add(ns.Field, sev, "Phần “%s” chưa có nội dung nào; hãy thêm ít nhất một ý.", name)
			continue
		}
		if blank(s.Heading) {
			v.add(ns.Field+".heading", Error, "Phần “%s” chưa có tiêu đề.", name)
		}
		for i, p := range s.Points {
			if blank(p.Text) && blank(p.Heading) {
				v.add(fmt.Sprintf("%s.points[%d].text", ns.Field, i), Error,
					"Ý %d của phần “%s” đang để trống; hãy nhập nội dung hoặc xóa ý này.", i+1, name)
			} else if blank(p.Text) && s.List == ListHeaded {
				v.add(fmt.Sprintf("%s.points[%d].text", ns.Field, i), Warning,
					"Ý %d của phần “%s” mới có tiêu đề, chưa có nội dung.", i+1, name)
			}
		}
	}
}

func (r *Report) validateHonorees(v *validator) {
	h := r.Honorees
	if len(h.Collectives) == 0 && len(h.Individuals) == 0 {
		v.add(FieldHonorees, Warning, "Chưa có tập thể, cá nhân nào trong danh sách khen thưởng.")
		return
	}
	checkList(v, FieldCollectives, "tập thể", h.Collectives, false, r.Year)
	checkList(v, FieldIndividuals, "cá nhân", h.Individuals, true, r.Year)
}

func checkList(v *validator, field, kind string, list []Honoree, individual bool, year int) {
	for i, h := range list {
		at := fmt.Sprintf("%s[%d]", field, i)
		if blank(h.Name) {
			what := "tên tập thể"
			if individual {
				what = "họ và tên"
			}
			v.add(at+".name", Error, "Dòng %d danh sách %s chưa có %s; hãy nhập hoặc xóa dòng này.", i+1, kind, what)
			continue
		}
		if individual && blank(h.Unit) {
			v.add(at+".unit", Warning, "Dòng %d danh sách cá nhân (%s) chưa có đơn vị.", i+1, h.Name)
		}
		if blank(h.Award) {
			v.add(at+".award", Warning, "Dòng %d danh sách %s (%s) chưa có hình thức khen thưởng.", i+1, kind, h.Name)
		}
		if h.BirthYear != 0 && (h.BirthYear < MinBirthYear || (year >= MinYear && h.BirthYear > year)) {
			v.add(at+".birthYear", Warning, "Dòng %d danh sách %s (%s) có năm sinh %d không hợp lý; hãy kiểm tra lại (để trống nếu không rõ).", i+1, kind, h.Name, h.BirthYear)
		}
		if h.Gender != "" && h.Gender != GenderMale && h.Gender != GenderFemale {
			v.add(at+".gender", Warning, "Dòng %d danh sách %s (%s) ghi giới tính “%s”; hãy chọn Nam hoặc Nữ, hoặc để trống.", i+1, kind, h.Name, h.Gender)
		}
	}
	checkPairs(v, field, kind, list)
}

// MinBirthYear is the earliest birth year taken as plausible.
const MinBirthYear = 1900

// checkPairs warns of rows of one name and unit that the user has not
// confirmed as two people: a row repeated exactly, possible namesakes,
// and rows that may be one person written twice.
func checkPairs(v *validator, field, kind string, list []Honoree) {
	for _, p := range HonoreePairs(list) {
		if p.Confirmed {
			continue
		}
		a, b := list[p.First], list[p.Second]
		at := fmt.Sprintf("%s[%d].name", field, p.Second)
		rows := fmt.Sprintf("Dòng %d và dòng %d danh sách %s", p.First+1, p.Second+1, kind)
		switch p.Match {
		case Repeat:
			v.add(at, Warning, "Dòng %d danh sách %s (%s) giống hệt dòng %d; hãy xóa một dòng. Nếu đúng là hai người, hãy ghi năm sinh hoặc chức vụ để phân biệt, hoặc chọn “%s”.",
				p.Second+1, kind, b.Name, p.First+1, NamesakeConfirmLabel)
		case Namesakes:
			v.add(at, Warning, "%s. Nếu đúng là hai người, hãy chọn “%s”; nếu là một người, hãy xóa một dòng.",
				PairNote(a, b, rows), NamesakeConfirmLabel)
		case Unclear:
			v.add(at, Warning, "%s. Nếu là một người, hãy xóa một dòng; nếu là hai người, hãy ghi năm sinh hoặc chức vụ, hoặc chọn “%s”.",
				PairNote(a, b, rows), NamesakeConfirmLabel)
		}
	}
}

func (r *Report) validateClosing(v *validator) {
	if len(r.Recipients) == 0 {
		v.add(FieldRecipients, Warning, "Chưa có nơi nhận; thường có ít nhất cấp trên và “Lưu Văn phòng”.")
	}
	for i, rec := range r.Recipients {
		if blank(rec) {
			v.add(fmt.Sprintf("%s[%d]", FieldRecipients, i), Warning, "Nơi nhận dòng %d đang để trống.", i+1)
		}
	}
	if blank(r.Signature.Authority) {
		v.add(FieldAuthority, Warning, "Chưa có dòng thẩm quyền ký (ví dụ: T/M ĐẢNG ỦY).")
	}
	if blank(r.Signature.Position) {
		v.add(FieldPosition, Error, "Chưa nhập chức vụ người ký (ví dụ: BÍ THƯ).")
	}
	if blank(r.Signature.Signer) {
		v.add(FieldSigner, Error, "Chưa nhập họ tên người ký.")
	}
}
