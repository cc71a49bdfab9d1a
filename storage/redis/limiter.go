package redis

import (
	"context"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/loandesk/loandesk/dialog"
)

// limitScript counts one hit in the current window, starting the window (its
// expiry) on the first hit, or on any hit finding the counter without one.
var limitScript = goredis.NewScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then
	redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return n`)

// Limiter is a fixed-window rate limiter shared by every instance: the
// counter <prefix>rate:<key> counts the window's hits and expires with it.
type Limiter struct {
	c *Client
}

// NewLimiter returns a limiter over c.
func NewLimiter(c *Client) *Limiter { return &Limiter{c: c} }

// Allow counts a hit on key and reports whether it is within limit hits for
// the window the key's first uncounted hit opened. Refused hits count too, so
// a client hammering past the limit stays refused until the window ends.
func (l *Limiter) Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error) {
	if key == "" || limit <= 0 || window < time.Millisecond {
		return false, fmt.Errorf("rate limit %q: limit %d per %v: %w", key, limit, window, dialog.ErrInvalid)
	}
	n, err := limitScript.Run(ctx, l.c.rdb, []string{l.c.key("rate:" + key)}, window.Milliseconds()).Int64()
	if err != nil {
		return false, fmt.Errorf("rate limit %q: redis: %w", key, err)
	}
	return n <= int64(limit), nil
}
