package memory_test

import (
	"testing"

	"github.com/loandesk/loandesk/storage/memory"
	"github.com/loandesk/loandesk/storage/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return memory.NewStore() })
}
