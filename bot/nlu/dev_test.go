package nlu

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"reflect"
	"testing"
)

// devSet is the shared, held-out dev set. It is only measured here, never
// used to build rules.
const devSet = "../../../shared/eval/dev/utterances.jsonl"

type devCase struct {
	Text   string         `json:"text"`
	Lang   string         `json:"lang"`
	Intent string         `json:"intent"`
	Slots  map[string]any `json:"slots"`
}

// TestDevSet measures intent, slot and language accuracy on the dev set and
// prints every miss.
func TestDevSet(t *testing.T) {
	f, err := os.Open(devSet)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("dev set %s not found; skipping the accuracy check", devSet)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := newTestAnalyzer(t)
	var n, intentOK, slotsOK, langOK int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("dev line %d: %v", n+1, err)
		}
		n++
		got := a.Analyze(c.Text)
		if got.Intent == c.Intent {
			intentOK++
		} else {
			t.Logf("intent miss: %q want %s got %s (%s)", c.Text, c.Intent, got.Intent, got.Why)
		}
		if slotsEqual(got.Slots.Map(), c.Slots) {
			slotsOK++
		} else {
			t.Logf("slots miss: %q want %v got %v", c.Text, c.Slots, got.Slots.Map())
		}
		if got.Lang == c.Lang {
			langOK++
		} else {
			t.Logf("lang miss: %q want %s got %s", c.Text, c.Lang, got.Lang)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("dev set is empty")
	}
	ia, sa, la := float64(intentOK)/float64(n), float64(slotsOK)/float64(n), float64(langOK)/float64(n)
	t.Logf("dev set: %d utterances; intent %.3f, slots %.3f, lang %.3f", n, ia, sa, la)
	if ia < 0.95 || sa < 0.95 || la < 0.98 {
		t.Errorf("dev accuracy below target: intent %.3f (≥0.95), slots %.3f (≥0.95), lang %.3f (≥0.98)", ia, sa, la)
	}
}

// slotsEqual compares slots as JSON would see them (ints and strings).
func slotsEqual(got, want map[string]any) bool {
	norm := func(m map[string]any) map[string]any {
		b, _ := json.Marshal(m)
		var out map[string]any
		_ = json.Unmarshal(b, &out)
		if out == nil {
			out = map[string]any{}
		}
		return out
	}
	return reflect.DeepEqual(norm(got), norm(want))
}
