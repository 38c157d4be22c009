package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"baocao/app/report"
)

// docKind describes one kind of document template (decision, proposal,
// certificate): the three are read and checked the same way and differ
// only in these facts and in their own texts and required members.
type docKind struct {
	noun   string // in messages: "quyết định", "tờ trình", "giấy khen"
	format string // the "format" member the file must carry
	dir    string // the folder of the embedded file system: "decision"
	sample any    // data every placeholder text must run against
}

// docTemplate is what parseDoc needs of a document template.
type docTemplate interface {
	header() (format string, version int, profile report.Profile)
	// missing names the required members left empty, or is "".
	missing() string
	texts() []namedText
}

// parseDoc reads one document template of kind k and checks it: size,
// format, version, profile, the required texts and every placeholder;
// all problems are reported together.
func parseDoc[T any, PT interface {
	*T
	docTemplate
}](data []byte, k docKind) (*T, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("tệp mẫu %s lớn hơn %d KB", k.noun, MaxSize>>10)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var t T
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("tệp mẫu %s không đọc được: %w", k.noun, err)
	}
	pt := PT(&t)
	format, version, profile := pt.header()
	var problems []string
	if format != k.format {
		problems = append(problems, fmt.Sprintf("\"format\" phải là %q", k.format))
	}
	if version < 1 || version > Version {
		problems = append(problems, fmt.Sprintf("phiên bản %d không đọc được (chương trình đọc đến %d)", version, Version))
	}
	if !profile.Valid() {
		problems = append(problems, fmt.Sprintf("thể thức %q không hợp lệ (party hoặc state)", profile))
	}
	if m := pt.missing(); m != "" {
		problems = append(problems, m)
	}
	for _, txt := range pt.texts() {
		if _, err := Render(txt.text, k.sample); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", txt.what, err))
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "; "))
	}
	return &t, nil
}

// loadDoc reads the template of kind k and profile p (party when p is not
// valid) from fsys, at k.dir/<profile>.json, and checks that the file is
// of that profile.
func loadDoc[T any, PT interface {
	*T
	docTemplate
}](fsys fs.FS, p report.Profile, k docKind) (*T, error) {
	if !p.Valid() {
		p = report.ProfileParty
	}
	name := k.dir + "/" + string(p) + ".json"
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("không đọc được mẫu %s %s: %w", k.noun, name, err)
	}
	t, err := parseDoc[T, PT](data, k)
	if err != nil {
		return nil, fmt.Errorf("mẫu %s %s: %w", k.noun, name, err)
	}
	if _, _, got := PT(t).header(); got != p {
		return nil, fmt.Errorf("mẫu %s %s là thể thức %q, cần %q", k.noun, name, got, p)
	}
	return t, nil
}

// fill returns text with its placeholders filled from data; a text that
// does not run (one the office mistyped) is kept as written.
func fill(text string, data any) string {
	s, err := Render(text, data)
	if err != nil {
		return text
	}
	return s
}
