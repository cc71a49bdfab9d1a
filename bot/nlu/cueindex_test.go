package nlu

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// The matchers read cue occurrences from a text's index instead of
// searching the string per cue. These tests hold every text method to the
// string function it replaces, on whole texts and on random spans of them.

func TestTextMatchesStringMatchers(t *testing.T) {
	a := newTestAnalyzer(t)
	n := a.Normalizer()
	// Besides the indexed lists: lists the index was not built from (their
	// cues are looked up one by one) and a cue it does not hold (不).
	lists := append(wholeTextCues(), cueNegation, cuePrincipal, []string{"不", "to", "i"})
	rng := rand.New(rand.NewPCG(5, 6))
	for k, raw := range normalizeCorpus(t) {
		s := n.Normalize(raw)
		tx := newText(s, a.cues)
		for _, cues := range lists {
			c, i := tx.firstOf(cues)
			if wc, wi := firstOf(s, cues); c != wc || i != wi {
				t.Fatalf("%q: firstOf(%q…) = %q %d, want %q %d", s, cues[0], c, i, wc, wi)
			}
			var got, want []int
			for _, i := range tx.matches(cues) {
				got = append(got, i)
			}
			for _, c := range cues {
				for i := indexCue(s, c, 0); i >= 0; i = indexCue(s, c, i+len(c)) {
					want = append(want, i)
				}
			}
			if !equalInts(got, want) {
				t.Fatalf("%q: matches(%q…) = %v, want %v", s, cues[0], got, want)
			}
		}
		if k%8 != 0 || s == "" {
			continue
		}
		// Spans between rune boundaries, as clauses and prefixes are.
		bounds := runeStarts(s)
		for range 4 {
			a := bounds[rng.IntN(len(bounds))]
			b := bounds[rng.IntN(len(bounds))]
			if a > b {
				a, b = b, a
			}
			sub := s[a:b]
			for _, cues := range lists {
				c, i := tx.firstOfIn(a, b, cues)
				wc, wi := firstOf(sub, cues)
				if wi >= 0 {
					wi += a
				}
				if c != wc || i != wi {
					t.Fatalf("%q[%d:%d]: firstOf(%q…) = %q %d, want %q %d", s, a, b, cues[0], c, i, wc, wi)
				}
				wc, d := nearestBefore(sub, cues)
				if c, gd := tx.nearestIn(a, b, cues); c != wc || gd != d {
					t.Fatalf("%q[%d:%d]: nearestIn(%q…) = %q %d, want %q %d", s, a, b, cues[0], c, gd, wc, d)
				}
				for limit := range 4 {
					if got, want := tx.nearWithin(a, b, cues, limit), d >= 0 && d <= limit; got != want {
						t.Fatalf("%q[%d:%d]: nearWithin(%q…, %d) = %v, nearest at %d", s, a, b, cues[0], limit, got, d)
					}
				}
			}
		}
		if string(tx.rs) != s || len(tx.offs) != len(tx.rs)+1 {
			t.Fatalf("%q: runes %q, %d offsets", s, string(tx.rs), len(tx.offs))
		}
		for k := range tx.rs {
			for _, n := range []int{8, 24} {
				if a, b := tx.beforeSpan(k, n); s[a:b] != before(tx.rs, k, n) {
					t.Fatalf("%q: beforeSpan(%d, %d) = %q, want %q", s, k, n, s[a:b], before(tx.rs, k, n))
				}
			}
		}
		for _, i := range bounds {
			cs := tx.clauseStart(i)
			if got, want := s[cs:i], refClauseBefore(s, i); got != want {
				t.Fatalf("%q: clause before %d = %q, want %q", s, i, got, want)
			}
			for _, n := range []int{3, 4, 18, 24} {
				if got, want := s[tx.tailStart(cs, i, n):i], refTailRunes(s[cs:i], n); got != want {
					t.Fatalf("%q: last %d runes before %d = %q, want %q", s, n, i, got, want)
				}
			}
			if got, want := s[tx.sentenceStart(i):i], refSentenceBefore(s, i); got != want {
				t.Fatalf("%q: sentence before %d = %q, want %q", s, i, got, want)
			}
		}
	}
}

func TestRuneWindows(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []string{"a", "我", "。", "?", "\xff", "\xe6\x88", "𠀀", " ", "了", "\n"}
	for range 5000 {
		var sb strings.Builder
		for range rng.IntN(30) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s, n := sb.String(), rng.IntN(25)
		if got, want := headUntilSentenceEnd(s, n), after([]rune(s), 0, n); got != want {
			t.Fatalf("headUntilSentenceEnd(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
}

// TestQuestionForms checks what hasQuestionForm relies on.
func TestQuestionForms(t *testing.T) {
	for k := 0; k < len(questionFormPairs); k += 2 {
		if form := questionFormPairs[k]; !hasQuestionForm(form) {
			t.Errorf("hasQuestionForm misses %q", form)
		}
	}
}

func TestMarks(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		clause, sentence := marks(r)
		if clause != strings.ContainsRune(clauseMarks, r) || sentence != strings.ContainsRune(sentenceMarks, r) {
			t.Fatalf("marks(%q) = %v %v", r, clause, sentence)
		}
	}
}

// TestCueIndexLists checks that every whole-text list is found by its first
// element, so no lookup falls back to the string matchers, and that every
// cue of it knows its place in the list.
func TestCueIndexLists(t *testing.T) {
	idx := newTestAnalyzer(t).cues
	for _, cues := range wholeTextCues() {
		ln := idx.listOf(cues)
		if ln < 0 {
			t.Fatalf("list %q… not registered", cues[0])
		}
		for k, c := range cues {
			id, ok := idx.ids[c]
			if !ok || c == "" {
				t.Fatalf("list %q…: %q has no id", cues[0], c)
			}
			found := false
			for _, m := range idx.mem[idx.memStart[id]:idx.memStart[id+1]] {
				found = found || m.list == ln && int(m.pos) == k
			}
			if !found {
				t.Fatalf("list %q…: %q not placed at %d", cues[0], c, k)
			}
		}
	}
}

// TestCueListsNameEachCueOnce keeps the lists tidy as categories are added:
// a repeated cue is harmless to matching but says nobody read the list.
func TestCueListsNameEachCueOnce(t *testing.T) {
	for _, cues := range wholeTextCues() {
		seen := make(map[string]bool, len(cues))
		for _, c := range cues {
			if seen[c] {
				t.Errorf("list %q…: %q appears twice", cues[0], c)
			}
			seen[c] = true
		}
	}
}

// The marks the string versions of the clause and sentence helpers stop at.
const (
	clauseMarks   = "，,。.！!？?；;：:"
	sentenceMarks = "。！!？?；;"
)

// refTailRunes is tailRunes as first written.
func refTailRunes(s string, n int) string {
	rs := []rune(s)
	if len(rs) > n {
		rs = rs[len(rs)-n:]
	}
	return string(rs)
}

// refClauseBefore is clauseBefore as first written over a string.
func refClauseBefore(s string, i int) string { return afterLastMark(s[:i], clauseMarks) }

// refSentenceBefore is sentenceBefore as first written over a string.
func refSentenceBefore(s string, i int) string {
	out := afterLastMark(s[:i], sentenceMarks)
	// A full stop followed by a space ends an English sentence too.
	for j := i - 1; j >= i-len(out); j-- {
		if s[j] == '.' && j+1 < len(s) && s[j+1] == ' ' {
			return s[j+1 : i]
		}
	}
	return out
}

func afterLastMark(s, marks string) string {
	if j := strings.LastIndexAny(s, marks); j >= 0 {
		_, size := utf8.DecodeRuneInString(s[j:])
		s = s[j+size:]
	}
	return s
}

func runeStarts(s string) []int {
	var out []int
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestLastIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	alphabet := []string{"a", "b", "我", "还", "。", "\xe6"}
	gen := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return sb.String()
	}
	for range 20000 {
		s, sub := gen(rng.IntN(40)), gen(rng.IntN(4))
		if got, want := lastIndex(s, sub), strings.LastIndex(s, sub); got != want {
			t.Fatalf("lastIndex(%q, %q) = %d, want %d", s, sub, got, want)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if sentenceEnd(r) != strings.ContainsRune("。！？!?；;\n", r) {
			t.Fatalf("sentenceEnd(%q)", r)
		}
	}
}

// TestListsAreIndexed reads every labelled line with a hook on the cue
// index and fails if a matcher scanned for a list of more than one cue: such
// a list is missing from wholeTextCues, and on a long message each lookup
// would cost a pass over the text.
func TestListsAreIndexed(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	missing := map[string]int{}
	a.cues.scanned = func(cues []string) {
		if len(cues) > 1 {
			missing[cues[0]+"…"]++
		}
	}
	for _, text := range readLabelledTexts(t) {
		a.Analyze(text)
	}
	for first, n := range missing {
		t.Errorf("a cue list starting %q is not in wholeTextCues (scanned %d times)", first, n)
	}
}
