package memory

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"time"

	"github.com/loandesk/loandesk/knowledge/lpr"
)

// AddFixing records an admin's fixing, replacing any fixing of the same date.
func (s *Store) AddFixing(ctx context.Context, f lpr.Fixing) error {
	// The calendar date as written (lpr's JSON does the same), at UTC midnight.
	y, m, d := f.Date.Date()
	f.Date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.book.fixings[f.Date.Format(time.DateOnly)] = f
	return nil
}

// Fixings lists the admin-recorded fixings, oldest first.
func (s *Store) Fixings(ctx context.Context) ([]lpr.Fixing, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.SortedFunc(maps.Values(s.book.fixings), func(a, b lpr.Fixing) int {
		return cmp.Compare(a.Date.Format(time.DateOnly), b.Date.Format(time.DateOnly))
	}), nil
}
