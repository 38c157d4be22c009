package certsettings

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSetSaveLoad: offsets are kept per printer (its name's case and
// spacing do not matter) and per paper, survive a save and a load, add
// up (page + field), and a zero field offset is forgotten.
func TestSetSaveLoad(t *testing.T) {
	s := New()
	steps := []struct {
		printer string
		paper   Paper
		field   string
		o       Offset
	}{
		{"HP LaserJet 1020", A4, "all", Offset{1, -0.5}},
		{"hp  laserjet 1020", A4, "name", Offset{2, -1.5}},
		{"HP LaserJet 1020", A3, "unit", Offset{-3, 0}},
		{"Canon LBP 2900", A4, "", Offset{0.25, 0.25}},
		{"HP LaserJet 1020", A4, "serial", Offset{1, 1}},
		{"HP LaserJet 1020", A4, "serial", Offset{}},
	}
	for _, st := range steps {
		if err := s.Set(st.printer, st.paper, st.field, st.o); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "sub", FileName)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		printer string
		paper   Paper
		field   string
		want    Offset
	}{
		{"HP LASERJET 1020", A4, "name", Offset{3, -2}},
		{"HP LaserJet 1020", A4, "unit", Offset{1, -0.5}},
		{"HP LaserJet 1020", A3, "unit", Offset{-3, 0}},
		{"HP LaserJet 1020", A3, "name", Offset{}},
		{"Canon LBP 2900", A4, "date", Offset{0.25, 0.25}},
		{"Brother", A4, "name", Offset{}},
	} {
		if o := got.Offsets(c.printer, c.paper).For(c.field); o != c.want {
			t.Errorf("%s %s %s = %+v, want %+v", c.printer, c.paper, c.field, o, c.want)
		}
	}
	if _, ok := got.Offsets("HP LaserJet 1020", A4).Fields["serial"]; ok {
		t.Error("a zero offset is kept")
	}
	if len(got.Printers) != 2 {
		t.Errorf("%d printers, want 2", len(got.Printers))
	}
	got.Reset("hp laserjet 1020", A4)
	if !got.Offsets("HP LaserJet 1020", A4).IsZero() || got.Offsets("HP LaserJet 1020", A3).IsZero() {
		t.Error("Reset did not forget A4 only")
	}
}

// TestSetRejects: no printer, an unknown paper, a shift past 50 mm or
// not a number are refused with a sentence.
func TestSetRejects(t *testing.T) {
	s := New()
	for _, c := range []struct {
		printer string
		paper   Paper
		o       Offset
		want    string
	}{
		{"", A4, Offset{1, 0}, "tên máy in"},
		{"HP", "a5", Offset{1, 0}, "khổ giấy"},
		{"HP", A4, Offset{51, 0}, "±50"},
		{"HP", A4, Offset{0, math.NaN()}, "±50"},
	} {
		if err := s.Set(c.printer, c.paper, "name", c.o); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Set(%q, %q, %+v) = %v, want an error about %q", c.printer, c.paper, c.o, err, c.want)
		}
	}
}

// TestLoad: a missing file is empty settings; a damaged, foreign or
// newer one is an error that says what to do.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	s, err := LoadFile(filepath.Join(dir, "none.json"))
	if err != nil || len(s.Printers) != 0 {
		t.Fatalf("missing file: %v, %+v", err, s)
	}
	for name, c := range map[string]struct{ data, want string }{
		"broken":  {`{"format":`, "không đọc được"},
		"foreign": {`{"format":"x","version":1}`, "không phải tệp căn chỉnh"},
		"newer":   {`{"format":"baocao-danvan/certificate-offsets","version":9}`, "cập nhật chương trình"},
		"huge":    {`{"format":"baocao-danvan/certificate-offsets","version":1,"printers":[{"name":"HP","paper":{"a4":{"global":{"dx":900,"dy":0}}}}]}`, "±50"},
	} {
		p := filepath.Join(dir, name+".json")
		if err := os.WriteFile(p, []byte(c.data), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadFile(p); err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "xóa tệp") {
			t.Errorf("%s: %v, want an error about %q that says what to do", name, err, c.want)
		}
	}
}

// TestDescribe: the offsets read as a sentence, with Vietnamese decimals.
func TestDescribe(t *testing.T) {
	if got := (Offsets{}).Describe(); got != "chưa dịch ô nào" {
		t.Errorf("zero: %q", got)
	}
	o := Offsets{Global: Offset{1, 0}, Fields: map[string]Offset{"unit": {-0.5, 2.25}, "name": {2, -1.5}}}
	if got, want := o.Describe(), "toàn trang +1 mm ngang, 0 mm dọc; name +2 mm ngang, −1,5 mm dọc; unit −0,5 mm ngang, +2,25 mm dọc"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
}

// FuzzDecode: whatever the file holds, Decode returns settings or an
// error, never panics, and what it accepts is within the limits.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"format":"baocao-danvan/certificate-offsets","version":1,"printers":[{"name":"HP","paper":{"a4":{"global":{"dx":1,"dy":2},"fields":{"name":{"dx":3,"dy":4}}}}}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			return
		}
		for _, p := range s.Printers {
			for _, o := range p.Paper {
				for _, v := range append(values(o.Fields), o.Global) {
					if math.Abs(v.DX) > MaxOffset || math.Abs(v.DY) > MaxOffset {
						t.Errorf("accepted %+v", v)
					}
				}
			}
		}
	})
}
