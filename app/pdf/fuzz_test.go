package pdf

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"
)

// FuzzWrap breaks arbitrary text: lines never exceed the width unless a
// single character does, no text is lost and wrapping always ends.
func FuzzWrap(f *testing.F) {
	f.Add("Đảng ủy Sở Văn hóa và Thể thao", 40.0)
	f.Add(strings.Repeat("x", 300), 5.0)
	f.Add("a\u0301 b\tc  d", 0.1)
	fs, err := loadFonts()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if !(width > 0.01 && width < 1000) {
			return
		}
		c := cleaner{fonts: fs}
		s = c.line("x", "x", s)
		font := Text{Size: 14}
		lines := fs.wrap(s, font, width, width)
		if got, want := strings.ReplaceAll(strings.Join(lines, ""), " ", ""), strings.ReplaceAll(s, " ", ""); got != want {
			t.Fatalf("text changed: %q -> %q", s, lines)
		}
		for _, l := range lines {
			if fs.width(l, font.Style, font.Size) > width+1e-6 && len([]rune(l)) > 1 {
				t.Fatalf("line %q wider than %.2f", l, width)
			}
		}
	})
}

// FuzzRender puts arbitrary text into the fields users type (the
// movement's register and fields among them) and checks that a PDF always
// comes out, final or draft.
func FuzzRender(f *testing.F) {
	f.Add("ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO", "Nhân kỷ niệm 86 năm\nNgày truyền thống", "Nguyễn Thị Thu Hà")
	f.Add("", "", "")
	f.Add("😀\u0000\u202e", strings.Repeat("Dânvậnkhéo", 50), "\xff\xfe")
	f.Fuzz(func(t *testing.T, body, text, name string) {
		r := sample.Report()
		r.IssuingBody = body
		r.Opening = text
		r.Tasks.Points = append(r.Tasks.Points, report.Point{Heading: name, Text: text})
		r.Honorees.Individuals = r.Honorees.Individuals[:2]
		r.Honorees.Individuals[0].Name = name
		r.Honorees.Individuals[1].Achievement = text
		r.Recipients = append(r.Recipients, name)
		r.Number = name
		// The movement's appendix: a field of the chart and the list, an
		// entry's name and results.
		r.Movement.Register = r.Movement.Register[:3]
		r.Movement.Fields = append(slices.Clone(movement.DefaultFields), body)
		r.Movement.Register[0].Name = name
		r.Movement.Register[1].Results = text
		r.Movement.Register[2].Field = body
		// Half the inputs as a draft: the mark under the number.
		var buf bytes.Buffer
		res, err := Render(r, &buf, Options{Draft: len(text)%2 == 1})
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if res.Pages < 1 || !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatalf("no PDF: %d pages", res.Pages)
		}
	})
}
