package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/loandesk/loandesk/storage/postgres"
)

// migrateCmd brings a PostgreSQL database to the binary's schema. serve
// migrates on start too; running it first lets a deploy fail before traffic
// moves, and lets instances start without racing on the schema.
func migrateCmd(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbURL := fs.String("database-url", envOr(getenv, "LOANDESK_DATABASE_URL", ""), "postgres:// URL (LOANDESK_DATABASE_URL)")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if *dbURL == "" {
		return usageError{errors.New("migrate: set LOANDESK_DATABASE_URL or --database-url (the embedded store migrates itself)")}
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if err := postgres.Migrate(ctx, *dbURL, log); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	fmt.Fprintln(stderr, "migrate: the schema is up to date")
	return nil
}
