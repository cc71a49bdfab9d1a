package dialog_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
)

// desker answers like the borrower assistant does about people: "转人工" asks
// for one, "困难" is a hardship case for the hardship desk, "投诉" a complaint.
type desker struct{ calls atomic.Int32 }

func (d *desker) Respond(_ context.Context, t dialog.Turn) (dialog.Response, error) {
	d.calls.Add(1)
	resp := dialog.Response{Replies: []dialog.Reply{{Text: "re: " + t.Message.Text, Intent: "faq"}}}
	switch {
	case strings.Contains(t.Message.Text, "转人工"):
		resp.Handoff = &dialog.HandoffRequest{Reason: dialog.ReasonRequested, Skill: dialog.SkillGeneral}
	case strings.Contains(t.Message.Text, "困难"):
		resp.Handoff = &dialog.HandoffRequest{Reason: dialog.ReasonHardship, Skill: dialog.SkillHardship, Priority: dialog.PriorityHigh}
	case strings.Contains(t.Message.Text, "投诉"):
		resp.Handoff = &dialog.HandoffRequest{Reason: dialog.ReasonComplaint, Skill: dialog.SkillComplaints}
	}
	return resp, nil
}

// moody marks "不想活" as self-harm and "烦" as negative.
type moody struct{ flagger }

func (m moody) Analyze(ctx context.Context, text string) dialog.Analysis {
	switch {
	case strings.Contains(text, "不想活"):
		return dialog.Analysis{Lang: "zh-Hans", Sentiment: &dialog.Sentiment{Label: "negative", Score: -0.9},
			Flags: []dialog.Flag{{Code: "self_harm", Severity: "critical", Evidence: "不想活了"}}}
	case strings.Contains(text, "烦"):
		return dialog.Analysis{Lang: "zh-Hans", Sentiment: &dialog.Sentiment{Label: "negative", Score: -0.5}}
	}
	return m.flagger.Analyze(ctx, text)
}

// newDeskRig is a started engine (the desk loop runs) on a pinned clock.
func newDeskRig(t *testing.T, cfg dialog.Config) (*rig, *desker) {
	t.Helper()
	d := &desker{}
	cfg.QueueTick = cmpDur(cfg.QueueTick, 5*time.Millisecond)
	st := memory.NewStore()
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	eng, err := dialog.NewEngine(cfg, dialog.Deps{
		Store: st, Bus: memory.NewBus(memory.DefaultBuffer), Locker: memory.NewLocker(), Clock: clk,
		Analyzer: moody{}, Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: d},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eng.Stop)
	return &rig{eng: eng, store: st, clock: clk, resp: d}, d
}

func cmpDur(a, b time.Duration) time.Duration {
	if a != 0 {
		return a
	}
	return b
}

var (
	general  = dialog.Seat{ID: "a-01", Name: "周敏", Skills: []string{"general", "complaints", "mortgage"}}
	hardship = dialog.Seat{ID: "a-02", Name: "吴静", Skills: []string{"hardship", "general"}}
)

func agent(s dialog.Seat) dialog.Principal {
	return dialog.Principal{Subject: s.ID, Role: dialog.RoleAgent, Name: s.Name}
}

func join(t *testing.T, r *rig, s dialog.Seat) *dialog.SeatWatch {
	t.Helper()
	w, err := r.eng.JoinDesk(agent(s), s)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Leave)
	return w
}

// queueUntil reads queue views until one satisfies ok.
func queueUntil(t *testing.T, w *dialog.SeatWatch, ok func([]dialog.QueueItem) bool) []dialog.QueueItem {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case items := <-w.C():
			if ok(items) {
				return items
			}
		case <-timeout:
			t.Fatal("no such queue view within 5s")
		}
	}
}

func ids(items []dialog.QueueItem) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, it.ConversationID)
	}
	return out
}

// nextOf returns the next frame of a type, stored or not, skipping others.
func nextOf(t *testing.T, s *dialog.Session, typ string) dialog.Frame {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case f, ok := <-s.Frames():
			if !ok {
				t.Fatalf("session closed waiting for %s", typ)
			}
			if f.Type == typ {
				return f
			}
		case <-timeout:
			t.Fatalf("no %s frame within 5s", typ)
		}
	}
}

func TestHandoffEndToEnd(t *testing.T) {
	r, bot := newDeskRig(t, dialog.Config{})
	s := open(t, r, alice, "", 0)
	conv := s.Conversation.ID
	post(t, r, alice, conv, "m1", "我失业了，还款有困难")
	if f := next(t, s); f.Type != dialog.FrameReply || f.From != "bot" {
		t.Fatalf("first frame %+v", f)
	}
	h := next(t, s)
	if h.Type != dialog.FrameHandoff || h.HandoffStatus != "queued" || h.Position != 1 || h.ETASeconds <= 0 || h.ReplyTo != "m1" {
		t.Fatalf("handoff frame %+v", h)
	}

	// The hardship seat sees it with its flag; the general seat does not while the specialist is free.
	w2, w1 := join(t, r, hardship), join(t, r, general)
	items := queueUntil(t, w2, func(it []dialog.QueueItem) bool { return len(it) == 1 })
	it := items[0]
	if it.Reason != dialog.ReasonHardship || it.Priority != dialog.PriorityHigh || it.Skill != "hardship" ||
		len(it.Flags) != 1 || it.Flags[0].Code != "job_loss" || it.Flags[0].Evidence != "失业" || it.SuggestedAgentID != "a-02" {
		t.Fatalf("queue item %+v", it)
	}
	queueUntil(t, w1, func(it []dialog.QueueItem) bool { return len(it) == 0 })
	if err := r.eng.Claim(t.Context(), agent(general), conv); !errors.Is(err, dialog.ErrForbidden) {
		t.Fatalf("claim by a seat it is not routed to = %v, want forbidden", err)
	}

	if err := r.eng.Claim(t.Context(), agent(hardship), conv); err != nil {
		t.Fatalf("claim: %v", err)
	}
	if f := next(t, s); f.Type != dialog.FrameHandoff || f.HandoffStatus != "connected" || f.AgentName != "吴静" {
		t.Fatalf("customer told %+v", f)
	}
	sc, seat, err := r.eng.Take(t.Context(), agent(hardship), conv)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(seat.Close)
	if len(sc.Transcript) < 3 || sc.Transcript[0].Text != "我失业了，还款有困难" || sc.Transcript[0].Sentiment == nil ||
		len(sc.Flags) != 1 || sc.Conversation.Handoff.AgentID != "a-02" || !strings.Contains(sc.Summary, "job_loss") {
		t.Fatalf("seat context %+v", sc)
	}
	if err := r.eng.Claim(t.Context(), agent(general), conv); !errors.Is(err, dialog.ErrTaken) {
		t.Fatalf("second claim = %v, want taken", err)
	}

	// The customer's words reach the seat, with their flags; the bot keeps quiet.
	calls := bot.calls.Load()
	post(t, r, alice, conv, "m2", "我失业三个月了")
	cm := nextOf(t, seat, dialog.FrameCustomerMessage)
	if cm.Text != "我失业三个月了" || len(cm.Flags) != 1 || cm.Sentiment == nil || cm.Sentiment.Label != "negative" {
		t.Fatalf("relayed %+v", cm)
	}
	if bot.calls.Load() != calls {
		t.Fatal("the bot answered while a seat held the conversation")
	}

	// The agent's words reach the customer once, however often they are sent.
	if _, err := r.eng.AgentPost(t.Context(), agent(hardship), conv, dialog.Inbound{ID: "x1", Text: "您好，我是吴静，我们看看延期方案"}); err != nil {
		t.Fatal(err)
	}
	f := next(t, s)
	if f.Type != dialog.FrameReply || f.From != "agent" || f.Text != "您好，我是吴静，我们看看延期方案" {
		t.Fatalf("agent reply %+v", f)
	}
	again, err := r.eng.AgentPost(t.Context(), agent(hardship), conv, dialog.Inbound{ID: "x1", Text: "您好，我是吴静，我们看看延期方案"})
	if err != nil || len(again) != 1 || again[0].Seq != f.Seq {
		t.Fatalf("repeat id = %+v, %v", again, err)
	}
	if _, err := r.eng.AgentPost(t.Context(), agent(general), conv, dialog.Inbound{ID: "x2", Text: "hi"}); !errors.Is(err, dialog.ErrForbidden) {
		t.Fatalf("another seat's message = %v, want forbidden", err)
	}
	if err := r.eng.Resolve(t.Context(), agent(general), conv, "plan_agreed", ""); !errors.Is(err, dialog.ErrForbidden) {
		t.Fatalf("another seat's resolve = %v", err)
	}
	if err := r.eng.Resolve(t.Context(), agent(hardship), conv, "", ""); !errors.Is(err, dialog.ErrInvalid) {
		t.Fatalf("resolve without outcome = %v", err)
	}

	if err := r.eng.Resolve(t.Context(), agent(hardship), conv, "deferral_offered", "三个月只还利息，下周回访"); err != nil {
		t.Fatal(err)
	}
	if f := next(t, s); f.Type != dialog.FrameHandoff || f.HandoffStatus != "ended" {
		t.Fatalf("after resolve %+v", f)
	}
	ended := next(t, s)
	if ended.Type != dialog.FrameEnded {
		t.Fatalf("want ended, got %+v", ended)
	}
	n, err := r.store.Note(t.Context(), ended.NoteID)
	if err != nil {
		t.Fatal(err)
	}
	ho := n.Handoff
	if n.EndReason != "resolved" || ho == nil || ho.AgentID != "a-02" || ho.Reason != "hardship" || ho.Outcome != "deferral_offered" ||
		ho.AgentNote != "三个月只还利息，下周回访" || ho.QueuedAt.IsZero() || ho.ConnectedAt.IsZero() || len(n.Flags) != 2 {
		t.Fatalf("note %+v handoff %+v", n, ho)
	}
	queueUntil(t, w2, func(it []dialog.QueueItem) bool { return len(it) == 0 })
}

func TestHandoffPriorityAndSelfHarm(t *testing.T) {
	// A long wait: the minute the clock moves below must not bring the callback offer.
	r, _ := newDeskRig(t, dialog.Config{HandoffWait: time.Hour})
	b := open(t, r, bob, "", 0)
	first := b.Conversation.ID
	post(t, r, bob, first, "m1", "转人工")
	next(t, b)
	if h := next(t, b); h.Type != dialog.FrameHandoff || h.Position != 1 {
		t.Fatalf("first in the queue: %+v", h)
	}
	r.clock.Add(time.Minute)

	// Nobody asked: the self-harm flag alone queues the conversation, at the top.
	s := open(t, r, alice, "", 0)
	second := s.Conversation.ID
	post(t, r, alice, second, "m1", "我不想活了")
	next(t, s)
	if h := next(t, s); h.Type != dialog.FrameHandoff || h.HandoffStatus != "queued" || h.Position != 1 {
		t.Fatalf("a self-harm message stands at %+v", h)
	}
	conv, _ := r.store.Conversation(t.Context(), second)
	if conv.Handoff.Priority != dialog.PriorityCritical || conv.Handoff.Reason != dialog.ReasonSelfHarm || conv.Handoff.Skill != "hardship" {
		t.Fatalf("handoff %+v", conv.Handoff)
	}
	// The customer waiting longer moves to second place and is told so.
	if h := nextOf(t, b, dialog.FrameHandoff); h.Position != 2 || h.HandoffStatus != "queued" {
		t.Fatalf("the first customer was told %+v", h)
	}
	// With no hardship seat connected, the general seat sees both, critical first.
	w := join(t, r, general)
	items := queueUntil(t, w, func(it []dialog.QueueItem) bool { return len(it) == 2 })
	if got := ids(items); got[0] != second || got[1] != first || items[0].Priority != "critical" || items[0].Position != 1 {
		t.Fatalf("queue %+v", items)
	}
}

func TestHandoffRoutingFallsBackWhenSpecialistAway(t *testing.T) {
	r, _ := newDeskRig(t, dialog.Config{SeatCapacity: 1})
	w1, w2 := join(t, r, general), join(t, r, hardship)
	s := open(t, r, alice, "", 0)
	conv := s.Conversation.ID
	post(t, r, alice, conv, "m1", "还款困难")
	queueUntil(t, w2, func(it []dialog.QueueItem) bool { return len(it) == 1 })
	if err := r.eng.SetSeatStatus(agent(hardship), dialog.SeatAway); err != nil {
		t.Fatal(err)
	}
	// The specialist is away: the general seat sees the case and may take it.
	items := queueUntil(t, w1, func(it []dialog.QueueItem) bool { return len(it) == 1 })
	if items[0].SuggestedAgentID != "a-01" {
		t.Fatalf("suggested %q", items[0].SuggestedAgentID)
	}
	if err := r.eng.Claim(t.Context(), agent(general), conv); err != nil {
		t.Fatal(err)
	}
	// Capacity 1: a second conversation cannot be claimed by the same seat.
	bs := open(t, r, bob, "", 0)
	post(t, r, bob, bs.Conversation.ID, "m1", "转人工")
	queueUntil(t, w1, func(it []dialog.QueueItem) bool { return len(it) == 1 && it[0].ConversationID == bs.Conversation.ID })
	if err := r.eng.Claim(t.Context(), agent(general), bs.Conversation.ID); !errors.Is(err, dialog.ErrSeatFull) {
		t.Fatalf("claim beyond capacity = %v", err)
	}
	if err := r.eng.SetSeatStatus(agent(general), "sleeping"); !errors.Is(err, dialog.ErrInvalid) {
		t.Fatalf("bad status = %v", err)
	}
	if err := r.eng.Claim(t.Context(), alice, conv); !errors.Is(err, dialog.ErrForbidden) {
		t.Fatalf("a borrower's claim = %v", err)
	}
	if _, err := r.eng.JoinDesk(alice, dialog.Seat{ID: alice.Subject}); !errors.Is(err, dialog.ErrForbidden) {
		t.Fatalf("a borrower joining the desk = %v", err)
	}
}

func TestHandoffCallbackAfterWait(t *testing.T) {
	r, bot := newDeskRig(t, dialog.Config{HandoffWait: 30 * time.Second})
	s := open(t, r, alice, "", 0)
	conv := s.Conversation.ID
	post(t, r, alice, conv, "m1", "转人工")
	next(t, s)
	next(t, s)
	r.clock.Add(31 * time.Second) // nobody connected within the wait
	offer := nextOf(t, s, dialog.FrameReply)
	if !strings.Contains(offer.Text, "回电") || len(offer.QuickReplies) != 4 || offer.QuickReplies[1].Action != "callback:evening" {
		t.Fatalf("offer %+v", offer)
	}
	if h := next(t, s); h.Type != dialog.FrameHandoff || h.HandoffStatus != "queued" || h.Position != 1 {
		t.Fatalf("with the offer %+v", h)
	}
	calls := bot.calls.Load()
	if _, err := r.eng.Post(t.Context(), alice, conv, dialog.Inbound{ID: "m2", Text: "今晚回电", Action: "callback:evening"}); err != nil {
		t.Fatal(err)
	}
	if f := next(t, s); f.Type != dialog.FrameReply || !strings.Contains(f.Text, "今晚") {
		t.Fatalf("booked %+v", f)
	}
	if f := next(t, s); f.Type != dialog.FrameHandoff || f.HandoffStatus != "callback" {
		t.Fatalf("after booking %+v", f)
	}
	if bot.calls.Load() != calls {
		t.Fatal("the responder answered the callback choice")
	}
	alerts, err := r.store.Alerts(t.Context(), dialog.AlertQuery{CustomerIDs: []string{alice.Subject}})
	if err != nil || len(alerts) != 1 || alerts[0].Kind != dialog.AlertCallback || alerts[0].Evidence != "evening" || alerts[0].ConversationID != conv {
		t.Fatalf("callback task %+v, %v", alerts, err)
	}
	if hs, _ := r.store.Handoffs(t.Context()); len(hs) != 0 {
		t.Fatalf("still queued: %d", len(hs))
	}
	// The bot is back.
	post(t, r, alice, conv, "m3", "月供多少")
	if f := next(t, s); f.From != "bot" || f.Text != "re: 月供多少" {
		t.Fatalf("after the callback %+v", f)
	}
}

func TestHandoffReturnToBotAndSustainedNegative(t *testing.T) {
	r, bot := newDeskRig(t, dialog.Config{})
	join(t, r, general)
	s := open(t, r, bob, "", 0)
	conv := s.Conversation.ID
	for i, text := range []string{"好烦", "真烦人", "烦死了"} {
		post(t, r, bob, conv, string(rune('a'+i)), text)
	}
	h := nextOf(t, s, dialog.FrameHandoff)
	if h.HandoffStatus != "queued" || h.ReplyTo != "c" {
		t.Fatalf("three negative messages: %+v", h)
	}
	c, _ := r.store.Conversation(t.Context(), conv)
	if c.Handoff.Reason != dialog.ReasonNegativeSentiment {
		t.Fatalf("reason %q", c.Handoff.Reason)
	}
	if err := r.eng.Claim(t.Context(), agent(general), conv); err != nil {
		t.Fatal(err)
	}
	nextOf(t, s, dialog.FrameHandoff)
	if err := r.eng.ReturnToBot(t.Context(), agent(general), conv); err != nil {
		t.Fatal(err)
	}
	if f := next(t, s); f.Type != dialog.FrameHandoff || f.HandoffStatus != "returned" {
		t.Fatalf("returned %+v", f)
	}
	if f := next(t, s); f.From != "bot" || !strings.Contains(f.Text, "智能助手") {
		t.Fatalf("the customer is not told they are back with the bot: %+v", f)
	}
	calls := bot.calls.Load()
	post(t, r, bob, conv, "d", "好的谢谢")
	if f := nextOf(t, s, dialog.FrameReply); f.Text != "re: 好的谢谢" || bot.calls.Load() != calls+1 {
		t.Fatalf("bot after return %+v", f)
	}
	if err := r.eng.ReturnToBot(t.Context(), agent(general), conv); !errors.Is(err, dialog.ErrForbidden) {
		t.Fatalf("returning twice = %v", err)
	}
}

// TestHandoffAcrossInstances runs two engines on one store, bus, locker and
// seat registry, as two instances share PostgreSQL and Redis: a customer on
// one reaches the specialist seat on the other, and the general seat on the
// first is not shown the case while the specialist is free.
func TestHandoffAcrossInstances(t *testing.T) {
	st, bus, locks, seats := memory.NewStore(), memory.NewBus(memory.DefaultBuffer), memory.NewLocker(), memory.NewSeats()
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	engine := func(name string) *dialog.Engine {
		eng, err := dialog.NewEngine(dialog.Config{QueueTick: time.Hour, InstanceID: name}, dialog.Deps{
			Store: st, Bus: bus, Locker: locks, Clock: clk, Seats: seats,
			Analyzer: moody{}, Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: &desker{}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := eng.Start(t.Context()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(eng.Stop)
		return eng
	}
	a, b := engine("i-a"), engine("i-b")
	// The hour-long tick means only the wake-ups move the desks.
	wa, err := a.JoinDesk(agent(general), general)
	if err != nil {
		t.Fatal(err)
	}
	defer wa.Leave()
	wb, err := b.JoinDesk(agent(hardship), hardship)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Leave()
	queueUntil(t, wb, func(it []dialog.QueueItem) bool { return len(it) == 0 })

	s, err := a.Open(t.Context(), alice, dialog.OpenRequest{Channel: "web"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	conv := s.Conversation.ID
	if _, err := a.Post(t.Context(), alice, conv, dialog.Inbound{ID: "m1", Text: "还款困难"}); err != nil {
		t.Fatal(err)
	}
	queueUntil(t, wb, func(it []dialog.QueueItem) bool { return len(it) == 1 && it[0].ConversationID == conv })
	if err := a.Claim(t.Context(), agent(general), conv); !errors.Is(err, dialog.ErrForbidden) {
		t.Fatalf("the general seat on the customer's instance claimed a case for the specialist elsewhere: %v", err)
	}
	if err := b.Claim(t.Context(), agent(hardship), conv); err != nil {
		t.Fatal(err)
	}
	_, seat, err := b.Take(t.Context(), agent(hardship), conv)
	if err != nil {
		t.Fatal(err)
	}
	defer seat.Close()
	if f := nextOf(t, s, dialog.FrameHandoff); f.HandoffStatus != "queued" {
		t.Fatalf("first handoff %+v", f)
	}
	if f := nextOf(t, s, dialog.FrameHandoff); f.HandoffStatus != "connected" || f.AgentName != "吴静" {
		t.Fatalf("customer on instance a told %+v", f)
	}
	if _, err := a.Post(t.Context(), alice, conv, dialog.Inbound{ID: "m2", Text: "在吗"}); err != nil {
		t.Fatal(err)
	}
	if cm := nextOf(t, seat, dialog.FrameCustomerMessage); cm.Text != "在吗" {
		t.Fatalf("relayed %+v", cm)
	}
	if _, err := b.AgentPost(t.Context(), agent(hardship), conv, dialog.Inbound{ID: "x", Text: "在的"}); err != nil {
		t.Fatal(err)
	}
	if f := nextOf(t, s, dialog.FrameReply); f.From != "agent" || f.Text != "在的" {
		t.Fatalf("customer got %+v", f)
	}
}

// TestStaffThreadsCarryNoFlags: a manager asking the copilot "who mentioned
// job loss" is not losing their job.
func TestStaffThreadsCarryNoFlags(t *testing.T) {
	r := newRig(t, dialog.Config{}, &echo{})
	mgr := dialog.Principal{Subject: "m-01", Role: dialog.RoleManager}
	s := open(t, r, mgr, "", 0)
	post(t, r, mgr, s.Conversation.ID, "q", "最近谁提到失业了")
	msgs, err := r.store.Messages(t.Context(), s.Conversation.ID)
	if err != nil || len(msgs) != 1 || msgs[0].Flags != nil || msgs[0].Sentiment != nil {
		t.Fatalf("stored %+v, %v", msgs, err)
	}
	if as, _ := r.store.Alerts(t.Context(), dialog.AlertQuery{}); len(as) != 0 {
		t.Fatalf("alerts %+v", as)
	}
}

// A flag said while waiting reaches the seat's queue view (the desk reads a
// waiting conversation's messages again once it was active).
func TestQueueShowsFlagsSaidWhileWaiting(t *testing.T) {
	r, _ := newDeskRig(t, dialog.Config{HandoffWait: time.Hour})
	w := join(t, r, general)
	s := open(t, r, bob, "", 0)
	post(t, r, bob, s.Conversation.ID, "m1", "转人工")
	queueUntil(t, w, func(it []dialog.QueueItem) bool { return len(it) == 1 && len(it[0].Flags) == 0 })
	post(t, r, bob, s.Conversation.ID, "m2", "我失业了") // the pinned clock has not moved
	items := queueUntil(t, w, func(it []dialog.QueueItem) bool { return len(it) == 1 && len(it[0].Flags) == 1 })
	if f := items[0].Flags[0]; f.Code != "job_loss" || f.Evidence != "失业" {
		t.Fatalf("queue flag %+v", f)
	}
}
