// Package money holds LoanDesk's decimal money and rate types and the bank's
// rounding convention (DOMAIN.md §1): half-up to the fen at the points the
// schedule code names, full precision everywhere else.
package money

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Precision is the number of decimal places kept for intermediate results
// such as monthly rates and powers; DOMAIN.md asks for at least 28 significant digits.
const Precision = 40

// Round rounds half-up (away from zero on .5) to the fen.
func Round(d decimal.Decimal) decimal.Decimal { return d.Round(2) }

// Div divides at Precision decimal places; it never rounds to the fen.
func Div(a, b decimal.Decimal) decimal.Decimal { return a.DivRound(b, Precision) }

// Amount is a sum of yuan. It is sent as a string with exactly two decimals
// ("5307.27") and accepted as a string or a JSON number.
type Amount struct{ decimal.Decimal }

// A wraps a decimal as an Amount without rounding it.
func A(d decimal.Decimal) Amount { return Amount{d} }

// MustAmount parses a literal; for tests and static tables only.
func MustAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// String formats with exactly two decimals, rounding half-up.
func (a Amount) String() string { return a.Decimal.StringFixed(2) }

// MarshalJSON sends the two-decimal string.
func (a Amount) MarshalJSON() ([]byte, error) { return json.Marshal(a.String()) }

// UnmarshalJSON accepts "300000", "300000.5" or 300000.5.
func (a *Amount) UnmarshalJSON(b []byte) error {
	s, err := jsonScalar(b)
	if err != nil {
		return err
	}
	v, err := ParseAmount(s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Percent is a rate in percent per year ("3.5" means 3.5%), sent as a decimal string.
type Percent struct{ decimal.Decimal }

// P wraps a decimal as a Percent.
func P(d decimal.Decimal) Percent { return Percent{d} }

// MustPercent parses a literal; for tests and static tables only.
func MustPercent(s string) Percent {
	p, err := ParsePercent(s)
	if err != nil {
		panic(err)
	}
	return p
}

// String formats without trailing zeros beyond two decimals ("3.5", "3.85", "4").
func (p Percent) String() string { return p.Decimal.String() }

// MarshalJSON sends the decimal string.
func (p Percent) MarshalJSON() ([]byte, error) { return json.Marshal(p.String()) }

// UnmarshalJSON accepts "3.5" or 3.5.
func (p *Percent) UnmarshalJSON(b []byte) error {
	s, err := jsonScalar(b)
	if err != nil {
		return err
	}
	v, err := ParsePercent(s)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// MonthlyRate is annual percent / 100 / 12 at full precision; never rounded to the fen.
func (p Percent) MonthlyRate() decimal.Decimal {
	return p.Decimal.DivRound(decimal.NewFromInt(1200), Precision)
}

// Errors returned by the parsers; callers map them to a field-named API error.
var (
	ErrSyntax   = errors.New("not a decimal number")
	ErrNegative = errors.New("must not be negative")
	ErrTooLarge = errors.New("too large")
	ErrTooFine  = errors.New("too many decimal places")
)

// Limits that keep untrusted input from making the arithmetic slow or absurd.
var (
	maxAmount  = decimal.New(1, 12) // 1 trillion yuan
	maxPercent = decimal.NewFromInt(100)
)

// ParseAmount parses a non-negative amount of yuan with at most two decimals.
func ParseAmount(s string) (Amount, error) {
	d, err := parseDecimal(s, 2, maxAmount)
	return Amount{d}, err
}

// ParsePercent parses a non-negative annual rate in percent, at most 100, with at most 6 decimals.
func ParsePercent(s string) (Percent, error) {
	d, err := parseDecimal(s, 6, maxPercent)
	return Percent{d}, err
}

// parseDecimal accepts plain decimal notation only (no exponents, no signs but
// a leading minus that is reported as negative), so untrusted input cannot ask
// for 1e1000000 digits.
func parseDecimal(s string, places int32, max decimal.Decimal) (decimal.Decimal, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return decimal.Zero, ErrSyntax
	}
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(s, "-")
	dot := false
	digits := 0
	for i, c := range body {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && i > 0 && i < len(body)-1:
			dot = true
		default:
			return decimal.Zero, ErrSyntax
		}
	}
	if digits == 0 {
		return decimal.Zero, ErrSyntax
	}
	d, err := decimal.NewFromString(body)
	if err != nil {
		return decimal.Zero, ErrSyntax
	}
	if neg && !d.IsZero() {
		return decimal.Zero, ErrNegative
	}
	if d.GreaterThan(max) {
		return decimal.Zero, ErrTooLarge
	}
	if -d.Exponent() > places && !d.Equal(d.Truncate(places)) {
		return decimal.Zero, ErrTooFine
	}
	return d, nil
}

// jsonScalar returns the text of a JSON string or number.
func jsonScalar(b []byte) (string, error) {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return "", fmt.Errorf("%w: %v", ErrSyntax, err)
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return "", ErrSyntax
	}
	return n.String(), nil
}
