package draft

import (
	"path/filepath"
	"testing"

	"baocao/app/sample"
)

func TestExtensions(t *testing.T) {
	if got := Extensions(); len(got) != 2 || got[0] != ".bcdv" || got[1] != ".json" {
		t.Fatalf("Extensions() = %q, want the program's own first, then .json", got)
	}
	tests := []struct {
		path    string
		isDraft bool
		nameFor string
	}{
		{"Báo cáo 2016.bcdv", true, "Báo cáo 2016.bcdv"},
		{"BÁO CÁO.BCDV", true, "BÁO CÁO.bcdv"},
		{"báo cáo.json", true, "báo cáo.bcdv"},
		{"báo cáo.JSON", true, "báo cáo.bcdv"},
		{"Báo cáo.bản 2", false, "Báo cáo.bản 2.bcdv"},
		{"danh sách.xlsx", false, "danh sách.xlsx.bcdv"},
		{"bcdv", false, "bcdv.bcdv"},
		{"thư mục.bcdv/báo cáo", false, "thư mục.bcdv/báo cáo.bcdv"},
	}
	for _, tt := range tests {
		if got := HasExtension(tt.path); got != tt.isDraft {
			t.Errorf("HasExtension(%q) = %v, want %v", tt.path, got, tt.isDraft)
		}
		if got := NameFor(tt.path); got != tt.nameFor {
			t.Errorf("NameFor(%q) = %q, want %q", tt.path, got, tt.nameFor)
		}
	}
}

// The format inside is the same whatever the name: a draft saved as .bcdv
// and one saved as .json load alike.
func TestSaveLoadBothExtensions(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"Báo cáo tổng kết 2016.bcdv", "bản cũ.json"} {
		path := filepath.Join(dir, name)
		if err := Save(path, sample.Report(), "test"); err != nil {
			t.Fatal(err)
		}
		r, err := Load(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r.Place != sample.Report().Place {
			t.Errorf("%s: place %q", name, r.Place)
		}
	}
}
