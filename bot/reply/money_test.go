package reply

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/money"
)

func TestGroup(t *testing.T) {
	for in, want := range map[string]string{
		"0":           "0",
		"0.00":        "0.00",
		"999.99":      "999.99",
		"1000":        "1,000",
		"5307.27":     "5,307.27",
		"123456.7":    "123,456.7",
		"1234567.80":  "1,234,567.80",
		"-40.58":      "-40.58",
		"-1234567.80": "-1,234,567.80",
	} {
		if got := Group(in); got != want {
			t.Errorf("Group(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMoney(t *testing.T) {
	// Changes can be negative; MustAmount only takes sums, so build them from decimals.
	a := func(s string) money.Amount { return money.A(decimal.RequireFromString(s)) }
	for _, tc := range []struct{ name, got, want string }{
		{"Yuan", Yuan(a("5307.27")), "5,307.27 元"},
		{"Yuan negative", Yuan(a("-1234.5")), "-1,234.50 元"},
		{"CNY", CNY(a("1000000")), "CNY 1,000,000.00"},
		// The sign goes before the currency in English text.
		{"CNY negative", CNY(a("-40.58")), "-CNY 40.58"},
		{"CNY negative grouped", CNY(a("-1234567.8")), "-CNY 1,234,567.80"},
		{"Amount zh-Hans", Amount(Hans, a("12")), "12.00 元"},
		{"Amount zh-Hant", Amount(Hant, a("12")), "12.00 元"},
		{"Amount en", Amount(En, a("12")), "CNY 12.00"},
		{"Signed up zh", Signed(Hans, a("120.5")), "+120.50 元"},
		{"Signed down zh", Signed(Hans, a("-1200")), "-1,200.00 元"},
		{"Signed zero zh", Signed(Hans, a("0")), "0.00 元"},
		{"Signed up en", Signed(En, a("1234.5")), "+CNY 1,234.50"},
		{"Signed down en", Signed(En, a("-40.58")), "-CNY 40.58"},
		{"Signed zero en", Signed(En, a("0")), "CNY 0.00"},
		{"Pct", Pct(money.MustPercent("4.9")), "4.9%"},
		{"Pct cut", Pct(money.MustPercent("3.45")), "3.45%"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
