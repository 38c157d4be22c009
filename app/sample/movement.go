package sample

import (
	"fmt"

	"baocao/app/movement"
	"baocao/app/report"
)

// The sample's register: the Department's units and their models and
// exemplars of 2016 across the four fields and every stage, linked to the
// honorees commended for them; those started before 2016 were carried
// over from the 2015 register. Last year's figures are the 2015 report's.
// The models are invented after the kinds of work the seed article names.

const (
	vhxh   = "Văn hóa – xã hội"
	kt     = "Kinh tế"
	qpan   = "Quốc phòng – an ninh"
	xdhtct = "Xây dựng hệ thống chính trị"
)

func register() []movement.Entry {
	m, x := movement.KindModel, movement.KindExemplar
	reg, rec, out, prop := movement.StageRegistered, movement.StageRecognised, movement.StageOutstanding, movement.StageProposed
	base, dist, prov := movement.LevelGrassroots, movement.LevelDistrict, movement.LevelProvince
	link := func(name, unit string) []movement.HonoreeRef {
		return []movement.HonoreeRef{{Name: name, Unit: unit}}
	}
	list := []movement.Entry{
		{Name: "Thư viện thân thiện", Unit: "Thư viện Khoa học Tổng hợp", Kind: m, Field: vhxh, Stage: prop, Level: prov, StartYear: 2014,
			Results:  "Phục vụ hơn 12.000 lượt thiếu nhi và người cao tuổi; mở 6 điểm đọc sách tại khu dân cư.",
			Honorees: link("Đặng Thị Hồng Nhung", "Thư viện Khoa học Tổng hợp")},
		{Name: "Nghệ thuật về với vùng sâu, vùng xa", Unit: "Nhà hát Nghệ thuật Phương Nam", Kind: m, Field: vhxh, Stage: out, Level: prov, StartYear: 2013,
			Results:  "24 buổi biểu diễn phục vụ đồng bào vùng sâu, vùng xa và công nhân các khu công nghiệp.",
			Honorees: link("Chi bộ Nhà hát Nghệ thuật Phương Nam", "")},
		{Name: "Bảo tàng đến trường học", Unit: "Bảo tàng Lịch sử Thành phố", Kind: m, Field: vhxh, Stage: out, Level: prov, StartYear: 2015,
			Results:  "Trưng bày lưu động tại 18 trường học, thu hút hơn 30.000 lượt học sinh.",
			Honorees: link("Chi bộ Bảo tàng Lịch sử Thành phố", "")},
		{Name: "Thể thao vì sức khỏe cộng đồng", Unit: "Trung tâm Huấn luyện và Thi đấu Thể dục thể thao", Kind: m, Field: vhxh, Stage: rec, Level: base, StartYear: 2015,
			Results: "Vận động viên, huấn luyện viên hướng dẫn tập luyện miễn phí tại 12 khu dân cư."},
		{Name: "Một cửa thân thiện", Unit: "Văn phòng Sở", Kind: m, Field: xdhtct, Stage: prop, Level: prov, StartYear: 2012,
			Results:  "Giải quyết hồ sơ đúng hạn đạt 99%, không có khiếu nại.",
			Honorees: link("Chi bộ Văn phòng Sở", "")},
		{Name: "Cấp phép biểu diễn nhanh, đúng luật", Unit: "Phòng Quản lý Văn hóa", Kind: m, Field: xdhtct, Stage: rec, Level: base, StartYear: 2016,
			Results: "Rút ngắn thời gian cấp phép biểu diễn từ 7 xuống 5 ngày làm việc."},
		{Name: "Tiếp dân, giải quyết đơn thư tận gốc", Unit: "Thanh tra Sở", Kind: m, Field: xdhtct, Stage: rec, Level: base, StartYear: 2015,
			Results: "Giải quyết dứt điểm 100% đơn thư thuộc thẩm quyền."},
		{Name: "Khu phố văn hóa, gia đình văn hóa", Unit: "Phòng Xây dựng nếp sống văn hóa và gia đình", Kind: m, Field: vhxh, Stage: reg, StartYear: 2016,
			Results: "Hướng dẫn 20 khu phố xây dựng hương ước, quy ước."},
		{Name: "Kiểm tra nhẹ nhàng, đúng luật", Unit: "Đội Kiểm tra liên ngành văn hóa xã hội", Kind: m, Field: qpan, Stage: rec, Level: base, StartYear: 2015,
			Results: "Phối hợp công an phường giữ an ninh, trật tự tại các cơ sở kinh doanh dịch vụ văn hóa."},
		{Name: "Dạy nghề miễn phí cho phụ nữ khó khăn", Unit: "Nhà Văn hóa Phụ nữ", Kind: m, Field: kt, Stage: out, Level: dist, StartYear: 2014,
			Results: "Mở 8 lớp may, cắm hoa, nấu ăn; 160 học viên có việc làm sau khóa học."},
		{Name: "Phiên chợ sản phẩm làng nghề truyền thống", Unit: "Trung tâm Văn hóa", Kind: m, Field: kt, Stage: reg, StartYear: 2016,
			Results: "Tổ chức 4 phiên chợ, giúp các hộ làng nghề tiêu thụ sản phẩm."},
		{Name: "Mùa hè văn hóa cho thiếu nhi quận ven", Unit: "Đoàn Thanh niên Sở Văn hóa và Thể thao", Kind: m, Field: vhxh, Stage: rec, Level: base, StartYear: 2016,
			Results:  "Đưa sân chơi văn hóa, thể thao đến thiếu nhi 5 quận ven.",
			Honorees: link("Đoàn Thanh niên Sở Văn hóa và Thể thao", "")},
		{Name: "Tự vệ cơ quan gắn với bảo vệ di tích", Unit: "Bảo tàng Tôn Đức Thắng", Kind: m, Field: qpan, Stage: reg, StartYear: 2016,
			Results: "Tổ chức trực bảo vệ di tích, hiện vật trong các dịp lễ, Tết."},
		{Name: "Hướng dẫn thể thao quần chúng miễn phí", Unit: "Trung tâm Huấn luyện và Thi đấu Thể dục thể thao", Kind: x, Field: vhxh, Stage: out, Level: base, StartYear: 2015,
			Results:  "Đồng chí Huỳnh Quốc Bảo hướng dẫn tập luyện miễn phí cho người dân mỗi tuần.",
			Honorees: link("Huỳnh Quốc Bảo", "Trung tâm Huấn luyện và Thi đấu Thể dục thể thao")},
		{Name: "Giải quyết dứt điểm đơn thư của người dân", Unit: "Thanh tra Sở", Kind: x, Field: xdhtct, Stage: rec, Level: base, StartYear: 2016,
			Results:  "Đồng chí Bùi Văn Thắng giải quyết dứt điểm các đơn thư, phản ánh của người dân.",
			Honorees: link("Bùi Văn Thắng", "Thanh tra Sở")},
		{Name: "Lớp dạy nghề cho phụ nữ có hoàn cảnh khó khăn", Unit: "Nhà Văn hóa Phụ nữ", Kind: x, Field: kt, Stage: reg, StartYear: 2016,
			Results: "Đồng chí Kiều Thị Hoa mở lớp dạy nghề miễn phí."},
		{Name: "Hướng dẫn tận tình thủ tục cấp phép", Unit: "Phòng Quản lý Văn hóa", Kind: x, Field: xdhtct, Stage: prop, Level: prov, StartYear: 2016,
			Results:  "Đồng chí Lê Văn Phúc hướng dẫn các tổ chức, cá nhân làm thủ tục cấp phép biểu diễn.",
			Honorees: link("Lê Văn Phúc", "Phòng Quản lý Văn hóa")},
	}
	for i := range list {
		list[i].FromLastYear = list[i].StartYear < 2016
	}
	return list
}

// baseline2015 is the 2015 report's figures: 14 models and exemplars
// registered, 10 recognised, 5 outstanding, 3 proposed.
func baseline2015() *movement.Baseline {
	v := map[string]int{}
	set := func(k movement.Kind, n ...int) {
		for i, s := range movement.Stages {
			v[movement.KindStageKey(k, s)] = n[i]
		}
	}
	set(movement.KindModel, 11, 8, 4, 2)
	set(movement.KindExemplar, 3, 2, 1, 1)
	for _, s := range movement.Stages {
		v[movement.TotalKey(s)] = v[movement.KindStageKey(movement.KindModel, s)] + v[movement.KindStageKey(movement.KindExemplar, s)]
	}
	for f, n := range map[string]int{kt: 2, vhxh: 6, qpan: 2, xdhtct: 4} {
		v[movement.FieldKey(f)] = n
	}
	v[movement.KeyFieldsTotal] = 14
	for l, n := range map[movement.Level]int{movement.LevelGrassroots: 5, movement.LevelDistrict: 1, movement.LevelProvince: 4, movement.LevelCentral: 0} {
		v[movement.LevelKey(l)] = n
	}
	v[movement.KeyLevelsTotal] = 10
	return &movement.Baseline{Year: 2015, Source: "Báo cáo số 38-BC/ĐU ngày 10/11/2015", Values: v}
}

func movementData() movement.Data {
	return movement.Data{Register: register(), Baseline: baseline2015()}
}

// WithRegister returns the sample with n register entries, repeating the
// sample's entries with numbered names, for tests and benchmarks at
// scale.
func WithRegister(n int) *report.Report {
	r := Report()
	base := register()
	list := make([]movement.Entry, n)
	for i := range list {
		e := base[i%len(base)]
		if i >= len(base) {
			e.Name = fmt.Sprintf("%s (%d)", e.Name, i/len(base)+1)
			e.Honorees = nil
		}
		list[i] = e
	}
	r.Movement.Register = list
	return r
}
