package loan

import (
	"testing"
	"time"

	"github.com/loandesk/loandesk/knowledge/money"
)

// BenchmarkSchedule360 is the 30-year mortgage schedule the chat and the API
// build on every request; it should stay well under a millisecond.
func BenchmarkSchedule360(b *testing.B) {
	in := ScheduleInput{Principal: money.MustAmount("1000000"), AnnualRatePct: money.MustPercent("4.9"), TermMonths: 360,
		Method: EqualInstallment, StartDate: time.Date(2021, 3, 15, 0, 0, 0, 0, time.UTC)}
	for b.Loop() {
		if _, err := NewSchedule(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPrepay(b *testing.B) {
	in := PrepayInput{Balance: money.MustAmount("1000000"), AnnualRatePct: money.MustPercent("4.9"), RemainingMonths: 360,
		Method: EqualInstallment, PrepayAmount: money.MustAmount("100000")}
	for b.Loop() {
		if _, err := Prepay(in); err != nil {
			b.Fatal(err)
		}
	}
}
