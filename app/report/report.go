// Package report is the domain model of an annual mass-mobilization report
// ("Báo cáo tổng kết công tác dân vận"): what it holds, how it is cleaned on
// the way in and how it is checked before export.
//
// It knows nothing of files, windows or paper; the draft, pdf, xlsx and ui
// packages build on it.
package report

import (
	"fmt"
	"strings"
	"time"

	"baocao/app/movement"
)

// Profile names the rules of document form a report follows.
type Profile string

const (
	// ProfileParty follows Hướng dẫn 36-HD/VPTW (Party documents).
	ProfileParty Profile = "party"
	// ProfileState follows Decree 30/2020/NĐ-CP (state documents).
	ProfileState Profile = "state"
)

// The rules of document form each profile follows, as far as they could be
// confirmed (see the README, "What the forms were checked against").
const (
	// RulesParty: Hướng dẫn 36-HD/VPTW (03/4/2018) of the Party Central
	// Office. Quy định 399-QĐ/TW (09/01/2026) now governs Party document
	// form; a Hướng dẫn 05-HD/VPTW said to replace 36-HD/VPTW under it
	// could not be confirmed (its reported dates disagree), so the figures
	// remain those of 36-HD/VPTW, whose own examples write dates as
	// "ngày 20 tháng 02 năm 2018".
	RulesParty = "Hướng dẫn 36-HD/VPTW (2018); Quy định 399-QĐ/TW (09/01/2026)"
	// RulesState: Nghị định 30/2020/NĐ-CP on clerical work, Phụ lục I.
	RulesState = "Nghị định 30/2020/NĐ-CP, Phụ lục I"
)

// Valid reports whether p is a known profile.
func (p Profile) Valid() bool { return p == ProfileParty || p == ProfileState }

// Rules names the rules of document form the profile follows.
func (p Profile) Rules() string {
	if p == ProfileState {
		return RulesState
	}
	return RulesParty
}

// ListStyle says how the points of a section are set out on paper.
type ListStyle string

const (
	// ListHeaded: each point has a numbered heading (1., 2., …) and paragraphs.
	ListHeaded ListStyle = "headed"
	// ListNumbered: a numbered list of tasks, each a paragraph or more.
	ListNumbered ListStyle = "numbered"
	// ListBulleted: a list with a dash before each point.
	ListBulleted ListStyle = "bulleted"
)

// Placement says where the honoree tables go.
type Placement string

const (
	PlacementAppendix Placement = "appendix" // after the signature, on a new page
	PlacementInline   Placement = "inline"   // as the last numbered section of the body
)

// Report is everything one annual report holds.
type Report struct {
	Template string  `json:"template,omitempty"` // ID of the template it was started from
	Profile  Profile `json:"profile"`

	SuperiorBody string `json:"superiorBody"` // e.g. ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
	IssuingBody  string `json:"issuingBody"`  // e.g. ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO
	Number       string `json:"number"`       // e.g. 45
	Symbol       string `json:"symbol"`       // e.g. BC/ĐU
	Place        string `json:"place"`        // e.g. Thành phố Hồ Chí Minh
	IssueDate    Date   `json:"issueDate"`
	Year         int    `json:"year"` // the year under review

	Title   string `json:"title"`   // document kind, e.g. BÁO CÁO
	Summary string `json:"summary"` // trích yếu

	Opening string `json:"opening"` // paragraphs separated by newlines

	Achievements    Section `json:"achievements"`
	Limitations     Section `json:"limitations"`
	Tasks           Section `json:"tasks"`
	Recommendations Section `json:"recommendations"`

	Honorees Honorees `json:"honorees"`

	// Units are the subordinate units that send their figures, models
	// and proposed honorees for the year-end report (see package units).
	Units []Unit `json:"units,omitempty"`

	// Movement is the "Dân vận khéo" movement's own data: the register of
	// models and exemplars, typed counts, last year's figures and last
	// year's tasks to answer (see package movement).
	Movement movement.Data `json:"movement,omitzero"`

	Recipients []string  `json:"recipients"`
	Signature  Signature `json:"signature"`

	// Decision is what is kept of the decision on commendation issued
	// with the report (its number, date, signer, bases).
	Decision Decision `json:"decision,omitzero"`

	// Proposal is what is kept of the proposal (Tờ trình) sent upward
	// for the higher awards (its number, date, addressee, signer).
	Proposal Proposal `json:"proposal,omitzero"`

	// DraftRound is the round of the draft circulated for comment ("Dự
	// thảo lần 2" → 2), printed in the "dự thảo" mark of a draft export;
	// 0 when not given. The final export does not print it.
	DraftRound int `json:"draftRound,omitempty"`
}

// Section is one numbered part of the body (I., II., …).
type Section struct {
	Heading string    `json:"heading"`
	List    ListStyle `json:"list,omitempty"`
	Points  []Point   `json:"points"`
}

// Point is one item of a section: an optional heading and its text, whose
// lines are paragraphs.
type Point struct {
	Heading string `json:"heading,omitempty"`
	Text    string `json:"text"`
}

// Paragraphs returns the non-empty lines of the point's text.
func (p Point) Paragraphs() []string { return SplitParagraphs(p.Text) }

// SplitParagraphs splits text into its non-blank lines, trimmed.
func SplitParagraphs(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Honorees are the units and people commended in the report.
type Honorees struct {
	Title       string    `json:"title,omitempty"` // heading of the appendix
	Placement   Placement `json:"placement,omitempty"`
	Collectives []Honoree `json:"collectives"`
	Individuals []Honoree `json:"individuals"`
}

// Count returns the number of collectives and individuals.
func (h Honorees) Count() (collectives, individuals int) {
	return len(h.Collectives), len(h.Individuals)
}

// Honoree is one row of an honoree table. For a collective, Name is the
// collective's name and Position is usually empty.
type Honoree struct {
	Name        string `json:"name"`
	BirthYear   int    `json:"birthYear,omitempty"`   // Năm sinh; 0 when not given
	Gender      Gender `json:"gender,omitempty"`      // Nam / Nữ; "" when not given
	Position    string `json:"position,omitempty"`    // Chức vụ
	Unit        string `json:"unit,omitempty"`        // Đơn vị
	Achievement string `json:"achievement,omitempty"` // Thành tích
	Award       string `json:"award,omitempty"`       // Hình thức khen thưởng
	Note        string `json:"note,omitempty"`        // Ghi chú
	Source      string `json:"source,omitempty"`      // file the row came from, when imported
	// Namesake is set when the user confirmed that this row is a person
	// of their own, not a repeat of another row with the same name in the
	// same unit; the "possible namesake" warning is then not raised.
	Namesake bool `json:"namesake,omitempty"`
	// Origin is where the row was collected from (a unit's workbook,
	// see package units); zero when typed or imported directly.
	Origin movement.Origin `json:"origin,omitzero"`
}

// Gender is how official lists mark an individual: the two columns
// "Nam | Nữ" under "Năm sinh", or one column "Giới tính".
type Gender string

const (
	GenderMale   Gender = "nam"
	GenderFemale Gender = "nữ"
)

// Signature is the block at the bottom right.
type Signature struct {
	Authority string `json:"authority"` // e.g. T/M ĐẢNG ỦY, KT. GIÁM ĐỐC
	Position  string `json:"position"`  // e.g. BÍ THƯ
	Signer    string `json:"signer"`    // the signer's full name
}

// NextYear is the year the tasks are for.
func (r *Report) NextYear() int { return r.Year + 1 }

// The two document forms write the number and symbol and the date
// differently; these methods are the one place that knows how, for the
// PDF, the workbook and the window alike.

// NumberAndSymbol renders the number and symbol without "Số": "45-BC/ĐU"
// in the Party form (Hướng dẫn 36-HD/VPTW), "12/BC-SVHTT" in the state
// form (Nghị định 30/2020/NĐ-CP). A number below 10 takes a leading zero
// ("5" → "05-BC/ĐU"). With no number yet it leaves room to write it in by
// hand ("     -BC/ĐU"), as offices do.
func (r *Report) NumberAndSymbol() string {
	num := FormatNumber(r.Number)
	if num == "" {
		num = "    "
	}
	sym := strings.TrimSpace(r.Symbol)
	switch {
	case sym == "":
		return num
	case r.Profile == ProfileState:
		return num + "/" + sym
	default:
		return num + "-" + sym
	}
}

// FormatNumber writes a document number as both forms do: a number of
// digits only is written with at least two digits ("5" → "05", "007" →
// "07", "12" and "123" unchanged); anything else ("12a", "") is kept as
// typed, trimmed.
func FormatNumber(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.TrimLeft(s, "0123456789") != "" {
		return s
	}
	s = strings.TrimLeft(s, "0")
	for len(s) < 2 {
		s = "0" + s
	}
	return s
}

// NumberLine is the line under the bodies' names: "Số 45-BC/ĐU" (Party),
// "Số: 12/BC-SVHTT" (state).
func (r *Report) NumberLine() string {
	if r.Profile == ProfileState {
		return "Số: " + r.NumberAndSymbol()
	}
	return "Số " + r.NumberAndSymbol()
}

// PlaceAndDate renders "Thành phố Hồ Chí Minh, ngày 08 tháng 11 năm 2016".
// Both forms write a day below 10 and the months 1 and 2 with a leading
// zero, and no other month ("ngày 05 tháng 8 năm 2016", "ngày 09 tháng 02
// năm 2017"): Nghị định 30/2020/NĐ-CP says so, and the Party guidance's
// own examples are written so.
func (r *Report) PlaceAndDate() string {
	date := "ngày     tháng     năm " + fmt.Sprint(r.Year)
	if !r.IssueDate.IsZero() {
		date = r.IssueDate.Written()
	}
	if strings.TrimSpace(r.Place) == "" {
		return date
	}
	return r.Place + ", " + date
}

// DraftMark is the text of the "dự thảo" mark of a draft export: "DỰ
// THẢO", or "DỰ THẢO LẦN 2" when the round is given.
func (r *Report) DraftMark() string {
	if r.DraftRound > 0 {
		return fmt.Sprintf("DỰ THẢO LẦN %d", r.DraftRound)
	}
	return "DỰ THẢO"
}

// Sections returns the four body sections in document order, with their
// field names for validation messages.
func (r *Report) Sections() []NamedSection {
	return []NamedSection{
		{FieldAchievements, &r.Achievements},
		{FieldLimitations, &r.Limitations},
		{FieldTasks, &r.Tasks},
		{FieldRecommendations, &r.Recommendations},
	}
}

// NamedSection pairs a section with its field name.
type NamedSection struct {
	Field   string
	Section *Section
}

// Date is a calendar day, stored in JSON as "2006-01-02" ("" when unset).
type Date struct{ t time.Time }

// NewDate returns the date y-m-d.
func NewDate(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// ParseDate accepts "2006-01-02" and the Vietnamese "02/01/2006".
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Date{t}, nil
		}
	}
	return Date{}, fmt.Errorf("ngày %q không đúng dạng ngày/tháng/năm (ví dụ 08/11/2016)", s)
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns the date as a time at midnight UTC.
func (d Date) Time() time.Time { return d.t }

// String renders the date as "2006-01-02", or "" when unset.
func (d Date) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format("2006-01-02")
}

// Vietnamese renders the date as "08/11/2016", or "" when unset.
func (d Date) Vietnamese() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format("02/01/2006")
}

// Written renders the date as documents write it: "ngày 05 tháng 8 năm
// 2016", "ngày 09 tháng 02 năm 2017" (a leading zero for days below 10 and
// for the months 1 and 2 only), or "" when unset.
func (d Date) Written() string {
	if d.t.IsZero() {
		return ""
	}
	month := fmt.Sprint(int(d.t.Month()))
	if d.t.Month() <= time.February {
		month = "0" + month
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", d.t.Day(), month, d.t.Year())
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
