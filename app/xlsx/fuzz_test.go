package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/app/report"
)

// FuzzRead: no bytes make Read panic, and an error never comes with a
// result. The seeds are the fixtures in testdata/ (all but the zip bomb,
// which is slow to unzip on every run) and a few truncations of them.
func FuzzRead(f *testing.F) {
	addFixtures(f, true)
	// The shapes of birth year and gender, and namesakes with a repeat.
	f.Add(sheetBook(f, withTitle([]any{"STT", "Họ và tên", "Năm sinh", nil, "Chức vụ", "Đơn vị"},
		[]any{nil, nil, "Nam", "Nữ"},
		[]any{1, "Nguyễn Văn An", 1975, nil, "Trưởng phòng", "Phòng A"},
		[]any{2, "Nguyễn Văn An", nil, "20/10/1988", "Chuyên viên", "Phòng A"},
		[]any{3, "Nguyễn Văn An", nil, "20/10/1988", "Chuyên viên", "Phòng A"}),
		"C4:D4", "A4:A5", "B4:B5", "E4:E5", "F4:F5"))
	f.Add(sheetBook(f, namesakeRows))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	f.Add(sheetBook(f, [][]any{{1, "Nguyễn Văn An", 1975, "Nam", "Giấy khen"}, {2, "Trần Thị Bình", 1988, "Nữ", "Bằng khen"}})) // no header
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data, Options{Source: "fuzz.xlsx"})
		// As the window reads a list without header row: from row 1, in
		// the columns guessed from the data (the first for the name).
		if raw, err := FirstRows(bytes.NewReader(data), 60); err == nil && len(raw) > 0 {
			m := GuessColumns(raw[0].Rows, 0)
			if _, ok := m[FieldName]; !ok {
				m[FieldName] = 0
			}
			checkRead(t, data, Options{Source: "fuzz.xlsx", Override: map[string]Override{"": {NoHeader: true, Columns: m}}})
		}
	})
}

// addFixtures seeds f with the workbooks in testdata/ (all but the zip
// bomb, slow to unzip on every run) and, with truncated, two truncations
// of each.
func addFixtures(f *testing.F, truncated bool) {
	f.Helper()
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
		if truncated && len(data) > 100 {
			f.Add(data[:len(data)/2])
			f.Add(data[:100])
		}
	}
}

// checkRead reads data with opts and checks what every read must give.
func checkRead(t *testing.T, data []byte, opts Options) {
	t.Helper()
	{
		var res *Result
		var err error
		done := make(chan struct{})
		go func() { res, err = Read(bytes.NewReader(data), opts); close(done) }()
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
		dropped := 0
		for _, r := range res.Rows {
			if r.Honoree.Name == "" {
				t.Fatalf("row %d imported without a name", r.Line)
			}
			if y := r.Honoree.BirthYear; y != 0 && (y < 1800 || y > 2099) {
				t.Fatalf("row %d: birth year %d", r.Line, y)
			}
			if r.DuplicateOf != "" && r.Repeats == (Ref{}) {
				t.Fatalf("row %d dropped without the row it repeats", r.Line)
			}
			if r.Dropped() {
				dropped++
			}
		}
		// No row is lost: each is added or listed as a repeat.
		if added := res.ApplyTo(&report.Report{}); added+dropped != len(res.Rows) {
			t.Fatalf("%d rows: %d added, %d listed as repeats", len(res.Rows), added, dropped)
		}
	}
}

// FuzzPersonFields: no cells make the birth year and gender reading
// panic; a year read is plausible, and a cell not understood is kept in
// the note.
func FuzzPersonFields(f *testing.F) {
	for _, s := range [][4]string{{"1975", "Nam", "", ""}, {"15/03/1975", "", "", ""}, {"", "", "1988", ""},
		{"", "", "", "x"}, {"khoảng 70", "x", "", ""}, {"1975 1980", "", "x", "X"}, {"", "", "19750", "năm"}} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, birth, gender, male, female string) {
		var h report.Honoree
		personFields(&h, map[Field]string{FieldBirthYear: birth, FieldGender: gender, FieldMale: male, FieldFemale: female})
		if h.BirthYear != 0 && (h.BirthYear < 1800 || h.BirthYear > 2099) {
			t.Fatalf("birth year %d from %q", h.BirthYear, birth)
		}
		if h.Gender != "" && h.Gender != report.GenderMale && h.Gender != report.GenderFemale {
			t.Fatalf("gender %q", h.Gender)
		}
		if strings.TrimSpace(birth) != "" && h.BirthYear == 0 && !strings.Contains(h.Note, "Năm sinh: ") {
			t.Fatalf("birth cell %q neither read nor kept: %+v", birth, h)
		}
		if strings.TrimSpace(gender) != "" && h.Gender == "" && !strings.Contains(h.Note, "Giới tính: ") {
			t.Fatalf("gender cell %q neither read nor kept: %+v", gender, h)
		}
		for _, c := range []struct{ v, label string }{{male, "Nam: "}, {female, "Nữ: "}} {
			if strings.TrimSpace(c.v) != "" && h.Gender == "" && !strings.Contains(h.Note, c.label) {
				t.Fatalf("cell %q neither read nor kept: %+v", c.v, h)
			}
		}
	})
}
