package printing

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// fake is a Runner that records calls and fails on request.
type fake struct {
	have      map[string]bool   // programs on PATH
	fail      map[string]string // program or "shell:verb" → output of a failure
	out       map[string]string // program → output on success
	calls     []string
	lastCmd   []string
	shellVerb []string
}

func (f *fake) LookPath(file string) (string, error) {
	if f.have[file] {
		return "/usr/bin/" + file, nil
	}
	return "", errors.New("executable file not found in $PATH")
}

func (f *fake) Run(ctx context.Context, name string, args ...string) ([]byte, error) {
	if _, ok := ctx.Deadline(); !ok {
		return nil, errors.New("command run without a timeout")
	}
	base := filepath.Base(name)
	f.calls = append(f.calls, base)
	f.lastCmd = append([]string{name}, args...)
	if msg, ok := f.fail[base]; ok {
		return []byte(msg), errors.New("exit status 1")
	}
	return []byte(f.out[base]), nil
}

func (f *fake) ShellExecute(verb, file string) error {
	f.calls = append(f.calls, "shell:"+verb)
	f.shellVerb = append(f.shellVerb, verb+" "+file)
	if msg, ok := f.fail["shell:"+verb]; ok {
		return errors.New(msg)
	}
	return nil
}

// ShellExecuteParams makes fake a ParamsRunner; the call is recorded as
// "shell:verb params".
func (f *fake) ShellExecuteParams(verb, file, params string) error {
	f.calls = append(f.calls, "shell:"+verb+" "+params)
	f.shellVerb = append(f.shellVerb, verb+" "+file)
	if msg, ok := f.fail["shell:"+verb]; ok {
		return errors.New(msg)
	}
	return nil
}

// plainRunner hides fake's ShellExecuteParams: a Runner that cannot hand
// the printer's name to the shell.
type plainRunner struct{ Runner }

func TestPrint(t *testing.T) {
	pdf := filepath.Join(t.TempDir(), "Báo cáo 2016.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		goos      string
		f         fake
		method    Method
		calls     []string
		cmd       []string // the last command run, if any
		wantInMsg []string
		wantErr   string
		noService bool // the error is ErrNoPrintService
	}{
		{
			name:      "linux with CUPS",
			goos:      "linux",
			f:         fake{have: map[string]bool{"lp": true, "xdg-open": true}, out: map[string]string{"lp": "request id is HP-12 (1 file(s))\n"}},
			method:    CUPS,
			calls:     []string{"lp"},
			cmd:       []string{"/usr/bin/lp", "-t", "Báo cáo công tác dân vận", pdf},
			wantInMsg: []string{"Đã gửi báo cáo tới máy in mặc định", "HP-12"},
		},
		{
			name:      "linux, CUPS without a default printer: viewer",
			goos:      "linux",
			f:         fake{have: map[string]bool{"lp": true, "xdg-open": true}, fail: map[string]string{"lp": "lp: Error - No default destination."}},
			method:    Viewer,
			calls:     []string{"lp", "xdg-open"},
			cmd:       []string{"/usr/bin/xdg-open", pdf},
			wantInMsg: []string{"chưa chọn máy in mặc định", "Ctrl+P"},
		},
		{
			// Without CUPS nothing can print, not even a PDF reader: no
			// viewer is opened, the error says how to get a printout.
			name:      "linux without lp: no printing service",
			goos:      "linux",
			f:         fake{have: map[string]bool{"xdg-open": true}},
			calls:     nil,
			wantErr:   "chưa cài dịch vụ in",
			noService: true,
		},
		{
			name:      "linux with nothing",
			goos:      "linux",
			f:         fake{},
			calls:     nil,
			wantErr:   "hãy xuất PDF rồi in từ trình đọc PDF",
			noService: true,
		},
		{
			name:    "linux, lp fails and the viewer fails",
			goos:    "linux",
			f:       fake{have: map[string]bool{"lp": true, "xdg-open": true}, fail: map[string]string{"lp": "lp: printer is stopped", "xdg-open": "no method available for opening"}},
			calls:   []string{"lp", "xdg-open"},
			wantErr: "printer is stopped",
		},
		{
			name:      "windows print verb",
			goos:      "windows",
			f:         fake{have: map[string]bool{"lp": true}},
			method:    ShellPrint,
			calls:     []string{"shell:print"},
			wantInMsg: []string{"máy in mặc định của Windows", "Ctrl+P"},
		},
		{
			name:      "windows without a print verb: open",
			goos:      "windows",
			f:         fake{fail: map[string]string{"shell:print": "SE_ERR_NOASSOC"}},
			method:    Viewer,
			calls:     []string{"shell:print", "shell:open"},
			wantInMsg: []string{"SE_ERR_NOASSOC", "Đã mở báo cáo"},
		},
		{
			name:    "windows with no PDF program at all",
			goos:    "windows",
			f:       fake{fail: map[string]string{"shell:print": "SE_ERR_NOASSOC", "shell:open": "SE_ERR_NOASSOC"}},
			calls:   []string{"shell:print", "shell:open"},
			wantErr: "hãy mở nó bằng chương trình đọc PDF",
		},
		{
			name:      "macOS with CUPS",
			goos:      "darwin",
			f:         fake{have: map[string]bool{"lp": true, "open": true}},
			method:    CUPS,
			calls:     []string{"lp"},
			wantInMsg: []string{"Đã gửi"},
		},
		{
			name:   "macOS, lp fails: open",
			goos:   "darwin",
			f:      fake{have: map[string]bool{"lp": true, "open": true}, fail: map[string]string{"lp": "lp: No default destination"}},
			method: Viewer,
			calls:  []string{"lp", "open"},
			cmd:    []string{"/usr/bin/open", pdf},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.f
			res, err := Printer{GOOS: tc.goos, Runner: &f}.Print(context.Background(), pdf)
			if !reflect.DeepEqual(f.calls, tc.calls) {
				t.Errorf("calls %q, want %q", f.calls, tc.calls)
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				if tc.noService {
					if !errors.Is(err, ErrNoPrintService) {
						t.Errorf("error %v is not ErrNoPrintService", err)
					}
					return
				}
				if !strings.Contains(err.Error(), pdf) {
					t.Errorf("error does not say where the PDF is: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Method != tc.method {
				t.Errorf("method %v, want %v", res.Method, tc.method)
			}
			if tc.cmd != nil && !reflect.DeepEqual(f.lastCmd, tc.cmd) {
				t.Errorf("command %q, want %q", f.lastCmd, tc.cmd)
			}
			if tc.cmd != nil && res.Command != nil && !reflect.DeepEqual(res.Command, tc.cmd) {
				t.Errorf("result command %q, want %q", res.Command, tc.cmd)
			}
			for _, s := range f.shellVerb {
				if !strings.HasSuffix(s, " "+pdf) {
					t.Errorf("shell call %q is not on the PDF", s)
				}
			}
			for _, w := range tc.wantInMsg {
				if !strings.Contains(res.Message, w) {
					t.Errorf("message %q lacks %q", res.Message, w)
				}
			}
		})
	}
}

func TestPrintMissingFile(t *testing.T) {
	f := &fake{have: map[string]bool{"lp": true}}
	_, err := Printer{GOOS: "linux", Runner: f}.Print(context.Background(), filepath.Join(t.TempDir(), "không-có.pdf"))
	if err == nil || !strings.Contains(err.Error(), "không tìm thấy tệp PDF") {
		t.Fatalf("error %v", err)
	}
	if len(f.calls) != 0 {
		t.Errorf("ran %q for a missing file", f.calls)
	}
}

// TestPrintTo: a chosen printer gets the file (lp -d NAME, the shell's
// "printto" with the quoted name); when it cannot, the file opens in the
// viewer and the default printer is never used instead.
func TestPrintTo(t *testing.T) {
	pdf := filepath.Join(t.TempDir(), "Giấy khen 2016.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	const name = "Canon LBP2900 phòng 3"
	tests := []struct {
		name      string
		goos      string
		f         *fake
		plain     bool // the Runner cannot pass parameters to the shell
		method    Method
		calls     []string
		cmd       []string
		wantInMsg []string
		wantErr   string
		noService bool
	}{
		{
			name:      "linux: lp -d",
			goos:      "linux",
			f:         &fake{have: map[string]bool{"lp": true, "xdg-open": true}, out: map[string]string{"lp": "request id is Canon-7 (1 file(s))"}},
			method:    CUPS,
			calls:     []string{"lp"},
			cmd:       []string{"/usr/bin/lp", "-d", name, "-t", "Báo cáo công tác dân vận", pdf},
			wantInMsg: []string{"“" + name + "”", "Canon-7"},
		},
		{
			name:      "macOS: lp -d",
			goos:      "darwin",
			f:         &fake{have: map[string]bool{"lp": true, "open": true}},
			method:    CUPS,
			calls:     []string{"lp"},
			cmd:       []string{"/usr/bin/lp", "-d", name, "-t", "Báo cáo công tác dân vận", pdf},
			wantInMsg: []string{"“" + name + "”"},
		},
		{
			name:      "linux: no such printer, viewer",
			goos:      "linux",
			f:         &fake{have: map[string]bool{"lp": true, "xdg-open": true}, fail: map[string]string{"lp": "lp: The printer or class does not exist."}},
			method:    Viewer,
			calls:     []string{"lp", "xdg-open"},
			cmd:       []string{"/usr/bin/xdg-open", pdf},
			wantInMsg: []string{"không có máy in “" + name + "”", "Ctrl+P"},
		},
		{
			name:      "linux without CUPS",
			goos:      "linux",
			f:         &fake{have: map[string]bool{"xdg-open": true}},
			wantErr:   "chưa cài dịch vụ in",
			noService: true,
		},
		{
			name:      "windows: printto",
			goos:      "windows",
			f:         &fake{},
			method:    ShellPrint,
			calls:     []string{"shell:printto \"" + name + "\""},
			wantInMsg: []string{"“" + name + "”", "Ctrl+P"},
		},
		{
			name:      "windows: no printto verb, viewer (not the default printer)",
			goos:      "windows",
			f:         &fake{fail: map[string]string{"shell:printto": "SE_ERR_NOASSOC"}},
			method:    Viewer,
			calls:     []string{"shell:printto \"" + name + "\"", "shell:open"},
			wantInMsg: []string{"SE_ERR_NOASSOC", "“" + name + "”", "Đã mở báo cáo"},
		},
		{
			name:      "windows: a runner without parameters, viewer",
			goos:      "windows",
			f:         &fake{},
			plain:     true,
			method:    Viewer,
			calls:     []string{"shell:open"},
			wantInMsg: []string{"“" + name + "”"},
		},
		{
			name:    "windows: nothing opens PDF",
			goos:    "windows",
			f:       &fake{fail: map[string]string{"shell:printto": "SE_ERR_NOASSOC", "shell:open": "SE_ERR_NOASSOC"}},
			calls:   []string{"shell:printto \"" + name + "\"", "shell:open"},
			wantErr: "hãy mở nó bằng chương trình đọc PDF",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r Runner = tc.f
			if tc.plain {
				r = plainRunner{tc.f}
			}
			res, err := Printer{GOOS: tc.goos, Runner: r}.PrintTo(context.Background(), pdf, " "+name+" ")
			if !reflect.DeepEqual(tc.f.calls, tc.calls) {
				t.Errorf("calls %q, want %q", tc.f.calls, tc.calls)
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				if tc.noService != errors.Is(err, ErrNoPrintService) {
					t.Errorf("error %v: ErrNoPrintService %v", err, !tc.noService)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Method != tc.method {
				t.Errorf("method %v, want %v", res.Method, tc.method)
			}
			if tc.cmd != nil && !reflect.DeepEqual(tc.f.lastCmd, tc.cmd) {
				t.Errorf("command %q, want %q", tc.f.lastCmd, tc.cmd)
			}
			if strings.Contains(res.Message, "mặc định") {
				t.Errorf("message speaks of the default printer: %q", res.Message)
			}
			for _, w := range tc.wantInMsg {
				if !strings.Contains(res.Message, w) {
					t.Errorf("message %q lacks %q", res.Message, w)
				}
			}
		})
	}
}
