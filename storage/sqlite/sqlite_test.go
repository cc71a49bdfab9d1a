package sqlite_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
	"github.com/loandesk/loandesk/storage/sqlite"
)

// Everything written before Close is there after reopening the directory.
func TestReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "data") // Open creates missing directories
	ctx := t.Context()
	now := time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC)
	s, err := sqlite.Open(ctx, dir, nil)
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

	s = open(t, dir)
	c, err := s.Conversation(ctx, "cv-1")
	must(err)
	if c.Status != dialog.StatusEnded || c.LastSeq != 2 || c.NoteID != "n-1" {
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
	if open, err := s.OpenConversations(ctx, now.Add(time.Hour)); err != nil || len(open) != 1 || open[0].ID != "cv-2" {
		t.Fatalf("open conversations after reopen: %+v, %v", open, err)
	}
	if fs, err := s.Fixings(ctx); err != nil || len(fs) != 1 {
		t.Fatalf("fixings after reopen: %+v, %v", fs, err)
	}
}

// Opening again applies nothing twice; each migration is recorded once.
func TestMigrationsOnce(t *testing.T) {
	dir := t.TempDir()
	for range 3 {
		s, err := sqlite.Open(t.Context(), dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	checkVersions(t, dir)
}

// Two instances starting on a fresh directory at once both come up.
func TestConcurrentOpen(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			s, err := sqlite.Open(t.Context(), dir, nil)
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
	checkVersions(t, dir)
	s := open(t, dir)
	if err := s.CreateConversation(t.Context(), dialog.Conversation{ID: "cv-1"}); err != nil {
		t.Fatalf("store unusable after concurrent opens: %v", err)
	}
}

// checkVersions reads goose's table directly: every embedded migration applied exactly once.
func checkVersions(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", filepath.Join(dir, sqlite.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.QueryContext(t.Context(), `SELECT version_id, count(*) FROM goose_db_version WHERE version_id > 0 GROUP BY version_id ORDER BY version_id`)
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
	if n != len(entries) {
		t.Fatalf("%d migrations recorded, %d embedded", n, len(entries))
	}
}
