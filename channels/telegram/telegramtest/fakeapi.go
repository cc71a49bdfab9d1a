// Package telegramtest is a fake Bot API server for tests: the far end of the
// real go-telegram/bot client, in an httptest server.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

// Sent is one sendMessage the fake Bot API received.
type Sent struct {
	ChatID   int64
	Text     string
	Entities []struct {
		Type   string `json:"type"`
		Offset int    `json:"offset"`
		Length int    `json:"length"`
	}
	Keyboard struct {
		InlineKeyboard [][]struct {
			Text         string `json:"text"`
			CallbackData string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	At time.Time
}

// FakeAPI is a Bot API server in a test: getUpdates serves queued updates
// from the requested offset, sendMessage records, a number of 429s can be
// queued for sendMessage.
type FakeAPI struct {
	t  testing.TB
	ts *httptest.Server

	mu       sync.Mutex
	updates  []map[string]any // in push order; each has "update_id"
	nextID   int64
	sent     []Sent
	answered []string
	fail429  int
	got429   []time.Time
	methods  map[string]int
	changed  chan struct{} // closed and replaced on every change
}

func New(t testing.TB) *FakeAPI {
	f := &FakeAPI{t: t, nextID: 100, methods: map[string]int{}, changed: make(chan struct{})}
	f.ts = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.ts.Close)
	return f
}

func (f *FakeAPI) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *FakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	_, method, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if !ok {
		http.NotFound(w, r)
		return
	}
	if err := r.ParseMultipartForm(1 << 20); err != nil && r.ContentLength > 0 {
		_ = r.ParseForm()
	}
	f.mu.Lock()
	f.methods[method]++
	f.mu.Unlock()
	ok200 := func(result any) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
	}
	switch method {
	case "getMe":
		ok200(map[string]any{"id": 1, "is_bot": true, "first_name": "LoanDesk", "username": "loandesk_bot"})
	case "deleteWebhook", "setWebhook":
		ok200(true)
	case "getUpdates":
		offset, _ := strconv.ParseInt(r.FormValue("offset"), 10, 64)
		deadline := time.After(100 * time.Millisecond)
		for {
			f.mu.Lock()
			var out []map[string]any
			for _, u := range f.updates {
				if u["update_id"].(int64) >= offset {
					out = append(out, u)
				}
			}
			ch := f.changed
			f.mu.Unlock()
			if len(out) > 0 {
				ok200(out)
				return
			}
			select {
			case <-ch:
			case <-deadline:
				ok200([]any{})
				return
			case <-r.Context().Done():
				return
			}
		}
	case "sendMessage":
		f.mu.Lock()
		if f.fail429 > 0 {
			f.fail429--
			f.got429 = append(f.got429, time.Now())
			f.mu.Unlock()
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}`)
			return
		}
		var m Sent
		m.ChatID, _ = strconv.ParseInt(r.FormValue("chat_id"), 10, 64)
		m.Text = r.FormValue("text")
		if e := r.FormValue("entities"); e != "" {
			if err := json.Unmarshal([]byte(e), &m.Entities); err != nil {
				f.t.Errorf("entities %q: %v", e, err)
			}
		}
		if k := r.FormValue("reply_markup"); k != "" {
			if err := json.Unmarshal([]byte(k), &m.Keyboard); err != nil {
				f.t.Errorf("reply_markup %q: %v", k, err)
			}
		}
		m.At = time.Now()
		f.sent = append(f.sent, m)
		n := len(f.sent)
		f.notify()
		f.mu.Unlock()
		// Telegram's own limit, counted here independently of the adapter.
		if n := len(utf16.Encode([]rune(m.Text))); n > 4096 || strings.TrimSpace(m.Text) == "" {
			f.t.Errorf("sendMessage text of %d UTF-16 units", n)
		}
		ok200(map[string]any{"message_id": n, "date": 1, "chat": map[string]any{"id": m.ChatID, "type": "private"}, "text": m.Text})
	case "answerCallbackQuery":
		f.mu.Lock()
		f.answered = append(f.answered, r.FormValue("callback_query_id"))
		f.notify()
		f.mu.Unlock()
		ok200(true)
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, `{"ok":false,"error_code":404,"description":"Not Found: %s"}`, method)
	}
}

// Push queues an update (id 0: the next one) and returns its id.
func (f *FakeAPI) Push(id int64, body map[string]any) int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	if id == 0 {
		f.nextID++
		id = f.nextID
	}
	u := map[string]any{"update_id": id}
	for k, v := range body {
		u[k] = v
	}
	f.updates = append(f.updates, u)
	f.notify()
	return id
}

// Message is an update body with a text message from chatID.
func Message(chatID int64, text string) map[string]any {
	return map[string]any{"message": MsgBody(chatID, text)}
}

// MsgBody is a private chat message from chatID (no text when text is "").
func MsgBody(chatID int64, text string) map[string]any {
	m := map[string]any{
		"message_id": 1, "date": 1,
		"chat": map[string]any{"id": chatID, "type": "private"},
		"from": map[string]any{"id": chatID, "is_bot": false, "first_name": "T"},
	}
	if text != "" {
		m["text"] = text
	}
	return m
}

// Mark is where the sent log stands, to wait for what comes after.
func (f *FakeAPI) Mark() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sent)
}

// WaitSent waits for a message to chatID after mark whose text contains want.
func (f *FakeAPI) WaitSent(chatID int64, from int, want ...string) Sent {
	f.t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		f.mu.Lock()
		for _, m := range f.sent[min(from, len(f.sent)):] {
			if m.ChatID != chatID {
				continue
			}
			for _, w := range want {
				if strings.Contains(m.Text, w) {
					f.mu.Unlock()
					return m
				}
			}
		}
		ch := f.changed
		f.mu.Unlock()
		select {
		case <-ch:
		case <-timeout:
			f.t.Fatalf("no message to %d containing %q; sent: %s", chatID, want, f.Dump(from))
		}
	}
}

// TextsTo returns the texts sent to chatID after mark.
func (f *FakeAPI) TextsTo(chatID int64, from int) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, m := range f.sent[min(from, len(f.sent)):] {
		if m.ChatID == chatID {
			out = append(out, m.Text)
		}
	}
	return out
}

func (f *FakeAPI) Dump(from int) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var b strings.Builder
	for _, m := range f.sent[min(from, len(f.sent)):] {
		fmt.Fprintf(&b, "\n  [%d] %q", m.ChatID, m.Text)
	}
	return b.String()
}

// URL is the server's base URL, for the client's server URL option.
func (f *FakeAPI) URL() string { return f.ts.URL }

// Fail429 makes the next n sendMessage calls answer 429 with retry_after 1.
func (f *FakeAPI) Fail429(n int) {
	f.mu.Lock()
	f.fail429 = n
	f.mu.Unlock()
}

// Got429 lists when the 429s were served.
func (f *FakeAPI) Got429() []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.got429...)
}

// Answered lists the callback query ids answered.
func (f *FakeAPI) Answered() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.answered...)
}
