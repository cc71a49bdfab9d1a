package main

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/loandesk/loandesk/storage/postgres/pgtest"
)

// redisServer runs a private redis-server on port, for a test that restarts it.
func redisServer(t *testing.T, port string) *exec.Cmd {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but redis-server is not installed")
		}
		t.Skip("redis-server is not installed")
	}
	cmd := exec.Command(bin, "--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", t.TempDir())
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("tcp", "127.0.0.1:"+port); err == nil {
			c.Close()
			return cmd
		}
		if time.Now().After(deadline) {
			t.Fatal("redis-server did not listen")
		}
	}
}

// TestRedisRestartIsSurvived: what matters lives in PostgreSQL; when Redis
// restarts (empty), the instance reconnects and the conversation goes on,
// its earlier turns intact.
func TestRedisRestartIsSurvived(t *testing.T) {
	addr := freeAddr(t)
	_, port, _ := net.SplitHostPort(addr)
	rs := redisServer(t, port)
	svc := startServe(t, t.TempDir(), "--database-url", pgtest.URL(t), "--redis-url", "redis://127.0.0.1:"+port+"/0",
		"--jwt-secret", strings.Repeat("k", 32))
	tok := svc.token(t, "c-1002", "borrower")
	c := dialWS(t, svc.base, tok)
	w := until(t, c, func(f wireFrame) bool { return f.Type == "welcome" })
	_ = c.WriteJSON(map[string]any{"type": "message", "id": "q1", "text": "你好"})
	first := until(t, c, func(f wireFrame) bool { return f.Type == "reply" && f.ReplyTo == "q1" })

	_ = rs.Process.Kill()
	_ = rs.Wait()
	redisServer(t, port) // the same address, nothing in it

	// The socket may have been closed while Redis was away: resume as a client does.
	deadline := time.Now().Add(30 * time.Second)
	for i := 0; ; i++ {
		c.Close()
		c = dialWS(t, svc.base, tok, "conversation_id", w.ConversationID, "last_seq", first.Seq)
		until(t, c, func(f wireFrame) bool { return f.Type == "welcome" })
		id := fmt.Sprintf("q2-%d", i)
		_ = c.WriteJSON(map[string]any{"type": "message", "id": id, "text": "我的贷款还有几期"})
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		var f wireFrame
		ok := false
		for {
			if err := c.ReadJSON(&f); err != nil {
				break
			}
			if f.ReplyTo == id && (f.Type == "reply" || f.Type == "error") {
				ok = f.Type == "reply"
				break
			}
		}
		if ok {
			if f.Intent != "loan_status" || f.Seq <= first.Seq {
				t.Fatalf("after the restart: %+v", f)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no answer within 30s of Redis coming back")
		}
		time.Sleep(200 * time.Millisecond)
	}
}
