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

func mustSchedule(t *testing.T, p, rate string, n int, m Method) Schedule {
	t.Helper()
	s, err := NewSchedule(ScheduleInput{Principal: money.MustAmount(p), AnnualRatePct: money.MustPercent(rate), TermMonths: n, Method: m})
	if err != nil {
		t.Fatalf("NewSchedule(%s, %s%%, %d, %s): %v", p, rate, n, m, err)
	}
	return s
}

// TestReferenceFigures holds every figure of DOMAIN.md §1 and §3.
func TestReferenceFigures(t *testing.T) {
	for _, tc := range []struct {
		p, rate string
		n       int
		m       Method
		want    map[string]string
	}{
		{"1000000", "4.9", 360, EqualInstallment, map[string]string{
			"first": "5307.27", "p1.interest": "4083.33", "p1.principal": "1223.94", "last": "5305.19", "total_interest": "910615.12", "total_payment": "1910615.12"}},
		{"1000000", "4.9", 360, EqualPrincipal, map[string]string{
			"first": "6861.11", "last": "2788.32", "total_interest": "737041.08"}},
		{"1000000", "3.5", 360, EqualInstallment, map[string]string{"first": "4490.45"}},
		{"600000", "5.537", 240, EqualInstallment, map[string]string{"first": "4139.87"}},
		{"800000", "3.30", 240, EqualInstallment, map[string]string{"first": "4557.88"}},
		{"800000", "3.20", 240, EqualInstallment, map[string]string{"first": "4517.30"}},
	} {
		s := mustSchedule(t, tc.p, tc.rate, tc.n, tc.m)
		got := map[string]string{
			"first": s.FirstPayment.String(), "last": s.LastPayment.String(),
			"p1.interest": s.Rows[0].Interest.String(), "p1.principal": s.Rows[0].Principal.String(),
			"total_interest": s.TotalInterest.String(), "total_payment": s.TotalPayment.String(),
		}
		for k, want := range tc.want {
			if got[k] != want {
				t.Errorf("%s·%s%%·%d %s: %s = %s, want %s", tc.p, tc.rate, tc.n, tc.m, k, got[k], want)
			}
		}
	}
}

func TestPaymentEdges(t *testing.T) {
	r := money.MustPercent("4.9").MonthlyRate()
	for _, tc := range []struct {
		balance string
		rate    money.Percent
		n       int
		want    string
	}{
		{"1000", money.MustPercent("0"), 3, "333.33"},
		{"1000", money.MustPercent("0"), 6, "166.67"},
		{"1000", money.MustPercent("12"), 1, "1010.00"},
		{"1000", money.MustPercent("4.9"), 0, "1000.00"},
	} {
		if got := Payment(money.MustAmount(tc.balance).Decimal, tc.rate.MonthlyRate(), tc.n).StringFixed(2); got != tc.want {
			t.Errorf("Payment(%s, %s%%, %d) = %s, want %s", tc.balance, tc.rate, tc.n, got, tc.want)
		}
	}
	// Truncating r is the classic error DOMAIN.md warns about.
	if got := Payment(money.MustAmount("1000000").Decimal, r.Truncate(6), 360).StringFixed(2); got == "5307.27" {
		t.Errorf("a truncated rate should not reproduce the bank figure, got %s", got)
	}
}

// TestScheduleInvariants checks the convention's bookkeeping over a spread of loans.
func TestScheduleInvariants(t *testing.T) {
	for _, m := range []Method{EqualInstallment, EqualPrincipal, InterestOnly} {
		for _, tc := range []struct {
			p, rate string
			n       int
		}{
			{"1000000", "4.9", 360}, {"0.05", "0", 10}, {"0.01", "36", 480}, {"12345.67", "7.25", 37},
			{"300000", "3.5", 1}, {"999999999.99", "36", 480}, {"100", "0", 7},
		} {
			s := mustSchedule(t, tc.p, tc.rate, tc.n, m)
			checkInvariants(t, s)
		}
	}
}

func checkInvariants(t *testing.T, s Schedule) {
	t.Helper()
	name := s.Principal.String() + "·" + s.AnnualRatePct.String() + "%·" + string(s.Method)
	if len(s.Rows) != s.TermMonths {
		t.Fatalf("%s: %d rows for %d months", name, len(s.Rows), s.TermMonths)
	}
	balance, principal, interest := s.Principal.Decimal, money.MustAmount("0").Decimal, money.MustAmount("0").Decimal
	for i, row := range s.Rows {
		if row.Period != i+1 || row.Principal.IsNegative() || row.Interest.IsNegative() {
			t.Fatalf("%s: bad row %+v", name, row)
		}
		if !row.Payment.Equal(row.Principal.Add(row.Interest.Decimal)) {
			t.Fatalf("%s: row %d payment != principal + interest", name, row.Period)
		}
		if want := money.Round(balance.Mul(s.AnnualRatePct.MonthlyRate())); !row.Interest.Equal(want) {
			t.Fatalf("%s: row %d interest %s, want round(balance·r) %s", name, row.Period, row.Interest, want)
		}
		balance = balance.Sub(row.Principal.Decimal)
		if !row.Balance.Equal(balance) || balance.IsNegative() {
			t.Fatalf("%s: row %d balance %s, want %s", name, row.Period, row.Balance, balance)
		}
		principal, interest = principal.Add(row.Principal.Decimal), interest.Add(row.Interest.Decimal)
	}
	if !balance.IsZero() || !principal.Equal(s.Principal.Decimal) {
		t.Errorf("%s: ends at balance %s, repaid %s", name, balance, principal)
	}
	if !interest.Equal(s.TotalInterest.Decimal) || !s.TotalPayment.Equal(s.Principal.Add(interest)) {
		t.Errorf("%s: totals %s/%s disagree with rows (%s)", name, s.TotalInterest, s.TotalPayment, interest)
	}
	if !s.FirstPayment.Equal(s.Rows[0].Payment.Decimal) || !s.LastPayment.Equal(s.Rows[len(s.Rows)-1].Payment.Decimal) {
		t.Errorf("%s: first/last payment disagree with rows", name)
	}
}

func TestMethodShapes(t *testing.T) {
	ei := mustSchedule(t, "120000", "6", 12, EqualInstallment)
	for _, row := range ei.Rows[:11] {
		if !row.Payment.Equal(ei.FirstPayment.Decimal) {
			t.Errorf("equal installment row %d pays %s, want %s", row.Period, row.Payment, ei.FirstPayment)
		}
	}
	ep := mustSchedule(t, "100000", "6", 3, EqualPrincipal)
	if got := []string{ep.Rows[0].Principal.String(), ep.Rows[1].Principal.String(), ep.Rows[2].Principal.String()}; strings.Join(got, ",") != "33333.33,33333.33,33333.34" {
		t.Errorf("equal principal parts %v", got)
	}
	io := mustSchedule(t, "100000", "6", 3, InterestOnly)
	if io.FirstPayment.String() != "500.00" || io.LastPayment.String() != "100500.00" || io.TotalInterest.String() != "1500.00" {
		t.Errorf("interest only: first %s last %s interest %s", io.FirstPayment, io.LastPayment, io.TotalInterest)
	}
}

func TestDueDates(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tc := range []struct {
		start  string
		dueDay int
		want   []string
	}{
		{"2024-01-31", 0, []string{"2024-02-29", "2024-03-31", "2024-04-30"}},
		{"2021-03-15", 20, []string{"2021-04-20", "2021-05-20", "2021-06-20"}},
		{"2025-11-30", 31, []string{"2025-12-31", "2026-01-31", "2026-02-28"}},
	} {
		s, err := NewSchedule(ScheduleInput{Principal: money.MustAmount("3000"), AnnualRatePct: money.MustPercent("3"), TermMonths: 3,
			Method: EqualInstallment, StartDate: day(tc.start), DueDay: tc.dueDay})
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range tc.want {
			if s.Rows[i].DueDate != want {
				t.Errorf("start %s day %d: period %d due %s, want %s", tc.start, tc.dueDay, i+1, s.Rows[i].DueDate, want)
			}
		}
	}
	if s := mustSchedule(t, "3000", "3", 3, EqualInstallment); s.Rows[0].DueDate != "" {
		t.Errorf("no start date, yet due date %q", s.Rows[0].DueDate)
	}
}

func TestScheduleValidation(t *testing.T) {
	ok := ScheduleInput{Principal: money.MustAmount("1000"), AnnualRatePct: money.MustPercent("5"), TermMonths: 12, Method: EqualInstallment}
	for field, mutate := range map[string]func(*ScheduleInput){
		"principal":       func(in *ScheduleInput) { in.Principal = money.MustAmount("0") },
		"term_months":     func(in *ScheduleInput) { in.TermMonths = 481 },
		"annual_rate_pct": func(in *ScheduleInput) { in.AnnualRatePct = money.MustPercent("36.01") },
		"method":          func(in *ScheduleInput) { in.Method = "balloon" },
		"due_day":         func(in *ScheduleInput) { in.DueDay = 32 },
	} {
		in := ok
		mutate(&in)
		_, err := NewSchedule(in)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != field {
			t.Errorf("%s: err %v, want a FieldError on it", field, err)
		}
	}
	in := ok
	in.TermMonths = 0
	if _, err := NewSchedule(in); err == nil || err.Error() != "invalid term_months: must be between 1 and 480 months" {
		t.Errorf("term 0: %v", err)
	}
}

func TestScheduleJSONAndTruncated(t *testing.T) {
	s := mustSchedule(t, "1000000", "4.9", 360, EqualInstallment)
	short := s.Truncated(12)
	if len(short.Rows) != 12 || len(s.Rows) != 360 || !short.TotalInterest.Equal(s.TotalInterest.Decimal) {
		t.Fatalf("Truncated(12): %d rows (original %d)", len(short.Rows), len(s.Rows))
	}
	short.Rows[0].Period = 99
	if s.Rows[0].Period != 1 {
		t.Error("Truncated shares rows with the original")
	}
	if n := len(s.Truncated(1000).Rows); n != 360 {
		t.Errorf("Truncated(1000) kept %d rows", n)
	}
	b, err := json.Marshal(s.Truncated(1))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"repayment_schedule","method":"equal_installment","principal":"1000000.00","annual_rate_pct":"4.9","term_months":360,` +
		`"first_payment":"5307.27","last_payment":"5305.19","total_interest":"910615.12","total_payment":"1910615.12",` +
		`"rows":[{"period":1,"payment":"5307.27","principal":"1223.94","interest":"4083.33","balance":"998776.06"}]}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	var back Schedule
	if err := json.Unmarshal(b, &back); err != nil || back.FirstPayment.String() != "5307.27" || len(back.Rows) != 1 {
		t.Errorf("round trip: %v %+v", err, back)
	}
}

func TestParseMethod(t *testing.T) {
	for in, want := range map[string]Method{"equal_installment": EqualInstallment, " Equal_Principal ": EqualPrincipal, "interest_only": InterestOnly} {
		if got, err := ParseMethod(in); err != nil || got != want {
			t.Errorf("ParseMethod(%q) = %q, %v", in, got, err)
		}
	}
	var fe *FieldError
	if _, err := ParseMethod("等额本息"); !errors.As(err, &fe) || fe.Field != "method" {
		t.Errorf("ParseMethod(等额本息): %v", err)
	}
}

func FuzzParseMethod(f *testing.F) {
	for _, s := range []string{"equal_installment", "EQUAL_PRINCIPAL", " interest_only", "", "等额本息", strings.Repeat("x", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMethod(s)
		if (err == nil) != m.Valid() {
			t.Fatalf("ParseMethod(%q) = %q, %v", s, m, err)
		}
		if err != nil && len(err.Error()) > 120 {
			t.Fatalf("error message too long: %d bytes", len(err.Error()))
		}
	})
}

// FuzzSchedule checks the bookkeeping invariants on arbitrary valid loans.
func FuzzSchedule(f *testing.F) {
	f.Add(int64(100000000), uint32(4900), uint16(360), uint8(0))
	f.Add(int64(5), uint32(0), uint16(10), uint8(1))
	f.Add(int64(1), uint32(360000), uint16(480), uint8(2))
	f.Fuzz(func(t *testing.T, fen int64, ratePpm uint32, n uint16, method uint8) {
		methods := []Method{EqualInstallment, EqualPrincipal, InterestOnly}
		in := ScheduleInput{
			Principal:     money.A(decimal.New(fen, -2)),
			AnnualRatePct: money.P(decimal.New(int64(ratePpm), -4)),
			TermMonths:    int(n), Method: methods[int(method)%len(methods)],
		}
		s, err := NewSchedule(in)
		if err != nil {
			if fieldOf(err) == "" {
				t.Fatalf("%+v: error without a field: %v", in, err)
			}
			return
		}
		checkInvariants(t, s)
	})
}
