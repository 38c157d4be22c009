package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"baocao/app/draft"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/units"
)

// runUnits: "units list|add|suggest|paste|import|forms|collect …".
func runUnits(env Env, args []string) error {
	if len(args) == 0 {
		return usagef("cần một lệnh con: list, add, suggest, paste, import, forms, collect, send")
	}
	sub := map[string]func(Env, []string) error{
		"list": runUnitsList, "add": runUnitsAdd, "suggest": runUnitsSuggest, "paste": runUnitsPaste,
		"import": runUnitsImport, "forms": runUnitsForms, "collect": runUnitsCollect, "send": runUnitsSend,
	}[args[0]]
	if sub == nil {
		return usagef("không có lệnh con %q; dùng list, add, suggest, paste, import, forms, collect hoặc send", args[0])
	}
	return sub(env, args[1:])
}

// loadInto loads the draft named by --into.
func loadInto(into string) (*report.Report, error) {
	if into == "" {
		return nil, usagef("cần --into BẢN-NHÁP.bcdv")
	}
	return draft.Load(into)
}

func saveUnits(env Env, r *report.Report, path, what string) error {
	if err := draft.Save(path, r, "baocao "+Version); err != nil {
		return fmt.Errorf("%w\nBản nháp trên đĩa vẫn là bản cũ.", err)
	}
	fmt.Fprintf(env.Stdout, "%s Bản nháp %s đã lưu (bản cũ giữ ở %s.bak); danh sách nay có %d đơn vị.\n", what, path, path, len(r.Units))
	return nil
}

func runUnitsList(env Env, args []string) error {
	fs := flag.NewFlagSet("units list", flag.ContinueOnError)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một bản nháp")
	}
	r, err := draft.Load(pos[0])
	if err != nil {
		return err
	}
	if len(r.Units) == 0 {
		fmt.Fprintf(env.Stdout, "Bản nháp chưa có đơn vị nào. Thêm: baocao units add --into %s \"Tên đơn vị\", hoặc lấy từ danh sách khen thưởng và sổ mô hình: baocao units suggest --into %s\n", pos[0], pos[0])
		return nil
	}
	for i, u := range r.Units {
		line := fmt.Sprintf("%2d. %s", i+1, u.Label())
		if u.Contact != "" {
			line += " — liên hệ: " + u.Contact
		}
		if c := u.Collected; c != nil {
			line += fmt.Sprintf(" — đã nhận %s: %d người, tập thể; %d mô hình", c.File, c.Honorees, c.Models)
			if c.Problems > 0 {
				line += fmt.Sprintf("; %d vấn đề", c.Problems)
			}
		}
		fmt.Fprintln(env.Stdout, line)
	}
	return nil
}

func runUnitsAdd(env Env, args []string) error {
	fs := flag.NewFlagSet("units add", flag.ContinueOnError)
	into := fs.String("into", "", "")
	short := fs.String("short", "", "")
	contact := fs.String("contact", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tên đơn vị (trong ngoặc kép nếu có dấu cách)")
	}
	r, err := loadInto(*into)
	if err != nil {
		return err
	}
	u, added, err := r.AddUnit(pos[0], *short, *contact)
	if err != nil {
		return err
	}
	if !added {
		fmt.Fprintf(env.Stdout, "Đơn vị “%s” đã có trong danh sách; bản nháp giữ nguyên.\n", u.Name)
		return nil
	}
	return saveUnits(env, r, *into, fmt.Sprintf("Đã thêm đơn vị “%s”.", u.Name))
}

// addAll adds units and says which were there already.
func addAll(env Env, r *report.Report, us []report.Unit) int {
	n := 0
	for _, u := range us {
		got, added, err := r.AddUnit(u.Name, u.Short, u.Contact)
		switch {
		case err != nil:
			continue
		case added:
			n++
			fmt.Fprintf(env.Stdout, "  + %s\n", got.Label())
		default:
			fmt.Fprintf(env.Stdout, "  = %s (đã có)\n", got.Name)
		}
	}
	return n
}

func runUnitsSuggest(env Env, args []string) error {
	fs := flag.NewFlagSet("units suggest", flag.ContinueOnError)
	into := fs.String("into", "", "")
	dry := fs.Bool("dry-run", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	r, err := loadInto(*into)
	if err != nil {
		return err
	}
	names := report.SuggestUnits(r)
	if len(names) == 0 {
		fmt.Fprintln(env.Stdout, "Danh sách khen thưởng và sổ mô hình không nêu đơn vị nào chưa có trong danh sách đơn vị; bản nháp giữ nguyên.")
		return nil
	}
	fmt.Fprintf(env.Stdout, "Các đơn vị nêu trong danh sách khen thưởng và sổ mô hình (%d):\n", len(names))
	if *dry {
		for _, n := range names {
			fmt.Fprintf(env.Stdout, "  + %s\n", n)
		}
		fmt.Fprintln(env.Stdout, "Chạy thử (--dry-run): bản nháp không thay đổi.")
		return nil
	}
	var us []report.Unit
	for _, n := range names {
		us = append(us, report.Unit{Name: n})
	}
	n := addAll(env, r, us)
	return saveUnits(env, r, *into, fmt.Sprintf("Đã thêm %d đơn vị.", n))
}

// runUnitsPaste reads units as lines of text (cells copied from Excel:
// name, short name, contact separated by tabs) from a file or stdin.
func runUnitsPaste(env Env, args []string) error {
	fs := flag.NewFlagSet("units paste", flag.ContinueOnError)
	into := fs.String("into", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usagef("cần một tệp văn bản, hoặc “-” (hay không gì) để đọc từ bàn phím")
	}
	r, err := loadInto(*into)
	if err != nil {
		return err
	}
	var in io.Reader = env.Stdin
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return fmt.Errorf("mở tệp %s: %w", pos[0], err)
		}
		defer f.Close()
		in = f
	}
	text, err := io.ReadAll(io.LimitReader(in, 1<<20))
	if err != nil {
		return fmt.Errorf("đọc danh sách đơn vị: %w", err)
	}
	us := report.ParseUnits(string(text))
	if len(us) == 0 {
		return fmt.Errorf("không có đơn vị nào: mỗi dòng một đơn vị (tên, tên viết tắt, liên hệ cách nhau bằng Tab, | hoặc ;)")
	}
	n := addAll(env, r, us)
	return saveUnits(env, r, *into, fmt.Sprintf("Đã thêm %d đơn vị.", n))
}

func runUnitsImport(env Env, args []string) error {
	fs := flag.NewFlagSet("units import", flag.ContinueOnError)
	into := fs.String("into", "", "")
	col := fs.String("column", "", "")
	sheet := fs.String("sheet", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp .xlsx")
	}
	if *col == "" {
		return usagef("cần --column: cột có tên đơn vị, ví dụ --column B")
	}
	r, err := loadInto(*into)
	if err != nil {
		return err
	}
	us, err := units.ReadColumn(pos[0], *sheet, *col)
	if err != nil {
		return fmt.Errorf("%w\nBản nháp không thay đổi.", err)
	}
	n := addAll(env, r, us)
	return saveUnits(env, r, *into, fmt.Sprintf("Đã thêm %d đơn vị từ cột %s.", n, strings.ToUpper(*col)))
}

func runUnitsForms(env Env, args []string) error {
	fs := flag.NewFlagSet("units forms", flag.ContinueOnError)
	into := fs.String("into", "", "")
	out := fs.String("o", "", "")
	force := fs.Bool("force", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *into == "" && len(pos) == 1 {
		*into = pos[0]
	}
	if *out == "" {
		return usagef("cần -o THƯ-MỤC: nơi ghi các biểu")
	}
	r, err := loadInto(*into)
	if err != nil {
		return err
	}
	paths, err := units.WriteForms(r, *out, *force)
	for _, p := range paths {
		fmt.Fprintf(env.Stdout, "  %s\n", p)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã ghi %d biểu (năm %d) vào %s: mỗi đơn vị một tệp, đã điền tên đơn vị và năm. Gửi mỗi tệp cho đơn vị của nó; khi nhận lại, để tất cả vào một thư mục rồi chạy: baocao units collect THƯ-MỤC --into %s\n", len(paths), r.Year, *out, *into)
	return nil
}

func runUnitsCollect(env Env, args []string) error {
	fs := flag.NewFlagSet("units collect", flag.ContinueOnError)
	into := fs.String("into", "", "")
	dry := fs.Bool("dry-run", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một thư mục chứa các biểu đơn vị gửi lại")
	}
	r, err := loadInto(*into)
	if err != nil {
		return err
	}
	b, err := units.Collect(pos[0], r)
	if err != nil {
		return err
	}
	b.Print(env.Stdout)
	if *dry {
		fmt.Fprintln(env.Stdout, "\nChạy thử (--dry-run): bản nháp không thay đổi.")
		return nil
	}
	a := b.ApplyTo(r)
	if a.Units == 0 {
		fmt.Fprintln(env.Stdout, "\nChưa nhận được biểu của đơn vị nào; bản nháp giữ nguyên.")
		return nil
	}
	if err := draft.Save(*into, r, "baocao "+Version); err != nil {
		return fmt.Errorf("%w\nBản nháp trên đĩa vẫn là bản cũ.", err)
	}
	fmt.Fprintf(env.Stdout, "\nĐã lấy %d dòng của %d đơn vị vào bản nháp %s (bản cũ giữ ở %s.bak)", a.Added, a.Units, *into, *into)
	if a.Replaced > 0 {
		fmt.Fprintf(env.Stdout, "; %d dòng của lần tổng hợp trước được thay bằng bản mới", a.Replaced)
	}
	fmt.Fprintln(env.Stdout, ".")
	if a.FiguresFromUnits {
		fig := r.Figures()
		fmt.Fprintln(env.Stdout, "Biểu thống kê (cộng số liệu các đơn vị đã gửi và sổ mô hình của bản nháp):")
		fmt.Fprint(env.Stdout, fig.Text())
	}
	return nil
}

// runUnitsSend is "units send DRAFT --unit NAME -o FILE.xlsx": a unit that
// keeps its own draft sends its figures, models and honorees as the
// superior body's form, to be collected like any other.
func runUnitsSend(env Env, args []string) error {
	fs := flag.NewFlagSet("units send", flag.ContinueOnError)
	unit := fs.String("unit", "", "")
	out := fs.String("o", "", "")
	force := fs.Bool("force", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một bản nháp (báo cáo của đơn vị mình)")
	}
	if *out == "" {
		return usagef("cần -o TỆP.xlsx: tệp biểu để gửi cấp trên")
	}
	if *unit == "" {
		return usagef("cần --unit \"TÊN ĐƠN VỊ\": tên đơn vị mình đúng như cấp trên ghi (ví dụ --unit \"Chi bộ Thư viện\")")
	}
	r, err := draft.Load(pos[0])
	if err != nil {
		return err
	}
	if err := refuseOverwrite(*out, *force); err != nil {
		return err
	}
	f, err := units.FormFrom(r, *unit)
	if err != nil {
		return fmt.Errorf("lập biểu: %w", err)
	}
	defer f.Close()
	if err := f.SaveAs(*out); err != nil {
		return fmt.Errorf("ghi %s: %w", *out, err)
	}
	fig := r.Figures()
	fmt.Fprintf(env.Stdout, "Đã ghi biểu năm %d của %s vào %s: %d mô hình, điển hình (đăng ký %d), %d cá nhân, %d tập thể đề nghị khen thưởng. Gửi tệp này cho cấp trên.\n",
		r.Year, *unit, *out, len(r.Movement.Register), fig.Value(movement.TotalKey(movement.StageRegistered)), len(r.Honorees.Individuals), len(r.Honorees.Collectives))
	return nil
}
