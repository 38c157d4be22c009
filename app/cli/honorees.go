package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"baocao/app/draft"
	"baocao/app/report"
	"baocao/app/xlsx"
)

// runHonorees: "honorees import …" and "honorees merge …".
func runHonorees(env Env, args []string) error {
	if len(args) == 0 {
		return usagef("cần “import” hoặc “merge”")
	}
	switch args[0] {
	case "import":
		return runHonoreesImport(env, args[1:])
	case "merge":
		return runHonoreesMerge(env, args[1:])
	}
	return usagef("không có lệnh con %q; dùng “import” hoặc “merge”", args[0])
}

// importFlags are the flags import and merge share.
type importFlags struct {
	into      *string
	mapping   *string
	headerRow *int
	dryRun    *bool
	yes       *bool
	kind      *string
}

func addImportFlags(fs *flag.FlagSet) importFlags {
	return importFlags{
		into:      fs.String("into", "", ""),
		mapping:   fs.String("map", "", ""),
		headerRow: fs.Int("header-row", 0, ""),
		dryRun:    fs.Bool("dry-run", false, ""),
		yes:       fs.Bool("yes", false, ""),
		kind:      fs.String("kind", "", ""),
	}
}

// options builds the read options: the column mapping and header row
// given on the command line apply to every sheet.
func (fl importFlags) options(existing *report.Report) (xlsx.Options, error) {
	opts := xlsx.Options{Existing: existing}
	var ov xlsx.Override
	if *fl.mapping != "" {
		m, err := xlsx.ParseMapping(*fl.mapping)
		if err != nil {
			return opts, usagef("--map: %v", err)
		}
		ov.Columns = m
	}
	if *fl.headerRow < 0 {
		return opts, usagef("--header-row phải là số dòng, tính từ 1")
	}
	ov.HeaderRow = *fl.headerRow
	switch strings.ToLower(strings.TrimSpace(*fl.kind)) {
	case "":
	case "tap-the", "tập-thể", "tapthe":
		ov.Kind = xlsx.Collective
	case "ca-nhan", "cá-nhân", "canhan":
		ov.Kind = xlsx.Individual
	default:
		return opts, usagef("--kind phải là tap-the (tập thể) hoặc ca-nhan (cá nhân), không phải %q", *fl.kind)
	}
	if ov.Columns != nil || ov.HeaderRow > 0 || ov.Kind != 0 {
		opts.Override = map[string]xlsx.Override{"": ov}
	}
	return opts, nil
}

func runHonoreesImport(env Env, args []string) error {
	fs := flag.NewFlagSet("honorees import", flag.ContinueOnError)
	fl := addImportFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp danh sách .xlsx")
	}
	if *fl.into == "" {
		return usagef("cần --into BẢN-NHÁP.json")
	}
	r, err := draft.Load(*fl.into)
	if err != nil {
		return err
	}
	opts, err := fl.options(r)
	if err != nil {
		return err
	}
	res, err := xlsx.ReadFile(pos[0], opts)
	if err != nil {
		return fmt.Errorf("%w\nBản nháp không thay đổi.", err)
	}
	PrintImport(env.Stdout, res)
	return applyInto(env, res, r, *fl.into, *fl.dryRun, *fl.yes)
}

// applyInto asks, then adds the result's rows to r and saves it at path.
func applyInto(env Env, res *xlsx.Result, r *report.Report, path string, dryRun, yes bool) error {
	ni, nc, _, _ := res.Counts()
	n := ni + nc
	switch {
	case dryRun:
		fmt.Fprintln(env.Stdout, "Chạy thử (--dry-run): bản nháp không thay đổi.")
		return nil
	case n == 0:
		fmt.Fprintln(env.Stdout, "Không có dòng mới nào để thêm; bản nháp giữ nguyên.")
		return nil
	}
	if !yes {
		fmt.Fprintf(env.Stdout, "Thêm %d dòng vào bản nháp %s? [c/K] ", n, path)
		if !confirm(env.Stdin) {
			fmt.Fprintln(env.Stdout, "\nĐã hủy; bản nháp không thay đổi.")
			return nil
		}
	}
	added := res.ApplyTo(r)
	if err := draft.Save(path, r, "baocao "+Version); err != nil {
		return fmt.Errorf("%w\nBản nháp trên đĩa vẫn là bản cũ.", err)
	}
	fmt.Fprintf(env.Stdout, "Đã thêm %d dòng vào bản nháp %s (bản cũ giữ ở %s.bak).\n", added, path, path)
	return nil
}

// confirm reads one answer; only "c", "có", "co", "y" or "yes" agree.
func confirm(in io.Reader) bool {
	if in == nil {
		return false
	}
	line, _ := bufio.NewReader(in).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "c", "có", "co", "y", "yes":
		return true
	}
	return false
}

// PrintImport prints what a read found: per sheet the header row and the
// columns, then every skipped row and every duplicate, then a total.
func PrintImport(w io.Writer, res *xlsx.Result) {
	for _, s := range res.Sheets {
		if s.Problem != "" {
			fmt.Fprintf(w, "Tệp %s, trang “%s”: không đọc — %s.\n", s.Source, s.Name, s.Problem)
			continue
		}
		kind := s.Kind.String()
		if s.Kind == 0 {
			kind = "tập thể hay cá nhân theo tiêu đề nhóm, từng dòng"
		}
		fmt.Fprintf(w, "Tệp %s, trang “%s” (%s): tiêu đề cột ở dòng %d; %d dòng nhận.\n", s.Source, s.Name, kind, s.HeaderRow, s.Imported)
		fmt.Fprintf(w, "    Cột: ")
		var cols []string
		for _, f := range xlsx.Fields {
			if c, ok := s.Columns.Column(f); ok {
				letters := colLetter(c)
				if f == xlsx.FieldName && len(s.NameParts) > 1 {
					letters += "+" + colLetter(s.NameParts[1])
				}
				cols = append(cols, fmt.Sprintf("%s ← %s “%s”", f.Label(), letters, s.Titles[c]))
			}
		}
		fmt.Fprintln(w, strings.Join(cols, "; "))
		if len(s.Unused) > 0 {
			fmt.Fprintf(w, "    Cột không dùng: %s\n", strings.Join(s.Unused, "; "))
		}
		if s.Blank > 0 {
			fmt.Fprintf(w, "    %d dòng trống được bỏ qua.\n", s.Blank)
		}
		for _, n := range s.Notes {
			fmt.Fprintf(w, "    Lưu ý: %s.\n", n)
		}
	}
	if len(res.Skipped) > 0 {
		fmt.Fprintln(w, "Các dòng bỏ qua:")
		for _, s := range res.Skipped {
			fmt.Fprintf(w, "    %s, trang “%s”, dòng %d: %s", s.Source, s.Sheet, s.Line, s.Reason)
			if s.Text != "" {
				fmt.Fprintf(w, " — %s", s.Text)
			}
			fmt.Fprintln(w)
		}
	}
	var dups []xlsx.Row
	for _, r := range res.Rows {
		if r.DuplicateOf != "" {
			dups = append(dups, r)
		}
	}
	if len(dups) > 0 {
		fmt.Fprintln(w, "Các dòng trùng (cùng họ tên và đơn vị), sẽ không thêm:")
		for _, r := range dups {
			fmt.Fprintf(w, "    %s, trang “%s”, dòng %d: %s (%s) — %s\n", r.Honoree.Source, r.Sheet, r.Line, r.Honoree.Name, firstOr(r.Honoree.Unit, "không ghi đơn vị"), r.DuplicateOf)
		}
	}
	fmt.Fprintln(w, res.Summary())
}

func colLetter(c int) string {
	s := ""
	for c++; c > 0; c = (c - 1) / 26 {
		s = string(rune('A'+(c-1)%26)) + s
	}
	return s
}

func firstOr(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}

func runHonoreesMerge(env Env, args []string) error {
	fs := flag.NewFlagSet("honorees merge", flag.ContinueOnError)
	fl := addImportFlags(fs)
	out := fs.String("o", "", "")
	force := fs.Bool("force", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("cần ít nhất một tệp danh sách .xlsx")
	}
	if *out == "" && *fl.into == "" {
		return usagef("cần -o GỘP.xlsx và/hoặc --into BẢN-NHÁP.json")
	}
	var r *report.Report
	if *fl.into != "" {
		if r, err = draft.Load(*fl.into); err != nil {
			return err
		}
	}
	if *out != "" && !*fl.dryRun {
		if err := refuseOverwrite(*out, *force); err != nil {
			return err
		}
	}
	opts, err := fl.options(r)
	if err != nil {
		return err
	}
	var results []*xlsx.Result
	var failed []string
	for _, p := range pos {
		res, err := xlsx.ReadFile(p, opts)
		if err != nil {
			fmt.Fprintf(env.Stderr, "Lỗi (error): %v\n", err)
			failed = append(failed, p)
			continue
		}
		results = append(results, res)
	}
	if len(failed) > 0 {
		return fmt.Errorf("không đọc được %d tệp (%s); chưa gộp, chưa ghi gì — sửa hoặc bỏ các tệp đó rồi chạy lại", len(failed), strings.Join(failed, ", "))
	}
	merged := xlsx.Merge(results...)
	PrintImport(env.Stdout, merged)
	if *fl.dryRun {
		fmt.Fprintln(env.Stdout, "Chạy thử (--dry-run): chưa ghi tệp nào.")
		return nil
	}
	if *out != "" {
		if err := xlsx.WriteListFile(*out, merged, r); err != nil {
			return fmt.Errorf("ghi danh sách tổng hợp %s: %w", *out, err)
		}
		ni, nc, _, _ := merged.Counts()
		fmt.Fprintf(env.Stdout, "Đã ghi danh sách tổng hợp %s: %d cá nhân, %d tập thể (dòng trùng và dòng bỏ qua liệt kê ở trang “%s”).\n", *out, ni, nc, xlsx.SheetCheck)
	}
	if *fl.into != "" {
		return applyInto(env, merged, r, *fl.into, false, *fl.yes)
	}
	return nil
}
