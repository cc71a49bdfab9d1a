// Package pgtest gives tests a PostgreSQL database of their own: a fresh,
// empty schema on the server named by LOANDESK_TEST_DATABASE_URL (default
// DefaultURL), dropped when the test ends.
//
// When the server cannot be reached the test is skipped with a message
// saying so, or fails when the environment variable CI is set, so a CI job
// cannot pass by silently testing nothing.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

const (
	// EnvURL names the environment variable holding the test server's URL.
	EnvURL = "LOANDESK_TEST_DATABASE_URL"
	// DefaultURL is the test server when EnvURL is unset: a local
	// PostgreSQL with trust authentication and a database named test.
	DefaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	// PoolMaxConns caps each store's pool in URL unless the base URL sets
	// pool_max_conns: many parallel tests each opening a store must stay
	// under the server's max_connections.
	PoolMaxConns = 4
)

var probe struct {
	once sync.Once
	err  error
}

// BaseURL returns the test server's URL once it answers, or skips the test
// (fails it under CI) when it does not. Tests normally want URL instead.
func BaseURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		base = DefaultURL
	}
	probe.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		probe.err = admin(ctx, base, `SELECT 1`)
	})
	if probe.err != nil {
		msg := fmt.Sprintf("PostgreSQL test server %s unreachable (set %s to one): %v", describe(base), EnvURL, probe.err)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return base
}

// URL creates an empty schema lt_<random> and returns the test server's URL
// with search_path set to it (and pool_max_conns to PoolMaxConns unless the
// base URL sets it). The schema, and everything in it, is dropped when the
// test ends, after cleanups registered later (closing a store opened on it).
//
// The URL is meant for postgres.Open and pgxpool; pgx.Connect would send
// pool_max_conns to the server as a setting it does not know.
func URL(t testing.TB) string {
	t.Helper()
	u, _ := Schema(t)
	return u
}

// Schema is URL that also returns the schema's name.
func Schema(t testing.TB) (dbURL, schema string) {
	t.Helper()
	base := BaseURL(t)
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	schema = "lt_" + hex.EncodeToString(b)
	if err := admin(t.Context(), base, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create test schema: %v", err)
	}
	t.Cleanup(func() {
		// t.Context is done by now; a dropped schema must not outlive the run.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := admin(ctx, base, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop test schema %s: %v", schema, err)
		}
	})
	dbURL, err := withSchema(base, schema)
	if err != nil {
		t.Fatal(err)
	}
	return dbURL, schema
}

// admin runs one statement on a connection of its own (parsed as pgxpool
// does, so a base URL with pool settings works too).
func admin(ctx context.Context, base, stmt string) error {
	cfg, err := pgxpool.ParseConfig(base)
	if err != nil {
		return fmt.Errorf("%s is not a connection string pgx understands", EnvURL)
	}
	conn, err := pgx.ConnectConfig(ctx, cfg.ConnConfig)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, stmt)
	return err
}

// withSchema adds search_path (and a pool cap) to a URL or key=value connection string.
func withSchema(base, schema string) (string, error) {
	if strings.HasPrefix(base, "postgres://") || strings.HasPrefix(base, "postgresql://") {
		u, err := url.Parse(base)
		if err != nil {
			return "", fmt.Errorf("%s is not a valid URL", EnvURL)
		}
		q := u.Query()
		q.Set("search_path", schema)
		if q.Get("pool_max_conns") == "" {
			q.Set("pool_max_conns", fmt.Sprint(PoolMaxConns))
		}
		u.RawQuery = q.Encode()
		return u.String(), nil
	}
	s := base + " search_path=" + schema
	if !strings.Contains(base, "pool_max_conns") {
		s += fmt.Sprintf(" pool_max_conns=%d", PoolMaxConns)
	}
	return s, nil
}

// describe names a server without its password.
func describe(connString string) string {
	cfg, err := pgxpool.ParseConfig(connString)
	if err != nil {
		return "(unparsable " + EnvURL + ")"
	}
	cc := cfg.ConnConfig
	return fmt.Sprintf("%s@%s:%d/%s", cc.User, cc.Host, cc.Port, cc.Database)
}
