package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/loandesk/loandesk/bot/evalset"
)

const evalUsage = "usage: loandesk eval --data FILE [--json] [--rounds N]"

// evalCmd scores the understanding (the same bot.Analyzer serve uses) on a
// labelled set and prints the report. Accuracy is reported, not enforced: it
// fails only when it cannot run.
func evalCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "labelled utterances, one JSON object a line (the shared dev-set format)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	rounds := fs.Int("rounds", 1, "read the set this many times for the timing figures (accuracy is from one pass)")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintln(stderr, evalUsage)
		return usageError{fmt.Errorf("eval: unexpected argument %q", fs.Arg(0))}
	case *data == "":
		fmt.Fprintln(stderr, evalUsage)
		return usageError{errors.New("eval: --data FILE is required")}
	case *rounds < 1 || *rounds > 100_000:
		return usageError{fmt.Errorf("eval: --rounds %d: want 1-100000", *rounds)}
	}
	cases, err := loadSet(*data)
	if err != nil {
		return usageError{fmt.Errorf("eval: %w", err)}
	}

	a, err := newReader()
	if err != nil {
		return err
	}
	read := a.Labels
	r := evalset.Score(cases, read)
	if *rounds > 1 {
		r.Timing = evalset.Time(cases, *rounds, read)
	}

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	fmt.Fprintf(stdout, "%s: ", *data)
	return r.WriteText(stdout)
}

func loadSet(path string) ([]evalset.Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // names the path already
	}
	defer f.Close()
	cases, err := evalset.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no labelled utterances", path)
	}
	return cases, nil
}
