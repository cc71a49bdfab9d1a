package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/loandesk/loandesk/bot/copilot"
	"github.com/loandesk/loandesk/dialog"
)

// TestCopilotPageInChromium serves the stack with the copilot wired as the
// manager responder and drives /copilot in headless Chromium with
// e2e/copilot.mjs: c-1001 tells the chat socket "我失业了，这个月还不上"
// (an alert), m-01 signs in, asks for 张伟's brief (tier D, the loan's real
// payment), the LPR impact of −20bp across the book (checked against POST
// /v1/calc/lpr-impact), renewals in 24 months (checked against the loan's
// maturity), acknowledges the alert in the inbox and another in chat.
// Same requirements as TestChatPageInChromium.
func TestCopilotPageInChromium(t *testing.T) {
	requireBrowser(t)
	url, _ := startDemoStack(t, dialog.Config{TurnTimeout: 10 * time.Second})
	runBrowserScript(t, "copilot.mjs", url)
}

// TestCopilotPage: /copilot is served under the same headers as the other
// pages, with no inline code and no HTML parsing of server text.
func TestCopilotPage(t *testing.T) {
	url, _ := startDemoStack(t, dialog.Config{})
	get := func(path string) (*http.Response, string) {
		res, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		return res, string(b)
	}
	agent, _ := get("/agent")
	res, page := get("/copilot")
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("/copilot: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Cache-Control"} {
		if got, want := res.Header.Get(h), agent.Header.Get(h); got == "" || got != want {
			t.Errorf("/copilot %s = %q, /agent has %q", h, got, want)
		}
	}
	if regexp.MustCompile(`<script(\s[^>]*)?>[^<]+</script>|<script>|\sstyle=|\son[a-z]+=`).MatchString(page) {
		t.Error("/copilot has inline code")
	}
	for _, want := range []string{`/assets/copilot.js`, `/assets/copilot.css`, `role="log"`, `id="inbox"`, `data-sub="m-01"`} {
		if !strings.Contains(page, want) {
			t.Errorf("/copilot lacks %s", want)
		}
	}
	for path, ctype := range map[string]string{"/assets/copilot.js": "javascript", "/assets/copilot.css": "text/css"} {
		res, body := get(path)
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), ctype) || res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
		}
		if strings.Contains(body, "innerHTML") || strings.Contains(body, "insertAdjacentHTML") || strings.Contains(body, "?token=") {
			t.Errorf("%s parses server text as HTML or puts the token in a URL", path)
		}
	}
}

// TestCopilotOverSocket: the manager's socket gets copilot answers about
// their own book, a borrower's socket never does, the manager's questions
// raise no alert, and the copilot conversation's note (written when it idles
// out) is not among the contact notes GET /v1/notes lists.
func TestCopilotOverSocket(t *testing.T) {
	url, store := startDemoStack(t, dialog.Config{TurnTimeout: 5 * time.Second, IdleTimeout: 1500 * time.Millisecond, SweepInterval: 100 * time.Millisecond})
	borrowerTok, m01, m02 := demoToken(t, url, "c-1001", "borrower"), demoToken(t, url, "m-01", "manager"), demoToken(t, url, "m-02", "manager")

	cust := dialWS(t, url, borrowerTok)
	for _, text := range []string{"张伟的情况", "风险预警", "我失业了，这个月还不上"} {
		r := cust.ask(text)
		for _, c := range r.Cards {
			var k struct{ Kind string }
			_ = json.Unmarshal(c, &k)
			if strings.HasPrefix(k.Kind, "customer_brief") || k.Kind == copilot.KindAlerts || k.Kind == copilot.KindLPR {
				t.Errorf("borrower socket got a copilot card for %q: %s", text, c)
			}
		}
		if r.Intent == copilot.IntentBrief || r.Intent == copilot.IntentAlerts {
			t.Errorf("borrower socket got copilot intent %s for %q", r.Intent, text)
		}
	}

	mgr := dialWS(t, url, m01)
	r := mgr.ask("张伟的情况")
	var bc copilot.BriefCard
	if r.Intent != copilot.IntentBrief || len(r.Cards) != 1 || json.Unmarshal(r.Cards[0], &bc) != nil || bc.Customer.ID != "c-1001" || bc.Tier != "D" {
		t.Fatalf("m-01 brief: %s %s", r.Intent, r.Text)
	}
	if len(bc.OpenAlerts) != 2 { // job_loss and repayment_difficulty from the borrower's message
		t.Errorf("open alerts in the brief: %+v", bc.OpenAlerts)
	}
	if r := mgr.ask("最近谁提到失业了"); r.Intent != copilot.IntentNotes || !strings.Contains(r.Text, "张伟") {
		t.Errorf("notes search: %s %s", r.Intent, r.Text)
	}
	if r := dialWS(t, url, m02).ask("张伟的情况"); len(r.Cards) != 0 || !strings.Contains(r.Text, "没有找到") {
		t.Errorf("m-02 about 张伟: %s", r.Text)
	}

	// The manager said 失业 too; that raises nothing.
	var alerts []dialog.Alert
	httpJSON(t, "GET", url+"/v1/alerts", m01, &alerts)
	for _, a := range alerts {
		if a.CustomerID != "c-1001" {
			t.Errorf("alert for %s: %+v", a.CustomerID, a)
		}
	}
	if len(alerts) != 2 {
		t.Errorf("%d alerts, want the borrower's 2", len(alerts))
	}

	// Idle, the copilot conversation ends with a note: it is not a contact note.
	ended := mgr.until("ended")
	noteID, _ := ended["note_id"].(string)
	convID, _ := ended["conversation_id"].(string)
	n, err := store.Note(context.Background(), noteID)
	if err != nil || n.CustomerID != "m-01" {
		t.Fatalf("copilot note %s: %+v %v", noteID, n, err)
	}
	t.Logf("copilot conversation %s left note %s: customer_id %s, flags %+v (the manager's own words)", convID, n.ID, n.CustomerID, n.Flags)
	for _, q := range []string{"", "?flag=job_loss"} {
		var notes []dialog.Note
		httpJSON(t, "GET", url+"/v1/notes"+q, m01, &notes)
		for _, x := range notes {
			if x.ID == noteID || x.CustomerID == "m-01" {
				t.Errorf("GET /v1/notes%s lists the copilot note %s", q, x.ID)
			}
		}
	}
	if code := httpJSON(t, "GET", url+"/v1/notes?customer_id=m-01", m01, nil); code != http.StatusForbidden {
		t.Errorf("GET /v1/notes?customer_id=m-01: %d", code)
	}
	if code := httpJSON(t, "GET", url+"/v1/conversations/"+convID, m02, nil); code != http.StatusForbidden {
		t.Errorf("m-02 reading m-01's copilot conversation: %d", code)
	}
	if code := httpJSON(t, "GET", url+"/v1/conversations/"+convID, m01, nil); code != http.StatusOK {
		t.Errorf("m-01 reading their copilot conversation: %d", code)
	}
}

// (runBrowserScript starts the borrower-only demo stack itself).
func runScriptAt(t *testing.T, script, url string) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chromium := "/usr/bin/chromium"
	node, nodeErr := exec.LookPath("node")
	missing := ""
	switch {
	case !isFile(chromium):
		missing = "chromium is not installed at " + chromium
	case nodeErr != nil:
		missing = "node is not on PATH"
	case !isFile(filepath.Join("e2e", "node_modules", "playwright-core", "package.json")):
		missing = "e2e/node_modules/playwright-core is missing (run `npm ci` in channels/web/e2e)"
	}
	if missing != "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but the browser test cannot run: %s", missing)
		}
		t.Skipf("skipping the browser test: %s", missing)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, script, url)
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %s %s: %v after %s\nstdout:\n%s\nstderr:\n%s", script, url, err, time.Since(start).Round(time.Millisecond), stdout.String(), stderr.String())
	}
	lines := bytes.Split(bytes.TrimSpace(stdout.Bytes()), []byte("\n"))
	var res struct {
		OK         bool   `json:"ok"`
		Screenshot string `json:"screenshot"`
	}
	if err := json.Unmarshal(lines[len(lines)-1], &res); err != nil || !res.OK {
		t.Fatalf("%s did not report ok (%v):\n%s\nstderr:\n%s", script, err, stdout.String(), stderr.String())
	}
	if !isFile(res.Screenshot) {
		t.Errorf("screenshot %q was not written", res.Screenshot)
	}
	t.Logf("%s passed in Chromium in %s: %s", script, time.Since(start).Round(time.Millisecond), lines[len(lines)-1])
}

func demoToken(t *testing.T, url, sub, role string) string {
	t.Helper()
	res, err := http.Post(url+"/v1/demo/token", "application/json", strings.NewReader(`{"sub":"`+sub+`","role":"`+role+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var v struct{ Token string }
	if err := json.NewDecoder(res.Body).Decode(&v); err != nil || v.Token == "" {
		t.Fatalf("demo token for %s: %d %v", sub, res.StatusCode, err)
	}
	return v.Token
}

// httpJSON calls the API with tok and decodes a 200 body into v; it returns the status.
func httpJSON(t *testing.T, method, url, tok string, v any) int {
	t.Helper()
	req, _ := http.NewRequest(method, url, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusOK && v != nil {
		if err := json.NewDecoder(res.Body).Decode(v); err != nil {
			t.Fatalf("%s %s: %v", method, url, err)
		}
	}
	return res.StatusCode
}

// socket is a WebSocket client that says hello and asks questions.
type socket struct {
	t  *testing.T
	ws *websocket.Conn
	n  int
}

func dialWS(t *testing.T, url, tok string) *socket {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(url, "http")+"/v1/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	s := &socket{t: t, ws: ws}
	if err := ws.WriteJSON(map[string]string{"type": "hello", "token": tok}); err != nil {
		t.Fatal(err)
	}
	s.until("welcome")
	return s
}

// until reads frames until one of typ arrives (10 s at most).
func (s *socket) until(typ string) map[string]any {
	s.t.Helper()
	_ = s.ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		var f map[string]any
		if err := s.ws.ReadJSON(&f); err != nil {
			s.t.Fatalf("waiting for %s: %v", typ, err)
		}
		if f["type"] == typ {
			return f
		}
		if f["type"] == "error" {
			s.t.Fatalf("waiting for %s: error frame %v", typ, f)
		}
	}
}

// ask sends a message and returns its first reply.
func (s *socket) ask(text string) dialog.Reply {
	s.t.Helper()
	s.n++
	id := "q-" + string(rune('a'+s.n))
	if err := s.ws.WriteJSON(map[string]string{"type": "message", "id": id, "text": text}); err != nil {
		s.t.Fatal(err)
	}
	for {
		f := s.until("reply")
		if f["reply_to"] != id {
			continue
		}
		b, _ := json.Marshal(f)
		var r struct {
			Text   string            `json:"text"`
			Intent string            `json:"intent"`
			Cards  []json.RawMessage `json:"cards"`
		}
		_ = json.Unmarshal(b, &r)
		out := dialog.Reply{Text: r.Text, Intent: r.Intent}
		for _, c := range r.Cards {
			out.Cards = append(out.Cards, dialog.Card(c))
		}
		return out
	}
}
