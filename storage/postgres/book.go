package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/loandesk/loandesk/knowledge/book"
)

// SeedBook upserts the book atomically: one batch, which PostgreSQL runs as
// one implicit transaction, of one INSERT … ON CONFLICT DO UPDATE per table.
// Seeding again, or from two instances at once, updates rows in place and
// never duplicates them; rows go in id order so concurrent seeders lock them
// in the same order and cannot deadlock. An id given twice keeps the last.
func (s *Store) SeedBook(ctx context.Context, customers []book.Customer, staff []book.Staff, accounts []book.Account) error {
	b := &pgx.Batch{}
	if err := queueUpsert(b, customers, func(c book.Customer) (string, string) { return c.ID, c.ManagerID },
		`INSERT INTO customers (id, manager_id, body) SELECT * FROM unnest($1::text[], $2::text[], $3::json[])
		ON CONFLICT (id) DO UPDATE SET manager_id = excluded.manager_id, body = excluded.body`); err != nil {
		return fmt.Errorf("seed book: customers: %w", err)
	}
	if err := queueUpsert(b, staff, func(m book.Staff) (string, string) { return m.ID, string(m.Role) },
		`INSERT INTO staff (id, role, body) SELECT * FROM unnest($1::text[], $2::text[], $3::json[])
		ON CONFLICT (id) DO UPDATE SET role = excluded.role, body = excluded.body`); err != nil {
		return fmt.Errorf("seed book: staff: %w", err)
	}
	if err := queueUpsert(b, accounts, func(a book.Account) (string, string) { return a.ID, a.CustomerID },
		`INSERT INTO accounts (id, customer_id, body) SELECT * FROM unnest($1::text[], $2::text[], $3::json[])
		ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, body = excluded.body`); err != nil {
		return fmt.Errorf("seed book: accounts: %w", err)
	}
	if b.Len() == 0 {
		return nil
	}
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("seed book: %w", translate(err))
	}
	return nil
}

// queueUpsert queues query with three arrays: the ids, the key column and
// the records as JSON, the last record of each id only, in id order (ON
// CONFLICT DO UPDATE cannot touch one row twice in a statement).
func queueUpsert[T any](b *pgx.Batch, records []T, key func(T) (id, col string), query string) error {
	if len(records) == 0 {
		return nil
	}
	last := map[string]int{}
	for i, r := range records {
		id, _ := key(r)
		last[id] = i
	}
	idx := make([]int, 0, len(last))
	for _, i := range last {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(i, j int) int {
		a, _ := key(records[i])
		b, _ := key(records[j])
		return cmp.Compare(a, b)
	})
	ids, cols, bodies := make([]string, len(idx)), make([]string, len(idx)), make([][]byte, len(idx))
	for n, i := range idx {
		ids[n], cols[n] = key(records[i])
		body, err := json.Marshal(records[i])
		if err != nil {
			return fmt.Errorf("%s: %w", ids[n], err)
		}
		bodies[n] = body
	}
	b.Queue(query, ids, cols, bodies)
	return nil
}

// one loads a single JSON row, mapping "no row" to dialog.ErrNotFound.
func one[T any](ctx context.Context, s *Store, query, id string) (T, error) {
	var (
		v    T
		body []byte
	)
	if err := s.pool.QueryRow(ctx, query, id).Scan(&body); err != nil {
		return v, translate(err)
	}
	err := json.Unmarshal(body, &v)
	return v, err
}

// Customer loads a customer.
func (s *Store) Customer(ctx context.Context, id string) (book.Customer, error) {
	c, err := one[book.Customer](ctx, s, `SELECT body FROM customers WHERE id = $1`, id)
	if err != nil {
		return book.Customer{}, fmt.Errorf("load customer %s: %w", id, err)
	}
	return c, nil
}

// Staff loads a staff member.
func (s *Store) Staff(ctx context.Context, id string) (book.Staff, error) {
	m, err := one[book.Staff](ctx, s, `SELECT body FROM staff WHERE id = $1`, id)
	if err != nil {
		return book.Staff{}, fmt.Errorf("load staff %s: %w", id, err)
	}
	return m, nil
}

// CustomersOf lists a manager's customers by id.
func (s *Store) CustomersOf(ctx context.Context, managerID string) ([]book.Customer, error) {
	out, err := queryJSON[book.Customer](ctx, s.pool, `SELECT body FROM customers WHERE manager_id = $1 ORDER BY id`, managerID)
	if err != nil {
		return nil, fmt.Errorf("customers of %s: %w", managerID, translate(err))
	}
	return out, nil
}

// Accounts lists a customer's loan accounts by id.
func (s *Store) Accounts(ctx context.Context, customerID string) ([]book.Account, error) {
	out, err := queryJSON[book.Account](ctx, s.pool, `SELECT body FROM accounts WHERE customer_id = $1 ORDER BY id`, customerID)
	if err != nil {
		return nil, fmt.Errorf("accounts of %s: %w", customerID, translate(err))
	}
	return out, nil
}

// Account loads one loan account.
func (s *Store) Account(ctx context.Context, loanID string) (book.Account, error) {
	a, err := one[book.Account](ctx, s, `SELECT body FROM accounts WHERE id = $1`, loanID)
	if err != nil {
		return book.Account{}, fmt.Errorf("load account %s: %w", loanID, err)
	}
	return a, nil
}
