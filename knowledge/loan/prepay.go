package loan

import (
	"encoding/json"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/money"
)

// KindPrepayment is the card kind of a PrepaymentPlan.
const KindPrepayment = "prepayment_plan"

// Prepayment modes (DOMAIN.md §2).
const (
	ModeReducePayment = "reduce_payment"
	ModeShortenTerm   = "shorten_term"
	ModeFull          = "full"
)

// PrepayInput is a partial or full prepayment of a loan's remaining balance.
type PrepayInput struct {
	Balance         money.Amount
	AnnualRatePct   money.Percent
	RemainingMonths int
	Method          Method
	PrepayAmount    money.Amount
	// CurrentPayment is the loan's actual installment; nil means the calculator
	// case, the first payment of the remaining schedule (pmt(B, r, m) for equal
	// installment).
	CurrentPayment *money.Amount
	// FeePct is the prepayment fee in percent of PrepayAmount (1 = 1%); the
	// caller decides from the product whether it applies. Zero: no fee.
	FeePct decimal.Decimal
}

// PrepayOption is one way of taking the prepayment: the payment and term that
// follow it and the interest it saves against the current schedule.
type PrepayOption struct {
	Mode            string       `json:"mode"`
	MonthlyPayment  money.Amount `json:"monthly_payment"`
	RemainingMonths int          `json:"remaining_months"`
	InterestSaved   money.Amount `json:"interest_saved"`
}

// PrepaymentPlan is the prepayment_plan card. LoanID is set by callers
// previewing a customer's own loan.
type PrepaymentPlan struct {
	LoanID          string         `json:"loan_id,omitempty"`
	Method          Method         `json:"method"`
	Balance         money.Amount   `json:"balance"`
	AnnualRatePct   money.Percent  `json:"annual_rate_pct"`
	RemainingMonths int            `json:"remaining_months"`
	PrepayAmount    money.Amount   `json:"prepay_amount"`
	CurrentPayment  money.Amount   `json:"current_payment"`
	Fee             money.Amount   `json:"fee"`
	Options         []PrepayOption `json:"options"`
}

// MarshalJSON adds "kind".
func (p PrepaymentPlan) MarshalJSON() ([]byte, error) {
	type plain PrepaymentPlan
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindPrepayment, plain(p)})
}

// Prepay previews a prepayment under DOMAIN.md §2.
//
// A prepayment equal to the balance offers only "full". A smaller one offers
// "reduce_payment" and "shorten_term" (the customer compares the two; "full"
// would be a different amount). More than the balance is an error on
// prepay_amount. Interest-only loans repay no principal before the last
// period, so there is no term to shorten: they get "reduce_payment" only
// (the interest on the smaller balance, same maturity).
//
// Equal principal: reduce_payment rebuilds the schedule of B' over m
// (principal part round(B'/m)); shorten_term keeps the principal part
// round(B/m) and pays B' off in ceil(B'/part) months. Equal installment:
// shorten_term is the smallest m' with pmt(B', r, m') ≤ the current payment,
// never longer than m.
func Prepay(in PrepayInput) (PrepaymentPlan, error) {
	if err := firstErr(
		checkRemaining(in.Method, in.Balance, in.AnnualRatePct, in.RemainingMonths),
		checkAmount("prepay_amount", in.PrepayAmount),
		checkPrepay(in),
	); err != nil {
		return PrepaymentPlan{}, err
	}
	B, m, rate := in.Balance.Decimal, in.RemainingMonths, in.AnnualRatePct
	r := rate.MonthlyRate()
	before := remaining(in.Method, in.Balance, rate, m)
	plan := PrepaymentPlan{
		Method: in.Method, Balance: in.Balance, AnnualRatePct: rate, RemainingMonths: m,
		PrepayAmount: in.PrepayAmount, CurrentPayment: before.FirstPayment,
		Fee: money.A(money.Round(in.PrepayAmount.Mul(in.FeePct).Div(decimal.NewFromInt(100)))),
	}
	if in.CurrentPayment != nil {
		plan.CurrentPayment = *in.CurrentPayment
	}
	rest := B.Sub(in.PrepayAmount.Decimal)
	if rest.IsZero() {
		plan.Options = []PrepayOption{{Mode: ModeFull, InterestSaved: before.TotalInterest}}
		return plan, nil
	}
	option := func(mode string, months int, fixed decimal.Decimal) PrepayOption {
		after := build(in.Method, rest, rate, months, fixed)
		return PrepayOption{
			Mode: mode, MonthlyPayment: after.FirstPayment, RemainingMonths: months,
			InterestSaved: money.A(before.TotalInterest.Sub(after.TotalInterest.Decimal)),
		}
	}
	plan.Options = append(plan.Options, option(ModeReducePayment, m, Fixed(in.Method, rest, r, m)))
	switch in.Method {
	case EqualInstallment:
		months := shortestTerm(rest, r, m, plan.CurrentPayment.Decimal)
		plan.Options = append(plan.Options, option(ModeShortenTerm, months, Payment(rest, r, months)))
	case EqualPrincipal:
		part := Fixed(EqualPrincipal, B, r, m)
		months := m
		if part.IsPositive() { // a balance of a few fen over many months rounds the part to zero
			months = int(min(int64(m), money.Div(rest, part).Ceil().IntPart()))
		}
		plan.Options = append(plan.Options, option(ModeShortenTerm, months, part))
	}
	return plan, nil
}

// shortestTerm is the smallest m' in 1..m with pmt(balance, r, m') ≤ target,
// or m when even that payment is above target (the term never grows).
// pmt falls as the term grows, so a binary search needs about log2(m) payments.
func shortestTerm(balance, r decimal.Decimal, m int, target decimal.Decimal) int {
	return 1 + sort.Search(m-1, func(i int) bool {
		return Payment(balance, r, i+1).LessThanOrEqual(target)
	})
}

func checkPrepay(in PrepayInput) error {
	switch {
	case in.PrepayAmount.GreaterThan(in.Balance.Decimal):
		return fieldErr("prepay_amount", "must not exceed the balance "+in.Balance.String())
	case in.FeePct.IsNegative() || in.FeePct.GreaterThan(decimal.NewFromInt(100)):
		return fieldErr("fee_pct", "must be between 0 and 100 percent")
	case in.CurrentPayment != nil && !in.CurrentPayment.IsPositive():
		return fieldErr("current_payment", "must be greater than zero")
	}
	return nil
}
