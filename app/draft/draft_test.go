package draft

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/app/report"
	"baocao/app/sample"
)

func TestRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "báo cáo.json")
	want := sample.Report()
	if err := Save(path, want, "test"); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the report:\n got %+v\nwant %+v", got, want)
	}
	if runtime.GOOS != "windows" {
		info, _ := os.Stat(path)
		if info.Mode().Perm() != 0o600 {
			t.Errorf("mode = %v, want 0600", info.Mode().Perm())
		}
	}
	data, _ := os.ReadFile(path)
	for _, s := range []string{`"format": "baocao-danvan/draft"`, `"version": 3`, "Nguyễn Hữu Việt", `"issueDate": "2016-11-08"`} {
		if !bytes.Contains(data, []byte(s)) {
			t.Errorf("file should be readable JSON containing %q", s)
		}
	}
}

func TestSaveKeepsBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.json")
	r := sample.Report()
	if err := Save(path, r, "test"); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	r.Number = "99"
	if err := Save(path, r, "test"); err != nil {
		t.Fatal(err)
	}
	bak, err := os.ReadFile(path + ".bak")
	if err != nil {
		t.Fatalf("no backup: %v", err)
	}
	if !bytes.Equal(bak, first) {
		t.Error("backup should hold the previous version")
	}
	got, _ := Load(path)
	if got.Number != "99" {
		t.Errorf("new version not saved: number %q", got.Number)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Errorf("left-over files: %v", entries)
	}
}

// A crash between writing the new file and renaming it over the old one
// must leave the old draft as it was.
func TestCrashBeforeRenameKeepsOldDraft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.json")
	if err := Save(path, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	crash := errors.New("simulated crash")
	rename = func(string, string) error { return crash }
	defer func() { rename = os.Rename }()

	r := sample.Report()
	r.Summary = "bản mới chưa kịp lưu"
	err := Save(path, r, "test")
	if !errors.Is(err, crash) {
		t.Fatalf("want the crash error, got %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("the old draft changed although the rename never happened")
	}
	if _, err := Load(path); err != nil {
		t.Fatalf("old draft no longer loads: %v", err)
	}
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	os.WriteFile(path, []byte("old"), 0o600)
	boom := errors.New("disk full")
	err := WriteAtomic(path, false, func(w io.Writer) error {
		w.Write([]byte("half"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("target changed to %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
}

func TestSaveIntoMissingFolder(t *testing.T) {
	err := Save(filepath.Join(t.TempDir(), "no", "such", "d.json"), sample.Report(), "")
	if err == nil || !strings.Contains(err.Error(), "thư mục") {
		t.Errorf("want a clear error about the folder, got %v", err)
	}
}

func encoded(t *testing.T) []byte {
	var b bytes.Buffer
	if err := Encode(&b, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestLoadBadFiles(t *testing.T) {
	good := encoded(t)
	newer := bytes.Replace(good, []byte(`"version": 3`), []byte(`"version": 7`), 1) // the sample has units: version 3
	other := []byte(`{"format": "something-else", "version": 1, "report": {}}`)
	noReport := []byte(`{"format": "baocao-danvan/draft", "version": 1}`)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmptyFile},
		{"spaces", []byte("  \n"), ErrEmptyFile},
		{"truncated", good[:len(good)/2], ErrCorrupt},
		{"garbage", []byte("\x00\x01PK\x03\x04 not json"), ErrCorrupt},
		{"newer version", newer, ErrNewer},
		{"wrong kind", other, ErrNotDraft},
		{"json array", []byte(`[1,2,3]`), ErrNotDraft},
		{"no report", noReport, ErrCorrupt},
		{"bad date", bytes.Replace(good, []byte(`"2016-11-08"`), []byte(`"tomorrow"`), 1), ErrCorrupt},
		{"wrong type", bytes.Replace(good, []byte(`"year": 2016`), []byte(`"year": "2016"`), 1), ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "d.json")
			os.WriteFile(path, tt.data, 0o600)
			before, _ := os.Stat(path)
			_, err := Load(path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Load error = %v, want %v", err, tt.want)
			}
			after, _ := os.Stat(path)
			if after.ModTime() != before.ModTime() || after.Size() != before.Size() {
				t.Error("Load touched the file")
			}
			if _, err := os.Stat(path + ".bak"); err == nil {
				t.Error("Load wrote a backup")
			}
		})
	}
}

func TestLoadOversized(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.json")
	f, _ := os.Create(path)
	f.Truncate(MaxSize + 10)
	f.Close()
	if _, err := Load(path); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("want ErrTooLarge, got %v", err)
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.json"))
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("want not-exist error, got %v", err)
	}
}

func TestLoadNormalises(t *testing.T) {
	r := sample.Report()
	r.IssuingBody = norm.NFD.String("ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO") + "\x1b"
	r.Honorees.Individuals[0].Name = norm.NFD.String("Nguyễn Thị Thu Hà")
	var b bytes.Buffer
	Encode(&b, r, "")
	got, err := Decode(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got.IssuingBody != "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO" || got.Honorees.Individuals[0].Name != "Nguyễn Thị Thu Hà" {
		t.Errorf("not normalised: %q / %q", got.IssuingBody, got.Honorees.Individuals[0].Name)
	}
}

func FuzzDecode(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.json")
	for _, s := range seeds {
		b, _ := os.ReadFile(s)
		f.Add(b)
	}
	f.Add([]byte(`{"format":"baocao-danvan/draft","version":1,"report":{"honorees":{"individuals":[{"name":"\u0000"}]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Decode(data)
		if err != nil {
			if r != nil {
				t.Fatal("report returned with an error")
			}
			return
		}
		r.Validate() // must not panic on anything that decodes
		var b bytes.Buffer
		if err := Encode(&b, r, ""); err != nil {
			t.Fatalf("decoded report does not encode: %v", err)
		}
		again, err := Decode(b.Bytes())
		if err != nil {
			t.Fatalf("re-decoding failed: %v", err)
		}
		if !reflect.DeepEqual(normalised(again), normalised(r)) {
			t.Fatal("encode/decode is not stable")
		}
	})
}

func normalised(r *report.Report) string {
	b, _ := json.Marshal(r)
	return string(b)
}

// TestWriteDocumentMode: an exported document is shareable (0644) and a
// replaced one keeps its mode; drafts stay private.
func TestWriteDocumentMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows files have no Unix mode")
	}
	dir := t.TempDir()
	write := func(w io.Writer) error { _, err := w.Write([]byte("%PDF")); return err }
	for _, tc := range []struct {
		name     string
		existing os.FileMode // 0: no file yet
		want     os.FileMode
	}{
		{"new.pdf", 0, 0o644},
		{"group.pdf", 0o640, 0o640},
		{"private.pdf", 0o600, 0o600},
	} {
		path := filepath.Join(dir, tc.name)
		if tc.existing != 0 {
			if err := os.WriteFile(path, []byte("old"), tc.existing); err != nil {
				t.Fatal(err)
			}
			os.Chmod(path, tc.existing)
		}
		if err := WriteDocument(path, write); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != tc.want {
			t.Errorf("%s: mode %v, want %v", tc.name, fi.Mode().Perm(), tc.want)
		}
		if _, err := os.Stat(path + ".bak"); err == nil {
			t.Errorf("%s: an export left a .bak", tc.name)
		}
	}
}

// TestLoadMissingSaysWhatToDo: a draft that is not there is named as such,
// with the next step, and stays recognisable to callers.
func TestLoadMissingSaysWhatToDo(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "không có.json"))
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "không có bản nháp") || !strings.Contains(err.Error(), "hãy kiểm tra") {
		t.Errorf("missing draft: %v", err)
	}
}
