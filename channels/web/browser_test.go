package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/loandesk/loandesk/bot"
	"github.com/loandesk/loandesk/bot/borrower"
	"github.com/loandesk/loandesk/bot/copilot"
	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/channels/web"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/storage/memory"
)

// TestChatPageInChromium serves the real stack (engine, borrower assistant,
// demo book, web server with demo tokens) and drives the chat page in
// headless Chromium with e2e/chat.mjs: sign in as c-1001, a repayment
// schedule card, the loan summary, and a dropped socket that must resume
// without repeating replies.
//
// It needs /usr/bin/chromium, node and `npm ci` in e2e/. Without them it
// skips, unless CI is set, where it fails.
func TestChatPageInChromium(t *testing.T) {
	requireBrowser(t)
	url, _ := startDemoStack(t, dialog.Config{TurnTimeout: 10 * time.Second})
	runBrowserScript(t, "chat.mjs", url)
}

// TestAgentConsoleInChromium drives the agent console at /agent next to the
// chat page with e2e/agent.mjs: c-1003 reports a stalled business and is
// queued; seat a-02 sees the queue item with its flags, claims it, reads the
// context (customer, loan, flag evidence, transcript), replies (the borrower
// sees the agent), survives a dropped socket, sees the borrower's next message
// with its sentiment and resolves; both pages show the conversation closed.
// Same requirements as TestChatPageInChromium.
func TestAgentConsoleInChromium(t *testing.T) {
	requireBrowser(t)
	url, _ := startDemoStack(t, dialog.Config{TurnTimeout: 10 * time.Second})
	runBrowserScript(t, "agent.mjs", url)
}

const chromium = "/usr/bin/chromium"

// requireBrowser skips the test when chromium, node or playwright-core is
// missing, or fails it when CI is set.
func requireBrowser(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	_, nodeErr := exec.LookPath("node")
	missing := ""
	switch {
	case !isFile(chromium):
		missing = "chromium is not installed at " + chromium + " (apt-get install chromium)"
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
}

// runBrowserScript runs `node e2e/<script> <url>` with CHROMIUM set. The
// script's last stdout line is its verdict, {"ok":true,"screenshot":"<path>",...};
// the test fails unless it is ok and the screenshot was written.
func runBrowserScript(t *testing.T, script, url string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
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
	var res struct {
		OK         bool   `json:"ok"`
		Screenshot string `json:"screenshot"`
	}
	lines := bytes.Split(bytes.TrimSpace(stdout.Bytes()), []byte("\n"))
	if err := json.Unmarshal(lines[len(lines)-1], &res); err != nil || !res.OK {
		t.Fatalf("%s did not report ok (%v):\n%s\nstderr:\n%s", script, err, stdout.String(), stderr.String())
	}
	if !isFile(res.Screenshot) {
		t.Errorf("screenshot %q was not written", res.Screenshot)
	}
	t.Logf("%s passed in Chromium in %s: %s", script, time.Since(start).Round(time.Millisecond), lines[len(lines)-1])
}

// startDemoStack wires the stack as cmd/loandesk serve does in demo mode —
// the borrower assistant and the manager copilot — on the in-memory store,
// and returns the base URL and the store.
func startDemoStack(t *testing.T, cfg dialog.Config) (string, *memory.Store) {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	store := memory.NewStore()
	customers, staff, accounts, _ := book.DemoBook(time.Now().UTC())
	if err := store.SeedBook(context.Background(), customers, staff, accounts); err != nil {
		t.Fatal(err)
	}
	understanding, err := nlu.New()
	if err != nil {
		t.Fatal(err)
	}
	assistant, err := borrower.New(borrower.Deps{Analyzer: understanding, Book: store, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	cp, err := copilot.New(copilot.Deps{Book: store, Records: store, Analyzer: understanding, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	engine, err := dialog.NewEngine(cfg, dialog.Deps{
		Store: store, Bus: memory.NewBus(memory.DefaultBuffer), Locker: memory.NewLocker(),
		Analyzer: bot.NewAnalyzer(understanding), Logger: log,
		Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: assistant, dialog.RoleManager: cp},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := engine.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(engine.Stop)
	site := web.New(web.Config{JWTSecret: []byte("browser-test-secret-browser-test-secret"), Demo: true},
		web.Deps{Engine: engine, Store: store, Book: store, Logger: log})
	ts := httptest.NewServer(site.Handler())
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = site.Shutdown(ctx)
		ts.Close()
	})
	return ts.URL, store
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

// testWriter sends slog lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}
