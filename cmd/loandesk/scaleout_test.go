package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/loandesk/loandesk/storage/postgres/pgtest"
	"github.com/loandesk/loandesk/storage/redis/redistest"
)

// sharedArgs are the flags of instances sharing one fresh PostgreSQL schema
// and one Redis prefix, with one JWT secret.
func sharedArgs(t *testing.T) []string {
	t.Helper()
	return []string{
		"--database-url", pgtest.URL(t),
		"--redis-url", redistest.URL(t), "--redis-prefix", redistest.Prefix(t),
		"--jwt-secret", strings.Repeat("shared-secret-", 3),
	}
}

// TestTwoInstancesHandOffAndResume is issue #5's check: two instances share
// a fresh database and a Redis; a borrower on one is handed to an agent on
// the other; the borrower drops, the agent writes twice, the borrower
// reconnects to the other instance and gets both messages once, in order;
// the note is readable through either instance.
func TestTwoInstancesHandOffAndResume(t *testing.T) {
	shared := sharedArgs(t)
	a := startServe(t, t.TempDir(), append(shared, "--instance-id", "a", "--handoff-wait", "1h")...)
	b := startServe(t, t.TempDir(), append(shared, "--instance-id", "b", "--handoff-wait", "1h")...)

	// A token from a is valid on b.
	cust := dialWS(t, a.base, a.token(t, "c-1003", "borrower"))
	w := until(t, cust, func(f wireFrame) bool { return f.Type == "welcome" })
	_ = cust.WriteJSON(map[string]any{"type": "message", "id": "m1", "text": "转人工"})
	readUntil(t, cust, func(f seatFrame) bool { return f.Type == "handoff" && f.Status == "queued" })

	seat := dialWS(t, b.base, a.token(t, "a-01", "agent"))
	q := readUntil(t, seat, func(f seatFrame) bool { return f.Type == "queue" && len(f.Items) == 1 })
	if q.Items[0].ConversationID != w.ConversationID || q.Items[0].CustomerName != "王强" {
		t.Fatalf("the agent on b sees %+v", q.Items)
	}
	_ = seat.WriteJSON(map[string]any{"type": "claim", "id": "c", "conversation_id": w.ConversationID})
	readUntil(t, seat, func(f seatFrame) bool { return f.Type == "assigned" })
	connected := until(t, cust, func(f wireFrame) bool { return f.Type == "handoff" })
	cust.Close()

	for i, text := range []string{"您好，我是周敏", "请问您想办理什么业务？"} {
		_ = seat.WriteJSON(map[string]any{"type": "message", "id": fmt.Sprintf("s%d", i), "conversation_id": w.ConversationID, "text": text})
		readUntil(t, seat, func(f seatFrame) bool { return f.Type == "reply" && f.Text == text })
	}

	back := dialWS(t, b.base, a.token(t, "c-1003", "borrower"), "conversation_id", w.ConversationID, "last_seq", connected.Seq)
	if wb := until(t, back, func(f wireFrame) bool { return f.Type == "welcome" }); !wb.Resumed {
		t.Fatalf("not resumed on b: %+v", wb)
	}
	var got []wireFrame
	for len(got) < 2 {
		got = append(got, until(t, back, func(f wireFrame) bool { return f.Type == "reply" }))
	}
	if got[0].Text != "您好，我是周敏" || got[1].Text != "请问您想办理什么业务？" || got[0].Seq != connected.Seq+1 || got[1].Seq != connected.Seq+2 {
		t.Fatalf("replayed %+v after seq %d", got, connected.Seq)
	}
	// Nothing twice: the next frame is the pong, not a repeat.
	_ = back.WriteJSON(map[string]any{"type": "ping"})
	if f := until(t, back, func(f wireFrame) bool { return f.Type != "typing" }); f.Type != "pong" {
		t.Fatalf("after the replay: %+v", f)
	}

	_ = seat.WriteJSON(map[string]any{"type": "resolve", "conversation_id": w.ConversationID, "outcome": "answered"})
	ended := until(t, back, func(f wireFrame) bool { return f.Type == "ended" })
	for _, svc := range []*service{a, b} {
		var notes []struct {
			ID      string `json:"id"`
			Handoff struct {
				AgentID string `json:"agent_id"`
			} `json:"handoff"`
		}
		if code := svc.get(t, "/v1/notes?customer_id=c-1003", a.token(t, "m-01", "manager"), &notes); code != 200 || len(notes) != 1 || notes[0].ID != ended.NoteID || notes[0].Handoff.AgentID != "a-01" {
			t.Fatalf("notes through %s: %d %+v", svc.base, code, notes)
		}
	}
}

// childEnv, when set, makes the test binary run loandesk with these
// arguments (JSON) instead of the tests: a real process to kill -9.
const childEnv = "LOANDESK_TEST_CHILD_ARGS"

func TestMain(m *testing.M) {
	if raw := os.Getenv(childEnv); raw != "" {
		var args []string
		if err := json.Unmarshal([]byte(raw), &args); err != nil {
			fmt.Fprintln(os.Stderr, "child args:", err)
			os.Exit(2)
		}
		main2(args)
		return
	}
	os.Exit(m.Run())
}

// main2 is main with its arguments given.
func main2(args []string) {
	os.Args = append([]string{"loandesk"}, args...)
	main()
}

// startChild runs `loandesk serve` in a child process and waits until it is ready.
func startChild(t *testing.T, args ...string) (base string, cmd *exec.Cmd) {
	t.Helper()
	addr := freeAddr(t)
	args = append([]string{"serve", "--demo", "--addr", addr, "--metrics-addr", "", "--data-dir", t.TempDir()}, args...)
	raw, _ := json.Marshal(args)
	cmd = exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+string(raw))
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		once := false
		for sc.Scan() {
			if !once && strings.Contains(sc.Text(), `"msg":"listening"`) {
				once = true
				close(ready)
			}
		}
		_, _ = io.Copy(io.Discard, stderr)
	}()
	select {
	case <-ready:
	case <-time.After(30 * time.Second):
		t.Fatal("child instance not listening within 30s")
	}
	return "http://" + addr, cmd
}

// TestKilledInstanceLosesNothing: kill -9 an instance mid-conversation; every
// message it acknowledged is in the shared store, and another instance
// finishes the conversation's note after the idle timeout, exactly once.
func TestKilledInstanceLosesNothing(t *testing.T) {
	shared := sharedArgs(t)
	// A short lock TTL: the child may die holding the conversation's lock
	// (mid-turn), and the survivor's sweep waits for it to lapse.
	childBase, child := startChild(t, append(shared, "--instance-id", "doomed", "--lock-ttl", "1s")...)
	survivor := startServe(t, t.TempDir(), append(shared, "--instance-id", "survivor", "--idle-timeout", "2s")...)

	tok := survivor.token(t, "c-1001", "borrower")
	c, _, err := websocket.DefaultDialer.Dial(strings.Replace(childBase, "http", "ws", 1)+"/v1/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.WriteJSON(map[string]any{"type": "hello", "token": tok})
	w := until(t, c, func(f wireFrame) bool { return f.Type == "welcome" })
	for _, m := range []struct{ id, text string }{{"q1", "我的贷款还有几期"}, {"q2", "贷款100万，30年，利率4.9%，月供多少"}} {
		_ = c.WriteJSON(map[string]any{"type": "message", "id": m.id, "text": m.text})
		until(t, c, func(f wireFrame) bool { return f.Type == "reply" && f.ReplyTo == m.id })
	}
	// A third message the process may or may not have answered before it dies.
	_ = c.WriteJSON(map[string]any{"type": "message", "id": "q3", "text": "提前还款10万"})
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()

	// The survivor's idle sweep writes the note; poll until it has.
	deadline := time.Now().Add(20 * time.Second)
	var conv struct {
		Status   string `json:"status"`
		Messages []struct {
			From string `json:"from"`
			Text string `json:"text"`
		} `json:"messages"`
	}
	for {
		if code := survivor.get(t, "/v1/conversations/"+w.ConversationID, tok, &conv); code != 200 {
			t.Fatalf("conversation through the survivor: %d", code)
		}
		if conv.Status == "ended" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the survivor never finished the killed instance's conversation: %+v", conv)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var said []string
	for _, m := range conv.Messages {
		if m.From == "customer" {
			said = append(said, m.Text)
		}
	}
	if len(said) < 2 || said[0] != "我的贷款还有几期" || said[1] != "贷款100万，30年，利率4.9%，月供多少" {
		t.Fatalf("acknowledged messages lost: %q", said)
	}
	var notes []struct {
		ConversationID string `json:"conversation_id"`
		EndReason      string `json:"end_reason"`
	}
	survivor.get(t, "/v1/notes?customer_id=c-1001", survivor.token(t, "m-01", "manager"), &notes)
	if len(notes) != 1 || notes[0].ConversationID != w.ConversationID || notes[0].EndReason != "idle" {
		t.Fatalf("notes %+v", notes)
	}
}
