package reply

import (
	"strings"

	"github.com/loandesk/loandesk/knowledge/money"
)

// Yuan formats an amount for Chinese text: "5,307.27 元".
func Yuan(a money.Amount) string { return Group(a.String()) + " 元" }

// CNY formats an amount for English text: "CNY 5,307.27", "-CNY 40.58".
func CNY(a money.Amount) string {
	if a.IsNegative() {
		return "-CNY " + Group(money.A(a.Neg()).String())
	}
	return "CNY " + Group(a.String())
}

// Amount is Yuan or CNY by lang.
func Amount(lang string, a money.Amount) string {
	if lang == En {
		return CNY(a)
	}
	return Yuan(a)
}

// Signed writes a change with its sign ("+120.50 元", "-CNY 40.58", "0.00 元").
func Signed(lang string, a money.Amount) string {
	if a.IsPositive() {
		return "+" + Amount(lang, a)
	}
	return Amount(lang, a)
}

// Group inserts thousands separators into a decimal string ("-1234567.80" →
// "-1,234,567.80").
func Group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return sign + b.String()
}

// Pct formats a rate: "4.9%".
func Pct(p money.Percent) string { return p.String() + "%" }
