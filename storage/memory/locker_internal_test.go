package memory

import (
	"context"
	"sync"
	"testing"
	"time"
)

// Entries must not pile up: one per conversation ever locked would leak.
func TestLockerCleansUp(t *testing.T) {
	l := NewLocker()
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Go(func() {
			id := []string{"a", "b", "c"}[i%3]
			unlock, err := l.Lock(t.Context(), id)
			if err != nil {
				t.Error(err)
				return
			}
			unlock()
		})
	}
	wg.Wait()
	unlock, _ := l.Lock(t.Context(), "a")
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()
	if _, err := l.Lock(ctx, "a"); err == nil {
		t.Fatal("second Lock succeeded")
	}
	unlock()
	if n := l.held(); n != 0 {
		t.Fatalf("%d entries left after every lock was released", n)
	}
}
