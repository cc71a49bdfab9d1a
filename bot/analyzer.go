// Package bot holds LoanDesk's automated responders and their understanding
// of text; this file adapts that understanding to the dialog core's Analyzer port.
package bot

import (
	"context"

	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/dialog"
)

// Analyzer reads each customer message once, before it is stored; the
// responder finds the nlu.Analysis in dialog.Analysis.Detail.
type Analyzer struct{ nlu *nlu.Analyzer }

var _ dialog.Analyzer = Analyzer{}

// NewAnalyzer wraps an nlu.Analyzer.
func NewAnalyzer(a *nlu.Analyzer) Analyzer { return Analyzer{nlu: a} }

// Analyze implements dialog.Analyzer.
func (a Analyzer) Analyze(_ context.Context, text string) dialog.Analysis {
	an := a.nlu.Analyze(text)
	return dialog.Analysis{Lang: an.Lang, Intent: an.Intent, Detail: an}
}
