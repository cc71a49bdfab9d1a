package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/loandesk/loandesk/knowledge/book"
)

// SeedBook upserts the book in one transaction: seeding again, or from two
// instances at once, updates rows in place and never duplicates them.
func (s *Store) SeedBook(ctx context.Context, customers []book.Customer, staff []book.Staff, accounts []book.Account) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, c := range customers {
			if err := upsert(ctx, tx, `INSERT INTO customers (id, manager_id, body) VALUES (?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET manager_id = excluded.manager_id, body = excluded.body`, c, c.ID, c.ManagerID); err != nil {
				return fmt.Errorf("customer %s: %w", c.ID, err)
			}
		}
		for _, m := range staff {
			if err := upsert(ctx, tx, `INSERT INTO staff (id, role, body) VALUES (?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET role = excluded.role, body = excluded.body`, m, m.ID, m.Role); err != nil {
				return fmt.Errorf("staff %s: %w", m.ID, err)
			}
		}
		for _, a := range accounts {
			if err := upsert(ctx, tx, `INSERT INTO accounts (id, customer_id, body) VALUES (?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, body = excluded.body`, a, a.ID, a.CustomerID); err != nil {
				return fmt.Errorf("account %s: %w", a.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("seed book: %w", err)
	}
	return nil
}

// upsert runs query with the key columns followed by v as JSON.
func upsert(ctx context.Context, tx *sql.Tx, query string, v any, id, key string) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, query, id, key, body)
	return err
}

// one loads a single JSON row, mapping "no row" to dialog.ErrNotFound.
func one[T any](ctx context.Context, s *Store, query, id string) (T, error) {
	var (
		v    T
		body []byte
	)
	if err := s.r.QueryRowContext(ctx, query, id).Scan(&body); err != nil {
		return v, notFound(err)
	}
	err := json.Unmarshal(body, &v)
	return v, err
}

// Customer loads a customer.
func (s *Store) Customer(ctx context.Context, id string) (book.Customer, error) {
	c, err := one[book.Customer](ctx, s, `SELECT body FROM customers WHERE id = ?`, id)
	if err != nil {
		return book.Customer{}, fmt.Errorf("load customer %s: %w", id, err)
	}
	return c, nil
}

// Staff loads a staff member.
func (s *Store) Staff(ctx context.Context, id string) (book.Staff, error) {
	m, err := one[book.Staff](ctx, s, `SELECT body FROM staff WHERE id = ?`, id)
	if err != nil {
		return book.Staff{}, fmt.Errorf("load staff %s: %w", id, err)
	}
	return m, nil
}

// CustomersOf lists a manager's customers by id.
func (s *Store) CustomersOf(ctx context.Context, managerID string) ([]book.Customer, error) {
	out, err := queryJSON[book.Customer](ctx, s.r, `SELECT body FROM customers WHERE manager_id = ? ORDER BY id`, managerID)
	if err != nil {
		return nil, fmt.Errorf("customers of %s: %w", managerID, err)
	}
	return out, nil
}

// Accounts lists a customer's loan accounts by id.
func (s *Store) Accounts(ctx context.Context, customerID string) ([]book.Account, error) {
	out, err := queryJSON[book.Account](ctx, s.r, `SELECT body FROM accounts WHERE customer_id = ? ORDER BY id`, customerID)
	if err != nil {
		return nil, fmt.Errorf("accounts of %s: %w", customerID, err)
	}
	return out, nil
}

// Account loads one loan account.
func (s *Store) Account(ctx context.Context, loanID string) (book.Account, error) {
	a, err := one[book.Account](ctx, s, `SELECT body FROM accounts WHERE id = ?`, loanID)
	if err != nil {
		return book.Account{}, fmt.Errorf("load account %s: %w", loanID, err)
	}
	return a, nil
}
