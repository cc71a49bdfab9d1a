package sqlite_test

import (
	"testing"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/sqlite"
	"github.com/loandesk/loandesk/storage/storetest"
)

// BenchmarkStore: one writer connection serialises the parallel turns.
func BenchmarkStore(b *testing.B) {
	storetest.RunBench(b, func(b *testing.B) dialog.Store {
		s, err := sqlite.Open(b.Context(), b.TempDir(), nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	})
}
