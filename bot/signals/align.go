package signals

import (
	"unicode"
	"unicode/utf8"

	"github.com/loandesk/loandesk/bot/nlu"
)

// Matching runs on the normalised text; evidence must be the customer's own
// words. Normalising every clause again would cost as much as the NLU's
// whole pass (opencc is most of it), so instead the normalised text the NLU
// already made is aligned with the original, rune by rune, by replaying the
// normaliser's rules: width folding, dropped control and zero-width
// characters, collapsed spaces, lowercase Latin, and opencc on runs of CJK
// (which keeps their length; when it does not, the run is mapped
// proportionally). If the texts do not line up — a caller that filled only
// Text, or a normaliser that changed its rules — the detector normalises
// once itself and, failing that, maps the whole text proportionally: the
// evidence is then approximate but still a piece of the original.

// alignment maps normalised text back to the original.
type alignment struct {
	// orig[b] is the original byte offset of the rune that produced
	// normalised byte b; orig[len(norm)] is the end of what was read.
	orig []int32
	// breaks are the normalised offsets of spaces that stand for a line
	// break in the original, ascending.
	breaks []int32
}

// align fills a for text and norm and reports whether they line up.
func (a *alignment) align(text, norm string) bool {
	a.orig = growInt32(a.orig, len(norm)+1)
	a.breaks = a.breaks[:0]
	i, j, count := 0, 0, 0
	lastSpace := true // the normaliser drops leading spaces
	spaceAt := -1     // the normalised offset of the last space written
	for i < len(text) && count < nlu.MaxRunes {
		r, size := decodeRune(text[i:])
		f := foldWidth(r)
		switch {
		case unicode.IsSpace(f):
			count++
			if !lastSpace && j < len(norm) && norm[j] == ' ' {
				a.orig[j] = int32(i)
				spaceAt = j
				j++
			}
			if (r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029') && spaceAt >= 0 && spaceAt == j-1 {
				if n := len(a.breaks); n == 0 || a.breaks[n-1] != int32(spaceAt) {
					a.breaks = append(a.breaks, int32(spaceAt))
				}
			}
			lastSpace = true
			i += size
		case dropped(f):
			count++
			i += size
		case isCJK(f):
			var ok bool
			i, j, count, ok = a.alignRun(text, norm, i, j, count)
			if !ok {
				return false
			}
			lastSpace = false
		default:
			count++
			want := unicode.ToLower(f)
			got, nsize := decodeRune(norm[j:])
			if j >= len(norm) || got != want {
				return false
			}
			for k := j; k < j+nsize; k++ {
				a.orig[k] = int32(i)
			}
			j += nsize
			i += size
			lastSpace = false
		}
	}
	if j != len(norm) {
		return false
	}
	a.orig[len(norm)] = int32(i)
	return true
}

// alignRun maps one run of CJK runes starting at text[i] onto the run the
// normaliser's opencc made of it at norm[j].
func (a *alignment) alignRun(text, norm string, i, j, count int) (int, int, int, bool) {
	// The original run: CJK runes, and dropped characters inside it.
	var starts [64]int32
	src := starts[:0]
	for i < len(text) && count < nlu.MaxRunes {
		r, size := decodeRune(text[i:])
		if r >= 0x4E00 && r <= 0x9FFF { // the common case, settled at once
			src = append(src, int32(i))
			count++
			i += size
			continue
		}
		f := foldWidth(r)
		if dropped(f) && !unicode.IsSpace(f) {
			count++
			i += size
			continue
		}
		if !isCJK(f) {
			break
		}
		src = append(src, int32(i))
		count++
		i += size
	}
	// The normalised run.
	k, m := j, 0
	for k < len(norm) {
		r, size := decodeRune(norm[k:])
		if !isCJK(r) {
			break
		}
		k += size
		m++
	}
	if m == 0 || len(src) == 0 {
		return i, j, count, false
	}
	n := 0
	for b := j; b < k; n++ {
		_, size := decodeRune(norm[b:])
		o := src[n*len(src)/m] // n == m-index; equal lengths map one to one
		for e := b + size; b < e; b++ {
			a.orig[b] = o
		}
	}
	return i, k, count, true
}

// proportional maps norm onto text by rune position: the fallback when the
// two cannot be aligned.
func (a *alignment) proportional(text, norm string) {
	a.orig = growInt32(a.orig, len(norm)+1)
	a.breaks = a.breaks[:0]
	var starts []int32
	for i, count := 0, 0; i < len(text) && count < nlu.MaxRunes; count++ {
		starts = append(starts, int32(i))
		_, size := decodeRune(text[i:])
		i += size
	}
	end := int32(len(text))
	if len(starts) > 0 && len(starts) == nlu.MaxRunes {
		_, size := decodeRune(text[starts[len(starts)-1]:])
		end = starts[len(starts)-1] + int32(size)
	}
	m := utf8.RuneCountInString(norm)
	n := 0
	for b := 0; b < len(norm); n++ {
		_, size := decodeRune(norm[b:])
		o := end
		if len(starts) > 0 {
			o = starts[n*len(starts)/m]
		}
		for e := b + size; b < e; b++ {
			a.orig[b] = o
		}
	}
	a.orig[len(norm)] = end
}

// span returns the original text behind norm[s:t].
func (a *alignment) span(text string, s, t int) string {
	o0, o1 := int(a.orig[s]), int(a.orig[t])
	if o1 < o0 {
		o1 = o0
	}
	return text[o0:o1]
}

func growInt32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// The normaliser's own rules, mirrored for alignment (bot/nlu/normalize.go).

// foldWidth maps full-width ASCII variants and the ideographic space to
// their half-width forms.
func foldWidth(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000:
		return ' '
	}
	return r
}

// dropped reports whether the normaliser leaves r out.
func dropped(r rune) bool {
	if unicode.IsSpace(r) {
		return false
	}
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || unicode.IsControl(r)
}

// isCJK reports whether r is in a run the normaliser hands to opencc.
func isCJK(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FA1F
}

// decodeRune is utf8.DecodeRuneInString with the three-byte sequences of
// CJK text decoded inline: most of a Chinese message, and of its cost.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 {
		b0, b1, b2 := s[0], s[1], s[2]
		if (b0 >= 0xE1 && b0 <= 0xEC || b0 == 0xEE || b0 == 0xEF) && b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s)
}
