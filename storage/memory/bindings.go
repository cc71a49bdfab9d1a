package memory

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// Bindings keeps Telegram binding codes and bound chats in maps. Only a code's
// sha256 is kept, as the database adapters do.
type Bindings struct {
	mu    sync.Mutex
	codes map[string]bindCode // by hash
	chats map[int64]string    // chat id → customer id
}

type bindCode struct {
	customerID string
	expiresAt  time.Time
}

// NewBindings returns an empty binding store.
func NewBindings() *Bindings {
	return &Bindings{codes: map[string]bindCode{}, chats: map[int64]string{}}
}

// IssueCode returns a new one-time code for the customer, valid for ttl from
// now; the customer's earlier codes stop working.
func (b *Bindings) IssueCode(ctx context.Context, customerID string, ttl time.Duration, now time.Time) (string, time.Time, error) {
	if customerID == "" || ttl <= 0 {
		return "", time.Time{}, fmt.Errorf("issue binding code: %w: customer and ttl are required", dialog.ErrInvalid)
	}
	code, err := newBindingCode()
	if err != nil {
		return "", time.Time{}, fmt.Errorf("issue binding code: %w", err)
	}
	exp := now.Add(ttl).UTC().Truncate(time.Second)
	b.mu.Lock()
	defer b.mu.Unlock()
	for h, c := range b.codes {
		if c.customerID == customerID || !c.expiresAt.After(now) {
			delete(b.codes, h)
		}
	}
	b.codes[hashBindingCode(code)] = bindCode{customerID: customerID, expiresAt: exp}
	return code, exp, nil
}

// Redeem binds chatID to the code's customer and uses the code up. Unknown,
// used and expired codes are dialog.ErrNotFound.
func (b *Bindings) Redeem(ctx context.Context, code string, chatID int64, now time.Time) (string, error) {
	h := hashBindingCode(normalizeBindingCode(code))
	b.mu.Lock()
	defer b.mu.Unlock()
	c, ok := b.codes[h]
	if !ok || !c.expiresAt.After(now) {
		return "", fmt.Errorf("redeem binding code: %w", dialog.ErrNotFound)
	}
	delete(b.codes, h)
	b.chats[chatID] = c.customerID
	return c.customerID, nil
}

// Bound returns the customer a chat is bound to, or dialog.ErrNotFound.
func (b *Bindings) Bound(ctx context.Context, chatID int64) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	id, ok := b.chats[chatID]
	if !ok {
		return "", fmt.Errorf("telegram chat %d: %w", chatID, dialog.ErrNotFound)
	}
	return id, nil
}

// Unbind forgets a chat's binding; an unbound chat is no error.
func (b *Bindings) Unbind(ctx context.Context, chatID int64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.chats, chatID)
	return nil
}

// bindingAlphabet has no 0/O or 1/I; 32 letters, so a byte's low five bits pick one evenly.
const bindingAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func newBindingCode() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", errors.Join(errors.New("random code"), err)
	}
	for i := range b {
		b[i] = bindingAlphabet[b[i]&31]
	}
	return string(b[:]), nil
}

// normalizeBindingCode reads a code as typed: any case, spaces and dashes ignored.
func normalizeBindingCode(code string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '-' || r == '\t':
			return -1
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		return r
	}, code)
}

func hashBindingCode(code string) string {
	sum := sha256.Sum256([]byte(code))
	return hex.EncodeToString(sum[:])
}
