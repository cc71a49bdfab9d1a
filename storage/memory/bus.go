package memory

import (
	"context"
	"fmt"
	"sync"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.Bus = (*Bus)(nil)

// DefaultBuffer is how many frames a subscriber may fall behind before it loses some.
const DefaultBuffer = 64

// Bus fans frames out to this process's subscribers of a conversation.
//
// Publish never blocks: each subscriber has a bounded buffer and a subscriber
// that lets it fill up loses the frames that do not fit rather than stalling
// the publisher and every other follower. That is allowed by dialog.Bus's
// best-effort contract: stored frames carry seqs, and a follower that sees a
// gap (or reconnects) fills it from the Store with FramesAfter. Ephemeral
// frames (typing, deltas) lost this way are simply not shown.
type Bus struct {
	buffer int

	mu   sync.RWMutex
	subs map[string]map[*subscription]struct{}
}

// NewBus returns a bus whose subscribers buffer up to buffer frames
// (DefaultBuffer when buffer <= 0).
func NewBus(buffer int) *Bus {
	if buffer <= 0 {
		buffer = DefaultBuffer
	}
	return &Bus{buffer: buffer, subs: map[string]map[*subscription]struct{}{}}
}

// Publish delivers f to every current subscriber of its conversation that has room.
func (b *Bus) Publish(ctx context.Context, f dialog.Frame) error {
	if f.ConversationID == "" {
		return fmt.Errorf("publish %s frame: no conversation id: %w", f.Type, dialog.ErrInvalid)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("publish to %s: %w", f.ConversationID, err)
	}
	// The read lock keeps Close from closing a channel while we send on it.
	b.mu.RLock()
	defer b.mu.RUnlock()
	for s := range b.subs[f.ConversationID] {
		select {
		case s.ch <- copyFrame(f):
		default: // full: this follower catches up from the Store
		}
	}
	return nil
}

// Subscribe follows a conversation until ctx ends or Close is called.
func (b *Bus) Subscribe(ctx context.Context, conversationID string) (dialog.Subscription, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("subscribe to %s: %w", conversationID, err)
	}
	s := &subscription{bus: b, id: conversationID, ch: make(chan dialog.Frame, b.buffer)}
	b.mu.Lock()
	if b.subs[conversationID] == nil {
		b.subs[conversationID] = map[*subscription]struct{}{}
	}
	b.subs[conversationID][s] = struct{}{}
	b.mu.Unlock()
	s.stop = context.AfterFunc(ctx, s.Close)
	return s, nil
}

type subscription struct {
	bus  *Bus
	id   string
	ch   chan dialog.Frame
	stop func() bool
	once sync.Once
}

func (s *subscription) C() <-chan dialog.Frame { return s.ch }

// Close unsubscribes and closes C; it is safe to call more than once.
func (s *subscription) Close() {
	s.once.Do(func() {
		if s.stop != nil {
			s.stop()
		}
		b := s.bus
		b.mu.Lock()
		defer b.mu.Unlock()
		delete(b.subs[s.id], s)
		if len(b.subs[s.id]) == 0 {
			delete(b.subs, s.id)
		}
		close(s.ch)
	})
}
