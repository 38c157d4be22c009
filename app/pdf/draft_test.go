package pdf

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/app/report"
	"baocao/app/sample"
)

// renderWith renders r with options o and a fixed date into a temporary
// file and returns its path.
func renderWith(t *testing.T, r *report.Report, o Options) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := render(r, &buf, time.Date(2016, 11, 8, 9, 0, 0, 0, time.UTC), o); err != nil {
		t.Fatalf("render: %v", err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDraftMark reads the "DỰ THẢO" mark back: on page 1 of a draft, with
// its round, under the number, centred in the left column, above the
// title, framed, and named in the document title; absent from a final
// export.
func TestDraftMark(t *testing.T) {
	for _, tc := range []struct {
		name    string
		profile report.Profile
		draft   bool
		round   int
		mark    string // "" for none
	}{
		{"party draft", report.ProfileParty, true, 0, "DỰ THẢO"},
		{"party draft round 2", report.ProfileParty, true, 2, "DỰ THẢO LẦN 2"},
		{"state draft round 3", report.ProfileState, true, 3, "DỰ THẢO LẦN 3"},
		{"party final", report.ProfileParty, false, 2, ""},
		{"state final", report.ProfileState, false, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			r.Profile = tc.profile
			r.DraftRound = tc.round
			path := renderWith(t, r, Options{Draft: tc.draft})
			words := pdfWords(t, path)
			text := flat(pdfText(t, path))
			info := run(t, "pdfinfo", path)
			if tc.mark == "" {
				if strings.Contains(text, "DỰ THẢO") || strings.Contains(strings.ToLower(info), "dự thảo") {
					t.Fatalf("a final export carries the draft mark:\n%s\n%s", text[:200], info)
				}
				return
			}
			if n := strings.Count(text, "DỰ THẢO"); n != 1 {
				t.Errorf("the mark is printed %d times, want once (page 1)", n)
			}
			if tc.round == 0 && strings.Contains(text, "DỰ THẢO LẦN") {
				t.Error("a round is printed though none was given")
			}
			mark, ok := phrase(words, tc.mark)
			if !ok || mark.Page != 1 {
				t.Fatalf("%q not on page 1 (found %v)", tc.mark, ok)
			}
			l := LayoutFor(tc.profile)
			number, _ := phrase(words, r.NumberLine())
			title, _ := phrase(words, "BÁO CÁO")
			if math.Abs((mark.XMin+mark.XMax)/2-(l.MarginLeft+l.LeftColumn/2)) > 1 {
				t.Errorf("mark spans %.1f–%.1f mm, not centred in the left column", mark.XMin, mark.XMax)
			}
			if mark.YMin < number.YMax || mark.YMax > title.YMin-l.HeaderGap+1 {
				t.Errorf("mark at %.1f–%.1f mm, want between the number (ends %.1f) and the title (starts %.1f)",
					mark.YMin, mark.YMax, number.YMax, title.YMin)
			}
			if !strings.Contains(info, "("+sentenceCase(tc.mark)+")") {
				t.Errorf("document title does not name the draft:\n%s", info)
			}
			if !framed(t, path, mark, l.DraftMark) {
				t.Error("no frame around the mark")
			}
		})
	}
}

// framed reports whether page 1 has a dark line down the left of the word
// box w and one across its top, where the frame of the mark m goes.
func framed(t *testing.T, path string, w word, m Mark) bool {
	t.Helper()
	const dpi = 150
	prefix := filepath.Join(t.TempDir(), "p")
	run(t, "pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", "-png", "-singlefile", path, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	px := func(mm float64) int { return int(mm / 25.4 * dpi) }
	dark := func(x, y int) bool {
		g, _, _, _ := img.At(x, y).RGBA()
		return g < 0x8000
	}
	share := func(pts []image.Point) float64 {
		n := 0
		for _, p := range pts {
			if dark(p.X, p.Y) {
				n++
			}
		}
		return float64(n) / float64(len(pts))
	}
	left, top := false, false
	for x := px(w.XMin - m.PadX - 1.5); x <= px(w.XMin-0.3); x++ {
		var col []image.Point
		for y := px(w.YMin); y <= px(w.YMax); y++ {
			col = append(col, image.Pt(x, y))
		}
		left = left || share(col) > 0.9
	}
	for y := px(w.YMin - m.PadY - 2); y <= px(w.YMin+0.2); y++ {
		var row []image.Point
		for x := px(w.XMin); x <= px(w.XMax); x++ {
			row = append(row, image.Pt(x, y))
		}
		top = top || share(row) > 0.9
	}
	return left && top
}

// TestWrittenFormsInPDF reads the number and the date back from the PDF of
// both profiles: a leading zero for numbers below 10, for days below 10
// and for the months 1 and 2 only.
func TestWrittenFormsInPDF(t *testing.T) {
	for _, tc := range []struct {
		profile        report.Profile
		number, symbol string
		date           report.Date
		want           []string
		notWant        []string
	}{
		{report.ProfileParty, "5", "BC/ĐU", report.NewDate(2016, time.August, 5),
			[]string{"Số 05-BC/ĐU", "ngày 05 tháng 8 năm 2016", "(Kèm theo Báo cáo số 05-BC/ĐU"},
			[]string{"tháng 08", "Số 5-"}},
		{report.ProfileParty, "007", "BC/ĐU", report.NewDate(2017, time.February, 9),
			[]string{"Số 07-BC/ĐU", "ngày 09 tháng 02 năm 2017"}, []string{"007"}},
		{report.ProfileState, "7", "BC-SVHTT", report.NewDate(2017, time.January, 1),
			[]string{"Số: 07/BC-SVHTT", "ngày 01 tháng 01 năm 2017"}, nil},
		{report.ProfileState, "12a", "BC-SVHTT", report.NewDate(2016, time.October, 15),
			[]string{"Số: 12a/BC-SVHTT", "ngày 15 tháng 10 năm 2016"}, nil},
	} {
		r := sample.Report()
		r.Profile, r.Number, r.Symbol, r.IssueDate = tc.profile, tc.number, tc.symbol, tc.date
		text := flat(pdfText(t, renderWith(t, r, Options{})))
		for _, s := range tc.want {
			if !strings.Contains(text, s) {
				t.Errorf("%s %q %s: %q not in the PDF", tc.profile, tc.number, tc.date, s)
			}
		}
		for _, s := range tc.notWant {
			if strings.Contains(text, s) {
				t.Errorf("%s %q %s: %q in the PDF", tc.profile, tc.number, tc.date, s)
			}
		}
	}
}

// TestDraftOptionsCompose: Render and WriteFile take the options as an
// optional last argument; none means the final document.
func TestDraftOptionsCompose(t *testing.T) {
	if options(nil).Draft || !options([]Options{{}, {Draft: true}}).Draft {
		t.Error("options: a draft asked for in any argument is a draft, none is final")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "d.pdf")
	if _, err := WriteFile(path, sample.Report(), Options{Draft: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(flat(pdfText(t, path)), "DỰ THẢO") {
		t.Error("WriteFile with Options{Draft: true} wrote no mark")
	}
}

// TestLayoutsNameTheirRules: every layout says which rules it follows.
func TestLayoutsNameTheirRules(t *testing.T) {
	for p, want := range map[report.Profile]string{report.ProfileParty: "36-HD/VPTW", report.ProfileState: "30/2020/NĐ-CP"} {
		l := LayoutFor(p)
		if l.Rules != p.Rules() || !strings.Contains(l.Rules, want) {
			t.Errorf("%s: Rules = %q, want the profile's %q", p, l.Rules, p.Rules())
		}
		if m := l.DraftMark; m.Font.Size < 13 || m.Font.Size > 14 || m.Font.Style != Bold || m.Rule <= 0 {
			t.Errorf("%s: draft mark %+v, want bold 13–14 pt in a frame", p, m)
		}
	}
}
