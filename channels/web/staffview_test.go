package web

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// A message's sentiment and flags, and the conversation's note, are for
// staff: the customer's manager reads them, the borrower who wrote the
// message never does (PROTOCOL.md, GET /v1/conversations/{id}).
func TestSentimentAndFlagsAreForStaffOnly(t *testing.T) {
	r := newRig(t)
	ctx := t.Context()
	t0 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	if err := r.store.CreateConversation(ctx, dialog.Conversation{ID: "cv-1", CustomerID: "c-1001",
		Role: dialog.RoleBorrower, Channel: "web", StartedAt: t0, LastActive: t0}); err != nil {
		t.Fatal(err)
	}
	flag := dialog.Flag{Code: "job_loss", Severity: "high", Evidence: "被裁员"}
	if _, _, err := r.store.AddMessage(ctx, dialog.Message{ConversationID: "cv-1", ClientID: "m1", From: "customer",
		Text: "我上个月被裁员了", At: t0.Add(time.Minute), Sentiment: &dialog.Sentiment{Label: "negative", Score: -0.75},
		Flags: []dialog.Flag{flag}}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.store.AppendFrames(ctx, "cv-1", []dialog.Frame{{Type: dialog.FrameReply, ReplyTo: "m1", From: "bot",
		Text: "很抱歉听到这个消息", Intent: "hardship", At: t0.Add(2 * time.Minute)}}); err != nil {
		t.Fatal(err)
	}
	note := dialog.Note{ID: "n-1", ConversationID: "cv-1", CustomerID: "c-1001", Channel: "web", StartedAt: t0,
		EndedAt: t0.Add(3 * time.Minute), Summary: "失业", Sentiment: dialog.NoteSentiment{Label: "negative", MinScore: -0.75, LastScore: -0.75},
		Flags: []dialog.Flag{flag}}
	if _, _, _, err := r.store.Finish(ctx, "cv-1", note, dialog.Frame{Type: dialog.FrameEnded, At: t0.Add(3 * time.Minute)}); err != nil {
		t.Fatal(err)
	}

	type row struct {
		Seq       int64             `json:"seq"`
		From      string            `json:"from"`
		Text      string            `json:"text"`
		Sentiment *dialog.Sentiment `json:"sentiment"`
		Flags     []dialog.Flag     `json:"flags"`
	}
	read := func(tok string) (string, []row) {
		t.Helper()
		status, body := r.do(t, "GET", "/v1/conversations/cv-1", tok, "")
		var v struct {
			Messages []row `json:"messages"`
		}
		if err := json.Unmarshal(body, &v); status != 200 || err != nil || len(v.Messages) != 3 {
			t.Fatalf("%d %s", status, body)
		}
		return string(body), v.Messages
	}

	body, rows := read(token(t, "m-01", dialog.RoleManager))
	customer := rows[0]
	if customer.From != "customer" || customer.Sentiment == nil || *customer.Sentiment != (dialog.Sentiment{Label: "negative", Score: -0.75}) {
		t.Fatalf("the manager does not see the sentiment: %s", body)
	}
	if len(customer.Flags) != 1 || customer.Flags[0].Code != "job_loss" || customer.Flags[0].Severity != "high" ||
		customer.Flags[0].Evidence != "被裁员" || customer.Flags[0].Seq != customer.Seq {
		t.Fatalf("the manager does not see the flags: %s", body)
	}
	if !strings.Contains(body, `"note_id":"n-1"`) {
		t.Fatalf("the manager does not see the note id: %s", body)
	}

	body, _ = read(token(t, "c-1001", dialog.RoleBorrower))
	for _, leak := range []string{`"sentiment"`, `"flags"`, "job_loss", `"severity"`, `"evidence"`, "-0.75", `"note_id"`} {
		if strings.Contains(body, leak) {
			t.Errorf("the borrower sees %s: %s", leak, body)
		}
	}
	if !strings.Contains(body, "我上个月被裁员了") {
		t.Fatalf("the borrower does not see their own words: %s", body)
	}

	// Notes carry the same signals: staff only.
	borrower := token(t, "c-1001", dialog.RoleBorrower)
	for _, path := range []string{"/v1/notes", "/v1/notes?customer_id=c-1001"} {
		if status, body := r.do(t, "GET", path, borrower, ""); status != 403 || errCode(t, body) != "forbidden" {
			t.Errorf("borrower GET %s: %d %s", path, status, body)
		}
	}
	if status, body := r.do(t, "GET", "/v1/notes", token(t, "m-01", dialog.RoleManager), ""); status != 200 ||
		!strings.Contains(string(body), `"evidence":"被裁员"`) || !strings.Contains(string(body), `"min_score":-0.75`) {
		t.Fatalf("manager notes: %d %s", status, body)
	}
}
