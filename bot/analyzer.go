// Package bot holds LoanDesk's automated responders and their understanding
// of text; this file adapts that understanding to the dialog core's Analyzer port.
package bot

import (
	"context"
	"fmt"
	"slices"

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
	sig := a.signals.Detect(an)
	if an.Plight != "" && slices.Contains(sig.RuledOut, an.Plight) && !slices.ContainsFunc(sig.Flags, isPlight) {
		// The NLU read hardship from a plight; the signals, which weigh
		// whose it is and when more finely (公司裁员没轮到我, 以前做过手术，
		// 现在没事了), ruled that plight out and found no other. Read the
		// message as the rest of it says.
		an = a.nlu.AnalyzeDisowned(text)
		sig = a.signals.Detect(an)
	}
	if intent := refine(an.Intent, an.Rule, sig.Flags); intent != an.Intent {
		an.Why = fmt.Sprintf("signals: %s flag over %s (%s)", sig.Flags[0].Code, an.Intent, an.Why)
		an.Intent = intent
	}
	return an, sig
}

// refine lets the flags decide a message the NLU found no question in: a
// customer who only tells us "我在好几个网贷平台都有借款" is describing
// hardship, one who says "我换号了" is asking how to update it (the FAQ), a
// bare threat to go to the regulator is a complaint. A recognised question
// keeps its intent; the assistant adds the hardship options to its answer.
// A policy question about selling the pledged home (卖抵押房要走什么流程)
// stays a policy question: the flag notes the collateral, the borrower
// asks how.
func refine(intent, rule string, flags []signals.Flag) string {
	if intent != nlu.IntentUnknown && intent != nlu.IntentFAQ || len(flags) == 0 {
		return intent
	}
	has := func(codes ...string) bool {
		return slices.ContainsFunc(flags, func(f signals.Flag) bool { return slices.Contains(codes, f.Code) })
	}
	only := func(code string) bool {
		return !slices.ContainsFunc(flags, func(f signals.Flag) bool { return f.Code != code })
	}
	if intent == nlu.IntentFAQ && rule == nlu.RulePolicy && only("collateral_issue") {
		return intent
	}
	if rule == nlu.RuleOffTopic {
		return intent // an airline's refund: whatever its flags, not ours to answer
	}
	switch {
	case slices.ContainsFunc(flags, isPlight):
		return nlu.IntentHardship
	case has("legal_threat", "complaint_escalation"):
		return nlu.IntentComplaint
	case intent == nlu.IntentUnknown && has("contact_change", "fraud_risk"):
		return nlu.IntentFAQ
	}
	return intent
}

// isPlight reports a flag of the borrower's own hardship.
func isPlight(f signals.Flag) bool {
	switch f.Code {
	case "self_harm", "repayment_difficulty", "intent_to_default", "job_loss", "income_drop",
		"business_distress", "illness", "multi_debt", "collateral_issue":
		return true
	}
	return false
}
