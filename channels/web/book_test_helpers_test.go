package web

import (
	"context"
	"sync"
	"time"

	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/storage/memory"
)

// testBookT is the memory store's book with fixings kept here (its own
// methods take precedence over any the store gains).
type testBookT struct {
	*memory.Store
	mu      sync.Mutex
	fixings []lpr.Fixing
}

// seededBook seeds st with PROTOCOL.md's demo book as of today.
func seededBook(st *memory.Store) *testBookT {
	cs, staff, accts, _ := book.DemoBook(time.Now().UTC())
	if err := st.SeedBook(context.Background(), cs, staff, accts); err != nil {
		panic(err)
	}
	return &testBookT{Store: st}
}

func (b *testBookT) AddFixing(_ context.Context, f lpr.Fixing) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.fixings = append(b.fixings, f)
	return nil
}

func (b *testBookT) Fixings(context.Context) ([]lpr.Fixing, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]lpr.Fixing(nil), b.fixings...), nil
}
