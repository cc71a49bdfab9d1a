package memory_test

import (
	"testing"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
	"github.com/loandesk/loandesk/storage/storetest"
)

func TestBus(t *testing.T) {
	storetest.RunBus(t, func(t *testing.T) dialog.Bus { return memory.NewBus(8) })
}

func TestLocker(t *testing.T) {
	storetest.RunLocker(t, func(t *testing.T) dialog.Locker { return memory.NewLocker() })
}
