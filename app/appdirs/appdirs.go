// Package appdirs says where the program keeps its files on the user's
// machine: settings, the user's own templates and recovery copies of drafts.
package appdirs

import (
	"fmt"
	"os"
	"path/filepath"
)

// Name is the folder name used under the system's config and cache folders.
const Name = "BaoCaoDanVan"

// overrideEnv, when set, replaces the config folder (tests, portable use).
const overrideEnv = "BAOCAO_CONFIG_DIR"

// Config returns the program's config folder, e.g. ~/.config/BaoCaoDanVan
// on Linux or %AppData%\BaoCaoDanVan on Windows. It does not create it.
func Config() (string, error) {
	if d := os.Getenv(overrideEnv); d != "" {
		return d, nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("không tìm thấy thư mục cấu hình của người dùng: %w", err)
	}
	return filepath.Join(base, Name), nil
}

// Templates returns the folder where users drop their own template files.
func Templates() (string, error) { return sub("templates") }

// Recovery returns the folder of autosaved recovery copies.
func Recovery() (string, error) { return sub("recovery") }

// Cache returns the program's cache folder (safe to delete).
func Cache() (string, error) {
	if d := os.Getenv(overrideEnv); d != "" {
		return filepath.Join(d, "cache"), nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("không tìm thấy thư mục bộ nhớ đệm của người dùng: %w", err)
	}
	return filepath.Join(base, Name), nil
}

func sub(name string) (string, error) {
	c, err := Config()
	if err != nil {
		return "", err
	}
	return filepath.Join(c, name), nil
}

// Ensure creates dir (owner-only) if it does not exist and returns it.
func Ensure(dir string, err error) (string, error) {
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("không tạo được thư mục %s: %w", dir, err)
	}
	return dir, nil
}
