package catalog

import (
	"strings"
	"testing"

	"baocao/app/report"
	"baocao/templates"
)

// TestBuiltinProposalsAndCertificates: both profiles' proposal and
// certificate templates load, and their placeholders fill.
func TestBuiltinProposalsAndCertificates(t *testing.T) {
	for _, p := range []report.Profile{report.ProfileParty, report.ProfileState} {
		pt, err := LoadProposal(templates.Proposals, p)
		if err != nil {
			t.Fatalf("LoadProposal(%s): %v", p, err)
		}
		got := ProposalData{Year: 2016, IssuingBodyName: "Y", To: "Ban Thường vụ X", Who: "01 tập thể", Awards: "Bằng khen"}.Fill(pt.Request)
		if !strings.Contains(got, "Ban Thường vụ X") || !strings.Contains(got, "01 tập thể") || strings.Contains(got, "{{.") {
			t.Errorf("%s request = %q", p, got)
		}
		ct, err := LoadCertificate(templates.Certificates, p)
		if err != nil {
			t.Fatalf("LoadCertificate(%s): %v", p, err)
		}
		if got := (CertificateData{Decision: "12-QĐ/ĐU", DecisionDate: "10/11/2016"}).Fill(ct.Decision); got != "Quyết định số 12-QĐ/ĐU, ngày 10/11/2016" {
			t.Errorf("%s decision line = %q", p, got)
		}
	}
}

// TestParseProposalAndCertificateReject: a template with a mistake is
// refused with a sentence that names it.
func TestParseProposalAndCertificateReject(t *testing.T) {
	cases := []struct {
		parse func([]byte) error
		in    string
		want  string
	}{
		{func(b []byte) error { _, err := ParseProposal(b); return err }, `{"format":"x","version":1,"profile":"party","title":"T","summary":"S","to":"A","request":"R"}`, "format"},
		{func(b []byte) error { _, err := ParseProposal(b); return err }, `{"format":"baocao-danvan/proposal-template","version":1,"profile":"party","title":"T","summary":"S","to":"A","request":"{{.Nobody}}"}`, "đề nghị"},
		{func(b []byte) error { _, err := ParseProposal(b); return err }, `{"format":"baocao-danvan/proposal-template","version":1,"profile":"party","title":"T","summary":"S","to":"","request":"R"}`, "kính gửi"},
		{func(b []byte) error { _, err := ParseCertificate(b); return err }, `{"format":"baocao-danvan/certificate-template","version":1,"profile":"state","title":"GIẤY KHEN","issuer":"X","achievement":"{{.Year"}`, "thành tích"},
		{func(b []byte) error { _, err := ParseCertificate(b); return err }, `{"format":"baocao-danvan/certificate-template","version":9,"profile":"state","title":"GIẤY KHEN","issuer":"X","achievement":"A"}`, "phiên bản"},
	}
	for _, c := range cases {
		if err := c.parse([]byte(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parse(%s) = %v, want an error about %q", c.in, err, c.want)
		}
	}
}
