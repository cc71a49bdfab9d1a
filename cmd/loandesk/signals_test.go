package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServeRiskSignalsReachTheManager drives the understanding issue through
// the real entry point: a borrower tells of hardship and of a scam, the
// replies are the empathetic pattern and the fraud warning, the messages are
// stored with sentiment and flags that staff see and the borrower does not,
// the customer's manager (and only theirs) has the alerts, and the note keeps
// the flags with their evidence and links the alerts.
func TestServeRiskSignalsReachTheManager(t *testing.T) {
	svc := startServe(t, t.TempDir())
	tok := svc.token(t, "c-1002", "borrower")
	c := dialWS(t, svc.base, tok)
	w := until(t, c, func(f wireFrame) bool { return f.Type == "welcome" })
	say := func(id, text string) wireFrame {
		t.Helper()
		if err := c.WriteJSON(map[string]any{"type": "message", "id": id, "text": text}); err != nil {
			t.Fatal(err)
		}
		return until(t, c, func(f wireFrame) bool { return f.Type == "reply" && f.ReplyTo == id })
	}

	r := say("h1", "我上个月失业了，这个月的贷款可能还不上")
	if r.Intent != "hardship" || !strings.Contains(r.Text, "失业") || !strings.Contains(r.Text, "征信") {
		t.Fatalf("hardship reply %+v", r)
	}
	if warn := say("f1", "刚才有人打电话说是你们银行的，让我把钱转到安全账户"); !strings.Contains(warn.Text, "验证码") || !strings.Contains(warn.Text, "安全账户") {
		t.Fatalf("no fraud warning first: %+v", warn)
	}

	type alert struct {
		ID, Code, Severity, Evidence, Action, Status string
		CustomerID                                   string    `json:"customer_id"`
		CustomerName                                 string    `json:"customer_name"`
		ConversationID                               string    `json:"conversation_id"`
		NoteID                                       string    `json:"note_id"`
		CreatedAt                                    time.Time `json:"created_at"`
		DueAt                                        time.Time `json:"due_at"`
	}
	mgr := svc.token(t, "m-01", "manager")
	var alerts []alert
	if code := svc.get(t, "/v1/alerts", mgr, &alerts); code != http.StatusOK {
		t.Fatalf("alerts: %d", code)
	}
	byCode := map[string]alert{}
	for _, a := range alerts {
		if a.ConversationID == w.ConversationID {
			byCode[a.Code] = a
		}
	}
	for _, code := range []string{"job_loss", "repayment_difficulty", "fraud_risk"} {
		a, ok := byCode[code]
		if !ok {
			t.Fatalf("no %s alert in %+v", code, alerts)
		}
		if a.CustomerID != "c-1002" || a.CustomerName != "李娜" || a.Status != "open" || a.Severity != "high" ||
			a.Evidence == "" || !a.DueAt.Equal(a.CreatedAt.Add(24*time.Hour)) {
			t.Errorf("%s alert %+v", code, a)
		}
	}
	if byCode["fraud_risk"].Action != "immediate_handoff" || byCode["job_loss"].Action != "contact" {
		t.Errorf("actions: fraud %q, job loss %q", byCode["fraud_risk"].Action, byCode["job_loss"].Action)
	}
	if !strings.Contains(byCode["job_loss"].Evidence, "失业") {
		t.Errorf("job_loss evidence %q is not the customer's words", byCode["job_loss"].Evidence)
	}
	var others []alert
	svc.get(t, "/v1/alerts", svc.token(t, "m-02", "manager"), &others)
	for _, a := range others {
		if a.CustomerID == "c-1002" {
			t.Errorf("m-02 sees c-1002's alert %+v", a)
		}
	}

	// Staff see each message's sentiment and flags; the borrower never does.
	var raw map[string]json.RawMessage
	if code := svc.get(t, "/v1/conversations/"+w.ConversationID, tok, &raw); code != 200 {
		t.Fatalf("own conversation: %d", code)
	}
	if s := string(raw["messages"]); strings.Contains(s, "sentiment") || strings.Contains(s, "job_loss") {
		t.Errorf("the borrower sees signals: %s", s)
	}
	var staff struct {
		Messages []struct {
			From      string
			Text      string
			Sentiment *struct{ Label string }
			Flags     []struct{ Code, Evidence string }
		}
	}
	svc.get(t, "/v1/conversations/"+w.ConversationID, mgr, &staff)
	if len(staff.Messages) == 0 || staff.Messages[0].Sentiment == nil || staff.Messages[0].Sentiment.Label != "negative" || len(staff.Messages[0].Flags) < 2 {
		t.Fatalf("the manager's view of the first message: %+v", staff.Messages)
	}

	if err := c.WriteJSON(map[string]any{"type": "end"}); err != nil {
		t.Fatal(err)
	}
	ended := until(t, c, func(f wireFrame) bool { return f.Type == "ended" })
	var notes []struct {
		ID        string
		Sentiment struct{ Label string }
		Flags     []struct {
			Code, Severity, Evidence string
			Seq                      int64
		}
	}
	svc.get(t, "/v1/notes?customer_id=c-1002", mgr, &notes)
	if len(notes) != 1 || notes[0].ID != ended.NoteID || notes[0].Sentiment.Label != "negative" {
		t.Fatalf("notes %+v", notes)
	}
	codes := map[string]bool{}
	for _, f := range notes[0].Flags {
		codes[f.Code] = f.Evidence != "" && f.Severity != ""
	}
	if !codes["job_loss"] || !codes["repayment_difficulty"] || !codes["fraud_risk"] {
		t.Errorf("note flags %+v", notes[0].Flags)
	}
	svc.get(t, "/v1/alerts", mgr, &alerts)
	for _, a := range alerts {
		if a.ConversationID == w.ConversationID && a.NoteID != ended.NoteID {
			t.Errorf("alert %s links note %q, want %s", a.Code, a.NoteID, ended.NoteID)
		}
	}
}
