package storetest

import (
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// RunBench runs the store benchmarks every adapter reports
// (docs/performance.md): a turn's writes, turns in parallel, and the note
// write. open returns a fresh, empty store.
func RunBench(b *testing.B, open func(b *testing.B) dialog.Store) {
	b.Run("Turn", func(b *testing.B) { benchTurn(b, open(b)) })
	b.Run("TurnParallel", func(b *testing.B) { benchTurnParallel(b, open(b)) })
	b.Run("Finish", func(b *testing.B) { benchFinish(b, open(b)) })
}

var benchT0 = time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC)

// benchTurn is one customer turn's writes: the message, then two reply frames.
func benchTurn(b *testing.B, s dialog.Store) {
	ctx := b.Context()
	if err := s.CreateConversation(ctx, dialog.Conversation{ID: "cv-1", CustomerID: "c-1", StartedAt: benchT0, LastActive: benchT0}); err != nil {
		b.Fatal(err)
	}
	card := dialog.Card(`{"kind":"repayment_schedule","principal":"1000000.00","term_months":360,"first_payment":"5307.27"}`)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		id := fmt.Sprintf("m%d", i)
		if _, _, err := s.AddMessage(ctx, dialog.Message{ConversationID: "cv-1", ClientID: id, From: "customer", Text: "我想提前还十万", At: benchT0}); err != nil {
			b.Fatal(err)
		}
		if _, err := s.AppendFrames(ctx, "cv-1", []dialog.Frame{
			{Type: dialog.FrameReply, ReplyTo: id, From: "bot", Text: "好的，这是方案", Intent: "prepayment", Cards: []dialog.Card{card}, At: benchT0},
			{Type: dialog.FrameReply, ReplyTo: id, From: "bot", Text: "还需要别的吗？", At: benchT0},
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// benchTurnParallel: turns of many conversations at once .
func benchTurnParallel(b *testing.B, s dialog.Store) {
	ctx := b.Context()
	var next atomic.Int64
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		conv := fmt.Sprintf("cv-%d", next.Add(1))
		if err := s.CreateConversation(ctx, dialog.Conversation{ID: conv, CustomerID: "c-1", StartedAt: benchT0}); err != nil {
			b.Error(err)
			return
		}
		i := 0
		for pb.Next() {
			i++
			id := fmt.Sprintf("m%d", i)
			if _, _, err := s.AddMessage(ctx, dialog.Message{ConversationID: conv, ClientID: id, Text: "月供多少", At: benchT0}); err != nil {
				b.Error(err)
				return
			}
			if _, err := s.AppendFrames(ctx, conv, []dialog.Frame{{Type: dialog.FrameReply, ReplyTo: id, Text: "5307.27", At: benchT0}}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// benchFinish is the note write: a conversation created and finished with a flagged note.
func benchFinish(b *testing.B, s dialog.Store) {
	ctx := b.Context()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		id := fmt.Sprintf("cv-%d", i)
		b.StopTimer()
		if err := s.CreateConversation(ctx, dialog.Conversation{ID: id, CustomerID: "c-1", StartedAt: benchT0}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		note := dialog.Note{
			ID: "n-" + id, CustomerID: "c-1", Channel: "web", StartedAt: benchT0, EndedAt: benchT0, EndReason: "customer",
			Summary: "客户询问提前还款，已给出两种方案。", Intents: []string{"prepayment"},
			Flags: []dialog.Flag{{Code: "income_drop", Severity: "medium", Evidence: "收入少了", Seq: 1}},
		}
		if _, _, _, err := s.Finish(ctx, id, note, dialog.Frame{Type: dialog.FrameEnded, At: benchT0}); err != nil {
			b.Fatal(err)
		}
	}
}
