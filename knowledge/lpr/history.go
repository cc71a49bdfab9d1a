package lpr

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/money"
)

// History is an immutable, date-ordered set of fixings, at most one per date.
// The zero History is empty.
type History struct {
	fixings []Fixing // ascending by date
}

// NewHistory merges lists of fixings; for the same date a later list (or a
// later entry) wins, which is how an admin's correction overrides the shipped
// file: NewHistory(Shipped(), recorded).
func NewHistory(lists ...[]Fixing) History {
	byDate := map[time.Time]Fixing{}
	for _, list := range lists {
		for _, f := range list {
			f.Date = dateOf(f.Date)
			byDate[f.Date] = f
		}
	}
	out := make([]Fixing, 0, len(byDate))
	for _, f := range byDate {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b Fixing) int { return a.Date.Compare(b.Date) })
	return History{fixings: out}
}

// With returns a copy of h with f added or, for an existing date, corrected.
func (h History) With(f Fixing) History { return NewHistory(h.fixings, []Fixing{f}) }

// Len is the number of fixings.
func (h History) Len() int { return len(h.fixings) }

// Latest is the most recent fixing; the zero Fixing when h is empty.
func (h History) Latest() Fixing {
	if len(h.fixings) == 0 {
		return Fixing{}
	}
	return h.fixings[len(h.fixings)-1]
}

// Published lists the fixings newest first (GET /v1/lpr); the slice is the caller's.
func (h History) Published() []Fixing {
	out := slices.Clone(h.fixings)
	slices.Reverse(out)
	return out
}

// ApplicableOn is the fixing a repricing on date uses: the latest one
// published strictly before that date (for January 1, the December fixing).
// false when none was published before it.
func (h History) ApplicableOn(date time.Time) (Fixing, bool) {
	d := dateOf(date)
	i := sort.Search(len(h.fixings), func(i int) bool { return !h.fixings[i].Date.Before(d) })
	if i == 0 {
		return Fixing{}, false
	}
	return h.fixings[i-1], true
}

// publishedAt is the moment a fixing dated d becomes public: 09:15 Beijing
// time (UTC+8, no DST, so a fixed zone and no tzdata on the host).
func publishedAt(d time.Time) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 9, 15, 0, 0, time.FixedZone("CST", 8*3600))
}

// firstFixing is the date of the first reformed LPR; nothing before it is an LPR.
const firstFixing = "2019-08-20"

// ValidateFixing checks a fixing an admin records at now:
//   - date: on or after 2019-08-20, already published at now (09:15 Beijing
//     time on that date), on or after the 20th (publication day, or the next
//     working day), and not a second date in a month that already has one;
//   - rates: see ValidateRates.
//
// A fixing for a date h already holds is allowed: it corrects that fixing.
func ValidateFixing(f Fixing, h History, now time.Time) error {
	d := dateOf(f.Date)
	first, _ := time.Parse(time.DateOnly, firstFixing)
	switch {
	case f.Date.IsZero():
		return &loan.FieldError{Field: "date", Msg: "is required"}
	case d.Before(first):
		return &loan.FieldError{Field: "date", Msg: "must be on or after " + firstFixing + ", the first reformed LPR"}
	case publishedAt(d).After(now):
		return &loan.FieldError{Field: "date", Msg: "is in the future (LPR is published at 09:15 Beijing time)"}
	case d.Day() < 20:
		return &loan.FieldError{Field: "date", Msg: "must be the 20th or a later working day of the month"}
	}
	for _, g := range h.fixings {
		if g.Date.Year() == d.Year() && g.Date.Month() == d.Month() && !g.Date.Equal(d) {
			return &loan.FieldError{Field: "date", Msg: fmt.Sprintf("the month already has the fixing of %s; correct that date instead", g.Date.Format(time.DateOnly))}
		}
	}
	return ValidateRates(f)
}

// ValidateRates requires both rates to pass checkLPR.
func ValidateRates(f Fixing) error {
	if err := checkLPR("one_year_pct", f.OneYear); err != nil {
		return err
	}
	return checkLPR("five_year_pct", f.FiveYear)
}

// checkLPR requires a rate strictly between 0 and 20 percent with at most two
// decimals, as the LPR has always been quoted.
func checkLPR(field string, p money.Percent) error {
	if !p.IsPositive() || p.GreaterThanOrEqual(decimal.NewFromInt(20)) || !p.Equal(p.Round(2)) {
		return &loan.FieldError{Field: field, Msg: "must be a percentage between 0 and 20 with at most two decimals"}
	}
	return nil
}

// dateOf keeps the calendar date, as UTC midnight.
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
