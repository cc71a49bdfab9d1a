package web

import (
	"context"
	"sync"

	"github.com/loandesk/loandesk/knowledge/lpr"
)

// fakeBook is the test Book.
type fakeBook struct {
	mu      sync.Mutex
	fixings []lpr.Fixing
}

func testBook() *fakeBook { return &fakeBook{} }

func (b *fakeBook) AddFixing(_ context.Context, f lpr.Fixing) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.fixings = append(b.fixings, f)
	return nil
}

func (b *fakeBook) Fixings(context.Context) ([]lpr.Fixing, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]lpr.Fixing(nil), b.fixings...), nil
}
