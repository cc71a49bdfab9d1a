package memory

import (
	"context"
	"fmt"
	"sync"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.Locker = (*Locker)(nil)

// Locker serialises turns per conversation within this process.
type Locker struct {
	mu      sync.Mutex
	entries map[string]*lockEntry
}

// lockEntry is a one-slot semaphore (so waiting can honour ctx) and a count of
// holders and waiters, so the entry is dropped once nobody uses it.
type lockEntry struct {
	sem  chan struct{}
	refs int
}

// NewLocker returns a locker with no conversations held.
func NewLocker() *Locker { return &Locker{entries: map[string]*lockEntry{}} }

// Lock blocks until conversationID is held or ctx ends. unlock is idempotent.
func (l *Locker) Lock(ctx context.Context, conversationID string) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lock %s: %w", conversationID, err)
	}
	l.mu.Lock()
	e := l.entries[conversationID]
	if e == nil {
		e = &lockEntry{sem: make(chan struct{}, 1)}
		l.entries[conversationID] = e
	}
	e.refs++
	l.mu.Unlock()

	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		l.release(conversationID, e)
		return nil, fmt.Errorf("lock %s: %w", conversationID, ctx.Err())
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			<-e.sem
			l.release(conversationID, e)
		})
	}, nil
}

func (l *Locker) release(id string, e *lockEntry) {
	l.mu.Lock()
	defer l.mu.Unlock()
	e.refs--
	if e.refs == 0 {
		delete(l.entries, id)
	}
}

// held reports how many conversations have entries (tests check cleanup).
func (l *Locker) held() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.entries)
}
