// Package printing sends an exported PDF to the printer, or, when that is
// not possible, opens it in the system's PDF viewer so the user can print
// from there. Every outcome is described in Vietnamese for the user.
//
// On Linux (and other Unix systems with CUPS) it runs lp for the default
// printer, or lp -d NAME for a printer the user chose (PrintTo); on
// Windows it asks the shell to "print" the file (or "printto" the chosen
// printer), which the registered PDF program does; failing that it opens
// the file (xdg-open, the Windows shell's "open", or macOS open). A Linux machine without CUPS
// cannot print at all: Print then returns ErrNoPrintService. All outside work goes
// through a Runner so that tests can check the commands without printing.
//
// The package does not import Fyne.
package printing

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Method says how the document left the program.
type Method int

const (
	// CUPS: the file was queued with lp on the default printer.
	CUPS Method = iota + 1
	// ShellPrint: the Windows shell's print verb handed the file to the
	// registered PDF program, which prints it on the default printer.
	ShellPrint
	// Viewer: the file was opened in the system's PDF viewer; the user
	// prints from there.
	Viewer
)

func (m Method) String() string {
	switch m {
	case CUPS:
		return "cups"
	case ShellPrint:
		return "shell-print"
	case Viewer:
		return "viewer"
	}
	return "none"
}

// Result tells what happened.
type Result struct {
	Method  Method
	Command []string // the command run, for the log; nil for shell calls
	// Message is for the user, in Vietnamese: what happened and what to do
	// next.
	Message string
}

// ErrNoPrintService is returned on Linux and other Unix systems without
// CUPS (no lp command): nothing on such a machine can print, not even a
// PDF reader, so the program does not open one. The way out is to export
// the PDF and print it from a PDF reader on a computer that can print.
var ErrNoPrintService = errors.New("máy chưa cài dịch vụ in (không có lệnh lp của CUPS): hãy xuất PDF rồi in từ trình đọc PDF")

// Runner does the outside work. System is the real one; tests use a fake.
type Runner interface {
	// LookPath finds a program on PATH (exec.LookPath).
	LookPath(file string) (string, error)
	// Run runs a program to completion and returns its combined output.
	Run(ctx context.Context, name string, args ...string) ([]byte, error)
	// ShellExecute asks the Windows shell to apply verb ("print", "open")
	// to file. It fails on other systems.
	ShellExecute(verb, file string) error
}

// ParamsRunner is a Runner that can also hand parameters to the shell's
// verb, as the "printto" verb needs the printer's name. System is one; a
// Runner that is not cannot print to a chosen printer on Windows, and the
// file opens in the viewer instead.
type ParamsRunner interface {
	ShellExecuteParams(verb, file, params string) error
}

// Printer prints PDF files.
type Printer struct {
	// GOOS selects the method; empty means runtime.GOOS.
	GOOS string
	// Runner does the work; nil means System{}.
	Runner Runner
	// Timeout bounds each outside command; zero means 30 seconds for
	// printing, 10 for listing the printers.
	Timeout time.Duration
}

// env returns the system p works on, its Runner, and a run that bounds
// each outside command by p.Timeout, or by def when that is zero.
func (p Printer) env(ctx context.Context, def time.Duration) (string, Runner, func(string, ...string) ([]byte, error)) {
	goos := p.GOOS
	if goos == "" {
		goos = runtime.GOOS
	}
	r := p.Runner
	if r == nil {
		r = System{}
	}
	timeout := p.Timeout
	if timeout == 0 {
		timeout = def
	}
	run := func(name string, args ...string) ([]byte, error) {
		c, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		return r.Run(c, name, args...)
	}
	return goos, r, run
}

// Print prints the PDF file at path (see the package comment for how).
// The error, when not nil, is in Vietnamese and says where the file is so
// that the user can still print it by hand.
func Print(ctx context.Context, path string) (Result, error) {
	return Printer{}.Print(ctx, path)
}

// PrintTo prints the PDF file at path on the printer called name (as the
// system spells it), or on the default printer when name is empty.
func PrintTo(ctx context.Context, path, name string) (Result, error) {
	return Printer{}.PrintTo(ctx, path, name)
}

// Print prints the PDF file at path on the default printer.
func (p Printer) Print(ctx context.Context, path string) (Result, error) {
	return p.PrintTo(ctx, path, "")
}

// PrintTo prints the PDF file at path on printer name; "" is the default
// printer. A chosen printer is never swapped for the default one (a
// certificate shifted for one printer would print wrong on another): if
// it cannot be reached, the file opens in the viewer instead.
func (p Printer) PrintTo(ctx context.Context, path, name string) (Result, error) {
	name = strings.TrimSpace(name)
	goos, r, run := p.env(ctx, 30*time.Second)
	if abs, err := filepath.Abs(path); err == nil && goos == runtime.GOOS {
		path = abs
	}
	if st, err := os.Stat(path); err != nil || st.IsDir() {
		return Result{}, fmt.Errorf("không tìm thấy tệp PDF để in (%s); hãy xuất lại báo cáo rồi bấm In", path)
	}
	var why string // why printing directly did not happen
	switch goos {
	case "windows":
		if name != "" {
			return windowsPrintTo(r, path, name)
		}
		err := r.ShellExecute("print", path)
		if err == nil {
			return Result{Method: ShellPrint, Message: "Đã gửi báo cáo tới máy in mặc định của Windows (qua chương trình đọc PDF). " +
				"Nếu một lúc sau không thấy bản in, hãy mở tệp " + path + " và bấm In (Ctrl+P)."}, nil
		}
		why = "Windows chưa có chương trình nào in được tệp PDF trực tiếp (" + err.Error() + ")"
		if err := r.ShellExecute("open", path); err == nil {
			return viewerResult(nil, path, why), nil
		} else {
			return Result{}, failed(path, why, err)
		}
	case "darwin":
		why = ""
		if lp, err := r.LookPath("lp"); err == nil {
			if res, err := lpPrint(run, lp, path, name); err == nil {
				return res, nil
			} else {
				why = err.Error()
			}
		}
		return openWith(run, r, "open", path, why)
	default:
		lp, err := r.LookPath("lp")
		if err != nil {
			return Result{}, ErrNoPrintService
		}
		if res, err := lpPrint(run, lp, path, name); err == nil {
			return res, nil
		} else {
			why = err.Error()
		}
		return openWith(run, r, "xdg-open", path, why)
	}
}

// lpPrint queues path with CUPS's lp: on printer name (lp -d), or on the
// default printer when name is empty.
func lpPrint(run func(string, ...string) ([]byte, error), lp, path, name string) (Result, error) {
	args := []string{"-t", "Báo cáo công tác dân vận", path}
	if name != "" {
		args = append([]string{"-d", name}, args...)
	}
	out, err := run(lp, args...)
	msg := strings.TrimSpace(string(out))
	if err != nil {
		if msg == "" {
			msg = err.Error()
		}
		low := strings.ToLower(msg)
		switch {
		case name == "" && strings.Contains(low, "no default destination"):
			return Result{}, errors.New("chưa chọn máy in mặc định (lp: " + msg + ")")
		case name != "" && (strings.Contains(low, "does not exist") || strings.Contains(low, "not exist")):
			return Result{}, errors.New("máy này không có máy in “" + name + "” (lp: " + msg + ")")
		}
		return Result{}, errors.New("lệnh in lp báo lỗi: " + msg)
	}
	text := "Đã gửi báo cáo tới máy in mặc định."
	if name != "" {
		text = "Đã gửi bản in tới máy in “" + name + "”."
	}
	if msg != "" {
		text += " (" + msg + ")"
	}
	text += " Hãy lấy bản in ở máy in; nếu không thấy, hãy xem hàng đợi in trong phần Cài đặt máy in."
	return Result{Method: CUPS, Command: append([]string{lp}, args...), Message: text}, nil
}

// windowsPrintTo asks the shell to "printto" printer name, the verb the
// registered PDF program offers for a printer other than the default;
// without it the file opens in the viewer, with the name to pick there.
func windowsPrintTo(r Runner, path, name string) (Result, error) {
	err := errors.New("không chuyển được tên máy in cho Windows")
	if pr, ok := r.(ParamsRunner); ok && !strings.Contains(name, `"`) {
		// The verb's parameter is the printer's name, quoted: names
		// have spaces ("HP LaserJet 1020").
		if err = pr.ShellExecuteParams("printto", path, `"`+name+`"`); err == nil {
			return Result{Method: ShellPrint, Message: "Đã gửi bản in tới máy in “" + name + "” (qua chương trình đọc PDF). " +
				"Nếu một lúc sau không thấy bản in, hãy mở tệp " + path + ", bấm In (Ctrl+P) và chọn máy in “" + name + "”."}, nil
		}
	}
	why := "chương trình đọc PDF của Windows không in thẳng tới máy in “" + name + "” (" + err.Error() + "); khi in, hãy chọn máy in đó"
	if err := r.ShellExecute("open", path); err != nil {
		return Result{}, failed(path, why, err)
	}
	return viewerResult(nil, path, why), nil
}

// openWith opens path in the viewer with the given opener program.
func openWith(run func(string, ...string) ([]byte, error), r Runner, opener, path, why string) (Result, error) {
	prog, err := r.LookPath(opener)
	if err != nil {
		return Result{}, failed(path, why, fmt.Errorf("không có lệnh %s để mở tệp", opener))
	}
	out, err := run(prog, path)
	if err != nil {
		if m := strings.TrimSpace(string(out)); m != "" {
			err = fmt.Errorf("%w: %s", err, m)
		}
		return Result{}, failed(path, why, err)
	}
	return viewerResult([]string{prog, path}, path, why), nil
}

func viewerResult(cmd []string, path, why string) Result {
	msg := "Đã mở báo cáo trong chương trình xem PDF. Hãy bấm In (Ctrl+P) ở đó để in."
	if why != "" {
		msg = "Chưa in trực tiếp được: " + why + ". " + msg
	}
	return Result{Method: Viewer, Command: cmd, Message: msg}
}

func failed(path, why string, err error) error {
	msg := "Không in được và cũng không mở được tệp PDF"
	if why != "" {
		msg += " (" + why + ")"
	}
	return fmt.Errorf("%s. Tệp PDF nằm ở %s: hãy mở nó bằng chương trình đọc PDF và bấm In: %w", msg, path, err)
}
