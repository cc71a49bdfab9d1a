package storetest

import (
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

func testMessages(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	m1 := dialog.Message{
		ConversationID: "cv-1", ClientID: "m1", Seq: 99, From: "customer", Text: "我失业了，还不上", Action: "",
		At: at(1), Lang: "zh-Hans", Sentiment: &dialog.Sentiment{Label: "negative", Score: -0.75},
		Flags: []dialog.Flag{{Code: "job_loss", Severity: "high", Evidence: "我失业了", Seq: 0}, {Code: "repayment_difficulty", Severity: "high", Evidence: "还不上", Seq: 0}},
	}
	got, dup, err := s.AddMessage(ctx(t), m1)
	if err != nil || dup {
		t.Fatalf("AddMessage = dup %v, %v", dup, err)
	}
	want1 := m1
	want1.Seq, want1.At = 0, at(1).UTC() // stamped with LastSeq, which is 0
	equal(t, "stored message", got, want1)
	if c := mustLoad(t, s, "cv-1"); !c.LastActive.Equal(at(1)) {
		t.Fatalf("LastActive = %v, want %v", c.LastActive, at(1))
	}

	mustAppend(t, s, "cv-1", reply("m1", "a", at(2)), reply("m1", "b", at(2)))
	m2 := dialog.Message{ConversationID: "cv-1", ClientID: "m2", From: "customer", Text: "选第一个", Action: "prepay:reduce_payment", At: at(3)}
	got2, dup, err := s.AddMessage(ctx(t), m2)
	if err != nil || dup {
		t.Fatalf("AddMessage(m2) = dup %v, %v", dup, err)
	}
	if got2.Seq != 2 {
		t.Fatalf("m2.Seq = %d, want LastSeq 2", got2.Seq)
	}

	// A repeated client id returns the original, untouched, with dup=true.
	again := m1
	again.Text, again.At = "different text", at(4)
	orig, dup, err := s.AddMessage(ctx(t), again)
	if err != nil || !dup {
		t.Fatalf("AddMessage(repeat) = dup %v, %v", dup, err)
	}
	equal(t, "duplicate returns the original", orig, want1)

	// Messages without a client id are never duplicates of each other.
	for range 2 {
		if _, dup, err := s.AddMessage(ctx(t), dialog.Message{ConversationID: "cv-1", From: "agent", Text: "note", At: at(5)}); err != nil || dup {
			t.Fatalf("AddMessage(no client id) = dup %v, %v", dup, err)
		}
	}
	// The same client id in another conversation is a different message.
	mustCreate(t, s, conv("cv-2", "c-1", at(0)))
	if _, dup, err := s.AddMessage(ctx(t), dialog.Message{ConversationID: "cv-2", ClientID: "m1", Text: "x", At: at(1)}); err != nil || dup {
		t.Fatalf("AddMessage(m1 in cv-2) = dup %v, %v", dup, err)
	}

	list, err := s.Messages(ctx(t), "cv-1")
	if err != nil {
		t.Fatalf("Messages: %v", err)
	}
	if len(list) != 4 {
		t.Fatalf("Messages: %d, want 4 (the repeat is not stored twice)", len(list))
	}
	equal(t, "first message", list[0], want1)
	equal(t, "second message", list[1], got2)
	if list[2].Text != "note" || list[3].Text != "note" || list[2].Seq != 2 {
		t.Fatalf("arrival order broken: %s", show(list))
	}
	empty, err := s.Messages(ctx(t), "cv-2")
	if err != nil || len(empty) != 1 {
		t.Fatalf("Messages(cv-2) = %d, %v", len(empty), err)
	}
}

// AddMessage on an ended conversation is not refused by the port; the core
// decides. What must hold: a repeat still finds its original.
func testMessagesOnEnded(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	first, _, err := s.AddMessage(ctx(t), dialog.Message{ConversationID: "cv-1", ClientID: "m1", Text: "hi", At: at(1)})
	if err != nil {
		t.Fatal(err)
	}
	mustFinish(t, s, note("n-1", "cv-1", "c-1", at(2)))
	got, dup, err := s.AddMessage(ctx(t), dialog.Message{ConversationID: "cv-1", ClientID: "m1", Text: "hi", At: at(3)})
	if err != nil || !dup {
		t.Fatalf("repeat after end = dup %v, %v", dup, err)
	}
	equal(t, "repeat after end", got, first)
}
