package bot

import "github.com/loandesk/loandesk/bot/evalset"

// Labels reads text the way a conversation turn does and returns the reading
// in the labelled sets' terms, for `loandesk eval` and the accuracy tests.
func (a Analyzer) Labels(text string) evalset.Got {
	an, sig := a.Read(text)
	g := evalset.Got{
		Lang: an.Lang, Intent: an.Intent, Slots: an.Slots.Map(),
		Sentiment: sig.Sentiment.Label, Why: an.Why,
	}
	for _, f := range sig.Flags {
		g.Flags = append(g.Flags, f.Code)
	}
	return g
}
