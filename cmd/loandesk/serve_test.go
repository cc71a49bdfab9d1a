package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// freeAddr finds a loopback port for serve to listen on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// service runs `loandesk serve --demo` in-process until the test ends.
type service struct {
	base string
	stop func() error
}

// syncBuffer is written by the service's logger while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func startServe(t *testing.T, dataDir string, extra ...string) *service {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	logs := &syncBuffer{}
	args := append([]string{"serve", "--demo", "--addr", addr, "--metrics-addr", "", "--data-dir", dataDir}, extra...)
	go func() { done <- run(ctx, args, strings.NewReader(""), logs, logs, env()) }()
	base := "http://" + addr
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("serve not ready in 15s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	var once sync.Once
	var stopErr error
	s := &service{base: base, stop: func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(40 * time.Second):
				stopErr = fmt.Errorf("serve did not stop")
			}
		})
		return stopErr
	}}
	t.Cleanup(func() { _ = s.stop() })
	return s
}

func (s *service) token(t *testing.T, sub, role string) string {
	t.Helper()
	resp, err := http.Post(s.base+"/v1/demo/token", "application/json", strings.NewReader(fmt.Sprintf(`{"sub":%q,"role":%q}`, sub, role)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var tok struct{ Token string }
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil || tok.Token == "" {
		t.Fatalf("demo token for %s: status %d %v", sub, resp.StatusCode, err)
	}
	return tok.Token
}

func (s *service) get(t *testing.T, path, tok string, into any) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, s.base+path, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if into != nil && resp.StatusCode == http.StatusOK {
		if err := json.NewDecoder(resp.Body).Decode(into); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	return resp.StatusCode
}

type wireFrame struct {
	Type           string            `json:"type"`
	ConversationID string            `json:"conversation_id"`
	Seq            int64             `json:"seq"`
	ReplyTo        string            `json:"reply_to"`
	Text           string            `json:"text"`
	Intent         string            `json:"intent"`
	NoteID         string            `json:"note_id"`
	Resumed        bool              `json:"resumed"`
	Cards          []json.RawMessage `json:"cards"`
}

// dialWS opens a socket and sends hello with the token and any extra fields.
func dialWS(t *testing.T, base, tok string, hello ...any) *websocket.Conn {
	t.Helper()
	c, _, err := websocket.DefaultDialer.Dial(strings.Replace(base, "http", "ws", 1)+"/v1/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	h := map[string]any{"type": "hello", "token": tok}
	for i := 0; i+1 < len(hello); i += 2 {
		h[hello[i].(string)] = hello[i+1]
	}
	if err := c.WriteJSON(h); err != nil {
		t.Fatal(err)
	}
	return c
}

// until reads frames until one satisfies ok.
func until(t *testing.T, c *websocket.Conn, ok func(wireFrame) bool) wireFrame {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
	for {
		var f wireFrame
		if err := c.ReadJSON(&f); err != nil {
			t.Fatalf("read: %v", err)
		}
		if ok(f) {
			return f
		}
	}
}

// TestServeDemoEndToEnd drives the real entry point like the mobile bank:
// tokens, own loans, a calculator and a personal question over the socket,
// a drop and resume, a repeated id, the end and the note, and a restart that
// neither duplicates the demo book nor loses the note.
func TestServeDemoEndToEnd(t *testing.T) {
	dir := t.TempDir()
	svc := startServe(t, dir)
	tok := svc.token(t, "c-1001", "borrower")
	var loans []struct {
		ID             string `json:"id"`
		MonthlyPayment string `json:"monthly_payment"`
	}
	if code := svc.get(t, "/v1/me/loans", tok, &loans); code != 200 || len(loans) != 1 || !strings.HasSuffix(loans[0].ID, "6688") {
		t.Fatalf("own loans: %d %+v", code, loans)
	}

	c := dialWS(t, svc.base, tok)
	w := until(t, c, func(f wireFrame) bool { return f.Type == "welcome" })
	if w.Resumed || w.ConversationID == "" {
		t.Fatalf("welcome %+v", w)
	}
	send := func(c *websocket.Conn, id, text string) {
		if err := c.WriteJSON(map[string]any{"type": "message", "id": id, "text": text}); err != nil {
			t.Fatal(err)
		}
	}
	send(c, "q1", "贷款100万，30年，利率4.9%，月供多少")
	r1 := until(t, c, func(f wireFrame) bool { return f.Type == "reply" && f.ReplyTo == "q1" })
	if r1.Seq != 1 || r1.Intent != "repayment_schedule" || !strings.Contains(r1.Text, "5,307.27") || len(r1.Cards) != 1 {
		t.Fatalf("calculator reply %+v", r1)
	}
	send(c, "q2", "我的贷款还有几期")
	r2 := until(t, c, func(f wireFrame) bool { return f.Type == "reply" && f.ReplyTo == "q2" })
	if r2.Intent != "loan_status" || !strings.Contains(string(r2.Cards[0]), "6688") {
		t.Fatalf("own-loan reply %+v", r2)
	}

	// Drop without reading the reply to q3, then resume from r2's seq.
	send(c, "q3", "提前還款5萬，縮短期限")
	time.Sleep(300 * time.Millisecond)
	c.Close()
	c2 := dialWS(t, svc.base, tok, "conversation_id", w.ConversationID, "last_seq", r2.Seq)
	w2 := until(t, c2, func(f wireFrame) bool { return f.Type == "welcome" && f.Resumed })
	if w2.ConversationID != w.ConversationID {
		t.Fatalf("resumed another conversation: %+v", w2)
	}
	r3 := until(t, c2, func(f wireFrame) bool { return f.Type == "reply" })
	if r3.ReplyTo != "q3" || r3.Seq != r2.Seq+1 || !strings.Contains(r3.Text, "還") {
		t.Fatalf("replayed %+v, want q3's Traditional reply at seq %d", r3, r2.Seq+1)
	}
	// A repeated id gets the original reply again, not a new turn.
	send(c2, "q1", "贷款100万，30年，利率4.9%，月供多少")
	again := until(t, c2, func(f wireFrame) bool { return f.Type == "reply" })
	if again.Seq != r1.Seq || again.Text != r1.Text {
		t.Fatalf("repeat of q1 gave %+v, want the original seq %d", again, r1.Seq)
	}
	if err := c2.WriteJSON(map[string]any{"type": "end"}); err != nil {
		t.Fatal(err)
	}
	ended := until(t, c2, func(f wireFrame) bool { return f.Type == "ended" })
	if ended.Seq != r3.Seq+1 || ended.NoteID == "" {
		t.Fatalf("ended %+v", ended)
	}

	mgr := svc.token(t, "m-01", "manager")
	var notes []struct {
		ID      string   `json:"id"`
		Intents []string `json:"intents"`
	}
	if code := svc.get(t, "/v1/notes?customer_id=c-1001", mgr, &notes); code != 200 || len(notes) != 1 || notes[0].ID != ended.NoteID {
		t.Fatalf("manager notes: %d %+v", code, notes)
	}
	if code := svc.get(t, "/v1/notes?customer_id=c-1001", svc.token(t, "m-02", "manager"), nil); code != http.StatusForbidden {
		t.Errorf("another manager reads c-1001's notes: %d", code)
	}
	if err := svc.stop(); err != nil {
		t.Fatalf("graceful stop: %v", err)
	}

	// Restart on the same store: the book is not duplicated and the note survives.
	svc2 := startServe(t, dir)
	tok2 := svc2.token(t, "c-1001", "borrower")
	if code := svc2.get(t, "/v1/me/loans", tok2, &loans); code != 200 || len(loans) != 1 {
		t.Fatalf("loans after restart: %d %+v", code, loans)
	}
	if code := svc2.get(t, "/v1/notes?customer_id=c-1001", svc2.token(t, "m-01", "manager"), &notes); code != 200 || len(notes) != 1 {
		t.Fatalf("notes after restart: %d %+v", code, notes)
	}
}

// TestLeftOpenConversationGetsItsNoteOnRestart: a conversation the process
// did not end (it was stopped mid-conversation) is finished at the next start.
func TestLeftOpenConversationGetsItsNoteOnRestart(t *testing.T) {
	dir := t.TempDir()
	svc := startServe(t, dir)
	tok := svc.token(t, "c-1002", "borrower")
	c := dialWS(t, svc.base, tok)
	w := until(t, c, func(f wireFrame) bool { return f.Type == "welcome" })
	_ = c.WriteJSON(map[string]any{"type": "message", "id": "a", "text": "你好"})
	until(t, c, func(f wireFrame) bool { return f.Type == "reply" })
	c.Close()
	if err := svc.stop(); err != nil {
		t.Fatal(err)
	}
	svc2 := startServe(t, dir)
	var conv struct {
		Status string `json:"status"`
	}
	if code := svc2.get(t, "/v1/conversations/"+w.ConversationID, svc2.token(t, "c-1002", "borrower"), &conv); code != 200 || conv.Status != "ended" {
		t.Fatalf("conversation after restart: %d %+v", code, conv)
	}
	var notes []struct {
		ConversationID string `json:"conversation_id"`
		EndReason      string `json:"end_reason"`
	}
	svc2.get(t, "/v1/notes?customer_id=c-1002", svc2.token(t, "m-01", "manager"), &notes)
	if len(notes) != 1 || notes[0].ConversationID != w.ConversationID || notes[0].EndReason != "restart" {
		t.Fatalf("notes %+v", notes)
	}
}
