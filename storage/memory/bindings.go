package memory

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/bindcode"
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
	code, err := bindcode.New()
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
	b.codes[bindcode.Hash(code)] = bindCode{customerID: customerID, expiresAt: exp}
	return code, exp, nil
}

// Redeem binds chatID to the code's customer and uses the code up. Unknown,
// used and expired codes are dialog.ErrNotFound.
func (b *Bindings) Redeem(ctx context.Context, code string, chatID int64, now time.Time) (string, error) {
	h := bindcode.Hash(code)
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
