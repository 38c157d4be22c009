package pdf

import (
	"bytes"
	"compress/zlib"
	"sort"
	"strconv"
	"sync"
)

// gofpdf compresses each page with a zlib writer of its own, and a zlib
// writer allocates about 1.2 MB: with compression on, a 76-page list of
// 1,000 honorees allocated 126 MB, 90 of them for writers used once. So
// the documents are made uncompressed and compressStreams then compresses
// the plain streams (page contents, character maps) with pooled writers
// and rewrites the cross-reference table.

var zlibPool = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
}}

// compressStreams returns pdf with every stream whose dictionary is just
// "<</Length n>>" compressed with FlateDecode. It understands the layout
// gofpdf writes (objects in a row, one classic cross-reference table);
// given anything else it returns pdf unchanged, which is still a valid
// document, only bigger.
func compressStreams(pdf []byte) []byte {
	out, ok := recompress(pdf)
	if !ok {
		return pdf
	}
	return out
}

func recompress(pdf []byte) ([]byte, bool) {
	// startxref at the end points to the table.
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if sx < 0 {
		return nil, false
	}
	end := bytes.IndexByte(pdf[sx+10:], '\n')
	if end < 0 {
		return nil, false
	}
	xref, err := strconv.Atoi(string(pdf[sx+10 : sx+10+end]))
	if err != nil || xref <= 0 || xref >= sx || !bytes.HasPrefix(pdf[xref:], []byte("xref\n0 ")) {
		return nil, false
	}
	// "xref\n0 SIZE\n" then SIZE entries of 20 bytes.
	line := bytes.IndexByte(pdf[xref+7:], '\n')
	if line < 0 {
		return nil, false
	}
	size, err := strconv.Atoi(string(pdf[xref+7 : xref+7+line]))
	entries := xref + 7 + line + 1
	if err != nil || size < 1 || entries+20*size > sx {
		return nil, false
	}
	trailer := entries + 20*size
	offsets := make([]int, size)
	type obj struct{ num, off int }
	objs := make([]obj, 0, size)
	for i := 1; i < size; i++ {
		e := pdf[entries+20*i : entries+20*i+20]
		if e[17] != 'n' {
			return nil, false
		}
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || off <= 0 || off >= xref {
			return nil, false
		}
		objs = append(objs, obj{i, off})
	}
	sort.Slice(objs, func(a, b int) bool { return objs[a].off < objs[b].off })
	if len(objs) == 0 {
		return nil, false
	}

	zw := zlibPool.Get().(*zlib.Writer)
	defer zlibPool.Put(zw)
	var out, z bytes.Buffer
	out.Grow(len(pdf) / 2)
	out.Write(pdf[:objs[0].off])
	for i, o := range objs {
		stop := xref
		if i+1 < len(objs) {
			stop = objs[i+1].off
		}
		chunk := pdf[o.off:stop]
		offsets[o.num] = out.Len()
		head := []byte(strconv.Itoa(o.num) + " 0 obj\n<</Length ")
		if !bytes.HasPrefix(chunk, head) {
			out.Write(chunk)
			continue
		}
		rest := chunk[len(head):]
		gt := bytes.Index(rest, []byte(">>\nstream\n"))
		n, err := strconv.Atoi(string(rest[:max(gt, 0)]))
		if gt < 0 || err != nil {
			out.Write(chunk) // a dictionary with more than the length
			continue
		}
		data := rest[gt+10:]
		if n > len(data) || !bytes.Equal(data[n:], []byte("\nendstream\nendobj\n")) {
			return nil, false
		}
		z.Reset()
		zw.Reset(&z)
		zw.Write(data[:n])
		zw.Close()
		out.Write(head[:len(head)-len("<</Length ")])
		out.WriteString("<</Filter /FlateDecode /Length ")
		out.WriteString(strconv.Itoa(z.Len()))
		out.WriteString(">>\nstream\n")
		out.Write(z.Bytes())
		out.WriteString("\nendstream\nendobj\n")
	}
	newXref := out.Len()
	out.WriteString("xref\n0 " + strconv.Itoa(size) + "\n")
	out.WriteString("0000000000 65535 f \n")
	for i := 1; i < size; i++ {
		s := strconv.Itoa(offsets[i])
		out.WriteString("0000000000"[len(s):] + s + " 00000 n \n")
	}
	out.Write(pdf[trailer:sx])
	out.WriteString("startxref\n" + strconv.Itoa(newXref) + "\n%%EOF\n")
	return out.Bytes(), true
}
