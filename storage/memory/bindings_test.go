package memory_test

import (
	"testing"

	"github.com/loandesk/loandesk/storage/memory"
	"github.com/loandesk/loandesk/storage/storetest"
)

func TestBindings(t *testing.T) {
	storetest.RunBindings(t, func(t *testing.T) storetest.Bindings { return memory.NewBindings() })
}
