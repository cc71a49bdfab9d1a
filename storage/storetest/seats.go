package storetest

import (
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// RunSeats checks a dialog.SeatRegistry: presence per instance, merging a
// seat connected to several instances, expiry, leaving, and wake-ups
// reaching another registry value. newSeats returns registries that share
// state with each other for one test (a second call in the same test is
// "another instance").
func RunSeats(t *testing.T, newSeats func(t *testing.T) (a, b dialog.SeatRegistry)) {
	hardship := dialog.Seat{ID: "a-02", Name: "吴静", Skills: []string{"hardship", "general"}, Capacity: 2}
	general := dialog.Seat{ID: "a-01", Name: "周敏", Skills: []string{"general"}}
	list := func(t *testing.T, s dialog.SeatRegistry) map[string]dialog.SeatPresence {
		t.Helper()
		ps, err := s.List(t.Context())
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		out := map[string]dialog.SeatPresence{}
		for _, p := range ps {
			if _, dup := out[p.Seat.ID]; dup {
				t.Fatalf("seat %s listed twice", p.Seat.ID)
			}
			out[p.Seat.ID] = p
		}
		return out
	}
	beat := func(t *testing.T, s dialog.SeatRegistry, inst string, seat dialog.Seat, status string, ttl time.Duration) {
		t.Helper()
		if err := s.Heartbeat(t.Context(), inst, seat, status, ttl); err != nil {
			t.Fatalf("Heartbeat: %v", err)
		}
	}
	t.Run("AcrossInstances", func(t *testing.T) {
		t.Parallel()
		a, b := newSeats(t)
		beat(t, a, "i-a", hardship, dialog.SeatAway, time.Minute)
		beat(t, b, "i-b", general, dialog.SeatAvailable, time.Minute)
		got := list(t, b)
		if len(got) != 2 || got["a-02"].Status != dialog.SeatAway || got["a-01"].Status != dialog.SeatAvailable {
			t.Fatalf("List = %+v", got)
		}
		equal(t, "seat round trip", got["a-02"].Seat, hardship)
		// The same seat on a second instance, available there: available.
		beat(t, b, "i-b", hardship, dialog.SeatAvailable, time.Minute)
		if p := list(t, a)["a-02"]; p.Status != dialog.SeatAvailable {
			t.Fatalf("a seat available on one of its instances is %s", p.Status)
		}
		if err := b.Leave(t.Context(), "i-b", "a-02"); err != nil {
			t.Fatal(err)
		}
		if p, ok := list(t, a)["a-02"]; !ok || p.Status != dialog.SeatAway {
			t.Fatalf("after leaving one instance: %+v, %v", p, ok)
		}
		if err := a.Leave(t.Context(), "i-a", "a-02"); err != nil {
			t.Fatal(err)
		}
		if _, ok := list(t, b)["a-02"]; ok {
			t.Fatal("a seat that left every instance is still listed")
		}
	})
	t.Run("Expiry", func(t *testing.T) {
		t.Parallel()
		a, b := newSeats(t)
		beat(t, a, "i-a", general, dialog.SeatAvailable, 150*time.Millisecond)
		if _, ok := list(t, b)["a-01"]; !ok {
			t.Fatal("a fresh heartbeat is not listed")
		}
		deadline := time.Now().Add(5 * time.Second)
		for {
			if _, ok := list(t, b)["a-01"]; !ok {
				break // an instance that stopped beating (crashed) loses its seats
			}
			if time.Now().After(deadline) {
				t.Fatal("a seat without heartbeats never expired")
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
	t.Run("Wake", func(t *testing.T) {
		t.Parallel()
		a, b := newSeats(t)
		woken := b.Woken(t.Context())
		// Woken may take a moment to be listening: nudge until it hears one.
		deadline := time.Now().Add(5 * time.Second)
		for {
			if err := a.Wake(t.Context()); err != nil {
				t.Fatalf("Wake: %v", err)
			}
			select {
			case <-woken:
				return
			case <-time.After(50 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				t.Fatal("another instance's Wake never arrived")
			}
		}
	})
}
