package textnorm

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Đảng ủy", "Đảng ủy"},
		{"nfd", norm.NFD.String("Nguyễn Hữu Việt"), "Nguyễn Hữu Việt"},
		{"spaces", "  Sở   Văn hóa \t và\nThể thao ", "Sở Văn hóa và Thể thao"},
		{"controls", "A\x00B\x1bC\u200bD\ufeff", "ABCD"},
		{"nbsp", "Số\u00a045", "Số 45"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"keeps newlines and tabs", "Một\n\tHai", "Một\n\tHai"},
		{"crlf", "Một\r\nHai\rBa", "Một\nHai\nBa"},
		{"trims ends", "\n\nMột  \nHai\n\n", "Một\nHai"},
		{"drops controls", "Một\x07\x00 hai", "Một hai"},
		{"nfd", norm.NFD.String("Dân vận khéo"), "Dân vận khéo"},
		{"line separator", "a\u2028b", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Paragraphs(tt.in); got != tt.want {
				t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Nguyễn  Văn An", "nguyen van an"},
		{"ĐẢNG ỦY", "dang uy"},
		{norm.NFD.String("Phòng Tổ chức"), "PHONG TO CHUC"},
	}
	for _, tt := range tests {
		if Key(tt.a) != Key(tt.b) {
			t.Errorf("Key(%q)=%q differs from Key(%q)=%q", tt.a, Key(tt.a), tt.b, Key(tt.b))
		}
	}
	if Key("An") == Key("Ân") && Key("Ân") != "an" {
		t.Errorf("unexpected fold %q", Key("Ân"))
	}
}

func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "Đảng", "a\r\nb", "\xff\xfe", norm.NFD.String("Việt")} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Line(s), Paragraphs(s)} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 from %q", s)
			}
			if !norm.NFC.IsNormalString(out) {
				t.Fatalf("not NFC: %q", out)
			}
		}
		// IsLine is exactly "Line leaves it unchanged".
		if l := Line(s); !IsLine(l) {
			t.Fatalf("IsLine(Line(%q)) = false for %q", s, l)
		}
		if IsLine(s) && Line(s) != s {
			t.Fatalf("IsLine(%q) but Line gives %q", s, Line(s))
		}
	})
}

func TestIsLine(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "Đảng ủy Sở": true, "a b": true, "“Dân vận khéo”": true,
		" a": false, "a ": false, "a  b": false, "a\tb": false, "a\nb": false, "a\u00a0b": false,
		"a\u200bb": false, "\ufeffa": false, "a\x7f": false, "\xff": false, norm.NFD.String("Việt"): false, "a\u3000b": false,
	} {
		if got := IsLine(s); got != want {
			t.Errorf("IsLine(%q) = %v, want %v", s, got, want)
		}
		if got := IsLine(s); got && Line(s) != s {
			t.Errorf("IsLine(%q) but Line changes it", s)
		}
	}
}

func TestIdentity(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"case", "Nguyễn Văn Hùng", "NGUYỄN VĂN HÙNG", true},
		{"spacing", "  Nguyễn   Văn\tHùng ", "Nguyễn Văn Hùng", true},
		{"decomposed", norm.NFD.String("Nguyễn Văn Hùng"), "Nguyễn Văn Hùng", true},
		{"nbsp and controls", "Nguyễn\u00a0Văn \u200bHùng", "Nguyễn Văn Hùng", true},
		{"đ upper and lower", "ĐẶNG THỊ ĐÀO", "Đặng Thị Đào", true},
		{"hùng is not hưng", "Nguyễn Văn Hùng", "Nguyễn Văn Hưng", false},
		{"thu is not thư", "Trần Thị Thu", "Trần Thị Thư", false},
		{"đ is not d", "Đào", "Dao", false},
		{"no diacritics is another name", "Nguyen Van Hung", "Nguyễn Văn Hùng", false},
		{"tone on another letter", "Hoà", "Hòa", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Identity(tt.a) == Identity(tt.b); got != tt.same {
				t.Errorf("Identity(%q) = %q, Identity(%q) = %q; same = %v, want %v", tt.a, Identity(tt.a), tt.b, Identity(tt.b), got, tt.same)
			}
		})
	}
	if got := Identity(" Nguyễn  VĂN Hùng "); got != "nguyễn văn hùng" {
		t.Errorf("Identity = %q", got)
	}
}
