package xlsx

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/app/textnorm"
)

// guessRows is how many rows of data GuessColumns looks at.
const guessRows = 60

// GuessColumns guesses, for a list without header row whose data start at
// row index start, which column holds which field, from the data alone:
// a column of years 1930–2010 is the year of birth, "Nam"/"Nữ" the
// gender, "Giấy khen"/"Bằng khen" the award, long texts the achievement,
// and the first column of names (2 to 5 capitalised words) the name. It
// is only a guess, for the user to correct; a field no column fits is
// left out. Each column gets one field at most.
func GuessColumns(rows [][]string, start int) Mapping {
	if start < 0 {
		start = 0
	}
	end := min(len(rows), start+guessRows)
	ncols := 0
	for r := start; r < end; r++ {
		ncols = max(ncols, len(rows[r]))
	}
	m := Mapping{}
	taken := map[int]bool{}
	// The fields whose cells say what they are, first; the name last, in
	// the first column of names that none of them took.
	for _, g := range []struct {
		f  Field
		is func(string) bool
	}{
		{FieldBirthYear, isBirthYear},
		{FieldGender, isGender},
		{FieldAward, isAward},
		{FieldAchievement, isLongText},
		{FieldName, isPersonName},
	} {
		for c := 0; c < ncols; c++ {
			if !taken[c] && mostly(rows[start:end], c, g.is) {
				m[g.f], taken[c] = c, true
				break
			}
		}
	}
	return m
}

// mostly reports whether at least four in five of the filled cells of
// column c fit is (and at least one is filled).
func mostly(rows [][]string, c int, is func(string) bool) bool {
	filled, fit := 0, 0
	for _, r := range rows {
		v := textnorm.Line(cell(r, c))
		if v == "" {
			continue
		}
		filled++
		if is(v) {
			fit++
		}
	}
	return filled > 0 && fit*5 >= filled*4
}

func isBirthYear(v string) bool {
	n, err := strconv.Atoi(v)
	return err == nil && len(v) == 4 && n >= 1930 && n <= 2010
}

func isGender(v string) bool {
	k := textnorm.Key(v)
	return k == "nam" || k == "nu"
}

func isAward(v string) bool {
	k := textnorm.Key(v)
	return strings.Contains(k, "giay khen") || strings.Contains(k, "bang khen")
}

// isLongText: a sentence rather than a name or a unit (an achievement).
func isLongText(v string) bool {
	return utf8.RuneCountInString(v) >= 60 || len(strings.Fields(v)) >= 10
}

// isPersonName: 2 to 5 words of letters, each capitalised ("Nguyễn Văn
// An").
func isPersonName(v string) bool {
	words := strings.Fields(v)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}
