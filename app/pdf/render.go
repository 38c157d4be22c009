// Package pdf draws a document (package doc) as a print-ready A4 PDF in
// the form of a Party document (Hướng dẫn 36-HD/VPTW) or a state document
// (Decree 30/2020/NĐ-CP), with gofpdf and the embedded Liberation Serif
// fonts: it measures, wraps, paginates (keeping headings with what
// follows, repeating table headers) and draws. What is on the page —
// texts, their case, numbering, default titles — is decided by package
// compose, never here.
//
// RenderDocument draws any document; Render composes a report and draws
// it. Both write to any writer (the print preview rasterises exactly these
// bytes); WriteFile saves atomically, so a failed export never leaves a
// half-written file and never harms an existing one. Every figure of the
// page (margins, sizes, indents, spacing) lives in the document's
// doc.Layout.
//
//	model (report, movement) → compose → doc → pdf
//
// The package does not import Fyne, excelize or the workbook package; it
// reads the model only to compose a report in Render.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/draft"
	"baocao/app/report"

	"github.com/jung-kurt/gofpdf"
)

// Creator is written into the document information of every PDF.
const Creator = "baocao — Báo cáo công tác dân vận"

// Result tells what an export produced.
type Result struct {
	Pages    int       // number of pages
	Warnings []Warning // what the reader should check; the PDF was still written
}

// Messages returns the sentences of the warnings, for the user.
func (res Result) Messages() []string {
	var out []string
	for _, w := range res.Warnings {
		out = append(out, w.Message)
	}
	return out
}

// Options say which document an export is. The zero value is the final
// document.
type Options struct {
	// Draft marks the document as a draft circulated for comment: "DỰ
	// THẢO", or "DỰ THẢO LẦN n" with the report's DraftRound, boxed under
	// the number on page 1 (Layout.DraftMark).
	Draft bool
}

// options merges the optional options argument of Render and WriteFile.
func options(opts []Options) Options {
	var o Options
	for _, x := range opts {
		o.Draft = o.Draft || x.Draft
	}
	return o
}

// Render writes r as a PDF to w: the final document, or a draft with
// Options{Draft: true}. r is not changed; its texts are cleaned (NFC,
// control characters removed) on the way. Characters the fonts lack are
// replaced visibly and reported in Result.Warnings.
func Render(r *report.Report, w io.Writer, opts ...Options) (Result, error) {
	return render(r, w, time.Now(), opts...)
}

// WriteFile renders r into the file at path, atomically: the PDF goes to a
// temporary file beside path and replaces path only once it is complete.
func WriteFile(path string, r *report.Report, opts ...Options) (Result, error) {
	return writeFile(path, func(w io.Writer) (Result, error) { return Render(r, w, opts...) })
}

// WriteDocumentFile renders d into the file at path, atomically, as
// WriteFile does.
func WriteDocumentFile(path string, d *doc.Document) (Result, error) {
	return writeFile(path, func(w io.Writer) (Result, error) { return RenderDocument(d, w) })
}

func writeFile(path string, render func(io.Writer) (Result, error)) (Result, error) {
	// Render into memory first: a failure then costs nothing on disk, and
	// the file is written in one go.
	var buf bytes.Buffer
	res, err := render(&buf)
	if err != nil {
		return res, err
	}
	err = draft.WriteDocument(path, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	})
	if err != nil {
		return res, fmt.Errorf("không lưu được tệp PDF %s (kiểm tra thư mục có ghi được và ổ đĩa còn chỗ trống): %w", path, err)
	}
	return res, nil
}

// RenderDocument writes the document d as a PDF to w, with d's layout.
// Characters the fonts lack are replaced visibly and reported in
// Result.Warnings.
func RenderDocument(d *doc.Document, w io.Writer) (Result, error) {
	return renderDocument(d, w, time.Now())
}

func render(r *report.Report, w io.Writer, now time.Time, opts ...Options) (Result, error) {
	if r == nil {
		return Result{}, fmt.Errorf("không có báo cáo để xuất PDF")
	}
	return renderDocument(compose.Report(r, compose.ReportOptions{Draft: options(opts).Draft}), w, now)
}

func renderDocument(doc *doc.Document, w io.Writer, now time.Time) (res Result, err error) {
	if doc == nil || doc.Layout == nil {
		return Result{}, fmt.Errorf("không có văn bản (hoặc văn bản không có khổ trình bày) để xuất PDF")
	}
	fonts, err := loadFonts()
	if err != nil {
		return Result{}, err
	}
	defer func() {
		// gofpdf panics on a few inputs it cannot handle; turn that into
		// an error so that a bad draft never brings the program down.
		if p := recover(); p != nil {
			err = fmt.Errorf("lỗi nội bộ khi tạo PDF (hãy gửi bản nháp cho người hỗ trợ): %v", p)
		}
	}()
	d := newRenderer(doc, fonts)
	d.build()
	if err := d.pdf.Error(); err != nil {
		return Result{}, fmt.Errorf("tạo PDF: %w", err)
	}
	d.paginate()
	d.setInfo(now)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return Result{}, fmt.Errorf("tạo PDF: %w", err)
	}
	if _, err := w.Write(compressStreams(buf.Bytes())); err != nil {
		return Result{}, fmt.Errorf("ghi PDF: %w", err)
	}
	return Result{Pages: d.pdf.PageCount(), Warnings: d.clean.warnings}, nil
}

// renderer is one document being drawn: the blocks, their layout, the
// gofpdf document and the list of items to lay out on pages.
type renderer struct {
	doc   *doc.Document
	l     *Layout
	fonts *fontSet
	clean cleaner
	pdf   *gofpdf.Fpdf
	items []item

	cur    Text // font currently set in pdf
	curSet bool
	added  [numStyles]bool // faces added to pdf

	spaceNext float64 // extra space above the next paragraph
	pageNext  bool    // the next item starts a new page
}

// item is one unbreakable piece of the flow: a line of text, a table row,
// the header or closing block.
type item struct {
	h      float64 // height
	before float64 // space above it, dropped at the top of a page
	keep   bool    // must stay on the same page as the next item
	page   bool    // starts a new page
	table  *table  // the table the row belongs to: its header is repeated
	header bool    // the item is that table's header row
	split  *splitRow
	draw   func(y float64)
	// fixed is the size of a page of its own (doc.FixedPage) the item
	// fills: drawn on a new page of that size, followed by a new page.
	fixed *gofpdf.SizeType
}

func newRenderer(d *doc.Document, fonts *fontSet) *renderer {
	l := d.Layout
	p := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: l.PageWidth, Ht: l.PageHeight},
	})
	p.SetMargins(l.MarginLeft, l.MarginTop, l.MarginRight)
	p.SetAutoPageBreak(false, l.MarginBottom)
	p.SetCellMargin(0)
	p.SetCompression(false) // see compressStreams
	p.SetCatalogSort(true)  // the same report gives the same bytes
	return &renderer{doc: d, l: l, fonts: fonts, clean: cleaner{fonts: fonts}, pdf: p}
}

// setFont makes t the current font of the document.
func (d *renderer) setFont(t Text) {
	if d.curSet && d.cur.Size == t.Size && d.cur.Style == t.Style {
		return
	}
	if !d.added[t.Style] {
		// Faces are added when first used: gofpdf parses the font file
		// for every document it is added to and embeds every face added.
		// It gets a copy of its own: when it cuts the font it pads tables
		// by appending to slices of the bytes it was given, which would
		// write into the bytes every other document shares (a data race
		// when a preview and an export render at once).
		data := d.fonts.faces[t.Style].Data
		d.pdf.AddUTF8FontFromBytes(family, gofpdfStyle(t.Style), append(make([]byte, 0, len(data)), data...))
		d.added[t.Style] = true
	}
	d.pdf.SetFont(family, gofpdfStyle(t.Style), t.Size)
	d.cur, d.curSet = t, true
}

// Vertical metrics of Liberation Serif (hhea), in ems.
const (
	ascent  = 0.891
	descent = 0.216
)

// lineHeight is the height of a line of t at the given spacing.
func lineHeight(t Text, spacing float64) float64 { return t.Size * ptToMM * spacing }

// baseline is where text of t sits in a line box of height lh at top.
func baseline(t Text, top, lh float64) float64 {
	size := t.Size * ptToMM
	return top + (lh-(ascent+descent)*size)/2 + ascent*size
}

// text draws s at x with its line box at top.
func (d *renderer) text(x, top, lh float64, s string, t Text) {
	if s == "" {
		return
	}
	d.setFont(t)
	y := baseline(t, top, lh)
	d.pdf.Text(x, y, s)
	if t.Underline {
		size := t.Size * ptToMM
		d.pdf.SetLineWidth(0.05 * size)
		uy := y + 0.12*size
		d.pdf.Line(x, uy, x+d.fonts.width(s, t.Style, t.Size), uy)
	}
}

// centred draws s centred on cx.
func (d *renderer) centred(cx, top, lh float64, s string, t Text) {
	d.text(cx-d.fonts.width(s, t.Style, t.Size)/2, top, lh, s, t)
}

// justified draws s stretched to width w from x, by adjusting the spaces
// between words.
func (d *renderer) justified(x, top, lh, w float64, s string, t Text) {
	if !containsSpace(s) {
		d.text(x, top, lh, s, t)
		return
	}
	d.setFont(t)
	size := t.Size * ptToMM
	// CellFormat puts the baseline at y + h/2 + 0.3·size.
	y := baseline(t, top, lh) - lh/2 - 0.3*size
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, lh, s, "", 0, "J", false, 0, "")
}

func containsSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}

// rule draws a horizontal rule of length w centred on cx at y.
func (d *renderer) rule(cx, y, w float64) {
	d.pdf.SetLineWidth(d.l.RuleWidth)
	d.pdf.Line(cx-w/2, y, cx+w/2, y)
}

// add appends an item to the flow; after a page break it starts a page.
func (d *renderer) add(it item) {
	if d.pageNext {
		it.page, d.pageNext = true, false
	}
	d.items = append(d.items, it)
}

// newPage starts a page and numbers it from the second page on.
func (d *renderer) newPage() {
	d.pdf.AddPage()
	n := d.pdf.PageNo()
	if n < 2 {
		return
	}
	l := d.l
	t := l.PageNumber
	lh := lineHeight(t, 1)
	top := (l.MarginTop - lh) / 2
	d.centred(l.MarginLeft+l.TextWidth()/2, top, lh, fmt.Sprint(n), t)
}

// paginate places the items on pages: an item that does not fit goes to
// the next page, together with the items it must be kept with when they
// fit on one page; a table that continues on a new page gets its header
// row again.
func (d *renderer) paginate() {
	l := d.l
	top, bottom := l.MarginTop, l.PageHeight-l.MarginBottom
	if len(d.items) == 0 || d.items[0].fixed == nil {
		d.newPage()
	}
	y := top
	afterFixed := false
	const eps = 1e-6
	for i := 0; i < len(d.items); i++ {
		it := d.items[i]
		if it.fixed != nil {
			d.pdf.AddPageFormat("P", *it.fixed)
			it.draw(0)
			afterFixed = true
			continue
		}
		if afterFixed {
			d.newPage()
			y, afterFixed, it.page = top, false, false
		}
		if it.page && (i > 0 || y > top) {
			d.newPage()
			y = top
		}
		if it.split != nil {
			y = d.placeSplit(it, y)
			continue
		}
		before := it.before
		if y == top {
			before = 0
		}
		need := before + it.h
		// The chain of items kept together with this one.
		chain := need
		for j := i; j < len(d.items)-1 && d.items[j].keep && !d.items[j+1].page; j++ {
			chain += d.items[j+1].before + d.items[j+1].minHeight()
		}
		if y+need > bottom+eps || (y+chain > bottom+eps && chain <= bottom-top-d.headerRoom(it)) {
			if y > top {
				d.newPage()
				y = top
				before = 0
				if it.table != nil && !it.header {
					h := it.table.head
					h.draw(y)
					y += h.h
				}
			}
		}
		it.draw(y + before)
		y += before + it.h
	}
}

// placeSplit draws a row taller than a page from y on, continuing on new
// pages under the repeated header, and returns where it ends.
func (d *renderer) placeSplit(it item, y float64) float64 {
	l := d.l
	top, bottom := l.MarginTop, l.PageHeight-l.MarginBottom
	s := it.split
	for from := 0; from < s.lines; {
		k := int((bottom - y - 2*s.pad) / s.lh)
		if k < 3 && !(y == top+it.table.head.h) {
			d.newPage()
			y = top
			it.table.head.draw(y)
			y += it.table.head.h
			continue
		}
		to := min(from+max(k, 1), s.lines)
		s.draw(y, from, to)
		y += float64(to-from)*s.lh + 2*s.pad
		from = to
		if from < s.lines {
			y = bottom // the rest goes on the next page
		}
	}
	return y
}

// minHeight is the least of the item that must share a page with what
// comes before it: all of it, or the first lines of a row taller than a
// page.
func (it item) minHeight() float64 {
	if s := it.split; s != nil {
		return min(it.h, 3*s.lh+2*s.pad)
	}
	return it.h
}

// headerRoom is the height of the header row repeated above it on a new
// page, if it is a table row.
func (d *renderer) headerRoom(it item) float64 {
	if it.table != nil && !it.header {
		return it.table.head.h
	}
	return 0
}

// setInfo writes the document information.
func (d *renderer) setInfo(now time.Time) {
	info := d.doc.Info
	d.pdf.SetTitle(d.clean.quiet(info.Title), true)
	d.pdf.SetAuthor(d.clean.quiet(info.Author), true)
	d.pdf.SetSubject(d.clean.quiet(info.Subject), true)
	d.pdf.SetKeywords(d.clean.quiet(info.Keywords), true)
	d.pdf.SetCreator(Creator, true)
	d.pdf.SetProducer(Creator+" (gofpdf)", true)
	d.pdf.SetCreationDate(now)
	d.pdf.SetModificationDate(now)
}
