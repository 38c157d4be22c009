package compose_test

import (
	"bytes"
	"fmt"

	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/pdf"
	"baocao/app/sample"
)

// Compose the sample report as a draft, look at its blocks, and draw it
// as a PDF.
func ExampleReport() {
	d := compose.Report(sample.Report(), compose.ReportOptions{Draft: true})
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case doc.Header:
			fmt.Println(b.IssuingBody.Text, "/", b.Number.Text, "/", b.DraftMark)
		case doc.Heading:
			if b.Kind == doc.HeadingSection {
				fmt.Println(b.Text())
			}
		case doc.Appendix:
			fmt.Println(b.Label, b.Note)
		}
	}
	var buf bytes.Buffer
	res, err := pdf.RenderDocument(d, &buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Pages, "pages,", len(res.Warnings), "warnings")
	// Output:
	// ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO / Số 45-BC/ĐU / DỰ THẢO
	// I. KẾT QUẢ ĐẠT ĐƯỢC
	// II. HẠN CHẾ, TỒN TẠI VÀ NGUYÊN NHÂN
	// III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017
	// IV. KIẾN NGHỊ, ĐỀ XUẤT
	// PHỤ LỤC I (Kèm theo Báo cáo số 45-BC/ĐU ngày 08/11/2016)
	// PHỤ LỤC II (Kèm theo Báo cáo số 45-BC/ĐU ngày 08/11/2016)
	// 10 pages, 0 warnings
}
