package printing

import (
	"context"
	"errors"
	"slices"
	"testing"
)

// TestPrinters reads the printers' names from a fake lpstat, PowerShell
// and wmic; no printing system gives no names and ErrNoPrintService.
func TestPrinters(t *testing.T) {
	for _, tc := range []struct {
		name    string
		goos    string
		f       *fake
		want    []string
		wantErr error
		anyErr  bool
	}{
		{"lpstat -e", "linux", &fake{have: map[string]bool{"lpstat": true}, out: map[string]string{"lpstat": "HP_LaserJet_1020\nCanon_LBP2900\n\n"}},
			[]string{"Canon_LBP2900", "HP_LaserJet_1020"}, nil, false},
		{"lpstat -a on old CUPS", "linux", &fake{have: map[string]bool{"lpstat": true}, out: map[string]string{"lpstat": "Epson_L3110 accepting requests since Thu 26 Nov 2026\nHP accepting requests since …\n"}},
			[]string{"Epson_L3110", "HP"}, nil, false},
		{"no printer", "linux", &fake{have: map[string]bool{"lpstat": true}}, nil, nil, false},
		{"no CUPS", "linux", &fake{}, nil, ErrNoPrintService, true},
		{"lpstat fails", "darwin", &fake{have: map[string]bool{"lpstat": true}, fail: map[string]string{"lpstat": "lpstat: scheduler not responding"}}, nil, nil, true},
		{"PowerShell", "windows", &fake{have: map[string]bool{"powershell": true}, out: map[string]string{"powershell": "Microsoft Print to PDF\r\nHP LaserJet 1020\r\n"}},
			[]string{"HP LaserJet 1020", "Microsoft Print to PDF"}, nil, false},
		{"wmic", "windows", &fake{have: map[string]bool{"wmic": true}, out: map[string]string{"wmic": "Name  \r\nCanon LBP2900\r\n"}},
			[]string{"Canon LBP2900"}, nil, false},
		{"neither", "windows", &fake{}, nil, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Printer{GOOS: tc.goos, Runner: tc.f}.Printers(context.Background())
			if tc.anyErr != (err != nil) || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v (any: %v)", err, tc.wantErr, tc.anyErr)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("printers %q, want %q", got, tc.want)
			}
		})
	}
}
