package printing

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Printers returns the names of the system's printers (as the system
// spells them, sorted), for the window's printer list: CUPS's lpstat on
// Linux and macOS, PowerShell's Get-Printer (else wmic) on Windows. A
// machine without a printing system returns no names and
// ErrNoPrintService; one with it but no printer, no names and no error.
func Printers(ctx context.Context) ([]string, error) { return Printer{}.Printers(ctx) }

// Printers returns the system's printers; see the package function.
func (p Printer) Printers(ctx context.Context) ([]string, error) {
	goos, r, run := p.env(ctx, 10*time.Second)
	if goos == "windows" {
		return windowsPrinters(r, run)
	}
	lpstat, err := r.LookPath("lpstat")
	if err != nil {
		return nil, ErrNoPrintService
	}
	// -e lists the destinations' names; older CUPS lack it, -a lists them
	// with "accepting requests since …" after the name.
	out, err := run(lpstat, "-e")
	if err != nil {
		if out, err = run(lpstat, "-a"); err != nil {
			return nil, fmt.Errorf("không đọc được danh sách máy in (lpstat: %s); hãy gõ tên máy in như trong phần Cài đặt máy in", firstLine(out, err))
		}
	}
	return parseNames(string(out), true), nil
}

// windowsPrinters asks PowerShell, then wmic (older Windows), for the
// printers' names.
func windowsPrinters(r Runner, run func(string, ...string) ([]byte, error)) ([]string, error) {
	if ps, err := r.LookPath("powershell"); err == nil {
		// UTF-8 out: a printer named in Vietnamese would come through the
		// pipe in the console's code page otherwise.
		out, err := run(ps, "-NoProfile", "-NonInteractive", "-Command",
			"[Console]::OutputEncoding = [System.Text.Encoding]::UTF8; Get-Printer | Select-Object -ExpandProperty Name")
		if err == nil {
			return parseNames(string(out), false), nil
		}
	}
	wmic, err := r.LookPath("wmic")
	if err != nil {
		return nil, fmt.Errorf("không đọc được danh sách máy in của Windows (không có PowerShell hay wmic); hãy gõ tên máy in như trong Cài đặt > Máy in")
	}
	out, err := run(wmic, "printer", "get", "name")
	if err != nil {
		return nil, fmt.Errorf("không đọc được danh sách máy in của Windows (wmic: %s); hãy gõ tên máy in như trong Cài đặt > Máy in", firstLine(out, err))
	}
	// wmic's column header is "Name".
	return slices.DeleteFunc(parseNames(string(out), false), func(s string) bool { return strings.EqualFold(s, "Name") }), nil
}

// parseNames reads one printer a line; firstField keeps only the first
// word (CUPS names have no spaces; lpstat -a adds words after them).
func parseNames(out string, firstField bool) []string {
	var names []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if firstField {
			if f := strings.Fields(l); len(f) > 0 {
				l = f[0]
			} else {
				l = ""
			}
		}
		if l != "" && !slices.Contains(names, l) {
			names = append(names, l)
		}
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return names
}

func firstLine(out []byte, err error) string {
	if l, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n"); l != "" {
		return l
	}
	return err.Error()
}
