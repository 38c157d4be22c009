package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// SheetRows is the top of one sheet as [Read] sees it: the values as
// shown, merged cells filled in (see reader.cells). It lets a user who
// disagrees with the detection, or when no header row was found, pick
// the header row and the columns by hand (Override).
type SheetRows struct {
	Name string
	Rows [][]string // the first rows, from row 1; at most MaxColumns cells each
}

// FirstRows returns the first n rows of every sheet of the workbook in r.
// It reads no further than that, so that it costs little on a long list.
func FirstRows(r io.Reader, n int) (out []SheetRows, err error) {
	data, err := slurp(r)
	if err != nil {
		return nil, err
	}
	defer func() { // outside input: see Read
		if p := recover(); p != nil {
			out, err = nil, brokenFile(p)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: 16 << 20, ShortDatePattern: "dd/mm/yyyy",
	})
	if err != nil {
		if errors.Is(err, excelize.ErrOptionsUnzipSizeLimit) {
			return nil, fmt.Errorf("%w: nội dung giải nén vượt %d MB", ErrTooLarge, MaxUnzipped>>20)
		}
		return nil, fmt.Errorf("%w (%v); hãy mở bằng Excel và lưu lại dạng “Excel Workbook (.xlsx)”", ErrNotWorkbook, err)
	}
	defer f.Close()
	merges := mergeRefs(data)
	for _, name := range f.GetSheetList() {
		rows, err := firstRows(f, name, n)
		if err != nil {
			return nil, err
		}
		fillMerged(rows, merges[name])
		out = append(out, SheetRows{Name: name, Rows: rows})
	}
	return out, nil
}

func firstRows(f *excelize.File, name string, n int) ([][]string, error) {
	it, err := f.Rows(name)
	if err != nil {
		return nil, fmt.Errorf("%w: không đọc được trang “%s” (%v)", ErrNotWorkbook, name, err)
	}
	defer it.Close()
	var rows [][]string
	for len(rows) < n && it.Next() {
		cols, err := it.Columns()
		if err != nil {
			return nil, fmt.Errorf("%w: trang “%s” dòng %d bị hỏng (%v)", ErrNotWorkbook, name, len(rows)+1, err)
		}
		rows = append(rows, cols[:min(len(cols), MaxColumns)])
	}
	return rows, nil
}

// fillMerged copies the value of each merged range into its cells that
// lie within rows. A crafted file could merge the same cells many times
// over: at most a million cells are looked at.
func fillMerged(rows [][]string, refs []string) {
	budget := 1 << 20
	for _, ref := range refs {
		first, second, _ := strings.Cut(ref, ":")
		c1, r1, err1 := excelize.CellNameToCoordinates(first)
		c2, r2, err2 := excelize.CellNameToCoordinates(second)
		if err1 != nil || err2 != nil || r1 > len(rows) || c1 > MaxColumns {
			continue
		}
		v := cell(rows[r1-1], c1-1)
		if strings.TrimSpace(v) == "" {
			continue
		}
		for r := r1; r <= min(r2, len(rows)); r++ {
			for c := c1; c <= min(c2, MaxColumns); c++ {
				for len(rows[r-1]) < c {
					rows[r-1] = append(rows[r-1], "")
				}
				if rows[r-1][c-1] == "" {
					rows[r-1][c-1] = v
				}
				if budget--; budget <= 0 {
					return
				}
			}
		}
	}
}
