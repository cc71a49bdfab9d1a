package lpr

import (
	"encoding/json"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/money"
)

// KindImpact is the card kind of an ImpactCard.
const KindImpact = "lpr_impact"

// MaxSpreadBP bounds a loan's spread over LPR (±10 percentage points).
const MaxSpreadBP = 1000

// ImpactInput is a floating loan at a repricing: Balance and RemainingMonths
// are the scheduled figures at the repricing date.
type ImpactInput struct {
	Balance         money.Amount
	RemainingMonths int
	Method          loan.Method
	SpreadBP        int
	OldLPR          money.Percent
	NewLPR          money.Percent
	RepricingDate   time.Time // optional
	LoanID          string    // optional
}

// ImpactCard is the lpr_impact card. Changes are new − old, so a falling LPR
// shows a negative monthly_change ("-40.58").
type ImpactCard struct {
	LoanID              string        `json:"loan_id,omitempty"`
	Method              loan.Method   `json:"method"`
	Balance             money.Amount  `json:"balance"`
	RemainingMonths     int           `json:"remaining_months"`
	SpreadBP            int           `json:"spread_bp"`
	OldLPRPct           money.Percent `json:"old_lpr_pct"`
	NewLPRPct           money.Percent `json:"new_lpr_pct"`
	OldRatePct          money.Percent `json:"old_rate_pct"`
	NewRatePct          money.Percent `json:"new_rate_pct"`
	OldPayment          money.Amount  `json:"old_payment"`
	NewPayment          money.Amount  `json:"new_payment"`
	MonthlyChange       money.Amount  `json:"monthly_change"`
	TotalInterestChange money.Amount  `json:"total_interest_change"`
	RepricingDate       string        `json:"repricing_date,omitempty"`
}

// MarshalJSON adds "kind".
func (c ImpactCard) MarshalJSON() ([]byte, error) {
	type plain ImpactCard
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindImpact, plain(c)})
}

// Impact compares the remaining schedule at old LPR + spread with the one at
// new LPR + spread. The payment is the schedule's first payment: pmt for equal
// installment, principal part plus interest for equal principal, the interest
// for interest only.
func Impact(in ImpactInput) (ImpactCard, error) {
	if err := validateImpact(in); err != nil {
		return ImpactCard{}, err
	}
	oldRate, newRate := AddBP(in.OldLPR, in.SpreadBP), AddBP(in.NewLPR, in.SpreadBP)
	before, err := loan.RemainingSchedule(in.Method, in.Balance, oldRate, in.RemainingMonths)
	if err != nil {
		return ImpactCard{}, err
	}
	after, err := loan.RemainingSchedule(in.Method, in.Balance, newRate, in.RemainingMonths)
	if err != nil {
		return ImpactCard{}, err
	}
	c := ImpactCard{
		LoanID: in.LoanID, Method: in.Method, Balance: in.Balance, RemainingMonths: in.RemainingMonths,
		SpreadBP: in.SpreadBP, OldLPRPct: in.OldLPR, NewLPRPct: in.NewLPR, OldRatePct: oldRate, NewRatePct: newRate,
		OldPayment: before.FirstPayment, NewPayment: after.FirstPayment,
		MonthlyChange:       money.A(after.FirstPayment.Sub(before.FirstPayment.Decimal)),
		TotalInterestChange: money.A(after.TotalInterest.Sub(before.TotalInterest.Decimal)),
	}
	if !in.RepricingDate.IsZero() {
		c.RepricingDate = in.RepricingDate.Format(time.DateOnly)
	}
	return c, nil
}

// AddBP moves a rate by basis points (−30 → 3.60 becomes 3.30): the loan rate
// from LPR and spread, or a what-if move of the latest fixing.
func AddBP(p money.Percent, bp int) money.Percent {
	return money.P(p.Add(decimal.New(int64(bp), -2)))
}

func validateImpact(in ImpactInput) error {
	if in.SpreadBP < -MaxSpreadBP || in.SpreadBP > MaxSpreadBP {
		return &loan.FieldError{Field: "spread_bp", Msg: "must be within ±1000 basis points"}
	}
	if err := checkLPR("old_lpr_pct", in.OldLPR); err != nil {
		return err
	}
	if err := checkLPR("new_lpr_pct", in.NewLPR); err != nil {
		return err
	}
	if AddBP(in.OldLPR, in.SpreadBP).IsNegative() || AddBP(in.NewLPR, in.SpreadBP).IsNegative() {
		return &loan.FieldError{Field: "spread_bp", Msg: "takes the loan rate below zero"}
	}
	return nil
}
