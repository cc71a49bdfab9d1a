package nlu

import (
	"math/bits"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// opencc's Convert walks its dictionaries and allocates a few times for
// every rune, which made it most of the cost of a long message. t2sTable
// gives the same output from the same dictionaries, read once into maps:
// most runes cost one look-up, and only a rune that starts a multi-rune key
// (於, 乾, 一 …) is matched against phrases, exactly as Convert does it.

// convertWindow is how many runes Convert looks ahead for a key (its
// preOffset): a longer key never matches.
const convertWindow = 10

// t2sRune is what the table knows about one rune.
type t2sRune struct {
	alone string   // what the rune on its own converts to ("" when it stays)
	one   rune     // alone when it is a single rune, else 0
	multi int      // runes in the longest key (≤ convertWindow) starting with it, 0 when none has two or more
	lens  []uint16 // when multi > 0, per dictionary: bit l is set when a key of l runes starts with it
}

// t2sTable is opencc's t2s conversion as maps. It is immutable once built.
type t2sTable struct {
	// What the table knows per rune: dense holds 1+index into entries
	// for the common ideographs (0: nothing known), sparse the rest.
	dense   []uint16
	entries []t2sRune
	sparse  map[rune]t2sRune

	dicts []map[string]string // key → first value, in the order Convert consults them
	long  int                 // the longest key length in bytes, for the look-up buffer
}

// The dense range: CJK Extension A and the Unified Ideographs, where
// nearly all of the keys are.
const denseLo, denseHi = 0x3400, 0xA000

// newT2STable reads the dictionaries out of cc. It returns nil when cc is
// not shaped the way this replay assumes (one group of dictionaries with
// valid UTF-8 keys and values, at least one per key); callers then use cc
// itself.
func newT2STable(cc *opencc.OpenCC) *t2sTable {
	if len(cc.DictChains) != 1 || len(cc.DictChains[0].Dicts) == 0 {
		return nil
	}
	t := &t2sTable{sparse: map[rune]t2sRune{}, dense: make([]uint16, denseHi-denseLo)}
	runes := make(map[rune]t2sRune, 5000)
	for _, d := range cc.DictChains[0].Dicts {
		if d == nil || d.Trie == nil {
			return nil
		}
		ids := d.Trie.PrefixPredict(nil, 0)
		keys := make(map[string]string, len(ids))
		for _, id := range ids {
			key, err := d.Trie.Key(id)
			if err != nil {
				return nil
			}
			v, err := d.Trie.Value(id)
			if err != nil || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 || !utf8.Valid(key) || !utf8.ValidString(d.Values[v][0]) {
				return nil
			}
			keys[string(key)] = d.Values[v][0]
		}
		t.dicts = append(t.dicts, keys)
	}
	// Record per rune the longest multi-rune key it starts, and what it
	// becomes alone: the first dictionary that has it as a key decides.
	for d, keys := range t.dicts {
		for k := range keys {
			t.long = max(t.long, len(k))
			first, _ := utf8.DecodeRuneInString(k)
			e := runes[first]
			if e.lens == nil {
				e.lens = make([]uint16, len(t.dicts))
			}
			if n := utf8.RuneCountInString(k); n <= convertWindow {
				e.lens[d] |= 1 << n
				if n > 1 {
					e.multi = max(e.multi, n)
				}
			}
			runes[first] = e
		}
	}
	for r, e := range runes {
		for _, keys := range t.dicts {
			if v, ok := keys[string(r)]; ok {
				e.alone = v
				break
			}
		}
		if e.alone == string(r) {
			e.alone = ""
		}
		if e.multi == 0 {
			e.lens = nil
		}
		if r, size := utf8.DecodeRuneInString(e.alone); size > 0 && size == len(e.alone) {
			e.one = r
		}
		switch {
		case e.alone == "" && e.multi == 0:
		case r >= denseLo && r < denseHi && len(t.entries) < 1<<16-1:
			t.entries = append(t.entries, e)
			t.dense[r-denseLo] = uint16(len(t.entries))
		default:
			t.sparse[r] = e
		}
	}
	return t
}

// lookup returns what the table knows about r, if anything.
func (t *t2sTable) lookup(r rune) (t2sRune, bool) {
	if r >= denseLo && r < denseHi {
		if i := t.dense[r-denseLo]; i > 0 {
			return t.entries[i-1], true
		}
		return t2sRune{}, false
	}
	e, ok := t.sparse[r]
	return e, ok
}

// alone returns what r converts to on its own.
func (t *t2sTable) alone(r rune) string {
	if e, ok := t.lookup(r); ok && e.alone != "" {
		return e.alone
	}
	return string(r)
}

// convert appends the conversion of seg to dst, as Convert(string(seg))
// would return it.
func (t *t2sTable) convert(dst, seg []rune) []rune {
	var buf [64]byte
	key := buf[:0]
	if t.long > len(buf) {
		key = make([]byte, 0, t.long)
	}
	for i := 0; i < len(seg); {
		e, ok := t.lookup(seg[i])
		if !ok {
			dst = append(dst, seg[i])
			i++
			continue
		}
		if e.multi == 0 {
			if e.one != 0 {
				dst = append(dst, e.one)
			} else {
				dst = appendString(dst, e.alone)
			}
			i++
			continue
		}
		// Convert's rule: the first dictionary with any key that prefixes
		// the next convertWindow runes wins, with its longest such key.
		n := min(e.multi, len(seg)-i)
		var ends [convertWindow + 1]int // ends[l]: bytes of the first l runes
		key = key[:0]
		for k := range n {
			key = utf8.AppendRune(key, seg[i+k])
			ends[k+1] = len(key)
		}
		tok, used := "", 0
		for d, keys := range t.dicts {
			// Only the lengths this dictionary has keys of, longest first.
			for lens := e.lens[d] & (1<<(n+1) - 1); lens != 0 && used == 0; {
				l := bits.Len16(lens) - 1
				lens &^= 1 << l
				if v, ok := keys[string(key[:ends[l]])]; ok {
					tok, used = v, l
				}
			}
			if used > 0 {
				break
			}
		}
		if used == 0 {
			dst = append(dst, seg[i])
			i++
			continue
		}
		dst = appendString(dst, tok)
		i += used
	}
	return dst
}

// appendString appends the runes of s to dst.
func appendString(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}
