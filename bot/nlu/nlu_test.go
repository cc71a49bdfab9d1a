package nlu

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestLabelled runs our own labelled utterances (testdata/labelled.tsv).
func TestLabelled(t *testing.T) {
	f, err := os.Open("testdata/labelled.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := newTestAnalyzer(t)
	langs := map[string]string{"s": LangHans, "t": LangHant, "e": LangEn}
	sc := bufio.NewScanner(f)
	n, line := 0, 0
	for sc.Scan() {
		line++
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		cols := strings.SplitN(sc.Text(), "\t", 4)
		if len(cols) != 4 {
			t.Fatalf("line %d: want 4 tab-separated columns", line)
		}
		var want map[string]any
		if err := json.Unmarshal([]byte(cols[2]), &want); err != nil {
			t.Fatalf("line %d: slots: %v", line, err)
		}
		n++
		text := cols[3]
		got := a.Analyze(text)
		if got.Intent != cols[1] {
			t.Errorf("line %d %q: intent %s, want %s (%s)", line, text, got.Intent, cols[1], got.Why)
		}
		if !slotsEqual(got.Slots.Map(), want) {
			t.Errorf("line %d %q: slots %v, want %v", line, text, got.Slots.Map(), want)
		}
		if got.Lang != langs[cols[0]] {
			t.Errorf("line %d %q: lang %s, want %s", line, text, got.Lang, langs[cols[0]])
		}
	}
	if n < 200 {
		t.Errorf("only %d labelled utterances; keep at least 200", n)
	}
	t.Logf("%d labelled utterances", n)
}
