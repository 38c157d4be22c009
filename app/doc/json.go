package doc

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// MarshalJSON writes the document with each block tagged by its type
// ({"type": "heading", "kind": "section", …}), so that a dump reads as
// the page does, from top to bottom, and a change in what is on the page
// shows as a diff of the golden files.
func (d *Document) MarshalJSON() ([]byte, error) {
	blocks := make([]json.RawMessage, len(d.Blocks))
	for i, b := range d.Blocks {
		raw, err := json.Marshal(b)
		if err != nil {
			return nil, fmt.Errorf("block %d (%s): %w", i, b.Type(), err)
		}
		tag := fmt.Sprintf(`{"type":%q`, b.Type())
		if bytes.Equal(raw, []byte("{}")) {
			raw = []byte(tag + "}")
		} else {
			raw = append([]byte(tag+","), raw[1:]...)
		}
		blocks[i] = raw
	}
	form := ""
	if d.Layout != nil {
		form = d.Layout.Name
	}
	return json.Marshal(struct {
		Kind   string            `json:"kind"`
		Form   string            `json:"form"`
		Info   Info              `json:"info"`
		Blocks []json.RawMessage `json:"blocks"`
	}{d.Kind, form, d.Info, blocks})
}
