package movement

import (
	"regexp"
	"strings"
)

// The figures can be written into the report's texts as placeholders, so
// that prose and table always agree: "{{tong_dang_ky}} mô hình, điển hình
// đăng ký" is printed "45 mô hình, điển hình đăng ký". Every row of the
// figures table has a name (Row.Placeholder); with the suffix _nam_truoc it
// gives last year's count, with _tang_giam the change in words ("tăng 12
// (10,9%)"). The names are Vietnamese without diacritics, in lower case
// with underscores, and are distinct from the template's {{.Year}} kind,
// which is filled when the draft is made; these are filled each time the
// document is rendered.

// Suffixes of the placeholder variants.
const (
	SuffixLastYear = "_nam_truoc" // last year's count
	SuffixChange   = "_tang_giam" // the change in words
)

// Unknown is printed for a placeholder whose value is not known (last
// year's count without a baseline): a gap to fill by hand, as forms do.
const Unknown = "…"

// placeholderRe finds {{name}} with optional spaces inside the braces.
var placeholderRe = regexp.MustCompile(`\{\{\s*([a-z0-9_]+)\s*\}\}`)

// Placeholder is one placeholder name and what it stands for.
type Placeholder struct {
	Name        string // without braces
	Description string // Vietnamese
}

// Values returns the text of every placeholder for this table and
// checklist: the rows' names, their _nam_truoc and _tang_giam variants and
// the checklist's counts.
func Values(f Figures, checklist []Task) map[string]string {
	v := make(map[string]string, 96)
	for _, r := range f.Rows() {
		v[r.Placeholder] = FormatCount(r.This)
		last, change := Unknown, Unknown
		if r.HasLast {
			last, change = FormatCount(r.Last), r.Change.Words()
		}
		v[r.Placeholder+SuffixLastYear] = last
		v[r.Placeholder+SuffixChange] = change
	}
	done, partly, not, _ := TallyChecklist(checklist)
	v["so_nhiem_vu_nam_truoc"] = FormatCount(len(checklist))
	v["so_nhiem_vu_da_lam"] = FormatCount(done)
	v["so_nhiem_vu_lam_mot_phan"] = FormatCount(partly)
	v["so_nhiem_vu_chua_lam"] = FormatCount(not)
	return v
}

// Placeholders lists every placeholder name for the given fields, with
// what it stands for, in table order.
func Placeholders(fields []string) []Placeholder {
	d := &Data{Fields: fields}
	f := d.Figures(0)
	var out []Placeholder
	for _, g := range f.Groups {
		for _, r := range g.Rows {
			what := g.Title + ": " + r.Label
			out = append(out,
				Placeholder{r.Placeholder, what},
				Placeholder{r.Placeholder + SuffixLastYear, what + " (năm trước)"},
				Placeholder{r.Placeholder + SuffixChange, what + " (tăng, giảm so với năm trước)"},
			)
		}
	}
	return append(out,
		Placeholder{"so_nhiem_vu_nam_truoc", "Số nhiệm vụ năm trước đề ra"},
		Placeholder{"so_nhiem_vu_da_lam", "Số nhiệm vụ năm trước đã thực hiện"},
		Placeholder{"so_nhiem_vu_lam_mot_phan", "Số nhiệm vụ năm trước thực hiện một phần"},
		Placeholder{"so_nhiem_vu_chua_lam", "Số nhiệm vụ năm trước chưa thực hiện"},
	)
}

// IsPlaceholder reports whether name (without braces) is a placeholder
// of the movement for some list of fields: the fixed names, and
// so_linh_vuc_N for any N.
func IsPlaceholder(name string, fields []string) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(name, SuffixLastYear), SuffixChange)
	if strings.HasPrefix(base, "so_linh_vuc_") {
		n := strings.TrimPrefix(base, "so_linh_vuc_")
		return n != "" && strings.Trim(n, "0123456789") == "" && n[0] != '0'
	}
	for _, p := range Placeholders(fields) {
		if p.Name == name {
			return true
		}
	}
	return false
}

// Expand replaces every known placeholder of text with its value; an
// unknown one is left as it is (Validate reports it).
func Expand(text string, values map[string]string) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	return placeholderRe.ReplaceAllStringFunc(text, func(m string) string {
		name := placeholderRe.FindStringSubmatch(m)[1]
		if v, ok := values[name]; ok {
			return v
		}
		return m
	})
}

// Used returns the placeholder names text uses, in order, repeats kept.
func Used(text string) []string {
	if !strings.Contains(text, "{{") {
		return nil
	}
	var out []string
	for _, m := range placeholderRe.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}
