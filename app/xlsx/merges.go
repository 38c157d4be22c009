package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"strings"
)

// maxMerges caps the merged ranges taken from one sheet.
const maxMerges = 100_000

// mergeRefs returns the merged ranges ("A1:C1") of every worksheet in the
// package, by sheet name. excelize can list them too, but only after it
// has parsed the whole sheet into memory; a list of 10,000 rows would
// cost more than the rest of the import together. Here the sheets are
// scanned as they unzip. Sheets whose part cannot be found have no entry.
func mergeRefs(data []byte) map[string][]string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if decodePart(parts["xl/workbook.xml"], &wb) != nil || decodePart(parts["xl/_rels/workbook.xml.rels"], &rels) != nil {
		return nil
	}
	target := map[string]string{}
	for _, r := range rels.Rel {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = strings.ToLower(t)
	}
	out := map[string][]string{}
	for _, s := range wb.Sheets {
		f := parts[target[s.ID]]
		if f == nil {
			continue
		}
		if refs, err := scanMerges(f); err == nil {
			out[s.Name] = refs
		}
	}
	return out
}

func decodePart(f *zip.File, v any) error {
	if f == nil {
		return io.ErrUnexpectedEOF
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, 16<<20)).Decode(v)
}

var mergeCellRef = regexp.MustCompile(`<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref\s*=\s*["']([A-Za-z]{1,3}[0-9]{1,7}(?::[A-Za-z]{1,3}[0-9]{1,7})?)["']`)

// scanMerges finds the mergeCell elements of one worksheet part.
func scanMerges(f *zip.File) ([]string, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	const overlap = 512
	buf := make([]byte, 0, 128<<10)
	seen := map[string]bool{}
	var refs []string
	chunk := make([]byte, 64<<10)
	for {
		n, err := br.Read(chunk)
		buf = append(buf, chunk[:n]...)
		if bytes.Contains(buf, []byte("mergeCell")) {
			for _, m := range mergeCellRef.FindAllSubmatch(buf, -1) {
				ref := strings.ToUpper(string(m[1]))
				if !seen[ref] && len(refs) < maxMerges {
					seen[ref] = true
					refs = append(refs, ref)
				}
			}
		}
		if err == io.EOF {
			return refs, nil
		}
		if err != nil {
			return refs, err
		}
		if len(buf) > overlap {
			buf = append(buf[:0], buf[len(buf)-overlap:]...)
		}
	}
}
