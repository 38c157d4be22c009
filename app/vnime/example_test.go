package vnime_test

import (
	"fmt"

	"baocao/app/vnime"
)

func ExampleEngine_Type() {
	telex := vnime.Engine{Method: vnime.Telex}
	fmt.Println(telex.Type("Ddangr booj Sowr Vawn hoas vaf Theer thao"))
	modern := vnime.Engine{Method: vnime.Telex, Style: vnime.Modern}
	fmt.Println(modern.Type("Ddangr booj Sowr Vawn hoas vaf Theer thao"))
	vni := vnime.Engine{Method: vnime.VNI}
	fmt.Println(vni.Type("Tha2nh pho61 Ho62 Chi1 Minh"))
	fmt.Println(telex.Type("Windows Excel"))
	// Output:
	// Đảng bộ Sở Văn hóa và Thể thao
	// Đảng bộ Sở Văn hoá và Thể thao
	// Thành phố Hồ Chí Minh
	// Windows Excel
}

func ExampleEngine_Apply() {
	e := vnime.Engine{Method: vnime.Telex}
	before := "Chào Viêt" // the text before the cursor
	fmt.Println(e.Apply(before, 'j'))
	fmt.Println(e.Apply("hòa", 'n'))
	fmt.Println(e.Apply("á", 's'))
	fmt.Println(vnime.Engine{}.Apply("Viêt", 'j'))
	// Output:
	// Chào Việt
	// hoàn
	// as
	// Viêtj
}

func ExampleParseMethod() {
	m, err := vnime.ParseMethod("VNI")
	fmt.Println(m, err)
	_, err = vnime.ParseMethod("unikey")
	fmt.Println(err)
	// Output:
	// vni <nil>
	// kiểu gõ "unikey" không có; chọn một trong: off, telex, vni
}
