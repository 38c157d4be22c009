package ui

import "time"

// warmupDelay lets the window paint its first frames before the PDF
// engine's warm-up takes a processor.
const warmupDelay = 300 * time.Millisecond

// started runs when the program's event loop has started (the window is
// being shown): the PDF engine is started in the background, at low
// priority, so that the first print preview does not wait for PDFium to
// compile (several seconds the first time after installing).
func (w *Window) started() {
	if w.warmup != nil {
		time.AfterFunc(warmupDelay, w.warmup)
	}
}
