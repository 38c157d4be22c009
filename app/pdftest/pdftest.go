// Package pdftest reads PDFs back with poppler's tools (poppler-utils)
// from tests. It is for tests only.
package pdftest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// Tool returns the path of poppler's command name. Without it the test is
// skipped, except on CI (CI set), where it must be installed.
func Tool(t testing.TB, name string) string {
	t.Helper()
	tool, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s (poppler-utils) is required on CI: %v", name, err)
		}
		t.Skipf("%s not installed: %v", name, err)
	}
	return tool
}

var pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// Pages returns the page count of the PDF data according to pdfinfo.
func Pages(t testing.TB, data []byte) int {
	t.Helper()
	tool := Tool(t, "pdfinfo")
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	m := pagesLine.FindSubmatch(out)
	if m == nil {
		t.Fatalf("no page count from pdfinfo:\n%s", out)
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil {
		t.Fatalf("pdfinfo page count %q: %v", m[1], err)
	}
	return n
}
