package cli

import (
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"baocao/app/catalog"
	"baocao/app/draft"
	"baocao/app/movement"
	"baocao/app/report"
)

// runNewFrom is "new --from LAST --year YEAR -o OUT": this year's draft
// made from last year's (report.FromLastYear), its summary, opening and
// headings refilled from the template when the template is found.
func runNewFrom(env Env, from, templateID string, year int, out string, force bool) error {
	if out == "" {
		return usagef("cần -o")
	}
	out = draftName(out)
	last, err := draft.Load(from)
	if err != nil {
		return fmt.Errorf("báo cáo năm trước: %w", err)
	}
	if year == 0 {
		year = last.Year + 1
	}
	if year < report.MinYear || year > report.MaxYear {
		return usagef("--year phải là năm từ %d đến %d", report.MinYear, report.MaxYear)
	}
	r, t, err := env.catalog().FromLastYear(last, year, filepath.Base(from), templateID)
	switch {
	case errors.Is(err, catalog.ErrNoTemplate):
		return fmt.Errorf("không có mẫu %q; chạy “baocao templates” để xem các mẫu (no such template)", templateID)
	case err != nil:
		return fmt.Errorf("%w (%s)", err, from)
	}
	if templateID == "" {
		templateID = r.Template
	}
	if err := refuseOverwrite(out, force); err != nil {
		return err
	}
	if err := draft.Save(out, r, "baocao "+Version); err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "Đã tạo bản nháp %s cho năm %d từ báo cáo năm %d (%s).\n", out, year, last.Year, from)
	if t == nil {
		fmt.Fprintf(w, "Không tìm thấy mẫu %q: trích yếu, đoạn mở đầu và tiêu đề các phần giữ như năm trước, đã đổi sang năm %d; hãy đọc lại.\n", templateID, year)
	} else {
		fmt.Fprintf(w, "Trích yếu, đoạn mở đầu và tiêu đề các phần lấy lại theo mẫu %q cho năm %d.\n", t.Name, year)
	}
	fmt.Fprintln(w, "Mang sang: cơ quan ban hành và cấp trên, ký hiệu, địa danh, nơi nhận, người ký.")
	m := r.Movement
	if n := len(m.Register); n > 0 {
		fmt.Fprintf(w, "Sổ mô hình: %d mô hình, điển hình mang sang (đánh dấu “từ năm trước”); mô hình đã được công nhận giữ cấp công nhận, còn “tiêu biểu” và “đề nghị khen thưởng” được xét lại trong năm nay.\n", n)
	}
	if m.Baseline != nil {
		fmt.Fprintf(w, "Số liệu năm %d đặt cạnh số liệu năm nay để so sánh (xem “baocao figures %s”).\n", m.Baseline.Year, out)
	} else {
		fmt.Fprintf(w, "Báo cáo năm %d chưa có số liệu phong trào nên chưa có số liệu để so sánh.\n", last.Year)
	}
	if n := len(m.Checklist); n > 0 {
		fmt.Fprintf(w, "%d nhiệm vụ năm trước thành danh mục cần đánh giá (đã thực hiện, thực hiện một phần, chưa thực hiện).\n", n)
	}
	fmt.Fprintln(w, "Đã để trống: số văn bản, ngày ban hành, lần dự thảo, danh sách khen thưởng và nội dung các phần.")
	if last.Year != year-1 {
		fmt.Fprintf(w, "Lưu ý: báo cáo mang sang là của năm %d, không phải năm %d liền trước.\n", last.Year, year-1)
	}
	return nil
}

// runFigures is "figures DRAFT": prints the figures table; with
// --baseline it first takes last year's figures from a file, with --set
// it types counts, and saves the draft (or -o).
func runFigures(env Env, args []string) error {
	fs := flag.NewFlagSet("figures", flag.ContinueOnError)
	baseline := fs.String("baseline", "", "")
	set := fs.String("set", "", "")
	out := fs.String("o", "", "")
	force := fs.Bool("force", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("cần đúng một tệp bản nháp")
	}
	if *out != "" && *baseline == "" && *set == "" {
		return usagef("-o chỉ dùng cùng --baseline hoặc --set (lệnh chỉ in biểu thì không ghi tệp)")
	}
	path := pos[0]
	r, err := draft.Load(path)
	if err != nil {
		return err
	}
	changed := false
	if *baseline != "" {
		last, err := draft.Load(*baseline)
		if err != nil {
			return fmt.Errorf("số liệu năm trước: %w", err)
		}
		if err := report.TakeBaseline(r, last, filepath.Base(*baseline)); err != nil {
			return err
		}
		changed = true
		fmt.Fprintf(env.Stdout, "Đã lấy số liệu năm %d từ %s để so sánh.\n", last.Year, *baseline)
	}
	if *set != "" {
		if err := setTyped(&r.Movement, *set); err != nil {
			return err
		}
		changed = true
	}
	if changed {
		target := path
		if *out != "" {
			target = draftName(*out)
			if filepath.Clean(target) != filepath.Clean(path) {
				if err := refuseOverwrite(target, *force); err != nil {
					return err
				}
			}
		}
		if err := draft.Save(target, r, "baocao "+Version); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã lưu bản nháp %s.\n\n", target)
	}
	f := r.Figures()
	fmt.Fprint(env.Stdout, f.Text())
	if !r.Movement.HasFigures() {
		fmt.Fprintln(env.Stdout, "\nBản nháp chưa có sổ mô hình hay số liệu nhập tay nên các số đều là 0. Đơn vị không lập sổ chi tiết có thể nhập số: --set so_mo_hinh_dang_ky=45,so_mo_hinh_cong_nhan=30 (tên các số: xem README, “Số liệu phong trào”).")
	}
	if ps := r.Validate().ForField(report.FieldMovement); len(ps) > 0 {
		fmt.Fprintln(env.Stdout)
		printProblemList(env.Stdout, ps)
	}
	return nil
}

// setTyped applies --set NAME=N,NAME=N,…: a count typed for the row whose
// placeholder is NAME; NAME= with no number clears it (the register's
// count is used again).
func setTyped(m *movement.Data, spec string) error {
	byName := map[string]string{}
	var names []string
	for _, r := range m.TypedKeys() {
		byName[r.Placeholder] = r.Key
		names = append(names, r.Placeholder)
	}
	for _, item := range strings.Split(spec, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(item), "=")
		name = strings.TrimSpace(name)
		key, known := byName[name]
		if !ok || !known {
			sort.Strings(names)
			return usagef("--set %q: cần dạng TÊN=SỐ với TÊN là một trong: %s", item, strings.Join(names, ", "))
		}
		val = strings.TrimSpace(val)
		if val == "" {
			delete(m.Typed, key)
			continue
		}
		n, err := strconv.Atoi(strings.ReplaceAll(val, ".", ""))
		if err != nil || n < 0 {
			return usagef("--set %s=%s: số phải là số nguyên không âm", name, val)
		}
		if m.Typed == nil {
			m.Typed = map[string]int{}
		}
		m.Typed[key] = n
	}
	return nil
}
