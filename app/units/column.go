package units

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/app/legacyvn"
	"baocao/app/report"
	"baocao/app/textnorm"
	"baocao/app/xlsx"
)

// ReadColumn reads a list of units from one column of a workbook (col as
// letters, "B"; sheet "" for the first): every non-empty cell, converted
// from TCVN3 or VNI when it is typed in them, except a header cell
// ("Đơn vị", "Tên đơn vị"), numbers and the repeats.
func ReadColumn(path, sheet, col string) (out []report.Unit, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("đọc tệp %s: %w", path, err)
	}
	if len(data) > xlsx.MaxFileSize {
		return nil, fmt.Errorf("tệp %s lớn hơn %d MB", path, xlsx.MaxFileSize>>20)
	}
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("tệp %s bị hỏng, không đọc được (%v); hãy mở bằng Excel, lưu lại dạng .xlsx", path, p)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: xlsx.MaxUnzipped, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return nil, fmt.Errorf("tệp %s không phải bảng tính .xlsx đọc được (%v); hãy mở bằng Excel và lưu lại dạng .xlsx", path, err)
	}
	defer f.Close()
	if sheet == "" {
		sheet = f.GetSheetName(0)
	}
	c, err := excelize.ColumnNameToNumber(strings.ToUpper(strings.TrimSpace(col)))
	if err != nil {
		return nil, fmt.Errorf("cột “%s” không đúng; ghi bằng chữ cái, ví dụ B", col)
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		return nil, fmt.Errorf("không có trang “%s” trong %s", sheet, path)
	}
	var cells [][]string
	for _, row := range rows {
		if c-1 < len(row) {
			cells = append(cells, []string{row[c-1]})
		}
	}
	legacyvn.ConvertRows(cells)
	seen := map[string]bool{}
	for _, cell := range cells {
		name := textnorm.Line(cell[0])
		k := textnorm.Key(name)
		if name == "" || seen[textnorm.Identity(name)] || strings.Trim(name, "0123456789.,") == "" ||
			k == "don vi" || k == "ten don vi" || k == "co quan don vi" || k == "chi bo" {
			continue
		}
		seen[textnorm.Identity(name)] = true
		out = append(out, report.Unit{Name: name})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("cột %s của trang “%s” không có tên đơn vị nào", col, sheet)
	}
	return out, nil
}
