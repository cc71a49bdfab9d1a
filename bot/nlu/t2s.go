package nlu

import (
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
	alone string // what the rune on its own converts to ("" when it stays)
	multi int    // runes in the longest key (≤ convertWindow) starting with it, 0 when none has two or more
}

// t2sTable is opencc's t2s conversion as maps. It is immutable once built.
type t2sTable struct {
	runes map[rune]t2sRune
	dicts []map[string]string // key → first value, in the order Convert consults them
	long  int                 // the longest key length in bytes, for the look-up buffer
}

// newT2STable reads the dictionaries out of cc. It returns nil when cc is
// not shaped the way this replay assumes (one group of dictionaries with
// valid UTF-8 keys and values, at least one per key); callers then use cc
// itself.
func newT2STable(cc *opencc.OpenCC) *t2sTable {
	if len(cc.DictChains) != 1 || len(cc.DictChains[0].Dicts) == 0 {
		return nil
	}
	t := &t2sTable{runes: map[rune]t2sRune{}}
	for _, d := range cc.DictChains[0].Dicts {
		if d == nil || d.Trie == nil {
			return nil
		}
		keys := map[string]string{}
		for _, id := range d.Trie.PrefixPredict(nil, 0) {
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
	for _, keys := range t.dicts {
		for k := range keys {
			t.long = max(t.long, len(k))
			first, _ := utf8.DecodeRuneInString(k)
			e := t.runes[first]
			if n := utf8.RuneCountInString(k); n > 1 && n <= convertWindow {
				e.multi = max(e.multi, n)
			}
			t.runes[first] = e
		}
	}
	for r, e := range t.runes {
		for _, keys := range t.dicts {
			if v, ok := keys[string(r)]; ok {
				e.alone = v
				break
			}
		}
		if e.alone == string(r) {
			e.alone = ""
		}
		if e.alone == "" && e.multi == 0 {
			delete(t.runes, r)
			continue
		}
		t.runes[r] = e
	}
	return t
}

// alone returns what r converts to on its own.
func (t *t2sTable) alone(r rune) string {
	if e, ok := t.runes[r]; ok && e.alone != "" {
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
		e, ok := t.runes[seg[i]]
		if !ok {
			dst = append(dst, seg[i])
			i++
			continue
		}
		if e.multi == 0 {
			dst = appendString(dst, e.alone)
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
		for _, keys := range t.dicts {
			for l := n; l >= 1; l-- {
				if v, ok := keys[string(key[:ends[l]])]; ok {
					tok, used = v, l
					break
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
