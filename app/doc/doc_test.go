package doc

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestHonoreeColumns checks the one rule set of honoree columns, on paper
// and in a workbook.
func TestHonoreeColumns(t *testing.T) {
	filled := func(keys ...string) func(string) bool {
		return func(k string) bool {
			for _, x := range keys {
				if x == k {
					return true
				}
			}
			return false
		}
	}
	tests := []struct {
		name string
		set  ColumnSet
		want string
	}{
		{"print: only what rows fill", ColumnSet{Filled: filled(KeyUnit, KeyAward)},
			"STT|Họ và tên|Đơn vị|Hình thức khen thưởng"},
		{"print: an individual's position when filled", ColumnSet{Filled: filled(KeyPosition)},
			"STT|Họ và tên|Chức vụ"},
		{"print: a collective's position when filled", ColumnSet{Collective: true, Filled: filled(KeyPosition)},
			"STT|Tên tập thể|Chức vụ"},
		{"sheet: every column of individuals", ColumnSet{Purpose: Sheet},
			"STT|Họ và tên|Chức vụ|Đơn vị|Thành tích|Hình thức khen thưởng|Ghi chú"},
		{"sheet: collectives without a position", ColumnSet{Purpose: Sheet, Collective: true},
			"STT|Tên tập thể|Đơn vị|Thành tích|Hình thức khen thưởng|Ghi chú"},
		{"sheet: collectives with a position", ColumnSet{Purpose: Sheet, Collective: true, Filled: filled(KeyPosition)},
			"STT|Tên tập thể|Chức vụ|Đơn vị|Thành tích|Hình thức khen thưởng|Ghi chú"},
		{"sheet: the source", ColumnSet{Purpose: Sheet, Source: true},
			"STT|Họ và tên|Chức vụ|Đơn vị|Thành tích|Hình thức khen thưởng|Ghi chú|Nguồn"},
		{"print: never the source", ColumnSet{Source: true, Filled: filled(KeySource)}, "STT|Họ và tên"},
		{"birth by gender", ColumnSet{Birth: Birth{ByGender: true}}, "STT|Họ và tên|Năm sinh/Nam|Năm sinh/Nữ"},
		{"birth year and gender", ColumnSet{Birth: Birth{Year: true, Gender: true}}, "STT|Họ và tên|Năm sinh|Giới tính"},
		{"no birth columns for collectives", ColumnSet{Collective: true, Birth: Birth{ByGender: true}}, "STT|Tên tập thể"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var heads []string
			for _, c := range HonoreeColumns(tc.set) {
				h := c.Head
				if c.Group != "" {
					h = c.Group + "/" + h
				}
				heads = append(heads, h)
				if c.SheetWidth <= 0 || (c.Width <= 0) == (c.Weight <= 0) {
					t.Errorf("%s: widths %+v: want a sheet width and either a print width or a weight", c.Key, c)
				}
			}
			if got := strings.Join(heads, "|"); got != tc.want {
				t.Errorf("columns %q, want %q", got, tc.want)
			}
		})
	}
}

// TestMarshalTagsBlocks: every block is written with its type, an empty
// one too.
func TestMarshalTagsBlocks(t *testing.T) {
	d := &Document{Kind: "test", Layout: &StateLayout}
	d.Add(PageBreak{}, Heading{Kind: HeadingPart, Number: "I.", Line: Line{Text: "TẬP THỂ"}})
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"test","form":"Nghị định 30/2020/NĐ-CP","info":{"title":"","author":"","subject":"","keywords":""},"blocks":[{"type":"pageBreak"},{"type":"heading","kind":"part","number":"I.","text":"TẬP THỂ"}]}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

// TestLayoutsFit: the figures of both forms leave a text width and the
// header's columns inside it.
func TestLayoutsFit(t *testing.T) {
	for _, l := range []*Layout{&PartyLayout, &StateLayout} {
		if tw := l.TextWidth(); tw <= 0 || l.LeftColumn+l.ColumnGap >= tw || l.RecipientsColumn >= tw {
			t.Errorf("%s: text width %.1f, left column %.1f", l.Name, tw, l.LeftColumn)
		}
		if len(l.Heading) == 0 || l.Rules == "" {
			t.Errorf("%s: no heading or rules", l.Name)
		}
	}
}
