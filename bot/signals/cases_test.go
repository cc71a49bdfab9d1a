package signals

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// labelled is one line of testdata/cases.tsv: sentiment, flags, text.
type labelled struct {
	line      int
	sentiment string
	flags     []string
	text      string
	batch     string // the "# blind batch" comment it follows, if any
}

// readCases reads testdata/cases.tsv: tab-separated sentiment label, flag
// codes joined by commas ("-" for none) and the message; # starts a comment.
func readCases(tb testing.TB) []labelled {
	tb.Helper()
	f, err := os.Open("testdata/cases.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	batch := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "# blind batch "); ok {
			batch, _, _ = strings.Cut(name, ":")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			tb.Fatalf("cases.tsv:%d: want 3 tab-separated fields, got %d", n, len(parts))
		}
		c := labelled{line: n, sentiment: parts[0], text: parts[2], flags: []string{}, batch: batch}
		if parts[1] != "-" {
			c.flags = strings.Split(parts[1], ",")
		}
		for _, code := range c.flags {
			if SeverityOf(code) == "" {
				tb.Fatalf("cases.tsv:%d: unknown flag %q", n, code)
			}
		}
		if !slices.Contains([]string{Negative, Neutral, Positive}, c.sentiment) {
			tb.Fatalf("cases.tsv:%d: unknown sentiment %q", n, c.sentiment)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestCases keeps the labelled cases passing: every flag set exact (as a
// set) and every sentiment label right. It prints each miss with the cues
// found and the ones scope ruled out.
func TestCases(t *testing.T) {
	a, d := newTestDetector(t)
	cases := readCases(t)
	if len(cases) < 250 {
		t.Errorf("cases.tsv has %d cases; keep at least 250", len(cases))
	}
	var m flagCounts
	sentOK, exact := 0, 0
	type tally struct {
		m           flagCounts
		n, sent, ok int
	}
	batches := map[string]*tally{}
	var names []string
	for _, c := range cases {
		an := a.Analyze(c.text)
		got := d.Detect(an)
		flagsOK := m.add(c.flags, got)
		if c.batch != "" {
			b := batches[c.batch]
			if b == nil {
				b = &tally{}
				batches[c.batch] = b
				names = append(names, c.batch)
			}
			b.m.add(c.flags, got)
			b.n++
			if got.Sentiment.Label == c.sentiment {
				b.sent++
			}
			if flagsOK && got.Sentiment.Label == c.sentiment {
				b.ok++
			}
		}
		sentimentOK := got.Sentiment.Label == c.sentiment
		if flagsOK {
			exact++
		}
		if sentimentOK {
			sentOK++
		}
		if !flagsOK || !sentimentOK {
			t.Errorf("cases.tsv:%d %q\n\twant %s %v\n\tgot  %s %.2f %s\n\truled out: %s (intent %s)",
				c.line, c.text, c.sentiment, c.flags, got.Sentiment.Label, got.Sentiment.Score, describe(got), ruledOut(d, an.Text, an.Norm), an.Intent)
		}
	}
	for _, name := range names {
		b := batches[name]
		p, r, f1 := b.m.scores()
		t.Logf("blind batch %s: %d cases, %d fully right; sentiment %.3f; flags P %.3f R %.3f F1 %.3f",
			name, b.n, b.ok, float64(b.sent)/float64(b.n), p, r, f1)
	}
	p, r, f1 := m.scores()
	t.Logf("%d cases: sentiment %.3f, exact flags %.3f; flags precision %.3f recall %.3f F1 %.3f",
		len(cases), float64(sentOK)/float64(len(cases)), float64(exact)/float64(len(cases)), p, r, f1)
}

// ruledOut lists the cues found in text that scope rules suppressed.
func ruledOut(d *Detector, text, norm string) string {
	r := d.read(text, norm)
	defer d.release(r)
	var parts []string
	for _, s := range r.suppressed {
		parts = append(parts, policies[s.code].name+"("+s.why+": "+s.reason+")")
	}
	return "[" + strings.Join(parts, " ") + "]"
}
