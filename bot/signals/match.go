package signals

import (
	"slices"
	"strings"
)

// trie finds, at one position of normalised text, the longest lexicon entry
// that starts there. Scanning a text left to right and jumping past each
// match gives leftmost-longest tokens in one pass whatever the lexicon's
// size: 不满意 is read before 满意 can be, 没有收入 before 没有.
//
// Children are stored as a dense slice over the byte range a node uses, so a
// step is one bounds check and one index; UTF-8 keeps those ranges small.
type trie struct {
	nodes []trieNode
}

type trieNode struct {
	lo    byte
	hold  uint8   // the marks ending here
	next  []int32 // child for byte lo+k; 0 means none (the root is never a child)
	entry int32   // index+1 of the entry ending here; 0 means none
}

// mark is a word the scan notes as it passes, without reading it as a
// token (it hides nothing): a rare rule then asks whether the message
// holds it (反而, 问我) instead of searching the text for every cue.
type mark struct {
	word string
	bit  uint8
}

// buildTrie indexes words and marks; words[i] is reported as entry i.
func buildTrie(words []string, marks []mark) *trie {
	// Inserted in sorted order, a word shares its path with the previous
	// one up to their common prefix: the trie grows along one stack.
	word := func(i int) string {
		if i < len(words) {
			return words[i]
		}
		return marks[i-len(words)].word
	}
	order := make([]int, len(words)+len(marks))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(word(a), word(b)) })
	type edge struct {
		parent, child int32
		b             byte
	}
	var edges []edge
	entries := []int32{0}
	holds := []uint8{0}
	path := []int32{0} // path[d] is the node reached after d bytes of prev
	prev := ""
	for _, i := range order {
		w := word(i)
		d := 0
		for d < len(w) && d < len(prev) && w[d] == prev[d] {
			d++
		}
		path = path[:d+1]
		for ; d < len(w); d++ {
			c := int32(len(entries))
			entries = append(entries, 0)
			holds = append(holds, 0)
			edges = append(edges, edge{path[d], c, w[d]})
			path = append(path, c)
		}
		if i < len(words) {
			entries[path[len(w)]] = int32(i) + 1
		} else {
			holds[path[len(w)]] |= marks[i-len(words)].bit
		}
		prev = w
	}
	t := &trie{nodes: make([]trieNode, len(entries))}
	lo := make([]int, len(entries))
	hi := make([]int, len(entries))
	for i := range lo {
		lo[i], hi[i] = 256, -1
	}
	for _, e := range edges {
		lo[e.parent], hi[e.parent] = min(lo[e.parent], int(e.b)), max(hi[e.parent], int(e.b))
	}
	size := 0
	for n := range lo {
		size += max(hi[n]-lo[n]+1, 0)
	}
	slab := make([]int32, size) // every node's children, in one allocation
	for n := range t.nodes {
		t.nodes[n].entry, t.nodes[n].hold = entries[n], holds[n]
		if w := hi[n] - lo[n] + 1; w > 0 {
			t.nodes[n].lo = byte(lo[n])
			t.nodes[n].next, slab = slab[:w:w], slab[w:]
		}
	}
	for _, e := range edges {
		nd := &t.nodes[e.parent]
		nd.next[e.b-nd.lo] = e.child
	}
	return t
}

// longest returns the entry index and end of the longest entry matching
// s[i:] on word boundaries, or -1. An entry that starts or ends with a Latin
// letter or digit matches whole words only ("hi" is not in "this"), except
// that a longer English entry also takes the inflections s, es, d, ed and
// ing ("complained", "lawyers"), and any entry a possessive 's
// ("neighbour's"). held is the marks passed on the way.
func (t *trie) longest(s string, i int) (entry, end int, held uint8) {
	entry = -1
	if midWord(s, i) {
		return -1, i, 0
	}
	n := int32(0)
	for j := i; j < len(s); j++ {
		nd := &t.nodes[n]
		k := int(s[j]) - int(nd.lo)
		if k < 0 || k >= len(nd.next) || nd.next[k] == 0 {
			break
		}
		n = nd.next[k]
		if at := &t.nodes[n]; (at.entry != 0 || at.hold != 0) && endOK(s, j+1, j+1-i) {
			if at.entry != 0 {
				entry, end = int(at.entry-1), j+1
			}
			held |= at.hold
		}
	}
	return entry, end, held
}

// endOK checks the right edge of a match of length n ending at e.
func endOK(s string, e, n int) bool {
	if e >= len(s) || !isWordByte(s[e-1]) || !isWordByte(s[e]) {
		return true
	}
	// A closing quote ('safe account'), not an apostrophe inside a word.
	if s[e] == '\'' && (e+1 == len(s) || !isLetterDigit(s[e+1])) {
		return true
	}
	if strings.HasPrefix(s[e:], "'s") && (e+2 == len(s) || !isWordByte(s[e+2])) {
		return true
	}
	return n >= 4 && inflectionAt(s, e)
}

// midWord reports whether s[i] continues a Latin word begun before it. An
// apostrophe joins letters (don't, I'm) but one that opens a quotation
// ('safe account') does not.
func midWord(s string, i int) bool {
	if i == 0 || !isWordByte(s[i]) || !isWordByte(s[i-1]) {
		return false
	}
	if s[i-1] == '\'' {
		return i >= 2 && isLetterDigit(s[i-2])
	}
	return true
}

// isLetterDigit reports whether b is a Latin letter or digit.
func isLetterDigit(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// isWordByte reports whether b continues a Latin word.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '\''
}

// inflectionAt reports whether s[e:] is an English ending that closes the word.
func inflectionAt(s string, e int) bool {
	for _, suf := range [...]string{"s", "es", "d", "ed", "ing"} {
		if strings.HasPrefix(s[e:], suf) {
			f := e + len(suf)
			if f == len(s) || !isWordByte(s[f]) {
				return true
			}
		}
	}
	return false
}
