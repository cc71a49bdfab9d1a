package signals

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one lexicon word found in the normalised text, or a pattern cue
// made of a head and a tail.
type token struct {
	e      *entry // nil for a pattern cue
	pat    int16  // pattern index for a pattern cue, else -1
	s, t   int32  // span in the normalised text
	anchor int32  // where the predicate starts: the tail of a pattern
	headT  int32  // end of a pattern's head (negation may stand between)
	seg    int32
}

func (tk *token) isCue() bool { return tk.pat >= 0 || tk.e.code != noCode }

// segment is a stretch of one clause between contrastive connectives: the
// unit of evidence.
type segment struct {
	s, t     int32 // span in the normalised text, punctuation and connective excluded
	clause   int32
	sent     int32
	contrast bool    // opened by 但是, but…
	weight   float32 // of its sentiment words: what follows "but" counts more
	negHead  int32   // end of a negator that opens it (我不是借钱去还…), 0 if none
}

// boundary kinds.
const (
	noBreak = iota
	clauseBreak
	sentenceBreak
	questionBreak // a sentence that ends with a question mark
)

// scan splits r.norm into segments and tokens, leftmost-longest.
func (r *reading) scan() {
	norm := r.norm
	var clause, sent int32
	segStart := 0
	contrast := false
	quote := false // inside quotation marks
	nextBreak := 0 // index into r.al.breaks
	// The segment's head: still open while only the borrower (我) or 其实
	// has been read, and the negator that closed it, if one did.
	head, negHead, prevEnd := true, 0, 0
	closeSeg := func(end int) {
		r.segs = append(r.segs, segment{s: int32(segStart), t: int32(end), clause: clause, sent: sent, contrast: contrast, weight: 1, negHead: int32(negHead)})
	}
	for i := 0; i < len(norm); {
		kind, size := r.boundaryAt(i, &nextBreak)
		if kind != noBreak {
			// A clause between quotation marks is quoted.
			switch q, _ := decodeRune(norm[i:]); {
			case q == '“' || q == '「' || q == '『' || q == '"' && !quote:
				quote = true
			case (q == '”' || q == '」' || q == '』' || q == '"') && quote:
				quote = false
				if strings.TrimSpace(norm[segStart:i]) != "" {
					r.markQuestion(clause, quotedClause)
				}
			}
			closeSeg(i)
			if kind == questionBreak {
				r.markQuestion(clause, realQuestion|yesNoQuestion)
			}
			if kind != clauseBreak {
				sent++
			}
			clause++
			segStart, contrast = i+size, false
			head, negHead, prevEnd = true, 0, segStart
			i += size
			continue
		}
		e, end, held := r.lx.trie.longest(norm, i)
		r.holding |= held
		if e < 0 {
			_, size := decodeRune(norm[i:])
			i += size
			continue
		}
		ent := &r.lx.entries[e]
		if ent.role&roleContrast != 0 {
			if strings.TrimSpace(norm[segStart:i]) != "" {
				closeSeg(i)
			}
			segStart, contrast = end, true
			head, negHead, prevEnd = true, 0, end
		}
		r.toks = append(r.toks, token{e: ent, pat: -1, s: int32(i), t: int32(end), anchor: int32(i), headT: int32(i), seg: int32(len(r.segs))})
		if head && ent.role&roleContrast == 0 {
			switch {
			case runeGapOver(norm[prevEnd:i], 2):
				head = false
			case headNegator(ent):
				head, negHead = false, end
			case ent.subj != subjSelf && ent.role&roleReal == 0:
				head = false
			}
		}
		prevEnd = end
		if ent.role&roleQuestion != 0 {
			r.markQuestion(clause, realQuestion)
		}
		if ent.role&roleConseq != 0 {
			r.markQuestion(clause, conseqQuestion)
		}
		if ent.role&roleYesNo != 0 {
			r.markQuestion(clause, yesNoQuestion)
		}
		if ent.role&roleWhy != 0 {
			r.markQuestion(clause, whyQuestion)
		}
		if ent.role&roleQuestion != 0 && ent.role&roleYesNo == 0 {
			r.markQuestion(clause, whQuestion)
		}
		if !ent.tails.empty() {
			r.joinPattern(len(r.toks) - 1)
		}
		if ent.code == noCode && !ent.blocker() && !ent.toneOnly() {
			end = r.overlappingCue(i, end)
			if end > prevEnd {
				head, prevEnd = false, end // a cue found inside it
			}
		}
		i = end
	}
	closeSeg(len(norm))
	for k := range r.segs {
		if r.segs[k].contrast && k > 0 {
			r.segs[k].weight = 1.5
			r.segs[k-1].weight = 0.5
		}
	}
}

// headNegator reports whether ent, opening its segment, may deny the
// whole verb phrase after it (我不是借钱去还别的平台, 我没有借钱去还…,
// 不是为了还网贷): a denial of a deed, not 不会 or 不想, which are cues'
// own words.
func headNegator(ent *entry) bool {
	switch ent.word {
	case "不是", "并非", "没有", "没", "从没", "从来没有", "从未", "未曾":
		return ent.role&roleNeg != 0 && ent.code == noCode
	}
	return false
}

// What a clause asks: a real question (吗, ?), or a consequence (会, will)
// which asks when it follows a situation (逾期会上征信) but may also foretell
// (我会投诉的).
const (
	realQuestion uint8 = 1 << iota
	conseqQuestion
	yesNoQuestion // 吗, ?: unlike how or what, never inside a statement
	whyQuestion   // 为什么, why: a reproach more often than a question
	whQuestion    // how, what, can: a question word other than a yes/no particle
	quotedClause  // set off by quotation marks (“低息秒批”): someone's words, not the speaker's mood
)

// markQuestion notes that a clause asks something.
func (r *reading) markQuestion(clause int32, kind uint8) {
	for int(clause) >= len(r.clauseQ) {
		r.clauseQ = append(r.clauseQ, 0)
	}
	r.clauseQ[clause] |= kind
}

// question returns what the clause asks.
func (r *reading) question(clause int32) uint8 {
	if int(clause) < len(r.clauseQ) {
		return r.clauseQ[clause]
	}
	return 0
}

// boundaryAt reports whether norm[i] ends a clause or a sentence.
func (r *reading) boundaryAt(i int, nextBreak *int) (kind, size int) {
	norm := r.norm
	c := norm[i]
	if c < utf8.RuneSelf {
		switch c {
		case '!', ';':
			return sentenceBreak, 1
		case '?':
			return questionBreak, 1
		case '.':
			// 3.5%, example.com: not a sentence end.
			if i+1 < len(norm) && isWordByte(norm[i+1]) {
				return noBreak, 1
			}
			return sentenceBreak, 1
		case ',', ':':
			// 12,000 and 09:15 are numbers.
			if i > 0 && i+1 < len(norm) && isDigit(norm[i-1]) && isDigit(norm[i+1]) {
				return noBreak, 1
			}
			return clauseBreak, 1
		case '(', ')', '[', ']', '"', '~':
			return clauseBreak, 1
		case '-':
			// A hyphen standing alone between spaces is a dash (great
			// news - how much lower will it be?); in a word it is not.
			if i > 0 && norm[i-1] == ' ' && (i+1 == len(norm) || norm[i+1] == ' ' || norm[i+1] == '-') {
				return clauseBreak, 1
			}
		case ' ':
			for *nextBreak < len(r.al.breaks) && int(r.al.breaks[*nextBreak]) < i {
				*nextBreak++
			}
			if *nextBreak < len(r.al.breaks) && int(r.al.breaks[*nextBreak]) == i {
				return sentenceBreak, 1
			}
			// Chat often separates Chinese clauses with a space, and
			// puts a space after an emoji that ends one.
			before, _ := utf8.DecodeLastRuneInString(norm[:i])
			after, _ := decodeRune(norm[i+1:])
			if unicode.Is(unicode.Han, before) && unicode.Is(unicode.Han, after) || isEmoji(before) {
				return clauseBreak, 1
			}
		}
		return noBreak, 1
	}
	ru, size := decodeRune(norm[i:])
	switch ru {
	case '。', '…', '！', '？', '；':
		if ru == '？' {
			return questionBreak, size
		}
		return sentenceBreak, size
	case '、', '“', '”', '「', '」', '『', '』', '【', '】', '《', '》', '（', '）', '，', '：',
		'—', '–': // a dash sets off a clause (my pay went up — how much can I borrow?)
		return clauseBreak, size
	}
	return noBreak, size
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isEmoji reports whether c is a pictograph or a dingbat (😊, ☀, ❤).
func isEmoji(c rune) bool {
	return c >= 0x1F000 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF
}

// emojiWord reports whether w is made of emoji (and their variation
// selectors) only.
func emojiWord(w string) bool {
	for _, c := range w {
		if !isEmoji(c) && c != 0xFE0F && c != 0x200D {
			return false
		}
	}
	return w != ""
}

// overlappingCue looks inside the marker or subject just read at
// norm[i:end] for a cue that starts within it and runs past it (号码换了
// under 手机号码), adds it and returns where scanning resumes. Blockers are
// not looked into: shadowing is what they are for.
func (r *reading) overlappingCue(i, end int) int {
	norm := r.norm
	_, size := decodeRune(norm[i:])
	for j := i + size; j < end; j += size {
		_, size = decodeRune(norm[j:])
		e, cend, held := r.lx.trie.longest(norm, j)
		r.holding |= held
		if e < 0 || cend <= end || r.lx.entries[e].code == noCode {
			continue
		}
		ent := &r.lx.entries[e]
		r.toks = append(r.toks, token{e: ent, pat: -1, s: int32(j), t: int32(cend), anchor: int32(j), headT: int32(j), seg: int32(len(r.segs))})
		if !ent.tails.empty() {
			r.joinPattern(len(r.toks) - 1)
		}
		return cend
	}
	return end
}

// joinPattern makes pattern cues of the tail token k and any head before it
// in the same segment, close enough.
func (r *reading) joinPattern(k int) {
	tail := r.toks[k]
	want := tail.e.tails
	// A head must end within the widest gap of the patterns wanted; heads
	// are at most a few dozen bytes, so the walk back stops soon after.
	lim := int32(gapStart(r.norm, int(tail.s), int(tail.e.tailGap)))
	for j := k - 1; j >= 0 && !want.empty(); j-- {
		head := r.toks[j]
		if head.seg != tail.seg || head.s < lim-maxHeadLen {
			break
		}
		// A head must end before its tail begins (a marker may hold the
		// start of a cue found inside it).
		if head.e == nil || head.t < lim || head.t > tail.s || head.e.heads.empty() {
			continue
		}
		both := head.e.heads.and(want)
		for !both.empty() {
			p := both.lowest()
			both.remove(p)
			if runeGapOver(r.norm[head.t:tail.s], r.lx.patterns[p].gap) {
				continue
			}
			want.remove(p)
			r.toks = append(r.toks, token{pat: int16(p), s: head.s, t: tail.t, anchor: tail.s, headT: head.t, seg: tail.seg})
		}
	}
}

// maxHeadLen bounds a pattern head's length in bytes (buildLexicon checks).
const maxHeadLen = 96

// gapStart returns the earliest offset at which a word may end and still
// be within gap units (CJK runes, Latin words) of end.
func gapStart(s string, end, gap int) int {
	n := 0
	inWord := false
	for i := end; i > 0; {
		c, size := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case c < utf8.RuneSelf && isWordByte(byte(c)):
			if !inWord {
				n++
			}
			inWord = true
		case c == ' ':
			inWord = false
		default:
			inWord = false
			n++
		}
		if n > gap {
			return i
		}
		i -= size
	}
	return 0
}

// runeGapOver reports whether the text between two words is longer than
// limit: CJK runes and Latin words count one each, spaces nothing.
func runeGapOver(s string, limit int) bool {
	n := 0
	inWord := false
	for _, c := range s {
		switch {
		case c < utf8.RuneSelf && isWordByte(byte(c)):
			if !inWord {
				n++
			}
			inWord = true
		case c == ' ':
			inWord = false
			continue
		default:
			inWord = false
			n++
		}
		if n > limit {
			return true
		}
	}
	return false
}
