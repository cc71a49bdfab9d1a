package sqlite_test

import (
	"testing"

	"github.com/loandesk/loandesk/storage/sqlite"
	"github.com/loandesk/loandesk/storage/storetest"
)

func open(t *testing.T, dir string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), dir, nil)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return open(t, t.TempDir()) })
	storetest.RunBindings(t, func(t *testing.T) storetest.Bindings { return open(t, t.TempDir()) })
}
