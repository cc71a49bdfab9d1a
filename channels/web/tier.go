package web

import (
	"context"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// tierNotes is how many recent notes are read for open flags.
const tierNotes = 50

// tier is the customer's A/B/C/D tier (DOMAIN.md §8) and why. Open flags are
// the high and critical flags of the customer's recent notes: nothing clears
// a flag yet, so every such flag counts as open.
func (s *Server) tier(ctx context.Context, c book.Customer, ls []book.Loan) (string, string, error) {
	ns, err := s.d.Store.Notes(ctx, dialog.NoteQuery{CustomerIDs: []string{c.ID}, Limit: tierNotes})
	if err != nil {
		return "", "", err
	}
	open := 0
	for _, n := range ns {
		for _, f := range n.Flags {
			if f.Severity == "high" || f.Severity == "critical" {
				open++
			}
		}
	}
	t, why := book.Tier(c, ls, open)
	return t, why, nil
}
