package loan

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/money"
)

// Input bounds. They keep the arithmetic meaningful rather than encode
// credit policy (the product catalogue does that).
const (
	// MaxTermMonths is 40 years, beyond any product the bank sells.
	MaxTermMonths = 480
	// MaxAnnualRatePct is 36%, the ceiling PRC courts enforce on lending rates.
	MaxAnnualRatePct = 36
)

// firstErr returns the first non-nil error, so validation reads as a list.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkAmount requires a positive amount in whole fen.
func checkAmount(field string, a money.Amount) error {
	switch {
	case !a.IsPositive():
		return fieldErr(field, "must be greater than zero")
	case !a.Equal(money.Round(a.Decimal)):
		return fieldErr(field, "must be in whole fen (at most two decimals)")
	}
	return nil
}

func checkRate(field string, p money.Percent) error {
	if p.IsNegative() || p.GreaterThan(decimal.NewFromInt(MaxAnnualRatePct)) {
		return fieldErr(field, fmt.Sprintf("must be between 0 and %d percent", MaxAnnualRatePct))
	}
	return nil
}

func checkMonths(field string, n int) error {
	if n < 1 || n > MaxTermMonths {
		return fieldErr(field, fmt.Sprintf("must be between 1 and %d months", MaxTermMonths))
	}
	return nil
}

func checkMethod(field string, m Method) error {
	if !m.Valid() {
		return fieldErr(field, fmt.Sprintf("unknown repayment method %q", truncate(string(m), 40)))
	}
	return nil
}

// checkDueDay accepts 0 (meaning "the start date's day") or a day of month.
func checkDueDay(field string, d int) error {
	if d < 0 || d > 31 {
		return fieldErr(field, "must be a day of month 1..31")
	}
	return nil
}

// checkRemaining validates the (balance, rate, remaining months, method)
// every preview of an existing loan starts from.
func checkRemaining(m Method, balance money.Amount, rate money.Percent, months int) error {
	return firstErr(
		checkAmount("balance", balance),
		checkRate("annual_rate_pct", rate),
		checkMonths("remaining_months", months),
		checkMethod("method", m),
	)
}
