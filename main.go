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
	"baocao/app/pdf"
	"baocao/app/report"
	"baocao/app/ui"
	"baocao/app/xlsx"
	"baocao/templates"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

func main() {
	if len(os.Args) > 1 {
		cli.Version = version
		env := cli.DefaultEnv(templates.Builtin)
		os.Exit(cli.Run(env, os.Args[1:]))
	}
	ui.Run(windowOptions())
}

// windowOptions wires the exporters into the window.
func windowOptions() ui.Options {
	return ui.Options{
		Version:   version,
		Templates: templates.Builtin,
		ExportPDF: func(path string, r *report.Report) error {
			_, err := pdf.WriteFile(path, r)
			return err
		},
		RenderPDF: func(r *report.Report) ([]byte, error) {
			var buf bytes.Buffer
			if _, err := pdf.Render(r, &buf); err != nil {
				return nil, err
			}
			return buf.Bytes(), nil
		},
		ExportXLSX: xlsx.WriteFile,
	}
}
