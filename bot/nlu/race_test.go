package nlu

import (
	"sync"
	"testing"
)

// TestAnalyzeConcurrent checks that one Analyzer serves many goroutines
// (run with -race).
func TestAnalyzeConcurrent(t *testing.T) {
	a := newTestAnalyzer(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				a.Analyze(benchTexts[(g+i)%len(benchTexts)])
			}
		}()
	}
	wg.Wait()
}
