package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// items returns a queue frame's items.
func (f frame) items() []frame {
	raw, _ := f["items"].([]any)
	out := make([]frame, 0, len(raw))
	for _, r := range raw {
		m, _ := r.(map[string]any)
		out = append(out, frame(m))
	}
	return out
}

func (f frame) obj(k string) frame { m, _ := f[k].(map[string]any); return frame(m) }
func (f frame) list(k string) []any {
	l, _ := f[k].([]any)
	return l
}

// expectQueue reads queue frames until one has n items.
func (c *wsClient) expectQueue(n int) frame {
	c.t.Helper()
	for range 50 {
		f := c.expect("queue")
		if len(f.items()) == n {
			return f
		}
	}
	c.t.Fatalf("no queue frame with %d items", n)
	return nil
}

// nextNot returns the next frame that is neither typing nor a queue update.
func (c *wsClient) nextNot(skip ...string) frame {
	c.t.Helper()
	for {
		f := c.next()
		if !contains(strings.Join(skip, ","), f.str("type")) {
			return f
		}
	}
}

// TestSeatHandoffThroughTheSocket is issue #4's check: a hardship conversation
// reaches a seat with its flags, the claim brings the context, words flow both
// ways while the bot keeps quiet, and resolving yields a note that names the
// agent and keeps the flags, with the manager's alert linked to it.
func TestSeatHandoffThroughTheSocket(t *testing.T) {
	r := newRig(t)
	cust := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	cust.send(map[string]any{"type": "message", "id": "m1", "text": "我失业了，这个月还款困难"})
	conv := cust.expect("welcome").str("conversation_id")
	cust.expect("reply")
	h := cust.expect("handoff")
	if h.str("status") != "queued" || h.num("position") != 1 || h.num("eta_seconds") <= 0 || h.str("reply_to") != "" && h.str("reply_to") != "m1" {
		t.Fatalf("handoff frame %v", h)
	}

	specialist := r.dial(t, bearerHeader(token(t, "a-02", dialog.RoleAgent)))
	q := specialist.expectQueue(1)
	it := q.items()[0]
	flags := it.list("flags")
	if it.str("conversation_id") != conv || it.str("customer_id") != "c-1001" || it.str("customer_name") != "张伟" ||
		it.str("reason") != "hardship" || it.str("priority") != "high" || len(flags) != 1 || it["waiting_seconds"] == nil {
		t.Fatalf("queue item %v", it)
	}
	if f, _ := flags[0].(map[string]any); f["code"] != "job_loss" || f["evidence"] != "失业" {
		t.Fatalf("queue flag %v", flags[0])
	}
	rec := newRecorder()
	r.srv.MetricsHandler().ServeHTTP(rec, mustReq(t, "GET", "/metrics"))
	for _, want := range []string{"loandesk_handoff_queue_length 1", "loandesk_seats_available 1", "loandesk_handoff_held 0"} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("metrics lack %q", want)
		}
	}

	// The general seat is not shown a hardship case while the specialist is free, and may not read or claim it.
	other := r.dial(t, nil)
	other.send(map[string]any{"type": "hello", "token": token(t, "a-01", dialog.RoleAgent)})
	other.expectQueue(0)
	other.send(map[string]any{"type": "claim", "id": "c1", "conversation_id": conv})
	if e := other.nextNot("queue"); e.str("type") != "error" || e.str("code") != "forbidden" || e.str("reply_to") != "c1" {
		t.Fatalf("claim by the wrong seat: %v", e)
	}
	if st, body := r.do(t, "GET", "/v1/conversations/"+conv, token(t, "a-01", dialog.RoleAgent), ""); st != http.StatusForbidden {
		t.Fatalf("other seat reads the conversation: %d %s", st, body)
	}
	if st, _ := r.do(t, "GET", "/v1/customers/c-1001", token(t, "a-01", dialog.RoleAgent), ""); st != http.StatusForbidden {
		t.Fatalf("other seat reads the customer: %d", st)
	}
	// The seat it is queued for may read it before claiming, sentiment and flags included.
	st, body := r.do(t, "GET", "/v1/conversations/"+conv, token(t, "a-02", dialog.RoleAgent), "")
	if st != http.StatusOK || !strings.Contains(string(body), `"flags"`) || !strings.Contains(string(body), `"sentiment"`) {
		t.Fatalf("queued seat reads the conversation: %d %s", st, body)
	}
	// A borrower may not act as a seat.
	cust.send(map[string]any{"type": "claim", "id": "x", "conversation_id": conv})
	if e := cust.expect("error"); e.str("code") != "forbidden" {
		t.Fatalf("borrower claim: %v", e)
	}

	specialist.send(map[string]any{"type": "claim", "id": "c2", "conversation_id": conv})
	as := specialist.nextNot("queue")
	if as.str("type") != "assigned" || as.str("conversation_id") != conv || as.str("reply_to") != "c2" {
		t.Fatalf("claim answered %v", as)
	}
	ctx := as.obj("context")
	cu, loans, tr := ctx.obj("customer"), ctx.list("loans"), ctx.list("transcript")
	if cu.str("name") != "张伟" || cu.str("tier") == "" || len(loans) != 1 || len(tr) < 3 || len(ctx.list("flags")) != 1 ||
		!strings.Contains(ctx.str("summary"), "job_loss") || ctx.obj("handoff").str("agent_id") != "a-02" {
		t.Fatalf("context %v", ctx)
	}
	if first, _ := tr[0].(map[string]any); first["text"] != "我失业了，这个月还款困难" || first["sentiment"] == nil {
		t.Fatalf("transcript starts %v", tr[0])
	}
	if c := cust.expect("handoff"); c.str("status") != "connected" || c.str("agent_name") != "吴静" {
		t.Fatalf("customer told %v", c)
	}

	// Customer → seat, with sentiment and flags; no bot reply, and the customer never sees the relay.
	calls := r.resp.calls.Load()
	cust.send(map[string]any{"type": "message", "id": "m2", "text": "我失业快三个月了"})
	cm := specialist.nextNot("queue")
	if cm.str("type") != "customer_message" || cm.str("text") != "我失业快三个月了" || cm.obj("sentiment").str("label") != "negative" || len(cm.list("flags")) != 1 {
		t.Fatalf("relayed %v", cm)
	}
	cust.quiet()
	if r.resp.calls.Load() != calls {
		t.Fatal("the bot answered while the seat held the conversation")
	}

	// Seat → customer, once per id.
	for range 2 {
		specialist.send(map[string]any{"type": "message", "id": "s1", "conversation_id": conv, "text": "您好，我是吴静，我们一起看看延期方案"})
		echo := specialist.nextNot("queue")
		if echo.str("type") != "reply" || echo.str("from") != "agent" || echo.str("reply_to") != "s1" {
			t.Fatalf("seat echo %v", echo)
		}
	}
	rep := cust.expect("reply")
	if rep.str("from") != "agent" || rep.str("text") != "您好，我是吴静，我们一起看看延期方案" || rep.str("agent_name") != "吴静" {
		t.Fatalf("customer got %v", rep)
	}
	cust.quiet() // the repeat id sent nothing new
	specialist.send(map[string]any{"type": "message", "id": "s2", "text": "no conversation"})
	if e := specialist.nextNot("queue"); e.str("code") != "invalid_conversation_id" {
		t.Fatalf("message without conversation_id: %v", e)
	}
	other.send(map[string]any{"type": "message", "id": "o1", "conversation_id": conv, "text": "not mine"})
	if e := other.nextNot("queue"); e.str("code") != "forbidden" {
		t.Fatalf("another seat writing: %v", e)
	}

	specialist.send(map[string]any{"type": "resolve", "id": "r1", "conversation_id": conv, "outcome": "deferral_offered", "note": "三个月只还利息，下周回访"})
	if f := cust.expect("handoff"); f.str("status") != "ended" {
		t.Fatalf("after resolve %v", f)
	}
	ended := cust.expect("ended")
	noteID := ended.str("note_id")

	st, body = r.do(t, "GET", "/v1/notes?customer_id=c-1001", token(t, "m-01", dialog.RoleManager), "")
	if st != http.StatusOK {
		t.Fatalf("notes: %d %s", st, body)
	}
	var notes []dialog.Note
	if err := json.Unmarshal(body, &notes); err != nil || len(notes) != 1 {
		t.Fatalf("notes %s: %v", body, err)
	}
	n := notes[0]
	if n.ID != noteID || n.Handoff == nil || n.Handoff.AgentID != "a-02" || n.Handoff.Outcome != "deferral_offered" ||
		n.Handoff.AgentNote != "三个月只还利息，下周回访" || n.Handoff.Reason != "hardship" || n.Handoff.ConnectedAt.IsZero() ||
		len(n.Flags) != 2 || n.Flags[0].Evidence != "失业" {
		t.Fatalf("note %+v handoff %+v", n, n.Handoff)
	}
	st, body = r.do(t, "GET", "/v1/alerts", token(t, "m-01", dialog.RoleManager), "")
	if st != http.StatusOK || !strings.Contains(string(body), `"note_id":"`+noteID+`"`) || !strings.Contains(string(body), `"job_loss"`) {
		t.Fatalf("alerts: %d %s", st, body)
	}
	// Once resolved, the seat can no longer read it.
	if st, _ := r.do(t, "GET", "/v1/conversations/"+conv, token(t, "a-02", dialog.RoleAgent), ""); st != http.StatusForbidden {
		t.Fatalf("resolved conversation still readable by the seat: %d", st)
	}
}

// waitFor polls cond for up to 5s: for state with no event to wait on
// (a message relayed to nobody while the seat was away).
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSeatReconnectGetsItsConversationsBack: a seat that drops and comes
// back is sent what it holds, and the relay resumes.
func TestSeatReconnectGetsItsConversationsBack(t *testing.T) {
	r := newRig(t)
	cust := r.dial(t, bearerHeader(token(t, "c-1002", dialog.RoleBorrower)))
	cust.send(map[string]any{"type": "message", "id": "m1", "text": "转人工"})
	conv := cust.expect("welcome").str("conversation_id")
	cust.expect("reply")
	cust.expect("handoff")

	seat := r.dial(t, bearerHeader(token(t, "a-01", dialog.RoleAgent)))
	seat.expectQueue(1)
	seat.send(map[string]any{"type": "status", "state": "away"})
	seat.send(map[string]any{"type": "status", "state": "lunch"})
	if e := seat.nextNot("queue"); e.str("code") != "invalid_state" {
		t.Fatalf("bad status: %v", e)
	}
	seat.send(map[string]any{"type": "status", "state": "available"})
	seat.send(map[string]any{"type": "claim", "id": "c", "conversation_id": conv})
	if f := seat.nextNot("queue"); f.str("type") != "assigned" {
		t.Fatalf("claim: %v", f)
	}
	cust.expect("handoff")
	seat.ws.Close()

	cust.send(map[string]any{"type": "message", "id": "m2", "text": "还在吗？"})
	waitFor(t, func() bool { ms, _ := r.store.Messages(t.Context(), conv); return len(ms) == 2 })
	back := r.dial(t, bearerHeader(token(t, "a-01", dialog.RoleAgent)))
	as := back.nextNot("queue")
	if as.str("type") != "assigned" || as.str("conversation_id") != conv {
		t.Fatalf("on reconnect: %v", as)
	}
	tr := as.obj("context").list("transcript")
	last, _ := tr[len(tr)-1].(map[string]any)
	if last["text"] != "还在吗？" {
		t.Fatalf("the message sent while the seat was away is not in its context: %v", tr)
	}
	cust.send(map[string]any{"type": "message", "id": "m3", "text": "你好"})
	if f := back.nextNot("queue"); f.str("type") != "customer_message" || f.str("text") != "你好" {
		t.Fatalf("relay after reconnect: %v", f)
	}
	back.send(map[string]any{"type": "return_to_bot", "id": "rb", "conversation_id": conv})
	if f := cust.expect("handoff"); f.str("status") != "returned" {
		t.Fatalf("return: %v", f)
	}
	cust.expect("reply")
	cust.send(map[string]any{"type": "message", "id": "m4", "text": "月供多少"})
	if f := cust.expect("reply"); f.str("from") != "bot" {
		t.Fatalf("after return: %v", f)
	}
}
