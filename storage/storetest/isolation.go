package storetest

import (
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

// testIsolation: callers mutating what they passed in or got back must not
// change stored state (the memory adapter shares a heap with its callers).
func testIsolation(t *testing.T, s Store) {
	c := conv("cv-1", "c-1", at(0))
	c.State = []byte(`{"a":1}`)
	mustCreate(t, s, c)
	c.State[6] = '9'
	got := mustLoad(t, s, "cv-1")
	got.State[6] = '8'
	state := []byte(`{"b":2}`)
	if err := s.SaveState(ctx(t), "cv-1", "en", state); err != nil {
		t.Fatal(err)
	}
	state[6] = '7'
	if st := mustLoad(t, s, "cv-1").State; string(st) != `{"b":2}` {
		t.Fatalf("state changed through a caller's slice: %s", st)
	}

	m := dialog.Message{ConversationID: "cv-1", ClientID: "m1", Text: "x", At: at(1),
		Sentiment: &dialog.Sentiment{Label: "neutral"}, Flags: []dialog.Flag{{Code: "job_loss"}}}
	out, _, err := s.AddMessage(ctx(t), m)
	if err != nil {
		t.Fatal(err)
	}
	m.Sentiment.Label, m.Flags[0].Code = "mutated", "mutated"
	out.Sentiment.Label, out.Flags[0].Code = "mutated", "mutated"
	ms, _ := s.Messages(ctx(t), "cv-1")
	ms[0].Flags[0].Code = "mutated"
	ms, _ = s.Messages(ctx(t), "cv-1")
	if ms[0].Sentiment.Label != "neutral" || ms[0].Flags[0].Code != "job_loss" {
		t.Fatalf("message changed through a caller's pointer: %s", show(ms[0]))
	}

	f := reply("m1", "x", at(2))
	f.Cards = []dialog.Card{dialog.Card(`{"kind":"faq_answer"}`)}
	f.QuickReplies = []dialog.QuickReply{{Label: "l", Action: "a"}}
	in := []dialog.Frame{f}
	fs := mustAppend(t, s, "cv-1", in...)
	in[0].Cards[0][2], in[0].QuickReplies[0].Action = 'X', "mutated"
	fs[0].Cards[0][2], fs[0].QuickReplies[0].Action = 'Y', "mutated"
	got2, _ := s.FramesAfter(ctx(t), "cv-1", 0)
	got2[0].Cards[0][2] = 'Z'
	got2, _ = s.FramesAfter(ctx(t), "cv-1", 0)
	if string(got2[0].Cards[0]) != `{"kind":"faq_answer"}` || got2[0].QuickReplies[0].Action != "a" {
		t.Fatalf("frame changed through a caller's slice: %s", show(got2[0]))
	}

	n := note("n-1", "cv-1", "c-1", at(3), "job_loss")
	n.Cards = []dialog.Card{dialog.Card(`{"kind":"loan_summary"}`)}
	n.Handoff = &dialog.Handoff{Reason: "hardship"}
	stored := mustFinish(t, s, n)
	n.Intents[0], n.Flags[0].Code, n.Cards[0][2], n.Handoff.Reason = "m", "m", 'X', "m"
	stored.Intents[0], stored.Flags[0].Code, stored.Cards[0][2], stored.Handoff.Reason = "m", "m", 'X', "m"
	loaded, _ := s.Note(ctx(t), "n-1")
	loaded.Intents[0], loaded.Handoff.Reason = "m", "m"
	loaded, _ = s.Note(ctx(t), "n-1")
	if loaded.Intents[0] != "faq" || loaded.Flags[0].Code != "job_loss" || string(loaded.Cards[0]) != `{"kind":"loan_summary"}` || loaded.Handoff.Reason != "hardship" {
		t.Fatalf("note changed through a caller's slice: %s", show(loaded))
	}
}
