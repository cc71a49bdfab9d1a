package book

import (
	"time"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// RepricingImpact is the lpr_impact card of a floating account at its next
// repricing date after asOf: the scheduled balance and remaining months at
// that date, the rate before it, and the rate newLPR + spread after it.
// newLPR nil means the LPR that will apply under h (the latest fixing, for a
// date still ahead); a what-if ("LPR falls 10bp") passes
// lpr.AddBP(h.Latest().Rate(tenor), -10).
func (a Account) RepricingImpact(asOf time.Time, h lpr.History, newLPR *money.Percent) (lpr.ImpactCard, error) {
	if !a.floating() {
		return lpr.ImpactCard{}, &loan.FieldError{Field: "rate_type", Msg: "a fixed-rate loan does not reprice"}
	}
	rows, err := a.Schedule(h)
	if err != nil {
		return lpr.ImpactCard{}, err
	}
	date := a.nextRepricing(asOf)
	done := 0 // periods due on or before the repricing date
	for done < len(rows) && !rows[done].Due.After(date) {
		done++
	}
	if done == len(rows) {
		return lpr.ImpactCard{}, &loan.FieldError{Field: "repricing_date", Msg: "the loan matures before its next repricing"}
	}
	balance, oldRate := a.Principal, rows[0].AnnualRatePct
	if done > 0 {
		balance, oldRate = rows[done-1].Balance, rows[done-1].AnnualRatePct
	}
	target := rows[done].AnnualRatePct // the schedule already prices it with h
	newFix := lpr.AddBP(target, -a.SpreadBP)
	if newLPR != nil {
		newFix = *newLPR
	}
	return lpr.Impact(lpr.ImpactInput{
		Balance: balance, RemainingMonths: len(rows) - done, Method: a.Method, SpreadBP: a.SpreadBP,
		OldLPR: lpr.AddBP(oldRate, -a.SpreadBP), NewLPR: newFix, RepricingDate: date, LoanID: a.ID,
	})
}
