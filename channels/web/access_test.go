package web

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

// conversationOf runs one turn for a borrower through the engine and ends it.
func (r *rig) conversationOf(t *testing.T, customerID, text string, end bool) (convID string) {
	t.Helper()
	ctx := context.Background()
	p := dialog.Principal{Subject: customerID, Role: dialog.RoleBorrower}
	sess, err := r.eng.Open(ctx, p, dialog.OpenRequest{Channel: "web"})
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if _, err := r.eng.Post(ctx, p, sess.Conversation.ID, dialog.Inbound{ID: "m1", Text: text}); err != nil {
		t.Fatal(err)
	}
	if end {
		if err := r.eng.End(ctx, p, sess.Conversation.ID); err != nil {
			t.Fatal(err)
		}
	}
	return sess.Conversation.ID
}

func TestLoansAndCustomersAccess(t *testing.T) {
	r := newRig(t)
	borrower := token(t, "c-1001", dialog.RoleBorrower)
	m01, m02 := token(t, "m-01", dialog.RoleManager), token(t, "m-02", dialog.RoleManager)
	agent, admin := token(t, "a-01", dialog.RoleAgent), token(t, "admin", dialog.RoleAdmin)

	status, body := r.do(t, "GET", "/v1/me/loans", borrower, "")
	var loans []map[string]any
	if err := json.Unmarshal(body, &loans); status != 200 || err != nil || len(loans) != 1 ||
		loans[0]["id"] != "L-1001-6688" || loans[0]["customer_id"] != "c-1001" || loans[0]["rate_type"] != "lpr_floating" {
		t.Fatalf("%d %s", status, body)
	}
	for _, key := range []string{"principal", "balance", "annual_rate_pct", "method", "term_months", "remaining_months",
		"monthly_payment", "next_due_date", "due_day", "overdue_periods", "overdue_amount", "start_date", "maturity_date", "status"} {
		if _, ok := loans[0][key]; !ok {
			t.Errorf("loan lacks %s", key)
		}
	}

	status, body = r.do(t, "GET", "/v1/customers/c-1001", m01, "")
	var prof map[string]any
	if err := json.Unmarshal(body, &prof); status != 200 || err != nil || prof["id"] != "c-1001" || prof["tier"] == "" ||
		prof["phone"] != "138****8001" {
		t.Fatalf("%d %s", status, body)
	}
	if status, body := r.do(t, "GET", "/v1/customers/c-1003", m01, ""); status != 200 || !contains(string(body), `"tier":"D"`) {
		t.Fatalf("overdue customer: %d %s", status, body)
	}
	if status, body := r.do(t, "GET", "/v1/customers/c-1004/loans", m02, ""); status != 200 || !contains(string(body), "L-1004-2046") {
		t.Fatalf("%d %s", status, body)
	}

	forbidden := []struct{ path, tok string }{
		{"/v1/me/loans", m01}, {"/v1/me/loans", agent}, {"/v1/me/loans", admin},
		{"/v1/customers/c-1001", borrower}, {"/v1/customers/c-1001/loans", borrower},
		{"/v1/customers/c-1002/loans", borrower},
		{"/v1/customers/c-1004", m01}, {"/v1/customers/c-1004/loans", m01},
		{"/v1/customers/c-1001", m02}, {"/v1/customers/c-9999", m01},
		{"/v1/customers/c-1001", agent}, {"/v1/customers/c-1001/loans", agent},
		{"/v1/customers/c-1001", admin},
		{"/v1/alerts", borrower}, {"/v1/alerts", agent},
		{"/v1/notes", borrower},
	}
	for _, f := range forbidden {
		if status, body := r.do(t, "GET", f.path, f.tok, ""); status != http.StatusForbidden || errCode(t, body) != "forbidden" {
			t.Errorf("GET %s: %d %s", f.path, status, body)
		}
	}
	if status, body := r.do(t, "GET", "/v1/alerts", m01, ""); status != 200 || string(body) != "[]\n" {
		t.Fatalf("alerts %d %q", status, body)
	}
	if status, body := r.do(t, "POST", "/v1/me/telegram-binding", borrower, "{}"); status != 501 || errCode(t, body) != "not_implemented" {
		t.Fatalf("binding %d %s", status, body)
	}
	if status, _ := r.do(t, "POST", "/v1/me/telegram-binding", m01, "{}"); status != 403 {
		t.Fatalf("binding by staff %d", status)
	}
}

func TestConversationTranscriptAccess(t *testing.T) {
	r := newRig(t)
	conv := r.conversationOf(t, "c-1001", "我失业了", false)

	status, body := r.do(t, "GET", "/v1/conversations/"+conv, token(t, "c-1001", dialog.RoleBorrower), "")
	var v struct {
		ID         string           `json:"id"`
		CustomerID string           `json:"customer_id"`
		Channel    string           `json:"channel"`
		Status     string           `json:"status"`
		Messages   []map[string]any `json:"messages"`
	}
	if err := json.Unmarshal(body, &v); status != 200 || err != nil || v.ID != conv || v.CustomerID != "c-1001" ||
		v.Channel != "web" || v.Status != "open" || len(v.Messages) != 2 {
		t.Fatalf("%d %s", status, body)
	}
	for _, m := range v.Messages {
		if _, ok := m["sentiment"]; ok {
			t.Fatalf("borrower sees sentiment: %s", body)
		}
		if _, ok := m["flags"]; ok {
			t.Fatalf("borrower sees flags: %s", body)
		}
		for _, k := range []string{"seq", "from", "text", "at"} {
			if _, ok := m[k]; !ok {
				t.Fatalf("message lacks %s: %s", k, body)
			}
		}
	}
	status, body = r.do(t, "GET", "/v1/conversations/"+conv, token(t, "m-01", dialog.RoleManager), "")
	if status != 200 || !contains(string(body), `"sentiment"`) || !contains(string(body), `"job_loss"`) {
		t.Fatalf("manager: %d %s", status, body)
	}
	for _, tok := range []string{
		token(t, "c-1002", dialog.RoleBorrower), token(t, "m-02", dialog.RoleManager),
		token(t, "a-01", dialog.RoleAgent), token(t, "admin", dialog.RoleAdmin),
		token(t, "c-1001", dialog.RoleManager), // same subject, other role
	} {
		if status, body := r.do(t, "GET", "/v1/conversations/"+conv, tok, ""); status != 403 || errCode(t, body) != "forbidden" {
			t.Errorf("%d %s", status, body)
		}
	}
	if status, body := r.do(t, "GET", "/v1/conversations/cv-nope", token(t, "c-1001", dialog.RoleBorrower), ""); status != 404 || errCode(t, body) != "not_found" {
		t.Fatalf("unknown: %d %s", status, body)
	}
}

func TestNotesAccess(t *testing.T) {
	r := newRig(t)
	r.conversationOf(t, "c-1001", "我失业了", true)
	r.conversationOf(t, "c-1004", "hello", true)
	m01, m02 := token(t, "m-01", dialog.RoleManager), token(t, "m-02", dialog.RoleManager)

	status, body := r.do(t, "GET", "/v1/notes", m01, "")
	var notes []map[string]any
	if err := json.Unmarshal(body, &notes); status != 200 || err != nil || len(notes) != 1 || notes[0]["customer_id"] != "c-1001" {
		t.Fatalf("%d %s", status, body)
	}
	for _, k := range []string{"id", "conversation_id", "customer_id", "channel", "started_at", "ended_at", "summary", "intents", "cards", "sentiment", "flags"} {
		if _, ok := notes[0][k]; !ok {
			t.Errorf("note lacks %s", k)
		}
	}
	if status, body := r.do(t, "GET", "/v1/notes?customer_id=c-1001&flag=job_loss&since=2020-01-01", m01, ""); status != 200 || !contains(string(body), "job_loss") {
		t.Fatalf("filtered: %d %s", status, body)
	}
	if status, body := r.do(t, "GET", "/v1/notes?flag=self_harm", m01, ""); status != 200 || string(body) != "[]\n" {
		t.Fatalf("no match: %d %s", status, body)
	}
	if status, body := r.do(t, "GET", "/v1/notes", m02, ""); status != 200 || !contains(string(body), "c-1004") || contains(string(body), "c-1001") {
		t.Fatalf("m-02: %d %s", status, body)
	}
	for _, q := range []string{"?customer_id=c-1001", "?customer_id=c-9999"} {
		if status, body := r.do(t, "GET", "/v1/notes"+q, m02, ""); status != 403 || errCode(t, body) != "forbidden" {
			t.Errorf("%s: %d %s", q, status, body)
		}
	}
	if status, body := r.do(t, "GET", "/v1/notes?customer_id=c-1001", token(t, "a-01", dialog.RoleAgent), ""); status != 403 || errCode(t, body) != "forbidden" {
		t.Errorf("agent: %d %s", status, body)
	}
	if status, body := r.do(t, "GET", "/v1/notes", token(t, "a-01", dialog.RoleAgent), ""); status != 200 || string(body) != "[]\n" {
		t.Errorf("agent list: %d %s", status, body)
	}
	for q, code := range map[string]string{"?flag=bogus": "invalid_flag", "?since=yesterday": "invalid_since", "?limit=0": "invalid_limit", "?limit=x": "invalid_limit"} {
		if status, body := r.do(t, "GET", "/v1/notes"+q, m01, ""); status != 400 || errCode(t, body) != code {
			t.Errorf("%s: %d %s", q, status, body)
		}
	}
}

func TestDemoToken(t *testing.T) {
	off := newRig(t)
	if status, body := off.do(t, "POST", "/v1/demo/token", "", `{"sub":"c-1001","role":"borrower"}`); status != 404 || errCode(t, body) != "not_found" {
		t.Fatalf("demo off: %d %s", status, body)
	}
	r := newRig(t, func(c *Config, _ *Deps) { c.Demo = true })
	status, body := r.do(t, "POST", "/v1/demo/token", "", `{"sub":"c-1001","role":"borrower"}`)
	var out struct {
		Token string `json:"token"`
	}
	if err := json.Unmarshal(body, &out); status != 200 || err != nil || out.Token == "" {
		t.Fatalf("%d %s", status, body)
	}
	if status, body := r.do(t, "GET", "/v1/me/loans", out.Token, ""); status != 200 || !contains(string(body), "L-1001-6688") {
		t.Fatalf("demo token use: %d %s", status, body)
	}
	p, err := r.srv.verify(out.Token)
	if err != nil || p.Name != "张伟" {
		t.Fatalf("%+v %v", p, err)
	}
	if status, _ := r.do(t, "POST", "/v1/demo/token", "", `{"sub":"m-01","role":"manager"}`); status != 200 {
		t.Fatalf("manager token %d", status)
	}
	for body, code := range map[string]string{
		`{"sub":"c-9999","role":"borrower"}`: "invalid_sub",
		`{"sub":"m-01","role":"agent"}`:      "invalid_sub",
		`{"sub":"c-1001","role":"manager"}`:  "invalid_sub",
		`{"sub":"c-1001","role":"root"}`:     "invalid_role",
		`{"sub":"c-1001"}`:                   "invalid_role",
		`{"role":"borrower"}`:                "invalid_sub",
	} {
		if status, b := r.do(t, "POST", "/v1/demo/token", "", body); status != 400 || errCode(t, b) != code {
			t.Errorf("%s: %d %s, want %s", body, status, b, code)
		}
	}
}
