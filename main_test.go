package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIsDraftFile(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "báo-cáo-2016.JSON")
	if err := os.WriteFile(draft, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "danh-sách.xlsx")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "thư-mục.json")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		arg  string
		want bool
	}{
		{draft, true},
		{other, false},
		{folder, false},
		{filepath.Join(dir, "missing.json"), false},
		{"validate", false},
		{"templates", false},
	}
	for _, tt := range tests {
		if got := isDraftFile(tt.arg); got != tt.want {
			t.Errorf("isDraftFile(%q) = %v, want %v", tt.arg, got, tt.want)
		}
	}
}
