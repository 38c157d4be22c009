// Command baocao drafts the annual mass-mobilization report ("Báo cáo tổng
// kết công tác dân vận", the "Dân vận khéo" movement) and exports it as a
// print-ready PDF and as Excel spreadsheets.
//
// With no arguments it opens the window; with arguments it is a command
// line (run "baocao help").
package main

import (
	"bytes"
	"os"

	"baocao/app/cli"
	"baocao/app/console"
	"baocao/app/docx"
	"baocao/app/draft"
	"baocao/app/instance"
	"baocao/app/pdf"
	_ "baocao/app/posixlocale" // before Fyne initialises; see the package doc
	"baocao/app/report"
	"baocao/app/ui"
	"baocao/app/xlsx"
	"baocao/templates"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

func main() {
	args := os.Args[1:]
	opts := windowOptions()
	sock, sockErr := instance.Path()
	if sockErr == nil {
		opts.InstanceSocket = sock
	}
	switch {
	case len(args) > 0 && allDraftFiles(args):
		// A double click on a draft, or "Open with" (a desktop may pass
		// several files: the window opens the first). While the program
		// runs, the draft goes to its window and this launch ends.
		if sockErr == nil && instance.Send(sock, args[:1]) == nil {
			return
		}
		opts.OpenPath = args[0]
	case len(args) > 0:
		console.Attach()
		cli.Version = version
		env := cli.DefaultEnv(templates.Builtin)
		os.Exit(cli.Run(env, args))
	}
	ui.Run(opts)
}

// isDraftFile reports whether arg names an existing draft file (.bcdv,
// or .json as drafts used to be), which the window opens (the command
// line's commands are words, never file names).
func isDraftFile(arg string) bool {
	if !draft.HasExtension(arg) {
		return false
	}
	fi, err := os.Stat(arg)
	return err == nil && fi.Mode().IsRegular()
}

// allDraftFiles reports whether every argument is a draft file.
func allDraftFiles(args []string) bool {
	for _, a := range args {
		if !isDraftFile(a) {
			return false
		}
	}
	return true
}

// exportPDF writes the PDF for the window, marked as a draft with draft,
// and returns its warnings.
func exportPDF(path string, r *report.Report, draft bool) ([]string, error) {
	res, err := pdf.WriteFile(path, r, pdf.Options{Draft: draft})
	return res.Messages(), err
}

// windowOptions wires the exporters into the window.
func windowOptions() ui.Options {
	return ui.Options{
		Version:   version,
		Templates: templates.Builtin,
		ExportPDF: exportPDF,
		RenderPDF: func(r *report.Report, draft bool) ([]byte, error) {
			var buf bytes.Buffer
			if _, err := pdf.Render(r, &buf, pdf.Options{Draft: draft}); err != nil {
				return nil, err
			}
			return buf.Bytes(), nil
		},
		ExportDOCX: func(path string, r *report.Report, draft bool) error {
			return docx.WriteFile(path, r, docx.Options{Draft: draft})
		},
		ExportXLSX: func(path string, r *report.Report, draft bool) error {
			return xlsx.WriteFile(path, r, xlsx.ExportOptions{Draft: draft})
		},
	}
}
