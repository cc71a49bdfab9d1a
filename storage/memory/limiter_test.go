package memory

import (
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	at := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	l := NewLimiter()
	l.now = func() time.Time { return at }
	for i := 1; i <= 4; i++ {
		ok, _ := l.Allow(t.Context(), "c-1001", 3, time.Minute)
		if ok != (i <= 3) {
			t.Fatalf("event %d allowed=%v", i, ok)
		}
	}
	if ok, _ := l.Allow(t.Context(), "c-1002", 3, time.Minute); !ok {
		t.Fatal("another key shares the count")
	}
	at = at.Add(time.Minute)
	if ok, _ := l.Allow(t.Context(), "c-1001", 3, time.Minute); !ok {
		t.Fatal("a new window does not start afresh")
	}
	if len(l.windows) != 1 {
		t.Fatalf("finished windows kept: %d", len(l.windows))
	}
}
