package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Book is the bank's book and the admin-recorded LPR fixings. Consumers
// declare their own subsets of these methods, so the names are fixed.
type Book interface {
	// SeedBook upserts customers, staff and accounts in one transaction;
	// seeding twice (or from two instances at once) never duplicates anything.
	SeedBook(ctx context.Context, customers []book.Customer, staff []book.Staff, accounts []book.Account) error
	// Customer, Staff and Account load one record or fail with dialog.ErrNotFound.
	Customer(ctx context.Context, id string) (book.Customer, error)
	Staff(ctx context.Context, id string) (book.Staff, error)
	Account(ctx context.Context, loanID string) (book.Account, error)
	// CustomersOf lists a manager's customers, Accounts a customer's loans, both by id.
	CustomersOf(ctx context.Context, managerID string) ([]book.Customer, error)
	Accounts(ctx context.Context, customerID string) ([]book.Account, error)

	// AddFixing records an admin's fixing, replacing one of the same date.
	AddFixing(ctx context.Context, f lpr.Fixing) error
	// Fixings lists the admin-recorded fixings (not the shipped history), oldest first.
	Fixings(ctx context.Context) ([]lpr.Fixing, error)
}

var bookTests = []test{
	{"Fixings", testFixings},
	{"Book", testBook},
	{"SeedBookTwice", testSeedBookTwice},
	{"ConcurrentSeedBook", testConcurrentSeedBook},
}

func fixing(date, one, five string) lpr.Fixing {
	d, err := lpr.ParseDate(date)
	if err != nil {
		panic(err)
	}
	return lpr.Fixing{Date: d, OneYear: money.MustPercent(one), FiveYear: money.MustPercent(five)}
}

func testFixings(t *testing.T, s Store) {
	if fs, err := s.Fixings(ctx(t)); err != nil || len(fs) != 0 {
		t.Fatalf("Fixings on an empty store = %s, %v", show(fs), err)
	}
	for _, f := range []lpr.Fixing{
		fixing("2026-02-20", "2.9", "3.4"),
		fixing("2025-12-22", "3", "3.5"),
		fixing("2026-01-20", "2.95", "3.45"),
		fixing("2026-02-20", "2.85", "3.35"), // a correction replaces the same date
	} {
		if err := s.AddFixing(ctx(t), f); err != nil {
			t.Fatalf("AddFixing(%s): %v", show(f), err)
		}
	}
	// A date in another zone is kept as the calendar date it names.
	local := fixing("2026-03-20", "2.8", "3.3")
	local.Date = time.Date(2026, 3, 20, 0, 0, 0, 0, cst)
	if err := s.AddFixing(ctx(t), local); err != nil {
		t.Fatal(err)
	}
	got, err := s.Fixings(ctx(t))
	if err != nil {
		t.Fatalf("Fixings: %v", err)
	}
	equal(t, "Fixings, oldest first", show(got), show([]lpr.Fixing{
		fixing("2025-12-22", "3", "3.5"),
		fixing("2026-01-20", "2.95", "3.45"),
		fixing("2026-02-20", "2.85", "3.35"),
		fixing("2026-03-20", "2.8", "3.3"),
	}))
	for _, f := range got {
		if f.Date.Location() != time.UTC || f.Date.Hour() != 0 {
			t.Fatalf("fixing date %v is not UTC midnight", f.Date)
		}
	}
}

func demoBook() ([]book.Customer, []book.Staff, []book.Account) {
	start := time.Date(2022, 5, 15, 0, 0, 0, 0, time.UTC)
	customers := []book.Customer{
		{ID: "c-2", Name: "李娜", Lang: book.LangZhHans, ManagerID: "m-01", Phone: "13800000002", Segment: "mass"},
		{ID: "c-1", Name: "张伟", Lang: book.LangZhHans, ManagerID: "m-01", Phone: "13800000001", Segment: "affluent"},
		{ID: "c-4", Name: "陳美玲", NameEn: "Emily Chen", Lang: book.LangEn, ManagerID: "m-02", Phone: "+85291234567"},
	}
	staff := []book.Staff{
		{ID: "m-01", Name: "陈经理", Role: book.RoleManager},
		{ID: "a-02", Name: "王芳", Role: book.RoleAgent, Skills: []string{"hardship", "general"}},
	}
	accounts := []book.Account{
		{ID: "L-102", CustomerID: "c-1", Product: "consumer", Principal: money.MustAmount("200000"), RateType: book.RateFixed,
			FixedRatePct: money.MustPercent("4.35"), Method: loan.EqualPrincipal, TermMonths: 36, StartDate: start, DueDay: 20, Status: "active"},
		{ID: "L-101", CustomerID: "c-1", Product: "mortgage", Principal: money.MustAmount("1000000.50"), RateType: book.RateLPRFloating,
			LPRTenor: lpr.FiveYear, SpreadBP: -20, RepricingRule: "anniversary", Method: loan.EqualInstallment, TermMonths: 360, StartDate: start, OverduePeriods: 1},
		{ID: "L-201", CustomerID: "c-2", Product: "business", Principal: money.MustAmount("500000"), RateType: book.RateFixed,
			FixedRatePct: money.MustPercent("3.9"), Method: loan.InterestOnly, TermMonths: 12, StartDate: start},
	}
	return customers, staff, accounts
}

func mustSeed(t *testing.T, s Store) {
	t.Helper()
	c, m, a := demoBook()
	if err := s.SeedBook(ctx(t), c, m, a); err != nil {
		t.Fatalf("SeedBook: %v", err)
	}
}

func testBook(t *testing.T, s Store) {
	customers, staff, accounts := demoBook()
	mustSeed(t, s)
	for _, want := range customers {
		got, err := s.Customer(ctx(t), want.ID)
		if err != nil {
			t.Fatalf("Customer(%s): %v", want.ID, err)
		}
		equal(t, "Customer "+want.ID, got, want)
	}
	for _, want := range staff {
		got, err := s.Staff(ctx(t), want.ID)
		if err != nil {
			t.Fatalf("Staff(%s): %v", want.ID, err)
		}
		equal(t, "Staff "+want.ID, got, want)
	}
	for _, want := range accounts {
		got, err := s.Account(ctx(t), want.ID)
		if err != nil {
			t.Fatalf("Account(%s): %v", want.ID, err)
		}
		// Decimals compare by value: their JSON is the contract.
		equal(t, "Account "+want.ID, show(got), show(want))
		if !got.Principal.Equal(want.Principal.Decimal) || !got.StartDate.Equal(want.StartDate) {
			t.Fatalf("Account %s: principal %s start %v", want.ID, got.Principal, got.StartDate)
		}
	}
	mine, err := s.CustomersOf(ctx(t), "m-01")
	if err != nil {
		t.Fatalf("CustomersOf: %v", err)
	}
	equal(t, "CustomersOf(m-01), by id", mine, []book.Customer{customers[1], customers[0]})
	if none, err := s.CustomersOf(ctx(t), "m-99"); err != nil || len(none) != 0 {
		t.Fatalf("CustomersOf(unknown) = %v, %v", none, err)
	}
	loans, err := s.Accounts(ctx(t), "c-1")
	if err != nil {
		t.Fatalf("Accounts: %v", err)
	}
	equal(t, "Accounts(c-1), by id", show(loans), show([]book.Account{accounts[1], accounts[0]}))
	if none, err := s.Accounts(ctx(t), "c-4"); err != nil || len(none) != 0 {
		t.Fatalf("Accounts(no loans) = %v, %v", none, err)
	}

	_, err = s.Customer(ctx(t), "c-9")
	wantErr(t, "Customer(unknown)", err, dialog.ErrNotFound)
	_, err = s.Staff(ctx(t), "x-9")
	wantErr(t, "Staff(unknown)", err, dialog.ErrNotFound)
	_, err = s.Account(ctx(t), "L-999")
	wantErr(t, "Account(unknown)", err, dialog.ErrNotFound)

	// Returned slices are the caller's own.
	m, _ := s.Staff(ctx(t), "a-02")
	m.Skills[0] = "mutated"
	if m, _ := s.Staff(ctx(t), "a-02"); m.Skills[0] != "hardship" {
		t.Fatalf("staff skills changed through a caller's slice: %v", m.Skills)
	}
}

// testSeedBookTwice: a restart seeds again; nothing is duplicated and changed
// records are updated in place (a customer moved to another manager).
func testSeedBookTwice(t *testing.T, s Store) {
	mustSeed(t, s)
	mustSeed(t, s)
	customers, staff, accounts := demoBook()
	customers[0].ManagerID = "m-02"
	accounts[0].OverduePeriods = 2
	if err := s.SeedBook(ctx(t), customers, staff, accounts); err != nil {
		t.Fatalf("SeedBook: %v", err)
	}
	checkCounts(t, s, map[string]int{"m-01": 1, "m-02": 2}, map[string]int{"c-1": 2, "c-2": 1})
	if a, _ := s.Account(ctx(t), "L-102"); a.OverduePeriods != 2 {
		t.Fatalf("reseeding did not update the account: %s", show(a))
	}
	if err := s.SeedBook(ctx(t), nil, nil, nil); err != nil {
		t.Fatalf("SeedBook(nothing): %v", err)
	}
}

func testConcurrentSeedBook(t *testing.T, s Store) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			c, m, a := demoBook()
			if err := s.SeedBook(ctx(t), c, m, a); err != nil {
				t.Errorf("concurrent SeedBook: %v", err)
			}
		})
	}
	wg.Wait()
	checkCounts(t, s, map[string]int{"m-01": 2, "m-02": 1}, map[string]int{"c-1": 2, "c-2": 1})
}

func checkCounts(t *testing.T, s Store, byManager, byCustomer map[string]int) {
	t.Helper()
	for m, want := range byManager {
		cs, err := s.CustomersOf(ctx(t), m)
		if err != nil || len(cs) != want {
			t.Fatalf("CustomersOf(%s) = %d, %v; want %d", m, len(cs), err, want)
		}
	}
	for c, want := range byCustomer {
		as, err := s.Accounts(ctx(t), c)
		if err != nil || len(as) != want {
			t.Fatalf("Accounts(%s) = %d, %v; want %d", c, len(as), err, want)
		}
	}
}
