package book

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Customer tiers for the manager copilot (DOMAIN.md §8).
const (
	TierA = "A" // core: large and stable
	TierB = "B" // potential: a meaningful, growing relationship
	TierC = "C" // general
	TierD = "D" // risk: overdue or an open high flag, until a human clears it
)

// Tier thresholds, a rough cut of the seed practice.
const (
	tierALargeBalance = 500000 // yuan outstanding across the customer's loans
	tierAStablePaid   = 24     // periods paid on the oldest loan
	tierBBalance      = 100000
)

// Tier classifies a customer from their loans (as of the same date) and the
// number of open high- or critical-severity flags:
//
//	D  any overdue period, or an open high flag;
//	A  ≥ 500,000 outstanding and a loan with ≥ 24 periods paid;
//	B  ≥ 100,000 outstanding;
//	C  everyone else, including customers without loans.
//
// why is a short English reason for the copilot to show. c is not used yet:
// segment-based rules would go here.
func Tier(c Customer, loans []Loan, openHighFlags int) (tier string, why string) {
	overdue, balance, maxPaid := 0, decimal.Zero, 0
	for _, l := range loans {
		overdue += l.OverduePeriods
		balance = balance.Add(l.Balance.Decimal)
		maxPaid = max(maxPaid, l.PaidPeriods)
	}
	switch {
	case overdue > 0 && openHighFlags > 0:
		return TierD, fmt.Sprintf("%d overdue period(s) and %d open high-severity flag(s)", overdue, openHighFlags)
	case overdue > 0:
		return TierD, fmt.Sprintf("%d overdue period(s)", overdue)
	case openHighFlags > 0:
		return TierD, fmt.Sprintf("%d open high-severity flag(s)", openHighFlags)
	case balance.GreaterThanOrEqual(decimal.NewFromInt(tierALargeBalance)) && maxPaid >= tierAStablePaid:
		return TierA, fmt.Sprintf("%s outstanding, %d periods repaid on the longest loan", balance.StringFixed(2), maxPaid)
	case balance.GreaterThanOrEqual(decimal.NewFromInt(tierBBalance)):
		return TierB, fmt.Sprintf("%s outstanding", balance.StringFixed(2))
	case len(loans) == 0:
		return TierC, "no loans on the book"
	}
	return TierC, fmt.Sprintf("%s outstanding", balance.StringFixed(2))
}
