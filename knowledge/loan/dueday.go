package loan

import (
	"encoding/json"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/money"
)

// KindDueDay is the card kind of a DueDayPreview.
const KindDueDay = "due_day_preview"

// DueDayInput is a request to move a loan's monthly due day.
type DueDayInput struct {
	Balance       money.Amount
	AnnualRatePct money.Percent
	CurrentDueDay int
	NewDueDay     int
	NextDueDate   time.Time // the next due date under the current day
}

// DueDayPreview is the due_day_preview card. Executing the change is a human's job.
type DueDayPreview struct {
	LoanID             string        `json:"loan_id,omitempty"`
	Balance            money.Amount  `json:"balance"`
	AnnualRatePct      money.Percent `json:"annual_rate_pct"`
	CurrentDueDay      int           `json:"current_due_day"`
	NewDueDay          int           `json:"new_due_day"`
	CurrentNextDueDate string        `json:"current_next_due_date"`
	NextDueDates       []string      `json:"next_due_dates"` // the next three after the change
	ExtraDays          int           `json:"extra_days"`     // the day moves later
	ShortenedDays      int           `json:"shortened_days"` // the day moves earlier
	TransitionInterest money.Amount  `json:"transition_interest"`
}

// MarshalJSON adds "kind".
func (p DueDayPreview) MarshalJSON() ([]byte, error) {
	type plain DueDayPreview
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindDueDay, plain(p)})
}

// ChangeDueDay previews a new due day (1..31, clamped to month end).
//
// Later day: the next payment moves from NextDueDate to the new day in the
// same month; the extra days carry transition interest
// round(B · annual/100/360 · days) (DOMAIN.md §2).
// Earlier day: moving the next payment earlier could put it in the past, so
// NextDueDate stays and the new day applies from the following month. That
// period is shorter by ShortenedDays; v1 has no daily accrual, so no
// transition interest is charged and nothing is refunded.
func ChangeDueDay(in DueDayInput) (DueDayPreview, error) {
	if err := firstErr(
		checkAmount("balance", in.Balance),
		checkRate("annual_rate_pct", in.AnnualRatePct),
		checkDay("current_due_day", in.CurrentDueDay),
		checkDay("new_due_day", in.NewDueDay),
	); err != nil {
		return DueDayPreview{}, err
	}
	switch {
	case in.NewDueDay == in.CurrentDueDay:
		return DueDayPreview{}, fieldErr("new_due_day", "is the current due day")
	case in.NextDueDate.IsZero():
		return DueDayPreview{}, fieldErr("next_due_date", "is required")
	}
	next := dateOf(in.NextDueDate)
	// DueDate(prev, d, k) is day d of the k-th month after prev; only prev's month counts.
	prev := time.Date(next.Year(), next.Month()-1, 1, 0, 0, 0, 0, time.UTC)
	p := DueDayPreview{
		Balance: in.Balance, AnnualRatePct: in.AnnualRatePct, CurrentDueDay: in.CurrentDueDay,
		NewDueDay: in.NewDueDay, CurrentNextDueDate: next.Format(time.DateOnly),
	}
	var dates []time.Time
	if in.NewDueDay > in.CurrentDueDay {
		first := DueDate(prev, in.NewDueDay, 1)
		p.ExtraDays = days(next, first)
		dates = []time.Time{first, DueDate(prev, in.NewDueDay, 2), DueDate(prev, in.NewDueDay, 3)}
		accrued := in.Balance.Mul(in.AnnualRatePct.Decimal).Mul(decimal.NewFromInt(int64(p.ExtraDays)))
		p.TransitionInterest = money.A(money.Round(money.Div(accrued, decimal.NewFromInt(36000))))
	} else {
		p.ShortenedDays = days(DueDate(prev, in.NewDueDay, 2), DueDate(prev, in.CurrentDueDay, 2))
		dates = []time.Time{next, DueDate(prev, in.NewDueDay, 2), DueDate(prev, in.NewDueDay, 3)}
	}
	for _, d := range dates {
		p.NextDueDates = append(p.NextDueDates, d.Format(time.DateOnly))
	}
	return p, nil
}

func checkDay(field string, d int) error {
	if d < 1 || d > 31 {
		return fieldErr(field, "must be a day of month 1..31")
	}
	return nil
}

// dateOf drops the clock and zone, keeping the calendar date.
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// days counts calendar days from a to b (dates in UTC).
func days(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }
