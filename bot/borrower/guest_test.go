package borrower

import (
	"context"
	"strings"
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

// guestSay sends text as a subject on a channel, the way the engine does.
func guestSay(t *testing.T, a *Assistant, subject, channel, text string) dialog.Reply {
	t.Helper()
	an := analyzer(t).Analyze(text)
	p := dialog.Principal{Subject: subject, Role: dialog.RoleBorrower}
	resp, err := a.Respond(context.Background(), dialog.Turn{
		Conversation: dialog.Conversation{ID: "conv-g", CustomerID: subject, Role: p.Role, Channel: channel},
		Principal:    p,
		Message:      dialog.Message{Text: text, Lang: an.Lang},
		Analysis:     dialog.Analysis{Lang: an.Lang, Intent: an.Intent, Detail: an},
	})
	if err != nil || len(resp.Replies) == 0 {
		t.Fatalf("Respond(%q): %v %+v", text, err, resp)
	}
	return resp.Replies[len(resp.Replies)-1]
}

// An unbound Telegram chat (a subject the book does not know) is told how to
// link its account, in its own script, and gets no loan data; calculators
// still work for it.
func TestGuestOwnLoanAsksToBind(t *testing.T) {
	a := newAssistant(t)
	tests := []struct{ text, want string }{
		{"我的贷款还有几期", "/start"},
		{"我的貸款還有幾期", "綁定"},
		{"how many payments are left on my loan", "link your account"},
		{"LPR降了，我的房贷月供会变吗", "绑定"},
	}
	for _, tt := range tests {
		r := guestSay(t, a, "tg:4242", "telegram", tt.text)
		if len(r.Cards) != 0 || !strings.Contains(r.Text, tt.want) || strings.Contains(r.Text, "L-") {
			t.Errorf("%q: %q (%d cards), want %q and no loan", tt.text, r.Text, len(r.Cards), tt.want)
		}
	}
	// A guest whose subject happens to own accounts in a careless book still
	// sees none: the book must know the customer first.
	b := newFakeBook()
	b.accounts["tg:4242"] = b.accounts["c-1001"]
	g, err := New(Deps{Analyzer: analyzer(t), Book: b, Clock: a.d.Clock})
	if err != nil {
		t.Fatal(err)
	}
	if r := guestSay(t, g, "tg:4242", "telegram", "我的贷款还有几期"); len(r.Cards) != 0 || !strings.Contains(r.Text, "/start") {
		t.Errorf("guest with stray accounts: %q", r.Text)
	}
	// General answers work as usual.
	r := guestSay(t, a, "tg:4242", "telegram", "贷款100万，30年，利率4.9%，月供多少")
	if !strings.Contains(r.Text, "5,307.27") && !strings.Contains(r.Text, "5307.27") {
		t.Errorf("calculator for a guest: %q", r.Text)
	}
	// A bound chat is its customer and gets its own figures.
	r = guestSay(t, a, "c-1001", "telegram", "我的贷款还有几期")
	if len(r.Cards) == 0 || strings.Contains(r.Text, "/start") {
		t.Errorf("bound chat: %q", r.Text)
	}
	// On the web an unknown borrower keeps the old answer: no loans found.
	r = guestSay(t, a, "c-9999", "web", "我的贷款还有几期")
	if len(r.Cards) != 0 || strings.Contains(r.Text, "/start") || !strings.Contains(r.Text, "没有") {
		t.Errorf("web guest: %q", r.Text)
	}
}
