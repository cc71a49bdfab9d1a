package evalset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// WriteText writes the report for a person: the summary, the per-code flag
// table, then the misses grouped by field.
func (r Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	p := func(format string, a ...any) { fmt.Fprintf(tw, format, a...) }

	p("%d utterances\n\n", r.Utterances)
	p("field\tcorrect\ttotal\taccuracy\n")
	for _, row := range []struct {
		name string
		a    Accuracy
	}{{"intent", r.Intent}, {"slots", r.Slots}, {"lang", r.Lang}, {"sentiment", r.Sentiment}} {
		p("%s\t%d\t%d\t%s\n", row.name, row.a.Correct, row.a.Total, pct(row.a.Accuracy))
	}
	p("\nflags, micro over (utterance, code)\tprecision %s\trecall %s\tF1 %s\t(tp %d, fp %d, fn %d)\n",
		pct(r.Flags.Precision), pct(r.Flags.Recall), pct(r.Flags.F1), r.Flags.TP, r.Flags.FP, r.Flags.FN)
	p("lines labelled flag-free\t%d, of which %d got flags (%d flags in all)\n", r.FlagFree.Lines, r.FlagFree.LinesFlagged, r.FlagFree.Flags)
	t := r.Timing
	p("time per utterance\tp50 %s\tp99 %s\tmax %s\t%.0f utterances/s over %d calls\n",
		dur(t.P50), dur(t.P99), dur(t.Max), t.PerSecond, t.Samples)

	if len(r.PerCode) > 0 {
		p("\ncode\ttp\tfp\tfn\tprecision\trecall\tF1\n")
		for _, c := range r.PerCode {
			p("%s\t%d\t%d\t%d\t%s\t%s\t%s\n", c.Code, c.TP, c.FP, c.FN, pct(c.Precision), pct(c.Recall), pct(c.F1))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	for _, field := range fields {
		var group []Miss
		for _, m := range r.Misses {
			if m.Field == field {
				group = append(group, m)
			}
		}
		if len(group) == 0 {
			continue
		}
		// Two lines a miss: Chinese text defeats column alignment anyway.
		var b strings.Builder
		fmt.Fprintf(&b, "\n%s misses (%d)\n", field, len(group))
		for _, m := range group {
			fmt.Fprintf(&b, "  line %d: %s\n      want %s, got %s", m.Line, strconv.Quote(m.Text), show(m.Want), show(m.Got))
			if m.Why != "" {
				fmt.Fprintf(&b, " (%s)", m.Why)
			}
			b.WriteByte('\n')
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

func pct(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) }

// dur rounds to three significant digits, enough to compare runs.
func dur(d time.Duration) string {
	switch {
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond).String()
	case d >= time.Microsecond:
		return d.Round(10 * time.Nanosecond).String()
	}
	return d.String()
}

// show prints a label: strings bare, slot maps and flag lists as JSON.
func show(v any) string {
	if s, ok := v.(string); ok {
		if s == "" {
			return `""`
		}
		return s
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSpace(b.String())
}
