package cli

import (
	"flag"
	"fmt"

	"baocao/app/draft"
	"baocao/app/sample"
)

func runSample(env Env, args []string) error {
	fs := flag.NewFlagSet("sample", flag.ContinueOnError)
	out := fs.String("o", "", "")
	force := fs.Bool("force", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *out == "" || len(pos) > 0 {
		return usagef("cần -o TỆP.json")
	}
	if err := refuseOverwrite(*out, *force); err != nil {
		return err
	}
	if err := draft.Save(*out, sample.Report(), "baocao "+Version); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã ghi bản nháp mẫu vào %s.\n", *out)
	return nil
}
