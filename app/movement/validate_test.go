package movement

import (
	"strings"
	"testing"
)

func goodEntry() Entry {
	return Entry{Name: "Thư viện thân thiện", Unit: "Thư viện Khoa học Tổng hợp", Kind: KindModel, Field: "Văn hóa – xã hội",
		Stage: StageRecognised, Level: LevelGrassroots, StartYear: 2014}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		change  func(d *Data)
		field   string
		warning bool
	}{
		{"no name", func(d *Data) { d.Register[0].Name = " " }, "movement.register[0].name", false},
		{"no unit", func(d *Data) { d.Register[0].Unit = "" }, "movement.register[0].unit", true},
		{"no kind", func(d *Data) { d.Register[0].Kind = "" }, "movement.register[0].kind", false},
		{"no field", func(d *Data) { d.Register[0].Field = "" }, "movement.register[0].field", false},
		{"unknown field", func(d *Data) { d.Register[0].Field = "Thể thao" }, "movement.register[0].field", false},
		{"no stage", func(d *Data) { d.Register[0].Stage = "" }, "movement.register[0].stage", false},
		{"bad level", func(d *Data) { d.Register[0].Level = "huyện" }, "movement.register[0].level", false},
		{"recognised without level", func(d *Data) { d.Register[0].Level = "" }, "movement.register[0].level", true},
		{"registered with a level", func(d *Data) { d.Register[0].Stage = StageRegistered }, "movement.register[0].level", true},
		{"start year too old", func(d *Data) { d.Register[0].StartYear = 1800 }, "movement.register[0].startYear", true},
		{"start year after the report", func(d *Data) { d.Register[0].StartYear = 2020 }, "movement.register[0].startYear", true},
		{"repeated entry", func(d *Data) {
			e := d.Register[0]
			e.Name = strings.ToUpper(e.Name)
			d.Register = append(d.Register, e)
		}, "movement.register[1].name", true},
		{"blank field in the list", func(d *Data) { d.Fields = []string{"Văn hóa – xã hội", " "} }, "movement.fields[1]", false},
		{"field twice in the list", func(d *Data) { d.Fields = []string{"Văn hóa – xã hội", "văn hoá - xã hội"} }, "movement.fields[1]", false},
		{"typed for an unknown row", func(d *Data) { d.Typed = map[string]int{"nope": 3, "models.registered": 1} }, "movement.typed[nope]", true},
		{"typed differs from the register", func(d *Data) { d.Typed = map[string]int{"models.outstanding": 1} }, "movement.typed[models.outstanding]", true},
		{"negative typed", func(d *Data) { d.Register = nil; d.Typed = map[string]int{"models.proposed": -1} }, "movement.typed[models.proposed]", false},
		{"stage above the one before", func(d *Data) {
			d.Register = nil
			d.Typed = map[string]int{"models.registered": 5, "models.recognised": 6, "field:vanhoaxahoi": 5, "level.grassroots": 6}
		}, "movement.figures.models.recognised", false},
		{"fields do not add up", func(d *Data) {
			d.Register = nil
			d.Typed = map[string]int{"models.registered": 5, "field:kinhte": 4}
		}, "movement.figures.fields.total", true},
		{"levels below recognised", func(d *Data) {
			d.Register = nil
			d.Typed = map[string]int{"models.registered": 5, "models.recognised": 2, "field:kinhte": 5, "level.central": 1}
		}, "movement.figures.levels.total", true},
		{"levels above recognised", func(d *Data) {
			d.Register = nil
			d.Typed = map[string]int{"models.registered": 5, "field:kinhte": 5, "level.central": 1}
		}, "movement.figures.levels.total", true},
		{"baseline not before", func(d *Data) { d.Baseline = &Baseline{Year: 2016, Values: map[string]int{}} }, "movement.baseline.year", true},
		{"negative baseline", func(d *Data) { d.Baseline = &Baseline{Year: 2015, Values: map[string]int{"total.registered": -2}} }, "movement.baseline.values[total.registered]", false},
		{"unanswered task", func(d *Data) { d.Checklist = []Task{{Task: "Tuyên truyền"}} }, "movement.checklist[0].answer", true},
		{"bad answer", func(d *Data) { d.Checklist = []Task{{Task: "Tuyên truyền", Answer: "maybe"}} }, "movement.checklist[0].answer", false},
		{"partly without a note", func(d *Data) { d.Checklist = []Task{{Task: "Tuyên truyền", Answer: AnswerPartly}} }, "movement.checklist[0].note", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Data{Register: []Entry{goodEntry()}}
			if ps := d.Validate(2016); len(ps) != 0 {
				t.Fatalf("the good entry has problems: %v", ps)
			}
			tt.change(d)
			ps := d.Validate(2016)
			if len(ps) != 1 {
				t.Fatalf("want exactly one problem, got %d: %v", len(ps), ps)
			}
			if ps[0].Field != tt.field || ps[0].Warning != tt.warning {
				t.Errorf("got %+v, want field %s warning %v", ps[0], tt.field, tt.warning)
			}
			if !strings.HasSuffix(ps[0].Message, ".") || strings.ContainsAny(ps[0].Message, "{}") {
				t.Errorf("message should be a sentence: %q", ps[0].Message)
			}
		})
	}
}

func TestAnsweredChecklistIsValid(t *testing.T) {
	d := &Data{Checklist: []Task{
		{Task: "a", Answer: AnswerYes},
		{Task: "b", Answer: AnswerPartly, Note: "Còn 2 đơn vị chưa làm."},
		{Task: "c", Answer: AnswerNo, Note: "Chuyển sang năm sau."},
	}}
	if ps := d.Validate(2017); len(ps) != 0 {
		t.Errorf("problems: %v", ps)
	}
	done, partly, not, open := TallyChecklist(append(d.Checklist, Task{Task: "d"}))
	if done != 1 || partly != 1 || not != 1 || open != 1 {
		t.Errorf("tally %d %d %d %d", done, partly, not, open)
	}
}

func TestChecklistFrom(t *testing.T) {
	got := ChecklistFrom([]TaskText{
		{Text: "Tiếp tục đẩy mạnh tuyên truyền."},
		{Heading: "Công tác kiểm tra", Text: "Kiểm tra Quy chế dân chủ."},
		{Heading: " ", Text: ""},
		{Heading: "Chỉ tiêu đề"},
	})
	want := []string{"Tiếp tục đẩy mạnh tuyên truyền.", "Công tác kiểm tra\nKiểm tra Quy chế dân chủ.", "Chỉ tiêu đề"}
	if len(got) != len(want) {
		t.Fatalf("got %d items: %+v", len(got), got)
	}
	for i, w := range want {
		if got[i].Task != w || got[i].Answer != AnswerNone || got[i].Note != "" {
			t.Errorf("item %d = %+v, want task %q unanswered", i, got[i], w)
		}
	}
}

func TestNormalize(t *testing.T) {
	d := &Data{
		Fields:   []string{"Kinh te\u0302\u0301 "}, // decomposed: "Kinh tế"
		Register: []Entry{{Name: " Thư  viện\tthân thiện ", Unit: "Thu\u031b vie\u0323\u0302n", Kind: " model", Stage: "recognised ", Field: "KINH TẾ", Results: "a\r\nb\x07"}},
		Typed:    map[string]int{"field:Văn hóa – xã hội": 3, " models.registered ": 2},
		Baseline: &Baseline{Year: 2015, Values: map[string]int{"field:Kinh tế": 1}},
	}
	d.Normalize()
	e := d.Register[0]
	if d.Fields[0] != "Kinh tế" || e.Name != "Thư viện thân thiện" || e.Unit != "Thư viện" || e.Kind != KindModel || e.Stage != StageRecognised || e.Field != "Kinh tế" || e.Results != "a\nb" {
		t.Errorf("normalised %+v fields %q", e, d.Fields)
	}
	if d.Typed["field:vanhoaxahoi"] != 3 || d.Typed["models.registered"] != 2 || d.Baseline.Values["field:kinhte"] != 1 {
		t.Errorf("keys: %v %v", d.Typed, d.Baseline.Values)
	}
}

func TestCloneIsDeep(t *testing.T) {
	d := Data{Register: []Entry{{Name: "a", Honorees: []HonoreeRef{{Name: "x"}}}}, Typed: map[string]int{"k": 1},
		Baseline: &Baseline{Year: 1, Values: map[string]int{"k": 1}}, Checklist: []Task{{Task: "t"}}}
	c := d.Clone()
	c.Register[0].Name, c.Register[0].Honorees[0].Name = "b", "y"
	c.Typed["k"], c.Baseline.Values["k"], c.Checklist[0].Task = 2, 2, "u"
	if d.Register[0].Name != "a" || d.Register[0].Honorees[0].Name != "x" || d.Typed["k"] != 1 || d.Baseline.Values["k"] != 1 || d.Checklist[0].Task != "t" {
		t.Errorf("the clone shares memory: %+v", d)
	}
	if !(Data{}).IsZero() || d.IsZero() {
		t.Error("IsZero")
	}
}
