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
// read only in short windows around a few numbers or cues stay out
// (cueStaffVerb, cueLess, cueMe, …): indexing their one-rune cues (还, 我,
// 好) would file hundreds of occurrences nobody reads.
func wholeTextCues() [][]string {
	lists := [][]string{
		cueSelfHarm, cueFraudInProgress, cueFraudQuestion, cueHandoff, cueThirdParty, cueHypothetical,
		cueFraudVictimStrong, cueFraudVictim, cueFraudGenuine, cueFraudGeneral, cueFraudContext,
		cueIdentityTheft, cueBankContext, cuePraise, cueThanksPassOn, cuePraiseSubject, cueStaff,
		cueHandoffIfAsked, cueGeneric, cueResolved, cueOthersAsk, cueEscalation, cueLegal, cueGrievance,
		cueBadWord, cueSystemFault, cueFAQPolicyWeak, cueFAQConsequence, cueFAQContact, cueHowTo,
		cueQuotaWeak, cueLoanStatusWeak, cueDone, cueInterrogative, cueRequest, cueEarly, cueMore, cueLonger,
		cueHardshipWeak, cueOverdue, cueFAQPolicy, cueFirstPerson, cueWhatIs,
		cueMethodWord, cueMethodName, cueChangeVerb, cueDueDateWord, cueDueDateVerb, cueDayMove,
		cuePrepayment, cueShortenAsk, cuePayVerb, cuePayEarly, cueRepayVerb, cueAtOnce, cueMayBorrow, cueEligibility, cueTookOut, cueDueDayNoun, cueWhichDate, cueAffected, cueApplyWord, cuePhoneNoun, cueTailOwner, cueWorkThere, cueOwnBusiness, cueFeared, cueOnlyPart, cueLPR, cueRateWord, cueRateMove,
		cueExtension, cueQuota, cueIncomeWord, cueBorrowWord, cueLoanStatus, cueSchedule,
		cueFAQTopic, cueGoodbye, cueThanks, cueGreeting, cueAck, cueDomain,
		cueEqualInstallment, cueEqualPrincipal, cueInterestOnly, cueMethodTarget, cueMethodSource,
		cueReducePayment, cueShortenTerm, cueKeepTerm, cueFull, cuePaymentWord, cueTermWord,
		cueIncomeAnnual, cueIncome, cueDebt, cuePrepay, cuePrincipal,
		cueNegation, cueOverdueSelf, cueOnBehalf, cueWish, cueNobody, cuePaidOff, cueOtherPerson,
		cueScammedBefore, cueLogin, cueJoke, cueClassNoun, cueSelfFine, cueSomeoneElse, cueLateThing,
		cueObligation, cueNeverLate, cueWhyCharged, cuePayWord, cuePayFall, cueHomeByChoice,
		cueReliefAsk, cueUndecided, cuePaydayWord, cueCantPayAtAll, cueDomainAsk, cueWhich, cueBetter, cueHowLong, cueProcess,
		cueKin, cueForKin, cueMethodTo, cueMethodNow, cueRatherThan, cuePrefer, cueThanksWord, cueMe,
		cueOffTopic, cueOwnPlace, cueByAgent, cueBankActs, cueLegalAim, cueServiceHours, cueMoreNotPrepay,
		cuePraiseNotUs, cueRelief, cueLater, cueComplainVerb, cueBothModes, cueRecord, cueInstalment,
		cueValued, cueGaveMe, cueServiceDone, cueDefer, cueToMe, cueCrowdEvent, cueTurn, cueSpared, cueNotAmong, cueMine, cueOtherBank, cueHeShe, cueThen, cueNowAgain, cueThanksVisit, cueWhyWould, cueDenyAnswer, cueMeantElse, cueConcession, cueContrary, cueDenial, cueButRather, cueMyLoan, cueFiction, cuePhoneWord, cueRepricingDay, cueHowDoes, cueMeaning, cueCurrentLoan, cueInstalmentWord, cueLPROwn, cueBorrowWish, cueHowMuch, cueExplainWhy, cueMyPayment, cuePaymentNow, cueThisMonth, cueAddBy, cueHowMuchPay, cueLess, cueOver, cueInsteadOf, cuePastTime,
		cueHypotheticalEnd, cueFixed, cueWithdrawn, cueNotReceived, cueStaffVerb, cueRateAsk, cueSibling,
		cueRecordAsk, cueOverdueQuery, cueDefine, cueCanChange, cueShorter, cueSettle, cueStill,
		cueScheduleEnds, cuePraiseWord, cueServiceSubject, cueStaffAfter, cuePlan, cuePerMonth,
		cueLoanWord, cueFamily, cueNews, cueRumour, cueToldMe, cueReported, cueAvoided, cueMayHe, cueSuingWith, cueSays, cueTheyBorrowed, cueJustAsking, cuePurpose, cuePhishing, cueChargeWord, cueOurSide, cueKinNoun, cueWouldBring, cueNearMiss, cueTrueQuestion, cueLongAgo, cueDeliberate, cueDoneBefore, cueCanIGet, cueBecause, cueNotDoing, cueDisclaim, cueDisown, cuePartner, cueDownPayment, cueContrast, cueCounterfactual,
	}
	for _, h := range hardshipRules {
		lists = append(lists, h.cues)
	}
	return lists
}

// cueIndex is a trie of cues over runes. New builds one from wholeTextCues
// (about a millisecond); it is never changed after. Besides the trie it
// knows, for every cue, the lists it belongs to and where, so a text files
// each occurrence under its lists and a list with no occurrence costs a
// matcher nothing, however many cues it has.
type cueIndex struct {
	ids      map[string]int32  // cue → id
	lists    map[*string]int32 // a list it was built from, by its first element → list number
	listLen  []int32           // list number → the list's length
	memStart []int32           // cue id → its memberships: mem[memStart[id]:memStart[id+1]]
	mem      []member
	root     []int32 // first rune → node (0: no cue starts with it)
	nodes    []trieNode
	edges    []trieEdge // each node's edges are contiguous and sorted by rune

	// scanned, if set (by a test), hears of every list a matcher had to
	// scan for because it is not indexed: a list left out of
	// wholeTextCues costs a pass over the text per call.
	scanned func(cues []string)
}

// member places a cue in a list: list number and index in the list.
type member struct{ list, pos int32 }

type trieNode struct {
	cue        int32 // id of the cue ending here, or -1
	edgesStart int32
	edgesEnd   int32
}

type trieEdge struct {
	r  rune
	to int32
}

// newCueIndex builds the trie and the memberships. Empty cues and
// duplicates get one trie entry; a list registered twice (by the same
// first element) keeps its longest form.
func newCueIndex(lists [][]string) *cueIndex {
	type building struct {
		cue  int32
		next map[rune]int32
	}
	nodes := []building{{cue: -1}} // node 0 is the root
	ids := map[string]int32{}
	byFirst := map[*string][]string{}
	var order []*string
	for _, list := range lists {
		if len(list) == 0 {
			continue
		}
		if old, ok := byFirst[&list[0]]; !ok {
			order = append(order, &list[0])
			byFirst[&list[0]] = list
		} else if len(list) > len(old) {
			byFirst[&list[0]] = list
		}
		for _, c := range list {
			if _, dup := ids[c]; dup || c == "" {
				continue
			}
			id := int32(len(ids))
			ids[c] = id
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
	}
	x := &cueIndex{ids: ids, lists: map[*string]int32{}, nodes: make([]trieNode, len(nodes))}
	perCue := make([][]member, len(ids))
	for _, first := range order {
		list := byFirst[first]
		ln := int32(len(x.listLen))
		x.lists[first] = ln
		x.listLen = append(x.listLen, int32(len(list)))
		for k, c := range list {
			if id, ok := ids[c]; ok {
				perCue[id] = append(perCue[id], member{ln, int32(k)})
			}
		}
	}
	x.memStart = make([]int32, len(ids)+1)
	for id, ms := range perCue {
		x.memStart[id] = int32(len(x.mem))
		x.mem = append(x.mem, ms...)
	}
	x.memStart[len(ids)] = int32(len(x.mem))
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

// listOf returns the list number of cues, or -1 when cues is not a list
// the index was built from (nor a prefix of one). The lists are
// package-level slices that never change, so their first element
// identifies them.
func (x *cueIndex) listOf(cues []string) int32 {
	if len(cues) == 0 {
		return -1
	}
	if ln, ok := x.lists[&cues[0]]; ok && int(x.listLen[ln]) >= len(cues) {
		return ln
	}
	return -1
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
	s           string
	rs          []rune  // s as runes, for the number scanner and the slot windows
	offs        []int32 // offs[k]: byte offset of rs[k]; offs[len(rs)] = len(s)
	idx         *cueIndex
	lstart      []int32   // occurrences in list ln: ent[lstart[ln]:lstart[ln+1]]
	ent         []entry   // by list, and in text order within a list
	clauses     []int32   // offsets of the marks that end a clause, ascending
	senses      []int32   // offsets of the marks that end a sentence, ascending
	asked       int8      // asks: 0 not yet known, 1 no, 2 yes
	own         []mention // ownFigures' answer, once worked out (ownDone)
	ownDone     bool
	overdue     string // overdueNow's cue, once worked out (overdueDone); "" for none
	overdueDone bool
}

// entry is one occurrence of a list's cue: its index in the list and its
// byte offset.
type entry struct{ pos, at int32 }

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
			if sentence || r == '.' && p+size < len(s) && s[p+size] == ' ' {
				// "…stressing me out lately. Do you have…": a full stop and a
				// space end an English sentence; 3.5 has no space.
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
	// File every occurrence under each list its cue belongs to, keeping
	// text order within a list: count, sum to bucket ends, fill backwards.
	t.lstart = make([]int32, len(idx.listLen)+1)
	total := 0
	for _, h := range hits {
		for _, m := range idx.mem[idx.memStart[h.cue]:idx.memStart[h.cue+1]] {
			t.lstart[m.list+1]++
			total++
		}
	}
	for i := 1; i < len(t.lstart); i++ {
		t.lstart[i] += t.lstart[i-1]
	}
	t.ent = make([]entry, total)
	fill := slices.Clone(t.lstart[1:])
	for _, h := range slices.Backward(hits) {
		ms := idx.mem[idx.memStart[h.cue]:idx.memStart[h.cue+1]]
		for _, m := range slices.Backward(ms) {
			fill[m.list]--
			t.ent[fill[m.list]] = entry{m.pos, h.at}
		}
	}
	return t
}

// entries returns the occurrences of the list cues in text order, or
// ok=false when cues is not an indexed list.
func (t *text) entries(cues []string) (es []entry, ok bool) {
	ln := t.idx.listOf(cues)
	if ln < 0 {
		if t.idx.scanned != nil {
			t.idx.scanned(cues)
		}
		return nil, false
	}
	return t.ent[t.lstart[ln]:t.lstart[ln+1]], true
}

// inSpan reports whether the occurrence of c at at lies in s[a:b] with
// the word boundaries the string matchers check on that substring.
func (t *text) inSpan(a, b int, c string, at int) bool {
	return at >= a && at+len(c) <= b && boundaryOK(t.s[a:b], c, at-a)
}

// matchesIn yields each cue of cues with each of its matches in s[a:b]:
// cue by cue in list order, each cue's matches left to right without
// overlap, as "for i := indexCue(sub, c, 0); i >= 0; i = indexCue(sub, c,
// i+len(c))" does (offsets absolute).
func (t *text) matchesIn(a, b int, cues []string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		es, ok := t.entries(cues)
		if !ok {
			sub := t.s[a:b]
			for _, c := range cues {
				for i := indexCue(sub, c, 0); i >= 0; i = indexCue(sub, c, i+len(c)) {
					if !yield(c, a+i) {
						return
					}
				}
			}
			return
		}
		if len(es) == 0 {
			return
		}
		var buf [16]entry
		sorted := buf[:0]
		for _, e := range es {
			if int(e.pos) < len(cues) && t.inSpan(a, b, cues[e.pos], int(e.at)) {
				sorted = append(sorted, e)
			}
		}
		slices.SortStableFunc(sorted, func(x, y entry) int { return int(x.pos - y.pos) })
		from, last := 0, int32(-1)
		for _, e := range sorted {
			c := cues[e.pos]
			if e.pos != last {
				from, last = 0, e.pos
			}
			if int(e.at) < from {
				continue // overlaps the previous match of the same cue
			}
			if !yield(c, int(e.at)) {
				return
			}
			from = int(e.at) + len(c)
		}
	}
}

// matches is matchesIn over the whole text.
func (t *text) matches(cues []string) iter.Seq2[string, int] { return t.matchesIn(0, len(t.s), cues) }

// firstOfIn is firstOf(s[a:b], cues) with the offset in absolute terms.
func (t *text) firstOfIn(a, b int, cues []string) (string, int) {
	es, ok := t.entries(cues)
	if !ok {
		if c, i := firstOf(t.s[a:b], cues); i >= 0 {
			return c, a + i
		}
		return "", -1
	}
	best, at := int32(-1), -1
	for _, e := range es {
		if int(e.pos) < len(cues) && (best < 0 || e.pos < best) && t.inSpan(a, b, cues[e.pos], int(e.at)) {
			best, at = e.pos, int(e.at)
		}
	}
	if best < 0 {
		return "", -1
	}
	return cues[best], at
}

// firstOf is firstOf(s, cues).
func (t *text) firstOf(cues []string) (string, int) { return t.firstOfIn(0, len(t.s), cues) }

// hasIn is has(s[a:b], cues).
func (t *text) hasIn(a, b int, cues []string) bool {
	es, ok := t.entries(cues)
	if !ok {
		return has(t.s[a:b], cues)
	}
	for _, e := range es {
		if int(e.pos) < len(cues) && t.inSpan(a, b, cues[e.pos], int(e.at)) {
			return true
		}
	}
	return false
}

// has is has(s, cues).
func (t *text) has(cues []string) bool { return t.hasIn(0, len(t.s), cues) }

// nearWithin reports whether nearestBefore(s[a:b], cues) finds a cue ending
// at most limit runes before b, counting no further than that.
func (t *text) nearWithin(a, b int, cues []string, limit int) bool {
	c, end := t.nearestEnd(a, b, cues)
	if c == "" {
		return false
	}
	n := 0
	for range t.s[end:b] {
		if n++; n > limit {
			return false
		}
	}
	return true
}

// nearestIn is nearestBefore(s[a:b], cues).
func (t *text) nearestIn(a, b int, cues []string) (string, int) {
	c, end := t.nearestEnd(a, b, cues)
	if c == "" {
		return "", -1
	}
	return c, utf8.RuneCountInString(t.s[end:b])
}

// nearestEnd finds the match in s[a:b] that ends closest to b (the longer
// cue on a tie, then the earlier in the list) and where it ends.
func (t *text) nearestEnd(a, b int, cues []string) (string, int) {
	es, ok := t.entries(cues)
	if !ok {
		c, d := nearestBefore(t.s[a:b], cues)
		if d < 0 {
			return "", 0
		}
		end := b
		for ; d > 0; d-- {
			_, size := utf8.DecodeLastRuneInString(t.s[:end])
			end -= size
		}
		return c, end
	}
	best, bestEnd := int32(-1), -1
	for _, e := range es {
		if int(e.pos) >= len(cues) {
			continue
		}
		c := cues[e.pos]
		end := int(e.at) + len(c)
		if best >= 0 {
			bc := cues[best]
			if end < bestEnd || end == bestEnd && (len(c) < len(bc) || len(c) == len(bc) && e.pos > best) {
				continue
			}
		}
		if t.inSpan(a, b, c, int(e.at)) {
			best, bestEnd = e.pos, end
		}
	}
	if best < 0 {
		return "", 0
	}
	return cues[best], bestEnd
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

// lastOfIn returns the last cue of cues in s[a:b] and its offset, or -1.
func (t *text) lastOfIn(a, b int, cues []string) (string, int) {
	last, at := "", -1
	for c, i := range t.matchesIn(a, b, cues) {
		if i > at {
			last, at = c, i
		}
	}
	return last, at
}
