package loan

import (
	"encoding/json"
	"fmt"

	"github.com/loandesk/loandesk/knowledge/money"
)

// KindExtension is the card kind of an ExtensionPreview.
const KindExtension = "extension_preview"

// ExtendInput is a term extension request on a loan's remaining balance.
type ExtendInput struct {
	Balance         money.Amount
	AnnualRatePct   money.Percent
	RemainingMonths int
	Method          Method
	ExtendMonths    int
	// MaxRemainingMonths bounds RemainingMonths+ExtendMonths; the caller derives
	// it from the product's maximum term and the age rule. 0: only MaxTermMonths.
	MaxRemainingMonths int
}

// ExtensionPreview is the extension_preview card: the remaining schedule now
// and after the extension. Changes are new − current (negative = less).
// Granting an extension is a credit decision taken by a human.
type ExtensionPreview struct {
	LoanID                 string        `json:"loan_id,omitempty"`
	Method                 Method        `json:"method"`
	Balance                money.Amount  `json:"balance"`
	AnnualRatePct          money.Percent `json:"annual_rate_pct"`
	ExtendMonths           int           `json:"extend_months"`
	CurrentRemainingMonths int           `json:"current_remaining_months"`
	NewRemainingMonths     int           `json:"new_remaining_months"`
	CurrentPayment         money.Amount  `json:"current_payment"`
	NewPayment             money.Amount  `json:"new_payment"`
	MonthlyChange          money.Amount  `json:"monthly_change"`
	TotalInterestBefore    money.Amount  `json:"total_interest_before"`
	TotalInterestAfter     money.Amount  `json:"total_interest_after"`
	InterestChange         money.Amount  `json:"interest_change"`
}

// MarshalJSON adds "kind".
func (p ExtensionPreview) MarshalJSON() ([]byte, error) {
	type plain ExtensionPreview
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindExtension, plain(p)})
}

// Extend previews pmt(B, r, m+k) against pmt(B, r, m) (first payments for the
// other methods), with the total remaining interest of both schedules.
func Extend(in ExtendInput) (ExtensionPreview, error) {
	if err := firstErr(
		checkRemaining(in.Method, in.Balance, in.AnnualRatePct, in.RemainingMonths),
		checkExtension(in),
	); err != nil {
		return ExtensionPreview{}, err
	}
	m, k := in.RemainingMonths, in.ExtendMonths
	before := remaining(in.Method, in.Balance, in.AnnualRatePct, m)
	after := remaining(in.Method, in.Balance, in.AnnualRatePct, m+k)
	return ExtensionPreview{
		Method: in.Method, Balance: in.Balance, AnnualRatePct: in.AnnualRatePct, ExtendMonths: k,
		CurrentRemainingMonths: m, NewRemainingMonths: m + k,
		CurrentPayment: before.FirstPayment, NewPayment: after.FirstPayment,
		MonthlyChange:       money.A(after.FirstPayment.Sub(before.FirstPayment.Decimal)),
		TotalInterestBefore: before.TotalInterest, TotalInterestAfter: after.TotalInterest,
		InterestChange: money.A(after.TotalInterest.Sub(before.TotalInterest.Decimal)),
	}, nil
}

// remaining is the schedule of a balance over its remaining months, the
// "before" and "after" of every preview.
func remaining(m Method, balance money.Amount, rate money.Percent, months int) Schedule {
	return build(m, balance.Decimal, rate, months, Fixed(m, balance.Decimal, rate.MonthlyRate(), months))
}

func checkExtension(in ExtendInput) error {
	limit := MaxTermMonths
	if in.MaxRemainingMonths > 0 {
		limit = min(limit, in.MaxRemainingMonths)
	}
	switch {
	case in.ExtendMonths < 1:
		return fieldErr("extend_months", "must be at least one month")
	case in.RemainingMonths+in.ExtendMonths > limit:
		return fieldErr("extend_months", fmt.Sprintf("at most %d months may remain (at most %d more)", limit, max(0, limit-in.RemainingMonths)))
	}
	return nil
}

// RemainingSchedule is the schedule of a loan's remaining balance over its
// remaining months at a rate, validated with the field names the previews use
// (balance, annual_rate_pct, remaining_months, method). Other packages build
// their before/after comparisons with it so every figure comes from one code path.
func RemainingSchedule(m Method, balance money.Amount, rate money.Percent, months int) (Schedule, error) {
	if err := checkRemaining(m, balance, rate, months); err != nil {
		return Schedule{}, err
	}
	return remaining(m, balance, rate, months), nil
}
