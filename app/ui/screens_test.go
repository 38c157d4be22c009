package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"baocao/app/draft"
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/app/sample"
)

// screenshotsEnv names the folder TestScreenshots writes to; "make
// screenshots" sets it to docs/screens.
const screenshotsEnv = "BAOCAO_SCREENSHOTS"

// stepFiles are the screenshot names of the steps.
// The units step came after the others had their files: its file has no
// number, so that the older files keep their names.
var stepFiles = [stepCount]string{"1-general", "2-achievements", "3-limitations", "4-tasks",
	"5-recommendations", "units", "6-movement", "7-honorees", "8-closing", "9-review"}

// TestScreenshots renders the start screen and every step of the sample,
// in Vietnamese and in English, to PNG files. It runs only when
// BAOCAO_SCREENSHOTS names the output folder.
func TestScreenshots(t *testing.T) {
	out := os.Getenv(screenshotsEnv)
	if out == "" {
		t.Skip("set " + screenshotsEnv + "=folder to write the screenshots (make screenshots)")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{LangVietnamese, LangEnglish} {
		t.Run(code, func(t *testing.T) {
			opts := realExporters()
			opts.RenderPDF = func(r *report.Report, draft bool) ([]byte, error) {
				var buf bytes.Buffer
				_, err := pdf.Render(r, &buf, pdf.Options{Draft: draft})
				return buf.Bytes(), err
			}
			w := newTestWindow(t, opts)
			w.app.Settings().SetTheme(theme.LightTheme())
			w.SetLanguage(code)
			shot := func(name string) {
				capture(t, w, filepath.Join(out, name+"-"+code+".png"))
			}

			// A start screen with a recent draft and a recovery copy.
			path := filepath.Join(t.TempDir(), "bao-cao-2016.bcdv")
			if err := draft.Save(path, sample.Report(), "test"); err != nil {
				t.Fatal(err)
			}
			w.OpenFile(path)
			w.Report().Summary += " (đang sửa)"
			w.changed()
			w.autosaveNow()
			waitFor(t, w, "the recovery copy", func() bool { return w.status != "" && w.wiz != nil })
			old := time.Now().Add(-time.Hour)
			os.Chtimes(path, old, old)
			// Leave the draft as a crash would: the copy stays.
			w.stopTimers()
			w.wiz.close()
			w.doc, w.wiz = nil, nil
			w.showStart()
			shot("start")

			w.OpenSample()
			w.app.Preferences().SetBool(prefTypeOn, true)
			w.applyTypingPrefs()
			w.wiz.typing.load()
			for i := 0; i < stepCount; i++ {
				w.wiz.show(i)
				if i == StepReview {
					waitFor(t, w, "the print preview", func() bool {
						return w.wiz.review.preview.p != nil && w.wiz.review.preview.p.NumPages() > 0
					})
					time.Sleep(500 * time.Millisecond)
				}
				pump(w)
				shot(stepFiles[i])
			}

			// A step with a problem, and the review listing it.
			w.Report().Signature.Signer = ""
			w.wiz.closing.load()
			w.Report().Tasks.Points[1].Text = ""
			w.wiz.refreshMarks()
			w.wiz.show(StepReview)
			pump(w)
			shot("9-review-problems")

			// The unsaved-changes question.
			w.changed()
			w.Quit()
			shot("unsaved-question")
			test.Tap(w.lastQuestion.buttons[2])
		})
	}
	fmt.Println("screenshots written to", out)
}
