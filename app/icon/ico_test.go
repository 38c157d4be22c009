package icon

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// icoEntry is one ICONDIRENTRY read back.
type icoEntry struct {
	W, H, Palette, Reserved uint8
	Planes, Bits            uint16
	Size, Offset            uint32
}

// readICO parses an .ico the way Windows does, failing on any
// inconsistency.
func readICO(t *testing.T, data []byte) []icoEntry {
	t.Helper()
	var head [3]uint16
	r := bytes.NewReader(data)
	if err := binary.Read(r, binary.LittleEndian, &head); err != nil || head[0] != 0 || head[1] != 1 {
		t.Fatalf("not an icon file: %v %v", head, err)
	}
	entries := make([]icoEntry, head[2])
	if err := binary.Read(r, binary.LittleEndian, entries); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if int(e.Offset)+int(e.Size) > len(data) || e.Planes != 1 || e.Bits != 32 {
			t.Fatalf("bad entry %+v in %d bytes", e, len(data))
		}
	}
	return entries
}

func TestICO(t *testing.T) {
	for name, draw := range map[string]func(int) *image.RGBA{"program": Draw, "draft": DrawDocument} {
		t.Run(name, func(t *testing.T) {
			data := ICO(ICOSizes, draw)
			entries := readICO(t, data)
			if len(entries) != len(ICOSizes) {
				t.Fatalf("%d images, want %d", len(entries), len(ICOSizes))
			}
			for i, e := range entries {
				size := ICOSizes[i]
				body := data[e.Offset : e.Offset+e.Size]
				want := draw(size)
				if size == 256 {
					if e.W != 0 || e.H != 0 {
						t.Errorf("256 px entry says %d×%d, want 0×0", e.W, e.H)
					}
					img, err := png.Decode(bytes.NewReader(body))
					if err != nil || img.Bounds().Dx() != 256 {
						t.Fatalf("256 px image: %v", err)
					}
					continue
				}
				if int(e.W) != size || int(e.H) != size {
					t.Errorf("entry %d is %d×%d, want %d", i, e.W, e.H, size)
				}
				var hdr struct {
					Len    uint32
					W, H   int32
					Planes uint16
					Bits   uint16
				}
				binary.Read(bytes.NewReader(body), binary.LittleEndian, &hdr)
				if hdr.Len != 40 || int(hdr.W) != size || int(hdr.H) != 2*size || hdr.Bits != 32 {
					t.Fatalf("bitmap header %+v for %d px", hdr, size)
				}
				// The middle pixel, rows stored bottom up, in BGRA.
				x, y := size/2, size*3/4
				p := body[40+((size-1-y)*size+x)*4:]
				got := color.NRGBA{p[2], p[1], p[0], p[3]}
				if exp := color.NRGBAModel.Convert(want.RGBAAt(x, y)).(color.NRGBA); got != exp {
					t.Errorf("%d px: pixel (%d,%d) = %v, want %v", size, x, y, got, exp)
				}
			}
		})
	}
}

// The draft's icon is a white page with the red program icon on it,
// transparent around the page.
func TestDrawDocument(t *testing.T) {
	img := DrawDocument(256)
	tests := []struct {
		name string
		x, y int
		want func(c color.RGBA) bool
	}{
		{"paper near the top", 80, 40, func(c color.RGBA) bool { return c == Paper }},
		{"red program icon below", 128, 215, func(c color.RGBA) bool { return c == Red }},
		{"transparent outside the page", 2, 128, func(c color.RGBA) bool { return c.A == 0 }},
		{"grey outline on the left edge", 37, 128, func(c color.RGBA) bool { return c == Outline }},
	}
	for _, tt := range tests {
		if c := img.RGBAAt(tt.x, tt.y); !tt.want(c) {
			t.Errorf("%s: (%d,%d) is %v", tt.name, tt.x, tt.y, c)
		}
	}
}
