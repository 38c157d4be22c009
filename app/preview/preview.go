// Package preview turns PDF bytes into page images for the print preview.
//
// It uses PDFium, the PDF rasteriser of Chromium, compiled to WebAssembly
// and run by wazero (github.com/klippa-app/go-pdfium in its webassembly
// mode): pure Go, no cgo, nothing to install. The preview therefore shows
// the very pages that the exported PDF prints, not a second layout.
//
// Compiling the 5.8 MB WebAssembly module to machine code is the slow part
// of starting the engine. NewEngine keeps the compiled code in a cache
// folder (by default appdirs.Cache()/wazero) so that later starts only load
// it.
//
// The package does not import Fyne.
package preview

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"baocao/app/appdirs"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// MaxDPI is the highest resolution Render accepts; a page of A4 at 300 DPI
// is about 2480×3508 pixels (35 MB as RGBA).
const MaxDPI = 300

// MaxPDFSize is the largest PDF the engine opens (64 MB, like drafts).
const MaxPDFSize = 64 << 20

// Options configures NewEngine.
type Options struct {
	// CacheDir is the folder of wazero's compilation cache. Empty means
	// appdirs.Cache()/wazero; NoCache turns the cache off.
	CacheDir string
	// NoCache compiles the module from scratch every time (benchmarks).
	NoCache bool
}

// Engine rasterises PDF documents. It is safe for concurrent use; calls
// are serialised, since one PDFium instance runs one call at a time.
type Engine struct {
	mu       sync.Mutex
	pool     pdfium.Pool
	inst     pdfium.Pdfium
	cache    wazero.CompilationCache
	cacheDir string
	closed   bool
	// Startup is how long NewEngine took (compile or load, instantiate).
	Startup time.Duration
}

// CacheDir returns the default folder of the compiled-module cache.
func CacheDir() (string, error) {
	c, err := appdirs.Cache()
	if err != nil {
		return "", err
	}
	return filepath.Join(c, "wazero"), nil
}

// NewEngine starts PDFium. The first start on a machine compiles the
// module (several seconds); later starts load it from the cache folder.
// A cache folder that cannot be used only makes the start slower: the
// engine then compiles in memory.
func NewEngine(opts Options) (*Engine, error) {
	start := time.Now()
	e := &Engine{}
	rc := wazero.NewRuntimeConfig().WithCoreFeatures(
		api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
	if !opts.NoCache {
		dir := opts.CacheDir
		if dir == "" {
			d, err := CacheDir()
			if err == nil {
				dir = d
			}
		}
		if dir != "" {
			if err := os.MkdirAll(dir, 0o700); err == nil {
				if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
					e.cache, e.cacheDir = c, dir
					rc = rc.WithCompilationCache(c)
				}
			}
		}
	}
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle:  1,
		MaxIdle:  1,
		MaxTotal: 1,
		// No folder of the machine is visible to PDFium: documents are
		// handed over as bytes.
		FSConfig:      wazero.NewFSConfig(),
		RuntimeConfig: rc,
		Stdout:        io.Discard,
		Stderr:        io.Discard,
		ReuseWorkers:  true,
	})
	if err != nil {
		e.closeCache()
		return nil, fmt.Errorf("không khởi động được bộ xem trước PDF (PDFium): %w", err)
	}
	inst, err := pool.GetInstance(2 * time.Minute)
	if err != nil {
		pool.Close()
		e.closeCache()
		return nil, fmt.Errorf("không khởi động được bộ xem trước PDF (PDFium): %w", err)
	}
	e.pool, e.inst = pool, inst
	e.Startup = time.Since(start)
	return e, nil
}

// CacheFolder returns the compilation cache folder in use, or "".
func (e *Engine) CacheFolder() string { return e.cacheDir }

func (e *Engine) closeCache() {
	if e.cache != nil {
		e.cache.Close(context.Background())
		e.cache = nil
	}
}

// Close stops PDFium and frees its memory. Close is idempotent.
func (e *Engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	var errs []error
	if e.inst != nil {
		errs = append(errs, e.inst.Close())
	}
	if e.pool != nil {
		errs = append(errs, e.pool.Close())
	}
	e.closeCache()
	return errors.Join(errs...)
}

// ErrClosed is returned by calls on a closed engine.
var ErrClosed = errors.New("bộ xem trước PDF đã đóng")

// PageSize is a page's size in points (1/72 inch).
type PageSize struct{ Width, Height float64 }

// Page is one rendered page.
type Page struct {
	Index int         // zero-based
	Size  PageSize    // in points
	Image *image.RGBA // white background, owned by the caller
}

// Document is an open PDF. Its methods go through the engine's lock; Close
// it when done.
type Document struct {
	e     *Engine
	doc   references.FPDF_DOCUMENT
	sizes []PageSize
	data  []byte // kept alive while PDFium may read it
}

// Open parses pdf and reads its page count and page sizes.
func (e *Engine) Open(pdf []byte) (*Document, error) {
	if len(pdf) == 0 {
		return nil, errors.New("tệp PDF rỗng, không có gì để xem trước")
	}
	if len(pdf) > MaxPDFSize {
		return nil, fmt.Errorf("tệp PDF quá lớn để xem trước (%d MB, tối đa %d MB)", len(pdf)>>20, MaxPDFSize>>20)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil, ErrClosed
	}
	data := pdf
	od, err := e.inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		return nil, fmt.Errorf("không đọc được tệp PDF để xem trước: %w", err)
	}
	d := &Document{e: e, doc: od.Document, data: data}
	pc, err := e.inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: od.Document})
	if err != nil {
		e.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: od.Document})
		return nil, fmt.Errorf("không đếm được số trang của tệp PDF: %w", err)
	}
	d.sizes = make([]PageSize, pc.PageCount)
	for i := range d.sizes {
		sz, err := e.inst.GetPageSize(&requests.GetPageSize{Page: requests.Page{
			ByIndex: &requests.PageByIndex{Document: od.Document, Index: i}}})
		if err != nil {
			e.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: od.Document})
			return nil, fmt.Errorf("không đọc được khổ giấy của trang %d: %w", i+1, err)
		}
		d.sizes[i] = PageSize{sz.Width, sz.Height}
	}
	return d, nil
}

// NumPages returns the number of pages.
func (d *Document) NumPages() int { return len(d.sizes) }

// Size returns the size of page i (zero-based) in points.
func (d *Document) Size(i int) PageSize {
	if i < 0 || i >= len(d.sizes) {
		return PageSize{}
	}
	return d.sizes[i]
}

// Render rasterises page i (zero-based) at dpi dots per inch on a white
// background. The image belongs to the caller.
func (d *Document) Render(i, dpi int) (*Page, error) {
	if i < 0 || i >= len(d.sizes) {
		return nil, fmt.Errorf("không có trang %d (tài liệu có %d trang)", i+1, len(d.sizes))
	}
	if dpi < 1 || dpi > MaxDPI {
		return nil, fmt.Errorf("độ phân giải %d DPI không hợp lệ (từ 1 đến %d)", dpi, MaxDPI)
	}
	e := d.e
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil, ErrClosed
	}
	if d.data == nil {
		return nil, errors.New("tài liệu xem trước đã đóng")
	}
	r, err := e.inst.RenderPageInDPI(&requests.RenderPageInDPI{
		Page: requests.Page{ByIndex: &requests.PageByIndex{Document: d.doc, Index: i}},
		DPI:  dpi,
	})
	if err != nil {
		return nil, fmt.Errorf("không vẽ được trang %d: %w", i+1, err)
	}
	defer r.Cleanup()
	src := r.Result.RenderedImage
	if src == nil {
		return nil, fmt.Errorf("không vẽ được trang %d: PDFium không trả về ảnh", i+1)
	}
	// PDFium leaves the page transparent where nothing is drawn; paper is
	// white. Copying also detaches the pixels from WebAssembly memory,
	// which Cleanup frees.
	b := src.Bounds()
	img := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(img, img.Bounds(), src, b.Min, draw.Over)
	return &Page{Index: i, Size: d.sizes[i], Image: img}, nil
}

// Close releases the document. Close is idempotent.
func (d *Document) Close() error {
	e := d.e
	e.mu.Lock()
	defer e.mu.Unlock()
	if d.data == nil || e.closed {
		d.data = nil
		return nil
	}
	d.data = nil
	_, err := e.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.doc})
	return err
}

// RenderAll opens pdf, renders every page at dpi and closes it: the whole
// preview in one call. It stops early when ctx is cancelled.
func (e *Engine) RenderAll(ctx context.Context, pdf []byte, dpi int) ([]*Page, error) {
	d, err := e.Open(pdf)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	pages := make([]*Page, 0, d.NumPages())
	for i := 0; i < d.NumPages(); i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, err := d.Render(i, dpi)
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}
