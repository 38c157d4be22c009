// Package recovery keeps autosaved recovery copies of drafts, so that a
// crash, a power cut or a closed window never loses more than a few seconds
// of typing.
//
// A recovery copy is a file in the program's recovery folder
// (appdirs.Recovery) that wraps a complete draft file with the path of the
// draft it belongs to. Copies of saved drafts are named after a hash of the
// draft's path, so each draft has at most one; copies of drafts never saved
// are named "untitled-<time>". Saving the draft removes its copy; a copy
// that is newer than its draft is offered for restoring at the next start.
//
// The package knows nothing of windows; the ui package decides when to
// save.
package recovery

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"baocao/app/draft"
	"baocao/app/report"
)

// Format is the value of the "format" member of every recovery file.
const Format = "baocao-danvan/recovery"

// Version is the newest recovery file version this program writes.
const Version = 1

// envelope is the on-disk form of a recovery copy.
type envelope struct {
	Format    string          `json:"format"`
	Version   int             `json:"version"`
	DraftPath string          `json:"draftPath,omitempty"` // "" for a draft never saved
	SavedAt   time.Time       `json:"savedAt"`
	Draft     json.RawMessage `json:"draft"` // a complete draft file (package draft)
}

// Copy describes one recovery copy.
type Copy struct {
	File      string    // the recovery file
	DraftPath string    // the draft it belongs to, "" if never saved
	SavedAt   time.Time // when the copy was written
	// DraftModified is the modification time of the draft file; zero when
	// the draft was never saved or is gone.
	DraftModified time.Time
}

// Newer reports whether the copy holds work that is not in the draft: the
// draft was never saved, is gone, or was last written before the copy.
func (c Copy) Newer() bool {
	return c.DraftModified.IsZero() || c.SavedAt.After(c.DraftModified)
}

// Name returns the recovery file name for a draft: "draft-<hash>.json"
// for a saved draft (the hash of its absolute path), or
// "untitled-<time>.json" for a draft never saved, started at started.
func Name(draftPath string, started time.Time) string {
	if draftPath == "" {
		return "untitled-" + started.UTC().Format("20060102-150405.000000000") + ".json"
	}
	if abs, err := filepath.Abs(draftPath); err == nil {
		draftPath = abs
	}
	sum := sha256.Sum256([]byte(filepath.Clean(draftPath)))
	return "draft-" + hex.EncodeToString(sum[:12]) + ".json"
}

// Encode returns the encoded draft file for r, ready for Write. Call it
// where r may be read safely (the UI goroutine); Write may then run on any
// goroutine.
func Encode(r *report.Report, program string) ([]byte, error) {
	var buf bytes.Buffer
	if err := draft.Encode(&buf, r, program); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write stores an encoded draft (from Encode) as the recovery copy named
// name in dir, atomically, creating dir if needed. draftPath is the draft
// the copy belongs to ("" if never saved).
func Write(dir, name, draftPath string, encoded []byte) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("tạo thư mục bản sao phục hồi %s: %w", dir, err)
	}
	if draftPath != "" {
		if abs, err := filepath.Abs(draftPath); err == nil {
			draftPath = abs
		}
	}
	env := envelope{Format: Format, Version: Version, DraftPath: draftPath,
		SavedAt: time.Now().UTC(), Draft: json.RawMessage(encoded)}
	path := filepath.Join(dir, name)
	err := draft.WriteAtomic(path, false, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(env)
	})
	if err != nil {
		return fmt.Errorf("ghi bản sao phục hồi %s: %w", path, err)
	}
	return nil
}

// Remove deletes the recovery copy named name in dir; a missing copy is
// not an error.
func Remove(dir, name string) error {
	err := os.Remove(filepath.Join(dir, name))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("xóa bản sao phục hồi: %w", err)
	}
	return nil
}

// List returns the recovery copies in dir, newest first. Files that are
// not recovery copies are ignored; a missing dir gives an empty list.
func List(dir string) ([]Copy, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("đọc thư mục bản sao phục hồi %s: %w", dir, err)
	}
	var out []Copy
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".json") ||
			!(strings.HasPrefix(name, "draft-") || strings.HasPrefix(name, "untitled-")) {
			continue
		}
		c, err := readHeader(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SavedAt.After(out[j].SavedAt) })
	return out, nil
}

// Pending returns the copies in dir that hold work not in their draft
// (Copy.Newer), newest first.
func Pending(dir string) ([]Copy, error) {
	all, err := List(dir)
	var out []Copy
	for _, c := range all {
		if c.Newer() {
			out = append(out, c)
		}
	}
	return out, err
}

// Load reads a recovery copy and the report it holds.
func Load(file string) (*report.Report, Copy, error) {
	env, err := readEnvelope(file)
	if err != nil {
		return nil, Copy{}, err
	}
	r, err := draft.Decode(env.Draft)
	if err != nil {
		return nil, Copy{}, fmt.Errorf("bản sao phục hồi %s: %w", file, err)
	}
	return r, copyOf(file, env), nil
}

func readHeader(file string) (Copy, error) {
	env, err := readEnvelope(file)
	if err != nil {
		return Copy{}, err
	}
	return copyOf(file, env), nil
}

func copyOf(file string, env *envelope) Copy {
	c := Copy{File: file, DraftPath: env.DraftPath, SavedAt: env.SavedAt}
	if env.DraftPath != "" {
		if info, err := os.Stat(env.DraftPath); err == nil {
			c.DraftModified = info.ModTime()
		}
	}
	return c
}

func readEnvelope(file string) (*envelope, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("mở bản sao phục hồi: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, draft.MaxSize+1<<20))
	if err != nil {
		return nil, fmt.Errorf("đọc bản sao phục hồi %s: %w", file, err)
	}
	var env envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return nil, fmt.Errorf("bản sao phục hồi %s bị hỏng: %w", file, err)
	}
	if env.Format != Format {
		return nil, fmt.Errorf("%s không phải là bản sao phục hồi", file)
	}
	if env.Version > Version {
		return nil, fmt.Errorf("bản sao phục hồi %s do phiên bản mới hơn của chương trình tạo ra", file)
	}
	return &env, nil
}
