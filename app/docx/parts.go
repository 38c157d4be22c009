package docx

import (
	"bytes"
	"strings"
	"time"

	"baocao/app/doc"
)

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const contentTypes = xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const rootRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const documentRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>` +
	`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>` +
	`</Relationships>`

const appProps = xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>baocao</Application><DocSecurity>0</DocSecurity></Properties>`

const settings = xmlHead + `<w:settings ` + nsW + `><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
	`<w:characterSpacingControl w:val="doNotCompress"/><w:compat>` +
	`<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>` +
	`</w:compat></w:settings>`

const fontTable = xmlHead + `<w:fonts ` + nsW + `><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>` +
	`<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`

const emptyHeader = xmlHead + `<w:hdr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>`

// coreProps is the document's properties: title, author, subject,
// keywords, dates.
func coreProps(info doc.Info, now time.Time) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	el := func(name, s string) {
		b.WriteString("<" + name + ">")
		esc(&b, clean(s))
		b.WriteString("</" + name + ">")
	}
	el("dc:title", info.Title)
	el("dc:subject", info.Subject)
	el("dc:creator", info.Author)
	el("cp:keywords", info.Keywords)
	el("cp:lastModifiedBy", info.Author)
	stamp := now.UTC().Format("2006-01-02T15:04:05Z")
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return b.Bytes()
}

// pageHeader is the header of pages 2 on: the page number, a PAGE field,
// centred.
func pageHeader(l *doc.Layout) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<w:hdr ` + nsW + `>`)
	p := &para{style: "Header", jc: "center"}
	p.runs = []run{{field: " PAGE ", text: "2", font: l.PageNumber}}
	p.write(&b)
	b.WriteString(`</w:hdr>`)
	return b.Bytes()
}

// styles writes the styles: Normal is the body (justified, first line
// indented, the form's spacing), Heading 1 and 2 the sections and
// points, Centred the centred lines, Cell a table's text.
func styles(l *doc.Layout) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<w:styles ` + nsW + `>`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`)
	sz := itoa(halfPt(l.Body.Size))
	b.WriteString(`<w:sz w:val="` + sz + `"/><w:szCs w:val="` + sz + `"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`)
	b.WriteString(`<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>`)

	style := func(id, name string, heading int, ppr string, t doc.Text) {
		b.WriteString(`<w:style w:type="paragraph" w:styleId="` + id + `"`)
		if id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(`><w:name w:val="` + name + `"/>`)
		if id != "Normal" {
			b.WriteString(`<w:basedOn w:val="Normal"/>`)
		}
		if heading > 0 {
			b.WriteString(`<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>`)
		}
		b.WriteString(`<w:pPr>` + ppr)
		if heading > 0 {
			b.WriteString(`<w:outlineLvl w:val="` + itoa(heading-1) + `"/>`)
		}
		b.WriteString(`</w:pPr>`)
		writeRPr(&b, t)
		b.WriteString(`</w:style>`)
	}
	least := func(t doc.Text, spacing float64) string { // see lineOf
		return ` w:line="` + itoa(ptTw(t.Size*spacing)) + `" w:lineRule="atLeast"`
	}
	first := itoa(tw(l.FirstIndent))
	style("Normal", "Normal", 0, `<w:widowControl/><w:spacing w:before="`+itoa(ptTw(l.ParaSpacing))+`" w:after="0"`+least(l.Body, l.LineSpacing)+
		`/><w:ind w:firstLine="`+first+`"/><w:jc w:val="both"/>`, l.Body)
	style("Heading1", "heading 1", 1, `<w:keepNext/><w:spacing w:before="`+itoa(ptTw(l.HeadingSpaceB))+`"`+least(l.SectionHead, l.LineSpacing)+
		`/><w:ind w:firstLine="`+first+`"/>`, l.SectionHead)
	style("Heading2", "heading 2", 2, `<w:keepNext/><w:spacing w:before="`+itoa(ptTw(l.ParaSpacing))+`"`+least(l.PointHead, l.LineSpacing)+
		`/><w:ind w:firstLine="`+first+`"/>`, l.PointHead)
	style("Centred", "Centred", 0, `<w:spacing w:before="0"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="center"/>`, l.Body)
	style("Cell", "Table Text", 0, `<w:widowControl w:val="0"/><w:spacing w:before="0"`+
		strings.Replace(least(l.TableBody, l.TableSpacing), "atLeast", "exact", 1)+
		`/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/>`, l.TableBody)
	style("Header", "header", 0, `<w:spacing w:before="0"`+least(l.PageNumber, 1)+`/><w:ind w:firstLine="0"/><w:jc w:val="center"/>`, l.PageNumber)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.Bytes()
}

// numbering writes Word's numbering: a decimal "1." and a bullet "-"
// list, and one instance per list of the document (kinds[i] is list
// i+1's), each numbered from 1.
func numbering(l *doc.Layout, kinds []listKind) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<w:numbering ` + nsW + `>`)
	sz := itoa(halfPt(l.Body.Size))
	abstract := func(id int, format, text string) {
		b.WriteString(`<w:abstractNum w:abstractNumId="` + itoa(id) + `"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">` +
			`<w:start w:val="1"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/><w:lvlJc w:val="left"/>` +
			`<w:pPr><w:ind w:left="` + itoa(tw(l.FirstIndent+8)) + `" w:hanging="` + itoa(tw(8)) + `"/></w:pPr>` +
			`<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="` + sz + `"/><w:szCs w:val="` + sz + `"/></w:rPr></w:lvl></w:abstractNum>`)
	}
	abstract(int(listDecimal), "decimal", "%1.")
	abstract(int(listBullet), "bullet", "-")
	for i, k := range kinds {
		b.WriteString(`<w:num w:numId="` + itoa(i+1) + `"><w:abstractNumId w:val="` + itoa(int(k)) + `"/>` +
			`<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return b.Bytes()
}
