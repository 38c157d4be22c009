package draft

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// rename is os.Rename; tests replace it to simulate a crash before the
// new file takes the old one's place.
var rename = os.Rename

// WriteFileAtomic writes data to path so that, whatever happens, path holds
// either its old content or the complete new one: the data goes to a
// temporary file in the same folder, is synced, and is renamed over path.
// With backup set, the old file stays as path+".bak". The file is created
// with mode 0600.
func WriteFileAtomic(path string, data []byte, backup bool) error {
	return WriteAtomic(path, backup, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteAtomic is WriteFileAtomic for content produced by a writer function,
// so that exporters can stream into the temporary file. If write fails, the
// temporary file is removed and path is untouched.
func WriteAtomic(path string, backup bool, write func(io.Writer) error) error {
	return writeAtomic(path, backup, 0o600, write)
}

// WriteDocument writes an exported document (a PDF, a workbook) the way
// WriteAtomic does, without a backup. Unlike a draft, such a file is meant
// to be shared: it gets the mode of the file it replaces, or 0644 (what
// other programs give a new document), not 0600.
func WriteDocument(path string, write func(io.Writer) error) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		mode = fi.Mode().Perm()
	}
	return writeAtomic(path, false, mode, write)
}

func writeAtomic(path string, backup bool, mode os.FileMode, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("không tạo được tệp tạm trong thư mục %s: %w", dir, err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()
	if err = tmp.Chmod(mode); err != nil && runtime.GOOS != "windows" {
		return fmt.Errorf("đặt quyền cho tệp tạm: %w", err)
	}
	if err = write(tmp); err != nil {
		return fmt.Errorf("ghi tệp %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("ghi tệp %s xuống đĩa (ổ đĩa có thể đã đầy): %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("đóng tệp %s: %w", path, err)
	}
	if backup {
		if err = keepBackup(path); err != nil {
			return err
		}
	}
	if err = rename(tmpName, path); err != nil {
		return fmt.Errorf("thay tệp %s bằng bản mới: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// keepBackup makes path+".bak" hold the current content of path. A hard
// link costs nothing and survives the rename that follows; where links are
// not possible the file is copied.
func keepBackup(path string) error {
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return nil
	}
	bak := path + ".bak"
	os.Remove(bak)
	if err := os.Link(path, bak); err == nil {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("đọc bản cũ để sao lưu: %w", err)
	}
	if err := os.WriteFile(bak, data, 0o600); err != nil {
		return fmt.Errorf("ghi bản sao lưu %s: %w", bak, err)
	}
	return nil
}

// syncDir makes the rename durable on systems that need it. Errors are
// ignored: the data itself is already safe, and Windows cannot sync
// directories at all.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
