package recovery

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/app/draft"
	"baocao/app/sample"
)

func TestName(t *testing.T) {
	started := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"same path", "/tmp/a/báo cáo.json", "/tmp/a/báo cáo.json", true},
		{"cleaned path", "/tmp/a/../a/báo cáo.json", "/tmp/a/báo cáo.json", true},
		{"other path", "/tmp/a/báo cáo.json", "/tmp/b/báo cáo.json", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			na, nb := Name(tt.a, started), Name(tt.b, started)
			if (na == nb) != tt.same {
				t.Errorf("Name(%q)=%q, Name(%q)=%q; same=%v", tt.a, na, tt.b, nb, tt.same)
			}
			if !strings.HasPrefix(na, "draft-") || !strings.HasSuffix(na, ".json") {
				t.Errorf("Name(%q)=%q, want draft-<hash>.json", tt.a, na)
			}
		})
	}
	if got := Name("", started); got != "untitled-20261125-093000.000000000.json" {
		t.Errorf("Name(\"\") = %q", got)
	}
}

func TestWriteListLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "recovery")
	work := t.TempDir()
	r := sample.Report()

	// A saved draft, then edited: the copy is newer than the draft.
	draftPath := filepath.Join(work, "báo cáo.json")
	if err := draft.Save(draftPath, r, "test"); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(draftPath, old, old); err != nil {
		t.Fatal(err)
	}
	r.Summary = "đã sửa sau khi lưu"
	enc, err := Encode(r, "test")
	if err != nil {
		t.Fatal(err)
	}
	saved := Name(draftPath, time.Now())
	if err := Write(dir, saved, draftPath, enc); err != nil {
		t.Fatal(err)
	}
	// A draft never saved.
	untitled := Name("", time.Now())
	if err := Write(dir, untitled, "", enc); err != nil {
		t.Fatal(err)
	}
	// Junk in the folder is ignored.
	os.WriteFile(filepath.Join(dir, "draft-broken.json"), []byte("{"), 0o600)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o600)

	list, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("List gave %d copies, want 2: %+v", len(list), list)
	}
	pending, _ := Pending(dir)
	if len(pending) != 2 {
		t.Fatalf("Pending gave %d, want 2", len(pending))
	}
	var found bool
	for _, c := range pending {
		if c.DraftPath == draftPath {
			found = true
			if c.DraftModified.IsZero() || !c.Newer() {
				t.Errorf("copy of saved draft: %+v, want newer than draft", c)
			}
			got, info, err := Load(c.File)
			if err != nil {
				t.Fatal(err)
			}
			if got.Summary != "đã sửa sau khi lưu" || info.DraftPath != draftPath {
				t.Errorf("Load gave summary %q, draft %q", got.Summary, info.DraftPath)
			}
			if len(got.Honorees.Individuals) != len(r.Honorees.Individuals) {
				t.Errorf("honorees lost: %d, want %d", len(got.Honorees.Individuals), len(r.Honorees.Individuals))
			}
		}
	}
	if !found {
		t.Errorf("copy of %s not listed", draftPath)
	}

	// Saving the draft afterwards makes the copy stale.
	if err := draft.Save(draftPath, r, "test"); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Hour)
	os.Chtimes(draftPath, future, future)
	pending, _ = Pending(dir)
	if len(pending) != 1 || pending[0].DraftPath != "" {
		t.Errorf("after saving the draft, pending = %+v; want only the untitled copy", pending)
	}

	if err := Remove(dir, saved); err != nil {
		t.Fatal(err)
	}
	if err := Remove(dir, saved); err != nil {
		t.Errorf("removing a missing copy: %v", err)
	}
	list, _ = List(dir)
	if len(list) != 1 {
		t.Errorf("after Remove, %d copies, want 1", len(list))
	}
}

func TestListMissingDir(t *testing.T) {
	list, err := List(filepath.Join(t.TempDir(), "nothing"))
	if err != nil || len(list) != 0 {
		t.Errorf("List(missing) = %v, %v", list, err)
	}
}

func TestLoadRejects(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, content, want string }{
		{"not json", "{", "bị hỏng"},
		{"other format", `{"format":"x","version":1}`, "không phải là bản sao phục hồi"},
		{"newer", `{"format":"baocao-danvan/recovery","version":99}`, "phiên bản mới hơn"},
		{"bad draft", `{"format":"baocao-danvan/recovery","version":1,"draft":{"format":"y"}}`, "bản sao phục hồi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, "draft-"+tt.name+".json")
			os.WriteFile(p, []byte(tt.content), 0o600)
			_, _, err := Load(p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load(%s) error %v, want one containing %q", tt.content, err, tt.want)
			}
		})
	}
}

func BenchmarkEncodeWrite10000(b *testing.B) {
	r := sample.WithHonorees(10000)
	dir := b.TempDir()
	name := Name("/tmp/x.json", time.Now())
	for b.Loop() {
		enc, err := Encode(r, "bench")
		if err != nil {
			b.Fatal(err)
		}
		if err := Write(dir, name, "/tmp/x.json", enc); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzLoad feeds arbitrary bytes to Load as a recovery file: it must fail
// cleanly or return a report, never panic. The seeds are in testdata/.
func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	if len(seeds) == 0 {
		f.Fatal("no seed files in testdata/")
	}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "draft-fuzz.json")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		r, c, err := Load(p)
		if err == nil && (r == nil || c.File != p) {
			t.Fatalf("Load gave no report and no error")
		}
		if _, err := List(dir); err != nil {
			t.Fatalf("List: %v", err)
		}
	})
}

// TestSeeds checks the fuzz seeds still mean what they were made for: a
// real copy loads, the damaged ones are refused.
func TestSeeds(t *testing.T) {
	tests := []struct {
		file string
		ok   bool
	}{
		{"copy.json", true},
		{"truncated.json", false},
		{"other-format.json", false},
		{"newer.json", false},
	}
	for _, tt := range tests {
		r, c, err := Load(filepath.Join("testdata", tt.file))
		if (err == nil) != tt.ok {
			t.Errorf("Load(%s) error %v, want ok=%v", tt.file, err, tt.ok)
		}
		if tt.ok && (len(r.Honorees.Individuals) != 2 || c.DraftPath != "/tmp/báo cáo.json") {
			t.Errorf("Load(%s): %d individuals, draft %q", tt.file, len(r.Honorees.Individuals), c.DraftPath)
		}
	}
}
