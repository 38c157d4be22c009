package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzRead: no bytes make Read panic, and an error never comes with a
// result. The seeds are the fixtures in testdata/ (all but the zip bomb,
// which is slow to unzip on every run) and a few truncations of them.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.xls*")
	for _, p := range files {
		if filepath.Base(p) == "zip-bomb.xlsx" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		if len(data) > 100 {
			f.Add(data[:len(data)/2])
			f.Add(data[:100])
		}
	}
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	f.Fuzz(func(t *testing.T, data []byte) {
		var res *Result
		var err error
		done := make(chan struct{})
		go func() { res, err = Read(bytes.NewReader(data), Options{Source: "fuzz.xlsx"}); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("Read took more than 20 s")
		}
		if err != nil {
			if res != nil {
				t.Fatalf("error %v came with a result", err)
			}
			return
		}
		if res == nil {
			t.Fatal("no error and no result")
		}
		for _, r := range res.Rows {
			if r.Honoree.Name == "" {
				t.Fatalf("row %d imported without a name", r.Line)
			}
		}
	})
}
