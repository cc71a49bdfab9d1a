package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/loandesk/loandesk/bot/borrower"
	"github.com/loandesk/loandesk/channels/telegram"
	"github.com/loandesk/loandesk/channels/web"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/storage/memory"
	"github.com/loandesk/loandesk/storage/postgres"
	"github.com/loandesk/loandesk/storage/redis"
	"github.com/loandesk/loandesk/storage/sqlite"
)

// appStore is what the service needs of a store: the conversation store, the
// bank's book and the LPR fixings. The SQLite and PostgreSQL adapters are both one.
type appStore interface {
	dialog.Store
	web.Book
	borrower.Book
	SeedBook(ctx context.Context, customers []book.Customer, staff []book.Staff, accounts []book.Account) error
	telegram.Bindings
	web.Bindings
	Close() error
}

var (
	_ appStore = (*sqlite.Store)(nil)
	_ appStore = (*postgres.Store)(nil)
)

// backend is what serve runs on: the embedded store with in-process queues,
// or PostgreSQL and (for several instances) Redis.
type backend struct {
	store   appStore
	bus     dialog.Bus
	locker  dialog.Locker
	seats   dialog.SeatRegistry // nil: presence stays in this process
	limiter web.Limiter
	// shared is true when other instances may use the same store: a start must
	// not finish their open conversations (the idle sweep does, under the lock).
	shared  bool
	closers []func() error
}

// openStore opens PostgreSQL when a database URL is set, else the embedded store.
func openStore(ctx context.Context, dataDir, databaseURL string, log *slog.Logger) (appStore, error) {
	if databaseURL != "" {
		s, err := postgres.Open(ctx, databaseURL, log)
		if err != nil {
			return nil, fmt.Errorf("open PostgreSQL (LOANDESK_DATABASE_URL): %w", err)
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, dataDir, log)
	if err != nil {
		return nil, fmt.Errorf("open the embedded store in %s: %w", dataDir, err)
	}
	return s, nil
}

// openBackend wires the configured adapters; Close releases them in reverse.
func openBackend(ctx context.Context, cfg config, log *slog.Logger) (*backend, error) {
	store, err := openStore(ctx, cfg.DataDir, cfg.DatabaseURL, log.With("component", "store"))
	if err != nil {
		return nil, err
	}
	b := &backend{store: store, closers: []func() error{store.Close}, shared: cfg.DatabaseURL != ""}
	if cfg.RedisURL == "" {
		b.bus, b.locker, b.limiter = memory.NewBus(memory.DefaultBuffer), memory.NewLocker(), memory.NewLimiter()
		if b.shared {
			log.Warn("PostgreSQL without Redis: run one instance only, or set LOANDESK_REDIS_URL to share sessions, locks and the queue")
		}
		return b, nil
	}
	if !b.shared {
		log.Warn("Redis without PostgreSQL: each instance keeps its own embedded store; share LOANDESK_DATABASE_URL to run several")
	}
	rc, err := redis.Open(ctx, cfg.RedisURL, redis.Options{Prefix: cfg.RedisPrefix, Logger: log.With("component", "redis")})
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("open Redis (LOANDESK_REDIS_URL): %w", err)
	}
	b.closers = append(b.closers, rc.Close)
	b.bus, b.locker = redis.NewBus(rc, memory.DefaultBuffer), redis.NewLocker(rc, redis.LockerOptions{TTL: cfg.LockTTL})
	b.seats, b.limiter = redis.NewSeats(rc), redis.NewLimiter(rc)
	return b, nil
}

// Close releases the adapters, the store last.
func (b *backend) Close() error {
	var errs []error
	for i := len(b.closers) - 1; i >= 0; i-- {
		errs = append(errs, b.closers[i]())
	}
	return errors.Join(errs...)
}
