package doc

// Addressee is the "Kính gửi: …" line of a proposal (Tờ trình) under
// its title, centred in the body's font; a long addressee wraps, each
// line centred.
type Addressee struct {
	Label string `json:"label"` // "Kính gửi:"
	To    Line   `json:"to"`
}

func (Addressee) Type() string { return "addressee" }
