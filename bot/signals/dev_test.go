package signals

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"slices"
	"testing"
)

// devSet is the shared, held-out dev set. It is measured here, never used
// to write rules.
const devSet = "../../../shared/eval/dev/utterances.jsonl"

// TestDevSet measures sentiment accuracy and flag precision and recall on
// the dev set, printing every miss.
func TestDevSet(t *testing.T) {
	f, err := os.Open(devSet)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("dev set %s not found; skipping the accuracy check", devSet)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, d := newTestDetector(t)
	var n, sentOK int
	var m flagCounts
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct {
			Text      string   `json:"text"`
			Flags     []string `json:"flags"`
			Sentiment string   `json:"sentiment"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("dev line %d: %v", n+1, err)
		}
		n++
		got := detect(a, d, c.Text)
		if got.Sentiment.Label == c.Sentiment {
			sentOK++
		} else {
			t.Logf("sentiment miss: %q want %s got %s (%.2f)", c.Text, c.Sentiment, got.Sentiment.Label, got.Sentiment.Score)
		}
		if !m.add(c.Flags, got) {
			t.Logf("flags miss: %q want %v got %s", c.Text, c.Flags, describe(got))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("dev set is empty")
	}
	acc := float64(sentOK) / float64(n)
	p, r, f1 := m.scores()
	t.Logf("dev set: %d utterances; sentiment %.3f; flags precision %.3f recall %.3f F1 %.3f", n, acc, p, r, f1)
	if acc < 0.90 || f1 < 0.92 {
		t.Errorf("dev scores below target: sentiment %.3f (≥0.90), flag F1 %.3f (≥0.92)", acc, f1)
	}
}

// flagCounts tallies flags over messages, micro-averaged.
type flagCounts struct{ tp, fp, fn int }

// add counts one message and reports whether its flags were exactly right.
func (m *flagCounts) add(want []string, got Result) bool {
	gotCodes := codes(got)
	exact := len(want) == len(gotCodes)
	for _, c := range gotCodes {
		if slices.Contains(want, c) {
			m.tp++
		} else {
			m.fp++
			exact = false
		}
	}
	for _, c := range want {
		if !slices.Contains(gotCodes, c) {
			m.fn++
			exact = false
		}
	}
	return exact
}

func (m flagCounts) scores() (p, r, f1 float64) {
	p, r = 1, 1
	if m.tp+m.fp > 0 {
		p = float64(m.tp) / float64(m.tp+m.fp)
	}
	if m.tp+m.fn > 0 {
		r = float64(m.tp) / float64(m.tp+m.fn)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// describe shows flags with their cues, for miss reports.
func describe(res Result) string {
	s := "["
	for i, f := range res.Flags {
		if i > 0 {
			s += " "
		}
		s += f.Code + "(" + f.Why + ": " + f.Evidence + ")"
	}
	return s + "]"
}
