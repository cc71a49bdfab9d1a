package evalset

import (
	"cmp"
	"encoding/json"
	"slices"
	"time"
)

// Got is one reading of an utterance, in the set's vocabulary.
type Got struct {
	Lang      string
	Intent    string
	Slots     map[string]any // strings and ints, as nlu.Slots.Map gives them
	Sentiment string         // signals.Negative, Neutral or Positive
	Flags     []string       // flag codes; order and repeats do not matter
	Why       string         // optional: what decided the intent, shown with intent misses
}

// Report is the score of one run over a set. A ratio whose denominator is
// zero is reported as 0.
type Report struct {
	Utterances int      `json:"utterances"`
	Intent     Accuracy `json:"intent"`
	Slots      Accuracy `json:"slots"` // the whole slot map must match
	Lang       Accuracy `json:"lang"`
	Sentiment  Accuracy `json:"sentiment"`
	// Flags is micro-averaged over (utterance, code) pairs.
	Flags PRF `json:"flags"`
	// PerCode has every code that was labelled or raised, by code.
	PerCode []CodePRF `json:"per_code"`
	// FlagFree counts the false alarms on lines labelled with no flag at all.
	FlagFree FlagFree `json:"flag_free"`
	Misses   []Miss   `json:"misses"` // in set order; WriteText groups them by field
	Timing   Timing   `json:"timing"`
}

// Accuracy is Correct of Total.
type Accuracy struct {
	Correct  int     `json:"correct"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
}

// PRF is precision, recall and F1 from true positive, false positive and
// false negative counts.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// CodePRF is PRF for one flag code.
type CodePRF struct {
	Code string `json:"code"`
	PRF
}

// FlagFree is how often a line labelled with no flag got one anyway.
type FlagFree struct {
	Lines        int `json:"lines"`         // lines labelled with no flag
	LinesFlagged int `json:"lines_flagged"` // of those, lines that got at least one flag
	Flags        int `json:"flags"`         // flags raised on those lines
}

// Miss is one field read wrong. Want and Got are the labelled and the read
// value: strings for lang, intent and sentiment, maps for slots, sorted code
// lists for flags.
type Miss struct {
	Line  int    `json:"line"`
	Text  string `json:"text"`
	Field string `json:"field"` // intent, slots, lang, sentiment or flags
	Want  any    `json:"want"`
	Got   any    `json:"got"`
	Why   string `json:"why,omitempty"`
}

// Fields in the order reports show them.
var fields = []string{"intent", "slots", "lang", "sentiment", "flags"}

// Score reads every case with analyze, once, and compares. analyze is timed
// per call; everything else is not.
func Score(cases []Case, analyze func(text string) Got) Report {
	r := Report{Utterances: len(cases), PerCode: []CodePRF{}, Misses: []Miss{}} // [] in JSON, not null
	perCode := map[string]*PRF{}
	code := func(c string) *PRF {
		if perCode[c] == nil {
			perCode[c] = &PRF{}
		}
		return perCode[c]
	}
	took := make([]time.Duration, 0, len(cases))
	for _, c := range cases {
		start := time.Now()
		g := analyze(c.Text)
		took = append(took, time.Since(start))

		miss := func(field string, want, got any, why string) {
			r.Misses = append(r.Misses, Miss{Line: c.Line, Text: c.Text, Field: field, Want: want, Got: got, Why: why})
		}
		if r.Intent.add(g.Intent == c.Intent) {
			miss("intent", c.Intent, g.Intent, g.Why)
		}
		if r.Slots.add(slotsEqual(g.Slots, c.Slots)) {
			miss("slots", orEmpty(c.Slots), orEmpty(g.Slots), "")
		}
		if r.Lang.add(g.Lang == c.Lang) {
			miss("lang", c.Lang, g.Lang, "")
		}
		if r.Sentiment.add(g.Sentiment == c.Sentiment) {
			miss("sentiment", c.Sentiment, g.Sentiment, "")
		}

		want, got := codeSet(c.Flags), codeSet(g.Flags)
		for _, f := range got {
			if slices.Contains(want, f) {
				code(f).TP++
			} else {
				code(f).FP++
			}
		}
		for _, f := range want {
			if !slices.Contains(got, f) {
				code(f).FN++
			}
		}
		if len(want) == 0 {
			r.FlagFree.Lines++
			r.FlagFree.Flags += len(got)
			if len(got) > 0 {
				r.FlagFree.LinesFlagged++
			}
		}
		if !slices.Equal(want, got) {
			miss("flags", want, got, "")
		}
	}
	for _, a := range []*Accuracy{&r.Intent, &r.Slots, &r.Lang, &r.Sentiment} {
		a.Accuracy = ratio(a.Correct, a.Total)
	}
	for c, p := range perCode {
		r.Flags.TP += p.TP
		r.Flags.FP += p.FP
		r.Flags.FN += p.FN
		p.finish()
		r.PerCode = append(r.PerCode, CodePRF{Code: c, PRF: *p})
	}
	r.Flags.finish()
	slices.SortFunc(r.PerCode, func(a, b CodePRF) int { return cmp.Compare(a.Code, b.Code) })
	r.Timing = timing(took)
	return r
}

// add counts one comparison and reports whether it was a miss.
func (a *Accuracy) add(ok bool) (missed bool) {
	a.Total++
	if ok {
		a.Correct++
	}
	return !ok
}

func (p *PRF) finish() {
	p.Precision = ratio(p.TP, p.TP+p.FP)
	p.Recall = ratio(p.TP, p.TP+p.FN)
	p.F1 = ratio(2*p.TP, 2*p.TP+p.FP+p.FN) // the harmonic mean of P and R, without the 0/0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// codeSet is codes sorted without repeats, never nil, so that reports print [].
func codeSet(codes []string) []string {
	out := slices.Clone(codes)
	slices.Sort(out)
	return append([]string{}, slices.Compact(out)...)
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// slotsEqual compares slot maps as JSON sees them: the int 360 and the
// float 360 are equal, the string "360" and the int 360 are not, and a nil
// map equals an empty one. encoding/json writes map keys sorted, so equal
// maps give equal bytes.
func slotsEqual(got, want map[string]any) bool {
	a, errA := json.Marshal(orEmpty(got))
	b, errB := json.Marshal(orEmpty(want))
	return errA == nil && errB == nil && string(a) == string(b)
}
