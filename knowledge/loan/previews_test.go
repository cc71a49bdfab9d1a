package loan

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/money"
)

func amt(s string) money.Amount  { return money.MustAmount(s) }
func pct(s string) money.Percent { return money.MustPercent(s) }
func ptr[T any](v T) *T          { return &v }
func fieldOf(err error) string {
	var fe *FieldError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

func optionsOf(p PrepaymentPlan) string {
	var parts []string
	for _, o := range p.Options {
		parts = append(parts, o.Mode+" "+o.MonthlyPayment.String()+" "+itoa(o.RemainingMonths)+" "+o.InterestSaved.String())
	}
	return strings.Join(parts, "; ")
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

func TestPrepay(t *testing.T) {
	base := PrepayInput{Balance: amt("1000000"), AnnualRatePct: pct("4.9"), RemainingMonths: 360, PrepayAmount: amt("100000")}
	for _, tc := range []struct {
		name   string
		mutate func(*PrepayInput)
		fee    string
		cur    string
		want   string
	}{
		{"equal installment", func(in *PrepayInput) { in.Method = EqualInstallment }, "0.00", "5307.27",
			"reduce_payment 4776.54 360 91060.31; shorten_term 5301.04 290 273313.54"},
		// Equal principal: part round(900000/360)=2500; shorten keeps 2777.78 → ceil(900000/2777.78) = 324.
		{"equal principal", func(in *PrepayInput) { in.Method = EqualPrincipal }, "0.00", "6861.11",
			"reduce_payment 6175.00 360 73703.88; shorten_term 6452.78 324 139854.06"},
		// Interest only: 10% less interest each month for 360 months, no term to shorten.
		{"interest only", func(in *PrepayInput) { in.Method = InterestOnly }, "0.00", "4083.33",
			"reduce_payment 3675.00 360 146998.80"},
		{"full with fee", func(in *PrepayInput) {
			in.Method, in.PrepayAmount, in.FeePct = EqualInstallment, amt("1000000"), decimal.NewFromInt(1)
		}, "10000.00", "5307.27", "full 0.00 0 910615.12"},
		// The loan's real installment is the shorten_term target.
		{"actual installment", func(in *PrepayInput) { in.Method, in.CurrentPayment = EqualInstallment, ptr(amt("6000")) }, "0.00", "6000.00",
			"reduce_payment 4776.54 360 91060.31; shorten_term 5994.54 233 413886.38"},
	} {
		in := base
		tc.mutate(&in)
		p, err := Prepay(in)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := optionsOf(p); got != tc.want || p.Fee.String() != tc.fee || p.CurrentPayment.String() != tc.cur {
			t.Errorf("%s: fee %s current %s options\n got %s\nwant %s", tc.name, p.Fee, p.CurrentPayment, got, tc.want)
		}
	}
}

// TestShortenTermIsSmallest checks DOMAIN.md §2's definition directly.
func TestShortenTermIsSmallest(t *testing.T) {
	for _, tc := range []struct {
		x   string
		cur *money.Amount
	}{{"1", nil}, {"50000", nil}, {"200000", nil}, {"999999.99", nil}, {"100000", ptr(amt("6000"))}, {"100000", ptr(amt("4000"))}} {
		x := tc.x
		p, err := Prepay(PrepayInput{Balance: amt("1000000"), AnnualRatePct: pct("4.9"), RemainingMonths: 360, Method: EqualInstallment, PrepayAmount: amt(x), CurrentPayment: tc.cur})
		if err != nil {
			t.Fatal(err)
		}
		o := p.Options[1]
		rest, r := amt("1000000").Sub(amt(x).Decimal), pct("4.9").MonthlyRate()
		if o.RemainingMonths == 360 { // the target is below even the longest term's payment: the term never grows
			continue
		}
		if o.Mode != ModeShortenTerm || Payment(rest, r, o.RemainingMonths).GreaterThan(p.CurrentPayment.Decimal) ||
			(o.RemainingMonths > 1 && !Payment(rest, r, o.RemainingMonths-1).GreaterThan(p.CurrentPayment.Decimal)) {
			t.Errorf("prepay %s: shorten_term to %d months is not the smallest term within %s", x, o.RemainingMonths, p.CurrentPayment)
		}
	}
}

func TestPrepayValidation(t *testing.T) {
	ok := PrepayInput{Balance: amt("1000"), AnnualRatePct: pct("5"), RemainingMonths: 12, Method: EqualInstallment, PrepayAmount: amt("100")}
	for field, mutate := range map[string]func(*PrepayInput){
		"balance":          func(in *PrepayInput) { in.Balance = amt("0") },
		"remaining_months": func(in *PrepayInput) { in.RemainingMonths = 0 },
		"prepay_amount":    func(in *PrepayInput) { in.PrepayAmount = amt("1000.01") },
		"fee_pct":          func(in *PrepayInput) { in.FeePct = decimal.NewFromInt(-1) },
		"current_payment":  func(in *PrepayInput) { in.CurrentPayment = ptr(amt("0")) },
		"method":           func(in *PrepayInput) { in.Method = "" },
	} {
		in := ok
		mutate(&in)
		if _, err := Prepay(in); fieldOf(err) != field {
			t.Errorf("%s: err %v", field, err)
		}
	}
	in := ok
	in.PrepayAmount = amt("0")
	if _, err := Prepay(in); fieldOf(err) != "prepay_amount" {
		t.Errorf("zero prepayment: %v", err)
	}
}

func TestPrepayTinyEqualPrincipal(t *testing.T) {
	// round(0.03/480) is zero: shorten_term must not divide by it.
	p, err := Prepay(PrepayInput{Balance: amt("0.03"), AnnualRatePct: pct("5"), RemainingMonths: 480, Method: EqualPrincipal, PrepayAmount: amt("0.01")})
	if err != nil || len(p.Options) != 2 || p.Options[1].RemainingMonths != 480 {
		t.Errorf("tiny balance: %v %+v", err, p.Options)
	}
}

func TestExtend(t *testing.T) {
	in := ExtendInput{Balance: amt("800000"), AnnualRatePct: pct("3.2"), RemainingMonths: 240, Method: EqualInstallment, ExtendMonths: 60}
	e, err := Extend(in)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join([]string{e.CurrentPayment.String(), e.NewPayment.String(), e.MonthlyChange.String(),
		e.TotalInterestBefore.String(), e.TotalInterestAfter.String(), e.InterestChange.String(), itoa(e.NewRemainingMonths)}, " ")
	if want := "4517.30 3877.43 -639.87 284152.85 363229.88 79077.03 300"; got != want {
		t.Errorf("extension\n got %s\nwant %s", got, want)
	}
	b, _ := json.Marshal(e)
	if !strings.HasPrefix(string(b), `{"kind":"extension_preview",`) || !strings.Contains(string(b), `"monthly_change":"-639.87"`) {
		t.Errorf("JSON %s", b)
	}
	in.MaxRemainingMonths = 299
	if _, err := Extend(in); fieldOf(err) != "extend_months" {
		t.Errorf("over the bound: %v", err)
	}
	in.MaxRemainingMonths, in.ExtendMonths = 0, 241
	if _, err := Extend(in); fieldOf(err) != "extend_months" {
		t.Errorf("over 480 months: %v", err)
	}
	in.ExtendMonths = 0
	if _, err := Extend(in); fieldOf(err) != "extend_months" {
		t.Errorf("zero months: %v", err)
	}
}

func TestSwitchMethod(t *testing.T) {
	in := SwitchInput{Balance: amt("1000000"), AnnualRatePct: pct("4.9"), RemainingMonths: 360, Method: EqualInstallment}
	s, err := SwitchMethod(in)
	if err != nil {
		t.Fatal(err)
	}
	if s.Proposed.Method != EqualPrincipal || s.Current.FirstPayment.String() != "5307.27" || s.Proposed.FirstPayment.String() != "6861.11" ||
		s.Proposed.LastPayment.String() != "2788.32" || s.InterestDifference.String() != "-173574.04" {
		t.Errorf("switch: %+v", s)
	}
	in.Method = InterestOnly
	if s, err := SwitchMethod(in); err != nil || s.Proposed.Method != EqualInstallment || s.Current.TotalInterest.String() != "1469998.80" {
		t.Errorf("interest only → %+v, %v", s, err)
	}
	in.Target = InterestOnly
	if _, err := SwitchMethod(in); fieldOf(err) != "target_method" {
		t.Errorf("switch to the same method: %v", err)
	}
	b, _ := json.Marshal(s)
	if !strings.HasPrefix(string(b), `{"kind":"method_switch_preview",`) {
		t.Errorf("JSON %s", b)
	}
}

func TestChangeDueDay(t *testing.T) {
	date := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tc := range []struct {
		cur, next int
		nextDue   string
		want      string // dates, extra, shortened, interest
	}{
		{15, 25, "2026-12-15", "2026-12-25,2027-01-25,2027-02-25 10 0 711.11"},
		{31, 5, "2027-01-31", "2027-01-31,2027-02-05,2027-03-05 0 23 0.00"},
		{28, 31, "2027-02-28", "2027-02-28,2027-03-31,2027-04-30 0 0 0.00"}, // February clamps both days
		{5, 20, "2026-03-05", "2026-03-20,2026-04-20,2026-05-20 15 0 1066.67"},
	} {
		p, err := ChangeDueDay(DueDayInput{Balance: amt("800000"), AnnualRatePct: pct("3.2"), CurrentDueDay: tc.cur, NewDueDay: tc.next, NextDueDate: date(tc.nextDue)})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(p.NextDueDates, ",") + " " + itoa(p.ExtraDays) + " " + itoa(p.ShortenedDays) + " " + p.TransitionInterest.String()
		if got != tc.want {
			t.Errorf("%d → %d from %s:\n got %s\nwant %s", tc.cur, tc.next, tc.nextDue, got, tc.want)
		}
	}
	ok := DueDayInput{Balance: amt("1000"), AnnualRatePct: pct("3"), CurrentDueDay: 5, NewDueDay: 10, NextDueDate: date("2026-12-05")}
	for field, mutate := range map[string]func(*DueDayInput){
		"new_due_day":     func(in *DueDayInput) { in.NewDueDay = 5 },
		"current_due_day": func(in *DueDayInput) { in.CurrentDueDay = 0 },
		"next_due_date":   func(in *DueDayInput) { in.NextDueDate = time.Time{} },
	} {
		in := ok
		mutate(&in)
		if _, err := ChangeDueDay(in); fieldOf(err) != field {
			t.Errorf("%s: %v", field, err)
		}
	}
}
