package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/gorilla/websocket"
)

// seatFrame is what the tests read of agent frames.
type seatFrame struct {
	Type           string `json:"type"`
	ConversationID string `json:"conversation_id"`
	Status         string `json:"status"`
	Position       int    `json:"position"`
	ETASeconds     int    `json:"eta_seconds"`
	AgentName      string `json:"agent_name"`
	From           string `json:"from"`
	Text           string `json:"text"`
	Code           string `json:"code"`
	NoteID         string `json:"note_id"`
	Items          []struct {
		ConversationID string `json:"conversation_id"`
		CustomerName   string `json:"customer_name"`
		Priority       string `json:"priority"`
		Reason         string `json:"reason"`
		Flags          []struct {
			Code     string `json:"code"`
			Evidence string `json:"evidence"`
		} `json:"flags"`
	} `json:"items"`
	Context struct {
		Customer struct {
			Name string `json:"name"`
		} `json:"customer"`
		Loans      []json.RawMessage `json:"loans"`
		Transcript []struct {
			Text string `json:"text"`
		} `json:"transcript"`
		Cards []json.RawMessage `json:"cards"`
	} `json:"context"`
}

func readUntil(t *testing.T, c *websocket.Conn, ok func(seatFrame) bool) seatFrame {
	t.Helper()
	for {
		var f seatFrame
		if err := c.ReadJSON(&f); err != nil {
			t.Fatalf("read: %v", err)
		}
		if ok(f) {
			return f
		}
	}
}

// TestServeHandsHardshipToASeat drives issue #4's check through the real
// entry point and the real assistant: a hardship conversation reaches the
// hardship seat with its flags, the claim brings the context, words go both
// ways, the note names the agent and keeps the evidence, the manager has the
// alert; a self-harm message goes to the top of the queue unasked.
func TestServeHandsHardshipToASeat(t *testing.T) {
	svc := startServe(t, t.TempDir())
	cust := dialWS(t, svc.base, svc.token(t, "c-1003", "borrower"))
	until(t, cust, func(f wireFrame) bool { return f.Type == "welcome" })
	if err := cust.WriteJSON(map[string]any{"type": "message", "id": "m1", "text": "我的店停产了，资金链断了，这个月的贷款还不上了"}); err != nil {
		t.Fatal(err)
	}
	var queued seatFrame
	readUntil(t, cust, func(f seatFrame) bool { queued = f; return f.Type == "handoff" })
	if queued.Status != "queued" || queued.Position != 1 {
		t.Fatalf("customer handoff %+v", queued)
	}

	seat := dialWS(t, svc.base, svc.token(t, "a-02", "agent"))
	q := readUntil(t, seat, func(f seatFrame) bool { return f.Type == "queue" && len(f.Items) == 1 })
	it := q.Items[0]
	if it.CustomerName != "王强" || it.Reason != "hardship" || it.Priority != "high" || len(it.Flags) < 2 {
		t.Fatalf("queue item %+v", it)
	}

	// Someone in crisis, who never asks for a person, goes ahead of the waiting customer.
	crisis := dialWS(t, svc.base, svc.token(t, "c-1002", "borrower"))
	until(t, crisis, func(f wireFrame) bool { return f.Type == "welcome" })
	_ = crisis.WriteJSON(map[string]any{"type": "message", "id": "x", "text": "欠的钱太多了，我真的不想活了"})
	reply := until(t, crisis, func(f wireFrame) bool { return f.Type == "reply" })
	if !strings.Contains(reply.Text, "12356") {
		t.Fatalf("safety reply %q", reply.Text)
	}
	q = readUntil(t, seat, func(f seatFrame) bool { return f.Type == "queue" && len(f.Items) == 2 })
	if q.Items[0].Priority != "critical" || q.Items[0].Reason != "self_harm" || q.Items[1].ConversationID != it.ConversationID {
		t.Fatalf("queue %+v", q.Items)
	}

	_ = seat.WriteJSON(map[string]any{"type": "claim", "id": "c1", "conversation_id": it.ConversationID})
	as := readUntil(t, seat, func(f seatFrame) bool { return f.Type == "assigned" })
	if as.Context.Customer.Name != "王强" || len(as.Context.Loans) != 1 || len(as.Context.Transcript) < 3 {
		t.Fatalf("context %+v", as.Context)
	}
	readUntil(t, cust, func(f seatFrame) bool {
		return f.Type == "handoff" && f.Status == "connected" && f.AgentName == "吴静"
	})

	_ = cust.WriteJSON(map[string]any{"type": "message", "id": "m2", "text": "能不能先只还利息"})
	cm := readUntil(t, seat, func(f seatFrame) bool { return f.Type == "customer_message" })
	if cm.Text != "能不能先只还利息" {
		t.Fatalf("relayed %+v", cm)
	}
	_ = seat.WriteJSON(map[string]any{"type": "message", "id": "s1", "conversation_id": it.ConversationID, "text": "可以申请三个月只还息，我帮您提交"})
	got := readUntil(t, cust, func(f seatFrame) bool { return f.Type == "reply" })
	if got.From != "agent" || got.Text != "可以申请三个月只还息，我帮您提交" {
		t.Fatalf("the bot spoke, or the agent's words did not arrive: %+v", got)
	}
	_ = seat.WriteJSON(map[string]any{"type": "resolve", "conversation_id": it.ConversationID, "outcome": "interest_only_3m", "note": "已提交只还息申请"})
	ended := readUntil(t, cust, func(f seatFrame) bool { return f.Type == "ended" })

	var notes []struct {
		ID      string `json:"id"`
		Handoff struct {
			AgentID string `json:"agent_id"`
			Outcome string `json:"outcome"`
		} `json:"handoff"`
		Flags []struct {
			Code     string `json:"code"`
			Evidence string `json:"evidence"`
		} `json:"flags"`
	}
	mgr := svc.token(t, "m-01", "manager")
	if code := svc.get(t, "/v1/notes?customer_id=c-1003", mgr, &notes); code != 200 || len(notes) != 1 {
		t.Fatalf("notes %d %+v", code, notes)
	}
	n := notes[0]
	if n.ID != ended.NoteID || n.Handoff.AgentID != "a-02" || n.Handoff.Outcome != "interest_only_3m" || len(n.Flags) < 2 || n.Flags[0].Evidence == "" {
		t.Fatalf("note %+v", n)
	}
	var alerts []struct {
		CustomerID string `json:"customer_id"`
		NoteID     string `json:"note_id"`
		Code       string `json:"code"`
	}
	svc.get(t, "/v1/alerts", mgr, &alerts)
	linked := 0
	for _, a := range alerts {
		if a.CustomerID == "c-1003" && a.NoteID == n.ID {
			linked++
		}
	}
	if linked == 0 {
		t.Fatalf("no alert for c-1003 links the note: %+v", alerts)
	}
}

func TestReadyCommand(t *testing.T) {
	svc := startServe(t, t.TempDir())
	var out strings.Builder
	if err := run(t.Context(), []string{"ready", "--url", svc.base + "/readyz"}, strings.NewReader(""), &out, &out, env()); err != nil {
		t.Fatalf("ready on a running instance: %v", err)
	}
	if err := run(t.Context(), []string{"ready", "--url", svc.base + "/nope"}, strings.NewReader(""), &out, &out, env()); err == nil {
		t.Fatal("ready on a 404 succeeded")
	}
}

// TestServeCopilot is issue #6's check through the real entry point: a manager
// asks for a brief, the book's LPR impact, renewals, alerts and a draft, in
// Chinese and English; another manager asking about the first one's customer
// gets nothing about them; a borrower asking copilot questions gets no alert list.
func TestServeCopilot(t *testing.T) {
	svc := startServe(t, t.TempDir())
	// An alert to list: a borrower of m-01 loses their job.
	cust := dialWS(t, svc.base, svc.token(t, "c-1001", "borrower"))
	until(t, cust, func(f wireFrame) bool { return f.Type == "welcome" })
	_ = cust.WriteJSON(map[string]any{"type": "message", "id": "b1", "text": "我失业了，这个月房贷还不上"})
	until(t, cust, func(f wireFrame) bool { return f.Type == "reply" })

	ask := func(c *websocket.Conn, id, text string) wireFrame {
		t.Helper()
		_ = c.WriteJSON(map[string]any{"type": "message", "id": id, "text": text})
		return until(t, c, func(f wireFrame) bool { return f.Type == "reply" && f.ReplyTo == id })
	}
	kinds := func(f wireFrame) string {
		var ks []string
		for _, c := range f.Cards {
			var k struct{ Kind string }
			_ = json.Unmarshal(c, &k)
			ks = append(ks, k.Kind)
		}
		return strings.Join(ks, ",")
	}
	mgr := dialWS(t, svc.base, svc.token(t, "m-01", "manager"))
	until(t, mgr, func(f wireFrame) bool { return f.Type == "welcome" })
	for i, tc := range []struct{ text, kind, contains string }{
		{"张伟的情况怎么样", "customer_brief", "张伟"},
		{"Brief me on Zhang Wei", "customer_brief", "Zhang Wei"},
		{"如果LPR下降20个基点，对我的客户有什么影响", "portfolio_lpr_impact", ""},
		{"What does the latest LPR do to my book?", "portfolio_lpr_impact", ""},
		{"未来24个月到期的贷款", "renewal_list", ""},
		{"风险预警", "alert_list", "失业"},
		{"给张伟写一条还款提醒", "draft_message", "张伟"},
		{"Draft an LPR explanation for Emily Chen", "", ""},
	} {
		r := ask(mgr, fmt.Sprintf("q%d", i), tc.text)
		if tc.kind != "" && !strings.Contains(kinds(r), tc.kind) {
			t.Errorf("%q: cards %q, want %s (text %q)", tc.text, kinds(r), tc.kind, r.Text)
		}
		if tc.kind == "" && strings.Contains(kinds(r), "draft_message") {
			t.Errorf("m-01 got a draft for m-02's customer: %q", r.Text)
		}
		if tc.contains != "" && !strings.Contains(r.Text+string(joinCards(r)), tc.contains) {
			t.Errorf("%q: reply lacks %q: %q", tc.text, tc.contains, r.Text)
		}
	}

	other := dialWS(t, svc.base, svc.token(t, "m-02", "manager"))
	until(t, other, func(f wireFrame) bool { return f.Type == "welcome" })
	if r := ask(other, "x", "张伟的情况怎么样"); strings.Contains(kinds(r), "customer_brief") || strings.Contains(string(joinCards(r)), "c-1001") {
		t.Fatalf("m-02 learnt about m-01's customer: %q %s", r.Text, joinCards(r))
	}
	if r := ask(cust, "b2", "风险预警"); strings.Contains(kinds(r), "alert_list") {
		t.Fatalf("a borrower got the alert list: %q", r.Text)
	}
}

func joinCards(f wireFrame) []byte {
	var b []byte
	for _, c := range f.Cards {
		b = append(b, c...)
	}
	return b
}
