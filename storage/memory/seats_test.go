package memory_test

import (
	"testing"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
	"github.com/loandesk/loandesk/storage/storetest"
)

func TestSeats(t *testing.T) {
	storetest.RunSeats(t, func(*testing.T) (dialog.SeatRegistry, dialog.SeatRegistry) {
		s := memory.NewSeats()
		return s, s
	})
}
