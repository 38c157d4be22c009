package pdf

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"baocao/app/report"
)

// needTool returns the path of an outside program the test needs. Without
// it the test fails under CI (make test installs it) and is skipped
// elsewhere.
func needTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing (Debian package poppler-utils or qpdf; make test installs it): %v", name, err)
		}
		t.Skipf("%s not installed; run make test to install it", name)
	}
	return p
}

// renderFile renders r with a fixed date into a file in a temporary
// folder and returns its path and the result.
func renderFile(t testing.TB, r *report.Report) (string, Result) {
	t.Helper()
	var buf bytes.Buffer
	res, err := render(r, &buf, time.Date(2016, 11, 8, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatalf("render: %v", err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, res
}

// run runs a tool and returns its standard output.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	bin := needTool(t, name)
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, msg)
	}
	return string(out)
}

// pdfText is the text of the PDF as pdftotext reads it, one string per
// page.
func pdfText(t testing.TB, path string) []string {
	t.Helper()
	out := run(t, "pdftotext", "-enc", "UTF-8", "-layout", path, "-")
	pages := strings.Split(out, "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// word is one word of pdftotext -bbox output, in millimetres from the top
// left corner of its page.
type word struct {
	Page                   int
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// pdfWords returns every word of the PDF with its box.
func pdfWords(t testing.TB, path string) []word {
	t.Helper()
	out := run(t, "pdftotext", "-enc", "UTF-8", "-bbox", path, "-")
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var words []word
	page := 0
	const k = 25.4 / 72
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "page":
			page++
		case "word":
			w := word{Page: page}
			for _, a := range se.Attr {
				v, _ := strconv.ParseFloat(a.Value, 64)
				switch a.Name.Local {
				case "xMin":
					w.XMin = v * k
				case "yMin":
					w.YMin = v * k
				case "xMax":
					w.XMax = v * k
				case "yMax":
					w.YMax = v * k
				}
			}
			var text string
			if err := dec.DecodeElement(&text, &se); err == nil {
				w.Text = text
			}
			words = append(words, w)
		}
	}
	return words
}

// find returns the words equal to s, in order.
func find(words []word, s string) []word {
	var out []word
	for _, w := range words {
		if w.Text == s {
			out = append(out, w)
		}
	}
	return out
}

// phrase returns the first run of consecutive words on one page that
// spells p (words separated by single spaces), as one box.
func phrase(words []word, p string) (word, bool) {
	parts := strings.Fields(p)
	for i := range words {
		if i+len(parts) > len(words) {
			break
		}
		ok := true
		for j, part := range parts {
			if words[i+j].Text != part || words[i+j].Page != words[i].Page {
				ok = false
				break
			}
		}
		if ok {
			b := words[i]
			b.Text = p
			for _, w := range words[i : i+len(parts)] {
				b.XMin, b.XMax = min(b.XMin, w.XMin), max(b.XMax, w.XMax)
				b.YMin, b.YMax = min(b.YMin, w.YMin), max(b.YMax, w.YMax)
			}
			return b, true
		}
	}
	return word{}, false
}

// flat joins the pages' text with single spaces, for looking up phrases
// whatever the line breaks.
func flat(pages []string) string {
	return strings.Join(strings.Fields(strings.Join(pages, " ")), " ")
}
