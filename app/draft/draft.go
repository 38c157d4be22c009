// Package draft reads and writes report drafts: a human-readable JSON file
// with a format name and a version number.
//
// Saving never loses work: the new file is written beside the old one,
// synced and renamed into place, and the previous version is kept as a
// backup (NAME.bak). Loading never changes the file it reads.
package draft

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"baocao/app/report"
)

// Format is the value of the "format" member of every draft file.
const Format = "baocao-danvan/draft"

// Version is the newest file version this program writes and reads.
//
// Version 2 added the movement's data (report.Report.Movement). A draft
// without it is still written as version 1, which older programs read;
// one with it is written as version 2, which they refuse ("made by a
// newer version") instead of opening it and losing the register on save.
// Version 3 added the decision on commendation (report.Report.Decision:
// its number, date, signer and bases) and the proposal sent upward
// (report.Report.Proposal), written so only when either is kept; and the
// subordinate units with what was collected from them (report.Report.Units,
// the origin of collected rows), written so only when there are units.
// The fields that came with version 2 but outside the movement — an
// honoree's birth year, gender, namesake mark and origin, the draft's
// round — also make a draft version 2, so that a version 1 program
// refuses it rather than dropping them on save.
const Version = 3

// versionFor is the file version r needs.
func versionFor(r *report.Report) int {
	switch {
	case r == nil:
		return 1
	case !r.Decision.IsZero() || !r.Proposal.IsZero() || len(r.Units) > 0:
		return 3
	case !r.Movement.IsZero() || r.DraftRound > 0 || hasPersonFields(r.Honorees):
		return 2
	}
	return 1
}

// hasPersonFields reports whether any honoree carries a field a version 1
// program does not know.
func hasPersonFields(h report.Honorees) bool {
	for _, list := range [][]report.Honoree{h.Collectives, h.Individuals} {
		for _, x := range list {
			if x.BirthYear != 0 || x.Gender != "" || x.Namesake || !x.Origin.IsZero() {
				return true
			}
		}
	}
	return false
}

// MaxSize is the largest draft file Load accepts. A report with 10,000
// honorees takes about 3 MB; anything past this is not a draft.
const MaxSize = 64 << 20

// Extension is the extension of the program's own draft files, which
// Save uses and which the installers associate with the program: .bcdv,
// for "báo cáo dân vận". Short and free: common software does not use it
// (.bcd alone is Windows' boot configuration), so that a double click on
// a draft opens this program and nothing else.
const Extension = ".bcdv"

// LegacyExtension is the extension drafts had before Extension: such
// drafts keep opening everywhere, and saving one keeps its name.
const LegacyExtension = ".json"

// MIMEType is the type of a draft file on Linux desktops (the
// shared-mime-info file the Linux package installs declares it).
const MIMEType = "application/x-baocao-draft"

// Extensions are the extensions a draft may have, the program's own first
// (the Open dialog shows both).
func Extensions() []string { return []string{Extension, LegacyExtension} }

// HasExtension reports whether path ends in a draft extension, in any
// case ("Báo cáo.BCDV" is one).
func HasExtension(path string) bool {
	ext := filepath.Ext(path)
	return strings.EqualFold(ext, Extension) || strings.EqualFold(ext, LegacyExtension)
}

// NameFor returns path with its draft extension, if any, replaced by
// Extension: the name Save as suggests for a draft opened as .json.
func NameFor(path string) string {
	if HasExtension(path) {
		path = strings.TrimSuffix(path, filepath.Ext(path))
	}
	return path + Extension
}

// File is the on-disk envelope around a report.
type File struct {
	Format  string         `json:"format"`
	Version int            `json:"version"`
	SavedAt time.Time      `json:"savedAt"`
	Program string         `json:"program,omitempty"`
	Report  *report.Report `json:"report"`
}

// Errors a caller may test for with errors.Is.
var (
	ErrTooLarge  = errors.New("tệp quá lớn để là một bản nháp báo cáo")
	ErrNotDraft  = errors.New("tệp không phải là bản nháp báo cáo của chương trình này")
	ErrNewer     = errors.New("bản nháp được tạo bởi phiên bản mới hơn của chương trình")
	ErrCorrupt   = errors.New("tệp bản nháp bị hỏng hoặc không đầy đủ")
	ErrEmptyFile = errors.New("tệp rỗng")
)

// Encode writes r as a draft file to w. The report is written as it is;
// call Normalize first if it came from outside.
func Encode(w io.Writer, r *report.Report, program string) error {
	f := File{Format: Format, Version: versionFor(r), SavedAt: time.Now().UTC().Truncate(time.Second), Program: program, Report: r}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("ghi bản nháp: %w", err)
	}
	return nil
}

// Decode reads a draft from data, checks its kind and version, and returns
// its report normalised (NFC, no control characters).
func Decode(data []byte) (*report.Report, error) {
	if len(data) > MaxSize {
		return nil, ErrTooLarge
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmptyFile
	}
	var head struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w (lỗi ở byte %d)", ErrCorrupt, offset(err))
		}
		return nil, ErrNotDraft
	}
	if head.Format == nil || *head.Format != Format || head.Version == nil {
		return nil, ErrNotDraft
	}
	if *head.Version > Version {
		return nil, fmt.Errorf("%w (phiên bản tệp %d, chương trình này đọc được đến %d); hãy cập nhật chương trình", ErrNewer, *head.Version, Version)
	}
	if *head.Version < 1 {
		return nil, fmt.Errorf("%w: phiên bản tệp %d không hợp lệ", ErrCorrupt, *head.Version)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if f.Report == nil {
		return nil, fmt.Errorf("%w: tệp không chứa nội dung báo cáo", ErrCorrupt)
	}
	f.Report.Normalize()
	return f.Report, nil
}

func offset(err error) int64 {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return syn.Offset
	}
	return -1
}

// Load reads the draft at path. It never writes to the file.
func Load(path string) (*report.Report, error) {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("không có bản nháp %s: hãy kiểm tra tên tệp và thư mục, hoặc cắm lại ổ đĩa chứa nó (%w)", path, err)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("không được phép đọc bản nháp %s: hãy chép nó vào thư mục của bạn rồi mở bản chép (%w)", path, err)
	case err != nil:
		return nil, fmt.Errorf("mở bản nháp %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("đọc bản nháp %s: %w", path, err)
	}
	r, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("bản nháp %s: %w", path, err)
	}
	return r, nil
}

// Save writes r to path atomically and keeps the previous file, if any, as
// path+".bak". The new file is readable by its owner only.
func Save(path string, r *report.Report, program string) error {
	var buf bytes.Buffer
	if err := Encode(&buf, r, program); err != nil {
		return err
	}
	return WriteFileAtomic(path, buf.Bytes(), true)
}
