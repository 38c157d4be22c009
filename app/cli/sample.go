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
		return usagef("cần -o TỆP.bcdv")
	}
	*out = draftName(*out)
	if err := refuseOverwrite(*out, *force); err != nil {
		return err
	}
	if err := draft.Save(*out, sample.Report(), "baocao "+Version); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã ghi bản nháp mẫu vào %s.\n", *out)
	return nil
}

// draftName returns out as the name of a draft file: unchanged when it
// ends in a draft extension (.bcdv, or .json as drafts used to), with
// .bcdv added otherwise ("-o Báo cáo 2016" writes "Báo cáo 2016.bcdv").
func draftName(out string) string {
	if draft.HasExtension(out) {
		return out
	}
	return out + draft.Extension
}
