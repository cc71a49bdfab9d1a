package borrower

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
	"github.com/loandesk/loandesk/knowledge/kb"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/product"
)

// Analyzer reads a message when the turn does not carry an nlu.Analysis.
type Analyzer interface {
	Analyze(text string) nlu.Analysis
}

// Book is the bank's book as the assistant reads it. Implementations return
// an error wrapping dialog.ErrNotFound for an unknown customer.
type Book interface {
	Customer(ctx context.Context, id string) (book.Customer, error)
	// Accounts lists a customer's loan accounts.
	Accounts(ctx context.Context, customerID string) ([]book.Account, error)
	// Fixings lists the LPR fixings recorded by an admin after the shipped history.
	Fixings(ctx context.Context) ([]lpr.Fixing, error)
}

// Deps are the assistant's collaborators. Analyzer and Book are required.
type Deps struct {
	Analyzer  Analyzer
	Book      Book
	Catalogue product.Catalogue // zero: product.Defaults()
	FAQ       []kb.Entry        // nil: kb.Defaults()
	Clock     func() time.Time  // nil: time.Now in UTC
	Logger    *slog.Logger      // nil: discard
	Hotline   string            // the service line named in handoff replies; default DefaultHotline
	// CrisisLine is the mental-health crisis line named to a customer who speaks
	// of self-harm; default DefaultCrisisLine.
	CrisisLine string
}

// DefaultCrisisLine is the national psychological assistance line (心理援助热线).
const DefaultCrisisLine = "12356"

// DefaultHotline is a placeholder service number until the bank configures its own.
const DefaultHotline = "95xxx"

// Assistant answers borrower turns. It is safe for concurrent use.
type Assistant struct {
	d       Deps
	reply   *reply.Writer // replies in the reader's script
	shipped []lpr.Fixing  // the LPR history shipped with the binary, parsed once
}

var _ dialog.Responder = (*Assistant)(nil)

// New checks deps, fills defaults and loads the Simplified→Traditional dictionaries.
func New(deps Deps) (*Assistant, error) {
	switch {
	case deps.Analyzer == nil:
		return nil, errors.New("borrower: Deps.Analyzer is required")
	case deps.Book == nil:
		return nil, errors.New("borrower: Deps.Book is required")
	}
	if deps.Catalogue.Products == nil {
		deps.Catalogue = product.Defaults()
	}
	if deps.FAQ == nil {
		deps.FAQ = kb.Defaults()
	}
	if deps.Clock == nil {
		deps.Clock = func() time.Time { return time.Now().UTC() }
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	deps.Hotline = cmp.Or(deps.Hotline, DefaultHotline)
	deps.CrisisLine = cmp.Or(deps.CrisisLine, DefaultCrisisLine)
	w, err := reply.NewWriter()
	if err != nil {
		return nil, fmt.Errorf("borrower: %w", err)
	}
	return &Assistant{d: deps, reply: w, shipped: lpr.Shipped()}, nil
}
