// Package packaging holds what the installers are made from and the
// constants they share: the Windows installer's source
// (windows/baocao.wxs, built by windows/msi.sh with wixl), the Linux
// package's file type (linux/), and the tool that draws their icons
// (prep). Its tests read the built packages back.
package packaging

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"strings"
)

// UpgradeCode identifies the program to Windows Installer across all its
// versions: an installer with the same upgrade code and a higher version
// replaces the installed one. It must never change (a new code would
// install a second copy beside the old one).
const UpgradeCode = "3125ecd8-5d9e-4d3e-820b-bc17e63eb59e"

// ProductCode returns the Windows installer's product code for a version:
// a name-based UUID (RFC 9562 version 5) of the version in the upgrade
// code's namespace. Each version gets its own code, as a major upgrade
// requires, and building a version again gives the same code (Windows
// then takes it for the installed product, not for a second one).
func ProductCode(version string) (string, error) {
	if version == "" {
		return "", fmt.Errorf("thiếu số phiên bản")
	}
	ns, err := hex.DecodeString(strings.ReplaceAll(UpgradeCode, "-", ""))
	if err != nil || len(ns) != 16 {
		return "", fmt.Errorf("mã nâng cấp %q không phải UUID", UpgradeCode)
	}
	h := sha1.New()
	h.Write(ns)
	h.Write([]byte(version))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	return fmt.Sprintf("%X-%X-%X-%X-%X", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]), nil
}
