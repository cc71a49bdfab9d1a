package signals

import (
	"sync"
	"testing"

	"github.com/loandesk/loandesk/bot/nlu"
)

// shared builds the NLU and a Detector once for all tests: opencc's
// dictionaries take a moment to load.
var shared = sync.OnceValues(func() (*nlu.Analyzer, error) { return nlu.New() })

func newTestDetector(tb testing.TB) (*nlu.Analyzer, *Detector) {
	tb.Helper()
	a, err := shared()
	if err != nil {
		tb.Fatal(err)
	}
	return a, New(a.Normalizer())
}

// detect runs the NLU and the detector on text, as bot.Analyzer does.
func detect(a *nlu.Analyzer, d *Detector, text string) Result {
	return d.Detect(a.Analyze(text))
}

// codes lists the flag codes of res, in order.
func codes(res Result) []string {
	out := []string{}
	for _, f := range res.Flags {
		out = append(out, f.Code)
	}
	return out
}
