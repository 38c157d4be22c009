// Package legacyvn reads Vietnamese typed in the legacy 8-bit encodings
// that lists still arrive in: TCVN3 (ABC, the .VnTime / .VnTimeH fonts)
// and VNI-Windows (the VNI-Times fonts). Such text was stored byte by
// byte; in a workbook each byte became the Latin-1 (cp1252) character of
// the same number, so "Nguyễn Văn Hùng" reads "NguyÔn V¨n Hïng" (TCVN3)
// or "Nguyeãn Vaên Huøng" (VNI). The package detects such text, per cell
// and per sheet, and converts it to Unicode NFC. It never converts text
// that already reads as Vietnamese, French or English words.
package legacyvn

// The twelve Vietnamese vowels with their five tones, in the order
// plain, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng (dot).
// With đ they are the 67 letters outside ASCII (and 67 capitals).
var vowels = []struct {
	lower, upper []rune
}{
	{[]rune("aàảãáạ"), []rune("AÀẢÃÁẠ")},
	{[]rune("ăằẳẵắặ"), []rune("ĂẰẲẴẮẶ")},
	{[]rune("âầẩẫấậ"), []rune("ÂẦẨẪẤẬ")},
	{[]rune("eèẻẽéẹ"), []rune("EÈẺẼÉẸ")},
	{[]rune("êềểễếệ"), []rune("ÊỀỂỄẾỆ")},
	{[]rune("iìỉĩíị"), []rune("IÌỈĨÍỊ")},
	{[]rune("oòỏõóọ"), []rune("OÒỎÕÓỌ")},
	{[]rune("ôồổỗốộ"), []rune("ÔỒỔỖỐỘ")},
	{[]rune("ơờởỡớợ"), []rune("ƠỜỞỠỚỢ")},
	{[]rune("uùủũúụ"), []rune("UÙỦŨÚỤ")},
	{[]rune("ưừửữứự"), []rune("ƯỪỬỮỨỰ")},
	{[]rune("yỳỷỹýỵ"), []rune("YỲỶỸÝỴ")},
}

// tcvn3Codes are the TCVN3 (ABC) bytes of the vowels above, in the same
// order (0 = the ASCII letter itself), from TCVN 5712:1993, table VN3
// ("Công nghệ thông tin — Bộ mã chuẩn 8-bit kí tự Việt dùng trong trao
// đổi thông tin"), as the ABC fonts (.VnTime …) implement it. The marked
// capitals are not in VN3: the .VnTimeH fonts draw capitals at the
// lower-case codes. Only Ă Â Ê Ô Ơ Ư Đ have codes of their own (0xA1–0xA7).
var tcvn3Codes = [][6]byte{
	{0, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9},    // a
	{0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6}, // ă
	{0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB}, // â
	{0, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1},    // e
	{0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6}, // ê
	{0, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE},    // i
	{0, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4},    // o
	{0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9}, // ô
	{0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE}, // ơ
	{0, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4},    // u
	{0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9}, // ư
	{0, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE},    // y
}

// tcvn3Capitals are the capitals VN3 codes on their own.
var tcvn3Capitals = map[rune]byte{'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3, 'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7}

const tcvn3LowerD = 0xAE // đ

// VNI-Windows, from VNI Software's published table for its VNI-Times
// fonts ("Bảng mã VNI for Windows"): a marked vowel is its base letter
// followed by one mark byte; ơ, ư, đ and the marked i, and ỵ, are single
// bytes. The mark bytes of capitals are the capital Latin-1 letters
// (the lower-case byte − 0x20).
var (
	vniTone   = [6]rune{0, 'ø', 'û', 'õ', 'ù', 'ï'}   // on a, e, o, u, y, ơ, ư
	vniHat    = [6]rune{'â', 'à', 'å', 'ã', 'á', 'ä'} // â, ê, ô: the hat and a tone in one byte
	vniBreve  = [6]rune{'ê', 'è', 'ú', 'ü', 'é', 'ë'} // ă: the breve and a tone in one byte
	vniI      = [6]rune{'i', 'ì', 'æ', 'ó', 'í', 'ò'} // i: single bytes
	vniHorn   = map[rune]rune{'ơ': 'ô', 'ư': 'ö'}     // the horned bases, single bytes
	vniLowerD = 'ñ'                                   // đ
	vniLowerỵ = 'î'                                   // ỵ
)
