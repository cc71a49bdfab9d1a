package nlu

import (
	"strings"
	"unicode/utf8"
)

// Cue matching over normalised text. A cue is a Simplified Chinese or
// lowercase English phrase; an English cue matches whole words only, so "hi"
// is not found in "this" and "m" not in "month".

// isWordByte reports whether b continues a Latin word.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '\''
}

// isLetterByte reports whether b is a lowercase Latin letter.
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' }

// boundaryOK checks the edges of a match of cue at s[i:]: where the cue
// starts or ends with a Latin letter, the neighbouring byte must not.
func boundaryOK(s, cue string, i int) bool {
	if isWordByte(cue[0]) && i > 0 && isWordByte(s[i-1]) && (s[i-1] != '\'' || i > 1 && isLetterByte(s[i-2])) {
		return false
	}
	e := i + len(cue)
	if isWordByte(cue[len(cue)-1]) && e < len(s) && isWordByte(s[e]) && (s[e] != '\'' || e+1 < len(s) && isLetterByte(s[e+1])) {
		// Allow plural and verb endings of longer English cues
		// ("installments", "extending", "moved").
		if len(cue) < 4 || !endingAt(s, e) {
			return false
		}
	}
	return true
}

// indexCue returns the first match of cue in s at or after from, or -1.
func indexCue(s, cue string, from int) int {
	if cue == "" {
		return -1
	}
	for from <= len(s) {
		i := strings.Index(s[from:], cue)
		if i < 0 {
			return -1
		}
		i += from
		if boundaryOK(s, cue, i) {
			return i
		}
		from = i + 1
	}
	return -1
}

// lastCue returns the last match of cue in s, or -1.
func lastCue(s, cue string) int {
	end := len(s)
	for end > 0 {
		i := lastIndex(s[:end], cue)
		if i < 0 {
			return -1
		}
		if boundaryOK(s, cue, i) {
			return i
		}
		end = i + len(cue) - 1
	}
	return -1
}

// lastIndex is strings.LastIndex, comparing in place on the short windows
// the slot rules search (hashing the cue costs more there than the search).
func lastIndex(s, sub string) int {
	if len(s) > 64 || len(sub) == 0 {
		return strings.LastIndex(s, sub)
	}
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i] == sub[0] && s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// firstOf returns the first cue of cues found in s (in list order) and its
// byte index, or "" and -1.
func firstOf(s string, cues []string) (string, int) {
	for _, c := range cues {
		if i := indexCue(s, c, 0); i >= 0 {
			return c, i
		}
	}
	return "", -1
}

// has reports whether any cue occurs in s.
func has(s string, cues []string) bool {
	_, i := firstOf(s, cues)
	return i >= 0
}

// nearestBefore returns the cue of cues ending closest to the end of s and
// its distance in runes from the end (-1 when none).
func nearestBefore(s string, cues []string) (string, int) {
	best, bestDist := "", -1
	for _, c := range cues {
		i := lastCue(s, c)
		if i < 0 {
			continue
		}
		d := utf8.RuneCountInString(s[i+len(c):])
		if bestDist < 0 || d < bestDist || d == bestDist && len(c) > len(best) {
			best, bestDist = c, d
		}
	}
	return best, bestDist
}

// sentenceEnd reports whether r ends a sentence for the purpose of context
// windows.
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '\n':
		return true
	}
	return false
}

// before returns up to n runes before rs[pos], stopping at a sentence end.
func before(rs []rune, pos, n int) string {
	a := pos
	for a > 0 && pos-a < n && !sentenceEnd(rs[a-1]) {
		a--
	}
	return string(rs[a:pos])
}

// after returns up to n runes from rs[pos], stopping at a sentence end.
func after(rs []rune, pos, n int) string {
	b := pos
	for b < len(rs) && b-pos < n && !sentenceEnd(rs[b]) {
		b++
	}
	return string(rs[pos:b])
}

// endingAt reports whether s[e:] is an inflection ending ("s", "es", "d",
// "ed", "ing") followed by the end of the word.
func endingAt(s string, e int) bool {
	for _, suf := range []string{"s", "es", "d", "ed", "ing", "'s"} {
		if strings.HasPrefix(s[e:], suf) {
			f := e + len(suf)
			if f == len(s) || !isWordByte(s[f]) {
				return true
			}
		}
	}
	return false
}
