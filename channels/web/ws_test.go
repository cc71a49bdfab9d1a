package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/loandesk/loandesk/dialog"
)

func TestWSAuthHeaderThenMessages(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	// No hello: the first message opens a conversation and its welcome comes first.
	c.send(map[string]any{"type": "message", "id": "m1", "text": "hello"})
	w := c.expect("welcome")
	if w.str("conversation_id") == "" || w.num("seq") != 0 || w["resumed"] != false {
		t.Fatalf("welcome %v", w)
	}
	rep := c.expect("reply")
	if rep.num("seq") != 1 || rep.str("reply_to") != "m1" || rep.str("from") != "bot" || rep.str("text") != "re: hello" ||
		rep.str("intent") != "faq" || rep.str("conversation_id") != w.str("conversation_id") {
		t.Fatalf("reply %v", rep)
	}
	if cards, ok := rep["cards"].([]any); !ok || len(cards) != 1 {
		t.Fatalf("cards %v", rep["cards"])
	}
	if qr, ok := rep["quick_replies"].([]any); !ok || len(qr) != 1 {
		t.Fatalf("quick_replies %v", rep["quick_replies"])
	}
	c.send(map[string]any{"type": "action", "id": "m2", "action": "more"})
	if rep := c.expect("reply"); rep.num("seq") != 2 || rep.str("reply_to") != "m2" {
		t.Fatalf("second reply %v", rep)
	}
	c.quiet()
}

func TestWSAuthHello(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, nil)
	c.send(map[string]any{"type": "hello", "token": token(t, "c-1001", dialog.RoleBorrower), "locale": "en"})
	w := c.expect("welcome")
	c.send(map[string]any{"type": "message", "id": "a", "text": "hi"})
	if rep := c.expect("reply"); rep.num("seq") != 1 || rep.str("conversation_id") != w.str("conversation_id") {
		t.Fatalf("reply %v", rep)
	}
}

func TestWSRefusals(t *testing.T) {
	good := token(t, "c-1001", dialog.RoleBorrower)
	cases := map[string]string{
		"bad token":         `{"type":"hello","token":"x.y.z"}`,
		"no token":          `{"type":"hello"}`,
		"message first":     `{"type":"message","id":"1","text":"hi"}`,
		"garbage first":     `not json`,
		"token in wrong fr": `{"type":"ping","token":"` + good + `"}`,
	}
	for name, first := range cases {
		t.Run(name, func(t *testing.T) {
			r := newRig(t)
			c := r.dial(t, nil)
			c.send(first)
			if e := c.expect("error"); e.str("code") != "unauthorized" {
				t.Fatalf("got %v", e)
			}
			if code := c.closed(); code != websocket.ClosePolicyViolation {
				t.Fatalf("close code %d", code)
			}
		})
	}
}

func TestWSHelloTimeout(t *testing.T) {
	r := newRig(t, func(c *Config, _ *Deps) { c.HelloTimeout = 150 * time.Millisecond })
	c := r.dial(t, nil)
	if e := c.expect("error"); e.str("code") != "unauthorized" {
		t.Fatalf("got %v", e)
	}
	if code := c.closed(); code != websocket.ClosePolicyViolation {
		t.Fatalf("close code %d", code)
	}
}

func TestWSBadHeaderTokenIs401(t *testing.T) {
	r := newRig(t)
	_, res, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(r.ts.URL, "http")+"/v1/ws", bearerHeader("nope"))
	if err == nil || res == nil || res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("want 401, got %v %v", err, res)
	}
}

func TestWSTokenInURLIgnored(t *testing.T) {
	r := newRig(t, func(c *Config, _ *Deps) { c.HelloTimeout = 100 * time.Millisecond })
	tok := token(t, "c-1001", dialog.RoleBorrower)
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(r.ts.URL, "http")+"/v1/ws?token="+tok+"&access_token="+tok, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	c := &wsClient{t: t, ws: ws}
	if e := c.expect("error"); e.str("code") != "unauthorized" {
		t.Fatalf("a token in the URL must not authenticate: %v", e)
	}
}

func TestWSOrigin(t *testing.T) {
	r := newRig(t)
	h := bearerHeader(token(t, "c-1001", dialog.RoleBorrower))
	h.Set("Origin", "https://evil.example")
	_, res, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(r.ts.URL, "http")+"/v1/ws", h)
	if err == nil || res == nil || res.StatusCode != http.StatusForbidden {
		t.Fatalf("foreign origin: want 403, got %v %v", err, res)
	}
	h.Set("Origin", r.ts.URL) // same host
	r.dial(t, h)

	r2 := newRig(t, func(c *Config, _ *Deps) { c.AllowedOrigins = []string{"https://bank.example"} })
	h.Set("Origin", "https://bank.example")
	r2.dial(t, h)
}

func TestWSResumeReplaysMissedFramesOnce(t *testing.T) {
	r := newRig(t)
	tok := token(t, "c-1001", dialog.RoleBorrower)
	c := r.dial(t, nil)
	c.send(map[string]any{"type": "hello", "token": tok})
	conv := c.expect("welcome").str("conversation_id")
	c.send(map[string]any{"type": "message", "id": "m1", "text": "one"})
	c.expect("reply")
	c.send(map[string]any{"type": "message", "id": "m2", "text": "two"})
	if f := c.expect("reply"); f.num("seq") != 2 {
		t.Fatalf("%v", f)
	}
	c.ws.Close()

	c2 := r.dial(t, nil)
	c2.send(map[string]any{"type": "hello", "token": tok, "conversation_id": conv, "last_seq": 1})
	w := c2.expect("welcome")
	if w.str("conversation_id") != conv || w["resumed"] != true || w.num("seq") != 2 {
		t.Fatalf("welcome %v", w)
	}
	if f := c2.expect("reply"); f.num("seq") != 2 || f.str("reply_to") != "m2" {
		t.Fatalf("replayed %v", f)
	}
	c2.quiet() // exactly once: nothing else was queued

	c2.send(map[string]any{"type": "message", "id": "m3", "text": "three"})
	if f := c2.expect("reply"); f.num("seq") != 3 {
		t.Fatalf("live after replay %v", f)
	}
}

func TestWSUnknownConversationStartsNew(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.send(map[string]any{"type": "hello", "conversation_id": "cv-nope", "last_seq": 7})
	w := c.expect("welcome")
	if w["resumed"] != false || w.str("conversation_id") == "cv-nope" || w.num("seq") != 0 {
		t.Fatalf("welcome %v", w)
	}
}

func TestWSRepeatedIDReplaysWithoutNewTurn(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.send(map[string]any{"type": "hello"})
	c.expect("welcome")
	c.send(map[string]any{"type": "message", "id": "m1", "text": "hi"})
	first := c.expect("reply")
	c.send(map[string]any{"type": "message", "id": "m1", "text": "hi"})
	again := c.expect("reply")
	if again.num("seq") != first.num("seq") || again.str("text") != first.str("text") || again.str("reply_to") != "m1" {
		t.Fatalf("replayed %v, first %v", again, first)
	}
	c.quiet()
	if n := r.resp.calls.Load(); n != 1 {
		t.Fatalf("responder ran %d times", n)
	}
}

func TestWSEndNoteRateAndNewConversation(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.send(map[string]any{"type": "hello"})
	conv := c.expect("welcome").str("conversation_id")
	c.send(map[string]any{"type": "message", "id": "m1", "text": "how much can I borrow"})
	c.expect("reply")
	c.send(`{"type":"end"}`)
	ended := c.expect("ended")
	if ended.num("seq") != 2 || ended.str("note_id") == "" || ended.str("conversation_id") != conv {
		t.Fatalf("ended %v", ended)
	}
	note, err := r.store.Note(context.Background(), ended.str("note_id"))
	if err != nil || note.ConversationID != conv || note.CustomerID != "c-1001" {
		t.Fatalf("note %+v %v", note, err)
	}
	c.send(map[string]any{"type": "rate", "score": 5, "comment": "great"})
	c.quiet()
	// The rate runs on the socket's worker, not before the pong: wait for it.
	waitFor(t, func() bool {
		note, _ = r.store.Note(context.Background(), ended.str("note_id"))
		return note.CSAT != nil
	})
	if note.CSAT.Score != 5 || note.CSAT.Comment != "great" {
		t.Fatalf("csat %+v", note.CSAT)
	}
	// A message after the end opens a new conversation on the same socket.
	c.send(map[string]any{"type": "message", "id": "m2", "text": "one more thing"})
	w := c.expect("welcome")
	if w.str("conversation_id") == conv || w["resumed"] != false {
		t.Fatalf("welcome %v", w)
	}
	if f := c.expect("reply"); f.num("seq") != 1 || f.str("conversation_id") != w.str("conversation_id") {
		t.Fatalf("reply %v", f)
	}
}

func TestWSRateBeforeEnd(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.send(map[string]any{"type": "rate", "score": 4})
	if e := c.expect("error"); e.str("code") != "no_conversation" {
		t.Fatalf("%v", e)
	}
	c.send(map[string]any{"type": "hello"})
	c.expect("welcome")
	c.send(map[string]any{"type": "rate", "score": 4})
	if e := c.expect("error"); e.str("code") != "not_ended" {
		t.Fatalf("%v", e)
	}
}

func TestWSOversizeFrameCloses(t *testing.T) {
	r := newRig(t, func(c *Config, _ *Deps) { c.MaxFrameBytes = 1024 })
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.send(`{"type":"message","id":"x","text":"` + strings.Repeat("a", 2048) + `"}`)
	if code := c.closed(); code != websocket.CloseMessageTooBig {
		t.Fatalf("close code %d", code)
	}
}

func TestWSGarbageFramesKeepTheSocketOpen(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	cases := []struct {
		frame, code, replyTo string
	}{
		{`nope`, "invalid_frame", ""},
		{`[1,2]`, "invalid_frame", ""},
		{`null`, "invalid_frame", ""},
		{`{}`, "invalid_frame", ""},
		{`{"type":5}`, "invalid_frame", ""},
		{"{\"type\":\"message\",\"id\":\"a\",\"text\":\"\xff\xfe\"}", "invalid_frame", ""},
		{`{"type":"dance","id":"d1"}`, "unknown_type", "d1"},
		{`{"type":"message","text":"hi"}`, "invalid_id", ""},
		{`{"type":"message","id":7,"text":"hi"}`, "invalid_id", ""},
		{`{"type":"message","id":"","text":"hi"}`, "invalid_id", ""},
		{`{"type":"message","id":"` + strings.Repeat("i", 200) + `","text":"hi"}`, "invalid_id", ""},
		{`{"type":"message","id":"m","text":"   "}`, "invalid_text", "m"},
		{`{"type":"message","id":"m"}`, "invalid_text", "m"},
		{`{"type":"message","id":"m","text":42}`, "invalid_text", "m"},
		{`{"type":"message","id":"m","text":"` + strings.Repeat("长", 2001) + `"}`, "invalid_text", "m"},
		{`{"type":"action","id":"q"}`, "invalid_action", "q"},
		{`{"type":"action","action":"more"}`, "invalid_id", ""},
		{`{"type":"rate","id":"r","score":0}`, "invalid_score", "r"},
		{`{"type":"rate","id":"r","score":6}`, "invalid_score", "r"},
		{`{"type":"rate","id":"r","score":"5"}`, "invalid_score", "r"},
		{`{"type":"rate","id":"r","score":4.5}`, "invalid_score", "r"},
		{`{"type":"rate","id":"r"}`, "invalid_score", "r"},
		{`{"type":"hello","last_seq":-1}`, "invalid_last_seq", ""},
		{`{"type":"hello","conversation_id":{}}`, "invalid_conversation_id", ""},
		{`{"type":"claim","id":"c","conversation_id":"cv-1"}`, "forbidden", "c"},
		{`{"type":"resolve","conversation_id":"cv-1","outcome":"x"}`, "forbidden", ""},
		{`{"type":"status","state":"available"}`, "forbidden", ""},
		{`{"type":"return_to_bot","conversation_id":"cv-1"}`, "forbidden", ""},
		{`{"type":"end","id":"e"}`, "no_conversation", "e"},
	}
	for _, tc := range cases {
		c.send(tc.frame)
		e := c.expect("error")
		if e.str("code") != tc.code || e.str("reply_to") != tc.replyTo || e.str("message") == "" {
			t.Errorf("%.60s: got %v, want code %s reply_to %q", tc.frame, e, tc.code, tc.replyTo)
		}
	}
	if err := c.ws.WriteMessage(websocket.BinaryMessage, []byte{0, 1, 2}); err != nil {
		t.Fatal(err)
	}
	if e := c.expect("error"); e.str("code") != "invalid_frame" {
		t.Errorf("binary: %v", e)
	}
	c.quiet()
	// Still usable.
	c.send(map[string]any{"type": "message", "id": "ok", "text": "still here"})
	c.expect("welcome")
	c.expect("reply")
}

func TestWSForbiddenConversationAndRoles(t *testing.T) {
	r := newRig(t)
	a := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	a.send(`{"type":"hello"}`)
	conv := a.expect("welcome").str("conversation_id")

	b := r.dial(t, bearerHeader(token(t, "c-1002", dialog.RoleBorrower)))
	b.send(map[string]any{"type": "hello", "id": "h", "conversation_id": conv, "last_seq": 0})
	if e := b.expect("error"); e.str("code") != "forbidden" {
		t.Fatalf("another's conversation: %v", e)
	}
	b.quiet()

	admin := r.dial(t, bearerHeader(token(t, "admin", dialog.RoleAdmin)))
	for _, f := range []string{`{"type":"message","id":"1","text":"hi"}`, `{"type":"end"}`, `{"type":"rate","score":3}`, `{"type":"action","id":"2","action":"x"}`} {
		admin.send(f)
		if e := admin.expect("error"); e.str("code") != "forbidden" {
			t.Fatalf("admin %s: %v", f, e)
		}
	}
	agent := r.dial(t, bearerHeader(token(t, "a-01", dialog.RoleAgent)))
	agent.send(`{"type":"hello"}`)
	agent.expect("queue")
	agent.send(`{"type":"end"}`)
	if e := agent.expect("error"); e.str("code") != "forbidden" {
		t.Fatalf("agent end: %v", e)
	}
	agent.send(`{"type":"claim","id":"c1","conversation_id":"` + conv + `"}`)
	if e := agent.expect("error"); e.str("code") != "forbidden" || e.str("reply_to") != "c1" {
		t.Fatalf("claim of a conversation nobody queued: %v", e)
	}
	// A hello token for someone else on an authenticated socket ends it.
	a.send(map[string]any{"type": "hello", "token": token(t, "c-1002", dialog.RoleBorrower)})
	if e := a.expect("error"); e.str("code") != "unauthorized" {
		t.Fatalf("identity switch: %v", e)
	}
}

func TestWSSlowConsumerIsClosedNotBlocking(t *testing.T) {
	r := newRig(t, func(c *Config, _ *Deps) { c.SendBuffer = 2 })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := newConn(r.srv, nil, nil)
	c.ctx, c.cancel = ctx, cancel
	// No write pump runs: the buffer fills and the next frame closes the socket.
	c.sendError("x", "x", "")
	c.sendError("x", "x", "")
	done := make(chan struct{})
	go func() { c.sendError("x", "x", ""); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("enqueue blocked")
	}
	if ctx.Err() == nil || !c.closed.Load() {
		t.Fatal("a slow socket must be closed")
	}
}

func TestWSPingPongKeepAlive(t *testing.T) {
	r := newRig(t, func(c *Config, _ *Deps) {
		c.PingInterval, c.PongWait = 50*time.Millisecond, 200*time.Millisecond
	})
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	pings := make(chan struct{}, 16)
	c.ws.SetPingHandler(func(string) error {
		select {
		case pings <- struct{}{}:
		default:
		}
		return c.ws.WriteControl(websocket.PongMessage, nil, time.Now().Add(time.Second))
	})
	go func() {
		for {
			if _, _, err := c.ws.ReadMessage(); err != nil {
				return
			}
		}
	}()
	for range 3 {
		select {
		case <-pings:
		case <-time.After(2 * time.Second):
			t.Fatal("no ping")
		}
	}
	// Answering pings kept the socket open well past PongWait.
	if err := c.ws.WriteMessage(websocket.TextMessage, []byte(`{"type":"ping"}`)); err != nil {
		t.Fatalf("socket closed despite pongs: %v", err)
	}
}

func TestWSTurnDoesNotBlockTheReadLoopAndTurnsStayInOrder(t *testing.T) {
	r := newRig(t)
	r.resp.gate = make(chan struct{})
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.send(`{"type":"hello"}`)
	c.expect("welcome")
	c.send(map[string]any{"type": "message", "id": "s", "text": "slow"})
	c.send(map[string]any{"type": "message", "id": "f", "text": "fast"})
	c.quiet() // pong while the first turn is still running
	close(r.resp.gate)
	if f := c.expect("reply"); f.str("reply_to") != "s" || f.num("seq") != 1 {
		t.Fatalf("first %v", f)
	}
	if f := c.expect("reply"); f.str("reply_to") != "f" || f.num("seq") != 2 {
		t.Fatalf("second %v", f)
	}
}
