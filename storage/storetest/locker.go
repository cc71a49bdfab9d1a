package storetest

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// RunLocker checks a dialog.Locker: mutual exclusion per conversation,
// independence across conversations, and giving up when ctx ends.
func RunLocker(t *testing.T, newLocker func(t *testing.T) dialog.Locker) {
	t.Run("MutualExclusion", func(t *testing.T) {
		t.Parallel()
		l := newLocker(t)
		var (
			inside  atomic.Int32
			counter int // unsynchronised on purpose: -race flags any overlap
			wg      sync.WaitGroup
		)
		for range 20 {
			wg.Go(func() {
				for range 25 {
					unlock, err := l.Lock(t.Context(), "cv-a")
					if err != nil {
						t.Errorf("Lock: %v", err)
						return
					}
					if inside.Add(1) != 1 {
						t.Error("two holders at once")
					}
					counter++
					inside.Add(-1)
					unlock()
				}
			})
		}
		wg.Wait()
		if counter != 500 {
			t.Fatalf("counter = %d, want 500", counter)
		}
	})
	t.Run("Independent", func(t *testing.T) {
		t.Parallel()
		l := newLocker(t)
		unlockA := mustLock(t, l, t.Context(), "cv-a")
		defer unlockA()
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		mustLock(t, l, ctx, "cv-b")()
	})
	t.Run("ContextCancelWhileWaiting", func(t *testing.T) {
		t.Parallel()
		l := newLocker(t)
		unlock := mustLock(t, l, t.Context(), "cv-a")
		ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
		defer cancel()
		if _, err := l.Lock(ctx, "cv-a"); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Lock while held = %v, want context.DeadlineExceeded", err)
		}
		unlock()
		// The waiter that gave up left nothing held behind.
		ctx2, cancel2 := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel2()
		mustLock(t, l, ctx2, "cv-a")()

		dead, cancel3 := context.WithCancel(t.Context())
		cancel3()
		if _, err := l.Lock(dead, "cv-b"); !errors.Is(err, context.Canceled) {
			t.Fatalf("Lock with a cancelled ctx = %v, want context.Canceled", err)
		}
	})
	t.Run("UnlockTwice", func(t *testing.T) {
		t.Parallel()
		l := newLocker(t)
		first := mustLock(t, l, t.Context(), "cv-a")
		first()
		second := mustLock(t, l, t.Context(), "cv-a")
		first() // a stale unlock must not release the second holder
		ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
		defer cancel()
		if _, err := l.Lock(ctx, "cv-a"); err == nil {
			t.Fatal("a repeated unlock released someone else's lock")
		}
		second()
	})
}

func mustLock(t *testing.T, l dialog.Locker, ctx context.Context, id string) func() {
	t.Helper()
	unlock, err := l.Lock(ctx, id)
	if err != nil {
		t.Fatalf("Lock(%s): %v", id, err)
	}
	return unlock
}
