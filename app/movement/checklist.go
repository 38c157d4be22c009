package movement

import "strings"

// Answer is how far one of last year's tasks was carried out.
type Answer string

const (
	AnswerNone   Answer = ""       // not answered yet
	AnswerYes    Answer = "yes"    // đã thực hiện
	AnswerPartly Answer = "partly" // thực hiện một phần
	AnswerNo     Answer = "no"     // chưa thực hiện
)

// Answers lists the answers a user can give, in order.
var Answers = []Answer{AnswerYes, AnswerPartly, AnswerNo}

// Label is the answer's Vietnamese name.
func (a Answer) Label() string {
	switch a {
	case AnswerYes:
		return "Đã thực hiện"
	case AnswerPartly:
		return "Thực hiện một phần"
	case AnswerNo:
		return "Chưa thực hiện"
	case AnswerNone:
		return "Chưa đánh giá"
	}
	return string(a)
}

// Valid reports whether a is a known answer or none.
func (a Answer) Valid() bool {
	return a == AnswerNone || a == AnswerYes || a == AnswerPartly || a == AnswerNo
}

// Task is one of last year's tasks ("Phương hướng, nhiệm vụ"), answered in
// this year's review.
type Task struct {
	Task   string `json:"task"`
	Answer Answer `json:"answer,omitempty"`
	Note   string `json:"note,omitempty"` // what was done, or why not
}

// ChecklistFrom turns last year's task points into a checklist to answer:
// one item a point, its heading and text joined into one sentence block.
// Empty points are left out.
func ChecklistFrom(points []TaskText) []Task {
	var out []Task
	for _, p := range points {
		var parts []string
		for _, s := range []string{p.Heading, p.Text} {
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, s)
			}
		}
		if len(parts) == 0 {
			continue
		}
		out = append(out, Task{Task: strings.Join(parts, "\n")})
	}
	return out
}

// TaskText is a task point as the report holds it (movement does not
// import report).
type TaskText struct{ Heading, Text string }

// TallyChecklist counts the answers.
func TallyChecklist(items []Task) (done, partly, not, open int) {
	for _, t := range items {
		switch t.Answer {
		case AnswerYes:
			done++
		case AnswerPartly:
			partly++
		case AnswerNo:
			not++
		default:
			open++
		}
	}
	return
}
