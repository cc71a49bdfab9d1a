package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/loandesk/loandesk/dialog"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the PostgreSQL adapter. It is safe for concurrent use, by many
// goroutines and by many instances sharing the database.
//
// Atomicity comes from PostgreSQL itself rather than from one writer: each
// write is a single statement where it can be (AppendFrames bumps last_seq
// with UPDATE … RETURNING and inserts the frames in the same statement, so
// appenders queue on the conversation's row lock), and a transaction under
// READ COMMITTED with the conversation row locked where it cannot (Finish).
// Idempotent writes rest on unique constraints and ON CONFLICT DO NOTHING.
type Store struct {
	pool   *pgxpool.Pool
	logger *slog.Logger
}

// Open connects to the database at databaseURL (see the package doc for the settings
// it honours), migrates it to the latest schema and returns the store.
// Errors name the server and database, never the password.
func Open(ctx context.Context, databaseURL string, logger *slog.Logger) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	pool, where, err := connect(ctx, databaseURL)
	if err != nil {
		return nil, err
	}
	if err := migrate(ctx, pool, logger); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres store %s: %w", where, err)
	}
	return &Store{pool: pool, logger: logger}, nil
}

// Migrate applies the embedded migrations to the database at databaseURL
// and returns; it is what Open does first, for `loandesk migrate`.
func Migrate(ctx context.Context, databaseURL string, logger *slog.Logger) error {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	pool, where, err := connect(ctx, databaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := migrate(ctx, pool, logger); err != nil {
		return fmt.Errorf("migrate postgres %s: %w", where, err)
	}
	return nil
}

// connect parses databaseURL, opens a pool and checks the server answers.
// where describes the target for error messages: user, host and database only.
func connect(ctx context.Context, databaseURL string) (pool *pgxpool.Pool, where string, err error) {
	if databaseURL == "" {
		return nil, "", errors.New("open postgres store: empty database URL")
	}
	cfg, err := pgxpool.ParseConfig(databaseURL)
	if err != nil {
		// Never the connection string itself, which holds the password.
		var pe *pgconn.ParseConfigError
		if errors.As(err, &pe) {
			return nil, "", fmt.Errorf("open postgres store: invalid database URL: %s", parseProblem(pe))
		}
		return nil, "", errors.New("open postgres store: invalid database URL")
	}
	cc := cfg.ConnConfig
	where = fmt.Sprintf("%s@%s:%d/%s", cc.User, cc.Host, cc.Port, cc.Database)
	if sp := cc.RuntimeParams["search_path"]; sp != "" {
		where += " (search_path " + sp + ")"
	}
	pool, err = pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, "", fmt.Errorf("open postgres store %s: %w", where, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, "", fmt.Errorf("open postgres store %s: %w", where, err)
	}
	return pool, where, nil
}

// parseProblem says what is wrong with a connection string without quoting
// it: pgconn's message quotes the string (masking the password only when it
// can find it) and its cause, a net/url error, quotes it whole.
func parseProblem(pe *pgconn.ParseConfigError) string {
	bare := *pe
	bare.ConnString = ""
	msg := strings.TrimPrefix(bare.Error(), "cannot parse ``: ")
	cause := pe.Unwrap()
	if cause == nil {
		return msg
	}
	msg = strings.TrimSuffix(msg, " ("+cause.Error()+")")
	var ue *url.Error
	var esc url.EscapeError
	switch {
	case errors.As(cause, &esc):
		return msg + " (invalid percent-escape)" // the escape may be part of the password
	case errors.As(cause, &ue):
		return msg + " (" + ue.Err.Error() + ")" // ue itself quotes the URL
	case strings.Contains(cause.Error(), pe.ConnString):
		return msg
	}
	return msg + " (" + cause.Error() + ")"
}

// migrate applies the embedded migrations with goose's Provider (no global
// state, so tests in parallel do not race) on a database/sql view of pool.
//
// goose takes a session-level advisory lock around Up, so instances starting
// at once on a fresh database queue instead of racing on CREATE TABLE. The
// lock id is derived from the database and schema: two deployments (or two
// tests) in different schemas of one database migrate independently, and two
// instances of one deployment always contend for the same lock.
func migrate(ctx context.Context, pool *pgxpool.Pool, logger *slog.Logger) error {
	var (
		database string
		schema   pgtype.Text
	)
	if err := pool.QueryRow(ctx, `SELECT current_database(), current_schema()`).Scan(&database, &schema); err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if !schema.Valid {
		return fmt.Errorf("migrations: search_path %q names no existing schema; create it first",
			pool.Config().ConnConfig.RuntimeParams["search_path"])
	}
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "loandesk goose %s.%s", database, schema.String)
	// Poll every second, for up to ten minutes (goose's minimum period is a
	// second); ctx ends the wait sooner.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64())), lock.WithLockTimeout(1, 600))
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close() // does not close pool
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys,
		goose.WithSessionLocker(locker), goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	results, err := p.Up(ctx)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	for _, r := range results {
		logger.Info("postgres migration applied", "version", r.Source.Version, "schema", schema.String, "duration", r.Duration)
	}
	return nil
}

// Close closes the connection pool, waiting for connections in use to be released.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("ping postgres: %w", err)
	}
	return nil
}

// tx runs fn in a READ COMMITTED transaction and commits when it returns nil.
func (s *Store) tx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{}, fn)
}

// translate maps what PostgreSQL says to the core's errors: no row is
// ErrNotFound, text PostgreSQL cannot store (a NUL byte, invalid UTF-8) is
// ErrInvalid. Anything else is returned as it is.
func translate(err error) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return dialog.ErrNotFound
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "22021", "22P05": // character_not_in_repertoire, untranslatable_character
			return fmt.Errorf("%w: %s", dialog.ErrInvalid, pe.Message)
		}
	}
	return err
}

// isUnique reports whether err is a unique violation of the named constraint.
func isUnique(err error, constraint string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == constraint
}

// split stores an instant as PostgreSQL can: a timestamptz to the
// microsecond (nil, i.e. NULL, for the zero time) and the 0–999 nanoseconds
// below it, so that join(split(t)) == t.UTC() exactly.
func split(t time.Time) (at any, ns int16) {
	if t.IsZero() {
		return nil, 0
	}
	t = t.UTC()
	us := t.Truncate(time.Microsecond)
	return us, int16(t.Sub(us))
}

// join reads back what split stored, in UTC.
func join(at pgtype.Timestamptz, ns int16) time.Time {
	if !at.Valid {
		return time.Time{}
	}
	return at.Time.UTC().Add(time.Duration(ns))
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC()
}
