package book

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Rate types of an account.
const (
	RateFixed       = "fixed"
	RateLPRFloating = "lpr_floating"
)

// Account is a loan contract as the core banking system hands it over. It
// holds the terms, not the state: the state on a date comes from View.
type Account struct {
	ID            string
	CustomerID    string
	Product       string
	Principal     money.Amount
	RateType      string        // RateFixed or RateLPRFloating
	FixedRatePct  money.Percent // RateFixed only
	LPRTenor      lpr.Tenor     // RateLPRFloating; empty: lpr.TenorFor(TermMonths)
	SpreadBP      int           // RateLPRFloating
	RepricingRule string        // RateLPRFloating; empty: January 1
	Method        loan.Method
	TermMonths    int
	StartDate     time.Time
	DueDay        int // 0: StartDate's day
	// OverduePeriods is how many of the most recent due periods are unpaid, as
	// the core system reports it on the day the book is read.
	OverduePeriods int
	// Status is the contract status from the core system; empty or "active"
	// lets View derive current/overdue/paid_off, anything else ("closed",
	// "written_off") is reported as is.
	Status string
}

// Installment is one period of an account's contractual schedule, with the
// rate it was computed at.
type Installment struct {
	loan.Row
	Due           time.Time     `json:"-"`
	AnnualRatePct money.Percent `json:"annual_rate_pct"`
}

// Schedule walks the contract from its start date (DOMAIN.md §1, §3). A
// floating loan starts at LPR(tenor) applicable on the start date + spread;
// at each repricing date the rate becomes LPR applicable on that date +
// spread, applying from the first period due after it. When the rate changes
// an equal-installment loan's payment is recomputed on the scheduled balance
// and the remaining months; equal-principal loans keep their principal part.
// An unchanged rate leaves the payment as it is.
func (a Account) Schedule(h lpr.History) ([]Installment, error) {
	if err := a.validate(); err != nil {
		return nil, fmt.Errorf("account %s: %w", a.ID, err)
	}
	n, day := a.TermMonths, a.dueDay()
	rate, err := a.rateOn(a.StartDate, h)
	if err != nil {
		return nil, err
	}
	r := rate.MonthlyRate()
	balance := a.Principal.Decimal
	fixed := loan.Fixed(a.Method, balance, r, n)
	next := a.nextRepricing(a.StartDate)
	out := make([]Installment, n)
	for k := 1; k <= n; k++ {
		due := loan.DueDate(a.StartDate, day, k)
		for !next.IsZero() && due.After(next) {
			newRate, err := a.rateOn(next, h)
			if err != nil {
				return nil, err
			}
			if !newRate.Equal(rate.Decimal) {
				rate, r = newRate, newRate.MonthlyRate()
				if a.Method == loan.EqualInstallment {
					fixed = loan.Payment(balance, r, n-k+1)
				}
			}
			next = a.nextRepricing(next)
		}
		p, i := loan.Period(a.Method, balance, r, fixed, k == n)
		balance = balance.Sub(p)
		out[k-1] = Installment{
			Row: loan.Row{Period: k, DueDate: due.Format(time.DateOnly), Payment: money.A(p.Add(i)),
				Principal: money.A(p), Interest: money.A(i), Balance: money.A(balance)},
			Due: due, AnnualRatePct: rate,
		}
	}
	return out, nil
}

// periodsDue counts an account's periods due on or before day's calendar
// date (in day's own location).
func periodsDue(a Account, day time.Time) int {
	today := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	n := 0
	for n < a.TermMonths && !loan.DueDate(a.StartDate, a.dueDay(), n+1).After(today) {
		n++
	}
	return n
}

func (a Account) floating() bool { return a.RateType == RateLPRFloating }

func (a Account) dueDay() int {
	if a.DueDay == 0 {
		return a.StartDate.Day()
	}
	return a.DueDay
}

func (a Account) tenor() lpr.Tenor {
	if a.LPRTenor == "" {
		return lpr.TenorFor(a.TermMonths)
	}
	return a.LPRTenor
}

// nextRepricing is the first repricing date after after; zero for fixed loans.
func (a Account) nextRepricing(after time.Time) time.Time {
	if !a.floating() {
		return time.Time{}
	}
	return lpr.NextRepricingDate(a.RepricingRule, a.StartDate, after)
}

// rateOn is the loan's rate set on date: fixed, or LPR applicable then + spread.
func (a Account) rateOn(date time.Time, h lpr.History) (money.Percent, error) {
	if !a.floating() {
		return a.FixedRatePct, nil
	}
	f, ok := h.ApplicableOn(date)
	if !ok {
		return money.Percent{}, fmt.Errorf("account %s: no LPR fixing before %s", a.ID, date.Format(time.DateOnly))
	}
	return lpr.AddBP(f.Rate(a.tenor()), a.SpreadBP), nil
}

// validate checks the contract terms; errors name the field.
func (a Account) validate() error {
	bad := func(field, msg string) error { return &loan.FieldError{Field: field, Msg: msg} }
	switch {
	case a.ID == "":
		return bad("id", "is required")
	case !a.Principal.IsPositive():
		return bad("principal", "must be greater than zero")
	case a.TermMonths < 1 || a.TermMonths > loan.MaxTermMonths:
		return bad("term_months", fmt.Sprintf("must be between 1 and %d", loan.MaxTermMonths))
	case !a.Method.Valid():
		return bad("method", fmt.Sprintf("unknown repayment method %q", a.Method))
	case a.StartDate.IsZero():
		return bad("start_date", "is required")
	case a.DueDay < 0 || a.DueDay > 31:
		return bad("due_day", "must be a day of month 1..31")
	case a.OverduePeriods < 0:
		return bad("overdue_periods", "must not be negative")
	case a.RateType == RateFixed:
		if a.FixedRatePct.IsNegative() || a.FixedRatePct.GreaterThan(decimal.NewFromInt(loan.MaxAnnualRatePct)) {
			return bad("fixed_rate_pct", fmt.Sprintf("must be between 0 and %d percent", loan.MaxAnnualRatePct))
		}
	case a.floating():
		if t := a.tenor(); t != lpr.OneYear && t != lpr.FiveYear {
			return bad("lpr_term", `must be "1y" or "5y"`)
		}
		if a.SpreadBP < -lpr.MaxSpreadBP || a.SpreadBP > lpr.MaxSpreadBP {
			return bad("spread_bp", "must be within ±1000 basis points")
		}
		return lpr.ValidRule(a.RepricingRule)
	default:
		return bad("rate_type", fmt.Sprintf("must be %q or %q", RateFixed, RateLPRFloating))
	}
	return nil
}
