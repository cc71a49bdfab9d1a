package nlu

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// MaxRunes bounds the work done on one message: only the first MaxRunes runes
// of a text are normalised, classified and searched for slots. Borrower
// messages are a sentence or two; anything beyond this is pasted text whose
// tail would not change the intent, and cutting it keeps Analyze well under a
// millisecond even on hostile input.
const MaxRunes = 2000

// Normalizer folds text into the one form every matcher reads: half-width,
// Simplified Chinese, lowercase Latin, single spaces. It is safe for
// concurrent use; build one with NewNormalizer and share it.
type Normalizer struct {
	t2s *opencc.OpenCC
}

// NewNormalizer loads the Traditional→Simplified dictionaries (a few
// milliseconds); call it once at start-up, never per message.
func NewNormalizer() (*Normalizer, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("load opencc t2s: %w", err)
	}
	return &Normalizer{t2s: cc}, nil
}

// Normalize returns the normalised form of the first MaxRunes runes of text.
// Invalid UTF-8 becomes U+FFFD; zero-width and control characters are dropped.
func (n *Normalizer) Normalize(text string) string {
	norm, _ := n.normalize(text)
	return norm
}

// scriptStats is what language detection needs from one pass over the text.
type scriptStats struct {
	han        int // Han runes
	trad       int // Han runes that are distinctly Traditional
	latinWords int // runs of Latin letters
}

// normalize does the folding and counts scripts on the way.
func (n *Normalizer) normalize(text string) (string, scriptStats) {
	var st scriptStats
	folded := make([]rune, 0, min(len(text), MaxRunes))
	inLatin := false
	count := 0
	for i := 0; i < len(text) && count < MaxRunes; {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		count++
		r = foldWidth(r)
		if unicode.Is(unicode.Latin, r) {
			if !inLatin {
				st.latinWords++
			}
			inLatin = true
		} else {
			inLatin = false
		}
		if unicode.Is(unicode.Han, r) {
			st.han++
		}
		switch {
		case unicode.IsSpace(r):
			r = ' '
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || unicode.IsControl(r):
			continue
		default:
			r = unicode.ToLower(r)
		}
		folded = append(folded, r)
	}

	var b strings.Builder
	b.Grow(len(folded) * 3)
	lastSpace := true // trims leading space
	for i := 0; i < len(folded); {
		r := folded[i]
		if !isCJK(r) {
			if r == ' ' {
				if !lastSpace {
					b.WriteByte(' ')
				}
				lastSpace = true
			} else {
				b.WriteRune(r)
				lastSpace = false
			}
			i++
			continue
		}
		j := i
		for j < len(folded) && isCJK(folded[j]) {
			j++
		}
		seg := folded[i:j]
		simp := n.toSimplified(seg)
		st.trad += countTraditional(seg, simp, n)
		b.WriteString(simp)
		lastSpace = false
		i = j
	}
	return strings.TrimRight(b.String(), " "), st
}

// toSimplified converts one run of CJK runes; opencc never fails on
// in-memory dictionaries, but if it did the run is kept as written.
func (n *Normalizer) toSimplified(seg []rune) string {
	s := string(seg)
	out, err := n.t2s.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// ambiguousTraditional holds runes that t2s rewrites but that ordinary
// Simplified text also uses (乾坤, 著名), so they do not mark a text as
// Traditional.
var ambiguousTraditional = map[rune]bool{'乾': true, '著': true, '麽': true, '瞭': true, '藉': true}

// countTraditional counts the runes of seg that t2s changed. Phrase
// conversions almost always keep the length; when they do not, each rune is
// converted on its own.
func countTraditional(seg []rune, simp string, n *Normalizer) int {
	conv := []rune(simp)
	c := 0
	if len(conv) == len(seg) {
		for i, r := range seg {
			if conv[i] != r && !ambiguousTraditional[r] {
				c++
			}
		}
		return c
	}
	for _, r := range seg {
		if ambiguousTraditional[r] || !unicode.Is(unicode.Han, r) {
			continue
		}
		if s := n.toSimplified([]rune{r}); s != string(r) {
			c++
		}
	}
	return c
}

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

// isCJK reports whether r belongs in a run handed to opencc: Han ideographs
// and CJK punctuation (phrases never span anything else).
func isCJK(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FA1F
}
