package movement

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mismatch is a number typed in the text that the figures table
// contradicts: "123 mô hình được công nhận" where the table has 121.
type Mismatch struct {
	Phrase      string // the words as written, e.g. "123 mô hình được công nhận"
	Said        int    // the number in the text
	Want        int    // the table's count
	Key         string // the row it was compared with
	Placeholder string // the placeholder that writes the table's count
	LastYear    bool   // the text speaks of last year; compared with the baseline
}

// The text check looks for a number followed by "mô hình" and/or "điển
// hình" and a word of a stage (đăng ký, công nhận, tiêu biểu, đề nghị khen
// thưởng) in the same clause, and compares the number with every count
// the phrase could mean: the kind's or the total's, cumulative or at that
// stage only, at the level the clause names. Only a number that matches
// none is reported. Numbers it cannot place are left alone: after "tăng",
// "giảm", "hơn", "trên", "khoảng" (a change or an estimate), with "chưa"
// or "không" before the stage word, "đăng ký mới" (this year's new
// entries), "gương điển hình" (usually the honorees), and a clause without
// a stage word.

var (
	countRe = regexp.MustCompile(`(?i)(\d{1,3}(?:\.\d{3})+|\d+)\s+((?:gương\s+)?mô\s+hình(?:\s*(?:,|và|/|hoặc)\s*điển\s+hình)?|(?:gương\s+)?điển\s+hình(?:\s*(?:,|và|/|hoặc)\s*mô\s+hình)?)`)
	stageRe = regexp.MustCompile(`(?i)(đề\s+nghị\s+(?:cấp\s+trên\s+)?(?:khen|tặng|trao)|đề\s+xuất\s+khen|tiêu\s+biểu|công\s+nhận|đăng\s+ký)`)
	// a clause ends at these; a dot or comma only before a space or the end
	// (not inside "2.071")
	clauseEndRe = regexp.MustCompile(`[;:!?\n()]|[.,](?:\s|$)`)
	lastYearRe  = regexp.MustCompile(`(?i)năm\s+trước|năm\s+ngoái|cùng\s+kỳ|năm\s+(\d{4})`)
	levelRe     = regexp.MustCompile(`(?i)cấp\s+(cơ\s+sở|quận|huyện|xã|phường|thị\s+xã|tỉnh|thành\s+phố|trung\s+ương)`)
	// words before a number that make it a change or an estimate
	hedges = []string{"tăng", "giảm", "thêm", "hơn", "trên", "gần", "khoảng", "xấp xỉ", "gấp", "vượt", "dưới", "chưa đến", "tới", "đến"}
)

// CheckText returns the numbers in text that contradict the figures of
// year f.Year. A text with no figures behind it (no register, no typed
// counts) should not be checked: the caller decides (report.Validate
// checks only when Data.HasFigures).
func CheckText(text string, f Figures) []Mismatch {
	if !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	matches := countRe.FindAllStringSubmatchIndex(text, -1)
	var out []Mismatch
	for i, m := range matches {
		start, end := m[0], m[1]
		if !numberStarts(text, start) || hedged(text[:start]) {
			continue
		}
		noun := strings.ToLower(text[m[4]:m[5]])
		if strings.HasPrefix(noun, "gương") {
			continue
		}
		left, right := clauseBounds(text, start, end)
		prevEnd, nextStart := left, right
		if i > 0 {
			prevEnd = max(left, matches[i-1][1])
		}
		if i+1 < len(matches) {
			nextStart = min(right, matches[i+1][0])
		}
		stage, ks, ke, ok := findStage(text, end, nextStart, prevEnd, start)
		if !ok {
			continue
		}
		said, err := strconv.Atoi(strings.ReplaceAll(text[m[2]:m[3]], ".", ""))
		if err != nil {
			continue
		}
		clause := text[left:right]
		lastYear := mentionsOtherYear(clause, f.Year)
		if lastYear && !f.HasBaseline() {
			continue
		}
		keys := candidates(noun, stage, levelsIn(clause, stage))
		if matchesAny(f, keys, said, lastYear) {
			continue
		}
		want, _ := f.Row(keys[0])
		mm := Mismatch{Said: said, Key: want.Key, Want: want.This, Placeholder: want.Placeholder, LastYear: lastYear,
			Phrase: phrase(text, start, end, ks, ke)}
		if lastYear {
			mm.Want, mm.Placeholder = want.Last, want.Placeholder+SuffixLastYear
		}
		out = append(out, mm)
	}
	return out
}

// numberStarts reports whether the number at i is a number of its own,
// not the tail of "2016-17", "x12" or "1,5".
func numberStarts(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',' || r == '-' || r == '/')
}

// hedged reports whether the words right before a number make it a change
// or an estimate.
func hedged(before string) bool {
	tail := strings.ToLower(strings.TrimSpace(before))
	for _, h := range hedges {
		if strings.HasSuffix(tail, h) {
			cut := tail[:len(tail)-len(h)]
			if r, _ := utf8.DecodeLastRuneInString(cut); cut == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func clauseBounds(text string, start, end int) (left, right int) {
	left, right = 0, len(text)
	for _, b := range clauseEndRe.FindAllStringIndex(text, -1) {
		if b[1] <= start {
			left = b[1]
		} else if b[0] >= end {
			right = b[0]
			break
		}
	}
	return
}

// findStage finds the stage word after the phrase (up to the next phrase)
// or, failing that, before it (after the previous phrase).
func findStage(text string, afterFrom, afterTo, beforeFrom, beforeTo int) (Stage, int, int, bool) {
	try := func(from, to int, last bool) (Stage, int, int, bool) {
		if from >= to {
			return "", 0, 0, false
		}
		seg := text[from:to]
		all := stageRe.FindAllStringIndex(seg, -1)
		if len(all) == 0 {
			return "", 0, 0, false
		}
		k := all[0]
		if last {
			k = all[len(all)-1]
		}
		ks, ke := from+k[0], from+k[1]
		if negated(text[:ks]) || newEntries(text[ke:]) {
			return "", ks, ke, true // found, but not a count the table has
		}
		return stageOf(text[ks:ke]), ks, ke, true
	}
	if s, ks, ke, ok := try(afterFrom, afterTo, false); ok {
		return s, ks, ke, s != ""
	}
	s, ks, ke, ok := try(beforeFrom, beforeTo, true)
	return s, ks, ke, ok && s != ""
}

func negated(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	for i := len(w) - 1; i >= 0 && i >= len(w)-2; i-- {
		if w[i] == "chưa" || w[i] == "không" {
			return true
		}
	}
	return false
}

func newEntries(after string) bool {
	w := strings.Fields(strings.ToLower(after))
	return len(w) > 0 && strings.TrimRight(w[0], ".,;:") == "mới"
}

func stageOf(word string) Stage {
	w := strings.ToLower(strings.Join(strings.Fields(word), " "))
	switch {
	case strings.HasPrefix(w, "đề"):
		return StageProposed
	case w == "tiêu biểu":
		return StageOutstanding
	case w == "công nhận":
		return StageRecognised
	}
	return StageRegistered
}

func mentionsOtherYear(clause string, year int) bool {
	for _, m := range lastYearRe.FindAllStringSubmatch(clause, -1) {
		if m[1] == "" {
			return true
		}
		if y, err := strconv.Atoi(m[1]); err == nil && y < year {
			return true
		}
	}
	return false
}

func levelsIn(clause string, stage Stage) []Level {
	if stage != StageRecognised {
		return nil
	}
	var out []Level
	for _, m := range levelRe.FindAllStringSubmatch(clause, -1) {
		switch w := strings.ToLower(strings.Join(strings.Fields(m[1]), " ")); w {
		case "cơ sở":
			out = append(out, LevelGrassroots)
		case "tỉnh":
			out = append(out, LevelProvince)
		case "thành phố":
			out = append(out, LevelProvince, LevelDistrict) // a city may be either
		case "trung ương":
			out = append(out, LevelCentral)
		default:
			out = append(out, LevelDistrict)
		}
	}
	return out
}

// candidates are the rows a phrase may mean, the likeliest first; the
// "only at this stage" counts are matched by matchesAny.
func candidates(noun string, stage Stage, levels []Level) []string {
	hasModel, hasExemplar := strings.Contains(noun, "mô"), strings.Contains(noun, "điển")
	var keys []string
	switch {
	case hasModel && hasExemplar:
		keys = []string{TotalKey(stage)}
	case hasExemplar:
		keys = []string{KindStageKey(KindExemplar, stage), TotalKey(stage)}
	default:
		keys = []string{KindStageKey(KindModel, stage), TotalKey(stage)}
	}
	for _, l := range levels {
		keys = append(keys, LevelKey(l))
	}
	return keys
}

// matchesAny reports whether n is the count of one of the rows,
// cumulative or at that stage only (the next stage taken away).
func matchesAny(f Figures, keys []string, n int, lastYear bool) bool {
	val := func(k string) (int, bool) {
		r, ok := f.Row(k)
		if !ok {
			return 0, false
		}
		if lastYear {
			return r.Last, r.HasLast
		}
		return r.This, true
	}
	for _, k := range keys {
		v, ok := val(k)
		if !ok {
			return true // nothing to compare with: do not warn
		}
		if v == n {
			return true
		}
		if next := nextStageKey(k); next != "" {
			if w, ok := val(next); ok && v-w == n {
				return true
			}
		}
	}
	return false
}

// nextStageKey is the key of the same row at the next stage ("" for the
// last stage or a row without stages).
func nextStageKey(key string) string {
	for i, s := range Stages[:len(Stages)-1] {
		for _, p := range []string{keyModels, keyExemplars, keyTotal} {
			if key == p+string(s) {
				return p + string(Stages[i+1])
			}
		}
	}
	return ""
}

// phrase quotes the words of the claim: the number, its noun and the
// stage word, whichever comes first, at most 80 bytes between.
func phrase(text string, start, end, ks, ke int) string {
	from, to := start, end
	if ks >= end && ke-start <= 120 {
		to = ke
	} else if ke <= start && end-ks <= 120 {
		from = ks
	}
	return strings.Join(strings.Fields(text[from:to]), " ")
}
