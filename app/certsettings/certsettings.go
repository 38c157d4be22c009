// Package certsettings keeps how far each field of a certificate printed
// onto pre-printed blanks (phôi) is shifted, in millimetres, for each
// printer and paper size: printers feed paper a little differently, so
// an office measures its printer once on the calibration page and sets
// the offsets. They live in certificates.json in the program's config
// folder (app/appdirs), written atomically; the command line and the
// window both read and write them here.
package certsettings

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"baocao/app/appdirs"
	"baocao/app/draft"
	"baocao/app/textnorm"
)

// Format is the value of the "format" member of the settings file.
const Format = "baocao-danvan/certificate-offsets"

// Version is the file version this program writes and reads.
const Version = 1

// FileName is the settings file's name in the config folder.
const FileName = "certificates.json"

// MaxOffset is the largest shift, in mm, either way: more is a mistake
// (a printer does not feed 5 cm off), not a setting.
const MaxOffset = 50.0

// Paper is a blank's size.
type Paper string

const (
	A4 Paper = "a4" // A4 landscape
	A3 Paper = "a3" // A3 landscape
)

// Valid reports whether p is a known paper size.
func (p Paper) Valid() bool { return p == A4 || p == A3 }

// Label is the size as the office says it.
func (p Paper) Label() string {
	if p == A3 {
		return "A3 ngang"
	}
	return "A4 ngang"
}

// Offset is a shift: DX to the right, DY down, in mm.
type Offset struct {
	DX float64 `json:"dx"`
	DY float64 `json:"dy"`
}

// Add returns o shifted by p.
func (o Offset) Add(p Offset) Offset { return Offset{o.DX + p.DX, o.DY + p.DY} }

// Offsets are the shifts of one printer on one paper size: the whole
// page's, and each field's on top of it (keys as doc.CertLayout's).
type Offsets struct {
	Global Offset            `json:"global,omitzero"`
	Fields map[string]Offset `json:"fields,omitempty"`
}

// For returns the total shift of the field key.
func (o Offsets) For(key string) Offset { return o.Global.Add(o.Fields[key]) }

// IsZero reports whether nothing is shifted.
func (o Offsets) IsZero() bool {
	if o.Global != (Offset{}) {
		return false
	}
	for _, f := range o.Fields {
		if f != (Offset{}) {
			return false
		}
	}
	return true
}

// Printer holds a printer's offsets per paper size.
type Printer struct {
	Name  string            `json:"name"` // as the system names it
	Paper map[Paper]Offsets `json:"paper"`
}

// Settings are every printer's offsets.
type Settings struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	Printers []Printer `json:"printers"`
}

// New returns empty settings.
func New() *Settings { return &Settings{Format: Format, Version: Version} }

// key folds a printer's name: case and spacing do not matter.
func key(name string) string { return textnorm.Key(name) }

// Offsets returns the offsets of printer on paper (zero when none are
// set: an unknown printer prints where the layout says).
func (s *Settings) Offsets(printer string, paper Paper) Offsets {
	if s == nil {
		return Offsets{}
	}
	for _, p := range s.Printers {
		if key(p.Name) == key(printer) {
			return p.Paper[paper]
		}
	}
	return Offsets{}
}

// Set sets the offset of field on printer's paper; field "" or "all" is
// the whole page's. It refuses a shift larger than MaxOffset or not a
// number.
func (s *Settings) Set(printer string, paper Paper, field string, o Offset) error {
	printer = textnorm.Line(printer)
	if printer == "" {
		return errors.New("chưa có tên máy in; ghi tên máy in như hệ thống đặt (xem trong Cài đặt › Máy in)")
	}
	if !paper.Valid() {
		return fmt.Errorf("khổ giấy %q không có; dùng a4 hoặc a3", paper)
	}
	for _, v := range []float64{o.DX, o.DY} {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > MaxOffset {
			return fmt.Errorf("độ dịch %v mm quá lớn; mỗi chiều chỉ dịch được trong khoảng ±%v mm", v, MaxOffset)
		}
	}
	i := s.find(printer)
	if i < 0 {
		s.Printers = append(s.Printers, Printer{Name: printer})
		i = len(s.Printers) - 1
	}
	p := &s.Printers[i]
	if p.Paper == nil {
		p.Paper = map[Paper]Offsets{}
	}
	offs := p.Paper[paper]
	if field == "" || field == "all" {
		offs.Global = o
	} else {
		if offs.Fields == nil {
			offs.Fields = map[string]Offset{}
		}
		if o == (Offset{}) {
			delete(offs.Fields, field)
		} else {
			offs.Fields[field] = o
		}
	}
	p.Paper[paper] = offs
	return nil
}

// Reset forgets every offset of printer on paper.
func (s *Settings) Reset(printer string, paper Paper) {
	if i := s.find(printer); i >= 0 {
		delete(s.Printers[i].Paper, paper)
	}
}

func (s *Settings) find(printer string) int {
	for i, p := range s.Printers {
		if key(p.Name) == key(printer) {
			return i
		}
	}
	return -1
}

// Path is where the settings are kept: certificates.json in the config
// folder.
func Path() (string, error) {
	dir, err := appdirs.Config()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, FileName), nil
}

// Load reads the settings from the config folder; none yet is empty
// settings, not an error.
func Load() (*Settings, error) {
	p, err := Path()
	if err != nil {
		return nil, err
	}
	return LoadFile(p)
}

// LoadFile reads the settings at path; a missing file is empty settings.
func LoadFile(path string) (*Settings, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return New(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("không đọc được tệp căn chỉnh giấy khen %s: %w", path, err)
	}
	s, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("tệp căn chỉnh giấy khen %s: %w; hãy xóa tệp này rồi đặt lại độ dịch", path, err)
	}
	return s, nil
}

// Decode reads settings from data and checks them.
func Decode(data []byte) (*Settings, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var s Settings
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("không đọc được: %w", err)
	}
	if s.Format != Format {
		return nil, fmt.Errorf("không phải tệp căn chỉnh giấy khen (format %q)", s.Format)
	}
	if s.Version < 1 || s.Version > Version {
		return nil, fmt.Errorf("phiên bản tệp %d, chương trình này đọc được đến %d; hãy cập nhật chương trình", s.Version, Version)
	}
	for _, p := range s.Printers {
		for paper, o := range p.Paper {
			for _, v := range append([]Offset{o.Global}, values(o.Fields)...) {
				if math.Abs(v.DX) > MaxOffset || math.Abs(v.DY) > MaxOffset {
					return nil, fmt.Errorf("máy in %q, khổ %s: độ dịch quá ±%v mm", p.Name, paper, MaxOffset)
				}
			}
		}
	}
	return &s, nil
}

func values(m map[string]Offset) []Offset {
	out := make([]Offset, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// Save writes the settings to the config folder, atomically, creating
// the folder if needed.
func (s *Settings) Save() error {
	p, err := Path()
	if err != nil {
		return err
	}
	if _, err := appdirs.Ensure(filepath.Dir(p), nil); err != nil {
		return fmt.Errorf("không tạo được thư mục cấu hình %s: %w", filepath.Dir(p), err)
	}
	return s.SaveFile(p)
}

// SaveFile writes the settings to path atomically: a failure leaves the
// old file whole.
func (s *Settings) SaveFile(path string) error {
	s.Format, s.Version = Format, Version
	sort.SliceStable(s.Printers, func(i, j int) bool { return key(s.Printers[i].Name) < key(s.Printers[j].Name) })
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("ghi tệp căn chỉnh giấy khen: %w", err)
	}
	if err := draft.WriteFileAtomic(path, append(data, '\n'), false); err != nil {
		return fmt.Errorf("không lưu được tệp căn chỉnh giấy khen %s (kiểm tra thư mục có ghi được): %w", path, err)
	}
	return nil
}

// Describe writes the offsets as a line for the user: "toàn trang +1 mm
// ngang, −0,5 mm dọc; name +2 mm ngang".
func (o Offsets) Describe() string {
	if o.IsZero() {
		return "chưa dịch ô nào"
	}
	var parts []string
	if o.Global != (Offset{}) {
		parts = append(parts, "toàn trang "+o.Global.String())
	}
	keys := make([]string, 0, len(o.Fields))
	for k := range o.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		parts = append(parts, k+" "+o.Fields[k].String())
	}
	return strings.Join(parts, "; ")
}

// String is "+2 mm ngang, −1,5 mm dọc".
func (o Offset) String() string {
	return mm(o.DX) + " ngang, " + mm(o.DY) + " dọc"
}

func mm(v float64) string {
	if v == 0 {
		return "0 mm"
	}
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%+.2f", v), "0"), ".")
	s = strings.Replace(s, ".", ",", 1)
	s = strings.Replace(s, "-", "−", 1)
	return s + " mm"
}
