package storetest

import (
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

func handoff(state string, queued int) *dialog.Handoff {
	return &dialog.Handoff{
		Reason: "hardship", State: state, Skill: "hardship", Priority: "high", QueuedAt: at(queued),
	}
}

func testHandoffs(t *testing.T, s Store) {
	for i, id := range []string{"cv-a", "cv-b", "cv-c", "cv-d", "cv-e"} {
		mustCreate(t, s, conv(id, "c-1", at(i)))
	}
	if got, err := s.Handoffs(ctx(t)); err != nil || len(got) != 0 {
		t.Fatalf("Handoffs on a store without any = %v, %v", convIDs(got), err)
	}
	// Queued later first, to show the list is ordered by QueuedAt, not by id or creation.
	save := func(id string, h *dialog.Handoff) {
		t.Helper()
		if err := s.SaveHandoff(ctx(t), id, h); err != nil {
			t.Fatalf("SaveHandoff(%s): %v", id, err)
		}
	}
	save("cv-a", handoff(dialog.HandoffQueued, 30))
	connected := handoff(dialog.HandoffConnected, 10)
	connected.AgentID, connected.AgentName, connected.ConnectedAt = "a-02", "吴静", at(12)
	save("cv-b", connected)
	save("cv-c", handoff(dialog.HandoffCallback, 5)) // no longer waiting for a seat
	save("cv-d", handoff(dialog.HandoffQueued, 20))
	mustFinish(t, s, note("n-d", "cv-d", "c-1", at(40))) // ended: not in the queue either

	got, err := s.Handoffs(ctx(t))
	if err != nil {
		t.Fatalf("Handoffs: %v", err)
	}
	equal(t, "active handoffs, oldest queued first", convIDs(got), []string{"cv-b", "cv-a"})
	want := *connected
	want.QueuedAt, want.ConnectedAt = at(10).UTC(), at(12).UTC()
	equal(t, "handoff round trip", *got[0].Handoff, want)
	equal(t, "loaded with the conversation", *mustLoad(t, s, "cv-b").Handoff, want)

	// Replacing the record moves a conversation out of the queue.
	resolved := want
	resolved.State, resolved.Outcome, resolved.AgentNote, resolved.EndedAt = dialog.HandoffResolved, "plan_agreed", "3 个月只还息", at(50)
	save("cv-b", &resolved)
	if got, _ := s.Handoffs(ctx(t)); len(got) != 1 || got[0].ID != "cv-a" {
		t.Fatalf("after resolving cv-b: %v", convIDs(got))
	}
	if h := mustLoad(t, s, "cv-b").Handoff; h == nil || h.Outcome != "plan_agreed" || h.AgentNote != "3 个月只还息" || !h.EndedAt.Equal(at(50)) {
		t.Fatalf("resolved handoff read back as %+v", h)
	}
	if h := mustLoad(t, s, "cv-e").Handoff; h != nil {
		t.Fatalf("a conversation never handed off has handoff %+v", h)
	}
	wantErr(t, "SaveHandoff(unknown)", s.SaveHandoff(ctx(t), "nope", handoff(dialog.HandoffQueued, 0)), dialog.ErrNotFound)
}
