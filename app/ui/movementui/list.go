package movementui

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"baocao/app/movement"
	"baocao/app/textnorm"
)

// column is a column of the register table.
type column int

const (
	colSTT column = iota
	colName
	colUnit
	colKind
	colField
	colStage
	colLevel
	colYear
	colLastYear // "từ năm trước"
	colCount
)

// cellText returns the text of e shown in column c.
func cellText(e *movement.Entry, c column) string {
	switch c {
	case colName:
		return e.Name
	case colUnit:
		return e.Unit
	case colKind:
		if e.Kind.Valid() {
			return kindShort(e.Kind)
		}
		return string(e.Kind)
	case colField:
		return e.Field
	case colStage:
		if e.Stage.Valid() {
			return stageLabel(e.Stage)
		}
		return string(e.Stage)
	case colLevel:
		if e.Level.Valid() {
			return levelLabel(e.Level)
		}
		return string(e.Level)
	case colYear:
		if e.StartYear > 0 {
			return strconv.Itoa(e.StartYear)
		}
	case colLastYear:
		if e.FromLastYear {
			return tr("movement.col.fromLastYearMark", "✓ năm trước")
		}
	}
	return ""
}

// kindShort is the kind's name in the table, where room is short.
func kindShort(k movement.Kind) string {
	if k == movement.KindExemplar {
		return tr("movement.kind.exemplar", "Điển hình")
	}
	return tr("movement.kind.model", "Mô hình")
}

// searchColumns are the columns a search looks in.
var searchColumns = []column{colName, colUnit, colKind, colField, colStage, colLevel, colYear, colLastYear}

// list is the register as the table shows it: which entries match the
// search, in which order, as indices into the report's slice. It holds no
// widgets, so that it can be tested and measured on its own.
type list struct {
	items *[]movement.Entry

	rows    []int
	query   []string
	sortCol column // colSTT: the register's order
	desc    bool

	folded  []string // folded search text of each entry, built on first search
	sortKey [][]byte // collation key of each entry for sortCol, built on first sort
}

func newList(items *[]movement.Entry) *list {
	l := &list{items: items}
	l.refresh()
	return l
}

func (l *list) len() int   { return len(l.rows) }
func (l *list) total() int { return len(*l.items) }

// at returns the register index of display row r, or -1.
func (l *list) at(r int) int {
	if r < 0 || r >= len(l.rows) {
		return -1
	}
	return l.rows[r]
}

// rowOf returns the display row of register index i, or -1 when hidden.
func (l *list) rowOf(i int) int {
	for r, x := range l.rows {
		if x == i {
			return r
		}
	}
	return -1
}

// setQuery keeps the entries holding every word of q, folded: "kinh te"
// finds "Kinh tế".
func (l *list) setQuery(q string) {
	l.query = strings.Fields(textnorm.Key(q))
	l.refresh()
}

func (l *list) filtered() bool { return len(l.query) > 0 }

// sortBy orders by column c; again turns the order around, a third time
// goes back to the register's order.
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

// changed drops what was computed from the entries; call it after every
// change to the slice.
func (l *list) changed() {
	l.folded, l.sortKey = nil, nil
	l.refresh()
}

func (l *list) refresh() {
	n := len(*l.items)
	rows := l.rows[:0]
	if len(l.query) == 0 {
		for i := 0; i < n; i++ {
			rows = append(rows, i)
		}
	} else {
		rows = l.matching(rows)
	}
	l.rows = rows
	if l.sortCol == colSTT {
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

// matching appends the entries holding every search word. When some hold
// them all within one column, only those are kept: "dien hinh" finds the
// exemplars, not a model whose name has "diễn" ("Mô hình" in its kind).
func (l *list) matching(rows []int) []int {
	l.buildFolded()
	start := len(rows)
	var within []int
	for i := range l.folded {
		if !containsAll(l.folded[i], l.query) {
			continue
		}
		rows = append(rows, i)
		if len(l.query) > 1 && inOneColumn(l.folded[i], l.query) {
			within = append(within, i)
		}
	}
	if len(within) > 0 && len(within) < len(rows)-start {
		rows = append(rows[:start], within...)
	}
	return rows
}

// inOneColumn reports whether one line of s (a column) holds every word.
func inOneColumn(s string, words []string) bool {
	for _, line := range strings.Split(s, "\n") {
		if line != "" && containsAll("\n"+line, words) {
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
	// Kinds, fields, stages, levels and units repeat: each text is
	// folded once.
	seen := map[string]string{}
	fold := func(s string) string {
		k, ok := seen[s]
		if !ok {
			k = textnorm.Key(s)
			seen[s] = k
		}
		return k
	}
	var b strings.Builder
	for i := range items {
		b.Reset()
		b.WriteByte('\n')
		for _, c := range searchColumns {
			if s := cellText(&items[i], c); s != "" {
				b.WriteString(fold(s))
				b.WriteByte('\n') // words never match across columns
			}
		}
		l.folded[i] = b.String()
	}
}

func (l *list) buildSortKeys() {
	if len(l.sortKey) == len(*l.items) {
		return
	}
	items := *l.items
	col := collate.New(language.Vietnamese, collate.IgnoreCase, collate.Numeric)
	var buf collate.Buffer
	l.sortKey = make([][]byte, len(items))
	for i := range items {
		s := cellText(&items[i], l.sortCol)
		if l.sortCol == colStage { // the stages' own order, not the alphabet
			s = strconv.Itoa(items[i].Stage.Rank())
		}
		l.sortKey[i] = append([]byte(nil), col.KeyFromString(&buf, s)...)
		buf.Reset()
	}
}

// containsAll reports whether each word begins a word of s (s starts
// with a separator, see buildFolded): "te" finds "tế", not "mặt tế".
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
		if i > 0 && !isWordByte(s[i-1]) {
			return true
		}
		off = i + 1
	}
}

// isWordByte: folded text is ASCII letters and digits for the words.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}
