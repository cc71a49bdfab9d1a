// Package signals reads a borrower's message for what a good relationship
// manager would notice: its sentiment, and risk flags about the borrower's own
// situation now (DOMAIN.md §5), each with the customer's own words as evidence.
package signals

import "github.com/loandesk/loandesk/bot/nlu"

// Sentiment labels.
const (
	Negative = "negative"
	Neutral  = "neutral"
	Positive = "positive"
)

// Severities, lowest first.
const (
	Low      = "low"
	Medium   = "medium"
	High     = "high"
	Critical = "critical"
)

// Sentiment is a message's tone: Label, and Score in −1…1.
type Sentiment struct {
	Label string
	Score float64
}

// Flag is one risk signal: Code from DOMAIN.md §5, its Severity, and the
// clause of the original text that raised it.
type Flag struct {
	Code     string
	Severity string
	Evidence string
	Why      string // the cue that matched, for explanations and eval output
}

// Result is what Detect found in one message.
type Result struct {
	Sentiment Sentiment
	Flags     []Flag // at most one per code, in order of first evidence
}

// Detector finds sentiment and flags. It is safe for concurrent use.
type Detector struct {
	norm *nlu.Normalizer
}

// New builds a Detector that matches text the way the NLU does.
func New(n *nlu.Normalizer) *Detector { return &Detector{norm: n} }

// Detect reads one message. an is the NLU's reading of the same text (its
// Text is the message as written, its Intent a hint for tone). It never
// panics, whatever the input.
func (d *Detector) Detect(an nlu.Analysis) Result {
	return Result{Sentiment: Sentiment{Label: Neutral}}
}

// SeverityOf returns a flag code's severity (DOMAIN.md §5), or "" for an unknown code.
func SeverityOf(code string) string {
	return severities[code]
}

var severities = map[string]string{
	"self_harm":            Critical,
	"fraud_risk":           High,
	"intent_to_default":    High,
	"job_loss":             High,
	"business_distress":    High,
	"collateral_issue":     High,
	"repayment_difficulty": High,
	"legal_threat":         High,
	"complaint_escalation": Medium,
	"income_drop":          Medium,
	"illness":              Medium,
	"multi_debt":           Medium,
	"contact_change":       Low,
}
