package book

import (
	"encoding/json"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Loan statuses View derives.
const (
	StatusCurrent = "current"
	StatusOverdue = "overdue"
	StatusPaidOff = "paid_off"
)

// Loan is an account's state on a date: the PROTOCOL "A loan" object.
// Dates are YYYY-MM-DD; NextDueDate is empty once every period has fallen due.
type Loan struct {
	ID                string        `json:"id"`
	CustomerID        string        `json:"customer_id"`
	Product           string        `json:"product"`
	Principal         money.Amount  `json:"principal"`
	Balance           money.Amount  `json:"balance"`
	AnnualRatePct     money.Percent `json:"annual_rate_pct"`
	RateType          string        `json:"rate_type"`
	LPRTerm           lpr.Tenor     `json:"lpr_term,omitempty"`
	SpreadBP          *int          `json:"spread_bp,omitempty"`
	Method            loan.Method   `json:"method"`
	TermMonths        int           `json:"term_months"`
	RemainingMonths   int           `json:"remaining_months"`
	PaidPeriods       int           `json:"paid_periods"`
	MonthlyPayment    money.Amount  `json:"monthly_payment"`
	NextDueDate       string        `json:"next_due_date"`
	DueDay            int           `json:"due_day"`
	OverduePeriods    int           `json:"overdue_periods"`
	OverdueAmount     money.Amount  `json:"overdue_amount"`
	NextRepricingDate string        `json:"next_repricing_date,omitempty"`
	StartDate         string        `json:"start_date"`
	MaturityDate      string        `json:"maturity_date"`
	Status            string        `json:"status"`
}

// View is the account on asOf, from its schedule (see Schedule):
//   - periods due on or before asOf are paid, except the last OverduePeriods;
//   - balance is the outstanding principal, overdue principal included
//     (principal less the principal of the paid periods);
//   - overdue_amount is the overdue periods' installments (no penalty
//     interest in v1);
//   - remaining_months counts the periods not yet due, so remaining + paid +
//     overdue = term;
//   - monthly_payment and annual_rate_pct are those of the next due period
//     (of the last period once all are due).
func (a Account) View(asOf time.Time, h lpr.History) (Loan, error) {
	rows, err := a.Schedule(h)
	if err != nil {
		return Loan{}, err
	}
	n, due := len(rows), periodsDue(a, asOf)
	if a.OverduePeriods > due {
		return Loan{}, &loan.FieldError{Field: "overdue_periods", Msg: "more periods overdue than have fallen due"}
	}
	paid := due - a.OverduePeriods
	l := Loan{
		ID: a.ID, CustomerID: a.CustomerID, Product: a.Product, Principal: a.Principal, Balance: a.Principal,
		RateType: a.RateType, Method: a.Method, TermMonths: a.TermMonths, RemainingMonths: n - due,
		PaidPeriods: paid, DueDay: a.dueDay(), OverduePeriods: a.OverduePeriods,
		OverdueAmount: money.A(decimal.Zero), StartDate: a.StartDate.Format(time.DateOnly),
		MaturityDate: rows[n-1].DueDate, Status: a.status(due == n),
	}
	if paid > 0 {
		l.Balance = rows[paid-1].Balance
	}
	for _, row := range rows[paid:due] {
		l.OverdueAmount = money.A(l.OverdueAmount.Add(row.Payment.Decimal))
	}
	current := rows[min(due, n-1)]
	l.AnnualRatePct = current.AnnualRatePct
	if due < n {
		l.MonthlyPayment, l.NextDueDate = current.Payment, current.DueDate
	} else {
		l.MonthlyPayment = money.A(decimal.Zero)
	}
	if a.floating() {
		spread := a.SpreadBP
		l.LPRTerm, l.SpreadBP = a.tenor(), &spread
		if next := a.nextRepricing(asOf); due < n && !next.After(rows[n-1].Due) {
			l.NextRepricingDate = next.Format(time.DateOnly)
		}
	}
	return l, nil
}

func (a Account) status(allDue bool) string {
	switch {
	case a.Status != "" && a.Status != "active":
		return a.Status
	case a.OverduePeriods > 0:
		return StatusOverdue
	case allDue:
		return StatusPaidOff
	}
	return StatusCurrent
}

// KindLoanSummary is the card kind of a LoanSummary.
const KindLoanSummary = "loan_summary"

// LoanSummary is the loan_summary card.
type LoanSummary struct {
	LoanID          string        `json:"loan_id"`
	Product         string        `json:"product"`
	Balance         money.Amount  `json:"balance"`
	AnnualRatePct   money.Percent `json:"annual_rate_pct"`
	MonthlyPayment  money.Amount  `json:"monthly_payment"`
	NextDueDate     string        `json:"next_due_date"`
	RemainingMonths int           `json:"remaining_months"`
	OverduePeriods  int           `json:"overdue_periods"`
	OverdueAmount   money.Amount  `json:"overdue_amount"`
	Status          string        `json:"status"`
}

// MarshalJSON adds "kind".
func (s LoanSummary) MarshalJSON() ([]byte, error) {
	type plain LoanSummary
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindLoanSummary, plain(s)})
}

// Summary is the loan_summary card of l.
func (l Loan) Summary() LoanSummary {
	return LoanSummary{
		LoanID: l.ID, Product: l.Product, Balance: l.Balance, AnnualRatePct: l.AnnualRatePct,
		MonthlyPayment: l.MonthlyPayment, NextDueDate: l.NextDueDate, RemainingMonths: l.RemainingMonths,
		OverduePeriods: l.OverduePeriods, OverdueAmount: l.OverdueAmount, Status: l.Status,
	}
}
