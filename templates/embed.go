// Package templates holds the report templates that ship with the program,
// as data files (JSON). The loader is baocao/app/catalog; this package only
// embeds the files, because go:embed cannot reach into parent folders.
package templates

import "embed"

// Builtin holds every *.json template of this folder.
//
//go:embed *.json
var Builtin embed.FS

// Decisions holds the texts of the decision on commendation, one file per
// profile (decision/party.json, decision/state.json); the loader is
// catalog.LoadDecision.
//
//go:embed decision/*.json
var Decisions embed.FS

// Proposals holds the texts of the proposal sent upward (Tờ trình đề
// nghị khen thưởng), one file per profile; the loader is
// catalog.LoadProposal.
//
//go:embed proposal/*.json
var Proposals embed.FS

// Certificates holds the texts of the certificate (Giấy khen), one file
// per profile; the loader is catalog.LoadCertificate.
//
//go:embed certificate/*.json
var Certificates embed.FS
