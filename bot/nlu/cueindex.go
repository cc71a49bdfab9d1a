package nlu

import (
	"iter"
	"slices"
	"unicode/utf8"
)

// Searching a message cue by cue costs one scan of the text per cue, and
// classify tries about a thousand: most of the time on a long message.
// Instead, a text finds every cue of the lists below in one pass over the
// message (a trie walked from each rune), and the matchers look the
// occurrences up. Answers are those of indexCue, lastCue and friends on the
// same string: the occurrences are the same, and the word-boundary check is
// the same code on the same substring.

// wholeTextCues are the cue lists matched against a whole message or long
// parts of it, and the ones read before every cue or amount found. A list
// left out still works (text falls back to indexCue), only slower; lists
// read only in short windows around a few numbers stay out.
func wholeTextCues() [][]string {
	lists := [][]string{
		cueSelfHarm, cueFraudInProgress, cueFraudQuestion, cueHandoff, cueThirdParty, cueHypothetical,
		cueHardshipWeak, cueOverdue, cueComplaint, cueFAQPolicy, cueFirstPerson, cueWhatIs,
		cueMethodWord, cueMethodName, cueChangeVerb, cueDueDateWord, cueDueDateVerb, cueDayMove,
		cuePrepayment, cueShortenAsk, cuePayVerb, cuePayEarly, cueLPR, cueRateWord, cueRateMove,
		cueExtension, cueQuota, cueIncomeWord, cueBorrowWord, cueLoanStatus, cueSchedule,
		cueFAQTopic, cueGoodbye, cueThanks, cueGreeting, cueAck, cueDomain,
		cueEqualInstallment, cueEqualPrincipal, cueMethodTarget, cueMethodSource,
		cueReducePayment, cueShortenTerm, cueFull,
		cueIncomeAnnual, cueIncome, cueDebt, cuePrepay, cuePrincipal,
		cueNegation, cueOverdueSelf,
	}
	for _, h := range hardshipRules {
		lists = append(lists, h.cues)
	}
	return lists
}

// cueIndex is a trie of cues over runes. New builds one from wholeTextCues
// (about a millisecond); it is never changed after.
type cueIndex struct {
	ids   map[string]int32    // cue → id
	lists map[*string][]int32 // a list it was built from, by its first element → its cues' ids
	root  []int32             // first rune → node (0: no cue starts with it)
	nodes []trieNode
	edges []trieEdge // each node's edges are contiguous and sorted by rune
}

type trieNode struct {
	cue        int32 // id of the cue ending here, or -1
	edgesStart int32
	edgesEnd   int32
}

type trieEdge struct {
	r  rune
	to int32
}

// newCueIndex builds the trie. Empty cues and duplicates are skipped.
func newCueIndex(lists [][]string) *cueIndex {
	type building struct {
		cue  int32
		next map[rune]int32
	}
	nodes := []building{{cue: -1}} // node 0 is the root
	ids := map[string]int32{}
	byList := map[*string][]int32{}
	for _, list := range lists {
		if len(list) == 0 {
			continue
		}
		listIDs := make([]int32, len(list))
		for k, c := range list {
			listIDs[k] = -1
			if id, dup := ids[c]; dup {
				listIDs[k] = id
				continue
			}
			if c == "" {
				continue
			}
			id := int32(len(ids))
			ids[c] = id
			listIDs[k] = id
			n := int32(0)
			for _, r := range c {
				if nodes[n].next == nil {
					nodes[n].next = map[rune]int32{}
				}
				to, ok := nodes[n].next[r]
				if !ok {
					to = int32(len(nodes))
					nodes[n].next[r] = to
					nodes = append(nodes, building{cue: -1})
				}
				n = to
			}
			nodes[n].cue = id
		}
		if len(listIDs) > len(byList[&list[0]]) {
			byList[&list[0]] = listIDs
		}
	}
	x := &cueIndex{ids: ids, lists: byList, nodes: make([]trieNode, len(nodes))}
	for r, to := range nodes[0].next {
		if int(r) >= len(x.root) {
			x.root = slices.Grow(x.root, int(r)+1-len(x.root))[:int(r)+1]
		}
		x.root[r] = to
	}
	for i, n := range nodes {
		x.nodes[i] = trieNode{cue: n.cue, edgesStart: int32(len(x.edges))}
		if i > 0 {
			for r, to := range n.next {
				x.edges = append(x.edges, trieEdge{r, to})
			}
			slices.SortFunc(x.edges[x.nodes[i].edgesStart:], func(a, b trieEdge) int { return int(a.r - b.r) })
		}
		x.nodes[i].edgesEnd = int32(len(x.edges))
	}
	return x
}

// cueIDs returns the id of each cue of cues, -1 for one not indexed. The
// lists the index was built from are package-level slices that never
// change, so their first element identifies them and their ids come
// without a look-up per cue; any other slice is looked up cue by cue.
func (x *cueIndex) cueIDs(cues []string) []int32 {
	if len(cues) == 0 {
		return nil
	}
	if ids := x.lists[&cues[0]]; len(ids) >= len(cues) {
		return ids[:len(cues)]
	}
	ids := make([]int32, len(cues))
	for k, c := range cues {
		if id, ok := x.ids[c]; ok {
			ids[k] = id
		} else {
			ids[k] = -1
		}
	}
	return ids
}

// next follows the edge for r from node n, or returns 0.
func (x *cueIndex) next(n int32, r rune) int32 {
	es := x.edges[x.nodes[n].edgesStart:x.nodes[n].edgesEnd]
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(es) && es[lo].r == r {
		return es[lo].to
	}
	return 0
}

// text is a normalised message with every indexed cue occurrence and every
// clause and sentence mark found up front. Methods taking a, b answer for
// the substring s[a:b] exactly as the string matchers would on it; byte
// offsets in and out are absolute.
type text struct {
	s       string
	rs      []rune  // s as runes, for the number scanner and the slot windows
	offs    []int32 // offs[k]: byte offset of rs[k]; offs[len(rs)] = len(s)
	idx     *cueIndex
	start   []int32 // occurrences of cue id: pos[start[id]:start[id+1]]
	pos     []int32 // byte offsets, ascending per cue
	clauses []int32 // offsets of the marks that end a clause, ascending
	senses  []int32 // offsets of the marks that end a sentence, ascending
}

// newText finds the cues of idx in s, which must be valid UTF-8 (as
// normalised text is) for rune windows and byte spans to agree.
func newText(s string, idx *cueIndex) *text {
	n := utf8.RuneCountInString(s)
	t := &text{s: s, idx: idx, rs: make([]rune, 0, n), offs: make([]int32, 0, n+1)}
	type hit struct{ cue, at int32 }
	var hits []hit
	for p := 0; p < len(s); {
		r, size := utf8.DecodeRuneInString(s[p:])
		t.rs = append(t.rs, r)
		t.offs = append(t.offs, int32(p))
		if clause, sentence := marks(r); clause {
			t.clauses = append(t.clauses, int32(p))
			if sentence {
				t.senses = append(t.senses, int32(p))
			}
		}
		if int(r) < len(idx.root) {
			for n, q := idx.root[r], p+size; n != 0; {
				if c := idx.nodes[n].cue; c >= 0 {
					hits = append(hits, hit{c, int32(p)})
				}
				if q >= len(s) {
					break
				}
				r2, size2 := utf8.DecodeRuneInString(s[q:])
				n, q = idx.next(n, r2), q+size2
			}
		}
		p += size
	}
	t.offs = append(t.offs, int32(len(s)))
	// Bucket the occurrences by cue, keeping each bucket in text order:
	// count, sum to bucket ends, then fill each bucket from its end.
	t.start = make([]int32, len(idx.ids)+1)
	for _, h := range hits {
		t.start[h.cue+1]++
	}
	for i := 1; i < len(t.start); i++ {
		t.start[i] += t.start[i-1]
	}
	t.pos = make([]int32, len(hits))
	for _, h := range slices.Backward(hits) {
		t.start[h.cue+1]--
		t.pos[t.start[h.cue+1]] = h.at
	}
	// Now start[id+1] is where bucket id begins; shift back by one.
	copy(t.start, t.start[1:])
	t.start[len(t.start)-1] = int32(len(hits))
	return t
}

// occurrences returns the offsets where cue id occurs in s.
func (t *text) occurrences(id int32) []int32 {
	lo, hi := t.start[id], t.start[id+1]
	if lo == hi {
		return nil // most cues: skip the slicing
	}
	return t.pos[lo:hi]
}

// indexIn is indexCue(s[a:b], cue, from-a) in absolute offsets; id is cue's
// id in the index, or -1.
func (t *text) indexIn(a, b int, cue string, id int32, from int) int {
	if id < 0 {
		if i := indexCue(t.s[a:b], cue, from-a); i >= 0 {
			return a + i
		}
		return -1
	}
	ps := t.occurrences(id)
	if len(ps) == 0 {
		return -1
	}
	sub := t.s[a:b]
	k, _ := slices.BinarySearch(ps, int32(from))
	for ; k < len(ps); k++ {
		p := int(ps[k])
		if p+len(cue) > b {
			return -1
		}
		if boundaryOK(sub, cue, p-a) {
			return p
		}
	}
	return -1
}

// lastIn is lastCue(s[a:b], cue) in absolute offsets.
func (t *text) lastIn(a, b int, cue string, id int32) int {
	if id < 0 {
		if i := lastCue(t.s[a:b], cue); i >= 0 {
			return a + i
		}
		return -1
	}
	ps := t.occurrences(id)
	if len(ps) == 0 {
		return -1
	}
	sub := t.s[a:b]
	k, _ := slices.BinarySearch(ps, int32(b-len(cue)+1)) // the first that would end past b
	for k--; k >= 0 && int(ps[k]) >= a; k-- {
		if boundaryOK(sub, cue, int(ps[k])-a) {
			return int(ps[k])
		}
	}
	return -1
}

// matches yields each cue of cues with each of its matches in s: cue by cue
// in list order, each cue's matches left to right without overlap, as
// "for i := indexCue(s, c, 0); i >= 0; i = indexCue(s, c, i+len(c))" does.
func (t *text) matches(cues []string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		ids := t.idx.cueIDs(cues)
		for k, c := range cues {
			for i := t.indexIn(0, len(t.s), c, ids[k], 0); i >= 0; i = t.indexIn(0, len(t.s), c, ids[k], i+len(c)) {
				if !yield(c, i) {
					return
				}
			}
		}
	}
}

// firstOfIn is firstOf(s[a:b], cues) with the offset in absolute terms.
func (t *text) firstOfIn(a, b int, cues []string) (string, int) {
	ids := t.idx.cueIDs(cues)
	for k, c := range cues {
		if i := t.indexIn(a, b, c, ids[k], a); i >= 0 {
			return c, i
		}
	}
	return "", -1
}

// firstOf is firstOf(s, cues).
func (t *text) firstOf(cues []string) (string, int) { return t.firstOfIn(0, len(t.s), cues) }

// hasIn is has(s[a:b], cues).
func (t *text) hasIn(a, b int, cues []string) bool {
	_, i := t.firstOfIn(a, b, cues)
	return i >= 0
}

// has is has(s, cues).
func (t *text) has(cues []string) bool { return t.hasIn(0, len(t.s), cues) }

// nearWithin reports whether nearestBefore(s[a:b], cues) finds a cue ending
// at most limit runes before b, counting no further than that.
func (t *text) nearWithin(a, b int, cues []string, limit int) bool {
	ids := t.idx.cueIDs(cues)
	for k, c := range cues {
		i := t.lastIn(a, b, c, ids[k])
		if i < 0 {
			continue
		}
		n := 0
		for range t.s[i+len(c) : b] {
			if n++; n > limit {
				break
			}
		}
		if n <= limit {
			return true
		}
	}
	return false
}

// nearestIn is nearestBefore(s[a:b], cues).
func (t *text) nearestIn(a, b int, cues []string) (string, int) {
	ids := t.idx.cueIDs(cues)
	best, bestDist := "", -1
	for k, c := range cues {
		i := t.lastIn(a, b, c, ids[k])
		if i < 0 {
			continue
		}
		d := utf8.RuneCountInString(t.s[i+len(c) : b])
		if bestDist < 0 || d < bestDist || d == bestDist && len(c) > len(best) {
			best, bestDist = c, d
		}
	}
	return best, bestDist
}

// beforeSpan returns the byte span of before(rs, pos, n).
func (t *text) beforeSpan(pos, n int) (a, b int) {
	k := pos
	for k > 0 && pos-k < n && !sentenceEnd(t.rs[k-1]) {
		k--
	}
	return int(t.offs[k]), int(t.offs[pos])
}

// clauseStart is where the clause holding offset i begins: after the last
// mark before i, or at 0.
func (t *text) clauseStart(i int) int { return afterMark(t.s, t.clauses, i) }

// sentenceStart is where the sentence holding offset i begins.
func (t *text) sentenceStart(i int) int { return afterMark(t.s, t.senses, i) }

// afterMark returns the offset after the last mark in marks before i, or 0.
func afterMark(s string, marks []int32, i int) int {
	k, _ := slices.BinarySearch(marks, int32(i))
	if k == 0 {
		return 0
	}
	m := int(marks[k-1])
	_, size := utf8.DecodeRuneInString(s[m:])
	return m + size
}

// tailStart returns where the last n runes of s[a:b] begin; a and b are
// rune boundaries of valid UTF-8, so a rune starts at the first byte that
// does not continue one.
func (t *text) tailStart(a, b, n int) int {
	for ; n > 0 && b > a; n-- {
		for b--; b > a && !utf8.RuneStart(t.s[b]); b-- {
		}
	}
	return b
}

// headUntilSentenceEnd returns after([]rune(s), 0, n) without converting
// the whole of s: up to n runes, stopping at a sentence end.
func headUntilSentenceEnd(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return after([]rune(s), 0, n)
		}
		if sentenceEnd(r) {
			break
		}
		i += size
	}
	return s[:i]
}

// marks reports whether r ends a clause or a sentence, for clauseStart and
// sentenceStart.
func marks(r rune) (clause, sentence bool) {
	switch r {
	case '。', '！', '!', '？', '?', '；', ';':
		return true, true
	case '，', ',', '.', '：', ':':
		return true, false
	}
	return false, false
}
