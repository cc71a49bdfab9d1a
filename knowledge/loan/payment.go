package loan

import (
	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/money"
)

// Payment is the equal-installment payment A = P·r·(1+r)^n / ((1+r)^n − 1),
// rounded half-up to the fen; r = 0 gives P/n rounded. monthlyRate must be the
// unrounded rate from money.Percent.MonthlyRate: rounding it moves the result
// (100万 · 4.9% · 360 becomes 5307.02 instead of 5307.27). months < 1 means
// everything is due now and returns the balance rounded.
func Payment(balance, monthlyRate decimal.Decimal, months int) decimal.Decimal {
	if months < 1 {
		return money.Round(balance)
	}
	n := decimal.NewFromInt(int64(months))
	if monthlyRate.IsZero() {
		return money.Round(money.Div(balance, n))
	}
	g := Growth(monthlyRate, months)
	return money.Round(money.Div(balance.Mul(monthlyRate).Mul(g), g.Sub(decimal.NewFromInt(1))))
}

// Growth is (1+r)^n at money.Precision decimal places, by square-and-multiply
// with rounding after each product, so the digit count stays bounded (about
// 2·log2(n) multiplications instead of n).
func Growth(monthlyRate decimal.Decimal, months int) decimal.Decimal {
	result := decimal.NewFromInt(1)
	base := monthlyRate.Add(result)
	for e := months; e > 0; e >>= 1 {
		if e&1 == 1 {
			result = result.Mul(base).Round(money.Precision)
		}
		if e > 1 {
			base = base.Mul(base).Round(money.Precision)
		}
	}
	return result
}

// PresentValue is the balance a payment of a per month repays over months at
// monthlyRate: a·((1+r)^n − 1) / (r·(1+r)^n), or a·n at r = 0. It is kept at
// full precision (the quota trial rounds it down itself). months < 1 gives zero.
func PresentValue(a, monthlyRate decimal.Decimal, months int) decimal.Decimal {
	if months < 1 {
		return decimal.Zero
	}
	if monthlyRate.IsZero() {
		return a.Mul(decimal.NewFromInt(int64(months)))
	}
	g := Growth(monthlyRate, months)
	return money.Div(a.Mul(g.Sub(decimal.NewFromInt(1))), monthlyRate.Mul(g))
}
