package memory

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.SeatRegistry = (*Seats)(nil)

// Seats is an in-process dialog.SeatRegistry: several engines in one process
// (tests) share seat presence through it as instances share a Redis one.
type Seats struct {
	mu      sync.Mutex
	records map[seatKey]seatRecord
	woken   map[chan struct{}]struct{}
	now     func() time.Time
}

type seatKey struct{ instance, seat string }

type seatRecord struct {
	p       dialog.SeatPresence
	expires time.Time
}

// NewSeats returns an empty registry on the wall clock.
func NewSeats() *Seats {
	return &Seats{records: map[seatKey]seatRecord{}, woken: map[chan struct{}]struct{}{}, now: time.Now}
}

// Heartbeat records the seat on instance until ttl passes.
func (s *Seats) Heartbeat(_ context.Context, instanceID string, seat dialog.Seat, status string, ttl time.Duration) error {
	seat.Skills = slices.Clone(seat.Skills)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.records[seatKey{instanceID, seat.ID}] = seatRecord{dialog.SeatPresence{Seat: seat, Status: status}, s.now().Add(ttl)}
	return nil
}

// Leave removes the seat's record for instance.
func (s *Seats) Leave(_ context.Context, instanceID, seatID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.records, seatKey{instanceID, seatID})
	return nil
}

// List returns the live seats, one per seat id: available when any of its
// instances says so. Ordered by id.
func (s *Seats) List(context.Context) ([]dialog.SeatPresence, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	byID := map[string]dialog.SeatPresence{}
	for k, r := range s.records {
		if !r.expires.After(now) {
			delete(s.records, k)
			continue
		}
		cur, seen := byID[k.seat]
		if !seen || r.p.Status == dialog.SeatAvailable {
			p := r.p
			p.Seat.Skills = slices.Clone(p.Seat.Skills)
			if seen && cur.Status == dialog.SeatAvailable {
				p.Status = dialog.SeatAvailable
			}
			byID[k.seat] = p
		}
	}
	out := make([]dialog.SeatPresence, 0, len(byID))
	for _, p := range byID {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b dialog.SeatPresence) int { return cmp.Compare(a.Seat.ID, b.Seat.ID) })
	return out, nil
}

// Wake nudges every Woken channel; a nudge not yet read absorbs the next.
func (s *Seats) Wake(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.woken {
		select {
		case c <- struct{}{}:
		default:
		}
	}
	return nil
}

// Woken delivers nudges until ctx ends.
func (s *Seats) Woken(ctx context.Context) <-chan struct{} {
	c := make(chan struct{}, 1)
	s.mu.Lock()
	s.woken[c] = struct{}{}
	s.mu.Unlock()
	context.AfterFunc(ctx, func() {
		s.mu.Lock()
		delete(s.woken, c)
		s.mu.Unlock()
	})
	return c
}
