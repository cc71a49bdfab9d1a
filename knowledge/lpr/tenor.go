package lpr

import (
	"fmt"
	"strings"

	"github.com/loandesk/loandesk/knowledge/loan"
)

// Tenor names which LPR a floating loan follows.
type Tenor string

// The two published tenors.
const (
	OneYear  Tenor = "1y"
	FiveYear Tenor = "5y"
)

// TenorFor is the tenor for a loan's original term: over five years (60
// months) the 5-year-plus rate, otherwise the 1-year rate.
func TenorFor(originalTermMonths int) Tenor {
	if originalTermMonths > 60 {
		return FiveYear
	}
	return OneYear
}

// ParseTenor accepts "1y" or "5y" (case- and space-insensitive); errors name lpr_term.
func ParseTenor(s string) (Tenor, error) {
	t := Tenor(strings.ToLower(strings.TrimSpace(s)))
	if t != OneYear && t != FiveYear {
		return "", &loan.FieldError{Field: "lpr_term", Msg: fmt.Sprintf("must be %q or %q", OneYear, FiveYear)}
	}
	return t, nil
}
