package signals

import (
	"fmt"
	"math/bits"
	"strings"
)

// entry is one lexicon word and everything it does; a word may be a cue, a
// marker, a subject, a sentiment word and a pattern's head or tail at once.
type entry struct {
	word     string
	code     code // noCode unless the word raises a flag
	opt      cueOpt
	cueTone  float32 // what the flag adds to the sentiment
	role     role
	subj     subject
	tone     float32 // as a sentiment word (ignored for cues)
	resolves codeSet // situations the word says are over
	since    codeSet // situations told before it that the word says are over for whoever it speaks of
	heads    patSet  // patterns the word may begin
	tails    patSet  // patterns the word may end
	emoji    bool    // made of emoji only
	showWord bool    // names a line quoted from a show (showLine); no role bit is left for it
	tailGap  int8    // the widest gap of the patterns it ends
}

// blocker reports whether e only shadows the words inside it.
func (e *entry) blocker() bool {
	return e.code == noCode && e.role == 0 && e.subj == subjNone && e.tone == 0 &&
		e.resolves == 0 && e.since == 0 && e.heads.empty() && e.tails.empty()
}

// toneOnly reports whether e is only a sentiment word: like a blocker it
// hides the cues inside it (房租都付不出 is rent, not the loan).
func (e *entry) toneOnly() bool {
	return e.code == noCode && e.role == 0 && e.subj == subjNone && e.tone != 0 &&
		e.resolves == 0 && e.since == 0 && e.heads.empty() && e.tails.empty()
}

// pattern is a built patternSet.
type pattern struct {
	code code
	opt  cueOpt
	tone float32
	gap  int // units (CJK runes, Latin words) allowed between head and tail
}

// patSet is a set of pattern indexes.
type patSet [4]uint64

// maxPatterns is how many patterns a patSet holds (and token.pat counts).
const maxPatterns = 256

func (s *patSet) add(i int)    { s[i>>6] |= 1 << (i & 63) }
func (s *patSet) remove(i int) { s[i>>6] &^= 1 << (i & 63) }
func (s patSet) empty() bool   { return s[0]|s[1]|s[2]|s[3] == 0 }
func (s patSet) and(t patSet) patSet {
	return patSet{s[0] & t[0], s[1] & t[1], s[2] & t[2], s[3] & t[3]}
}
func (s patSet) or(t patSet) patSet {
	return patSet{s[0] | t[0], s[1] | t[1], s[2] | t[2], s[3] | t[3]}
}

// lowest returns the smallest index in s, which must not be empty.
func (s patSet) lowest() int {
	for i, w := range s {
		if w != 0 {
			return 64*i + bits.TrailingZeros64(w)
		}
	}
	panic("signals: lowest of an empty patSet")
}

// codeSet is a set of codes.
type codeSet uint16

func (s codeSet) has(c code) bool { return s&(1<<c) != 0 }

// lexicon is the immutable, indexed form of the tables in lexicon.go.
type lexicon struct {
	entries  []entry
	patterns []pattern
	trie     *trie
}

// buildLexicon indexes the tables. It panics on a contradiction (one word
// with two codes, two subjects or two tones): that is a bug in the tables,
// caught by any test.
func buildLexicon() *lexicon {
	lx := &lexicon{}
	index := map[string]int{}
	at := func(w string) *entry {
		i, ok := index[w]
		if !ok {
			i = len(lx.entries)
			index[w] = i
			lx.entries = append(lx.entries, entry{word: w, code: noCode})
		}
		return &lx.entries[i]
	}
	setSubj := func(e *entry, s subject) {
		if e.subj != subjNone && e.subj != s {
			panic(fmt.Sprintf("signals: lexicon: %q has two subjects", e.word))
		}
		e.subj = s
	}
	cue := func(w string, c code, opt cueOpt, tone float32) {
		e := at(w)
		if e.code != noCode && e.code != c {
			panic(fmt.Sprintf("signals: lexicon: %q raises both %s and %s", w, policies[e.code].name, policies[c].name))
		}
		if tone == 0 {
			tone = policies[c].tone
		}
		if opt&optCalm != 0 {
			tone = 0
		}
		e.code, e.opt, e.cueTone = c, e.opt|opt, tone
		if firstPerson(w) {
			e.opt |= optSelf
		}
	}

	for _, cs := range cueSets {
		for _, w := range words(cs.words) {
			cue(w, cs.code, cs.opt, cs.tone)
		}
	}
	for i, ps := range patternSets {
		lx.patterns = append(lx.patterns, pattern{code: ps.code, opt: ps.opt, tone: ps.tone, gap: ps.gap})
		for _, w := range words(ps.heads) {
			at(w).heads.add(i)
		}
		for _, w := range words(ps.tails) {
			at(w).tails.add(i)
		}
	}
	if len(lx.patterns) > maxPatterns {
		panic("signals: lexicon: too many patterns")
	}
	for _, ms := range markerSets {
		for _, w := range words(ms.words) {
			at(w).role |= ms.role
		}
	}
	for _, w := range words(showLine) {
		at(w).showWord = true
	}
	for _, ss := range subjectSets {
		for _, w := range words(ss.words) {
			setSubj(at(w), ss.subj)
		}
	}
	for _, rs := range resolutionSets {
		for _, w := range words(rs.words) {
			for _, c := range rs.codes {
				at(w).resolves |= 1 << c
			}
		}
	}
	for _, rs := range sinceSets {
		for _, w := range words(rs.words) {
			for _, c := range rs.codes {
				at(w).since |= 1 << c
			}
		}
	}
	for _, ts := range toneSets {
		for _, w := range words(ts.words) {
			e := at(w)
			if e.tone != 0 && e.tone != ts.tone {
				panic(fmt.Sprintf("signals: lexicon: %q has two tones", w))
			}
			e.tone = ts.tone
		}
	}
	// A pattern's tail with 了 is still its tail when 了 made another
	// entry longer (关门了 is also a cue of its own).
	for i := range lx.entries {
		e := &lx.entries[i]
		if stem, ok := strings.CutSuffix(e.word, "了"); ok {
			if j, ok := index[stem]; ok {
				e.tails = e.tails.or(lx.entries[j].tails)
			}
		}
	}
	// A head or tail that begins or ends with another pattern's tail is
	// that pattern's tail too: longest-first would otherwise hide 少了
	// inside 少了一大半, 没了 inside 都没了, mortgage inside mortgage
	// payment (but never part of a Latin word: pay inside payment).
	tails := make([]patSet, len(lx.entries))
	for i := range lx.entries {
		e := &lx.entries[i]
		tails[i] = e.tails
		if e.tails.empty() && e.heads.empty() {
			continue
		}
		for k := 1; k < len(e.word); k++ {
			// Not inside a Latin word: pay is no tail of payment.
			if isWordByte(e.word[k]) && isWordByte(e.word[k-1]) {
				continue
			}
			for _, part := range [2]string{e.word[:k], e.word[k:]} {
				if j, ok := index[part]; ok {
					tails[i] = tails[i].or(lx.entries[j].tails)
				}
			}
		}
	}
	// A marker or subject that ends with a pattern's head is that head too
	// (my restaurant, 我的店).
	for i := range lx.entries {
		e := &lx.entries[i]
		if e.role == 0 && e.subj == subjNone && e.tails.empty() && e.heads.empty() && !firstPerson(e.word) {
			continue
		}
		for k := 1; k < len(e.word); k++ {
			if isWordByte(e.word[k]) && isWordByte(e.word[k-1]) {
				continue
			}
			if j, ok := index[strings.TrimLeft(e.word[k:], " ")]; ok && j != i {
				e.heads = e.heads.or(lx.entries[j].heads)
			}
		}
	}
	for i := range lx.entries {
		e := &lx.entries[i]
		e.tails = tails[i]
		for t := e.tails; !t.empty(); {
			p := t.lowest()
			t.remove(p)
			e.tailGap = max(e.tailGap, int8(lx.patterns[p].gap))
		}
		if !e.heads.empty() && len(e.word) > maxHeadLen {
			panic(fmt.Sprintf("signals: lexicon: head %q is longer than %d bytes", e.word, maxHeadLen))
		}
	}
	// A word that names the borrower tells whose situation follows.
	all := make([]string, len(lx.entries))
	for i := range lx.entries {
		e := &lx.entries[i]
		if e.subj == subjNone && e.role&(roleNow|roleAsk) == 0 && firstPerson(e.word) {
			e.subj = subjSelf
		}
		e.emoji = emojiWord(e.word)
		all[i] = e.word
	}
	lx.trie = buildTrie(all, marks())
	return lx
}

// words splits a "|"-separated list and adds the spellings the normaliser
// leaves apart: 帐 for 账 (opencc turns 帳戶 into 帐户) and a curly
// apostrophe for a straight one.
func words(list string) []string {
	var out []string
	for _, w := range strings.Split(list, "|") {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		out = append(out, w)
		if strings.Contains(w, "账") {
			out = append(out, strings.ReplaceAll(w, "账", "帐"))
		}
		// 活著, 帶著: opencc leaves the Traditional 著 of 着 as it is.
		if strings.Contains(w, "着") {
			out = append(out, strings.ReplaceAll(w, "着", "著"))
		}
		if strings.Contains(w, "记录") {
			out = append(out, strings.ReplaceAll(w, "记录", "纪录")) // 紀錄
		}
		if strings.Contains(w, "'") {
			out = append(out, strings.ReplaceAll(w, "'", "\u2019"))
		}
		// Chat drops the apostrophe of n't: cant pay, dont want to live.
		if strings.Contains(w, "n't") {
			out = append(out, strings.ReplaceAll(w, "n't", "nt"))
		}
		// …and of I'm: im done paying.
		if strings.HasPrefix(w, "i'm ") {
			out = append(out, "im"+w[len("i'm"):])
		}
	}
	return out
}

// firstPerson reports whether w names the speaker: 我 (俺), or an English first
// person word.
func firstPerson(w string) bool {
	if strings.Contains(w, "我") || strings.Contains(w, "俺") {
		return true
	}
	w = strings.ReplaceAll(w, "\u2019", "'")
	for _, f := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch f {
		case "i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "myself", "we", "we're", "we've", "our", "us", "mine":
			return true
		}
	}
	return false
}
