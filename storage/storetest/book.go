package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Book is the bank's book and the admin-recorded LPR fixings. Consumers
// declare their own subsets of these methods, so the names are fixed.
type Book interface {
	// AddFixing records an admin's fixing, replacing one of the same date.
	AddFixing(ctx context.Context, f lpr.Fixing) error
	// Fixings lists the admin-recorded fixings (not the shipped history), oldest first.
	Fixings(ctx context.Context) ([]lpr.Fixing, error)
}

var bookTests = []test{
	{"Fixings", testFixings},
}

func fixing(date, one, five string) lpr.Fixing {
	d, err := lpr.ParseDate(date)
	if err != nil {
		panic(err)
	}
	return lpr.Fixing{Date: d, OneYear: money.MustPercent(one), FiveYear: money.MustPercent(five)}
}

func testFixings(t *testing.T, s Store) {
	if fs, err := s.Fixings(ctx(t)); err != nil || len(fs) != 0 {
		t.Fatalf("Fixings on an empty store = %s, %v", show(fs), err)
	}
	for _, f := range []lpr.Fixing{
		fixing("2026-02-20", "2.9", "3.4"),
		fixing("2025-12-22", "3", "3.5"),
		fixing("2026-01-20", "2.95", "3.45"),
		fixing("2026-02-20", "2.85", "3.35"), // a correction replaces the same date
	} {
		if err := s.AddFixing(ctx(t), f); err != nil {
			t.Fatalf("AddFixing(%s): %v", show(f), err)
		}
	}
	// A date in another zone is kept as the calendar date it names.
	local := fixing("2026-03-20", "2.8", "3.3")
	local.Date = time.Date(2026, 3, 20, 0, 0, 0, 0, cst)
	if err := s.AddFixing(ctx(t), local); err != nil {
		t.Fatal(err)
	}
	got, err := s.Fixings(ctx(t))
	if err != nil {
		t.Fatalf("Fixings: %v", err)
	}
	equal(t, "Fixings, oldest first", show(got), show([]lpr.Fixing{
		fixing("2025-12-22", "3", "3.5"),
		fixing("2026-01-20", "2.95", "3.45"),
		fixing("2026-02-20", "2.85", "3.35"),
		fixing("2026-03-20", "2.8", "3.3"),
	}))
	for _, f := range got {
		if f.Date.Location() != time.UTC || f.Date.Hour() != 0 {
			t.Fatalf("fixing date %v is not UTC midnight", f.Date)
		}
	}
}
