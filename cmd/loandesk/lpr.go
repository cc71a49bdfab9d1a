package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"text/tabwriter"
	"time"

	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// lprCmd lists the LPR history or records a new fixing in the store, where a
// running service reads it on its next calculation; no release is needed.
func lprCmd(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 || (args[0] != "list" && args[0] != "add") {
		fmt.Fprintln(stderr, "usage: loandesk lpr list [--json] | loandesk lpr add --date YYYY-MM-DD --one_year_pct X --five_year_pct Y")
		return usageError{errors.New("lpr: want list or add")}
	}
	fs := flag.NewFlagSet("lpr "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data-dir", envOr(getenv, "LOANDESK_DATA_DIR", "./data"), "embedded store folder (LOANDESK_DATA_DIR)")
	dbURL := fs.String("database-url", envOr(getenv, "LOANDESK_DATABASE_URL", ""), "postgres:// URL instead of the embedded store (LOANDESK_DATABASE_URL)")
	asJSON := fs.Bool("json", false, "print JSON")
	var date, one, five string
	if args[0] == "add" {
		fs.StringVar(&date, "date", "", "publication date, YYYY-MM-DD")
		fs.StringVar(&one, "one_year_pct", "", "the 1-year LPR in percent")
		fs.StringVar(&five, "five_year_pct", "", "the 5-year-plus LPR in percent")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return usageError{err}
	}
	quiet := slog.New(slog.DiscardHandler)
	store, err := openStore(ctx, *dataDir, *dbURL, quiet)
	if err != nil {
		return err
	}
	defer store.Close()
	recorded, err := store.Fixings(ctx)
	if err != nil {
		return fmt.Errorf("read recorded fixings: %w", err)
	}
	history := lpr.NewHistory(lpr.Shipped(), recorded)

	if args[0] == "add" {
		f, err := parseFixing(date, one, five)
		if err != nil {
			return usageError{err}
		}
		if err := lpr.ValidateFixing(f, history, time.Now().UTC()); err != nil {
			return usageError{err}
		}
		if err := store.AddFixing(ctx, f); err != nil {
			return fmt.Errorf("record fixing: %w", err)
		}
		fmt.Fprintf(stdout, "recorded %s: 1Y %s%%, 5Y %s%%\n", f.Date.Format(time.DateOnly), f.OneYear, f.FiveYear)
		return nil
	}
	published := history.Published()
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"published": published})
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "date\t1Y %\t5Y %")
	for _, f := range published {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", f.Date.Format(time.DateOnly), f.OneYear, f.FiveYear)
	}
	return tw.Flush()
}

func parseFixing(date, one, five string) (lpr.Fixing, error) {
	d, err := lpr.ParseDate(date)
	if err != nil {
		return lpr.Fixing{}, fmt.Errorf("--date: %w", err)
	}
	o, err := money.ParsePercent(one)
	if err != nil {
		return lpr.Fixing{}, fmt.Errorf("--one_year_pct: %w", err)
	}
	f, err := money.ParsePercent(five)
	if err != nil {
		return lpr.Fixing{}, fmt.Errorf("--five_year_pct: %w", err)
	}
	return lpr.Fixing{Date: d, OneYear: o, FiveYear: f}, nil
}

func envOr(getenv func(string) string, k, def string) string {
	if v := getenv(k); v != "" {
		return v
	}
	return def
}
