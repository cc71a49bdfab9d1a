package loan

import (
	"math/big"
	"testing"

	"github.com/loandesk/loandesk/knowledge/money"
)

// The functions below recompute the convention with exact rationals and no
// shared code, as an independent check of the decimal implementation.

// ratRound rounds x half-up (away from zero) to the fen.
func ratRound(x *big.Rat) *big.Rat {
	hundred := big.NewInt(100)
	scaled := new(big.Rat).Mul(x, new(big.Rat).SetInt(hundred))
	scaled.Add(scaled, big.NewRat(1, 2)) // inputs here are non-negative
	q := new(big.Int).Quo(scaled.Num(), scaled.Denom())
	return new(big.Rat).SetFrac(q, hundred)
}

func ratPayment(p, r *big.Rat, n int) *big.Rat {
	if r.Sign() == 0 {
		return ratRound(new(big.Rat).Quo(p, new(big.Rat).SetInt64(int64(n))))
	}
	g := big.NewRat(1, 1)
	onePlusR := new(big.Rat).Add(big.NewRat(1, 1), r)
	for range n {
		g.Mul(g, onePlusR)
	}
	num := new(big.Rat).Mul(p, r)
	num.Mul(num, g)
	den := new(big.Rat).Sub(g, big.NewRat(1, 1))
	return ratRound(num.Quo(num, den))
}

// ratTotals walks an equal-installment or equal-principal schedule.
func ratTotals(p, r *big.Rat, n int, m Method) (first, last, interest *big.Rat) {
	a := ratPayment(p, r, n)
	part := ratRound(new(big.Rat).Quo(p, new(big.Rat).SetInt64(int64(n))))
	balance, interest := new(big.Rat).Set(p), new(big.Rat)
	for k := 1; k <= n; k++ {
		i := ratRound(new(big.Rat).Mul(balance, r))
		prin := part
		if m == EqualInstallment {
			prin = new(big.Rat).Sub(a, i)
		}
		if k == n {
			prin = balance
		}
		pay := new(big.Rat).Add(prin, i)
		if k == 1 {
			first = pay
		}
		last = pay
		interest.Add(interest, i)
		balance = new(big.Rat).Sub(balance, prin)
	}
	return first, last, interest
}

func TestAgainstRationals(t *testing.T) {
	for _, tc := range []struct {
		p, rate string
		n       int
	}{
		{"1000000", "4.9", 360}, {"600000", "5.537", 240}, {"800000", "3.3", 240},
		{"123456.78", "7.123456", 97}, {"50000", "0", 13}, {"2500000", "23.99", 480},
	} {
		pr, _ := new(big.Rat).SetString(tc.p)
		rr, _ := new(big.Rat).SetString(tc.rate)
		rr.Quo(rr, big.NewRat(1200, 1))
		for _, m := range []Method{EqualInstallment, EqualPrincipal} {
			s := mustSchedule(t, tc.p, tc.rate, tc.n, m)
			first, last, interest := ratTotals(pr, rr, tc.n, m)
			for name, pair := range map[string][2]string{
				"first":    {s.FirstPayment.String(), first.FloatString(2)},
				"last":     {s.LastPayment.String(), last.FloatString(2)},
				"interest": {s.TotalInterest.String(), interest.FloatString(2)},
			} {
				if pair[0] != pair[1] {
					t.Errorf("%s·%s%%·%d %s: %s %s, rationals say %s", tc.p, tc.rate, tc.n, m, name, pair[0], pair[1])
				}
			}
		}
		r := money.MustPercent(tc.rate).MonthlyRate()
		if got, want := Payment(money.MustAmount(tc.p).Decimal, r, tc.n).StringFixed(2), ratPayment(pr, rr, tc.n).FloatString(2); got != want {
			t.Errorf("Payment %s·%s%%·%d = %s, rationals say %s", tc.p, tc.rate, tc.n, got, want)
		}
	}
}
