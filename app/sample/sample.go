// Package sample builds a complete, realistic report: the 2016 annual
// mass-mobilization report of the Party committee of Ho Chi Minh City's
// Department of Culture and Sports, after the facts of a news article on
// its "Dân vận khéo" ceremony (08/11/2016). The sentences are our own; the
// people are invented.
//
// It serves as the program's demo, as test data and as benchmark input.
package sample

import (
	"fmt"
	"time"

	"baocao/app/report"
)

// TemplateID is the template the sample is built on.
const TemplateID = "dang-uy-dan-van-kheo"

// Report returns a fresh copy of the sample report.
func Report() *report.Report {
	r := &report.Report{
		Template:     TemplateID,
		Profile:      report.ProfileParty,
		SuperiorBody: "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH",
		IssuingBody:  "ĐẢNG ỦY SỞ VĂN HÓA VÀ THỂ THAO",
		Number:       "45",
		Symbol:       "BC/ĐU",
		Place:        "Thành phố Hồ Chí Minh",
		IssueDate:    report.NewDate(2016, time.November, 8),
		Year:         2016,
		Title:        "BÁO CÁO",
		Summary:      "tổng kết công tác dân vận năm 2016, phương hướng nhiệm vụ năm 2017",
		Opening: "Nhân kỷ niệm 86 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2016), Đảng ủy Sở Văn hóa và Thể thao tổ chức Hội nghị biểu dương điển hình “Dân vận khéo” năm 2016, nhằm ôn lại truyền thống, tổng kết công tác dân vận trong năm và triển khai phương hướng, nhiệm vụ năm 2017.\n" +
			"Tham dự Hội nghị có đồng chí Nguyễn Hữu Việt, Giám đốc Sở Văn hóa và Thể thao, cùng lãnh đạo và cán bộ phụ trách công tác dân vận của các phòng, đơn vị trực thuộc Sở. Đảng ủy báo cáo kết quả như sau:",
		Achievements: report.Section{
			Heading: "KẾT QUẢ ĐẠT ĐƯỢC",
			List:    report.ListHeaded,
			Points: []report.Point{
				{
					Heading: "Công tác lãnh đạo, chỉ đạo và quán triệt các chủ trương của Đảng về công tác dân vận",
					Text: "Trong năm 2016, Đảng ủy Sở đã cụ thể hóa các nghị quyết, chủ trương của Đảng và chính sách, pháp luật của Nhà nước về công tác dân vận thành kế hoạch hằng quý, phân công rõ người, rõ việc đến từng chi bộ trực thuộc.\n" +
						"Công tác tuyên truyền được đẩy mạnh bằng nhiều hình thức: sinh hoạt chi bộ chuyên đề, bản tin nội bộ, trang thông tin điện tử của Sở. Nhờ đó, nhận thức của cán bộ, đảng viên, công chức, viên chức về vai trò, vị trí của công tác dân vận trong tình hình mới được nâng lên rõ rệt.",
				},
				{
					Heading: "Công tác dân vận chính quyền gắn với cải cách hành chính và thực hiện Quy chế dân chủ ở cơ sở",
					Text: "Đảng ủy lãnh đạo gắn công tác dân vận với cải cách hành chính một cách thường xuyên, công khai, minh bạch. Các thủ tục cấp phép biểu diễn nghệ thuật, quảng cáo và hoạt động thể thao được niêm yết đầy đủ tại Bộ phận tiếp nhận và trả kết quả; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.\n" +
						"Các văn bản chỉ đạo về thực hiện dân chủ ở cơ sở tiếp tục được quán triệt, vận dụng phù hợp với đặc thù của từng đơn vị nghệ thuật, bảo tàng, thư viện và trung tâm thể thao. Hội nghị cán bộ, công chức, viên chức được tổ chức đúng quy định ở 100% đơn vị.",
				},
				{
					Heading: "Lãnh đạo các đoàn thể và phong trào thi đua “Dân vận khéo”",
					Text: "Đảng ủy lãnh đạo Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh vận động đoàn viên, hội viên tích cực tham gia công tác dân vận, gắn phong trào thi đua yêu nước với nhiệm vụ chính trị của từng đơn vị.\n" +
						"Phong trào thi đua “Dân vận khéo” được triển khai thường xuyên, kịp thời phát hiện, biểu dương và nhân rộng nhiều gương điển hình: các buổi biểu diễn phục vụ đồng bào vùng sâu, vùng xa; mô hình “Thư viện thân thiện” phục vụ thiếu nhi; hoạt động thể thao quần chúng tại các khu dân cư. Công tác kiểm tra, giám sát việc thực hiện công tác dân vận được tăng cường.\n" +
						"Năm 2016, các đơn vị đăng ký {{tong_dang_ky}} mô hình, điển hình “Dân vận khéo” ({{so_mo_hinh_dang_ky}} mô hình tập thể, {{so_dien_hinh_dang_ky}} điển hình cá nhân), {{tong_dang_ky_tang_giam}} so với năm 2015; {{tong_cong_nhan}} mô hình, điển hình được công nhận, trong đó {{tong_tieu_bieu}} tiêu biểu và {{tong_de_nghi_khen_thuong}} được đề nghị khen thưởng.",
				},
			},
		},
		Limitations: report.Section{
			Heading: "HẠN CHẾ, TỒN TẠI VÀ NGUYÊN NHÂN",
			List:    report.ListHeaded,
			Points: []report.Point{
				{
					Heading: "Hạn chế, tồn tại",
					Text: "Việc cụ thể hóa và tổ chức thực hiện các nghị quyết, chỉ thị, kết luận của Đảng về công tác dân vận ở một số đơn vị chưa đạt hiệu quả cao.\n" +
						"Một số đơn vị chưa chủ động xây dựng mô hình, hoạt động để đưa công tác dân vận đi vào chiều sâu, thiết thực, cụ thể. Một bộ phận công chức, viên chức còn thụ động, chưa phát huy hết năng lực, chưa chấp hành nghiêm nội quy cơ quan và giờ giấc làm việc.",
				},
				{
					Heading: "Nguyên nhân",
					Text:    "Một số cấp ủy chi bộ chưa thật sự quan tâm đúng mức đến công tác dân vận; cán bộ phụ trách công tác dân vận ở cơ sở phần lớn kiêm nhiệm, ít được tập huấn nghiệp vụ; việc sơ kết, rút kinh nghiệm có lúc chưa kịp thời.",
				},
			},
		},
		Tasks: report.Section{
			Heading: "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2017",
			List:    report.ListNumbered,
			Points: []report.Point{
				{Text: "Tiếp tục đẩy mạnh tuyên truyền các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận đến từng cán bộ, đảng viên, công chức, viên chức và đoàn viên, hội viên các đoàn thể."},
				{Text: "Nâng cao trách nhiệm lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo đơn vị trong thực hiện công tác dân vận của Đảng và công tác dân vận chính quyền; nâng cao chất lượng đội ngũ công chức, viên chức."},
				{Text: "Đẩy mạnh phong trào thi đua yêu nước hướng vào thực hiện tốt nhiệm vụ chính trị của đơn vị; kịp thời biểu dương, nhân rộng các điển hình tiên tiến trong phong trào “Dân vận khéo”."},
				{Text: "Thường xuyên kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền tại các phòng, ban, đơn vị; tổ chức sơ kết, tổng kết đúng thời gian và kịp thời triển khai kế hoạch năm sau."},
			},
		},
		Recommendations: report.Section{
			Heading: "KIẾN NGHỊ, ĐỀ XUẤT",
			List:    report.ListBulleted,
			Points: []report.Point{
				{Text: "Đề nghị Ban Dân vận Thành ủy tiếp tục tổ chức tập huấn nghiệp vụ công tác dân vận cho cán bộ phụ trách ở các chi bộ cơ sở."},
				{Text: "Đề nghị Đảng ủy Khối quan tâm khen thưởng kịp thời các tập thể, cá nhân tiêu biểu trong phong trào thi đua “Dân vận khéo”."},
			},
		},
		Honorees: report.Honorees{
			Title:       "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH “DÂN VẬN KHÉO” NĂM 2016 ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG",
			Placement:   report.PlacementAppendix,
			Collectives: collectives(),
			Individuals: individuals(),
		},
		Movement: movementData(),
		Recipients: []string{
			"Ban Dân vận Thành ủy,",
			"Ban Thường vụ Đảng ủy Khối,",
			"Ban Giám đốc Sở,",
			"Các chi bộ trực thuộc,",
			"Lưu Văn phòng Đảng ủy.",
		},
		Signature: report.Signature{Authority: "T/M ĐẢNG ỦY", Position: "BÍ THƯ", Signer: "Trần Thị Minh Hạnh"},
	}
	// The Department's units, as its honorees and register name them, so
	// that the forms for the units can be tried on the sample at once.
	for _, name := range report.SuggestUnits(r) {
		r.AddUnit(name, "", "")
	}
	return r
}

func collectives() []report.Honoree {
	award := "Giấy khen"
	return []report.Honoree{
		{Name: "Chi bộ Thư viện Khoa học Tổng hợp", Achievement: "Xây dựng mô hình “Thư viện thân thiện”, phục vụ hơn 12.000 lượt thiếu nhi và người cao tuổi", Award: award},
		{Name: "Chi bộ Nhà hát Nghệ thuật Phương Nam", Achievement: "Tổ chức 24 buổi biểu diễn phục vụ đồng bào vùng sâu, vùng xa và khu công nghiệp", Award: award},
		{Name: "Chi bộ Bảo tàng Lịch sử Thành phố", Achievement: "Đưa trưng bày lưu động về trường học, thu hút hơn 30.000 lượt học sinh tham quan", Award: award},
		{Name: "Chi bộ Trung tâm Huấn luyện và Thi đấu Thể dục thể thao", Achievement: "Vận động vận động viên, huấn luyện viên tham gia hướng dẫn thể thao quần chúng tại khu dân cư", Award: award},
		{Name: "Chi bộ Văn phòng Sở", Achievement: "Cải cách thủ tục hành chính, giải quyết hồ sơ đúng hạn đạt 99%, không có khiếu nại", Award: award},
		{Name: "Đoàn Thanh niên Sở Văn hóa và Thể thao", Achievement: "Tổ chức chương trình “Mùa hè văn hóa” cho thiếu nhi các quận ven", Award: award, Note: "Tập thể đoàn thể"},
	}
}

// people are invented; units are the kinds of units a city's Department of
// Culture and Sports has.
var people = []struct{ name, position, unit, achievement string }{
	{"Nguyễn Thị Thu Hà", "Phó Giám đốc", "Thư viện Khoa học Tổng hợp", "Chủ trì mô hình “Thư viện thân thiện” phục vụ thiếu nhi"},
	{"Lê Văn Phúc", "Trưởng phòng", "Phòng Quản lý Văn hóa", "Hướng dẫn tận tình các tổ chức, cá nhân làm thủ tục cấp phép biểu diễn"},
	{"Phạm Minh Tuấn", "Chuyên viên", "Văn phòng Sở", "Tiếp nhận, trả kết quả hồ sơ đúng hạn, được người dân đánh giá cao"},
	{"Trần Ngọc Ánh", "Diễn viên", "Nhà hát Nghệ thuật Phương Nam", "Tham gia 24 buổi biểu diễn phục vụ vùng sâu, vùng xa"},
	{"Võ Thị Mỹ Dung", "Bí thư Chi đoàn", "Bảo tàng Lịch sử Thành phố", "Tổ chức trưng bày lưu động tại 18 trường học"},
	{"Huỳnh Quốc Bảo", "Huấn luyện viên", "Trung tâm Huấn luyện và Thi đấu Thể dục thể thao", "Hướng dẫn thể thao quần chúng miễn phí tại khu dân cư"},
	{"Đặng Thị Hồng Nhung", "Thủ thư", "Thư viện Khoa học Tổng hợp", "Vận động bạn đọc tặng hơn 3.000 đầu sách cho thư viện cơ sở"},
	{"Bùi Văn Thắng", "Phó Chánh Thanh tra", "Thanh tra Sở", "Giải quyết dứt điểm các đơn thư, phản ánh của người dân"},
	{"Ngô Thanh Tâm", "Kế toán", "Văn phòng Sở", "Công khai, minh bạch tài chính theo Quy chế dân chủ ở cơ sở"},
	{"Dương Thị Lan Anh", "Chủ tịch Công đoàn", "Công đoàn cơ sở Văn phòng Sở", "Chăm lo đời sống đoàn viên, vận động ủng hộ quỹ “Vì người nghèo”"},
	{"Hồ Văn Nam", "Trưởng phòng", "Phòng Xây dựng nếp sống văn hóa và gia đình", "Xây dựng mô hình “Gia đình văn hóa” tại các khu phố"},
	{"Lý Thị Kim Oanh", "Hướng dẫn viên", "Bảo tàng Mỹ thuật Thành phố", "Sáng tạo chương trình tham quan miễn phí cho người khuyết tật"},
	{"Phan Đức Hiếu", "Chuyên viên", "Phòng Tổ chức - Pháp chế", "Tham mưu kịp thời văn bản hướng dẫn thực hiện dân chủ ở cơ sở"},
	{"Trương Thị Bích Ngọc", "Nghệ sĩ ưu tú", "Nhà hát Kịch Thành phố", "Dàn dựng tiểu phẩm tuyên truyền pháp luật cho công nhân"},
	{"Nguyễn Văn Hùng", "Đội trưởng", "Đội Kiểm tra liên ngành văn hóa xã hội", "Kiểm tra đúng luật, nhẹ nhàng, được cơ sở kinh doanh đồng tình"},
	{"Mai Thị Thanh Thủy", "Phó Trưởng phòng", "Phòng Thể dục thể thao quần chúng", "Phát triển 40 câu lạc bộ thể dục dưỡng sinh cho người cao tuổi"},
	{"Đỗ Quang Vinh", "Vận động viên", "Trung tâm Huấn luyện và Thi đấu Thể dục thể thao", "Tham gia giao lưu, truyền cảm hứng tập luyện cho học sinh"},
	{"Châu Thị Ngọc Trâm", "Biên tập viên", "Trung tâm Thông tin và Tư liệu", "Xây dựng chuyên mục “Dân vận khéo” trên trang thông tin điện tử"},
	{"Tạ Văn Lực", "Bảo vệ", "Bảo tàng Tôn Đức Thắng", "Nhặt được tài sản, trả lại cho khách tham quan"},
	{"Kiều Thị Hoa", "Nhân viên", "Nhà Văn hóa Phụ nữ", "Mở lớp dạy nghề miễn phí cho phụ nữ có hoàn cảnh khó khăn"},
	{"Lâm Hoàng Phong", "Bí thư Chi bộ", "Chi bộ Trung tâm Văn hóa", "Lãnh đạo chi bộ hoàn thành xuất sắc nhiệm vụ chính trị"},
	{"Quách Thị Diễm", "Chuyên viên", "Phòng Kế hoạch - Tài chính", "Hỗ trợ các đơn vị quyết toán đúng hạn, không để tồn đọng hồ sơ"},
	{"Vương Minh Khang", "Đạo diễn", "Nhà hát Giao hưởng Nhạc Vũ Kịch", "Dàn dựng chương trình nghệ thuật phục vụ miễn phí tại công viên"},
	{"Ông Thị Tuyết", "Cộng tác viên", "Thư viện Khoa học Tổng hợp", "Đọc sách cho người khiếm thị hằng tuần"},
}

func individuals() []report.Honoree {
	out := make([]report.Honoree, len(people))
	for i, p := range people {
		out[i] = report.Honoree{Name: p.name, Position: p.position, Unit: p.unit, Achievement: p.achievement, Award: "Giấy khen"}
	}
	return out
}

// WithHonorees returns the sample with n individuals, repeating the sample
// people with numbered names, for tests and benchmarks at scale.
func WithHonorees(n int) *report.Report {
	r := Report()
	list := make([]report.Honoree, n)
	for i := range list {
		p := people[i%len(people)]
		name := p.name
		if i >= len(people) {
			name = fmt.Sprintf("%s (%d)", p.name, i/len(people)+1)
		}
		list[i] = report.Honoree{Name: name, Position: p.position, Unit: p.unit, Achievement: p.achievement, Award: "Giấy khen"}
	}
	r.Honorees.Individuals = list
	return r
}
