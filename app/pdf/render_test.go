package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/sample"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/unicode/norm"
)

// reportWords returns the words of every text of r that goes on paper,
// with how often each occurs.
func reportWords(r *report.Report) map[string]int {
	texts := []string{r.SuperiorBody, r.IssuingBody, r.PlaceAndDate(), r.Title, r.Summary, r.Opening,
		r.Signature.Authority, r.Signature.Position, r.Signature.Signer, r.Honorees.Title}
	for _, ns := range r.Sections() {
		texts = append(texts, ns.Section.Heading)
		for _, p := range ns.Section.Points {
			texts = append(texts, p.Heading, p.Text)
		}
	}
	for _, h := range append(append([]report.Honoree{}, r.Honorees.Collectives...), r.Honorees.Individuals...) {
		texts = append(texts, h.Name, h.Position, h.Unit, h.Achievement, h.Award, h.Note)
	}
	texts = append(texts, r.Recipients...)
	n := map[string]int{}
	for _, t := range texts {
		for _, w := range strings.Fields(norm.NFC.String(t)) {
			n[w]++
		}
	}
	return n
}

// TestSampleText checks that every word of the sample, with its
// diacritics, is in the PDF as many times as in the draft, that the fonts
// are embedded and that qpdf finds the file sound.
func TestSampleText(t *testing.T) {
	for _, profile := range []report.Profile{report.ProfileParty, report.ProfileState} {
		t.Run(string(profile), func(t *testing.T) {
			r := sample.Report()
			r.Profile = profile
			path, res := renderFile(t, r)
			if len(res.Warnings) != 0 {
				t.Errorf("warnings for the sample: %v", res.Warnings)
			}
			got := map[string]int{}
			for _, w := range pdfWords(t, path) {
				got[w.Text]++
				if !norm.NFC.IsNormalString(w.Text) {
					t.Errorf("word %q on page %d is not NFC", w.Text, w.Page)
				}
			}
			for w, n := range reportWords(r.Expanded()) { // the figures' placeholders print as numbers
				if got[w] < n {
					t.Errorf("word %q: %d in the PDF, %d in the draft", w, got[w], n)
				}
			}
			text := flat(pdfText(t, path))
			for _, s := range []string{"Lê Văn Phúc", "Chi bộ Văn phòng Sở", "Trần Thị Minh Hạnh", "Nơi nhận:", "- Lưu Văn phòng Đảng ủy.",
				"các đơn vị đăng ký 17 mô hình, điển hình", "tăng 3 (21,4%) so với năm 2015", "trong đó 7 tiêu biểu và 3 được đề nghị khen thưởng"} {
				if !strings.Contains(text, s) {
					t.Errorf("PDF text lacks %q", s)
				}
			}

			fonts := run(t, "pdffonts", path)
			embedded := 0
			for _, l := range strings.Split(fonts, "\n") {
				f := strings.Fields(l)
				if len(f) >= 7 && strings.HasPrefix(f[0], "utf8liberationserif") {
					if f[len(f)-5] != "yes" {
						t.Errorf("font not embedded: %s", l)
					}
					embedded++
				}
			}
			if embedded < 3 {
				t.Errorf("pdffonts lists %d Liberation Serif fonts, want at least 3:\n%s", embedded, fonts)
			}
			run(t, "qpdf", "--check", path)

			info := run(t, "pdfinfo", path)
			for _, want := range []string{"Author:          " + r.IssuingBody, "Creator:         " + Creator, "Title:           BÁO CÁO", "Pages:"} {
				if !strings.Contains(info, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, info)
				}
			}
		})
	}
}

// TestSampleLayout pins the places of the header blocks, the title, the
// page numbers and the closing blocks, within a millimetre or two, and
// the page count of the sample.
func TestSampleLayout(t *testing.T) {
	r := sample.Report()
	path, res := renderFile(t, r)
	// 3 of report, 4 of the figures' appendix (the table; the chart and
	// the list of models), 3 of the honorees'.
	if res.Pages != 10 {
		t.Errorf("sample has %d pages, want 10 (3 of report, 4 of figures and models, 3 of honorees)", res.Pages)
	}
	words := pdfWords(t, path)
	l := PartyLayout
	left, right := l.MarginLeft, l.PageWidth-l.MarginRight
	colEdge := l.MarginLeft + l.LeftColumn
	get := func(p string) word {
		t.Helper()
		w, ok := phrase(words, p)
		if !ok {
			t.Fatalf("%q not found in the PDF", p)
		}
		return w
	}
	near := func(what string, got, want, tol float64) {
		t.Helper()
		if math.Abs(got-want) > tol {
			t.Errorf("%s: %.1f mm, want %.1f ± %.1f", what, got, want, tol)
		}
	}
	centre := func(w word) float64 { return (w.XMin + w.XMax) / 2 }

	party := get("ĐẢNG CỘNG SẢN VIỆT NAM")
	superior := get("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH")
	number := get("Số 45-BC/ĐU")
	date := get("ngày 08 tháng 11 năm 2016")
	title := get("BÁO CÁO")
	if party.Page != 1 || superior.Page != 1 || title.Page != 1 {
		t.Fatalf("header block not on page 1")
	}
	near("top of the header", superior.YMin, l.MarginTop, 3)
	near("ĐẢNG CỘNG SẢN VIỆT NAM top, level with the superior body", party.YMin, superior.YMin, 1)
	if party.XMin < colEdge || party.XMax > right+0.5 {
		t.Errorf("ĐẢNG CỘNG SẢN VIỆT NAM spans %.1f–%.1f mm, outside the right column %.1f–%.1f", party.XMin, party.XMax, colEdge, right)
	}
	near("superior body centred in the left column", centre(superior), left+l.LeftColumn/2, 1)
	near("number centred in the left column", centre(number), left+l.LeftColumn/2, 1)
	if date.XMin < colEdge {
		t.Errorf("place and date start at %.1f mm, inside the left column (ends %.1f)", date.XMin, colEdge)
	}
	near("title centred on the text width", centre(title), left+l.TextWidth()/2, 1)
	if title.YMin < number.YMax+5 {
		t.Errorf("title at %.1f mm, too close to the header block ending at %.1f", title.YMin, number.YMax)
	}
	star := find(words, "*")
	if len(star) == 0 || star[0].Page != 1 {
		t.Fatal("no star under the issuing body")
	}
	near("star centred in the left column", centre(star[0]), left+l.LeftColumn/2, 1)

	// Page numbers: none on page 1, centred in the top margin after.
	for p := 1; p <= res.Pages; p++ {
		found := false
		for _, w := range words {
			if w.Page == p && w.Text == fmt.Sprint(p) && w.YMax < l.MarginTop {
				found = true
				near(fmt.Sprintf("page number %d centred", p), centre(w), left+l.TextWidth()/2, 1)
			}
		}
		if found != (p > 1) {
			t.Errorf("page %d: page number shown = %v", p, found)
		}
	}

	// Closing blocks side by side, on the same page as the last lines of
	// the body.
	recip := get("Nơi nhận:")
	auth := get("T/M ĐẢNG ỦY")
	signer := get("Trần Thị Minh Hạnh")
	var lastBody word
	for _, w := range words {
		if w.Text == "khéo”." {
			lastBody = w // the last occurrence: the end of the body
		}
	}
	if recip.Page != auth.Page || auth.Page != lastBody.Page || signer.Page != auth.Page {
		t.Errorf("closing blocks and last body line on pages %d, %d, %d, %d", lastBody.Page, recip.Page, auth.Page, signer.Page)
	}
	near("Nơi nhận level with T/M", recip.YMin, auth.YMin, 1.5)
	near("Nơi nhận at the left margin", recip.XMin, left, 0.5)
	if signer.YMin-auth.YMax < 20 {
		t.Errorf("only %.1f mm to sign in", signer.YMin-auth.YMax)
	}
	if auth.XMin < left+l.RecipientsColumn {
		t.Errorf("signature block starts at %.1f mm, over the recipients column", auth.XMin)
	}

	// The figures' appendix on a new page after the signature, the
	// honorees' on a new page after it, the header rows repeated.
	figures := get("PHỤ LỤC I")
	if figures.Page != signer.Page+1 {
		t.Errorf("PHỤ LỤC I on page %d, want %d", figures.Page, signer.Page+1)
	}
	appx := get("PHỤ LỤC II")
	list := get("III. DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH")
	if list.Page <= figures.Page || appx.Page <= list.Page {
		t.Errorf("figures on page %d, models from page %d, honorees on page %d", figures.Page, list.Page, appx.Page)
	}
	get("(Kèm theo Báo cáo số 45-BC/ĐU ngày 08/11/2016)")
	heads := func(from, to int) int {
		n := 0
		for _, w := range words {
			if w.Page >= from && w.Page <= to && w.Text == "STT" {
				n++
			}
		}
		return n
	}
	// The models' table on every page from its first to the last before
	// the honorees'.
	if got, want := heads(list.Page, appx.Page-1), appx.Page-list.Page; got != want {
		t.Errorf("%d header rows in the list of models, want %d", got, want)
	}
	// Collectives' table on the first appendix page, individuals' over
	// the appendix pages: one header per table and per page it continues on.
	if got, want := heads(appx.Page, res.Pages), 1+(res.Pages-appx.Page+1); got != want {
		t.Errorf("%d header rows in the honorees' appendix, want %d", got, want)
	}
	for _, w := range words {
		if w.Page >= figures.Page && (w.XMin < left-0.5 || w.XMax > right+0.5) {
			t.Errorf("page %d: %q at %.1f–%.1f mm, outside the margins", w.Page, w.Text, w.XMin, w.XMax)
		}
		if w.YMax > l.PageHeight-l.MarginBottom+0.5 {
			t.Errorf("page %d: %q ends at %.1f mm, in the bottom margin", w.Page, w.Text, w.YMax)
		}
	}
}

// TestStateHeader checks the state form: motto, "Số:" and the rules.
func TestStateHeader(t *testing.T) {
	r := sample.Report()
	r.Profile = report.ProfileState
	// Typed in lower case, printed in capitals as both forms want.
	r.SuperiorBody = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
	r.IssuingBody = "Sở Văn hóa và Thể thao"
	r.Number, r.Symbol = "12", "BC-SVHTT"
	r.IssueDate = report.NewDate(2016, time.August, 5)
	path, _ := renderFile(t, r)
	words := pdfWords(t, path)
	l := StateLayout
	colEdge := l.MarginLeft + l.LeftColumn
	for _, p := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-SVHTT",
		"SỞ VĂN HÓA VÀ THỂ THAO", "ngày 05 tháng 8 năm 2016"} {
		if _, ok := phrase(words, p); !ok {
			t.Errorf("%q not in the PDF", p)
		}
	}
	motto, _ := phrase(words, "Độc lập - Tự do - Hạnh phúc")
	if motto.XMin < colEdge {
		t.Errorf("motto starts at %.1f mm, inside the left column", motto.XMin)
	}
	if _, ok := phrase(words, "ĐẢNG CỘNG SẢN VIỆT NAM"); ok {
		t.Error("state document carries the Party heading")
	}
	// The superior body is longer than the column: it wraps, centred.
	for _, w := range words {
		if w.Page == 1 && w.YMin < 40 && w.XMax < colEdge && w.XMin < l.MarginLeft-0.5 {
			t.Errorf("%q sticks out of the left column", w.Text)
		}
	}
}

// TestEdgeCases renders reports at the edges of what a draft can hold.
func TestEdgeCases(t *testing.T) {
	long := strings.Repeat("Công tác dân vận được đẩy mạnh ở mọi đơn vị trực thuộc. ", 360) // ~20,000 characters
	longWord := strings.Repeat("Dânvậnkhéo", 30)
	name120 := strings.ToUpper("Đảng ủy Trung tâm Huấn luyện và Thi đấu Thể dục thể thao thuộc Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh khóa XI")
	tests := []struct {
		name  string
		edit  func(r *report.Report)
		check func(t *testing.T, r *report.Report, res Result, words []word, text string)
	}{
		{"no honorees", func(r *report.Report) {
			r.Honorees.Collectives, r.Honorees.Individuals = nil, nil
			r.Movement = movement.Data{}
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if strings.Contains(text, "PHỤ LỤC") || strings.Contains(text, "STT") {
				t.Error("appendix printed without honorees")
			}
			if res.Pages != 3 {
				t.Errorf("%d pages, want 3", res.Pages)
			}
		}},
		{"2000 honorees", func(r *report.Report) {
			*r = *sample.WithHonorees(2000)
			r.Movement = movement.Data{}
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			heads := len(find(words, "STT"))
			appx, _ := phrase(words, "PHỤ LỤC")
			// one header for the collectives, one per page of individuals
			if want := res.Pages - appx.Page + 2; heads != want {
				t.Errorf("%d header rows over %d appendix pages, want %d", heads, res.Pages-appx.Page+1, want)
			}
			for _, n := range []string{"(84)", "2000"} {
				if len(find(words, n)) == 0 {
					t.Errorf("%q missing", n)
				}
			}
		}},
		{"20000-character paragraph", func(r *report.Report) {
			r.Achievements.Points[0].Text = long
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if got, want := strings.Count(text, "đơn vị trực thuộc."), 360; got < want {
				t.Errorf("%d sentences of %d in the PDF", got, want)
			}
		}},
		{"word longer than a line", func(r *report.Report) {
			r.Opening = longWord + " kết thúc."
			r.Honorees.Individuals[0].Name = longWord
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			joined := strings.Join(strings.Fields(text), "")
			if !strings.Contains(joined, longWord) {
				t.Error("the long word is not whole when its pieces are joined")
			}
		}},
		{"NFD input", func(r *report.Report) {
			r.Signature.Signer = norm.NFD.String("Trần Thị Minh Hạnh")
			r.Honorees.Individuals[0].Name = norm.NFD.String("Nguyễn Thị Thu Hà")
			r.Opening = norm.NFD.String(r.Opening)
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			for _, s := range []string{"Trần Thị Minh Hạnh", "Nguyễn Thị", "Nhân kỷ niệm 86 năm"} {
				if !strings.Contains(text, s) {
					t.Errorf("%q (NFC) not in the PDF", s)
				}
			}
			if len(res.Warnings) != 0 {
				t.Errorf("warnings for NFD text: %v", res.Warnings)
			}
		}},
		{"empty optional section", func(r *report.Report) {
			r.Recommendations.Points = nil
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if strings.Contains(text, "KIẾN NGHỊ") || strings.Contains(text, "IV.") {
				t.Error("empty section printed, or its number kept")
			}
			if !strings.Contains(text, "III. PHƯƠNG HƯỚNG") {
				t.Error("sections before it renumbered")
			}
		}},
		{"120-character body names", func(r *report.Report) {
			r.SuperiorBody = name120
			r.IssuingBody = name120
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			l := PartyLayout
			edge := l.MarginLeft + l.LeftColumn
			for _, w := range words {
				if w.Page == 1 && w.YMin < 70 && w.XMin < edge && w.XMax > edge+0.5 {
					t.Errorf("%q crosses the column edge (%.1f–%.1f, edge %.1f)", w.Text, w.XMin, w.XMax, edge)
				}
			}
			if got := strings.Count(text, "KHÓA XI"); got < 2 {
				t.Errorf("body names cut: %d of 2", got)
			}
		}},
		{"emoji and other missing characters", func(r *report.Report) {
			r.Honorees.Individuals[2].Name = "Phạm Minh Tuấn 😀"
			r.Opening = "Mở đầu ✅ rõ ràng."
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if len(res.Warnings) != 2 {
				t.Fatalf("%d warnings, want 2: %v", len(res.Warnings), res.Warnings)
			}
			w := res.Warnings[0]
			if w.Field != report.FieldOpening || !strings.Contains(w.Message, "✅") || !strings.Contains(w.Message, "U+2705") {
				t.Errorf("warning %+v", w)
			}
			w = res.Warnings[1]
			if w.Field != "honorees.individuals[2].name" || !strings.Contains(w.Message, "dòng 3") || !strings.Contains(w.Message, "😀") {
				t.Errorf("warning %+v", w)
			}
			if !strings.Contains(text, "Tuấn □") || !strings.Contains(text, "Mở đầu □ rõ ràng.") {
				t.Error("missing characters not replaced visibly by □")
			}
		}},
		{"table row taller than a page", func(r *report.Report) {
			r.Honorees.Individuals[1].Achievement = strings.Repeat("Thành tích rất dài. ", 400)
			r.Movement = movement.Data{}
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if got := strings.Count(text, "Thành tích rất dài."); got != 400 {
				t.Errorf("%d of 400 sentences of the tall row in the PDF", got)
			}
			row, _ := phrase(words, "Lê Văn Phúc")
			last := row
			for _, w := range words {
				if w.Text == "dài." {
					last = w
				}
			}
			if last.Page < row.Page+2 {
				t.Errorf("tall row on pages %d–%d, want at least three pages", row.Page, last.Page)
			}
			for p := row.Page + 1; p <= last.Page; p++ {
				n := 0
				for _, w := range words {
					if w.Page == p && w.Text == "STT" {
						n++
					}
				}
				if n != 1 {
					t.Errorf("page %d has %d header rows, want 1", p, n)
				}
			}
		}},
		{"first row taller than a page", func(r *report.Report) {
			r.Honorees.Individuals[0].Achievement = strings.Repeat("Thành tích rất dài. ", 400)
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if got := strings.Count(text, "Thành tích rất dài."); got != 400 {
				t.Errorf("%d of 400 sentences of the tall row in the PDF", got)
			}
		}},
		{"inline honorees", func(r *report.Report) {
			r.Honorees.Placement = report.PlacementInline
			r.Movement = movement.Data{}
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if strings.Contains(text, "PHỤ LỤC") {
				t.Error("inline honorees printed as an appendix")
			}
			tbl, _ := phrase(words, "V. DANH SÁCH")
			sig, _ := phrase(words, "Trần Thị Minh Hạnh")
			if tbl.Page == 0 || tbl.Page > sig.Page || (tbl.Page == sig.Page && tbl.YMin > sig.YMin) {
				t.Errorf("honoree section (page %d) not before the signature (page %d)", tbl.Page, sig.Page)
			}
		}},
		{"no number, no date, no recipients", func(r *report.Report) {
			r.Number = ""
			r.IssueDate = report.Date{}
			r.Recipients = nil
		}, func(t *testing.T, r *report.Report, res Result, words []word, text string) {
			if !strings.Contains(text, "-BC/ĐU") || !strings.Contains(text, "năm 2016") {
				t.Error("room for number and date not left")
			}
			if strings.Contains(text, "Nơi nhận") {
				t.Error("empty Nơi nhận printed")
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sample.Report()
			tc.edit(r)
			path, res := renderFile(t, r)
			run(t, "qpdf", "--check", path)
			words := pdfWords(t, path)
			l := LayoutFor(r.Profile)
			for _, w := range words {
				if w.XMin < l.MarginLeft-0.5 || w.XMax > l.PageWidth-l.MarginRight+0.5 || w.YMax > l.PageHeight-l.MarginBottom+0.5 {
					t.Errorf("page %d: %q at x %.1f–%.1f, y %.1f–%.1f: outside the text area", w.Page, w.Text, w.XMin, w.XMax, w.YMin, w.YMax)
					break
				}
			}
			// The text without page numbers, lines joined.
			var body []string
			for _, w := range words {
				if w.YMin > l.MarginTop {
					body = append(body, w.Text)
				}
			}
			// No table header ends a page without a row under it.
			for _, h := range find(words, "STT") {
				below := false
				for _, w := range words {
					if w.Page == h.Page && w.YMin > h.YMin+13 {
						below = true
						break
					}
				}
				if !below {
					t.Errorf("page %d ends with a table header and no row", h.Page)
				}
			}
			tc.check(t, r, res, words, strings.Join(body, " "))
		})
	}
}

// TestWriteFile checks that exporting replaces a file only with a complete
// PDF and leaves nothing behind when it fails.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "báo cáo.pdf")
	old := []byte("bản cũ")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	// A failed export leaves the old file as it was.
	if _, err := WriteFile(path, nil); err == nil {
		t.Fatal("no error for a nil report")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Fatalf("failed export changed the file: %q", got)
	}
	// An export into a missing folder fails with a Vietnamese message.
	if _, err := WriteFile(filepath.Join(dir, "không có", "x.pdf"), sample.Report()); err == nil || !strings.Contains(err.Error(), "tệp") {
		t.Errorf("error = %v", err)
	}
	res, err := WriteFile(path, sample.Report())
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data[len(data)-1024:], []byte("%%EOF")) || res.Pages != 10 {
		t.Errorf("file is not the whole PDF (%d bytes, %d pages)", len(data), res.Pages)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "báo cáo.pdf" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestRenderIsStable checks that the same report and time give the same
// bytes, so the print preview shows exactly what export writes.
func TestRenderIsStable(t *testing.T) {
	now := time.Date(2016, 11, 8, 9, 0, 0, 0, time.UTC)
	var a, b bytes.Buffer
	if _, err := render(sample.Report(), &a, now); err != nil {
		t.Fatal(err)
	}
	if _, err := render(sample.Report(), &b, now); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same report differ")
	}

	// Rendering leaves the report as it was, NFD text and emoji included.
	r := sample.Report()
	r.Opening = norm.NFD.String(r.Opening) + " 😀"
	before, _ := json.Marshal(r)
	if _, err := render(r, io.Discard, now); err != nil {
		t.Fatal(err)
	}
	if after, _ := json.Marshal(r); !bytes.Equal(before, after) {
		t.Error("Render changed the report")
	}
}

// TestWidthsMatchGofpdf checks that our metrics, used for line breaking,
// are the ones gofpdf uses to place text.
func TestWidthsMatchGofpdf(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	p := gofpdf.New("P", "mm", "A4", "")
	for s := Regular; s < numStyles; s++ {
		p.AddUTF8FontFromBytes(family, gofpdfStyle(s), fs.faces[s].Data)
	}
	for _, s := range []string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Thành phố Hồ Chí Minh, ngày 08 tháng 11 năm 2016", "“Dân vận khéo” – 98%; ữ ỹ ỵ ặ ẫ"} {
		for st := Regular; st < numStyles; st++ {
			p.SetFont(family, gofpdfStyle(st), 14)
			want := p.GetStringWidth(s)
			if got := fs.width(s, st, 14); math.Abs(got-want) > 1e-6 {
				t.Errorf("%q style %d: width %.4f, gofpdf %.4f", s, st, got, want)
			}
		}
	}
}

// TestWrap checks line breaking on its own.
func TestWrap(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	f := Text{Size: 14}
	tests := []struct {
		name         string
		s            string
		first, width float64
		lines        int
	}{
		{"empty", "   ", 50, 50, 0},
		{"one line", "Dân vận khéo", 100, 100, 1},
		{"indent on the first line", strings.Repeat("chữ ", 20), 40, 60, 0},
		{"word longer than a line", strings.Repeat("x", 200), 30, 30, 0},
		{"spaces collapse", "a    b\t c", 100, 100, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := fs.wrap(tc.s, f, tc.first, tc.width)
			if tc.lines > 0 && len(lines) != tc.lines {
				t.Errorf("%d lines, want %d: %q", len(lines), tc.lines, lines)
			}
			if got, want := strings.Join(lines, ""), strings.Join(strings.Fields(tc.s), ""); strings.ReplaceAll(got, " ", "") != want {
				t.Errorf("text changed: %q", lines)
			}
			for i, l := range lines {
				w := tc.width
				if i == 0 {
					w = tc.first
				}
				if fs.width(l, f.Style, f.Size) > w+1e-6 {
					t.Errorf("line %d %q is %.1f mm, wider than %.1f", i, l, fs.width(l, f.Style, f.Size), w)
				}
				if strings.Contains(l, "  ") || strings.TrimSpace(l) != l {
					t.Errorf("line %d %q has stray spaces", i, l)
				}
			}
		})
	}
}

// TestCompressStreams checks that compressing the plain streams keeps the
// document the same to a reader, and leaves anything it does not
// understand alone.
func TestCompressStreams(t *testing.T) {
	for _, junk := range [][]byte{nil, []byte("%PDF-1.3\n"), []byte("startxref\n12\n%%EOF\n"), []byte("xref\n0 3\nstartxref\n0\n%%EOF")} {
		if got := compressStreams(junk); !bytes.Equal(got, junk) {
			t.Errorf("compressStreams(%q) = %q, want it unchanged", junk, got)
		}
	}
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(sample.Report(), fonts)
	d.build()
	d.paginate()
	var plain bytes.Buffer
	if err := d.pdf.Output(&plain); err != nil {
		t.Fatal(err)
	}
	packed := compressStreams(plain.Bytes())
	if len(packed) >= plain.Len()*9/10 {
		t.Errorf("compressed %d bytes to %d", plain.Len(), len(packed))
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "plain.pdf"), filepath.Join(dir, "packed.pdf")
	os.WriteFile(a, plain.Bytes(), 0o600)
	os.WriteFile(b, packed, 0o600)
	run(t, "qpdf", "--check", b) // exit status 3 on warnings, such as a broken xref
	if ta, tb := pdfText(t, a), pdfText(t, b); strings.Join(ta, "\f") != strings.Join(tb, "\f") {
		t.Error("the text differs after compression")
	}
}

// TestPaginateKeepsHeaderWithTallRow: a table header with too little room
// under it for the first lines of a row taller than a page goes to the
// next page with the row, rather than ending a page on its own.
func TestPaginateKeepsHeaderWithTallRow(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(sample.Report(), fonts)
	l := d.l
	body := l.PageHeight - l.MarginTop - l.MarginBottom
	type drawn struct {
		what     string
		page     int
		from, to int
	}
	var got []drawn
	rec := func(what string) func(float64) {
		return func(float64) { got = append(got, drawn{what: what, page: d.pdf.PageNo()}) }
	}
	tb := &table{}
	tb.head = item{h: 10, table: tb, header: true, keep: true, draw: rec("header")}
	d.items = []item{
		{h: body - 10 - 8, draw: rec("filler")}, // leaves 8 mm: room for the header, not for 3 lines
		tb.head,
		{h: 500, table: tb, split: &splitRow{lines: 100, lh: 5, pad: 1, draw: func(y float64, from, to int) {
			got = append(got, drawn{what: "row", page: d.pdf.PageNo(), from: from, to: to})
		}}},
	}
	d.paginate()
	if len(got) < 3 || got[1].what != "header" || got[1].page != 2 || got[2].what != "row" || got[2].page != 2 || got[2].from != 0 {
		t.Fatalf("drawn: %+v", got)
	}
	lines, pages := 0, 0
	for _, g := range got {
		if g.what == "row" {
			if g.from != lines {
				t.Errorf("row piece starts at line %d, want %d", g.from, lines)
			}
			lines = g.to
			pages++
		}
	}
	if lines != 100 || pages < 2 {
		t.Errorf("row drawn up to line %d over %d pieces", lines, pages)
	}
}

// TestColumnWidths checks how the honoree table shares the text width.
func TestColumnWidths(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(sample.Report(), fonts)
	width := d.l.TextWidth()
	short := []report.Honoree{{Name: "An", Position: "GĐ", Unit: "Sở", Achievement: "Tốt", Award: "Giấy khen"}}
	tests := []struct {
		name  string
		list  []report.Honoree
		heads []string
		check func(t *testing.T, w []float64)
	}{
		{"sample individuals", sample.Report().Honorees.Individuals,
			[]string{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
			func(t *testing.T, w []float64) {
				if w[4] <= w[2] {
					t.Errorf("achievement %.1f mm not wider than position %.1f", w[4], w[2])
				}
			}},
		{"short texts", short,
			[]string{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
			func(t *testing.T, w []float64) {
				for i := 1; i <= 4; i++ {
					if w[i] < 15 {
						t.Errorf("column %d only %.1f mm", i, w[i])
					}
				}
			}},
		{"long word in the note", []report.Honoree{{Name: "An", Note: strings.Repeat("x", 80)}},
			[]string{"STT", "Họ và tên", "Ghi chú"},
			func(t *testing.T, w []float64) {
				// The word is broken at the set width.
				if limit := 19*maxFixedGrowth + 2*d.l.CellPadding + 0.5; w[2] < 19 || w[2] > limit+1e-6 {
					t.Errorf("note %.1f mm, want 19 to %.1f", w[2], limit)
				}
			}},
		{"code in the note, words elsewhere whole", []report.Honoree{{
			Name: "Nguyễn Văn An", Position: "Trưởng phòng Nghiệp vụ", Unit: "Trung tâm Văn hóa",
			Achievement: strings.Repeat("Vận động nhân dân hiến đất làm đường giao thông nông thôn. ", 4),
			Award:       "Giấy khen", Note: "Đã có QĐ 1234/QĐ-UBND-VX"}},
			[]string{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Ghi chú"},
			func(t *testing.T, w []float64) {
				for i, word := range map[int]string{2: "Nghiệp", 3: "Trung", 1: "Nguyễn"} {
					if need := fonts.width(word, d.l.TableBody.Style, d.l.TableBody.Size) + 2*d.l.CellPadding; w[i] < need {
						t.Errorf("column %d %.1f mm cuts %q (needs %.1f)", i, w[i], word, need)
					}
				}
			}},
		{"long word in a wide column", []report.Honoree{{
			Name: "Nguyễn Văn An", Position: "Chuyên viên", Unit: "Trung-tâm-Văn-hóa-Thể-thao",
			Achievement: strings.Repeat("Vận động nhân dân hiến đất làm đường giao thông nông thôn. ", 4), Award: "Giấy khen"}},
			[]string{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng"},
			func(t *testing.T, w []float64) {
				// Up to a quarter of the width; a longer word is broken.
				word := fonts.width("Trung-tâm-Văn-hóa-Thể-thao", d.l.TableBody.Style, d.l.TableBody.Size)
				if need := min(word, width/4) + 2*d.l.CellPadding; w[3] < need {
					t.Errorf("unit %.1f mm, narrower than its one word or a quarter of the width (%.1f)", w[3], need)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cols := honoreeColumns(tc.list, false)
			var heads []string
			cells := make([][]string, len(tc.list))
			for _, c := range cols {
				heads = append(heads, c.Head)
			}
			for i := range tc.list {
				for _, c := range cols {
					cells[i] = append(cells[i], c.get(&tc.list[i], i))
				}
			}
			if strings.Join(heads, "|") != strings.Join(tc.heads, "|") {
				t.Fatalf("columns %q, want %q", heads, tc.heads)
			}
			w := d.columnWidths(plain(cols), cells, width)
			sum := 0.0
			for i, x := range w {
				sum += x
				for _, word := range strings.Fields(cols[i].Head) {
					if ww := fonts.width(word, d.l.TableHead.Style, d.l.TableHead.Size) + 2*d.l.CellPadding; x < ww {
						t.Errorf("column %q %.1f mm, narrower than its header word %q", cols[i].Head, x, word)
					}
				}
			}
			if math.Abs(sum-width) > 1e-6 {
				t.Errorf("widths add up to %.2f mm, want %.2f", sum, width)
			}
			tc.check(t, w)
		})
	}
}

// TestBalanced checks how centred headings break: at a comma or before
// "và" when that fits, otherwise in lines of even length.
func TestBalanced(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	bold := Text{Size: 14, Style: Bold}
	tests := []struct {
		s     string
		width float64
		want  []string
	}{
		{"ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO", 75, []string{"ĐẢNG ỦY SỞ VĂN HÓA", "VÀ THỂ THAO"}},
		{"tổng kết công tác dân vận năm 2016, phương hướng nhiệm vụ năm 2017", 120,
			[]string{"tổng kết công tác dân vận năm 2016,", "phương hướng nhiệm vụ năm 2017"}},
		{"ĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ HỒ CHÍ MINH", 75, []string{"ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "THÀNH PHỐ HỒ CHÍ MINH"}},
		{"ĐẢNG ỦY SỞ", 75, []string{"ĐẢNG ỦY SỞ"}},
	}
	for _, tc := range tests {
		got := fs.balanced(tc.s, bold, tc.width)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("balanced(%q, %.0f) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
	}
}

// TestCellLineBreaks: a cell written on several lines ("Mục A …" then
// "Mục B …") keeps them, as the workbook does; each line starts at the
// cell's left edge.
func TestCellLineBreaks(t *testing.T) {
	r := sample.Report()
	r.Honorees.Individuals[0].Achievement = "Mục A: vận động hiến đất làm đường;\nMục B: hòa giải thành công."
	path, _ := renderFile(t, r)
	got := find(pdfWords(t, path), "Mục")
	if len(got) != 2 {
		t.Fatalf("found %d words “Mục”, want 2", len(got))
	}
	if math.Abs(got[0].XMin-got[1].XMin) > 0.5 || got[1].YMin <= got[0].YMin {
		t.Errorf("the second line does not start a line of its own: %+v", got)
	}
}
