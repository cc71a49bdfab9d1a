package loan

import (
	"strings"
)

// Method is a repayment method.
type Method string

// The repayment methods LoanDesk computes.
const (
	EqualInstallment Method = "equal_installment" // 等额本息
	EqualPrincipal   Method = "equal_principal"   // 等额本金
	InterestOnly     Method = "interest_only"     // 先息后本
)

// Valid reports whether m is one of the known methods.
func (m Method) Valid() bool {
	switch m {
	case EqualInstallment, EqualPrincipal, InterestOnly:
		return true
	}
	return false
}

// ParseMethod accepts the wire names, case- and space-insensitively. Mapping
// Chinese wording (等额本息…) to a method is the NLU's job, not this parser's.
func ParseMethod(s string) (Method, error) {
	m := Method(strings.ToLower(strings.TrimSpace(s)))
	if err := checkMethod("method", m); err != nil {
		return "", err
	}
	return m, nil
}

// truncate keeps untrusted text short in error messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
