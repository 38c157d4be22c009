package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
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
	noHeader  *bool
	dataRow   *int
	dryRun    *bool
	yes       *bool
	kind      *string
	keep      *keepRepeats
}

func addImportFlags(fs *flag.FlagSet) importFlags {
	keep := &keepRepeats{}
	fs.Var(keep, "keep-repeats", "")
	return importFlags{
		keep:      keep,
		into:      fs.String("into", "", ""),
		mapping:   fs.String("map", "", ""),
		headerRow: fs.Int("header-row", 0, ""),
		noHeader:  fs.Bool("no-header", false, ""),
		dataRow:   fs.Int("data-row", 0, ""),
		dryRun:    fs.Bool("dry-run", false, ""),
		yes:       fs.Bool("yes", false, ""),
		kind:      fs.String("kind", "", ""),
	}
}

// keepRepeats is --keep-repeats: alone it keeps every row that repeats
// another exactly; with a list ("12,DS cá nhân!17") the rows given by
// number, optionally after their sheet and "!".
type keepRepeats struct {
	all  bool
	rows []xlsx.Ref // Line, and Sheet when given
}

func (k *keepRepeats) IsBoolFlag() bool { return true }

func (k *keepRepeats) String() string {
	if k == nil || (!k.all && k.rows == nil) {
		return ""
	}
	return "true"
}

func (k *keepRepeats) Set(v string) error {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true", "":
		k.all = true
		return nil
	case "false":
		k.all = false
		return nil
	}
	for _, part := range strings.Split(v, ",") {
		sheet, line, found := strings.Cut(strings.TrimSpace(part), "!")
		if !found {
			sheet, line = "", sheet
		}
		n, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil || n < 1 {
			return fmt.Errorf("“%s” không phải số dòng; viết --keep-repeats (giữ mọi dòng lặp lại) hoặc --keep-repeats=12,TRANG!17", strings.TrimSpace(part))
		}
		k.rows = append(k.rows, xlsx.Ref{Sheet: strings.TrimSpace(sheet), Line: n})
	}
	return nil
}

// keepIn applies the flag to an import through its keepAll and keepRows
// (which keeps the repeated rows named and returns the refs that named no
// repeat), saying which rows it named are not repeats.
func (k *keepRepeats) keepIn(env Env, keepAll func() int, keepRows func(...xlsx.Ref) []xlsx.Ref) {
	if k.all {
		keepAll()
		return
	}
	var bad []string
	for _, ref := range keepRows(k.rows...) {
		name := strconv.Itoa(ref.Line)
		if ref.Sheet != "" {
			name = ref.Sheet + "!" + name
		}
		bad = append(bad, name)
	}
	if len(bad) > 0 {
		fmt.Fprintf(env.Stderr, "Lưu ý: --keep-repeats nêu dòng %s, nhưng đó không phải dòng lặp lại; bỏ qua.\n", strings.Join(bad, ", "))
	}
}

// keepRows applies --keep-repeats to an honorees import.
func (fl importFlags) keepRows(env Env, res *xlsx.Result) {
	fl.keep.keepIn(env, res.KeepAll, func(refs ...xlsx.Ref) (unknown []xlsx.Ref) {
		for _, ref := range refs {
			found := false
			for i := range res.Rows {
				r := &res.Rows[i]
				if r.DuplicateOf != "" && r.Line == ref.Line && (ref.Sheet == "" || ref.Sheet == r.Sheet) {
					r.Keep, found = true, true
				}
			}
			if !found {
				unknown = append(unknown, ref)
			}
		}
		return unknown
	})
}

// options builds the read options: the column mapping and header row
// given on the command line apply to every sheet. files are the lists
// named, to suggest a mapping from when --no-header comes without one.
func (fl importFlags) options(existing *report.Report, files ...string) (xlsx.Options, error) {
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
	switch {
	case *fl.dataRow < 0:
		return opts, usagef("--data-row phải là số dòng, tính từ 1")
	case *fl.dataRow > 0 && !*fl.noHeader:
		return opts, usagef("--data-row chỉ dùng cùng --no-header (danh sách không có dòng tiêu đề)")
	case *fl.noHeader && ov.HeaderRow > 0:
		return opts, usagef("--no-header (không có dòng tiêu đề) và --header-row không dùng cùng nhau")
	case *fl.noHeader && !hasName(ov.Columns):
		return opts, usagef("danh sách không có dòng tiêu đề (--no-header) thì phải chỉ rõ các cột bằng --map, ít nhất cột họ tên (name=…)%s", guessHint(files, *fl.dataRow))
	}
	ov.NoHeader, ov.DataRow = *fl.noHeader, *fl.dataRow
	switch strings.ToLower(strings.TrimSpace(*fl.kind)) {
	case "":
	case "tap-the", "tập-thể", "tapthe":
		ov.Kind = xlsx.Collective
	case "ca-nhan", "cá-nhân", "canhan":
		ov.Kind = xlsx.Individual
	default:
		return opts, usagef("--kind phải là tap-the (tập thể) hoặc ca-nhan (cá nhân), không phải %q", *fl.kind)
	}
	if ov.Columns != nil || ov.HeaderRow > 0 || ov.Kind != 0 || ov.NoHeader {
		opts.Override = map[string]xlsx.Override{"": ov}
	}
	return opts, nil
}

func hasName(m xlsx.Mapping) bool {
	_, ok := m.Column(xlsx.FieldName)
	return ok
}

// guessHint suggests a --map from the data of the first list (see
// xlsx.GuessColumns), or says nothing when it cannot be read or guessed.
func guessHint(files []string, dataRow int) string {
	if len(files) == 0 {
		return ""
	}
	f, err := os.Open(files[0])
	if err != nil {
		return ""
	}
	defer f.Close()
	sheets, err := xlsx.FirstRows(f, 60)
	if err != nil || len(sheets) == 0 {
		return ""
	}
	m := xlsx.GuessColumns(sheets[0].Rows, max(dataRow, 1)-1)
	if !hasName(m) {
		return ""
	}
	return fmt.Sprintf("; theo dữ liệu của %s, có thể là: --map %s (kiểm tra lại, thêm chức vụ position=…, đơn vị unit=…)", files[0], strings.ReplaceAll(m.String(), ", ", ","))
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
		return usagef("cần --into BẢN-NHÁP.bcdv")
	}
	r, err := draft.Load(*fl.into)
	if err != nil {
		return err
	}
	opts, err := fl.options(r, pos[0])
	if err != nil {
		return err
	}
	res, err := xlsx.ReadFile(pos[0], opts)
	if err != nil {
		return fmt.Errorf("%w\nBản nháp không thay đổi.", err)
	}
	fl.keepRows(env, res)
	PrintImport(env.Stdout, res)
	return applyInto(env, res, r, *fl.into, *fl.dryRun, *fl.yes)
}

// applyInto asks, then adds the result's rows to r and saves it at path.
func applyInto(env Env, res *xlsx.Result, r *report.Report, path string, dryRun, yes bool) error {
	ni, nc, _, _ := res.Counts()
	n := ni + nc
	added, saved, err := askAndApply(env, r, path, n, dryRun, yes, importText{
		none:     "Không có dòng mới nào để thêm; bản nháp giữ nguyên.",
		question: fmt.Sprintf("Thêm %d dòng vào bản nháp %s?", n, path),
	}, res.ApplyTo)
	if !saved {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã thêm %d dòng vào bản nháp %s (bản cũ giữ ở %s.bak).\n", added, path, path)
	if added < n {
		// The draft gained an exact copy since the file was read.
		printRows(env.Stdout, "Không thêm vì bản nháp đã có dòng giống hệt:", res, func(r xlsx.Row) bool { return r.Dropped() })
	}
	return nil
}

// importText is what askAndApply says for one kind of import.
type importText struct {
	none     string // nothing new to add
	question string // the question before adding, without "[c/K]"
}

// askAndApply ends an import: with --dry-run, or when there is nothing
// new (n rows), it says so and changes nothing; else, unless yes, it asks
// first, then applies the rows to r and saves r at path. saved tells
// whether it did; added is what apply returned.
func askAndApply(env Env, r *report.Report, path string, n int, dryRun, yes bool, t importText, apply func(*report.Report) int) (added int, saved bool, err error) {
	switch {
	case dryRun:
		fmt.Fprintln(env.Stdout, "Chạy thử (--dry-run): bản nháp không thay đổi.")
		return 0, false, nil
	case n == 0:
		fmt.Fprintln(env.Stdout, t.none)
		return 0, false, nil
	}
	if !yes {
		fmt.Fprintf(env.Stdout, "%s [c/K] ", t.question)
		if !confirm(env.Stdin) {
			fmt.Fprintln(env.Stdout, "\nĐã hủy; bản nháp không thay đổi.")
			return 0, false, nil
		}
	}
	added = apply(r)
	if err := draft.Save(path, r, "baocao "+Version); err != nil {
		return added, false, fmt.Errorf("%w\nBản nháp trên đĩa vẫn là bản cũ.", err)
	}
	return added, true, nil
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
		where := fmt.Sprintf("tiêu đề cột ở dòng %d", s.HeaderRow)
		if s.DataRow > 0 {
			where = fmt.Sprintf("không có dòng tiêu đề, dữ liệu từ dòng %d", s.DataRow)
		}
		fmt.Fprintf(w, "Tệp %s, trang “%s” (%s): %s; %d dòng nhận.\n", s.Source, s.Name, kind, where, s.Imported)
		fmt.Fprintf(w, "    Cột: ")
		var cols []string
		for _, f := range xlsx.Fields {
			if c, ok := s.Columns.Column(f); ok {
				letters := colLetter(c)
				if f == xlsx.FieldName && len(s.NameParts) > 1 {
					letters += "+" + colLetter(s.NameParts[1])
				}
				if t := s.Titles[c]; t != "" {
					letters += " “" + t + "”"
				}
				cols = append(cols, fmt.Sprintf("%s ← %s", f.Label(), letters))
			}
		}
		fmt.Fprintln(w, strings.Join(cols, "; "))
		printSheetNotes(w, s)
	}
	printSkipped(w, res.Skipped)
	printRows(w, "Các dòng lặp lại giống hệt một dòng khác, sẽ không thêm (muốn giữ: --keep-repeats, hoặc --keep-repeats=SỐ-DÒNG,…):", res,
		func(r xlsx.Row) bool { return r.Dropped() })
	printRows(w, "Các dòng lặp lại vẫn thêm theo --keep-repeats:", res, func(r xlsx.Row) bool { return r.Keep && r.DuplicateOf != "" })
	if len(res.Namesakes) > 0 {
		fmt.Fprintln(w, "Các cặp dòng cùng tên, cùng đơn vị — cả hai đều thêm; nếu là một người, hãy xóa một dòng trong bản nháp, nếu là hai người, xác nhận trong cửa sổ:")
		for _, n := range res.Namesakes {
			fmt.Fprintf(w, "    %s.\n", n.Note)
		}
	}
	fmt.Fprintln(w, res.Summary())
}

// printSheetNotes prints what else the import of a sheet found: the
// columns not used, the blank rows, the notes.
func printSheetNotes(w io.Writer, s xlsx.Sheet) {
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

// printSkipped prints the rows an import passed over, and why.
func printSkipped(w io.Writer, skipped []xlsx.Skip) {
	if len(skipped) == 0 {
		return
	}
	fmt.Fprintln(w, "Các dòng bỏ qua:")
	for _, s := range skipped {
		fmt.Fprintf(w, "    %s, trang “%s”, dòng %d: %s", s.Source, s.Sheet, s.Line, s.Reason)
		if s.Text != "" {
			fmt.Fprintf(w, " — %s", s.Text)
		}
		fmt.Fprintln(w)
	}
}

// printRows prints, under a title, the rows for which pick is true.
func printRows(w io.Writer, title string, res *xlsx.Result, pick func(xlsx.Row) bool) {
	first := true
	for _, r := range res.Rows {
		if !pick(r) {
			continue
		}
		if first {
			fmt.Fprintln(w, title)
			first = false
		}
		fmt.Fprintf(w, "    %s, trang “%s”, dòng %d: %s (%s) — %s\n", r.Ref().Source, r.Sheet, r.Line, r.Honoree.Name, firstOr(r.Honoree.Unit, "không ghi đơn vị"), r.DuplicateOf)
	}
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
		return usagef("cần -o GỘP.xlsx và/hoặc --into BẢN-NHÁP.bcdv")
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
	opts, err := fl.options(r, pos...)
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
	fl.keepRows(env, merged)
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
		fmt.Fprintf(env.Stdout, "Đã ghi danh sách tổng hợp %s: %d cá nhân, %d tập thể (dòng lặp lại, dòng cùng tên và dòng bỏ qua liệt kê ở trang “%s”).\n", *out, ni, nc, xlsx.SheetCheck)
	}
	if *fl.into != "" {
		return applyInto(env, merged, r, *fl.into, false, *fl.yes)
	}
	return nil
}
