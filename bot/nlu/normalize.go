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
	tab *t2sTable // t2s as look-up tables; nil if opencc's dictionaries could not be read
}

// NewNormalizer loads the Traditional→Simplified dictionaries (a few
// milliseconds); call it once at start-up, never per message.
func NewNormalizer() (*Normalizer, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("load opencc t2s: %w", err)
	}
	return &Normalizer{t2s: cc, tab: newT2STable(cc)}, nil
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

// normalize does the folding and counts scripts on the way, in one pass:
// each rune is folded, and runs of CJK runes are converted as a whole (t2s
// phrases never span anything else).
func (n *Normalizer) normalize(text string) (string, scriptStats) {
	var (
		st      scriptStats
		b       strings.Builder
		segBuf  [128]rune
		convBuf [128]rune
	)
	seg, conv := segBuf[:0], convBuf[:0]
	b.Grow(min(len(text), utf8.UTFMax*MaxRunes))
	inLatin := false
	lastSpace := true // trims leading space
	flush := func() {
		conv = n.toSimplified(conv[:0], seg)
		st.trad += n.countTraditional(seg, conv)
		for _, r := range conv {
			b.WriteRune(r)
		}
		lastSpace = false
		seg = seg[:0]
	}
	count := 0
	for i := 0; i < len(text) && count < MaxRunes; {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		count++
		r = foldWidth(r)
		latin, han := scriptOf(r)
		if latin {
			if !inLatin {
				st.latinWords++
			}
			inLatin = true
		} else {
			inLatin = false
		}
		if han {
			st.han++
		}
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			// CJK Unified Ideographs: no space, control or case.
		case unicode.IsSpace(r):
			r = ' '
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || unicode.IsControl(r):
			continue
		default:
			r = unicode.ToLower(r)
		}
		if isCJK(r) {
			seg = append(seg, r)
			continue
		}
		if len(seg) > 0 {
			flush()
		}
		if r == ' ' {
			if !lastSpace {
				b.WriteByte(' ')
			}
			lastSpace = true
		} else {
			b.WriteRune(r)
			lastSpace = false
		}
	}
	if len(seg) > 0 {
		flush()
	}
	return strings.TrimRight(b.String(), " "), st
}

// scriptOf reports whether r is a Latin or a Han letter, answering the
// common cases (ASCII, the main ideograph block) without a table search.
func scriptOf(r rune) (latin, han bool) {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z', false
	case r >= 0x4E00 && r <= 0x9FFF:
		return false, true
	}
	return unicode.Is(unicode.Latin, r), unicode.Is(unicode.Han, r)
}

// toSimplified appends the conversion of one run of CJK runes to dst; opencc
// never fails on in-memory dictionaries, but if it did the run is kept as
// written.
func (n *Normalizer) toSimplified(dst, seg []rune) []rune {
	if n.tab != nil {
		return n.tab.convert(dst, seg)
	}
	out, err := n.t2s.Convert(string(seg))
	if err != nil {
		return append(dst, seg...)
	}
	return appendString(dst, out)
}

// simplifiedAlone returns what r converts to on its own.
func (n *Normalizer) simplifiedAlone(r rune) string {
	if n.tab != nil {
		return n.tab.alone(r)
	}
	return string(n.toSimplified(nil, []rune{r}))
}

// ambiguousTraditional reports runes that t2s rewrites but that ordinary
// Simplified text also uses (乾坤, 著名), so they do not mark a text as
// Traditional.
func ambiguousTraditional(r rune) bool {
	switch r {
	case '乾', '著', '麽', '瞭', '藉':
		return true
	}
	return false
}

// countTraditional counts the runes of seg that t2s changed into conv.
// Phrase conversions almost always keep the length; when they do not, each
// rune is converted on its own.
func (n *Normalizer) countTraditional(seg, conv []rune) int {
	c := 0
	if len(conv) == len(seg) {
		for i, r := range seg {
			if conv[i] != r && !ambiguousTraditional(r) {
				c++
			}
		}
		return c
	}
	for _, r := range seg {
		if ambiguousTraditional(r) || !unicode.Is(unicode.Han, r) {
			continue
		}
		if n.simplifiedAlone(r) != string(r) {
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
