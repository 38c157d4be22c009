package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"baocao/app/draft"
	"baocao/app/movement"
	"baocao/app/report"
	"baocao/app/xlsx"
)

// runModels: "models import …".
func runModels(env Env, args []string) error {
	if len(args) == 0 {
		return usagef("cần “import”")
	}
	if args[0] == "import" {
		return runModelsImport(env, args[1:])
	}
	return usagef("không có lệnh con %q; dùng “import”", args[0])
}

// runModelsImport reads a list of models and exemplars from Excel into
// the draft's register, as "honorees import" does for honorees.
func runModelsImport(env Env, args []string) error {
	fs := flag.NewFlagSet("models import", flag.ContinueOnError)
	keep := &keepRepeats{}
	fs.Var(keep, "keep-repeats", "")
	into := fs.String("into", "", "")
	mapping := fs.String("map", "", "")
	headerRow := fs.Int("header-row", 0, "")
	noHeader := fs.Bool("no-header", false, "")
	dataRow := fs.Int("data-row", 0, "")
	dryRun := fs.Bool("dry-run", false, "")
	yes := fs.Bool("yes", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp danh sách mô hình .xlsx")
	}
	if *into == "" {
		return usagef("cần --into BẢN-NHÁP.bcdv")
	}
	var ov xlsx.Override
	if *mapping != "" {
		m, err := xlsx.ParseModelMapping(*mapping)
		if err != nil {
			return usagef("--map: %v", err)
		}
		ov.Columns = m
	}
	if *headerRow < 0 {
		return usagef("--header-row phải là số dòng, tính từ 1")
	}
	ov.HeaderRow = *headerRow
	if err := headerless(&ov, *noHeader, *dataRow); err != nil {
		return err
	}
	r, err := draft.Load(*into)
	if err != nil {
		return err
	}
	opts := xlsx.Options{Existing: r}
	if ov.Columns != nil || ov.HeaderRow > 0 || ov.NoHeader {
		opts.Override = map[string]xlsx.Override{"": ov}
	}
	res, err := xlsx.ReadModelsFile(pos[0], opts)
	if err != nil {
		return fmt.Errorf("%w\nBản nháp không thay đổi.", err)
	}
	keep.keepIn(env, res.KeepAll, res.KeepRows)
	PrintModelsImport(env.Stdout, res, *dryRun)
	return applyModels(env, res, r, *into, *dryRun, *yes)
}

// headerless checks --no-header and --data-row (a list without header
// row, as "honorees import" reads) and sets them in ov.
func headerless(ov *xlsx.Override, noHeader bool, dataRow int) error {
	switch {
	case dataRow < 0:
		return usagef("--data-row phải là số dòng, tính từ 1")
	case dataRow > 0 && !noHeader:
		return usagef("--data-row chỉ dùng cùng --no-header (danh sách không có dòng tiêu đề)")
	case noHeader && ov.HeaderRow > 0:
		return usagef("--no-header (không có dòng tiêu đề) và --header-row không dùng cùng nhau")
	case noHeader && !hasName(ov.Columns):
		return usagef("danh sách không có dòng tiêu đề (--no-header) thì phải chỉ rõ các cột bằng --map, ít nhất cột tên mô hình, điển hình (name=…), ví dụ --map name=B,unit=C")
	}
	ov.NoHeader, ov.DataRow = noHeader, dataRow
	return nil
}

// applyModels asks, then adds the rows to r's register and saves it.
func applyModels(env Env, res *xlsx.ModelResult, r *report.Report, path string, dryRun, yes bool) error {
	nm, ne, _, _, _ := res.Counts()
	n := nm + ne
	added, saved, err := askAndApply(env, r, path, n, dryRun, yes, importText{
		none:     "Không có mô hình, điển hình mới nào để thêm; bản nháp giữ nguyên.",
		question: fmt.Sprintf("Thêm %d mô hình, điển hình vào sổ của bản nháp %s?", n, path),
	}, res.ApplyTo)
	if !saved {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã thêm %d mô hình, điển hình vào sổ của bản nháp %s (bản cũ giữ ở %s.bak); sổ nay có %d mục. Xem biểu thống kê: baocao figures %s\n",
		added, path, path, len(r.Movement.Register), path)
	if added < n {
		printModelRows(env.Stdout, "Không thêm vì sổ đã có mục giống hệt:", res, func(r xlsx.ModelRow) bool { return r.Dropped() })
	}
	return nil
}

// PrintModelsImport prints what a models import found: per sheet the
// header row and the columns, every skipped row, every repeat, the rows
// to look at again; with list, every row that would be added.
func PrintModelsImport(w io.Writer, res *xlsx.ModelResult, list bool) {
	for _, s := range res.Sheets {
		if s.Problem != "" {
			fmt.Fprintf(w, "Tệp %s, trang “%s”: không đọc — %s.\n", s.Source, s.Name, s.Problem)
			continue
		}
		where := fmt.Sprintf("tiêu đề cột ở dòng %d", s.HeaderRow)
		if s.DataRow > 0 {
			where = fmt.Sprintf("không có dòng tiêu đề, dữ liệu từ dòng %d", s.DataRow)
		}
		fmt.Fprintf(w, "Tệp %s, trang “%s”: %s; %d dòng nhận.\n", s.Source, s.Name, where, s.Imported)
		var cols []string
		for _, f := range xlsx.ModelFields {
			if c, ok := s.Columns.Column(f); ok {
				cols = append(cols, fmt.Sprintf("%s ← %s “%s”", xlsx.ModelFieldLabel(f), colLetter(c), s.Titles[c]))
			}
		}
		fmt.Fprintf(w, "    Cột: %s\n", strings.Join(cols, "; "))
		printSheetNotes(w, s)
	}
	printSkipped(w, res.Skipped)
	printModelRows(w, "Các dòng lặp lại giống hệt, sẽ không thêm (muốn giữ: --keep-repeats, hoặc --keep-repeats=SỐ-DÒNG,…):", res,
		func(r xlsx.ModelRow) bool { return r.Dropped() })
	printModelRows(w, "Các dòng lặp lại vẫn thêm theo --keep-repeats:", res, func(r xlsx.ModelRow) bool { return r.Keep && r.DuplicateOf != "" })
	if len(res.Namesakes) > 0 {
		fmt.Fprintln(w, "Cùng tên, cùng đơn vị nhưng khác nội dung — cả hai đều thêm:")
		for _, n := range res.Namesakes {
			fmt.Fprintf(w, "    %s.\n", n)
		}
	}
	first := true
	for _, r := range res.Rows {
		if len(r.Problems) == 0 || r.Dropped() {
			continue
		}
		if first {
			fmt.Fprintln(w, "Các dòng cần xem lại (vẫn thêm; sửa trong sổ mô hình sau khi nhập):")
			first = false
		}
		fmt.Fprintf(w, "    %s, trang “%s”, dòng %d: %s — %s.\n", r.File, r.Sheet, r.Line, r.Entry.Name, strings.Join(r.Problems, "; "))
	}
	if list {
		printModelRows(w, "Sẽ thêm vào sổ mô hình:", res, func(r xlsx.ModelRow) bool { return !r.Dropped() })
	}
	fmt.Fprintln(w, res.Summary())
}

// printModelRows prints, under a title, the rows for which pick is true.
func printModelRows(w io.Writer, title string, res *xlsx.ModelResult, pick func(xlsx.ModelRow) bool) {
	first := true
	for _, r := range res.Rows {
		if !pick(r) {
			continue
		}
		if first {
			fmt.Fprintln(w, title)
			first = false
		}
		what := entryText(r.Entry)
		if r.DuplicateOf != "" {
			what = r.DuplicateOf
		}
		fmt.Fprintf(w, "    %s, trang “%s”, dòng %d: %s (%s) — %s\n", r.File, r.Sheet, r.Line, r.Entry.Name, firstOr(r.Entry.Unit, "không ghi đơn vị"), what)
	}
}

// entryText describes an entry in one line: "Mô hình (tập thể); Kinh tế;
// Được công nhận, Cấp quận, huyện, xã; từ năm 2014".
func entryText(e movement.Entry) string {
	parts := []string{e.Kind.Label(), firstOr(e.Field, "chưa có lĩnh vực")}
	stage := e.Stage.Label()
	if e.Level != "" {
		stage += ", " + e.Level.Label()
	}
	parts = append(parts, stage)
	if e.StartYear != 0 {
		parts = append(parts, fmt.Sprintf("từ năm %d", e.StartYear))
	}
	return strings.Join(parts, "; ")
}
