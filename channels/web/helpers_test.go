package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
)

var testSecret = []byte("test-secret-test-secret-test-secret")

// echoResponder answers "re: <text>" with a card and a quick reply, and ends
// the conversation on "bye". It counts its calls.
type echoResponder struct {
	calls atomic.Int32
	gate  chan struct{} // when set, "slow" waits for it
}

func (e *echoResponder) Respond(ctx context.Context, t dialog.Turn) (dialog.Response, error) {
	e.calls.Add(1)
	if t.Message.Text == "slow" && e.gate != nil {
		select {
		case <-e.gate:
		case <-ctx.Done():
		}
	}
	card, _ := dialog.NewCard(map[string]any{"kind": "faq_answer", "title": t.Message.Text, "source": "test"})
	return dialog.Response{
		Replies: []dialog.Reply{{
			Text: "re: " + t.Message.Text, Intent: "faq", Cards: []dialog.Card{card},
			QuickReplies: []dialog.QuickReply{{Label: "More", Action: "more"}},
		}},
		End:     t.Message.Text == "bye",
		Handoff: handoffAsked(t.Message.Text),
	}, nil
}

// handoffAsked stands in for the assistant's triggers: "转人工" asks for a
// person, "困难" is a hardship case.
func handoffAsked(text string) *dialog.HandoffRequest {
	switch {
	case strings.Contains(text, "转人工"):
		return &dialog.HandoffRequest{Reason: dialog.ReasonRequested, Skill: dialog.SkillGeneral}
	case strings.Contains(text, "困难"):
		return &dialog.HandoffRequest{Reason: dialog.ReasonHardship, Skill: dialog.SkillHardship, Priority: dialog.PriorityHigh}
	}
	return nil
}

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
	srv   *Server
	ts    *httptest.Server
	store *memory.Store
	eng   *dialog.Engine
	resp  *echoResponder
}

func newRig(t *testing.T, mut ...func(*Config, *Deps)) *rig {
	t.Helper()
	st := memory.NewStore()
	resp := &echoResponder{}
	eng, err := dialog.NewEngine(dialog.Config{TurnTimeout: 5 * time.Second, QueueTick: 10 * time.Millisecond}, dialog.Deps{
		Store: st, Bus: memory.NewBus(memory.DefaultBuffer), Locker: memory.NewLocker(), Analyzer: flagger{},
		Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: resp},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eng.Stop)
	cfg := Config{JWTSecret: testSecret}
	deps := Deps{Engine: eng, Store: st, Book: seededBook(st)}
	for _, m := range mut {
		m(&cfg, &deps)
	}
	srv := New(cfg, deps)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &rig{srv: srv, ts: ts, store: st, eng: eng, resp: resp}
}

func token(t testing.TB, sub string, role dialog.Role) string {
	t.Helper()
	tok, err := IssueToken(testSecret, dialog.Principal{Subject: sub, Role: role, Name: sub}, time.Hour, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// do sends a request with an optional bearer token and returns status and body.
func (r *rig) do(t testing.TB, method, path, tok string, body string) (int, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, r.ts.URL+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := r.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

// errCode returns the error code of an error body, failing on any other shape.
func errCode(t testing.TB, body []byte) string {
	t.Helper()
	var e struct {
		Error *struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil || e.Error == nil || e.Error.Code == "" || e.Error.Message == "" {
		t.Fatalf("not an error body: %s (%v)", body, err)
	}
	return e.Error.Code
}

// wsClient is a test socket.
type wsClient struct {
	t  testing.TB
	ws *websocket.Conn
}

func (r *rig) dial(t testing.TB, header http.Header) *wsClient {
	t.Helper()
	ws, res, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(r.ts.URL, "http")+"/v1/ws", header)
	if err != nil {
		status := 0
		if res != nil {
			status = res.StatusCode
		}
		t.Fatalf("dial: %v (status %d)", err, status)
	}
	t.Cleanup(func() { ws.Close() })
	return &wsClient{t: t, ws: ws}
}

func bearerHeader(tok string) http.Header {
	return http.Header{"Authorization": {"Bearer " + tok}}
}

func (c *wsClient) send(v any) {
	c.t.Helper()
	var b []byte
	switch v := v.(type) {
	case string:
		b = []byte(v)
	default:
		b, _ = json.Marshal(v)
	}
	if err := c.ws.WriteMessage(websocket.TextMessage, b); err != nil {
		c.t.Fatalf("write: %v", err)
	}
}

// frame is a decoded server frame.
type frame map[string]any

func (f frame) str(k string) string { s, _ := f[k].(string); return s }
func (f frame) num(k string) int64  { n, _ := f[k].(float64); return int64(n) }

// read returns the next frame, failing after 5s.
func (c *wsClient) read() frame {
	c.t.Helper()
	_ = c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, b, err := c.ws.ReadMessage()
	if err != nil {
		c.t.Fatalf("read: %v", err)
	}
	var f frame
	if err := json.Unmarshal(b, &f); err != nil {
		c.t.Fatalf("frame %s: %v", b, err)
	}
	return f
}

// next returns the next frame that is not typing.
func (c *wsClient) next() frame {
	c.t.Helper()
	for {
		f := c.read()
		if f.str("type") != "typing" {
			return f
		}
	}
}

// expect reads the next non-typing frame and checks its type.
func (c *wsClient) expect(typ string) frame {
	c.t.Helper()
	f := c.next()
	if f.str("type") != typ {
		c.t.Fatalf("got %v, want a %s frame", f, typ)
	}
	return f
}

// quiet proves nothing else was queued: a ping's pong is the next frame.
func (c *wsClient) quiet() {
	c.t.Helper()
	c.send(`{"type":"ping"}`)
	c.expect("pong")
}

// closed waits for the server to close the socket and returns the close code.
func (c *wsClient) closed() int {
	c.t.Helper()
	_ = c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		_, _, err := c.ws.ReadMessage()
		if err == nil {
			continue
		}
		if ce, ok := err.(*websocket.CloseError); ok {
			return ce.Code
		}
		c.t.Fatalf("want a close, got %v", err)
	}
}

func newRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }

func mustReq(t testing.TB, method, target string) *http.Request {
	t.Helper()
	return httptest.NewRequest(method, target, nil)
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
