package postgres_test

import (
	"context"
	"errors"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
	"github.com/loandesk/loandesk/storage/postgres"
	"github.com/loandesk/loandesk/storage/postgres/pgtest"
	"github.com/loandesk/loandesk/storage/storetest"
)

func open(t testing.TB, dbURL string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), dbURL, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return open(t, pgtest.URL(t)) })
	storetest.RunBindings(t, func(t *testing.T) storetest.Bindings { return open(t, pgtest.URL(t)) })
}

// Everything written before Close is there after reopening, in the schema
// the URL's search_path names and nowhere else.
func TestReopen(t *testing.T) {
	dbURL, schema := pgtest.Schema(t)
	ctx := t.Context()
	now := time.Date(2025, 3, 20, 9, 0, 0, 123456789, time.UTC)
	s, err := postgres.Open(ctx, dbURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.CreateConversation(ctx, dialog.Conversation{ID: "cv-1", CustomerID: "c-1", Role: dialog.RoleBorrower, Channel: "web", StartedAt: now, LastActive: now}))
	must(s.CreateConversation(ctx, dialog.Conversation{ID: "cv-2", CustomerID: "c-1", Role: dialog.RoleBorrower, Channel: "web", StartedAt: now, LastActive: now}))
	_, _, err = s.AddMessage(ctx, dialog.Message{ConversationID: "cv-1", ClientID: "m1", Text: "hi", At: now})
	must(err)
	_, err = s.AppendFrames(ctx, "cv-1", []dialog.Frame{{Type: dialog.FrameReply, ReplyTo: "m1", Text: "hello", At: now}})
	must(err)
	_, _, _, err = s.Finish(ctx, "cv-1", dialog.Note{ID: "n-1", CustomerID: "c-1", EndedAt: now, Flags: []dialog.Flag{{Code: "job_loss"}}}, dialog.Frame{Type: dialog.FrameEnded, At: now})
	must(err)
	must(s.AddFixing(ctx, lpr.Fixing{Date: now, OneYear: money.MustPercent("3"), FiveYear: money.MustPercent("3.5")}))
	must(s.Close())

	s = open(t, dbURL)
	c, err := s.Conversation(ctx, "cv-1")
	must(err)
	if c.Status != dialog.StatusEnded || c.LastSeq != 2 || c.NoteID != "n-1" || !c.EndedAt.Equal(now) || c.EndedAt.Location() != time.UTC {
		t.Fatalf("conversation after reopen: %+v", c)
	}
	if ms, err := s.Messages(ctx, "cv-1"); err != nil || len(ms) != 1 || ms[0].Text != "hi" {
		t.Fatalf("messages after reopen: %+v, %v", ms, err)
	}
	if fs, err := s.FramesAfter(ctx, "cv-1", 0); err != nil || len(fs) != 2 || fs[1].NoteID != "n-1" {
		t.Fatalf("frames after reopen: %+v, %v", fs, err)
	}
	if ns, err := s.Notes(ctx, dialog.NoteQuery{Flag: "job_loss"}); err != nil || len(ns) != 1 {
		t.Fatalf("notes after reopen: %+v, %v", ns, err)
	}
	// A nanosecond after the last activity is strictly after it; the instant itself is not.
	if open, err := s.OpenConversations(ctx, now.Add(time.Nanosecond)); err != nil || len(open) != 1 || open[0].ID != "cv-2" {
		t.Fatalf("open conversations after reopen: %+v, %v", open, err)
	}
	if open, err := s.OpenConversations(ctx, now); err != nil || len(open) != 0 {
		t.Fatalf("open conversations before their last activity: %+v, %v", open, err)
	}
	if fs, err := s.Fixings(ctx); err != nil || len(fs) != 1 {
		t.Fatalf("fixings after reopen: %+v, %v", fs, err)
	}

	pool := poolOf(t, pgtest.BaseURL(t))
	var tables int
	must(pool.QueryRow(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'conversations'`, schema).Scan(&tables))
	if tables != 1 {
		t.Fatalf("conversations table not in schema %s", schema)
	}
	other := open(t, pgtest.URL(t))
	if _, err := other.Conversation(ctx, "cv-1"); !errors.Is(err, dialog.ErrNotFound) {
		t.Fatalf("another schema sees cv-1: %v", err)
	}
}

// Opening again applies nothing twice; Migrate on a migrated schema is a no-op.
func TestMigrationsOnce(t *testing.T) {
	dbURL := pgtest.URL(t)
	for range 3 {
		s, err := postgres.Open(t.Context(), dbURL, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := postgres.Migrate(t.Context(), dbURL, nil); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	checkVersions(t, dbURL)
}

// Instances starting on a fresh schema at once all come up: goose's advisory
// lock makes them queue instead of racing on CREATE TABLE.
func TestConcurrentOpen(t *testing.T) {
	dbURL := pgtest.URL(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			s, err := postgres.Open(t.Context(), dbURL, nil)
			if err != nil {
				t.Errorf("concurrent Open: %v", err)
				return
			}
			if err := s.Ping(t.Context()); err != nil {
				t.Errorf("Ping: %v", err)
			}
			s.Close()
		})
	}
	wg.Wait()
	checkVersions(t, dbURL)
	s := open(t, dbURL)
	if err := s.CreateConversation(t.Context(), dialog.Conversation{ID: "cv-1"}); err != nil {
		t.Fatalf("store unusable after concurrent opens: %v", err)
	}
}

// Open fails with an error naming the problem, and never the password.
func TestOpenErrors(t *testing.T) {
	const password = "s3cr3t-pw"
	base, err := url.Parse(pgtest.BaseURL(t))
	if err != nil {
		t.Skip("LOANDESK_TEST_DATABASE_URL is not a URL")
	}
	variant := func(db string, query url.Values) string {
		u := *base
		u.User = url.UserPassword(base.User.Username(), password)
		u.Path = "/" + db
		q := u.Query()
		for k, v := range query {
			q[k] = v
		}
		u.RawQuery = q.Encode()
		return u.String()
	}
	for _, tc := range []struct {
		name, url string
		want      []string
	}{
		{"empty", "", []string{"empty database URL"}},
		{"bad port", "postgres://loandesk:" + password + "@127.0.0.1:notaport/test", []string{"invalid database URL", "invalid port"}},
		{"bad escape", "postgres://loandesk:" + password + "%zz@127.0.0.1/test", []string{"invalid database URL", "percent"}},
		{"bad setting", "host=127.0.0.1 password=" + password + " sslmode=sometimes", []string{"invalid database URL", "sslmode"}},
		{"nobody listening", "postgres://loandesk:" + password + "@127.0.0.1:1/test?connect_timeout=5", []string{"loandesk@127.0.0.1:1/test", "connect"}},
		{"unknown database", variant("lt_no_such_db", nil), []string{"lt_no_such_db", "does not exist"}},
		{"unknown schema", variant(strings.TrimPrefix(base.Path, "/"), url.Values{"search_path": {"lt_no_such_schema"}}), []string{"lt_no_such_schema", "no existing schema"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := postgres.Open(t.Context(), tc.url, nil)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			msg := err.Error()
			t.Log(msg)
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not mention %q", msg, w)
				}
			}
			if strings.Contains(msg, password) || strings.Contains(msg, "s3cr3t") {
				t.Errorf("error leaks the password: %q", msg)
			}
			if err := postgres.Migrate(t.Context(), tc.url, nil); err == nil || strings.Contains(err.Error(), password) {
				t.Errorf("Migrate = %v", err)
			}
		})
	}
}

// Text PostgreSQL cannot hold in a text column (a NUL byte) is refused as
// invalid input rather than failing obscurely; inside a body (json, not
// jsonb) it round-trips.
func TestNULBytes(t *testing.T) {
	s := open(t, pgtest.URL(t))
	ctx := t.Context()
	if err := s.CreateConversation(ctx, dialog.Conversation{ID: "cv-1", CustomerID: "c-1"}); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.AddMessage(ctx, dialog.Message{ConversationID: "cv-1", ClientID: "m\x001", Text: "x"})
	if !errors.Is(err, dialog.ErrInvalid) {
		t.Fatalf("client id with a NUL byte: %v, want ErrInvalid", err)
	}
	m, _, err := s.AddMessage(ctx, dialog.Message{ConversationID: "cv-1", ClientID: "m2", Text: "a\x00b"})
	if err != nil || m.Text != "a\x00b" {
		t.Fatalf("text with a NUL byte = %q, %v", m.Text, err)
	}
	if ms, err := s.Messages(ctx, "cv-1"); err != nil || len(ms) != 1 || ms[0].Text != "a\x00b" {
		t.Fatalf("Messages = %+v, %v", ms, err)
	}
}

func poolOf(t testing.TB, dbURL string) *pgxpool.Pool {
	t.Helper()
	pool, err := pgxpool.New(t.Context(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}

// checkVersions reads goose's table directly: every embedded migration applied exactly once.
func checkVersions(t *testing.T, dbURL string) {
	t.Helper()
	entries, err := os.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	pool := poolOf(t, dbURL)
	rows, err := pool.Query(ctx, `SELECT version_id, count(*) FROM goose_db_version WHERE version_id > 0 GROUP BY version_id ORDER BY version_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var version, count int64
		if err := rows.Scan(&version, &count); err != nil {
			t.Fatal(err)
		}
		n++
		if version != int64(n) || count != 1 {
			t.Fatalf("migration %d recorded %d times (expected version %d)", version, count, n)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n != len(entries) {
		t.Fatalf("%d migrations recorded, %d embedded", n, len(entries))
	}
}
