package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/bindcode"
)

// IssueCode stores a new one-time Telegram binding code for the customer,
// valid for ttl from now, and drops the customer's earlier and any expired codes.
// Only the code's sha256 is stored.
func (s *Store) IssueCode(ctx context.Context, customerID string, ttl time.Duration, now time.Time) (string, time.Time, error) {
	if customerID == "" || ttl <= 0 {
		return "", time.Time{}, fmt.Errorf("issue binding code: %w: customer and ttl are required", dialog.ErrInvalid)
	}
	code, err := bindcode.New()
	if err != nil {
		return "", time.Time{}, fmt.Errorf("issue binding code: %w", err)
	}
	exp := now.Add(ttl).UTC().Truncate(time.Second)
	err = s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM telegram_codes WHERE customer_id = ? OR expires_at <= ?`,
			customerID, now.UnixNano()); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO telegram_codes (code_hash, customer_id, expires_at) VALUES (?, ?, ?)`,
			bindcode.Hash(code), customerID, exp.UnixNano())
		return err
	})
	if err != nil {
		return "", time.Time{}, fmt.Errorf("issue binding code: %w", err)
	}
	return code, exp, nil
}

// Redeem uses a code up and binds chatID to its customer, in one transaction.
// Unknown, used and expired codes are dialog.ErrNotFound.
func (s *Store) Redeem(ctx context.Context, code string, chatID int64, now time.Time) (string, error) {
	var customerID string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `DELETE FROM telegram_codes WHERE code_hash = ? AND expires_at > ? RETURNING customer_id`,
			bindcode.Hash(code), now.UnixNano()).Scan(&customerID)
		if err != nil {
			return notFound(err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO telegram_bindings (chat_id, customer_id, bound_at) VALUES (?, ?, ?)
			ON CONFLICT (chat_id) DO UPDATE SET customer_id = excluded.customer_id, bound_at = excluded.bound_at`,
			chatID, customerID, now.UnixNano())
		return err
	})
	if err != nil {
		return "", fmt.Errorf("redeem binding code: %w", err)
	}
	return customerID, nil
}

// Bound returns the customer a chat is bound to, or dialog.ErrNotFound.
func (s *Store) Bound(ctx context.Context, chatID int64) (string, error) {
	var id string
	if err := s.r.QueryRowContext(ctx, `SELECT customer_id FROM telegram_bindings WHERE chat_id = ?`, chatID).Scan(&id); err != nil {
		return "", fmt.Errorf("telegram chat %d: %w", chatID, notFound(err))
	}
	return id, nil
}

// Unbind forgets a chat's binding; an unbound chat is no error.
func (s *Store) Unbind(ctx context.Context, chatID int64) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM telegram_bindings WHERE chat_id = ?`, chatID); err != nil {
		return fmt.Errorf("unbind telegram chat %d: %w", chatID, err)
	}
	return nil
}
