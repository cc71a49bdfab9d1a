package storetest

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// Bindings is the Telegram account-binding store: one-time codes a signed-in
// borrower gets, and the chats they bind. Unknown, used and expired codes and
// unbound chats are dialog.ErrNotFound.
type Bindings interface {
	IssueCode(ctx context.Context, customerID string, ttl time.Duration, now time.Time) (code string, expiresAt time.Time, err error)
	Redeem(ctx context.Context, code string, chatID int64, now time.Time) (customerID string, err error)
	Bound(ctx context.Context, chatID int64) (customerID string, err error)
	Unbind(ctx context.Context, chatID int64) error
}

// codeAlphabet is what a code is drawn from: no 0/O, 1/I.
const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// RunBindings runs the binding contract; open must return a fresh, empty store.
func RunBindings(t *testing.T, open func(t *testing.T) Bindings) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s Bindings)
	}{
		{"IssueAndRedeem", testIssueAndRedeem},
		{"SingleUse", testSingleUse},
		{"Expiry", testExpiry},
		{"Rebind", testRebind},
		{"Unbind", testUnbind},
		{"NewCodeReplacesOld", testNewCodeReplacesOld},
		{"ConcurrentRedeem", testConcurrentRedeem},
	}
	for _, tt := range tests {
		t.Run("Bindings/"+tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, open(t))
		})
	}
}

func issue(t *testing.T, s Bindings, customer string, now time.Time) string {
	t.Helper()
	code, exp, err := s.IssueCode(t.Context(), customer, 10*time.Minute, now)
	if err != nil {
		t.Fatalf("IssueCode(%s): %v", customer, err)
	}
	if len(code) != 8 || strings.Trim(code, codeAlphabet) != "" {
		t.Fatalf("code %q: want 8 characters of %s", code, codeAlphabet)
	}
	if d := exp.Sub(now); d <= 9*time.Minute || d > 10*time.Minute || exp.Location() != time.UTC {
		t.Fatalf("expires_at %v for now %v: want about 10 minutes later, in UTC", exp, now)
	}
	return code
}

func mustNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, dialog.ErrNotFound) {
		t.Fatalf("%s: got %v, want ErrNotFound", what, err)
	}
}

func testIssueAndRedeem(t *testing.T, s Bindings) {
	ctx := t.Context()
	_, err := s.Bound(ctx, 42)
	mustNotFound(t, "Bound before binding", err)
	code := issue(t, s, "c-1001", t0)
	other := issue(t, s, "c-1002", t0)
	if code == other {
		t.Fatalf("two customers got the same code %q", code)
	}
	// Codes are read forgivingly: lower case and spaces are the same code.
	loose := strings.ToLower(code[:4]) + " " + code[4:]
	got, err := s.Redeem(ctx, loose, 42, at(1))
	if err != nil || got != "c-1001" {
		t.Fatalf("Redeem(%q) = %q, %v", loose, got, err)
	}
	if got, err := s.Bound(ctx, 42); err != nil || got != "c-1001" {
		t.Fatalf("Bound(42) = %q, %v", got, err)
	}
	_, err = s.Bound(ctx, 43)
	mustNotFound(t, "Bound(43)", err)
	_, err = s.Redeem(ctx, "NOPE2345", 43, at(1))
	mustNotFound(t, "Redeem unknown", err)
	_, err = s.Redeem(ctx, "", 43, at(1))
	mustNotFound(t, "Redeem empty", err)
}

func testSingleUse(t *testing.T, s Bindings) {
	ctx := t.Context()
	code := issue(t, s, "c-1001", t0)
	if _, err := s.Redeem(ctx, code, 1, at(1)); err != nil {
		t.Fatal(err)
	}
	_, err := s.Redeem(ctx, code, 2, at(2))
	mustNotFound(t, "second Redeem", err)
	_, err = s.Bound(ctx, 2)
	mustNotFound(t, "Bound by a used code", err)
}

func testExpiry(t *testing.T, s Bindings) {
	ctx := t.Context()
	code := issue(t, s, "c-1001", t0)
	_, err := s.Redeem(ctx, code, 1, at(11))
	mustNotFound(t, "Redeem after expiry", err)
	code = issue(t, s, "c-1001", t0)
	_, err = s.Redeem(ctx, code, 1, t0.Add(10*time.Minute))
	mustNotFound(t, "Redeem at the expiry instant", err)
	_, err = s.Bound(ctx, 1)
	mustNotFound(t, "Bound by an expired code", err)
	code = issue(t, s, "c-1001", t0)
	if got, err := s.Redeem(ctx, code, 1, at(9)); err != nil || got != "c-1001" {
		t.Fatalf("Redeem before expiry = %q, %v", got, err)
	}
}

func testRebind(t *testing.T, s Bindings) {
	ctx := t.Context()
	if _, err := s.Redeem(ctx, issue(t, s, "c-1001", t0), 7, at(1)); err != nil {
		t.Fatal(err)
	}
	// The same chat redeeming another customer's code is bound to that one.
	if _, err := s.Redeem(ctx, issue(t, s, "c-1002", t0), 7, at(2)); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Bound(ctx, 7); err != nil || got != "c-1002" {
		t.Fatalf("Bound(7) = %q, %v", got, err)
	}
	// One customer may bind several chats.
	if _, err := s.Redeem(ctx, issue(t, s, "c-1002", t0), 8, at(3)); err != nil {
		t.Fatal(err)
	}
	for _, chat := range []int64{7, 8} {
		if got, err := s.Bound(ctx, chat); err != nil || got != "c-1002" {
			t.Fatalf("Bound(%d) = %q, %v", chat, got, err)
		}
	}
}

func testUnbind(t *testing.T, s Bindings) {
	ctx := t.Context()
	if _, err := s.Redeem(ctx, issue(t, s, "c-1001", t0), -1001234567890, at(1)); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Bound(ctx, -1001234567890); err != nil || got != "c-1001" {
		t.Fatalf("Bound(negative chat id) = %q, %v", got, err)
	}
	if err := s.Unbind(ctx, -1001234567890); err != nil {
		t.Fatal(err)
	}
	_, err := s.Bound(ctx, -1001234567890)
	mustNotFound(t, "Bound after Unbind", err)
	if err := s.Unbind(ctx, -1001234567890); err != nil {
		t.Fatalf("Unbind twice: %v", err)
	}
}

func testNewCodeReplacesOld(t *testing.T, s Bindings) {
	ctx := t.Context()
	first := issue(t, s, "c-1001", t0)
	second := issue(t, s, "c-1001", at(1))
	if first == second {
		t.Fatalf("the same code twice: %q", first)
	}
	_, err := s.Redeem(ctx, first, 1, at(2))
	mustNotFound(t, "Redeem a replaced code", err)
	if got, err := s.Redeem(ctx, second, 1, at(2)); err != nil || got != "c-1001" {
		t.Fatalf("Redeem newest = %q, %v", got, err)
	}
}

func testConcurrentRedeem(t *testing.T, s Bindings) {
	code := issue(t, s, "c-1001", t0)
	const n = 8
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		wins int
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.Redeem(t.Context(), code, int64(100+i), at(1))
			switch {
			case err == nil:
				mu.Lock()
				wins++
				mu.Unlock()
			case !errors.Is(err, dialog.ErrNotFound):
				t.Errorf("Redeem: %v", err)
			}
		}()
	}
	wg.Wait()
	if wins != 1 {
		t.Fatalf("%d chats redeemed one code, want 1", wins)
	}
}
