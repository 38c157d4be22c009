// Package docx writes a document (package doc) as an editable Word copy
// (.docx, WordprocessingML) that looks like the PDF of package pdf: the
// same blocks, the same doc.Layout (A4, the form's margins, Times New
// Roman at its sizes, the header and closing blocks as borderless
// tables, honoree tables with a header row Word repeats on every page,
// page numbers from page 2). It is real Word structure — styles (Normal,
// Heading 1 for I., Heading 2 for 1.), Word's numbering for lists, a PAGE
// field — and text stays text a user can edit.
//
// It writes the few parts a Word file needs itself, with archive/zip:
// no Go library for WordprocessingML that is kept up and served by the
// module proxy fits (see the commit that added the package), and the
// format asked of it is small. No part holds a macro, a formula or an
// external link.
//
//	model (report, movement) → compose → doc → docx
//
// The package imports neither pdf nor Fyne.
package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"

	"baocao/app/compose"
	"baocao/app/doc"
	"baocao/app/draft"
	"baocao/app/report"
)

// Creator is the application named in the document's properties.
const Creator = "baocao — Báo cáo công tác dân vận"

// Options say which document an export is. The zero value is the final
// document.
type Options struct {
	// Draft marks the report as a draft circulated for comment ("DỰ
	// THẢO", boxed under the number, as in the PDF).
	Draft bool
}

// Render composes report r and writes it as a .docx to w.
func Render(r *report.Report, w io.Writer, opts Options) error {
	if r == nil {
		return fmt.Errorf("không có báo cáo để xuất Word")
	}
	return RenderDocument(compose.Report(r, compose.ReportOptions{Draft: opts.Draft}), w)
}

// WriteFile renders report r into the file at path, atomically: the file
// is written whole beside path and replaces it only once complete, so a
// failed export never leaves a half-written file nor harms an old one.
func WriteFile(path string, r *report.Report, opts Options) error {
	if r == nil {
		return fmt.Errorf("không có báo cáo để xuất Word")
	}
	return WriteDocumentFile(path, compose.Report(r, compose.ReportOptions{Draft: opts.Draft}))
}

// WriteDocumentFile renders d into the file at path, atomically, as
// WriteFile does. An exported document gets the mode the README gives
// exports (that of the file it replaces, or 0644).
func WriteDocumentFile(path string, d *doc.Document) error {
	var buf bytes.Buffer
	if err := RenderDocument(d, &buf); err != nil {
		return err
	}
	err := draft.WriteDocument(path, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	})
	if err != nil {
		return fmt.Errorf("không lưu được tệp Word %s (kiểm tra thư mục có ghi được và ổ đĩa còn chỗ trống): %w", path, err)
	}
	return nil
}

// RenderDocument writes d as a .docx to w, with d's layout.
func RenderDocument(d *doc.Document, w io.Writer) error {
	return renderDocument(d, w, time.Now())
}

func renderDocument(d *doc.Document, w io.Writer, now time.Time) error {
	if d == nil || d.Layout == nil {
		return fmt.Errorf("không có văn bản (hoặc văn bản không có khổ trình bày) để xuất Word")
	}
	if err := loadFaces(); err != nil {
		return err
	}
	bd := &builder{d: d, l: d.Layout}
	if err := bd.build(); err != nil {
		return err
	}
	var body bytes.Buffer
	body.Grow(4096 + 1200*len(d.Blocks))
	bd.writeDocument(&body)

	zw := zip.NewWriter(w)
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(contentTypes)},
		{"_rels/.rels", []byte(rootRels)},
		{"docProps/core.xml", coreProps(d.Info, now)},
		{"docProps/app.xml", []byte(appProps)},
		{"word/_rels/document.xml.rels", []byte(documentRels)},
		{"word/document.xml", body.Bytes()},
		{"word/styles.xml", styles(d.Layout)},
		{"word/settings.xml", []byte(settings)},
		{"word/numbering.xml", numbering(d.Layout, bd.lists)},
		{"word/fontTable.xml", []byte(fontTable)},
		{"word/header1.xml", pageHeader(d.Layout)},
		{"word/header2.xml", []byte(emptyHeader)},
	}
	for _, p := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: now})
		if err != nil {
			return fmt.Errorf("tạo tệp Word: %w", err)
		}
		if _, err := fw.Write(p.data); err != nil {
			return fmt.Errorf("ghi tệp Word: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ghi tệp Word: %w", err)
	}
	return nil
}

const nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// writeDocument writes document.xml: the body and the section (A4, the
// form's margins, a first page without a page number).
func (bd *builder) writeDocument(b *bytes.Buffer) {
	l := bd.l
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:document " + nsW + "><w:body>")
	for _, n := range bd.nodes {
		n.write(b)
	}
	// The page number stands centred in the top margin, as in the PDF.
	numH := l.PageNumber.Size * doc.PtToMM
	b.WriteString(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="first" r:id="rIdFirst"/>`)
	b.WriteString(`<w:pgSz w:w="` + itoa(tw(l.PageWidth)) + `" w:h="` + itoa(tw(l.PageHeight)) + `"/>`)
	b.WriteString(`<w:pgMar w:top="` + itoa(tw(l.MarginTop)) + `" w:right="` + itoa(tw(l.MarginRight)) + `" w:bottom="` +
		itoa(tw(l.MarginBottom)) + `" w:left="` + itoa(tw(l.MarginLeft)) + `" w:header="` + itoa(tw(max(l.MarginTop-numH, 0)/2)) +
		`" w:footer="` + itoa(tw(l.MarginBottom/2)) + `" w:gutter="0"/>`)
	b.WriteString(`<w:titlePg/></w:sectPr></w:body></w:document>`)
}
