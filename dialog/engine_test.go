package dialog_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// echo answers every message with one reply and a card, counting calls.
type echo struct {
	calls atomic.Int32
	delay time.Duration
}

func (e *echo) Respond(ctx context.Context, t dialog.Turn) (dialog.Response, error) {
	e.calls.Add(1)
	if e.delay > 0 {
		time.Sleep(e.delay) // deliberately ignores ctx: the engine must not wait
	}
	card, _ := dialog.NewCard(map[string]any{"kind": "faq_answer", "title": t.Message.Text, "source": "test"})
	return dialog.Response{Replies: []dialog.Reply{{Text: "re: " + t.Message.Text, Intent: "faq", Cards: []dialog.Card{card}}}}, nil
}

type panicky struct{}

func (panicky) Respond(context.Context, dialog.Turn) (dialog.Response, error) { panic("boom") }

// flagger marks "失业" as job_loss with a negative sentiment.
type flagger struct{}

func (flagger) Analyze(_ context.Context, text string) dialog.Analysis {
	a := dialog.Analysis{Lang: "zh-Hans", Sentiment: &dialog.Sentiment{Label: "neutral", Score: 0}}
	if strings.Contains(text, "失业") {
		a.Sentiment = &dialog.Sentiment{Label: "negative", Score: -0.8}
		a.Flags = []dialog.Flag{{Code: "job_loss", Severity: "high", Evidence: "失业"}}
	}
	return a
}

type rig struct {
	eng   *dialog.Engine
	store *memory.Store
	clock *clock
	resp  dialog.Responder
}

func newRig(t *testing.T, cfg dialog.Config, r dialog.Responder) *rig {
	t.Helper()
	st := memory.NewStore()
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	eng, err := dialog.NewEngine(cfg, dialog.Deps{
		Store: st, Bus: memory.NewBus(memory.DefaultBuffer), Locker: memory.NewLocker(), Clock: clk,
		Analyzer: flagger{}, Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: r},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eng.Stop)
	return &rig{eng: eng, store: st, clock: clk, resp: r}
}

var alice = dialog.Principal{Subject: "c-1001", Role: dialog.RoleBorrower, Name: "张伟"}
var bob = dialog.Principal{Subject: "c-1002", Role: dialog.RoleBorrower}

func open(t *testing.T, r *rig, p dialog.Principal, id string, last int64) *dialog.Session {
	t.Helper()
	s, err := r.eng.Open(t.Context(), p, dialog.OpenRequest{ConversationID: id, LastSeq: last, Channel: "web"})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(s.Close)
	return s
}

// next returns the next stored frame, skipping ephemeral ones.
func next(t *testing.T, s *dialog.Session) dialog.Frame {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case f, ok := <-s.Frames():
			if !ok {
				t.Fatal("session closed")
			}
			if f.Stored() {
				return f
			}
		case <-timeout:
			t.Fatal("no frame within 5s")
		}
	}
}

func post(t *testing.T, r *rig, p dialog.Principal, conv, id, text string) []dialog.Frame {
	t.Helper()
	replayed, err := r.eng.Post(t.Context(), p, conv, dialog.Inbound{ID: id, Text: text})
	if err != nil {
		t.Fatalf("post %s: %v", id, err)
	}
	return replayed
}

func TestTurnsGetContiguousSeqs(t *testing.T) {
	r := newRig(t, dialog.Config{}, &echo{})
	s := open(t, r, alice, "", 0)
	if s.Resumed || s.Conversation.LastSeq != 0 {
		t.Fatalf("new conversation: resumed=%v last=%d", s.Resumed, s.Conversation.LastSeq)
	}
	for i := 1; i <= 3; i++ {
		post(t, r, alice, s.Conversation.ID, fmt.Sprint("m", i), fmt.Sprint("hello ", i))
		f := next(t, s)
		if f.Seq != int64(i) || f.Type != dialog.FrameReply || f.ReplyTo != fmt.Sprint("m", i) || f.From != "bot" {
			t.Fatalf("turn %d: got %+v", i, f)
		}
	}
}

func TestRepeatedIDReplaysWithoutRunningTheTurnAgain(t *testing.T) {
	e := &echo{}
	r := newRig(t, dialog.Config{}, e)
	s := open(t, r, alice, "", 0)
	post(t, r, alice, s.Conversation.ID, "m1", "first")
	orig := next(t, s)
	replayed := post(t, r, alice, s.Conversation.ID, "m1", "first")
	if len(replayed) != 1 || replayed[0].Seq != orig.Seq || replayed[0].Text != orig.Text {
		t.Fatalf("replayed %+v, want the original %+v", replayed, orig)
	}
	if n := e.calls.Load(); n != 1 {
		t.Fatalf("responder ran %d times, want 1", n)
	}
	post(t, r, alice, s.Conversation.ID, "m2", "second")
	if f := next(t, s); f.Seq != 2 {
		t.Fatalf("next turn seq %d, want 2 (a replay takes no seq)", f.Seq)
	}
}

func TestResumeReplaysExactlyWhatWasMissed(t *testing.T) {
	r := newRig(t, dialog.Config{}, &echo{})
	s := open(t, r, alice, "", 0)
	id := s.Conversation.ID
	for i := 1; i <= 4; i++ {
		post(t, r, alice, id, fmt.Sprint("m", i), "x")
	}
	s.Close()
	s2 := open(t, r, alice, id, 2)
	if !s2.Resumed || s2.Conversation.LastSeq != 4 {
		t.Fatalf("resume: resumed=%v last_seq=%d, want true 4", s2.Resumed, s2.Conversation.LastSeq)
	}
	if a, b := next(t, s2), next(t, s2); a.Seq != 3 || b.Seq != 4 {
		t.Fatalf("replayed %d,%d want 3,4", a.Seq, b.Seq)
	}
	post(t, r, alice, id, "m5", "live")
	if f := next(t, s2); f.Seq != 5 || f.ReplyTo != "m5" {
		t.Fatalf("live after replay: %+v", f)
	}
}

func TestOthersCannotTouchAConversation(t *testing.T) {
	r := newRig(t, dialog.Config{}, &echo{})
	s := open(t, r, alice, "", 0)
	id := s.Conversation.ID
	if _, err := r.eng.Open(t.Context(), bob, dialog.OpenRequest{ConversationID: id}); !errors.Is(err, dialog.ErrForbidden) {
		t.Errorf("bob opens alice's conversation: %v", err)
	}
	if _, err := r.eng.Post(t.Context(), bob, id, dialog.Inbound{ID: "x", Text: "hi"}); !errors.Is(err, dialog.ErrForbidden) {
		t.Errorf("bob posts: %v", err)
	}
	if err := r.eng.End(t.Context(), bob, id); !errors.Is(err, dialog.ErrForbidden) {
		t.Errorf("bob ends: %v", err)
	}
	staff := dialog.Principal{Subject: "c-1001", Role: dialog.RoleManager}
	if _, err := r.eng.Post(t.Context(), staff, id, dialog.Inbound{ID: "x", Text: "hi"}); !errors.Is(err, dialog.ErrForbidden) {
		t.Errorf("a manager with the same subject posts: %v", err)
	}
}

func TestBadInputIsRefused(t *testing.T) {
	r := newRig(t, dialog.Config{MaxTextRunes: 10}, &echo{})
	s := open(t, r, alice, "", 0)
	for _, in := range []dialog.Inbound{{ID: "a", Text: "   "}, {ID: "b", Text: "\xff\xfe"}, {ID: "c", Text: strings.Repeat("长", 11)}, {ID: strings.Repeat("i", 200), Text: "ok"}} {
		if _, err := r.eng.Post(t.Context(), alice, s.Conversation.ID, in); !errors.Is(err, dialog.ErrInvalid) {
			t.Errorf("post %q: err %v, want ErrInvalid", in.Text, err)
		}
	}
	if err := r.eng.Rate(t.Context(), alice, s.Conversation.ID, 6, ""); !errors.Is(err, dialog.ErrInvalid) {
		t.Errorf("score 6: %v", err)
	}
}

func TestSlowResponderGetsTheGracefulAnswerInTime(t *testing.T) {
	e := &echo{delay: 2 * time.Second}
	r := newRig(t, dialog.Config{TurnTimeout: 200 * time.Millisecond}, e)
	s := open(t, r, alice, "", 0)
	start := time.Now()
	post(t, r, alice, s.Conversation.ID, "m1", "slow please")
	f := next(t, s)
	if took := time.Since(start); took > time.Second {
		t.Fatalf("answered after %v, over the turn timeout", took)
	}
	if f.Intent != "unknown" || !strings.Contains(f.Text, "抱歉") || len(f.QuickReplies) == 0 {
		t.Fatalf("fallback reply %+v", f)
	}
}

func TestPanickingResponderDoesNotTakeTheServiceDown(t *testing.T) {
	r := newRig(t, dialog.Config{}, panicky{})
	s := open(t, r, alice, "", 0)
	post(t, r, alice, s.Conversation.ID, "m1", "hello")
	if f := next(t, s); f.Type != dialog.FrameReply || f.Intent != "unknown" {
		t.Fatalf("after panic: %+v", f)
	}
}

func TestEndWritesOneNoteWithSignalsAndCards(t *testing.T) {
	r := newRig(t, dialog.Config{}, &echo{})
	s := open(t, r, alice, "", 0)
	id := s.Conversation.ID
	post(t, r, alice, id, "m1", "想了解提前还款")
	post(t, r, alice, id, "m2", "我失业了")
	post(t, r, alice, id, "m3", "好的")
	if err := r.eng.End(t.Context(), alice, id); err != nil {
		t.Fatal(err)
	}
	if err := r.eng.End(t.Context(), alice, id); err != nil {
		t.Fatalf("second end: %v", err)
	}
	var ended dialog.Frame
	for f := next(t, s); ; f = next(t, s) {
		if f.Type == dialog.FrameEnded {
			ended = f
			break
		}
	}
	if ended.Seq != 4 || ended.NoteID == "" {
		t.Fatalf("ended frame %+v", ended)
	}
	n, err := r.store.NoteOf(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if n.ID != ended.NoteID || n.EndReason != "customer" || n.CustomerID != "c-1001" || n.Channel != "web" {
		t.Errorf("note header %+v", n)
	}
	if len(n.Cards) != 3 || len(n.Intents) != 1 || n.Intents[0] != "faq" {
		t.Errorf("note cards %d intents %v", len(n.Cards), n.Intents)
	}
	if len(n.Flags) != 1 || n.Flags[0].Code != "job_loss" || n.Flags[0].Seq != 1 || n.Flags[0].Evidence != "失业" {
		t.Errorf("note flags %+v, want job_loss at seq 1 (after the first reply)", n.Flags)
	}
	if n.Sentiment.Label != "negative" || n.Sentiment.MinScore != -0.8 || n.Sentiment.LastScore != 0 {
		t.Errorf("note sentiment %+v", n.Sentiment)
	}
	if !strings.Contains(n.Summary, "想了解提前还款") {
		t.Errorf("summary %q lacks the customer's first words", n.Summary)
	}
	if _, err := r.eng.Post(t.Context(), alice, id, dialog.Inbound{ID: "m4", Text: "还在吗"}); !errors.Is(err, dialog.ErrEnded) {
		t.Errorf("post after end: %v", err)
	}
	if replayed := post(t, r, alice, id, "m2", "我失业了"); len(replayed) != 1 || replayed[0].Seq != 2 {
		t.Errorf("repeat after end: %+v, want the original reply at seq 2", replayed)
	}
	if err := r.eng.Rate(t.Context(), alice, id, 5, "很好"); err != nil {
		t.Fatal(err)
	}
	if n, _ := r.store.NoteOf(t.Context(), id); n.CSAT == nil || n.CSAT.Score != 5 {
		t.Errorf("csat %+v", n.CSAT)
	}
	_, tr, err := r.eng.Transcript(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, e := range tr {
		order = append(order, fmt.Sprintf("%s@%d", e.From, e.Seq))
	}
	if got := strings.Join(order, " "); got != "customer@0 bot@1 customer@1 bot@2 customer@2 bot@3 system@4" {
		t.Errorf("transcript order %s", got)
	}
}

func TestIdleAndLeftOpenConversationsGetTheirNote(t *testing.T) {
	st := memory.NewStore()
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	deps := dialog.Deps{Store: st, Bus: memory.NewBus(8), Locker: memory.NewLocker(), Clock: clk,
		Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: &echo{}}}
	first, _ := dialog.NewEngine(dialog.Config{}, deps)
	s, err := first.Open(t.Context(), alice, dialog.OpenRequest{})
	if err != nil {
		t.Fatal(err)
	}
	left := s.Conversation.ID
	s.Close()
	// A new process starts on the same store: the conversation left open gets its note.
	eng, _ := dialog.NewEngine(dialog.Config{FinishOpenOnStart: true, IdleTimeout: time.Minute, SweepInterval: 10 * time.Millisecond}, deps)
	if err := eng.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	defer eng.Stop()
	if n, err := st.NoteOf(t.Context(), left); err != nil || n.EndReason != "restart" {
		t.Fatalf("left-open conversation: note %+v err %v", n, err)
	}
	s2, _ := eng.Open(t.Context(), alice, dialog.OpenRequest{})
	defer s2.Close()
	clk.Add(2 * time.Minute)
	deadline := time.Now().Add(5 * time.Second)
	for {
		n, err := st.NoteOf(t.Context(), s2.Conversation.ID)
		if err == nil {
			if n.EndReason != "idle" {
				t.Fatalf("idle note reason %q", n.EndReason)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("idle conversation never finished")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestConcurrentMessagesAreSerialised(t *testing.T) {
	e := &echo{}
	r := newRig(t, dialog.Config{}, e)
	s := open(t, r, alice, "", 0)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.eng.Post(context.Background(), alice, s.Conversation.ID, dialog.Inbound{ID: fmt.Sprint("m", i%10), Text: "hi"}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := e.calls.Load(); n != 10 {
		t.Fatalf("%d turns ran for 10 distinct ids", n)
	}
	for i := int64(1); i <= 10; i++ {
		if f := next(t, s); f.Seq != i {
			t.Fatalf("frame %d has seq %d", i, f.Seq)
		}
	}
}
