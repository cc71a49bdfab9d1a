package loan

import (
	"encoding/json"

	"github.com/loandesk/loandesk/knowledge/money"
)

// KindMethodSwitch is the card kind of a MethodSwitchPreview.
const KindMethodSwitch = "method_switch_preview"

// SwitchInput is a request to repay the remaining balance under another method.
type SwitchInput struct {
	Balance         money.Amount
	AnnualRatePct   money.Percent
	RemainingMonths int
	Method          Method // the loan's current method
	// Target is the proposed method; empty means "the other one": equal
	// installment ↔ equal principal, interest only → equal installment.
	Target Method
}

// MethodFigures summarises the remaining schedule under one method.
type MethodFigures struct {
	Method        Method       `json:"method"`
	FirstPayment  money.Amount `json:"first_payment"`
	LastPayment   money.Amount `json:"last_payment"`
	TotalInterest money.Amount `json:"total_interest"`
}

// MethodSwitchPreview is the method_switch_preview card. InterestDifference
// is proposed − current total interest (negative = the switch saves interest).
type MethodSwitchPreview struct {
	LoanID             string        `json:"loan_id,omitempty"`
	Balance            money.Amount  `json:"balance"`
	AnnualRatePct      money.Percent `json:"annual_rate_pct"`
	RemainingMonths    int           `json:"remaining_months"`
	Current            MethodFigures `json:"current"`
	Proposed           MethodFigures `json:"proposed"`
	InterestDifference money.Amount  `json:"interest_difference"`
}

// MarshalJSON adds "kind".
func (p MethodSwitchPreview) MarshalJSON() ([]byte, error) {
	type plain MethodSwitchPreview
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindMethodSwitch, plain(p)})
}

// SwitchMethod previews the remaining schedule (B, m, r) under the current and
// the proposed method.
func SwitchMethod(in SwitchInput) (MethodSwitchPreview, error) {
	target := in.Target
	if target == "" {
		target = otherMethod(in.Method)
	}
	if err := firstErr(
		checkRemaining(in.Method, in.Balance, in.AnnualRatePct, in.RemainingMonths),
		checkMethod("target_method", target),
	); err != nil {
		return MethodSwitchPreview{}, err
	}
	if target == in.Method {
		return MethodSwitchPreview{}, fieldErr("target_method", "is the loan's current method")
	}
	figures := func(m Method) MethodFigures {
		s := remaining(m, in.Balance, in.AnnualRatePct, in.RemainingMonths)
		return MethodFigures{Method: m, FirstPayment: s.FirstPayment, LastPayment: s.LastPayment, TotalInterest: s.TotalInterest}
	}
	cur, next := figures(in.Method), figures(target)
	return MethodSwitchPreview{
		Balance: in.Balance, AnnualRatePct: in.AnnualRatePct, RemainingMonths: in.RemainingMonths,
		Current: cur, Proposed: next,
		InterestDifference: money.A(next.TotalInterest.Sub(cur.TotalInterest.Decimal)),
	}, nil
}

func otherMethod(m Method) Method {
	if m == EqualInstallment {
		return EqualPrincipal
	}
	return EqualInstallment
}
