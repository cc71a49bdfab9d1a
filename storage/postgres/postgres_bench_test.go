package postgres_test

import (
	"testing"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/postgres"
	"github.com/loandesk/loandesk/storage/postgres/pgtest"
	"github.com/loandesk/loandesk/storage/storetest"
)

func BenchmarkStore(b *testing.B) {
	storetest.RunBench(b, func(b *testing.B) dialog.Store {
		s, err := postgres.Open(b.Context(), pgtest.URL(b), nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	})
}
