// Package cli is the program's command line: list templates, start a
// draft, write the sample, validate and export, import and merge honoree
// spreadsheets. It is the same core the window uses, without Fyne.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"baocao/app/appdirs"
	"baocao/app/catalog"
	"baocao/app/draft"
	"baocao/app/report"
)

// Version is the program version, set by main.
var Version = "dev"

// Env is what a command runs against; tests give their own.
type Env struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Builtin        fs.FS  // built-in templates
	UserTemplates  string // folder of the user's templates ("" for none)
}

// DefaultEnv returns the environment of a real run.
func DefaultEnv(builtin fs.FS) Env {
	dir, _ := appdirs.Templates()
	return Env{Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, Builtin: builtin, UserTemplates: dir}
}

// Exit codes.
const (
	ExitOK      = 0
	ExitProblem = 1 // validation errors, or the command failed
	ExitUsage   = 2 // the command line itself is wrong
)

type command struct {
	name, args, help string
	run              func(env Env, args []string) error
}

func commands() []command {
	return []command{
		{"templates", "", "liệt kê các mẫu báo cáo (list templates)", runTemplates},
		{"new", "--template ID --year NĂM -o BẢN-NHÁP.bcdv [--force]\n  baocao new --from NĂM-TRƯỚC.bcdv [--year NĂM] [--template ID] -o BẢN-NHÁP.bcdv [--force]", "tạo bản nháp mới từ một mẫu; thiếu đuôi thì thêm .bcdv; --from: từ báo cáo năm trước, mang sang sổ mô hình, số liệu để so sánh và nhiệm vụ cần đánh giá (start a draft; --from: from last year's)", runNew},
		{"sample", "-o MẪU.bcdv [--force]", "ghi bản nháp mẫu năm 2016 (write the sample draft)", runSample},
		{"validate", "BẢN-NHÁP.bcdv", "kiểm tra bản nháp, in mọi lỗi và lưu ý (validate)", runValidate},
		{"figures", "[--baseline NĂM-TRƯỚC.bcdv] [--set TÊN=SỐ,…] [-o BẢN-NHÁP-MỚI.bcdv [--force]] BẢN-NHÁP.bcdv", "in biểu thống kê phong trào “Dân vận khéo” (năm nay, năm trước, tăng giảm); --baseline: lấy số liệu năm trước từ tệp; --set: nhập số cho đơn vị không lập sổ mô hình; lưu vào bản nháp hoặc -o (print the figures; take last year's, type counts)", runFigures},
		{"export", "[--pdf TỆP.pdf] [--docx TỆP.docx] [--xlsx TỆP.xlsx] [--draft [--round N]] BẢN-NHÁP.bcdv", "xuất PDF, bản Word sửa được (.docx) và/hoặc Excel; --draft: bản dự thảo có dấu “DỰ THẢO” (lần N), xuất được cả khi còn lỗi (export; --draft: a marked draft, even with errors)", runExport},
		{"decision", "--pdf QĐ.pdf [--docx QĐ.docx] [--draft] [--all] [--number SỐ] [--date NGÀY/THÁNG/NĂM] [--signer \"HỌ TÊN\"] [--reward-collective SỐ-TIỀN] [--reward-individual SỐ-TIỀN] [--save] BẢN-NHÁP.bcdv", "xuất quyết định khen thưởng kèm danh sách (những người được tặng Giấy khen; --all: cả danh sách); --number, --date, --signer: số, ngày, người ký của quyết định; --reward-…: tiền thưởng mỗi tập thể, mỗi cá nhân (đồng); --save giữ vào bản nháp (decision on commendation with its list)", runDecision},
		{"proposal", "--pdf TTr.pdf [--docx TTr.docx] [--draft] [--all] [--to \"NƠI KÍNH GỬI\"] [--number SỐ] [--date NGÀY/THÁNG/NĂM] [--signer \"HỌ TÊN\"] [--save] BẢN-NHÁP.bcdv", "xuất tờ trình đề nghị cấp trên khen thưởng kèm danh sách (những người có hình thức “Bằng khen …”; --all: cả danh sách); --to: nơi kính gửi (mặc định theo cơ quan cấp trên); --save giữ vào bản nháp (proposal to the superior body)", runProposal},
		{"certificates", "--pdf GK.pdf [--blank] [--a3] [--printer TÊN-MÁY-IN] [--calibration] [--all] [--first-serial SỐ] BẢN-NHÁP.bcdv\n  baocao certificates offsets --printer TÊN-MÁY-IN [--a3] [--field name|position|unit|achievement|date|decision|serial|all] [--dx MM] [--dy MM] [--reset]", "in giấy khen, mỗi người một trang theo thứ tự danh sách (những người được tặng Giấy khen; --all: cả danh sách): in đủ trên giấy trắng, hoặc --blank chỉ in phần điền lên phôi in sẵn; --calibration: trang căn chỉnh; offsets: dịch từng ô theo mi-li-mét cho máy in (certificates; offsets for a printer)", runCertificates},
		{"honorees", "import DS.xlsx --into BẢN-NHÁP.bcdv [--map name=C,unit=E] [--header-row N | --no-header [--data-row N]] [--kind tap-the|ca-nhan] [--keep-repeats[=DÒNG,…]] [--dry-run] [--yes]\n  baocao honorees merge A.xlsx B.xlsx … [-o GỘP.xlsx [--force]] [--into BẢN-NHÁP.bcdv [--yes]] [--kind tap-the|ca-nhan] [--keep-repeats[=DÒNG,…]]", "nhập, gộp danh sách khen thưởng từ Excel (import, merge)", runHonorees},
		{"models", "import DS-MÔ-HÌNH.xlsx --into BẢN-NHÁP.bcdv [--map name=B,unit=C,field=E,stage=F] [--header-row N | --no-header [--data-row N]] [--keep-repeats[=DÒNG,…]] [--dry-run] [--yes]", "nhập danh sách mô hình, điển hình “Dân vận khéo” từ Excel vào sổ mô hình; --map: cột tự chỉ (stt, name, unit, kind, field, stage, registered, recognised, outstanding, proposed, level, start, results, note); --dry-run: chỉ in những gì sẽ thêm (import a list of models)", runModels},
		{"units", "list BẢN-NHÁP.bcdv | add \"TÊN\" [--short TẮT] [--contact LIÊN-HỆ] --into BẢN-NHÁP.bcdv | suggest --into BẢN-NHÁP.bcdv [--dry-run] | paste [DS.txt] --into BẢN-NHÁP.bcdv | import DS.xlsx --column B [--sheet TRANG] --into BẢN-NHÁP.bcdv\n  baocao units forms --into BẢN-NHÁP.bcdv -o THƯ-MỤC [--force]\n  baocao units collect THƯ-MỤC --into BẢN-NHÁP.bcdv [--dry-run]\n  baocao units send BẢN-NHÁP-ĐƠN-VỊ.bcdv --unit \"TÊN ĐƠN VỊ\" -o BIỂU.xlsx [--force]", "các đơn vị trực thuộc: danh sách đơn vị (thêm, lấy từ danh sách khen thưởng và sổ mô hình, dán, lấy từ một cột Excel); forms: ghi mỗi đơn vị một biểu Excel (số liệu, mô hình, đề nghị khen thưởng); collect: đọc các biểu gửi lại, in bảng tình hình từng đơn vị, cộng số liệu vào bản nháp — gửi lại thì thay bản trước; send: đơn vị có chương trình lập biểu từ báo cáo của mình để gửi cấp trên (subordinate units: forms and collection)", runUnits},
		{"version", "", "in phiên bản (print version)", func(env Env, _ []string) error {
			fmt.Fprintln(env.Stdout, "baocao", Version)
			return nil
		}},
	}
}

// Usage prints the list of commands.
func Usage(w io.Writer) {
	fmt.Fprintln(w, "Báo cáo công tác dân vận — soạn báo cáo tổng kết “Dân vận khéo”, xuất PDF và Excel.")
	fmt.Fprintln(w, "\nChạy không có tham số để mở cửa sổ chương trình. Dòng lệnh:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  baocao %s %s\n      %s\n", c.name, c.args, c.help)
	}
}

// Run runs one command line (without the program name) and returns the
// exit code. Errors are printed to env.Stderr.
func Run(env Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		Usage(env.Stdout)
		return ExitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(env, args[1:])
		var ue usageError
		switch {
		case err == nil:
			return ExitOK
		case errors.As(err, &ue):
			fmt.Fprintf(env.Stderr, "Lỗi cú pháp lệnh (usage error): %v\nCách dùng: baocao %s %s\n", err, c.name, c.args)
			return ExitUsage
		case errors.Is(err, errSilent):
			return ExitProblem
		default:
			fmt.Fprintf(env.Stderr, "Lỗi (error): %v\n", err)
			return ExitProblem
		}
	}
	fmt.Fprintf(env.Stderr, "Lỗi cú pháp lệnh (usage error): không có lệnh %q (unknown command).\n\n", args[0])
	Usage(env.Stderr)
	return ExitUsage
}

// usageError marks a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// errSilent: the command already printed what went wrong.
var errSilent = errors.New("")

// parse parses flags that may come before, between or after the
// positional arguments ("import LIST.xlsx --into d.bcdv") and returns the
// positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usagef("%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func (env Env) catalog() *catalog.Catalog {
	c := catalog.Load(env.Builtin, env.UserTemplates)
	for _, p := range c.Problems {
		fmt.Fprintf(env.Stderr, "Cảnh báo (warning): bỏ qua một mẫu hỏng — %v\n", p)
	}
	return c
}

func runTemplates(env Env, args []string) error {
	fs := flag.NewFlagSet("templates", flag.ContinueOnError)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c := env.catalog()
	for _, t := range c.Templates {
		profile := "thể thức văn bản của Đảng (HD 36-HD/VPTW)"
		if t.Profile == report.ProfileState {
			profile = "thể thức văn bản hành chính (NĐ 30/2020/NĐ-CP)"
		}
		src := "có sẵn"
		if t.Source != "" {
			src = t.Source
		}
		fmt.Fprintf(env.Stdout, "%s\n    %s\n    %s; %s\n", t.ID, t.Name, profile, src)
	}
	if dir := env.UserTemplates; dir != "" {
		fmt.Fprintf(env.Stdout, "\nMẫu riêng của bạn đặt trong thư mục: %s\n", dir)
	}
	return nil
}

func runNew(env Env, args []string) error {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	id := fs.String("template", "", "")
	year := fs.Int("year", 0, "")
	out := fs.String("o", "", "")
	force := fs.Bool("force", false, "")
	from := fs.String("from", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("thừa tham số %q", pos[0])
	}
	if *from != "" {
		return runNewFrom(env, *from, *id, *year, *out, *force)
	}
	if *id == "" || *out == "" {
		return usagef("cần --template và -o")
	}
	if *year < report.MinYear || *year > report.MaxYear {
		return usagef("--year phải là năm từ %d đến %d", report.MinYear, report.MaxYear)
	}
	t := env.catalog().Find(*id)
	if t == nil {
		return fmt.Errorf("không có mẫu %q; chạy “baocao templates” để xem các mẫu (no such template)", *id)
	}
	*out = draftName(*out)
	if err := refuseOverwrite(*out, *force); err != nil {
		return err
	}
	r := t.NewReport(*year)
	if err := draft.Save(*out, r, "baocao "+Version); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã tạo bản nháp %s từ mẫu %q cho năm %d.\n", *out, t.Name, *year)
	return nil
}

func refuseOverwrite(path string, force bool) error {
	if force {
		return nil
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("tệp %s đã có; chọn tên khác hoặc thêm --force để ghi đè (file exists)", path)
	}
	return nil
}

func runValidate(env Env, args []string) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp bản nháp")
	}
	r, err := draft.Load(pos[0])
	if err != nil {
		return err
	}
	ps := r.Validate()
	PrintProblems(env.Stdout, ps)
	if ps.HasErrors() {
		return errSilent
	}
	return nil
}

// PrintProblems prints every problem and a one-line total.
func PrintProblems(w io.Writer, ps report.Problems) {
	printProblemList(w, ps)
	e, warn := ps.Count()
	switch {
	case e == 0 && warn == 0:
		fmt.Fprintln(w, "Bản nháp hợp lệ, không có lỗi hay lưu ý nào.")
	case e == 0:
		fmt.Fprintf(w, "Không có lỗi; %d lưu ý. Có thể xuất văn bản.\n", warn)
	default:
		fmt.Fprintf(w, "%d lỗi, %d lưu ý. Hãy sửa các lỗi trước khi xuất bản chính thức; bản dự thảo để góp ý thì xuất được ngay (export --draft).\n", e, warn)
	}
}

func printProblemList(w io.Writer, ps report.Problems) {
	for _, p := range ps {
		fmt.Fprintf(w, "%s [%s]: %s\n", p.Severity, p.Field, p.Message)
	}
}

// maxRound is the highest draft round --round accepts.
const maxRound = 99

func runExport(env Env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	pdfOut := fs.String("pdf", "", "")
	xlsxOut := fs.String("xlsx", "", "")
	docxOut := fs.String("docx", "", "")
	isDraft := fs.Bool("draft", false, "")
	round := fs.Int("round", 0, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp bản nháp")
	}
	if *pdfOut == "" && *xlsxOut == "" && *docxOut == "" {
		return usagef("cần ít nhất một trong --pdf, --docx hoặc --xlsx")
	}
	roundSet := false
	fs.Visit(func(f *flag.Flag) { roundSet = roundSet || f.Name == "round" })
	if roundSet && !*isDraft {
		return usagef("--round chỉ dùng cùng --draft (lần dự thảo chỉ in trên bản dự thảo)")
	}
	if roundSet && (*round < 1 || *round > maxRound) {
		return usagef("--round phải là số lần dự thảo từ 1 đến %d", maxRound)
	}
	r, err := draft.Load(pos[0])
	if err != nil {
		return err
	}
	if roundSet {
		r.DraftRound = *round // for this export only; the draft file is not changed
	}
	ps := r.Validate()
	if ps.HasErrors() && !*isDraft {
		PrintProblems(env.Stderr, ps)
		e, _ := ps.Count()
		return fmt.Errorf("bản nháp còn %d lỗi nên chưa xuất bản chính thức; sửa các lỗi rồi chạy lại, hoặc thêm --draft để in bản dự thảo có dấu “DỰ THẢO” cho mọi người góp ý (draft has errors; fix them, or add --draft to export a marked draft)", e)
	}
	if *isDraft && ps.HasErrors() {
		// The draft goes out for comment; the errors are what stands
		// between it and the final document.
		printProblemList(env.Stderr, ps)
		e, _ := ps.Count()
		fmt.Fprintf(env.Stderr, "Còn %d lỗi: bản xuất ra là bản dự thảo, có dấu “%s”; sửa các lỗi trên rồi xuất lại không có --draft để có bản chính thức.\n", e, r.DraftMark())
	}
	var failed []string
	if *pdfOut != "" {
		if err := exportPDF(env, *pdfOut, r, *isDraft); err != nil {
			fmt.Fprintf(env.Stderr, "Lỗi (error): %v\n", err)
			failed = append(failed, "PDF")
		}
	}
	if *docxOut != "" {
		if err := exportDOCX(env, *docxOut, r, *isDraft); err != nil {
			fmt.Fprintf(env.Stderr, "Lỗi (error): %v\n", err)
			failed = append(failed, "Word")
		}
	}
	if *xlsxOut != "" {
		if err := exportXLSX(env, *xlsxOut, r, *isDraft); err != nil {
			fmt.Fprintf(env.Stderr, "Lỗi (error): %v\n", err)
			failed = append(failed, "Excel")
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("không xuất được %s (export failed)", strings.Join(failed, ", "))
	}
	return nil
}
