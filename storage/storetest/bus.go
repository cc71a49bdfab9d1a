package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// RunBus checks a dialog.Bus: fan-out per conversation, Close, ctx
// cancellation, and that a subscriber who never reads cannot stall Publish.
// newBus returns a fresh bus; subscribers of one bus see each other's publishes.
func RunBus(t *testing.T, newBus func(t *testing.T) dialog.Bus) {
	t.Run("FanOut", func(t *testing.T) {
		t.Parallel()
		b := newBus(t)
		a1, a2 := subscribe(t, b, t.Context(), "cv-a"), subscribe(t, b, t.Context(), "cv-a")
		other := subscribe(t, b, t.Context(), "cv-b")
		for i := 1; i <= 3; i++ {
			publish(t, b, frame("cv-a", i))
		}
		publish(t, b, frame("cv-b", 99))
		for _, s := range []dialog.Subscription{a1, a2} {
			for i := 1; i <= 3; i++ {
				if f := receive(t, s); f.Seq != int64(i) || f.ConversationID != "cv-a" {
					t.Fatalf("subscriber got %s, want cv-a seq %d", show(f), i)
				}
			}
		}
		if f := receive(t, other); f.Seq != 99 {
			t.Fatalf("cv-b subscriber got %s, want only its own frame", show(f))
		}
		// Ephemeral frames travel too.
		publish(t, b, dialog.Frame{Type: dialog.FrameTyping, ConversationID: "cv-a"})
		if f := receive(t, a1); f.Type != dialog.FrameTyping {
			t.Fatalf("got %s, want typing", show(f))
		}
	})
	t.Run("Close", func(t *testing.T) {
		t.Parallel()
		b := newBus(t)
		s := subscribe(t, b, t.Context(), "cv-a")
		stay := subscribe(t, b, t.Context(), "cv-a")
		s.Close()
		waitClosed(t, s)
		s.Close() // twice is fine
		publish(t, b, frame("cv-a", 1))
		if f := receive(t, stay); f.Seq != 1 {
			t.Fatalf("remaining subscriber got %s", show(f))
		}
	})
	t.Run("ContextCancel", func(t *testing.T) {
		t.Parallel()
		b := newBus(t)
		ctx, cancel := context.WithCancel(t.Context())
		s := subscribe(t, b, ctx, "cv-a")
		cancel()
		waitClosed(t, s)
		publish(t, b, frame("cv-a", 1))
		s.Close()
		if _, err := b.Subscribe(ctx, "cv-a"); err == nil {
			t.Fatal("Subscribe with a cancelled context succeeded")
		}
	})
	t.Run("SlowSubscriber", func(t *testing.T) {
		t.Parallel()
		b := newBus(t)
		_ = subscribe(t, b, t.Context(), "cv-a") // never reads
		fast := subscribe(t, b, t.Context(), "cv-a")
		var last atomic.Int64
		var wg sync.WaitGroup
		wg.Go(func() {
			for f := range fast.C() {
				last.Store(f.Seq)
			}
		})
		const n = 2000
		done := make(chan error, 1)
		go func() {
			for i := 1; i <= n; i++ {
				if err := b.Publish(t.Context(), frame("cv-a", i)); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Publish: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Publish blocked behind a subscriber that never reads")
		}
		// The reading subscriber is not starved: a later frame reaches it.
		deadline := time.Now().Add(5 * time.Second)
		for last.Load() != n+1 {
			if time.Now().After(deadline) {
				t.Fatalf("fast subscriber stuck at seq %d", last.Load())
			}
			publish(t, b, frame("cv-a", n+1))
			time.Sleep(time.Millisecond) // polling a remote bus; no signal to wait on
		}
		fast.Close()
		wg.Wait()
	})
}

func frame(id string, seq int) dialog.Frame {
	return dialog.Frame{Type: dialog.FrameReply, ConversationID: id, Seq: int64(seq), Text: fmt.Sprint(seq), At: at(seq).UTC()}
}

func subscribe(t *testing.T, b dialog.Bus, ctx context.Context, id string) dialog.Subscription {
	t.Helper()
	s, err := b.Subscribe(ctx, id)
	if err != nil {
		t.Fatalf("Subscribe(%s): %v", id, err)
	}
	t.Cleanup(s.Close)
	return s
}

func publish(t *testing.T, b dialog.Bus, f dialog.Frame) {
	t.Helper()
	if err := b.Publish(t.Context(), f); err != nil {
		t.Fatalf("Publish: %v", err)
	}
}

func receive(t *testing.T, s dialog.Subscription) dialog.Frame {
	t.Helper()
	select {
	case f, ok := <-s.C():
		if !ok {
			t.Fatal("subscription closed")
		}
		return f
	case <-time.After(5 * time.Second):
		t.Fatal("no frame within 5s")
	}
	return dialog.Frame{}
}

func waitClosed(t *testing.T, s dialog.Subscription) {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case _, ok := <-s.C():
			if !ok {
				return
			}
		case <-timeout:
			t.Fatal("C not closed within 5s")
		}
	}
}
