package memory

import (
	"context"
	"sync"
	"time"
)

// Limiter counts events per key in fixed windows, in this process.
type Limiter struct {
	mu      sync.Mutex
	windows map[string]window
	now     func() time.Time
	sweep   time.Time
}

type window struct {
	start time.Time
	n     int
}

// NewLimiter returns a limiter on the wall clock.
func NewLimiter() *Limiter { return &Limiter{windows: map[string]window{}, now: time.Now} }

// Allow counts one event for key and reports whether it is within limit for
// the current window of the given length.
func (l *Limiter) Allow(_ context.Context, key string, limit int, length time.Duration) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.sweep) >= length {
		// Forget finished windows now and then, so idle keys do not pile up.
		for k, w := range l.windows {
			if now.Sub(w.start) >= length {
				delete(l.windows, k)
			}
		}
		l.sweep = now
	}
	w := l.windows[key]
	if now.Sub(w.start) >= length {
		w = window{start: now}
	}
	w.n++
	l.windows[key] = w
	return w.n <= limit, nil
}
