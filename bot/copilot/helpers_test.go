package copilot_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loandesk/loandesk/bot"
	"github.com/loandesk/loandesk/bot/copilot"
	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/storage/memory"
	"github.com/loandesk/loandesk/storage/sqlite"
)

// The copilot's ports are the stores' method sets as they are.
var (
	_ copilot.Book    = (*memory.Store)(nil)
	_ copilot.Records = (*memory.Store)(nil)
	_ copilot.Book    = (*sqlite.Store)(nil)
	_ copilot.Records = (*sqlite.Store)(nil)
)

// now is the pinned clock: 2026-12-02 10:00 Beijing time.
var now = time.Date(2026, 12, 2, 2, 0, 0, 0, time.UTC)

var (
	m01 = dialog.Principal{Subject: "m-01", Role: dialog.RoleManager, Name: "陈经理"}
	m02 = dialog.Principal{Subject: "m-02", Role: dialog.RoleManager, Name: "刘经理"}
)

var (
	nluOnce sync.Once
	nluA    *nlu.Analyzer
)

// analyzer is one NLU for the package's tests (it trains a classifier at New).
func analyzer(t testing.TB) *nlu.Analyzer {
	t.Helper()
	nluOnce.Do(func() {
		a, err := nlu.New()
		if err != nil {
			panic(err)
		}
		nluA = a
	})
	return nluA
}

// fixture is the demo book in a memory store with the copilot over it.
type fixture struct {
	t     testing.TB
	store *memory.Store
	cp    *copilot.Copilot
	az    bot.Analyzer
	h     lpr.History
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	st := memory.NewStore()
	cs, staff, accts, _ := book.DemoBook(now)
	if err := st.SeedBook(context.Background(), cs, staff, accts); err != nil {
		t.Fatal(err)
	}
	a := analyzer(t)
	cp, err := copilot.New(copilot.Deps{Book: st, Records: st, Analyzer: a, Clock: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, store: st, cp: cp, az: bot.NewAnalyzer(a), h: lpr.NewHistory(lpr.Shipped())}
}

// ask sends text as p with the given state, the way the engine does (the
// core's analysis in Detail), and returns the reply and the new state.
func (f *fixture) ask(p dialog.Principal, text string, state []byte) (dialog.Reply, []byte) {
	f.t.Helper()
	an := f.az.Analyze(context.Background(), text)
	resp, err := f.cp.Respond(context.Background(), dialog.Turn{
		Conversation: dialog.Conversation{ID: "cv-test", CustomerID: p.Subject, Role: p.Role, State: state},
		Principal:    p, Message: dialog.Message{Text: text, At: now}, Analysis: an,
	})
	if err != nil {
		f.t.Fatalf("%q: %v", text, err)
	}
	if len(resp.Replies) != 1 {
		f.t.Fatalf("%q: %d replies", text, len(resp.Replies))
	}
	if resp.State == nil {
		resp.State = state
	}
	return resp.Replies[0], resp.State
}

// cardOf decodes the reply's card of kind into v; false when there is none.
func cardOf(r dialog.Reply, kind string, v any) bool {
	for _, c := range r.Cards {
		if c.Kind() == kind {
			if err := json.Unmarshal(c, v); err != nil {
				panic(err)
			}
			return true
		}
	}
	return false
}

// conversation creates a borrower conversation for customerID.
func (f *fixture) conversation(id, customerID string, at time.Time) {
	f.t.Helper()
	err := f.store.CreateConversation(context.Background(), dialog.Conversation{ID: id, CustomerID: customerID,
		Role: dialog.RoleBorrower, Channel: "web", Status: dialog.StatusOpen, StartedAt: at, LastActive: at})
	if err != nil {
		f.t.Fatal(err)
	}
}

// alert raises an open risk alert on a new conversation, raised at at.
func (f *fixture) alert(id, customerID, code, severity, evidence string, at time.Time) {
	f.t.Helper()
	conv := "cv-" + id
	f.conversation(conv, customerID, at)
	_, err := f.store.RaiseAlerts(context.Background(), []dialog.Alert{{
		ID: id, Kind: dialog.AlertRisk, CustomerID: customerID, ConversationID: conv, Code: code, Severity: severity,
		Evidence: evidence, Action: dialog.ActionContact, CreatedAt: at, DueAt: at.Add(dialog.AlertDue), Status: dialog.AlertOpen,
	}})
	if err != nil {
		f.t.Fatal(err)
	}
}

// note ends a new conversation of customerID at at with a note carrying flags.
func (f *fixture) note(id, customerID, summary string, at time.Time, flags ...dialog.Flag) {
	f.t.Helper()
	conv := "cv-" + id
	f.conversation(conv, customerID, at.Add(-10*time.Minute))
	_, _, _, err := f.store.Finish(context.Background(), conv, dialog.Note{
		ID: id, ConversationID: conv, CustomerID: customerID, Channel: "web", StartedAt: at.Add(-10 * time.Minute), EndedAt: at,
		EndReason: "customer", Lang: "zh-Hans", Summary: summary, Intents: []string{"hardship"}, Flags: flags,
	}, dialog.Frame{Type: dialog.FrameEnded, ConversationID: conv, At: at})
	if err != nil {
		f.t.Fatal(err)
	}
}

func has(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}
