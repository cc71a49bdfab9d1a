package storetest

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

func testFrames(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	out := mustAppend(t, s, "cv-1", reply("m1", "one", at(1)), dialog.Frame{Type: dialog.FrameHandoff, ConversationID: "cv-1", ReplyTo: "m1", HandoffStatus: "queued", At: at(1)})
	equal(t, "first seqs", seqs(out), []int64{1, 2})
	for _, f := range out {
		if f.ConversationID != "cv-1" {
			t.Fatalf("AppendFrames must set ConversationID, got %q", f.ConversationID)
		}
	}
	out = mustAppend(t, s, "cv-1", reply("m2", "two", at(2)), reply("", "unprompted", at(3)), reply("m1", "late", at(4)))
	equal(t, "next seqs", seqs(out), []int64{3, 4, 5})
	c := mustLoad(t, s, "cv-1")
	if c.LastSeq != 5 || !c.LastActive.Equal(at(4)) {
		t.Fatalf("after appends LastSeq %d LastActive %v, want 5 and %v", c.LastSeq, c.LastActive, at(4))
	}
	if out := mustAppend(t, s, "cv-1"); len(out) != 0 {
		t.Fatalf("appending nothing returned %d frames", len(out))
	}
	if c := mustLoad(t, s, "cv-1"); c.LastSeq != 5 {
		t.Fatalf("appending nothing moved LastSeq to %d", c.LastSeq)
	}

	all, err := s.FramesAfter(ctx(t), "cv-1", 0)
	if err != nil {
		t.Fatalf("FramesAfter: %v", err)
	}
	equal(t, "FramesAfter(0)", seqs(all), []int64{1, 2, 3, 4, 5})
	after, _ := s.FramesAfter(ctx(t), "cv-1", 3)
	equal(t, "FramesAfter(3)", seqs(after), []int64{4, 5})
	after, _ = s.FramesAfter(ctx(t), "cv-1", 5)
	equal(t, "FramesAfter(last)", seqs(after), []int64{})
	after, _ = s.FramesAfter(ctx(t), "cv-1", 50)
	equal(t, "FramesAfter(beyond)", seqs(after), []int64{})
	after, _ = s.FramesAfter(ctx(t), "cv-1", -1)
	equal(t, "FramesAfter(-1)", seqs(after), []int64{1, 2, 3, 4, 5})

	rs, err := s.FramesReplyingTo(ctx(t), "cv-1", "m1")
	if err != nil {
		t.Fatalf("FramesReplyingTo: %v", err)
	}
	equal(t, "FramesReplyingTo(m1)", seqs(rs), []int64{1, 2, 5})
	equal(t, "FramesReplyingTo(m1) bodies", rs[2], all[4])
	rs, _ = s.FramesReplyingTo(ctx(t), "cv-1", "m9")
	equal(t, "FramesReplyingTo(unknown)", seqs(rs), []int64{})

	// Frames of a fresh conversation: an empty list, not ErrNotFound.
	mustCreate(t, s, conv("cv-2", "c-1", at(0)))
	if fs, err := s.FramesAfter(ctx(t), "cv-2", 0); err != nil || len(fs) != 0 {
		t.Fatalf("FramesAfter(fresh) = %d, %v", len(fs), err)
	}

	// Preconditions: ephemeral frames and other conversations' frames are refused, atomically.
	for _, bad := range [][]dialog.Frame{
		{reply("m3", "ok", at(5)), {Type: dialog.FrameTyping, At: at(5)}},
		{reply("m3", "ok", at(5)), {Type: dialog.FrameReplyDelta, Delta: "x"}},
		{{Type: dialog.FrameReply, ConversationID: "cv-2", Text: "wrong"}},
	} {
		_, err := s.AppendFrames(ctx(t), "cv-1", bad)
		wantErr(t, fmt.Sprintf("AppendFrames(%s)", show(bad)), err, dialog.ErrInvalid)
	}
	if c := mustLoad(t, s, "cv-1"); c.LastSeq != 5 {
		t.Fatalf("refused appends moved LastSeq to %d", c.LastSeq)
	}
}

func testFrameRoundTrip(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	in := []dialog.Frame{{
		Type: dialog.FrameReply, ConversationID: "cv-1", Seq: 42, ReplyTo: "m1", At: at(1),
		From: "agent", Text: "月供 5307.27 元", Intent: "repayment_schedule",
		Cards: []dialog.Card{
			dialog.Card(`{"kind":"repayment_schedule","principal":"1000000.00","rows":[{"n":1,"payment":"5307.27"}]}`),
			dialog.Card(`{"kind":"faq_answer","title":"提前还款","source":"kb/prepay.md"}`),
		},
		QuickReplies: []dialog.QuickReply{{Label: "缩短期限", Action: "prepay:shorten_term"}, {Label: "Reduce", Action: "prepay:reduce_payment"}},
	}, {
		Type: dialog.FrameHandoff, ReplyTo: "m1", At: at(2),
		HandoffStatus: "queued", Position: 3, ETASeconds: 90, AgentName: "王芳",
	}}
	out := mustAppend(t, s, "cv-1", in...)
	want := make([]dialog.Frame, len(in))
	for i, f := range in {
		f.ConversationID, f.Seq, f.At = "cv-1", int64(i+1), f.At.UTC()
		want[i] = f
	}
	equal(t, "AppendFrames result", out, want)
	got, err := s.FramesAfter(ctx(t), "cv-1", 0)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "FramesAfter round trip", got, want)
	if got[0].Cards[0].Kind() != "repayment_schedule" {
		t.Fatalf("card kind lost: %s", got[0].Cards[0])
	}
}

// testConcurrentAppend: 50 goroutines append at once; seqs must come out
// 1…N with no gap and no duplicate, and each call's frames contiguous.
func testConcurrentAppend(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	const workers = 50
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		results [][]dialog.Frame
		errs    []error
	)
	for i := range workers {
		wg.Go(func() {
			id := fmt.Sprintf("m%d", i)
			out, err := s.AppendFrames(ctx(t), "cv-1", []dialog.Frame{reply(id, "a", at(i)), reply(id, "b", at(i))})
			mu.Lock()
			defer mu.Unlock()
			results, errs = append(results, out), append(errs, err)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatalf("concurrent AppendFrames: %v", err)
		}
	}
	var all []int64
	for _, r := range results {
		if len(r) != 2 || r[1].Seq != r[0].Seq+1 {
			t.Fatalf("one call's frames not contiguous: %v", seqs(r))
		}
		all = append(all, seqs(r)...)
	}
	slices.Sort(all)
	for i, seq := range all {
		if seq != int64(i+1) {
			t.Fatalf("seqs have a gap or duplicate at %d: %v", i, all)
		}
	}
	stored, err := s.FramesAfter(ctx(t), "cv-1", 0)
	if err != nil || len(stored) != 2*workers {
		t.Fatalf("FramesAfter = %d frames, %v; want %d", len(stored), err, 2*workers)
	}
	for i, f := range stored {
		if f.Seq != int64(i+1) {
			t.Fatalf("stored frame %d has seq %d", i, f.Seq)
		}
	}
	if c := mustLoad(t, s, "cv-1"); c.LastSeq != 2*workers {
		t.Fatalf("LastSeq = %d, want %d", c.LastSeq, 2*workers)
	}
}
