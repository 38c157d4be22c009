package posixlocale

import "testing"

func TestFix(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string // LANGUAGE afterwards
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "vi"},
		{map[string]string{"LANG": "POSIX.utf8"}, "vi"},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "vi_VN.UTF-8"}, "vi"},
		{map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{"LANG": "C"}, ""}, // go-locale handles bare C itself
		{map[string]string{"LANG": "vi_VN.UTF-8"}, ""},
		{map[string]string{}, ""},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "en"}, "en"},
	}
	for _, tt := range tests {
		env := map[string]string{}
		for k, v := range tt.env {
			env[k] = v
		}
		set := func(k, v string) error { env[k] = v; return nil }
		get := func(k string) string { return env[k] }
		Fix(get, set)
		if got := env["LANGUAGE"]; got != tt.want {
			t.Errorf("%v: LANGUAGE = %q, want %q", tt.env, got, tt.want)
		}
	}
}
