package loan

import (
	"cmp"
	"encoding/json"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/money"
)

// KindSchedule is the card kind of a Schedule.
const KindSchedule = "repayment_schedule"

// Row is one period of a schedule; Balance is what remains after the payment.
type Row struct {
	Period    int          `json:"period"`
	DueDate   string       `json:"due_date,omitempty"`
	Payment   money.Amount `json:"payment"`
	Principal money.Amount `json:"principal"`
	Interest  money.Amount `json:"interest"`
	Balance   money.Amount `json:"balance"`
}

// ScheduleInput describes a loan from its first period.
type ScheduleInput struct {
	Principal     money.Amount
	AnnualRatePct money.Percent
	TermMonths    int
	Method        Method
	StartDate     time.Time // zero: rows carry no due dates
	DueDay        int       // 0: StartDate's day; otherwise 1..31, clamped to month end
}

// Schedule is the repayment_schedule card: the whole schedule and its totals.
type Schedule struct {
	Method        Method        `json:"method"`
	Principal     money.Amount  `json:"principal"`
	AnnualRatePct money.Percent `json:"annual_rate_pct"`
	TermMonths    int           `json:"term_months"`
	FirstPayment  money.Amount  `json:"first_payment"`
	LastPayment   money.Amount  `json:"last_payment"`
	TotalInterest money.Amount  `json:"total_interest"`
	TotalPayment  money.Amount  `json:"total_payment"`
	Rows          []Row         `json:"rows"`
}

// MarshalJSON adds "kind" so the card is self-describing wherever it travels.
func (s Schedule) MarshalJSON() ([]byte, error) {
	type plain Schedule
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindSchedule, plain(s)})
}

// NewSchedule validates in and builds its schedule (bounds: see validate.go).
func NewSchedule(in ScheduleInput) (Schedule, error) {
	if err := firstErr(
		checkAmount("principal", in.Principal),
		checkRate("annual_rate_pct", in.AnnualRatePct),
		checkMonths("term_months", in.TermMonths),
		checkMethod("method", in.Method),
		checkDueDay("due_day", in.DueDay),
	); err != nil {
		return Schedule{}, err
	}
	r := in.AnnualRatePct.MonthlyRate()
	fixed := Fixed(in.Method, in.Principal.Decimal, r, in.TermMonths)
	s := build(in.Method, in.Principal.Decimal, in.AnnualRatePct, in.TermMonths, fixed)
	if !in.StartDate.IsZero() {
		day := cmp.Or(in.DueDay, in.StartDate.Day())
		for i := range s.Rows {
			s.Rows[i].DueDate = DueDate(in.StartDate, day, i+1).Format(time.DateOnly)
		}
	}
	return s, nil
}

// Truncated returns a copy holding only the first n rows (chat shows 12);
// the totals still describe the whole schedule.
func (s Schedule) Truncated(n int) Schedule {
	n = max(0, min(n, len(s.Rows)))
	s.Rows = slices.Clone(s.Rows[:n])
	return s
}

// Fixed is what a method keeps constant from period to period over the
// remaining months: the installment (equal installment), round(balance/months)
// (equal principal) or nothing (interest only).
func Fixed(m Method, balance, monthlyRate decimal.Decimal, months int) decimal.Decimal {
	switch m {
	case EqualInstallment:
		return Payment(balance, monthlyRate, months)
	case EqualPrincipal:
		if months < 1 {
			return money.Round(balance)
		}
		return money.Round(money.Div(balance, decimal.NewFromInt(int64(months))))
	}
	return decimal.Zero
}

// Period splits one period under the bank convention: interest is
// round(balance·r); principal is fixed − interest (equal installment), fixed
// (equal principal) or zero (interest only), never more than the balance nor
// less than zero; the last period clears the balance, absorbing every
// rounding difference.
func Period(m Method, balance, monthlyRate, fixed decimal.Decimal, last bool) (principal, interest decimal.Decimal) {
	interest = money.Round(balance.Mul(monthlyRate))
	switch {
	case last:
		principal = balance
	case m == EqualInstallment:
		principal = fixed.Sub(interest)
	case m == EqualPrincipal:
		principal = fixed
	default:
		principal = decimal.Zero
	}
	return decimal.Max(decimal.Zero, decimal.Min(principal, balance)), interest
}

// build runs Period over n months and totals the result. It is the one
// schedule code every preview uses, so their figures agree with the
// repayment_schedule card. At extreme inputs (36% over 480 months) the fen
// rounding of the installment compounds enough to repay the balance early;
// the clamp in Period then leaves zero rows at the end rather than a
// negative last payment.
func build(m Method, principal decimal.Decimal, rate money.Percent, n int, fixed decimal.Decimal) Schedule {
	r := rate.MonthlyRate()
	rows := make([]Row, n)
	balance, total := principal, decimal.Zero
	for k := 1; k <= n; k++ {
		p, i := Period(m, balance, r, fixed, k == n)
		balance = balance.Sub(p)
		total = total.Add(i)
		rows[k-1] = Row{Period: k, Payment: money.A(p.Add(i)), Principal: money.A(p), Interest: money.A(i), Balance: money.A(balance)}
	}
	s := Schedule{
		Method: m, Principal: money.A(principal), AnnualRatePct: rate, TermMonths: n,
		TotalInterest: money.A(total), TotalPayment: money.A(principal.Add(total)), Rows: rows,
	}
	if n > 0 {
		s.FirstPayment, s.LastPayment = rows[0].Payment, rows[n-1].Payment
	}
	return s
}

// DueDate is the k-th due date of a loan started on start: k months later, on
// dueDay clamped to that month's last day (a 31st loan falls due on Feb 28/29).
// The result is a UTC date.
func DueDate(start time.Time, dueDay, k int) time.Time {
	first := time.Date(start.Year(), start.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(dueDay, last)-1)
}
