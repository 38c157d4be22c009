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
	bcdv := filepath.Join(dir, "Báo cáo tổng kết 2016.bcdv")
	if err := os.WriteFile(bcdv, []byte("{}"), 0o600); err != nil {
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
		{bcdv, true},
		{filepath.Join(dir, "missing.bcdv"), false},
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

func TestAllDraftFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a b.bcdv")
	b := filepath.Join(dir, "cũ.json")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		args []string
		want bool
	}{
		{[]string{a}, true},
		{[]string{a, b}, true}, // a desktop passing two selected drafts (%F)
		{[]string{"validate", a}, false},
		{[]string{a, "--pdf"}, false},
	}
	for _, tt := range tests {
		if got := allDraftFiles(tt.args); got != tt.want {
			t.Errorf("allDraftFiles(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}
