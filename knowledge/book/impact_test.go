package book

import (
	"testing"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

func TestRepricingImpact(t *testing.T) {
	_, _, accounts, _, h := demo(t)
	mortgage := accounts[0]
	rows, _ := mortgage.Schedule(h)
	// Next repricing 2027-01-01: periods up to 2026-12-15 (69) are behind it.
	c, err := mortgage.RepricingImpact(asOf, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.RepricingDate != "2027-01-01" || c.RemainingMonths != 291 || !c.Balance.Equal(rows[68].Balance.Decimal) ||
		c.OldRatePct.String() != "3.2" || c.NewRatePct.String() != "3.2" || !c.MonthlyChange.IsZero() || c.LoanID != "L-1001-6688" {
		t.Errorf("unchanged LPR: %+v", c)
	}
	// What-if: the 5-year LPR falls 10bp from the latest fixing.
	moved := lpr.AddBP(h.Latest().FiveYear, -10)
	c, err = mortgage.RepricingImpact(asOf, h, &moved)
	if err != nil {
		t.Fatal(err)
	}
	want := loan.Payment(c.Balance.Decimal, money.MustPercent("3.1").MonthlyRate(), 291)
	if c.NewRatePct.String() != "3.1" || !c.NewPayment.Equal(want) || !c.MonthlyChange.IsNegative() || !c.TotalInterestChange.IsNegative() {
		t.Errorf("−10bp: %+v (want payment %s)", c, want)
	}
	if _, err := accounts[1].RepricingImpact(asOf, h, nil); fieldOf(err) != "rate_type" {
		t.Errorf("fixed loan: %v", err)
	}
}
