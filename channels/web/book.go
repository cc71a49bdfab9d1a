package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// Book is the bank's book as the web channel reads it. Missing customers,
// staff or accounts are dialog.ErrNotFound. Storage adapters implement it.
type Book interface {
	Customer(ctx context.Context, id string) (book.Customer, error)
	Staff(ctx context.Context, id string) (book.Staff, error)
	// CustomersOf lists the customers a manager looks after.
	CustomersOf(ctx context.Context, managerID string) ([]book.Customer, error)
	// Accounts lists a customer's loan accounts (none: an empty list, not ErrNotFound).
	Accounts(ctx context.Context, customerID string) ([]book.Account, error)
	Fixings
}

// agentMaySee reports whether an agent may read a customer's data: only
// customers with a conversation queued for or held by that agent.
func (s *Server) agentMaySee(ctx context.Context, p dialog.Principal, customerID string) (bool, error) {
	return s.d.Engine.AgentMaySee(ctx, p, customerID, "")
}

// maySeeCustomer applies PROTOCOL.md's rule for staff reading a customer: the
// customer's manager, or an agent per agentMaySee. An unknown customer is
// refused the same way as someone else's, so ids cannot be probed.
func (s *Server) maySeeCustomer(ctx context.Context, p dialog.Principal, customerID string) (book.Customer, bool, error) {
	c, err := s.d.Book.Customer(ctx, customerID)
	if errors.Is(err, dialog.ErrNotFound) {
		return book.Customer{}, false, nil
	}
	if err != nil {
		return book.Customer{}, false, err
	}
	switch p.Role {
	case dialog.RoleManager:
		return c, c.ManagerID == p.Subject, nil
	case dialog.RoleAgent:
		ok, err := s.agentMaySee(ctx, p, customerID)
		return c, ok, err
	}
	return c, false, nil
}

// bookOf lists the customers a manager looks after now; a manager the book
// does not know has none.
func (s *Server) bookOf(ctx context.Context, managerID string) ([]book.Customer, error) {
	cs, err := s.d.Book.CustomersOf(ctx, managerID)
	if err != nil && !errors.Is(err, dialog.ErrNotFound) {
		return nil, fmt.Errorf("customers of %s: %w", managerID, err)
	}
	return cs, nil
}

// loans renders a customer's accounts as PROTOCOL loans on the server's today.
func (s *Server) loans(ctx context.Context, customerID string) ([]book.Loan, error) {
	accts, err := s.d.Book.Accounts(ctx, customerID)
	if err != nil && !errors.Is(err, dialog.ErrNotFound) {
		return nil, err
	}
	h, err := s.history(ctx)
	if err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	out := make([]book.Loan, 0, len(accts))
	for _, a := range accts {
		l, err := a.View(now, h)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

// myLoans is GET /v1/me/loans: the borrower's own loans, [loan].
func (s *Server) myLoans(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	ls, err := s.loans(r.Context(), p.Subject)
	s.answer(w, r, ls, err)
}

// customerProfile is GET /v1/customers/{id}. The phone number is masked.
type customerProfile struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	NameEn    string `json:"name_en,omitempty"`
	Lang      string `json:"lang"`
	ManagerID string `json:"manager_id"`
	Segment   string `json:"segment"`
	Phone     string `json:"phone"`
	Tier      string `json:"tier"`
	// TierReason is a short English reason for the tier.
	TierReason string `json:"tier_reason"`
}

func (s *Server) customer(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	c, ok := s.customerFor(w, r, p)
	if !ok {
		return
	}
	prof, _, err := s.profile(r.Context(), c)
	s.answer(w, r, prof, err)
}

// profile is a customer as staff see them, with their loans.
func (s *Server) profile(ctx context.Context, c book.Customer) (customerProfile, []book.Loan, error) {
	ls, err := s.loans(ctx, c.ID)
	if err != nil {
		return customerProfile{}, nil, err
	}
	tier, why, err := s.tier(ctx, c, ls)
	if err != nil {
		return customerProfile{}, nil, err
	}
	return customerProfile{
		ID: c.ID, Name: c.Name, NameEn: c.NameEn, Lang: c.Lang, ManagerID: c.ManagerID,
		Segment: c.Segment, Phone: maskPhone(c.Phone), Tier: tier, TierReason: why,
	}, ls, nil
}

// customerLoans is GET /v1/customers/{id}/loans: [loan].
func (s *Server) customerLoans(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	c, ok := s.customerFor(w, r, p)
	if !ok {
		return
	}
	ls, err := s.loans(r.Context(), c.ID)
	s.answer(w, r, ls, err)
}

// customerFor loads the customer named in the path when p may see them,
// answering the error (403 also for unknown ids, so ids can't be probed) otherwise.
func (s *Server) customerFor(w http.ResponseWriter, r *http.Request, p dialog.Principal) (book.Customer, bool) {
	c, ok, err := s.maySeeCustomer(r.Context(), p, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return book.Customer{}, false
	}
	if !ok {
		writeError(w, errForbidden)
		return book.Customer{}, false
	}
	return c, true
}

// maskPhone keeps the first three and last four digits: 138****5678.
func maskPhone(p string) string {
	r := []rune(p)
	if len(r) <= 7 {
		return strings.Repeat("*", len(r))
	}
	return string(r[:3]) + strings.Repeat("*", len(r)-7) + string(r[len(r)-4:])
}

// conversationView is GET /v1/conversations/{id}. Sentiment, flags and the
// note id are for staff only.
type conversationView struct {
	ID         string          `json:"id"`
	CustomerID string          `json:"customer_id"`
	Channel    string          `json:"channel"`
	Status     string          `json:"status"`
	StartedAt  time.Time       `json:"started_at"`
	EndedAt    *time.Time      `json:"ended_at,omitempty"`
	NoteID     string          `json:"note_id,omitempty"`
	Messages   []transcriptRow `json:"messages"`
}

type transcriptRow struct {
	Seq       int64             `json:"seq"`
	From      string            `json:"from"`
	AgentName string            `json:"agent_name,omitempty"`
	Text      string            `json:"text"`
	At        time.Time         `json:"at"`
	Intent    string            `json:"intent,omitempty"`
	Cards     []dialog.Card     `json:"cards,omitempty"`
	Sentiment *dialog.Sentiment `json:"sentiment,omitempty"`
	Flags     []dialog.Flag     `json:"flags,omitempty"`
}

// conversation may be read by its owner, the owner customer's manager, or an
// agent it is queued for or held by. Copilot threads (owned by a manager) only by that manager.
func (s *Server) conversation(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	conv, entries, err := s.d.Engine.Transcript(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	owner := conv.CustomerID == p.Subject && conv.Role == p.Role
	allowed := owner
	switch {
	case allowed || conv.Role != dialog.RoleBorrower:
	case p.Role == dialog.RoleManager:
		if _, allowed, err = s.maySeeCustomer(r.Context(), p, conv.CustomerID); err != nil {
			s.fail(w, r, err)
			return
		}
	case p.Role == dialog.RoleAgent:
		// This conversation, not the customer's others: an agent's queue is conversations.
		if allowed, err = s.d.Engine.AgentMaySee(r.Context(), p, "", conv.ID); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	if !allowed {
		writeError(w, errForbidden)
		return
	}
	staff := p.Role != dialog.RoleBorrower
	v := conversationView{
		ID: conv.ID, CustomerID: conv.CustomerID, Channel: conv.Channel, Status: string(conv.Status),
		StartedAt: conv.StartedAt, Messages: make([]transcriptRow, 0, len(entries)),
	}
	if !conv.EndedAt.IsZero() {
		v.EndedAt = &conv.EndedAt
	}
	if staff {
		v.NoteID = conv.NoteID
	}
	for _, e := range entries {
		row := transcriptRow{Seq: e.Seq, From: e.From, AgentName: e.AgentName, Text: e.Text, At: e.At, Intent: e.Intent, Cards: e.Cards}
		if staff {
			row.Sentiment, row.Flags = e.Sentiment, e.Flags
		}
		v.Messages = append(v.Messages, row)
	}
	writeJSON(w, http.StatusOK, v)
}

// riskFlags are PROTOCOL.md's flag codes, accepted by GET /v1/notes?flag=.
var riskFlags = []string{"job_loss", "income_drop", "illness", "business_distress", "repayment_difficulty",
	"intent_to_default", "multi_debt", "complaint_escalation", "legal_threat", "fraud_risk",
	"contact_change", "collateral_issue", "self_harm"}

// notesQuery reads ?customer_id=&flag=&since=&limit=. since is RFC 3339 or
// YYYY-MM-DD; limit is 1..500 (default 100).
func notesQuery(r *http.Request) (customerID string, q dialog.NoteQuery, e *apiError) {
	v := r.URL.Query()
	customerID = strings.TrimSpace(v.Get("customer_id"))
	if len(customerID) > 128 {
		return "", q, errField("customer_id", "customer_id is too long")
	}
	if f := v.Get("flag"); f != "" {
		if !slices.Contains(riskFlags, f) {
			return "", q, errField("flag", "flag must be one of PROTOCOL.md's risk flag codes")
		}
		q.Flag = f
	}
	if q.Since, e = sinceParam(v); e != nil {
		return "", q, e
	}
	if q.Limit, e = limitParam(v); e != nil {
		return "", q, e
	}
	return customerID, q, nil
}

// sinceParam reads ?since= as an RFC 3339 timestamp or a date YYYY-MM-DD
// (midnight UTC); absent is the zero time.
func sinceParam(v url.Values) (time.Time, *apiError) {
	since := v.Get("since")
	if since == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, since)
	if err != nil {
		t, err = time.Parse(time.DateOnly, since)
	}
	if err != nil {
		return time.Time{}, errField("since", "since must be an RFC 3339 timestamp or a date YYYY-MM-DD")
	}
	return t.UTC(), nil
}

// limitParam reads ?limit= as 1..500, default 100.
func limitParam(v url.Values) (int, *apiError) {
	l := v.Get("limit")
	if l == "" {
		return 100, nil
	}
	n, err := strconv.Atoi(l)
	if err != nil || n < 1 || n > 500 {
		return 0, errField("limit", "limit must be 1 to 500")
	}
	return n, nil
}

// notes is GET /v1/notes: contact notes newest first, [note]. A manager sees
// only their customers' notes and a customer_id outside their book is 403;
// an agent per agentMaySee (today: 403 with a customer_id, [] without).
func (s *Server) notes(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	customerID, q, e := notesQuery(r)
	if e != nil {
		writeError(w, e)
		return
	}
	ctx := r.Context()
	if customerID != "" {
		_, ok, err := s.maySeeCustomer(ctx, p, customerID)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if !ok {
			writeError(w, errForbidden)
			return
		}
		q.CustomerIDs = []string{customerID}
	} else {
		q.CustomerIDs = []string{}
		if p.Role == dialog.RoleManager {
			cs, err := s.bookOf(ctx, p.Subject)
			if err != nil {
				s.fail(w, r, err)
				return
			}
			for _, c := range cs {
				q.CustomerIDs = append(q.CustomerIDs, c.ID)
			}
		}
	}
	var ns []dialog.Note
	if len(q.CustomerIDs) > 0 {
		var err error
		if ns, err = s.d.Store.Notes(ctx, q); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	out := make([]dialog.Note, 0, len(ns))
	for _, n := range ns {
		if n.Intents == nil {
			n.Intents = []string{}
		}
		if n.Cards == nil {
			n.Cards = []dialog.Card{}
		}
		if n.Flags == nil {
			n.Flags = []dialog.Flag{}
		}
		out = append(out, n)
	}
	writeJSON(w, http.StatusOK, out)
}

// bindingTTL is how long a Telegram binding code works.
const bindingTTL = 10 * time.Minute

// telegramBinding is POST /v1/me/telegram-binding → {code, expires_at}: a
// one-time code (single use, 10 minutes) the customer sends the bot as
// /start CODE. 501 not_implemented when no binding store is configured.
func (s *Server) telegramBinding(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	if s.d.Bindings == nil {
		writeError(w, &apiError{http.StatusNotImplemented, codeNotImplemented, "Telegram binding is not available"})
		return
	}
	if _, err := s.d.Book.Customer(r.Context(), p.Subject); err != nil {
		if errors.Is(err, dialog.ErrNotFound) {
			writeError(w, errForbidden)
			return
		}
		s.log.Error("telegram binding: load customer", "customer_id", p.Subject, "err", err)
		writeError(w, errInternal)
		return
	}
	code, exp, err := s.d.Bindings.IssueCode(r.Context(), p.Subject, bindingTTL, s.cfg.Now())
	if err != nil {
		s.log.Error("telegram binding: issue code", "customer_id", p.Subject, "err", err)
		writeError(w, errInternal)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Code      string `json:"code"`
		ExpiresAt string `json:"expires_at"`
	}{code, exp.UTC().Format(time.RFC3339)})
}

// demoToken is POST /v1/demo/token {"sub","role"} → {"token","expires_at"},
// only in demo mode (404 otherwise). The subject must be in the book: a
// customer for borrower, a staff member with that role otherwise.
func (s *Server) demoToken(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.Demo {
		writeError(w, errNotFound)
		return
	}
	obj, e := s.readObject(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	var sub, role string
	if e := obj.decode(req("sub", &sub), req("role", &role)); e != nil {
		writeError(w, e)
		return
	}
	p := dialog.Principal{Subject: sub, Role: dialog.Role(role)}
	if !p.Role.Valid() {
		writeError(w, errField("role", "role must be borrower, manager, agent or admin"))
		return
	}
	ctx := r.Context()
	var err error
	if p.Role == dialog.RoleBorrower {
		var c book.Customer
		if c, err = s.d.Book.Customer(ctx, sub); err == nil {
			p.Name = c.Name
		}
	} else {
		var st book.Staff
		if st, err = s.d.Book.Staff(ctx, sub); err == nil {
			if st.Role != role {
				err = dialog.ErrNotFound
			}
			p.Name = st.Name
		}
	}
	if errors.Is(err, dialog.ErrNotFound) {
		writeError(w, errField("sub", "no "+role+" with this id in the book"))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	now := s.cfg.Now()
	tok, err := IssueToken(s.cfg.JWTSecret, p, s.cfg.DemoTokenTTL, now)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"token": tok, "expires_at": now.Add(s.cfg.DemoTokenTTL).UTC().Format(time.RFC3339)})
}
