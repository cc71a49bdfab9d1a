package memory

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/lpr"
)

// bookData holds the bank's book and the admin-recorded LPR fixings.
type bookData struct {
	customers map[string]book.Customer
	staff     map[string]book.Staff
	accounts  map[string]book.Account
	fixings   map[string]lpr.Fixing // by YYYY-MM-DD
}

func newBook() bookData {
	return bookData{
		customers: map[string]book.Customer{},
		staff:     map[string]book.Staff{},
		accounts:  map[string]book.Account{},
		fixings:   map[string]lpr.Fixing{},
	}
}

// copyStaff clones Skills; the other book types hold only values (decimals
// are immutable), so a plain copy shares nothing mutable.
func copyStaff(m book.Staff) book.Staff {
	m.Skills = slices.Clone(m.Skills)
	return m
}

// SeedBook upserts the book by id; seeding twice changes nothing.
func (s *Store) SeedBook(ctx context.Context, customers []book.Customer, staff []book.Staff, accounts []book.Account) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range customers {
		s.book.customers[c.ID] = c
	}
	for _, m := range staff {
		s.book.staff[m.ID] = copyStaff(m)
	}
	for _, a := range accounts {
		s.book.accounts[a.ID] = a
	}
	return nil
}

// Customer loads a customer.
func (s *Store) Customer(ctx context.Context, id string) (book.Customer, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.book.customers[id]
	if !ok {
		return book.Customer{}, fmt.Errorf("load customer %s: %w", id, dialog.ErrNotFound)
	}
	return c, nil
}

// Staff loads a staff member.
func (s *Store) Staff(ctx context.Context, id string) (book.Staff, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.book.staff[id]
	if !ok {
		return book.Staff{}, fmt.Errorf("load staff %s: %w", id, dialog.ErrNotFound)
	}
	return copyStaff(m), nil
}

// CustomersOf lists a manager's customers by id.
func (s *Store) CustomersOf(ctx context.Context, managerID string) ([]book.Customer, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []book.Customer{}
	for _, c := range s.book.customers {
		if c.ManagerID == managerID {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b book.Customer) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// Accounts lists a customer's loan accounts by id.
func (s *Store) Accounts(ctx context.Context, customerID string) ([]book.Account, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []book.Account{}
	for _, a := range s.book.accounts {
		if a.CustomerID == customerID {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b book.Account) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// Account loads one loan account.
func (s *Store) Account(ctx context.Context, loanID string) (book.Account, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.book.accounts[loanID]
	if !ok {
		return book.Account{}, fmt.Errorf("load account %s: %w", loanID, dialog.ErrNotFound)
	}
	return a, nil
}
