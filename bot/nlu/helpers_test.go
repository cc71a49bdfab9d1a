package nlu

import (
	"sync"
	"testing"
)

var (
	sharedOnce     sync.Once
	sharedAnalyzer *Analyzer
	sharedErr      error
)

// newTestAnalyzer shares one Analyzer across tests (New loads dictionaries).
func newTestAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	sharedOnce.Do(func() { sharedAnalyzer, sharedErr = New() })
	if sharedErr != nil {
		tb.Fatal(sharedErr)
	}
	return sharedAnalyzer
}
