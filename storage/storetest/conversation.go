package storetest

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

func testConversations(t *testing.T, s Store) {
	in := conv("cv-1", "c-1001", at(0))
	in.Role, in.Channel, in.Lang = dialog.RoleManager, "telegram", "en"
	in.LastActive = at(5)
	in.State = json.RawMessage(`{"slot":"principal"}`)
	// Whatever the caller sets, a new conversation is open with LastSeq 0 and no note.
	in.Status, in.LastSeq, in.NoteID, in.EndedAt = dialog.StatusEnded, 7, "n-x", at(9)
	mustCreate(t, s, in)

	want := in
	want.StartedAt, want.LastActive = at(0).UTC(), at(5).UTC()
	want.Status, want.LastSeq, want.NoteID, want.EndedAt = dialog.StatusOpen, 0, "", time.Time{}
	equal(t, "round trip", mustLoad(t, s, "cv-1"), want)

	err := s.CreateConversation(ctx(t), conv("cv-1", "c-2", at(1)))
	wantErr(t, "CreateConversation(duplicate)", err, dialog.ErrInvalid)
	equal(t, "after duplicate create", mustLoad(t, s, "cv-1"), want)

	// A conversation without state reads back without state.
	mustCreate(t, s, conv("cv-2", "c-1001", at(1)))
	if st := mustLoad(t, s, "cv-2").State; st != nil {
		t.Fatalf("State of a stateless conversation = %q, want nil", st)
	}
}

func testSaveState(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	if err := s.SaveState(ctx(t), "cv-1", "zh-Hant", []byte(`{"step":2}`)); err != nil {
		t.Fatalf("SaveState: %v", err)
	}
	c := mustLoad(t, s, "cv-1")
	if c.Lang != "zh-Hant" || string(c.State) != `{"step":2}` {
		t.Fatalf("after SaveState: lang %q state %q", c.Lang, c.State)
	}
	if err := s.SaveState(ctx(t), "cv-1", "en", []byte(`{"step":3}`)); err != nil {
		t.Fatalf("SaveState again: %v", err)
	}
	if c := mustLoad(t, s, "cv-1"); c.Lang != "en" || string(c.State) != `{"step":3}` {
		t.Fatalf("SaveState must replace: lang %q state %q", c.Lang, c.State)
	}
}

func testOpenConversations(t *testing.T, s Store) {
	for i, id := range []string{"old", "mid", "new", "done"} {
		c := conv(id, "c-1", at(10*i))
		mustCreate(t, s, c)
	}
	// Activity moves LastActive: "old" becomes the most recent.
	if _, _, err := s.AddMessage(ctx(t), dialog.Message{ConversationID: "old", ClientID: "m1", From: "customer", Text: "hi", At: at(100)}); err != nil {
		t.Fatal(err)
	}
	mustFinish(t, s, note("n-done", "done", "c-1", at(31)))

	got, err := s.OpenConversations(ctx(t), at(20))
	if err != nil {
		t.Fatalf("OpenConversations: %v", err)
	}
	equal(t, "open before at(20): strictly before, ended excluded", convIDs(got), []string{"mid"})
	got, _ = s.OpenConversations(ctx(t), at(101))
	equal(t, "open before at(101), least recently active first", convIDs(got), []string{"mid", "new", "old"})
	got, _ = s.OpenConversations(ctx(t), at(-1))
	equal(t, "open before everything", convIDs(got), []string{})
	got, _ = s.OpenConversations(ctx(t), time.Time{})
	equal(t, "open before the zero time", convIDs(got), []string{})
}

func testConversationsOf(t *testing.T, s Store) {
	for i, id := range []string{"a", "b", "c"} {
		mustCreate(t, s, conv(id, "c-1", at(i)))
	}
	mustCreate(t, s, conv("other", "c-2", at(5)))
	got, err := s.ConversationsOf(ctx(t), "c-1", 0)
	if err != nil {
		t.Fatalf("ConversationsOf: %v", err)
	}
	equal(t, "newest first, no limit", convIDs(got), []string{"c", "b", "a"})
	got, _ = s.ConversationsOf(ctx(t), "c-1", 2)
	equal(t, "limit 2", convIDs(got), []string{"c", "b"})
	got, _ = s.ConversationsOf(ctx(t), "nobody", 5)
	equal(t, "unknown customer", convIDs(got), []string{})
}

func convIDs(cs []dialog.Conversation) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}
