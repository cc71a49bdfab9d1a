package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

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
	err = s.tx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM telegram_codes WHERE customer_id = $1 OR expires_at <= $2`,
			customerID, now.UTC()); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO telegram_codes (code_hash, customer_id, expires_at) VALUES ($1, $2, $3)`,
			bindcode.Hash(code), customerID, exp)
		return err
	})
	if err != nil {
		return "", time.Time{}, fmt.Errorf("issue binding code: %w", translate(err))
	}
	return code, exp, nil
}

// Redeem uses a code up and binds chatID to its customer, in one
// transaction; of concurrent redeemers exactly one deletes the row.
// Unknown, used and expired codes are dialog.ErrNotFound.
func (s *Store) Redeem(ctx context.Context, code string, chatID int64, now time.Time) (string, error) {
	var customerID string
	err := s.tx(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `DELETE FROM telegram_codes WHERE code_hash = $1 AND expires_at > $2 RETURNING customer_id`,
			bindcode.Hash(code), now.UTC()).Scan(&customerID)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO telegram_bindings (chat_id, customer_id, bound_at) VALUES ($1, $2, $3)
			ON CONFLICT (chat_id) DO UPDATE SET customer_id = excluded.customer_id, bound_at = excluded.bound_at`,
			chatID, customerID, now.UTC())
		return err
	})
	if err != nil {
		return "", fmt.Errorf("redeem binding code: %w", translate(err))
	}
	return customerID, nil
}

// Bound returns the customer a chat is bound to, or dialog.ErrNotFound.
func (s *Store) Bound(ctx context.Context, chatID int64) (string, error) {
	var id string
	if err := s.pool.QueryRow(ctx, `SELECT customer_id FROM telegram_bindings WHERE chat_id = $1`, chatID).Scan(&id); err != nil {
		return "", fmt.Errorf("telegram chat %d: %w", chatID, translate(err))
	}
	return id, nil
}

// Unbind forgets a chat's binding; an unbound chat is no error.
func (s *Store) Unbind(ctx context.Context, chatID int64) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM telegram_bindings WHERE chat_id = $1`, chatID); err != nil {
		return fmt.Errorf("unbind telegram chat %d: %w", chatID, translate(err))
	}
	return nil
}
