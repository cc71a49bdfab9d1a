package telegram

import (
	"github.com/loandesk/loandesk/channels/telegram/telegramtest"
	"strings"
	"sync"
	"testing"
	"time"

	loanbot "github.com/loandesk/loandesk/bot"
	"github.com/loandesk/loandesk/bot/borrower"
	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/storage/memory"
)

var (
	nluOnce sync.Once
	nluA    *nlu.Analyzer
	nluErr  error
)

type rig struct {
	api   *telegramtest.FakeAPI
	store *memory.Store
	binds *memory.Bindings
	eng   *dialog.Engine
	bot   *Bot
}

func newRig(t *testing.T, mut ...func(*Config)) *rig {
	t.Helper()
	nluOnce.Do(func() { nluA, nluErr = nlu.New() })
	if nluErr != nil {
		t.Fatal(nluErr)
	}
	st := memory.NewStore()
	cs, staff, accts, _ := book.DemoBook(time.Now().UTC())
	if err := st.SeedBook(t.Context(), cs, staff, accts); err != nil {
		t.Fatal(err)
	}
	asst, err := borrower.New(borrower.Deps{Analyzer: nluA, Book: st})
	if err != nil {
		t.Fatal(err)
	}
	eng, err := dialog.NewEngine(dialog.Config{TurnTimeout: 10 * time.Second, QueueTick: 10 * time.Millisecond, HandoffWait: time.Hour},
		dialog.Deps{Store: st, Bus: memory.NewBus(memory.DefaultBuffer), Locker: memory.NewLocker(),
			Analyzer: loanbot.NewAnalyzer(nluA), Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: asst}})
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eng.Stop)
	api := telegramtest.New(t)
	binds := memory.NewBindings()
	cfg := Config{Token: "123:test", APIURL: api.URL(), PollTimeout: 2 * time.Second,
		PerChatInterval: 5 * time.Millisecond, GlobalInterval: time.Millisecond, RetryBackoff: 10 * time.Millisecond}
	for _, m := range mut {
		m(&cfg)
	}
	b, err := New(cfg, Deps{Engine: eng, Bindings: binds, Customers: st})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Stop)
	return &rig{api: api, store: st, binds: binds, eng: eng, bot: b}
}

// loanOf is the customer's first loan id in the book.
func (r *rig) loanOf(t *testing.T, customerID string) string {
	t.Helper()
	accts, err := r.store.Accounts(t.Context(), customerID)
	if err != nil || len(accts) == 0 {
		t.Fatalf("accounts of %s: %v", customerID, err)
	}
	return accts[0].ID
}

// openConversation is the chat's open telegram conversation.
func (r *rig) openConversation(t *testing.T, subject string) dialog.Conversation {
	t.Helper()
	convs, err := r.store.ConversationsOf(t.Context(), subject, 20)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range convs {
		if c.Status == dialog.StatusOpen && c.Channel == "telegram" {
			return c
		}
	}
	t.Fatalf("no open telegram conversation of %s in %+v", subject, convs)
	return dialog.Conversation{}
}

// The whole path the issue's check walks: an unbound chat gets no personal
// data, a code binds it, it gets its own loan, calculators answer, 转人工
// queues it, agent and customer talk, the note says telegram.
func TestBindingLoanCalculatorHandoff(t *testing.T) {
	r := newRig(t)
	const chat = 5001
	loanID := r.loanOf(t, "c-1001")

	// Unbound: told how to bind, no loan.
	m := r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "我的贷款还有几期"))
	got := r.api.WaitSent(chat, m, "/start")
	for _, text := range r.api.TextsTo(chat, m) {
		if strings.Contains(text, loanID) || strings.Contains(text, "L-") {
			t.Fatalf("unbound chat saw a loan: %q", text)
		}
	}
	if !strings.Contains(got.Text, "绑定") {
		t.Errorf("bind hint not in Simplified Chinese: %q", got.Text)
	}

	// A bad code is refused; a good one binds.
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "/start WRONG234"))
	r.api.WaitSent(chat, m, "无效")
	code, _, err := r.binds.IssueCode(t.Context(), "c-1001", 10*time.Minute, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "/start "+code))
	r.api.WaitSent(chat, m, "绑定成功")

	// Bound: its own loan's figures.
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "我的贷款还有几期"))
	own := r.api.WaitSent(chat, m, loanID)
	if len(own.Entities) == 0 || own.Entities[0].Type != "pre" {
		t.Errorf("loan card not in monospace: %+v", own.Entities)
	}

	// A calculator question.
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "贷款100万，30年，利率4.9%，月供多少"))
	r.api.WaitSent(chat, m, "5,307.27", "5307.27")

	// Handoff: queued, connected, both ways, resolved.
	agent := dialog.Principal{Subject: "a-01", Role: dialog.RoleAgent, Name: "小王"}
	watch, err := r.eng.JoinDesk(agent, dialog.Seat{ID: "a-01", Name: "小王"})
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Leave()
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "转人工"))
	r.api.WaitSent(chat, m, "排第")
	conv := r.openConversation(t, "c-1001")
	ctx := t.Context()
	m = r.api.Mark()
	if err := r.eng.Claim(ctx, agent, conv.ID); err != nil {
		t.Fatal(err)
	}
	r.api.WaitSent(chat, m, "小王 已接入")
	_, seat, err := r.eng.Take(ctx, agent, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer seat.Close()
	m = r.api.Mark()
	if _, err := r.eng.AgentPost(ctx, agent, conv.ID, dialog.Inbound{ID: "a1", Text: "您好，我是小王，请问有什么可以帮您？"}); err != nil {
		t.Fatal(err)
	}
	r.api.WaitSent(chat, m, "小王: 您好，我是小王")
	r.api.Push(0, telegramtest.Message(chat, "我想了解一下提前还款"))
	waitFrame(t, seat, func(f dialog.Frame) bool {
		return f.Type == dialog.FrameCustomerMessage && f.Text == "我想了解一下提前还款"
	})
	m = r.api.Mark()
	if err := r.eng.Resolve(ctx, agent, conv.ID, "resolved", "explained prepayment"); err != nil {
		t.Fatal(err)
	}
	r.api.WaitSent(chat, m, "人工服务已结束")
	note, err := r.store.NoteOf(ctx, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if note.Channel != "telegram" || note.CustomerID != "c-1001" || note.Handoff == nil {
		t.Errorf("note: channel %q customer %q handoff %+v", note.Channel, note.CustomerID, note.Handoff)
	}

	// The next message opens a new conversation; /unbind makes the chat a guest again.
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "/unbind"))
	r.api.WaitSent(chat, m, "已解除绑定")
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "我的贷款还有几期"))
	r.api.WaitSent(chat, m, "/start")
	for _, text := range r.api.TextsTo(chat, m) {
		if strings.Contains(text, loanID) {
			t.Fatalf("unbound chat saw its old loan: %q", text)
		}
	}
}

func waitFrame(t *testing.T, s *dialog.Session, ok func(dialog.Frame) bool) dialog.Frame {
	t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case f, open := <-s.Frames():
			if !open {
				t.Fatal("seat session closed")
			}
			if ok(f) {
				return f
			}
		case <-timeout:
			t.Fatal("no such frame at the seat")
		}
	}
}

// Failures and odd updates: a 429 is waited out, edits and photos get a
// polite answer, a redelivered update is handled once, quick replies are
// buttons whose callback is answered and posted, English stays English.
func TestLimitsAndOddUpdates(t *testing.T) {
	r := newRig(t)
	const chat = 6001

	r.api.Fail429(1)
	m := r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "你好"))
	hello := r.api.WaitSent(chat, m, "您好")
	got429 := r.api.Got429()
	if len(got429) != 1 || hello.At.Sub(got429[0]) < time.Second {
		t.Errorf("429 at %v, telegramtest.Sent at %v: want retry_after (1s) honoured", got429, hello.At)
	}

	// Quick replies are an inline keyboard; a press is answered and posted.
	if len(hello.Keyboard.InlineKeyboard) == 0 {
		t.Fatalf("greeting has no keyboard: %+v", hello)
	}
	btn := hello.Keyboard.InlineKeyboard[0][0]
	if btn.CallbackData == "" || len(btn.CallbackData) > 64 {
		t.Fatalf("callback data %q", btn.CallbackData)
	}
	m = r.api.Mark()
	r.api.Push(0, map[string]any{"callback_query": map[string]any{
		"id": "cb-1", "from": map[string]any{"id": chat, "is_bot": false, "first_name": "T"},
		"message": telegramtest.MsgBody(chat, hello.Text), "chat_instance": "x", "data": btn.CallbackData,
	}})
	r.api.WaitSent(chat, m, "收入", "额度")
	answered := r.api.Answered()
	if len(answered) != 1 || answered[0] != "cb-1" {
		t.Errorf("answered callbacks %v", answered)
	}

	// Edited and non-text messages.
	m = r.api.Mark()
	r.api.Push(0, map[string]any{"edited_message": telegramtest.MsgBody(chat, "改一下")})
	r.api.WaitSent(chat, m, "修改")
	photo := telegramtest.MsgBody(chat, "")
	photo["photo"] = []map[string]any{{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}}
	m = r.api.Mark()
	r.api.Push(0, map[string]any{"message": photo})
	r.api.WaitSent(chat, m, "文字")

	// The same update delivered twice is handled once.
	m = r.api.Mark()
	id := r.api.Push(0, telegramtest.Message(chat, "谢谢"))
	r.api.Push(id, telegramtest.Message(chat, "谢谢"))
	r.api.Push(0, telegramtest.Message(chat, "你好"))
	r.api.WaitSent(chat, m, "不客气")
	r.api.WaitSent(chat, m, "您好")
	n := 0
	for _, text := range r.api.TextsTo(chat, m) {
		if strings.Contains(text, "不客气") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("thanks answered %d times", n)
	}
	conv := r.openConversation(t, guest(chat).Subject)
	msgs, err := r.store.Messages(t.Context(), conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	n = 0
	for _, msg := range msgs {
		if msg.Text == "谢谢" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("thanks stored %d times", n)
	}

	// Another chat in English gets English.
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(6002, "how many payments are left on my loan"))
	r.api.WaitSent(6002, m, "link your account")
}

// A reply longer than Telegram allows is split on lines, each part within
// 4096 UTF-16 units, and the keyboard rides on the last part.
func TestLongReplySplit(t *testing.T) {
	var lines []string
	for i := range 400 {
		lines = append(lines, strings.Repeat("贷", 10)+"😀"+strings.Repeat("x", i%7))
	}
	text := strings.Join(lines, "\n")
	keys := newActionKeys(8)
	msgs := renderReply(dialog.Frame{Type: dialog.FrameReply, From: "bot", Text: text,
		QuickReplies: []dialog.QuickReply{{Label: "转人工", Action: "转人工"}}}, "zh-Hans", keys)
	if len(msgs) < 2 {
		t.Fatalf("%d messages for %d units", len(msgs), units(text))
	}
	var joined []string
	for i, m := range msgs {
		if u := units(m.text); u > maxUnits {
			t.Errorf("part %d has %d units", i, u)
		}
		if (m.keyboard != nil) != (i == len(msgs)-1) {
			t.Errorf("keyboard on part %d of %d", i, len(msgs))
		}
		joined = append(joined, m.text)
	}
	if strings.Join(joined, "\n") != text {
		t.Error("split lost or changed text")
	}
	// One line with no break at all is cut between runes.
	msgs = split([]block{{text: strings.Repeat("😀", 5000)}}, maxUnits)
	if len(msgs) != 3 || units(msgs[0].text) != 4096 {
		t.Errorf("unbroken line: %d parts, first %d units", len(msgs), units(msgs[0].text))
	}
}

func TestScheduleCardTable(t *testing.T) {
	rows := make([]map[string]any, 360)
	for i := range rows {
		rows[i] = map[string]any{"period": i + 1, "payment": "5307.27", "principal": "1223.94", "interest": "4083.33", "balance": "998776.06"}
	}
	card, err := dialog.NewCard(map[string]any{"kind": "repayment_schedule", "method": "equal_installment", "principal": "1000000.00",
		"annual_rate_pct": "4.9", "term_months": 360, "first_payment": "5307.27", "rows": rows})
	if err != nil {
		t.Fatal(err)
	}
	msgs := renderReply(dialog.Frame{Text: "月供 5,307.27 元", Cards: []dialog.Card{card}}, "zh-Hans", nil)
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	text := msgs[0].text
	if !strings.Contains(text, "5307.27") || strings.Count(text, "998776.06") != maxTableRows || !strings.Contains(text, "另有 348 期") {
		t.Errorf("schedule table:\n%s", text)
	}
	if len(msgs[0].entities) != 2 {
		t.Errorf("entities %+v", msgs[0].entities)
	}
	for _, e := range msgs[0].entities {
		if e.Offset+e.Length > units(text) {
			t.Errorf("entity %+v past the text", e)
		}
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ text, code, want string }{
		{"我的贷款还有几期", "", "zh-Hans"},
		{"我的貸款還有幾期", "", "zh-Hant"},
		{"how much can I borrow", "zh-hans", "en"},
		{"/start ABCD2345", "en", "en"},
		{"", "zh-TW", "zh-Hant"},
		{"123", "", ""},
	}
	for _, tt := range tests {
		if got := detectLang(tt.text, tt.code); got != tt.want {
			t.Errorf("detectLang(%q, %q) = %q, want %q", tt.text, tt.code, got, tt.want)
		}
	}
}

func TestCommand(t *testing.T) {
	tests := []struct{ in, cmd, arg string }{
		{"/start ABCD2345", "/start", "ABCD2345"},
		{"/START@loandesk_bot  abcd 2345 ", "/start", "abcd 2345"},
		{"/unbind", "/unbind", ""},
		{"hello /start", "", ""},
	}
	for _, tt := range tests {
		if cmd, arg := command(tt.in); cmd != tt.cmd || arg != tt.arg {
			t.Errorf("command(%q) = %q %q", tt.in, cmd, arg)
		}
	}
}

// A quiet chat's worker retires; the chat's next update starts a new one.
func TestIdleChatWorkerRetires(t *testing.T) {
	r := newRig(t, func(c *Config) { c.ChatIdle = 50 * time.Millisecond })
	const chat = 5009
	m := r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "你好"))
	r.api.WaitSent(chat, m, "")
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		r.bot.mu.Lock()
		n := len(r.bot.chats)
		r.bot.mu.Unlock()
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("an idle chat's worker never retired")
		}
	}
	m = r.api.Mark()
	r.api.Push(0, telegramtest.Message(chat, "贷款100万，30年，利率4.9%，月供多少"))
	r.api.WaitSent(chat, m, "5,307.27")
}
