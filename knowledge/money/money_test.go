package money

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

func TestRoundHalfUp(t *testing.T) {
	for in, want := range map[string]string{
		"4083.333333": "4083.33", "0.005": "0.01", "2.675": "2.68", "1223.935": "1223.94", "5307.2649": "5307.26",
	} {
		if got := Round(decimal.RequireFromString(in)).StringFixed(2); got != want {
			t.Errorf("Round(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestAmountJSON(t *testing.T) {
	for _, in := range []string{`"300000"`, `"300000.5"`, `300000.5`, `" 12 "`} {
		var a Amount
		if err := json.Unmarshal([]byte(in), &a); err != nil {
			t.Fatalf("unmarshal %s: %v", in, err)
		}
		b, _ := json.Marshal(a)
		if len(b) < 5 || b[len(b)-4] != '.' {
			t.Errorf("%s marshals as %s, want two decimals", in, b)
		}
	}
	for in, want := range map[string]error{
		`"-5"`: ErrNegative, `"1e9"`: ErrSyntax, `"abc"`: ErrSyntax, `"1.234"`: ErrTooFine,
		`"10000000000000"`: ErrTooLarge, `""`: ErrSyntax, `true`: ErrSyntax, `".5"`: ErrSyntax, `"5."`: ErrSyntax,
	} {
		var a Amount
		if err := json.Unmarshal([]byte(in), &a); !errors.Is(err, want) {
			t.Errorf("unmarshal %s: err %v, want %v", in, err, want)
		}
	}
}

func TestPercent(t *testing.T) {
	p := MustPercent("4.9")
	r := p.MonthlyRate()
	if r.String()[:12] != "0.0040833333" || -r.Exponent() < 28 {
		t.Errorf("monthly rate %s lacks precision", r)
	}
	b, _ := json.Marshal(p)
	if string(b) != `"4.9"` {
		t.Errorf("percent marshals as %s", b)
	}
	if _, err := ParsePercent("101"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("101%% accepted: %v", err)
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"300000", "300000.5", "-1", "1e5", "00.10", "９９", " 1 ", "1.999", "99999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			return
		}
		if a.IsNegative() || a.GreaterThan(maxAmount) || !a.Equal(a.Round(2)) {
			t.Fatalf("ParseAmount(%q) = %s escapes its limits", s, a)
		}
		back, err := ParseAmount(a.String())
		if err != nil || !back.Equal(a.Decimal) {
			t.Fatalf("round trip of %q: %s, %v", s, back, err)
		}
	})
}

func FuzzParsePercent(f *testing.F) {
	for _, s := range []string{"3.5", "0", "100", "100.000001", "4.9000001", "-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePercent(s)
		if err == nil && (p.IsNegative() || p.GreaterThan(maxPercent)) {
			t.Fatalf("ParsePercent(%q) = %s escapes its limits", s, p)
		}
	})
}
