package lpr

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/money"
)

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func fieldOf(err error) string {
	var fe *loan.FieldError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

func TestShipped(t *testing.T) {
	f := Shipped()
	rows := strings.Count(strings.TrimSpace(shippedCSV), "\n") // every line but the header
	if len(f) != rows || rows != 85 {
		t.Fatalf("Shipped() has %d fixings, the file %d rows", len(f), rows)
	}
	h := NewHistory(f)
	first, latest := h.Published()[h.Len()-1], h.Latest()
	if first.Date != date("2019-08-20") || first.OneYear.String() != "4.25" || first.FiveYear.String() != "4.85" {
		t.Errorf("first fixing %+v", first)
	}
	if latest.Date != date("2026-08-20") || latest.OneYear.String() != "3" || latest.FiveYear.String() != "3.5" {
		t.Errorf("latest fixing %+v", latest)
	}
	b, _ := json.Marshal(latest)
	if string(b) != `{"date":"2026-08-20","one_year_pct":"3","five_year_pct":"3.5"}` {
		t.Errorf("JSON %s", b)
	}
	var back Fixing
	if err := json.Unmarshal(b, &back); err != nil || back.Date != latest.Date || !back.FiveYear.Equal(latest.FiveYear.Decimal) {
		t.Errorf("round trip %+v %v", back, err)
	}
}

// TestWorkedChain is DOMAIN.md §3: a mortgage at 5Y LPR − 30bp reprices to
// 3.30% on 2025-01-01 and 3.20% on 2026-01-01; 800,000 over 240 months.
func TestWorkedChain(t *testing.T) {
	h := NewHistory(Shipped())
	var lprs []money.Percent
	for _, d := range []string{"2025-01-01", "2026-01-01"} {
		f, ok := h.ApplicableOn(date(d))
		if !ok || f.Date.Month() != time.December {
			t.Fatalf("ApplicableOn(%s) = %+v, %v; want the December fixing", d, f, ok)
		}
		lprs = append(lprs, f.Rate(TenorFor(360)))
	}
	c, err := Impact(ImpactInput{Balance: money.MustAmount("800000"), RemainingMonths: 240, Method: loan.EqualInstallment,
		SpreadBP: -30, OldLPR: lprs[0], NewLPR: lprs[1], RepricingDate: date("2026-01-01"), LoanID: "L-1"})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join([]string{c.OldRatePct.String(), c.NewRatePct.String(), c.OldPayment.String(), c.NewPayment.String(),
		c.MonthlyChange.String(), c.TotalInterestChange.String()}, " ")
	before, _ := loan.RemainingSchedule(loan.EqualInstallment, money.MustAmount("800000"), money.MustPercent("3.3"), 240)
	after, _ := loan.RemainingSchedule(loan.EqualInstallment, money.MustAmount("800000"), money.MustPercent("3.2"), 240)
	change := after.TotalInterest.Sub(before.TotalInterest.Decimal).StringFixed(2)
	if want := "3.3 3.2 4557.88 4517.30 -40.58 " + change; got != want {
		t.Errorf("impact\n got %s\nwant %s", got, want)
	}
	b, _ := json.Marshal(c)
	for _, part := range []string{`{"kind":"lpr_impact","loan_id":"L-1",`, `"monthly_change":"-40.58"`, `"repricing_date":"2026-01-01"`, `"old_rate_pct":"3.3"`} {
		if !bytes.Contains(b, []byte(part)) {
			t.Errorf("JSON lacks %s: %s", part, b)
		}
	}
}

func TestImpactMethodsAndErrors(t *testing.T) {
	in := ImpactInput{Balance: money.MustAmount("100000"), RemainingMonths: 10, Method: loan.EqualPrincipal,
		SpreadBP: 50, OldLPR: money.MustPercent("3.1"), NewLPR: money.MustPercent("3")}
	c, err := Impact(in)
	// Equal principal: 10000 + round(100000·3.6%/12) = 10300 → 10000 + 291.67.
	if err != nil || c.OldPayment.String() != "10300.00" || c.NewPayment.String() != "10291.67" || c.MonthlyChange.String() != "-8.33" || c.RepricingDate != "" {
		t.Errorf("equal principal impact %+v %v", c, err)
	}
	for field, mutate := range map[string]func(*ImpactInput){
		"spread_bp":        func(in *ImpactInput) { in.SpreadBP = -400 },
		"old_lpr_pct":      func(in *ImpactInput) { in.OldLPR = money.MustPercent("0") },
		"new_lpr_pct":      func(in *ImpactInput) { in.NewLPR = money.MustPercent("20") },
		"balance":          func(in *ImpactInput) { in.Balance = money.MustAmount("0") },
		"remaining_months": func(in *ImpactInput) { in.RemainingMonths = 0 },
		"method":           func(in *ImpactInput) { in.Method = "x" },
	} {
		bad := in
		mutate(&bad)
		if _, err := Impact(bad); fieldOf(err) != field {
			t.Errorf("%s: %v", field, err)
		}
	}
}

func TestHistory(t *testing.T) {
	shipped := Shipped()
	fix := Fixing{Date: date("2026-08-20"), OneYear: money.MustPercent("2.9"), FiveYear: money.MustPercent("3.4")}
	next := Fixing{Date: date("2026-09-21"), OneYear: money.MustPercent("2.95"), FiveYear: money.MustPercent("3.45")}
	h := NewHistory(shipped, []Fixing{fix, next})
	if h.Len() != 86 || h.Latest().Date != next.Date {
		t.Fatalf("merged history: %d fixings, latest %+v", h.Len(), h.Latest())
	}
	pub := h.Published()
	if pub[0].Date != next.Date || pub[1].OneYear.String() != "2.9" || pub[len(pub)-1].Date != date("2019-08-20") {
		t.Errorf("published order / override wrong: %+v %+v", pub[0], pub[1])
	}
	pub[0] = Fixing{}
	if h.Latest().Date != next.Date {
		t.Error("Published shares its slice with the history")
	}
	for _, tc := range []struct {
		on, want string
		ok       bool
	}{
		{"2019-08-20", "", false}, {"2019-08-21", "2019-08-20", true}, {"2026-09-21", "2026-08-20", true},
		{"2026-09-22", "2026-09-21", true}, {"2030-01-01", "2026-09-21", true},
	} {
		f, ok := h.ApplicableOn(date(tc.on))
		if ok != tc.ok || (ok && f.Date.Format(time.DateOnly) != tc.want) {
			t.Errorf("ApplicableOn(%s) = %s, %v; want %s", tc.on, f.Date.Format(time.DateOnly), ok, tc.want)
		}
	}
	if _, ok := (History{}).ApplicableOn(date("2026-01-01")); ok || !(History{}).Latest().Date.IsZero() {
		t.Error("empty history has fixings")
	}
	if h2 := NewHistory(shipped).With(next); h2.Len() != 86 || NewHistory(shipped).Len() != 85 {
		t.Error("With does not add, or mutates")
	}
}

func TestValidateFixing(t *testing.T) {
	h := NewHistory(Shipped())
	now := time.Date(2026, 9, 21, 1, 30, 0, 0, time.UTC) // 09:30 in Beijing
	good := Fixing{Date: date("2026-09-21"), OneYear: money.MustPercent("3"), FiveYear: money.MustPercent("3.5")}
	if err := ValidateFixing(good, h, now); err != nil {
		t.Errorf("good fixing: %v", err)
	}
	correction := Fixing{Date: date("2026-08-20"), OneYear: money.MustPercent("3.05"), FiveYear: money.MustPercent("3.5")}
	if err := ValidateFixing(correction, h, now); err != nil {
		t.Errorf("correction of an existing date: %v", err)
	}
	for name, tc := range map[string]struct {
		f     Fixing
		now   time.Time
		field string
	}{
		"before 09:15 Beijing": {good, time.Date(2026, 9, 21, 1, 0, 0, 0, time.UTC), "date"},
		"future":               {Fixing{Date: date("2026-10-20"), OneYear: good.OneYear, FiveYear: good.FiveYear}, now, "date"},
		"before the reform":    {Fixing{Date: date("2019-07-22"), OneYear: good.OneYear, FiveYear: good.FiveYear}, now, "date"},
		"before the 20th":      {Fixing{Date: date("2026-09-10"), OneYear: good.OneYear, FiveYear: good.FiveYear}, now, "date"},
		"second in a month":    {Fixing{Date: date("2026-08-21"), OneYear: good.OneYear, FiveYear: good.FiveYear}, now, "date"},
		"zero date":            {Fixing{OneYear: good.OneYear, FiveYear: good.FiveYear}, now, "date"},
		"1y zero":              {Fixing{Date: good.Date, OneYear: money.MustPercent("0"), FiveYear: good.FiveYear}, now, "one_year_pct"},
		"5y 20%":               {Fixing{Date: good.Date, OneYear: good.OneYear, FiveYear: money.MustPercent("20")}, now, "five_year_pct"},
		"5y three decimals":    {Fixing{Date: good.Date, OneYear: good.OneYear, FiveYear: money.MustPercent("3.505")}, now, "five_year_pct"},
	} {
		if err := ValidateFixing(tc.f, h, tc.now); fieldOf(err) != tc.field {
			t.Errorf("%s: %v, want a FieldError on %s", name, err, tc.field)
		}
	}
}

func TestParseCSV(t *testing.T) {
	for name, tc := range map[string]struct {
		in   string
		n    int
		fail bool
	}{
		"no header":      {"2026-09-21,3,3.5\n", 1, false},
		"header":         {"date,lpr_1y,lpr_5y\n2026-09-21,3,3.5\n2026-10-20,2.9,3.4\n", 2, false},
		"empty":          {"", 0, false},
		"bad date":       {"2026-13-01,3,3.5\n", 0, true},
		"bad rate":       {"2026-09-21,abc,3.5\n", 0, true},
		"rate too large": {"2026-09-21,3,25\n", 0, true},
		"short row":      {"2026-09-21,3\n", 0, true},
		"duplicate":      {"2026-09-21,3,3.5\n2026-09-21,3,3.5\n", 0, true},
	} {
		f, err := ParseCSV(strings.NewReader(tc.in))
		if (err != nil) != tc.fail || len(f) != tc.n {
			t.Errorf("%s: %d fixings, err %v", name, len(f), err)
		}
	}
	_, err := ParseCSV(strings.NewReader("2026-09-21,3,3.5\n2026-10-20,x,3.5\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") || fieldOf(err) != "one_year_pct" {
		t.Errorf("error lacks line or field: %v", err)
	}
}

func FuzzParseCSV(f *testing.F) {
	f.Add(shippedCSV)
	f.Add("date,lpr_1y,lpr_5y\n2026-09-21,3,3.5\n")
	f.Add("2026-09-21,\"3\",3.5\r\n,,\n")
	f.Fuzz(func(t *testing.T, s string) {
		fixings, err := ParseCSV(strings.NewReader(s))
		if err != nil {
			return
		}
		var b strings.Builder
		for _, x := range fixings {
			if ValidateRates(x) != nil {
				t.Fatalf("accepted invalid rates %+v", x)
			}
			b.WriteString(x.Date.Format(time.DateOnly) + "," + x.OneYear.String() + "," + x.FiveYear.String() + "\n")
		}
		again, err := ParseCSV(strings.NewReader(b.String()))
		if err != nil || len(again) != len(fixings) {
			t.Fatalf("re-parse of %q: %d fixings, %v", b.String(), len(again), err)
		}
	})
}

func TestTenor(t *testing.T) {
	for months, want := range map[int]Tenor{12: OneYear, 60: OneYear, 61: FiveYear, 360: FiveYear} {
		if got := TenorFor(months); got != want {
			t.Errorf("TenorFor(%d) = %s", months, got)
		}
	}
	if got, err := ParseTenor(" 5Y "); err != nil || got != FiveYear {
		t.Errorf("ParseTenor(5Y) = %s, %v", got, err)
	}
	if _, err := ParseTenor("3y"); fieldOf(err) != "lpr_term" {
		t.Errorf("ParseTenor(3y): %v", err)
	}
}

func FuzzParseTenor(f *testing.F) {
	for _, s := range []string{"1y", "5Y", " 1y ", "", "10y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tn, err := ParseTenor(s)
		if (err == nil) != (tn == OneYear || tn == FiveYear) {
			t.Fatalf("ParseTenor(%q) = %q, %v", s, tn, err)
		}
	})
}

func TestNextRepricingDate(t *testing.T) {
	for _, tc := range []struct {
		rule, start, after, want string
	}{
		{"", "2021-03-15", "2021-03-15", "2022-01-01"},
		{"jan1", "2021-03-15", "2025-12-31", "2026-01-01"},
		{"jan1", "2021-03-15", "2026-01-01", "2027-01-01"},
		{"jan1", "2021-03-15", "2020-01-01", "2022-01-01"}, // never before the start
		{"anniversary", "2021-03-15", "2026-11-23", "2027-03-15"},
		{"anniversary", "2020-02-29", "2021-01-01", "2021-02-28"},
		{"every_12m", "2021-03-15", "2022-03-15", "2023-03-15"},
		{"every_6m", "2021-03-15", "2026-11-23", "2027-03-15"},
		{"every_6m", "2021-03-15", "2026-09-14", "2026-09-15"},
		{"every_3m", "2025-01-31", "2025-01-31", "2025-04-30"},
		{"every_3m", "2025-01-31", "2025-04-30", "2025-07-31"},
		{"bogus", "2021-03-15", "2021-06-01", "2022-01-01"},
	} {
		if got := NextRepricingDate(tc.rule, date(tc.start), date(tc.after)).Format(time.DateOnly); got != tc.want {
			t.Errorf("%s from %s after %s = %s, want %s", tc.rule, tc.start, tc.after, got, tc.want)
		}
	}
	if err := ValidRule("bogus"); fieldOf(err) != "repricing_rule" {
		t.Errorf("ValidRule(bogus): %v", err)
	}
	if err := ValidRule(""); err != nil {
		t.Errorf("ValidRule(\"\"): %v", err)
	}
	if got := (Repricing{Rule: RuleEvery3M}).Next(date("2025-01-15"), date("2025-02-01")); got != date("2025-04-15") {
		t.Errorf("Repricing.Next = %s", got)
	}
}
