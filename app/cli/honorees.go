package cli

import "fmt"

// runHonorees: "honorees import …" and "honorees merge …".
func runHonorees(env Env, args []string) error {
	return fmt.Errorf("chưa hỗ trợ nhập, gộp danh sách từ Excel trong phiên bản này (not available yet)")
}
