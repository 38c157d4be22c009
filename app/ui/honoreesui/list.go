package honoreesui

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"baocao/app/report"
	"baocao/app/textnorm"
)

// Kind says which of the two honoree tables a list shows.
type Kind int

const (
	// Individuals are the people commended (cá nhân).
	Individuals Kind = iota
	// Collectives are the units commended (tập thể).
	Collectives
)

// column is a column of the honoree table, in the order the table shows
// them for individuals. Collectives leave out colPosition.
type column int

const (
	colSTT column = iota
	colName
	colPosition
	colUnit
	colAchievement
	colAward
	colNote
	colBirthYear // shown when some row has a year of birth
	colGender    // shown when some row has a gender
)

// field returns the text of h shown in column c.
func field(h *report.Honoree, c column) string {
	switch c {
	case colName:
		return h.Name
	case colPosition:
		return h.Position
	case colUnit:
		return h.Unit
	case colAchievement:
		return h.Achievement
	case colAward:
		return h.Award
	case colNote:
		return h.Note
	case colBirthYear:
		if h.BirthYear > 0 {
			return strconv.Itoa(h.BirthYear)
		}
	case colGender:
		if h.Gender != "" {
			return h.Gender.Label()
		}
	}
	return ""
}

// searchColumns are the fields a search looks in.
var searchColumns = []column{colName, colPosition, colUnit, colAchievement, colAward, colNote, colBirthYear}

// list is the view of one honoree table: which rows of the report's slice
// match the search, in which order. It holds no widgets, so that the
// logic can be tested and measured on its own. It is used from the UI
// goroutine only.
type list struct {
	kind  Kind
	items *[]report.Honoree // the report's slice: edits go straight to the report

	rows []int // indices into *items, in display order

	query   []string // folded search words; a row matches when it holds them all
	spread  int      // rows holding the words only across fields, left out (see matching)
	sortCol column   // colSTT: the report's order
	desc    bool

	folded  []string                     // folded search text of each item, built on first search
	sortKey [][]byte                     // collation key of each item for sortCol, built on first sort
	dups    map[string][2]int            // the first two report indices of each Honoree.Key, -1 when none
	pairs   map[int][]report.HonoreePair // the rows of one name and unit, by each of their indices; built on demand
}

func newList(kind Kind, items *[]report.Honoree) *list {
	l := &list{kind: kind, items: items}
	l.refresh()
	return l
}

// len returns the number of rows shown.
func (l *list) len() int { return len(l.rows) }

// total returns the number of honorees in the report.
func (l *list) total() int { return len(*l.items) }

// at returns the report index of display row r, or -1 when r is out of range.
func (l *list) at(r int) int {
	if r < 0 || r >= len(l.rows) {
		return -1
	}
	return l.rows[r]
}

// rowOf returns the display row of report index i, or -1 when it is hidden.
func (l *list) rowOf(i int) int {
	for r, x := range l.rows {
		if x == i {
			return r
		}
	}
	return -1
}

// setQuery filters the rows by the words of q, folded: "nguyen van" finds
// "Nguyễn Văn An".
func (l *list) setQuery(q string) {
	l.query = strings.Fields(textnorm.Key(q))
	l.refresh()
}

// filtered reports whether a search hides some rows.
func (l *list) filtered() bool { return len(l.query) > 0 }

// sortBy orders the rows by column c. Asking again for the same column
// turns the order around, and a third time goes back to the report's
// order. colSTT always means the report's order.
func (l *list) sortBy(c column) {
	switch {
	case c == colSTT:
		l.sortCol, l.desc = colSTT, false
	case c != l.sortCol:
		l.sortCol, l.desc, l.sortKey = c, false, nil
	case !l.desc:
		l.desc = true
	default:
		l.sortCol, l.desc = colSTT, false
	}
	l.refresh()
}

// changed drops what was computed from the items; call it after every
// change to the slice.
func (l *list) changed() {
	l.folded, l.sortKey, l.dups, l.pairs = nil, nil, nil, nil
	l.refresh()
}

// pairOf returns the first pair of rows with one name and unit that
// report index i belongs to and that the user has not confirmed as two
// people (report.HonoreePairs).
func (l *list) pairOf(i int) (report.HonoreePair, bool) {
	if l.pairs == nil {
		l.buildPairs()
	}
	for _, p := range l.pairs[i] {
		if !p.Confirmed {
			return p, true
		}
	}
	return report.HonoreePair{}, false
}

// buildPairs finds the pairs of rows with one name and unit. Rows whose
// name and unit differ even folded loosely cannot pair (report.PersonKey
// is stricter), so only the few rows that share a loose key are given to
// report.HonoreePairs: a list of 10,000 people costs milliseconds.
func (l *list) buildPairs() {
	items := *l.items
	l.pairs = map[int][]report.HonoreePair{}
	first := make(map[string]int, len(items))
	candidate := make([]bool, len(items))
	for i := range items {
		k := looseKey(items[i].Name) + "\x00" + looseKey(items[i].Unit)
		if j, ok := first[k]; ok {
			candidate[i], candidate[j] = true, true
		} else {
			first[k] = i
		}
	}
	var index []int
	var some []report.Honoree
	for i, c := range candidate {
		if c {
			index = append(index, i)
			some = append(some, items[i])
		}
	}
	for _, p := range report.HonoreePairs(some) {
		p.First, p.Second = index[p.First], index[p.Second]
		l.pairs[p.First] = append(l.pairs[p.First], p)
		l.pairs[p.Second] = append(l.pairs[p.Second], p)
	}
}

// looseKey folds s as a search does (foldFast), spacing ignored.
func looseKey(s string) string {
	s = foldFast(s)
	if strings.Contains(s, "  ") || strings.TrimSpace(s) != s || strings.ContainsAny(s, "\t\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// hasBirth reports whether some honoree has a year of birth, and whether
// some has a gender.
func (l *list) hasBirth() (year, gender bool) {
	items := *l.items
	for i := range items {
		year = year || items[i].BirthYear > 0
		gender = gender || items[i].Gender != ""
		if year && gender {
			break
		}
	}
	return year, gender
}

// duplicate returns the report index of a row whose name and unit fold
// to key (see report.Honoree.Key), other than except, or -1.
func (l *list) duplicate(key string, except int) int {
	if l.dups == nil {
		items := *l.items
		l.dups = make(map[string][2]int, len(items))
		for i := range items {
			k := items[i].Key()
			d, ok := l.dups[k]
			switch {
			case !ok:
				l.dups[k] = [2]int{i, -1}
			case d[1] < 0:
				l.dups[k] = [2]int{d[0], i}
			}
		}
	}
	d, ok := l.dups[key]
	switch {
	case !ok:
		return -1
	case d[0] != except:
		return d[0]
	}
	return d[1]
}

// refresh recomputes the rows from the items, the search and the order.
func (l *list) refresh() {
	n := len(*l.items)
	rows := l.rows[:0]
	l.spread = 0
	if len(l.query) == 0 {
		for i := 0; i < n; i++ {
			rows = append(rows, i)
		}
	} else {
		rows = l.matching(rows)
	}
	l.rows = rows
	if l.sortCol == colSTT {
		if l.desc {
			reverse(l.rows)
		}
		return
	}
	l.buildSortKeys()
	keys, desc := l.sortKey, l.desc
	sort.SliceStable(l.rows, func(a, b int) bool {
		c := bytes.Compare(keys[l.rows[a]], keys[l.rows[b]])
		if desc {
			return c > 0
		}
		return c < 0
	})
}

// matching appends to rows the items that hold every search word. When
// the query has several words and some rows hold them all within one
// field, only those are kept: "hoang thi" finds the people named Hoàng
// Thị, not every row with "Hoàng" in the name and "thi đua" in the
// achievement. l.spread counts the rows left out that way.
func (l *list) matching(rows []int) []int {
	l.buildFolded()
	l.spread = 0
	start := len(rows)
	var within []int
	for i := range l.folded {
		if !containsAll(l.folded[i], l.query) {
			continue
		}
		rows = append(rows, i)
		if len(l.query) > 1 && inOneField(l.folded[i], l.query) {
			within = append(within, i)
		}
	}
	if len(within) > 0 && len(within) < len(rows)-start {
		l.spread = len(rows) - start - len(within)
		rows = append(rows[:start], within...)
	}
	return rows
}

// inOneField reports whether one line of s (a field, see buildFolded)
// holds every word.
func inOneField(s string, words []string) bool {
	for s != "" {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if containsAll(line, words) {
			return true
		}
	}
	return false
}

func (l *list) buildFolded() {
	if len(l.folded) == len(*l.items) {
		return
	}
	items := *l.items
	l.folded = make([]string, len(items))
	var b strings.Builder
	for i := range items {
		b.Reset()
		for _, c := range searchColumns {
			if s := field(&items[i], c); s != "" {
				b.WriteString(foldFast(s))
				b.WriteByte('\n') // words never match across fields
			}
		}
		l.folded[i] = b.String()
	}
}

// buildSortKeys computes a Vietnamese collation key for every item. Names
// of individuals sort by given name first (the last word), then by the
// whole name, as Vietnamese lists do: "Trần Văn An" comes before "Lê Thị
// Bình".
func (l *list) buildSortKeys() {
	if len(l.sortKey) == len(*l.items) {
		return
	}
	items := *l.items
	col := collate.New(language.Vietnamese, collate.IgnoreCase)
	var buf collate.Buffer
	l.sortKey = make([][]byte, len(items))
	for i := range items {
		s := field(&items[i], l.sortCol)
		if l.sortCol == colName && l.kind == Individuals {
			if k := strings.LastIndexByte(strings.TrimSpace(s), ' '); k >= 0 {
				s = strings.TrimSpace(s)[k+1:] + " " + s
			}
		}
		key := col.KeyFromString(&buf, s)
		l.sortKey[i] = append([]byte(nil), key...)
		buf.Reset()
	}
}

// foldFast is textnorm.Key for text already in the report, which was
// cleaned on the way in (NFC, single spaces): each letter folds on its
// own, through a table for the Latin letters Vietnamese uses, so that
// folding 10,000 rows takes milliseconds. Line breaks are kept; a search
// word never spans them.
func foldFast(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	foldOnce.Do(buildFoldTable)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(unicode.ToLower(r))
		case int(r) < len(foldTable) && foldKnown[r]:
			b.WriteString(foldTable[r])
		default:
			b.WriteString(foldRune(r))
		}
	}
	return b.String()
}

var (
	foldOnce  sync.Once
	foldTable [0x1F00]string // folded form of each rune below U+1F00
	foldKnown [0x1F00]bool
)

// buildFoldTable folds Latin-1, Latin Extended-A and -B, the combining
// marks and Latin Extended Additional (where most Vietnamese letters are).
func buildFoldTable() {
	for _, rg := range [][2]rune{{0x80, 0x250}, {0x300, 0x370}, {0x1E00, 0x1F00}} {
		for r := rg[0]; r < rg[1]; r++ {
			foldTable[r], foldKnown[r] = foldRune(r), true
		}
	}
}

// foldRune folds one rune as textnorm.Key does; a space stays a space.
func foldRune(r rune) string {
	if unicode.IsSpace(r) {
		return " "
	}
	return textnorm.Key(string(r))
}

// containsAll reports whether each of words begins a word of s: "ha"
// finds "Thu Hà" and "Hạnh", not the "ha" inside "Khang".
func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !startsWord(s, w) {
			return false
		}
	}
	return true
}

func startsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
		off = i + 1
	}
}

func reverse(a []int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}
