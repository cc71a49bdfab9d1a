// Package copilot is the relationship manager's assistant: a dialog.Responder
// for conversations owned by role manager. It answers, in the manager's
// script, questions about the manager's own book — a customer brief, the LPR
// impact across the floating loans, renewals coming up, open risk alerts (and
// acknowledging them), message drafts for a customer and a search of the
// contact notes — each with a card (cards.go) whose figures come from
// knowledge/ (book views, RepricingImpact, book.Tier). It is rules, not a
// model: the same message on the same book gives the same answer, and every
// reply can be traced to the rule that chose it (route.go).
//
// The copilot sees only the manager's own customers: lookups run over
// Book.CustomersOf(manager), so someone else's customer is "not found",
// exactly like a customer who does not exist.
package copilot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/lpr"
)

// Book is the bank's book as the copilot reads it. *memory.Store and
// *sqlite.Store satisfy it. Unknown ids are errors wrapping dialog.ErrNotFound.
type Book interface {
	// CustomersOf lists the customers a manager looks after now.
	CustomersOf(ctx context.Context, managerID string) ([]book.Customer, error)
	Customer(ctx context.Context, id string) (book.Customer, error)
	// Accounts lists a customer's loan accounts (none: an empty list).
	Accounts(ctx context.Context, customerID string) ([]book.Account, error)
	// Fixings lists the LPR fixings recorded after the shipped history.
	Fixings(ctx context.Context) ([]lpr.Fixing, error)
}

// Records are the contact notes and manager alerts, as dialog.Store keeps
// them: notes newest first, alerts newest first.
type Records interface {
	Notes(ctx context.Context, q dialog.NoteQuery) ([]dialog.Note, error)
	Alerts(ctx context.Context, q dialog.AlertQuery) ([]dialog.Alert, error)
	// AcknowledgeAlert keeps the first acknowledgement's time and author.
	AcknowledgeAlert(ctx context.Context, id, by string, at time.Time) (dialog.Alert, error)
}

// Analyzer reads a message when the turn does not carry an nlu.Analysis
// (the core's analyzer puts one in dialog.Analysis.Detail). *nlu.Analyzer is one.
type Analyzer interface {
	Analyze(text string) nlu.Analysis
}

// Deps are the copilot's collaborators. Book and Records are required.
type Deps struct {
	Book     Book
	Records  Records
	Analyzer Analyzer         // nil: nlu.New()
	Clock    func() time.Time // nil: time.Now in UTC
	Logger   *slog.Logger     // nil: discard
}

// Copilot answers manager turns. It is safe for concurrent use.
type Copilot struct {
	d       Deps
	norm    func(string) string // the NLU's normalisation: Simplified, half-width, lowercase
	reply   *reply.Writer       // replies in the reader's script
	shipped []lpr.Fixing
}

var _ dialog.Responder = (*Copilot)(nil)

// New checks deps and fills defaults; it loads the script dictionaries.
func New(deps Deps) (*Copilot, error) {
	switch {
	case deps.Book == nil:
		return nil, errors.New("copilot: Deps.Book is required")
	case deps.Records == nil:
		return nil, errors.New("copilot: Deps.Records is required")
	}
	if deps.Analyzer == nil {
		a, err := nlu.New()
		if err != nil {
			return nil, fmt.Errorf("copilot: build the NLU: %w", err)
		}
		deps.Analyzer = a
	}
	if deps.Clock == nil {
		deps.Clock = func() time.Time { return time.Now().UTC() }
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	w, err := reply.NewWriter()
	if err != nil {
		return nil, fmt.Errorf("copilot: %w", err)
	}
	c := &Copilot{d: deps, reply: w, shipped: lpr.Shipped()}
	c.norm = func(s string) string { return c.d.Analyzer.Analyze(s).Norm }
	if n, ok := deps.Analyzer.(interface{ Normalizer() *nlu.Normalizer }); ok && n.Normalizer() != nil {
		c.norm = n.Normalizer().Normalize
	}
	return c, nil
}

// Intents of copilot replies (the reply frame's intent).
const (
	IntentBrief     = "customer_brief"
	IntentLPR       = "portfolio_lpr_impact"
	IntentRenewals  = "renewal_list"
	IntentAlerts    = "alert_list"
	IntentAck       = "alert_ack"
	IntentDraft     = "draft_message"
	IntentNotes     = "note_search"
	IntentCustomers = "customer_list"
	IntentHelp      = "help"
	IntentThanks    = "thanks"
	IntentRefused   = "forbidden"
	IntentUnknown   = "unknown"
)

// turn is one Respond call's working set; book reads are cached for the turn.
type turn struct {
	c    *Copilot
	ctx  context.Context
	t    dialog.Turn
	an   nlu.Analysis
	st   *state
	lang string
	now  time.Time
	me   string // the manager's staff id

	customers []book.Customer           // the manager's book
	accts     map[string][]book.Account // by customer id
	hist      *lpr.History
}

// Respond answers one manager message. Any other role gets a polite refusal
// with no data. A failing book or store is answered with an apology (and
// logged), not an error; ctx's error is returned when ctx ends first.
func (c *Copilot) Respond(ctx context.Context, t dialog.Turn) (dialog.Response, error) {
	if err := ctx.Err(); err != nil {
		return dialog.Response{}, err
	}
	an := c.analysis(t)
	st := loadState(t.Conversation.State)
	lang := c.replyLang(t, an, st)
	if t.Principal.Role != dialog.RoleManager || t.Principal.Subject == "" {
		c.d.Logger.Warn("copilot: refused a non-manager turn", "role", string(t.Principal.Role), "conversation_id", t.Conversation.ID)
		return dialog.Response{Replies: []dialog.Reply{c.reply.Render(lang, refusal())}}, nil
	}
	tr := &turn{c: c, ctx: ctx, t: t, an: an, st: &st, lang: lang, now: c.d.Clock(), me: t.Principal.Subject}
	m, err := tr.answer()
	if err := ctx.Err(); err != nil {
		return dialog.Response{}, err
	}
	if err != nil {
		c.d.Logger.Error("copilot: answer", "manager_id", tr.me, "conversation_id", t.Conversation.ID, "err", err)
		m = unavailable()
	}
	st.Lang = lang
	c.d.Logger.Info("copilot answered", "manager_id", tr.me, "conversation_id", t.Conversation.ID,
		"intent", m.Intent, "customer_id", st.Customer, "cards", len(m.Cards))
	return dialog.Response{Replies: []dialog.Reply{c.reply.Render(lang, m)}, State: st.encode()}, nil
}

// analysis is the turn's nlu reading: the core's, or read here.
func (c *Copilot) analysis(t dialog.Turn) nlu.Analysis {
	switch d := t.Analysis.Detail.(type) {
	case nlu.Analysis:
		return d
	case *nlu.Analysis:
		if d != nil {
			return *d
		}
	}
	return c.d.Analyzer.Analyze(t.Message.Text)
}

// replyLang is the message's script, unless the message cannot tell (a bare
// customer id, "确认1" read the same in both scripts) and the conversation
// already has one.
func (c *Copilot) replyLang(t dialog.Turn, an nlu.Analysis, st state) string {
	lang := cmp.Or(an.Lang, t.Analysis.Lang, t.Conversation.Lang, st.Lang, reply.Hans)
	switch lang {
	case reply.Hans, reply.Hant, reply.En:
	default:
		lang = reply.Hans
	}
	prev := cmp.Or(st.Lang, t.Conversation.Lang)
	switch {
	case prev == "":
		return lang
	case scriptless(an.Norm):
		return prev
	case prev == reply.Hant && lang == reply.Hans && c.reply.Script(reply.Hant, t.Message.Text) == t.Message.Text:
		return reply.Hant
	}
	return lang
}

// history is the shipped LPR history with the admin's fixings, read once a turn.
func (tr *turn) history() (lpr.History, error) {
	if tr.hist != nil {
		return *tr.hist, nil
	}
	recorded, err := tr.c.d.Book.Fixings(tr.ctx)
	if err != nil {
		return lpr.History{}, fmt.Errorf("read LPR fixings: %w", err)
	}
	h := lpr.NewHistory(tr.c.shipped, recorded)
	tr.hist = &h
	return h, nil
}

// book is the manager's customers now, read once a turn. A manager the book
// does not know has none.
func (tr *turn) book() ([]book.Customer, error) {
	if tr.customers != nil {
		return tr.customers, nil
	}
	cs, err := tr.c.d.Book.CustomersOf(tr.ctx, tr.me)
	if err != nil && !errors.Is(err, dialog.ErrNotFound) {
		return nil, fmt.Errorf("customers of %s: %w", tr.me, err)
	}
	own := make([]book.Customer, 0, len(cs))
	for _, c := range cs {
		if c.ManagerID == tr.me { // a book that hands over someone else's customer is not trusted
			own = append(own, c)
		}
	}
	tr.customers = own
	return own, nil
}

// customerIDs are the ids of the manager's book; never nil (nil would mean
// every customer to the store).
func (tr *turn) customerIDs() ([]string, error) {
	cs, err := tr.book()
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(cs))
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	return ids, nil
}

// accounts lists a customer's accounts, read once a turn.
func (tr *turn) accounts(customerID string) ([]book.Account, error) {
	if a, ok := tr.accts[customerID]; ok {
		return a, nil
	}
	as, err := tr.c.d.Book.Accounts(tr.ctx, customerID)
	if err != nil && !errors.Is(err, dialog.ErrNotFound) {
		return nil, fmt.Errorf("accounts of %s: %w", customerID, err)
	}
	own := make([]book.Account, 0, len(as))
	for _, a := range as {
		if a.CustomerID == customerID {
			own = append(own, a)
		}
	}
	if tr.accts == nil {
		tr.accts = map[string][]book.Account{}
	}
	tr.accts[customerID] = own
	return own, nil
}

// enName is a customer's name for English text: NameEn when the book has one.
func (tr *turn) enName(customerID string) string {
	for _, c := range tr.customers {
		if c.ID == customerID {
			return displayName(reply.En, c.Name, c.NameEn)
		}
	}
	return customerID
}

// loanView is an account and its view today.
type loanView struct {
	acct book.Account
	view book.Loan
}

// loans are a customer's accounts viewed today; an account the book cannot
// view (bad terms) is logged and left out rather than failing the answer.
func (tr *turn) loans(customerID string) ([]loanView, error) {
	as, err := tr.accounts(customerID)
	if err != nil {
		return nil, err
	}
	h, err := tr.history()
	if err != nil {
		return nil, err
	}
	out := make([]loanView, 0, len(as))
	for _, a := range as {
		v, err := a.View(tr.now, h)
		if err != nil {
			tr.c.d.Logger.Warn("copilot: view account", "loan_id", a.ID, "err", err)
			continue
		}
		out = append(out, loanView{a, v})
	}
	return out, nil
}
