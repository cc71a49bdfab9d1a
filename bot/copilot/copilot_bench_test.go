package copilot_test

import (
	"context"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// Benchmarks of whole turns on the demo book in memory (analysis included).
func BenchmarkRespond(b *testing.B) {
	f := newFixture(b)
	f.alert("al-1", "c-1001", "job_loss", "high", "我失业了", now.Add(-time.Hour))
	for _, text := range []string{"张伟的情况", "如果LPR下降20个基点", "未来6个月到期的贷款", "风险预警", "给王强起草困难关怀", "最近谁提到失业了", "brief on zhang wei"} {
		an := f.az.Analyze(context.Background(), text)
		turn := dialog.Turn{Conversation: dialog.Conversation{ID: "cv-b", CustomerID: "m-01", Role: dialog.RoleManager},
			Principal: m01, Message: dialog.Message{Text: text}, Analysis: an}
		b.Run(text, func(b *testing.B) {
			for b.Loop() {
				if _, err := f.cp.Respond(context.Background(), turn); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
