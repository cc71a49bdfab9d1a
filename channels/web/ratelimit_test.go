package web

import (
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
)

func TestWSMessageRateLimit(t *testing.T) {
	r := newRig(t, func(c *Config, d *Deps) {
		c.MessageLimit, c.MessageWindow = 3, time.Hour
		d.Limiter = memory.NewLimiter()
	})
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.send(map[string]any{"type": "message", "id": "m1", "text": "one"})
	c.expect("welcome")
	c.expect("reply")
	c.send(map[string]any{"type": "action", "id": "m2", "action": "two"})
	c.expect("reply")
	c.send(map[string]any{"type": "message", "id": "m3", "text": "three"})
	c.expect("reply")
	c.send(map[string]any{"type": "message", "id": "m4", "text": "four"})
	if e := c.expect("error"); e.str("code") != "rate_limited" || e.str("reply_to") != "m4" {
		t.Fatalf("over the limit: %v", e)
	}
	// A refused message is not stored: nothing is lost, the client sends it again later.
	if calls := r.resp.calls.Load(); calls != 3 {
		t.Fatalf("the responder ran %d times", calls)
	}
	// The limit is per subject: another customer is not affected.
	other := r.dial(t, bearerHeader(token(t, "c-1002", dialog.RoleBorrower)))
	other.send(map[string]any{"type": "message", "id": "m1", "text": "hi"})
	other.expect("welcome")
	other.expect("reply")
}
