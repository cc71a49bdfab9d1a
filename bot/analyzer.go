// Package bot holds LoanDesk's automated responders and their understanding
// of text; this file adapts that understanding to the dialog core's Analyzer port.
package bot

import (
	"context"

	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/bot/signals"
	"github.com/loandesk/loandesk/dialog"
)

// Analyzer reads each customer message once, before it is stored: intent,
// slots and script from the NLU, sentiment and risk flags from signals. The
// responder finds the nlu.Analysis in dialog.Analysis.Detail.
type Analyzer struct {
	nlu     *nlu.Analyzer
	signals *signals.Detector
}

var _ dialog.Analyzer = Analyzer{}

// NewAnalyzer composes the NLU with a signals detector using its normaliser.
func NewAnalyzer(a *nlu.Analyzer) Analyzer {
	return Analyzer{nlu: a, signals: signals.New(a.Normalizer())}
}

// Analyze implements dialog.Analyzer.
func (a Analyzer) Analyze(_ context.Context, text string) dialog.Analysis {
	an, sig := a.Read(text)
	out := dialog.Analysis{
		Lang: an.Lang, Intent: an.Intent, Detail: an,
		Sentiment: &dialog.Sentiment{Label: sig.Sentiment.Label, Score: sig.Sentiment.Score},
	}
	for _, f := range sig.Flags {
		out.Flags = append(out.Flags, dialog.Flag{Code: f.Code, Severity: f.Severity, Evidence: f.Evidence})
	}
	return out
}

// Read returns both readings of text, for tools that show them all
// (`loandesk analyze`, `loandesk eval`).
func (a Analyzer) Read(text string) (nlu.Analysis, signals.Result) {
	an := a.nlu.Analyze(text)
	return an, a.signals.Detect(an)
}
