// Command prep makes what the installers are built from, with the
// program's own code: the icons drawn by package icon, and the Windows
// installer's product code for a version.
//
//	go run ./packaging/prep icons DIR          # baocao.ico, baocao-draft.ico, baocao-draft.png
//	go run ./packaging/prep productcode 0.1.0  # prints the version's ProductCode
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"baocao/app/icon"
	"baocao/packaging"
)

// Files written by icons, in the folder given.
const (
	ProgramICO = "baocao.ico"
	DraftICO   = "baocao-draft.ico"
	DraftPNG   = "baocao-draft.png"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "cách dùng: prep icons THƯ-MỤC | prep productcode PHIÊN-BẢN")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "icons":
		err = icons(os.Args[2])
	case "productcode":
		var code string
		code, err = packaging.ProductCode(os.Args[2])
		fmt.Println(code)
	default:
		err = fmt.Errorf("không có lệnh %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "prep:", err)
		os.Exit(1)
	}
}

func icons(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("tạo thư mục %s: %w", dir, err)
	}
	files := map[string][]byte{
		ProgramICO: icon.ICO(icon.ICOSizes, icon.Draw),
		DraftICO:   icon.ICO(icon.ICOSizes, icon.DrawDocument),
		DraftPNG:   icon.DocumentPNG(256),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return fmt.Errorf("ghi %s: %w", name, err)
		}
	}
	return nil
}
