// Package sqlite is LoanDesk's embedded store: dialog.Store, the bank's book
// and LPR fixings in one SQLite file, on the pure-Go modernc.org/sqlite driver.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// FileName is the database file inside the data directory.
const FileName = "loandesk.db"

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the SQLite adapter. It is safe for concurrent use.
//
// Writes go through a pool of exactly one connection whose transactions begin
// IMMEDIATE (the DSN's _txlock): within a process writers queue in database/sql,
// honouring ctx, instead of spinning in SQLite's busy handler, and a
// read-then-write transaction (read LastSeq, insert seq+1) can never be
// upgraded into SQLITE_BUSY. Across processes sharing the directory,
// IMMEDIATE plus busy_timeout makes the second writer wait for the first.
// Reads use a separate pool, which WAL lets run alongside the writer.
type Store struct {
	w, r   *sql.DB
	logger *slog.Logger
}

// Open opens (creating if needed) dir/loandesk.db and migrates it to the latest schema.
func Open(ctx context.Context, dir string, logger *slog.Logger) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if dir == "" || strings.ContainsAny(dir, "?#") {
		return nil, fmt.Errorf("open sqlite store: data dir %q must be set and free of '?' and '#'", dir)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("open sqlite store: %w", err)
	}
	path := filepath.Join(dir, FileName)
	const params = "_busy_timeout=10000&_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1"
	w, err := sql.Open("sqlite", path+"?"+params+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	r, err := sql.Open("sqlite", path+"?"+params+"&_query_only=1")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	s := &Store{w: w, r: r, logger: logger}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	return s, nil
}

// migrate applies the embedded migrations with goose: versioned plain-SQL files
// reviewed like code, a version table every tool understands, and the same
// library (and file format) for the PostgreSQL adapter and `loandesk migrate`.
func (s *Store) migrate(ctx context.Context) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, s.w, fsys)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	// Not p.Close(): it would close s.w.
	//
	// goose has no SQLite lock, so two processes opening a fresh directory at
	// once can race: each migration runs in its own IMMEDIATE transaction and
	// the loser fails on tables the winner just created. Up re-reads the
	// version table each time, so trying again (while the winner may still be
	// part-way through the files) converges; nothing pending means done.
	var results []*goose.MigrationResult
	for attempt := 1; ; attempt++ {
		results, err = p.Up(ctx)
		if err == nil {
			break
		}
		pending, perr := p.HasPending(ctx)
		if perr == nil && !pending {
			s.logger.Info("sqlite migrations applied by another process", "error", err)
			break
		}
		if attempt == 20 {
			return fmt.Errorf("migrations: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("migrations: %w", ctx.Err())
		case <-time.After(time.Duration(attempt) * 25 * time.Millisecond):
		}
	}
	for _, r := range results {
		s.logger.Info("sqlite migration applied", "version", r.Source.Version, "duration", r.Duration)
	}
	return nil
}

// Close closes both connection pools.
func (s *Store) Close() error {
	return errors.Join(s.w.Close(), s.r.Close())
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.r.PingContext(ctx); err != nil {
		return fmt.Errorf("ping sqlite: %w", err)
	}
	return nil
}

// tx runs fn in an IMMEDIATE transaction on the writer and commits when it returns nil.
func (s *Store) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, rollback(tx))
	}
	return tx.Commit()
}

func rollback(tx *sql.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return err
	}
	return nil
}

// nanos stores a time as UTC unix nanoseconds; the zero time is NULL.
func nanos(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}

// fromNanos reads back what nanos stored, in UTC.
func fromNanos(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC()
}
