// Command baocao drafts the annual mass-mobilization report ("Báo cáo tổng
// kết công tác dân vận", the "Dân vận khéo" movement) and exports it as a
// print-ready PDF and as Excel spreadsheets.
//
// With no arguments it opens the window; with arguments it is a command
// line (run "baocao help").
package main

import (
	"os"

	"baocao/app/cli"
	"baocao/templates"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

func main() {
	cli.Version = version
	env := cli.DefaultEnv(templates.Builtin)
	os.Exit(cli.Run(env, os.Args[1:]))
}
