package storetest

import (
	"fmt"
	"sync"
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

func testFinish(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	mustAppend(t, s, "cv-1", reply("m1", "hi", at(1)))
	n := note("n-1", "", "c-1", at(10), "job_loss") // ConversationID is filled in by Finish
	stored, ended, already, err := s.Finish(ctx(t), "cv-1", n, dialog.Frame{Type: dialog.FrameEnded, ConversationID: "cv-1", At: at(10)})
	if err != nil || already {
		t.Fatalf("Finish = already %v, %v", already, err)
	}
	wantNote := n
	wantNote.ConversationID = "cv-1"
	wantNote.StartedAt, wantNote.EndedAt = n.StartedAt.UTC(), n.EndedAt.UTC()
	equal(t, "stored note", stored, wantNote)
	wantEnded := dialog.Frame{Type: dialog.FrameEnded, ConversationID: "cv-1", Seq: 2, At: at(10).UTC(), NoteID: "n-1"}
	equal(t, "ended frame", ended, wantEnded)

	c := mustLoad(t, s, "cv-1")
	if c.Status != dialog.StatusEnded || c.NoteID != "n-1" || c.LastSeq != 2 || !c.EndedAt.Equal(at(10)) {
		t.Fatalf("conversation after Finish: %s", show(c))
	}
	fs, _ := s.FramesAfter(ctx(t), "cv-1", 1)
	equal(t, "ended frame is stored", fs, []dialog.Frame{wantEnded})

	_, err = s.AppendFrames(ctx(t), "cv-1", []dialog.Frame{reply("m2", "too late", at(11))})
	wantErr(t, "AppendFrames after Finish", err, dialog.ErrEnded)

	// Finishing again leaves everything alone and returns the first note.
	again, ended2, already, err := s.Finish(ctx(t), "cv-1", note("n-2", "cv-1", "c-1", at(20)), endedFrame(at(20)))
	if err != nil || !already {
		t.Fatalf("second Finish = already %v, %v", already, err)
	}
	equal(t, "second Finish note", again, wantNote)
	equal(t, "second Finish ended frame", ended2, wantEnded)
	if _, err := s.Note(ctx(t), "n-2"); err == nil {
		t.Fatal("the second Finish stored its note")
	}
	if c2 := mustLoad(t, s, "cv-1"); c2.LastSeq != 2 || !c2.EndedAt.Equal(at(10)) {
		t.Fatalf("second Finish changed the conversation: %s", show(c2))
	}

	for i, tc := range []struct {
		name string
		n    dialog.Note
		f    dialog.Frame
	}{
		{"no note id", note("", "", "c-1", at(1)), endedFrame(at(1))},
		{"another conversation's note", note("n-x", "cv-other", "c-1", at(1)), endedFrame(at(1))},
		{"a frame that is not ended", note("n-x", "", "c-1", at(1)), reply("", "bye", at(1))},
		{"a note id already taken", note("n-1", "", "c-1", at(1)), endedFrame(at(1))},
	} {
		id := fmt.Sprintf("cv-bad-%d", i)
		mustCreate(t, s, conv(id, "c-1", at(0)))
		_, _, _, err := s.Finish(ctx(t), id, tc.n, tc.f)
		wantErr(t, "Finish with "+tc.name, err, dialog.ErrInvalid)
		if c := mustLoad(t, s, id); c.Status != dialog.StatusOpen || c.LastSeq != 0 {
			t.Fatalf("Finish with %s changed the conversation: %s", tc.name, show(c))
		}
		if _, err := s.NoteOf(ctx(t), id); err == nil {
			t.Fatalf("Finish with %s stored a note", tc.name)
		}
	}
}

// testConcurrentFinish: racing finishers (the customer's end, the idle sweeper,
// another instance) yield exactly one note; the others see already=true.
func testConcurrentFinish(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	mustAppend(t, s, "cv-1", reply("m1", "hi", at(1)))
	const racers = 8
	type result struct {
		n       dialog.Note
		f       dialog.Frame
		already bool
		err     error
	}
	results := make([]result, racers)
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			n := note(fmt.Sprintf("n-%d", i), "cv-1", "c-1", at(10+i))
			var r result
			r.n, r.f, r.already, r.err = s.Finish(ctx(t), "cv-1", n, endedFrame(n.EndedAt))
			results[i] = r
		})
	}
	wg.Wait()
	winners := 0
	for _, r := range results {
		if r.err != nil {
			t.Fatalf("concurrent Finish: %v", r.err)
		}
		if !r.already {
			winners++
		}
		equal(t, "every finisher sees the same note", r.n, results[0].n)
		equal(t, "every finisher sees the same ended frame", r.f, results[0].f)
	}
	if winners != 1 {
		t.Fatalf("%d finishers won, want exactly 1", winners)
	}
	notes, err := s.Notes(ctx(t), dialog.NoteQuery{})
	if err != nil || len(notes) != 1 {
		t.Fatalf("Notes = %v, %v; want exactly one", noteIDs(notes), err)
	}
	fs, _ := s.FramesAfter(ctx(t), "cv-1", 0)
	equal(t, "one ended frame", seqs(fs), []int64{1, 2})
}

func testNoteRoundTrip(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	n := dialog.Note{
		ID: "n-1", ConversationID: "cv-1", CustomerID: "c-1", Channel: "telegram",
		StartedAt: at(0), EndedAt: at(30), EndReason: "resolved", Lang: "zh-Hant",
		Summary: "客戶失業，申請延期；轉人工處理。",
		Intents: []string{"hardship", "term_extension"},
		Cards: []dialog.Card{
			dialog.Card(`{"kind":"loan_summary","loan_id":"L-1","balance":"812345.67"}`),
			dialog.Card(`{"kind":"prepayment_plan","options":[{"mode":"full","interest_saved":"1.00"}]}`),
		},
		Handoff:   &dialog.Handoff{Reason: "hardship", AgentID: "a-02", QueuedAt: at(5), ConnectedAt: at(6), Outcome: "extension_offered", AgentNote: "call back Monday"},
		Sentiment: dialog.NoteSentiment{Label: "negative", MinScore: -0.8, LastScore: -0.25},
		Flags: []dialog.Flag{
			{Code: "job_loss", Severity: "high", Evidence: "我失業了", Seq: 3},
			{Code: "job_loss", Severity: "high", Evidence: "沒有收入", Seq: 5},
			{Code: "self_harm", Severity: "critical", Evidence: "不想活了", Seq: 7},
		},
		CSAT: &dialog.CSAT{Score: 4, Comment: "ok", At: at(31)},
	}
	stored := mustFinish(t, s, n)
	want := n
	h, c := *n.Handoff, *n.CSAT
	h.QueuedAt, h.ConnectedAt, c.At = h.QueuedAt.UTC(), h.ConnectedAt.UTC(), c.At.UTC()
	want.StartedAt, want.EndedAt, want.Handoff, want.CSAT = n.StartedAt.UTC(), n.EndedAt.UTC(), &h, &c
	equal(t, "Finish result", stored, want)
	byID, err := s.Note(ctx(t), "n-1")
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "Note", byID, want)
	of, err := s.NoteOf(ctx(t), "cv-1")
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "NoteOf", of, want)
	list, _ := s.Notes(ctx(t), dialog.NoteQuery{Flag: "job_loss"})
	equal(t, "Notes(flag)", list, []dialog.Note{want})

	// A minimal note keeps its nil pointers nil.
	mustCreate(t, s, conv("cv-2", "c-1", at(0)))
	bare := dialog.Note{ID: "n-2", ConversationID: "cv-2", CustomerID: "c-1", EndedAt: at(40)}
	got := mustFinish(t, s, bare)
	bare.EndedAt = bare.EndedAt.UTC()
	equal(t, "bare note", got, bare)
	if got, _ := s.Note(ctx(t), "n-2"); got.Handoff != nil || got.CSAT != nil {
		t.Fatalf("nil pointers came back set: %s", show(got))
	}
}

func testNotes(t *testing.T, s Store) {
	type spec struct {
		conv, customer string
		ended          int
		flags          []string
	}
	for _, sp := range []spec{
		{"cv-a", "c-1", 10, []string{"job_loss"}},
		{"cv-b", "c-2", 20, []string{"job_loss", "legal_threat"}},
		{"cv-c", "c-1", 30, nil},
		{"cv-d", "c-3", 40, []string{"legal_threat"}},
		{"cv-e", "c-1", 50, []string{"fraud_risk", "job_loss"}},
	} {
		mustCreate(t, s, conv(sp.conv, sp.customer, at(0)))
		mustFinish(t, s, note("n-"+sp.conv[3:], sp.conv, sp.customer, at(sp.ended), sp.flags...))
	}
	mustCreate(t, s, conv("cv-open", "c-1", at(0))) // no note yet

	for _, tc := range []struct {
		name string
		q    dialog.NoteQuery
		want []string
	}{
		{"all, newest first", dialog.NoteQuery{}, []string{"n-e", "n-d", "n-c", "n-b", "n-a"}},
		{"nil customers: any", dialog.NoteQuery{CustomerIDs: nil, Limit: 2}, []string{"n-e", "n-d"}},
		{"empty customers: none", dialog.NoteQuery{CustomerIDs: []string{}}, []string{}},
		{"one customer", dialog.NoteQuery{CustomerIDs: []string{"c-1"}}, []string{"n-e", "n-c", "n-a"}},
		{"two customers", dialog.NoteQuery{CustomerIDs: []string{"c-2", "c-3"}}, []string{"n-d", "n-b"}},
		{"unknown customer", dialog.NoteQuery{CustomerIDs: []string{"c-9"}}, []string{}},
		{"flag", dialog.NoteQuery{Flag: "job_loss"}, []string{"n-e", "n-b", "n-a"}},
		{"flag and customer", dialog.NoteQuery{Flag: "legal_threat", CustomerIDs: []string{"c-1", "c-3"}}, []string{"n-d"}},
		{"unknown flag", dialog.NoteQuery{Flag: "self_harm"}, []string{}},
		{"since is inclusive", dialog.NoteQuery{Since: at(30)}, []string{"n-e", "n-d", "n-c"}},
		{"since in another zone", dialog.NoteQuery{Since: at(30).UTC()}, []string{"n-e", "n-d", "n-c"}},
		{"since, flag, limit", dialog.NoteQuery{Since: at(15), Flag: "job_loss", Limit: 1}, []string{"n-e"}},
		{"limit", dialog.NoteQuery{Limit: 3}, []string{"n-e", "n-d", "n-c"}},
		{"since after all", dialog.NoteQuery{Since: at(51)}, []string{}},
	} {
		got, err := s.Notes(ctx(t), tc.q)
		if err != nil {
			t.Fatalf("Notes(%s): %v", tc.name, err)
		}
		equal(t, "Notes("+tc.name+")", noteIDs(got), tc.want)
	}
}

func testSetCSAT(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	n := mustFinish(t, s, note("n-1", "cv-1", "c-1", at(10), "job_loss"))
	csat := dialog.CSAT{Score: 5, Comment: "很好 <3 & thanks", At: at(12)}
	if err := s.SetCSAT(ctx(t), "cv-1", csat); err != nil {
		t.Fatalf("SetCSAT: %v", err)
	}
	want := n
	want.CSAT = &dialog.CSAT{Score: 5, Comment: "很好 <3 & thanks", At: at(12).UTC()}
	for name, get := range map[string]func() (dialog.Note, error){
		"Note":   func() (dialog.Note, error) { return s.Note(ctx(t), "n-1") },
		"NoteOf": func() (dialog.Note, error) { return s.NoteOf(ctx(t), "cv-1") },
		"Notes": func() (dialog.Note, error) {
			ns, err := s.Notes(ctx(t), dialog.NoteQuery{Flag: "job_loss"})
			if err != nil || len(ns) != 1 {
				return dialog.Note{}, fmt.Errorf("Notes = %d, %v", len(ns), err)
			}
			return ns[0], nil
		},
	} {
		got, err := get()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		equal(t, name+" after SetCSAT", got, want)
	}
	// A second rating replaces the first.
	if err := s.SetCSAT(ctx(t), "cv-1", dialog.CSAT{Score: 2, At: at(13)}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.NoteOf(ctx(t), "cv-1")
	equal(t, "replaced CSAT", got.CSAT, &dialog.CSAT{Score: 2, At: at(13).UTC()})

	mustCreate(t, s, conv("cv-open", "c-1", at(0)))
	wantErr(t, "SetCSAT(open conversation)", s.SetCSAT(ctx(t), "cv-open", csat), dialog.ErrNotFound)
}

func testNotFound(t *testing.T, s Store) {
	const id = "missing"
	check := func(what string, err error) {
		t.Helper()
		wantErr(t, what, err, dialog.ErrNotFound)
	}
	_, err := s.Conversation(ctx(t), id)
	check("Conversation", err)
	check("SaveState", s.SaveState(ctx(t), id, "en", nil))
	_, _, err = s.AddMessage(ctx(t), dialog.Message{ConversationID: id, ClientID: "m1", At: at(0)})
	check("AddMessage", err)
	_, err = s.Messages(ctx(t), id)
	check("Messages", err)
	_, err = s.AppendFrames(ctx(t), id, []dialog.Frame{reply("m1", "x", at(0))})
	check("AppendFrames", err)
	_, err = s.FramesAfter(ctx(t), id, 0)
	check("FramesAfter", err)
	_, err = s.FramesReplyingTo(ctx(t), id, "m1")
	check("FramesReplyingTo", err)
	_, _, _, err = s.Finish(ctx(t), id, note("n-1", id, "c-1", at(0)), endedFrame(at(0)))
	check("Finish", err)
	_, err = s.Note(ctx(t), id)
	check("Note", err)
	_, err = s.NoteOf(ctx(t), id)
	check("NoteOf", err)
	check("SetCSAT", s.SetCSAT(ctx(t), id, dialog.CSAT{Score: 3, At: at(0)}))
	// An open conversation has no note yet.
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	_, err = s.NoteOf(ctx(t), "cv-1")
	check("NoteOf(open)", err)
}
