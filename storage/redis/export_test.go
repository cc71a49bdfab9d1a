package redis

import (
	"context"
	"time"
)

// Test hooks: the external tests reach internals only through these.

var (
	EncodeFrame = encodeFrame
	DecodeFrame = decodeFrame
)

// LockCrashable locks like Lock and also returns crash, which stops the
// watchdog and frees the local queue without releasing the Redis key, as if
// the process had died.
func LockCrashable(ctx context.Context, l *Locker, id string) (unlock, crash func(), err error) {
	h, err := l.lock(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	return h.unlock, h.crash, nil
}

// SetBackoff replaces the Redis-level retry backoff bounds.
func SetBackoff(l *Locker, lo, hi time.Duration) { l.backoffMin, l.backoffMax = lo, hi }

// Listening reports whether l receives release notifications.
func Listening(l *Locker) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.listening
}

// Entries counts the conversations l keeps local state for.
func Entries(l *Locker) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.entries) + len(l.waiters)
}

// Topics counts the channels the client's hub tracks.
func Topics(c *Client) int {
	c.hub.mu.RLock()
	defer c.hub.mu.RUnlock()
	return len(c.hub.topics)
}

// SetHealthInterval sets how long c's pub/sub connection may stay silent
// before it is pinged; call it before c subscribes to anything.
func SetHealthInterval(c *Client, d time.Duration) { c.hub.health = d }
