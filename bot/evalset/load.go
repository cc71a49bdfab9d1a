// Package evalset scores the understanding layer against labelled utterance
// sets in the shared dev-set format: one JSON object a line,
//
//	{"text": "…", "lang": "zh-Hans", "intent": "prepayment",
//	 "slots": {"prepay_amount": "50000"}, "flags": ["job_loss"], "sentiment": "negative"}
//
// It knows nothing of how the readings are made: Score takes a function.
package evalset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/bot/signals"
)

// Case is one labelled utterance. Slots hold strings and ints, as the
// protocol sends them.
type Case struct {
	Line      int            `json:"line"` // 1-based line in the source, for reports
	Text      string         `json:"text"`
	Lang      string         `json:"lang"`
	Intent    string         `json:"intent"`
	Slots     map[string]any `json:"slots"`
	Flags     []string       `json:"flags"`
	Sentiment string         `json:"sentiment"`
}

// maxLine bounds one line of a set; a longer one is an error, not a truncation.
const maxLine = 1 << 20

// Load reads a set. Blank lines are skipped. Every field must be present
// (an absent "flags" would otherwise score as "no flags"), and every label
// must be one the understanding layer can produce; the first bad line fails
// the load with its line number.
func Load(r io.Reader) ([]Case, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var cases []Case
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		c, err := parseCase(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		c.Line = n
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("line %d: longer than %d bytes", n+1, maxLine)
		}
		return nil, fmt.Errorf("line %d: %w", n+1, err)
	}
	return cases, nil
}

// rawCase uses pointers so that a missing field can be told from an empty one.
type rawCase struct {
	Text      *string                     `json:"text"`
	Lang      *string                     `json:"lang"`
	Intent    *string                     `json:"intent"`
	Slots     *map[string]json.RawMessage `json:"slots"`
	Flags     *[]string                   `json:"flags"`
	Sentiment *string                     `json:"sentiment"`
}

func parseCase(line []byte) (Case, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields() // a misspelt label field must not pass as absent
	var raw rawCase
	if err := dec.Decode(&raw); err != nil {
		return Case{}, fmt.Errorf("not a labelled utterance: %w", err)
	}
	if dec.More() {
		return Case{}, errors.New("more than one JSON value on the line")
	}
	for _, f := range []struct {
		name    string
		present bool
	}{
		{"text", raw.Text != nil}, {"lang", raw.Lang != nil}, {"intent", raw.Intent != nil},
		{"slots", raw.Slots != nil}, {"flags", raw.Flags != nil}, {"sentiment", raw.Sentiment != nil},
	} {
		if !f.present {
			return Case{}, fmt.Errorf("missing %q", f.name)
		}
	}
	c := Case{Text: *raw.Text, Lang: *raw.Lang, Intent: *raw.Intent, Sentiment: *raw.Sentiment, Flags: *raw.Flags}
	if strings.TrimSpace(c.Text) == "" {
		return Case{}, errors.New("empty text")
	}
	if !slices.Contains(langs, c.Lang) {
		return Case{}, fmt.Errorf("unknown lang %q (want one of %s)", c.Lang, strings.Join(langs, ", "))
	}
	if !slices.Contains(nlu.Intents, c.Intent) {
		return Case{}, fmt.Errorf("unknown intent %q", c.Intent)
	}
	if !slices.Contains(sentiments, c.Sentiment) {
		return Case{}, fmt.Errorf("unknown sentiment %q (want one of %s)", c.Sentiment, strings.Join(sentiments, ", "))
	}
	for i, code := range c.Flags {
		if signals.SeverityOf(code) == "" {
			return Case{}, fmt.Errorf("unknown flag %q", code)
		}
		if slices.Contains(c.Flags[:i], code) {
			return Case{}, fmt.Errorf("flag %q listed twice", code)
		}
	}
	slots, err := parseSlots(*raw.Slots)
	if err != nil {
		return Case{}, err
	}
	c.Slots = slots
	return c, nil
}

// parseSlots keeps each value as the protocol types it: a string, or an
// integer for counts. Anything else is a labelling mistake.
func parseSlots(raw map[string]json.RawMessage) (map[string]any, error) {
	slots := make(map[string]any, len(raw))
	for name, v := range raw {
		if !slices.Contains(slotNames, name) {
			return nil, fmt.Errorf("unknown slot %q", name)
		}
		dec := json.NewDecoder(bytes.NewReader(v))
		dec.UseNumber()
		var x any
		_ = dec.Decode(&x) // v is one valid JSON value: the line decoded
		switch x := x.(type) {
		case string:
			slots[name] = x
			continue
		case json.Number: // 360 and 360.0 are the same JSON number
			if f, err := x.Float64(); err == nil && f == math.Trunc(f) && math.Abs(f) <= 1<<53 {
				slots[name] = int(f)
				continue
			}
		}
		return nil, fmt.Errorf("slot %q: want a string or an integer, got %s", name, v)
	}
	return slots, nil
}

var (
	langs      = []string{nlu.LangHans, nlu.LangHant, nlu.LangEn}
	sentiments = []string{signals.Negative, signals.Neutral, signals.Positive}
	// slotNames are the slots of PROTOCOL.md's `loandesk analyze`.
	slotNames = []string{
		"principal", "term_months", "annual_rate_pct", "method", "monthly_income", "monthly_debt",
		"prepay_amount", "prepay_mode", "extend_months", "due_day", "lpr_change_bp",
	}
)
