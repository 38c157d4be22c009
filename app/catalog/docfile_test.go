package catalog

import (
	"io/fs"
	"strings"
	"testing"

	"baocao/app/report"
	"baocao/templates"
)

// TestLoadDocWrongProfile: a file under state.json that says it is of the
// party profile is refused with the kind's name and both profiles.
func TestLoadDocWrongProfile(t *testing.T) {
	party, err := fs.ReadFile(templates.Decisions, "decision/party.json")
	if err != nil {
		t.Fatal(err)
	}
	fsys := mapFS{"decision/state.json": party}
	_, err = LoadDecision(fsys, report.ProfileState)
	if err == nil || !strings.Contains(err.Error(), "mẫu quyết định decision/state.json là thể thức") {
		t.Fatalf("LoadDecision = %v, want a wrong-profile error", err)
	}
	if _, err := LoadProposal(fsys, report.ProfileState); err == nil || !strings.Contains(err.Error(), "không đọc được mẫu tờ trình proposal/state.json") {
		t.Fatalf("LoadProposal = %v, want a missing-file error", err)
	}
}

// mapFS is a tiny fs.FS of whole files.
type mapFS map[string][]byte

func (m mapFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (m mapFS) ReadFile(name string) ([]byte, error) {
	if b, ok := m[name]; ok {
		return b, nil
	}
	return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

// FuzzParseDoc: the three document-template parsers never panic, and a
// template they accept carries its kind's format and a valid profile.
func FuzzParseDoc(f *testing.F) {
	for _, fsys := range []fs.FS{templates.Decisions, templates.Proposals, templates.Certificates} {
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := fs.ReadFile(fsys, p)
				f.Add(b)
			}
			return nil
		})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := ParseDecision(data); err == nil && (d.Format != DecisionFormat || !d.Profile.Valid()) {
			t.Errorf("accepted decision %+v", d)
		}
		if p, err := ParseProposal(data); err == nil && (p.Format != ProposalFormat || !p.Profile.Valid()) {
			t.Errorf("accepted proposal %+v", p)
		}
		if c, err := ParseCertificate(data); err == nil && (c.Format != CertificateFormat || !c.Profile.Valid()) {
			t.Errorf("accepted certificate %+v", c)
		}
	})
}
