// Command loandesk is LoanDesk's single binary: the service and its tools.
// main only wires: every subcommand is a function taking its arguments and
// returning an error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "loandesk:", err)
		}
		os.Exit(exitCode(err))
	}
}

// usageError marks errors in how the command was called (exit status 2).
type usageError struct{ error }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

const usage = `usage: loandesk <command> [flags]

commands:
  serve        run the service (HTTP API, WebSocket, pages)
  calc         loan calculators: schedule | quota | prepayment | lpr-impact
  lpr          LPR fixings: list | add
  analyze      read {"text": ...} JSON lines on stdin, write analyses on stdout
  eval         score the understanding on a labelled set: eval --data FILE [--json]
  load         drive a running demo service over the socket and report turn latency
  migrate      bring the PostgreSQL schema (LOANDESK_DATABASE_URL) up to date
  ready        exit 0 when a running instance's /readyz answers 200 (container health checks)
  version      print the version

Run 'loandesk <command> -h' for a command's flags.`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return usageError{errors.New("no command")}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, rest, stderr, getenv)
	case "calc":
		return calc(rest, stdout, stderr)
	case "lpr":
		return lprCmd(ctx, rest, stdout, stderr, getenv)
	case "analyze":
		return analyze(ctx, stdin, stdout)
	case "eval":
		return evalCmd(rest, stdout, stderr)
	case "load":
		return loadCmd(ctx, rest, stdout, stderr)
	case "migrate":
		return migrateCmd(ctx, rest, stderr, getenv)
	case "ready":
		return readyCmd(ctx, rest, stderr)
	case "version":
		fmt.Fprintln(stdout, "loandesk", version)
		return nil
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	fmt.Fprintln(stderr, usage)
	return usageError{fmt.Errorf("unknown command %q", cmd)}
}

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"
