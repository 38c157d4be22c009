package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"baocao/app/draft"
	"baocao/app/instance"
	"baocao/app/sample"
)

// TestMain runs the program's main instead of the tests when
// BAOCAO_TEST_MAIN holds its one argument (the second launch below).
func TestMain(m *testing.M) {
	if arg := os.Getenv("BAOCAO_TEST_MAIN"); arg != "" {
		os.Args = []string{"baocao", arg}
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A double click on a draft while the program runs: the new process hands
// the path to the running one and ends without opening a window.
func TestSecondLaunchHandsOver(t *testing.T) {
	t.Setenv("BAOCAO_CONFIG_DIR", filepath.Join(t.TempDir(), "cấu hình"))
	sock, err := instance.Path()
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan []string, 1)
	srv, err := instance.Listen(sock, func(p []string) { got <- p })
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "Thư mục", "Báo cáo Dân vận 2016 (bản 2).bcdv")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := draft.Save(path, sample.Report(), "test"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "BAOCAO_TEST_MAIN="+path, "DISPLAY=", "WAYLAND_DISPLAY=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the second launch did not end cleanly: %v\n%s", err, out)
	}
	select {
	case p := <-got:
		if len(p) != 1 || p[0] != path {
			t.Errorf("handed over %q, want %q", p, path)
		}
	default:
		t.Fatal("the second launch handed nothing over")
	}
}

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
