package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/loandesk/loandesk/channels/telegram/telegramtest"
)

// TestServeTelegram is issue #7's check through `loandesk serve`: a fake Bot
// API server feeds the bot updates; an unbound chat asking about "my loan"
// gets no personal data; a code from the HTTP API binds the chat; the bound
// chat gets its own loan's figures; "转人工" queues it, and an agent's message
// comes back through sendMessage.
func TestServeTelegram(t *testing.T) {
	api := telegramtest.New(t)
	svc := startServe(t, t.TempDir(), "--telegram-token", "123:test", "--telegram-api-url", api.URL())
	const chat = 4242

	m := api.Mark()
	api.Push(0, telegramtest.Message(chat, "我的贷款还有几期"))
	api.WaitSent(chat, m, "/start")
	for _, s := range api.TextsTo(chat, m) {
		if strings.Contains(s, "6688") {
			t.Fatalf("an unbound chat got c-1001's loan: %q", s)
		}
	}

	tok := svc.token(t, "c-1001", "borrower")
	req, _ := http.NewRequest(http.MethodPost, svc.base+"/v1/me/telegram-binding", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var code struct {
		Code      string `json:"code"`
		ExpiresAt string `json:"expires_at"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&code)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || code.Code == "" || code.ExpiresAt == "" {
		t.Fatalf("binding code: %d %+v", resp.StatusCode, code)
	}

	m = api.Mark()
	api.Push(0, telegramtest.Message(chat, "/start "+code.Code))
	api.WaitSent(chat, m, "绑定成功", "linked")
	m = api.Mark()
	api.Push(0, telegramtest.Message(chat, "我的贷款还有几期"))
	api.WaitSent(chat, m, "6688")

	m = api.Mark()
	api.Push(0, telegramtest.Message(chat, "转人工"))
	api.WaitSent(chat, m, "排第")

	seat := dialWS(t, svc.base, svc.token(t, "a-01", "agent"))
	q := readUntil(t, seat, func(f seatFrame) bool { return f.Type == "queue" && len(f.Items) == 1 })
	_ = seat.WriteJSON(map[string]any{"type": "claim", "id": "c", "conversation_id": q.Items[0].ConversationID})
	readUntil(t, seat, func(f seatFrame) bool { return f.Type == "assigned" })
	m = api.Mark()
	_ = seat.WriteJSON(map[string]any{"type": "message", "id": "s1", "conversation_id": q.Items[0].ConversationID, "text": "您好，我是周敏，请讲"})
	api.WaitSent(chat, m, "您好，我是周敏，请讲")

	api.Push(0, telegramtest.Message(chat, "我想改还款日"))
	if cm := readUntil(t, seat, func(f seatFrame) bool { return f.Type == "customer_message" }); cm.Text != "我想改还款日" {
		t.Fatalf("relayed %+v", cm)
	}
	_ = seat.WriteJSON(map[string]any{"type": "resolve", "conversation_id": q.Items[0].ConversationID, "outcome": "answered"})
	var notes []struct {
		Channel string `json:"channel"`
	}
	mgr := svc.token(t, "m-01", "manager")
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if svc.get(t, "/v1/notes?customer_id=c-1001", mgr, &notes); len(notes) > 0 {
			break // the resolve runs on the seat's socket worker
		}
	}
	if len(notes) == 0 || notes[0].Channel != "telegram" {
		t.Fatalf("notes %+v", notes)
	}
}
