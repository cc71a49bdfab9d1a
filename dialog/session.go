package dialog

import (
	"context"
	"sync"
)

// Session follows one conversation for one connection. Frames delivers stored
// frames in seq order without gaps or repeats, with ephemeral frames between.
type Session struct {
	Conversation Conversation // as it was when the session opened
	Resumed      bool

	out    chan Frame
	cancel context.CancelFunc
	store  Store
	once   sync.Once
}

// Frames is closed when the session is closed or its context ends.
func (s *Session) Frames() <-chan Frame { return s.out }

// Close stops the session; Frames is closed soon after.
func (s *Session) Close() { s.once.Do(s.cancel) }

// run emits the replay, then live frames. A live frame whose seq skips ahead
// (the bus dropped one) is preceded by the missing frames read from the store.
func (s *Session) run(ctx context.Context, sub Subscription, replay []Frame, last int64) {
	defer close(s.out)
	defer sub.Close()
	emit := func(f Frame) bool {
		select {
		case s.out <- f:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, f := range replay {
		if f.Seq <= last {
			continue
		}
		if !emit(f) {
			return
		}
		last = f.Seq
	}
	for {
		select {
		case <-ctx.Done():
			return
		case f, ok := <-sub.C():
			if !ok {
				return
			}
			if !f.Stored() {
				if !emit(f) {
					return
				}
				continue
			}
			if f.Seq <= last {
				continue
			}
			if f.Seq > last+1 {
				missing, err := s.store.FramesAfter(ctx, f.ConversationID, last)
				if err != nil {
					return // the client resumes from its last seq on reconnect
				}
				for _, m := range missing {
					if m.Seq > last && m.Seq < f.Seq {
						if !emit(m) {
							return
						}
						last = m.Seq
					}
				}
			}
			if !emit(f) {
				return
			}
			last = f.Seq
		}
	}
}
