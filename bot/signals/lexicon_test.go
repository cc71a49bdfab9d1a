package signals

import (
	"fmt"
	"strings"
	"testing"
)

// TestLexiconWordsCanMatch checks every word the lexicon is built from —
// cues, pattern heads and tails, markers, subjects, resolutions and
// sentiment words — against the normaliser, as bot/nlu's cue test does: a
// word in another form (Traditional 搵 for 揾, upper case, full width) can
// never match. words() adds the 帐, 纪录, curly-apostrophe and nt spellings
// on purpose; only what the tables spell is checked here.
func TestLexiconWordsCanMatch(t *testing.T) {
	a, _ := newTestDetector(t)
	n := a.Normalizer()
	type list struct{ where, words string }
	var lists []list
	for i, cs := range cueSets {
		lists = append(lists, list{policies[cs.code].name + fmt.Sprint(" cues #", i), cs.words})
	}
	for i, ps := range patternSets {
		lists = append(lists, list{fmt.Sprint("pattern #", i, " heads"), ps.heads}, list{fmt.Sprint("pattern #", i, " tails"), ps.tails})
	}
	for i, ms := range markerSets {
		lists = append(lists, list{fmt.Sprint("markers #", i), ms.words})
	}
	for i, ss := range subjectSets {
		lists = append(lists, list{fmt.Sprint("subjects #", i), ss.words})
	}
	for i, rs := range resolutionSets {
		lists = append(lists, list{fmt.Sprint("resolutions #", i), rs.words})
	}
	for i, ts := range toneSets {
		lists = append(lists, list{fmt.Sprint("tones #", i), ts.words})
	}
	// Words the scope rules compare with the text directly.
	lists = append(lists, list{"statusWords", strings.Join(statusWords[:], "|")}, list{"noIncomeWords", strings.Join(noIncomeWords[:], "|")})
	for _, l := range lists {
		for _, w := range strings.Split(l.words, "|") {
			w = strings.TrimSpace(w) // as words() does: line breaks between entries
			if w == "" {
				continue
			}
			if got := n.Normalize(w); got != w {
				t.Errorf("%s: %q is read as %q: write it in that form", l.where, w, got)
			}
		}
	}
}
