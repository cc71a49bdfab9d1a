package nlu

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Whether a message asks for something decides several priorities: praise
// with no question is thanks ("提前还款办得很顺利，点赞"), a policy noun in a
// statement is not a policy question ("资料早就更新好了"), a scam the customer
// only asks about is a question, not an emergency.

var (
	// cueInterrogative marks a Chinese question inside a clause; a clause
	// that ends in a completed 了 embeds it instead ("搞懂…是什么了").
	cueInterrogative = []string{"什么", "怎么", "怎样", "如何", "多少", "几", "哪", "是否", "能否", "可否", "有没有", "是不是", "能不能", "可不可以", "会不会", "要不要", "行不行", "好不好", "对不对", "请问", "想问", "问一下", "问问", "咨询", "多久", "多长", "为什么", "为何", "啥", "咋", "点样", "几时", "系咪", "可唔可以", "得唔得", "whether", "wondering", "want to know", "wanna know", "know if", "know whether", "understand what", "tell me what", "tell me how", "有冇", "有冇得", "会唔会", "使唔使", "要唔要", "系唔系", "能唔能", "点解", "边个", "边度"}
	// cueRequest asks for something without a question form.
	cueRequest = []string{"just checking", "checking when", "checking whether", "checking if", "想", "我要", "要求", "希望", "需要", "请", "麻烦帮", "麻烦你帮", "麻烦给", "帮我", "给我", "帮忙", "please", "pls", "plz", "i want", "i'd like", "i would like", "i need", "let me", "can you", "could you", "would you", "help me", "i wish"}
	// cueDeliberate before a question word embeds it in the borrower's own
	// weighing.
	cueDeliberate = []string{"讨论", "商量", "考虑", "想想", "研究一下", "合计", "discuss", "think about", "think it over"}
	// cueThanksWord right before 帮忙 makes it help thanked for.
	cueThanksWord = []string{"谢谢", "感谢", "多谢", "thanks", "thank you"}
	// cuePastTime before a request word makes it a report of the past.
	cuePastTime = []string{"上年", "𠮶阵", "上次", "之前", "昨天", "前天", "刚才", "上周", "上个月", "前几天", "last time", "当时", "当初", "那时", "那时候", "去年", "前年", "上回", "那阵子"}
	// englishQuestionStart are the words an English question opens with.
	englishQuestionStart = map[string]bool{
		"how": true, "what": true, "what's": true, "whats": true, "when": true, "where": true, "which": true,
		"why": true, "who": true, "can": true, "could": true, "would": true, "will": true, "is": true,
		"are": true, "am": true, "do": true, "does": true, "did": true, "should": true, "may": true,
		"shall": true, "whether": true, "any": true, "how's": true,
	}
	// englishFiller are words skipped before a question word ("so how…").
	englishFiller = map[string]bool{"so": true, "and": true, "but": true, "also": true, "ok": true, "okay": true, "then": true, "btw": true, "oh": true, "one": true, "more": true, "quick": true, "question": true, "just": true, "hi": true, "hello": true, "hey": true, "well": true}
)

// asks reports whether any clause of the message asks or requests
// something; the answer is kept on the text.
func asks(t *text) bool {
	if t.asked == 0 {
		t.asked = 1
		if t.asksIn(0, len(t.s)) {
			t.asked = 2
		}
	}
	return t.asked == 2
}

// asksIn reports whether a clause of s[a:b] asks or requests something:
// a question mark, a closing particle, an interrogative in a clause that
// does not end in a completed 了, a request word, or an English clause
// opening with a question word. It reads the clauses once and looks the
// cues up by occurrence, so a long message costs no more than its cues.
func (t *text) asksIn(a, b int) bool {
	if strings.ContainsAny(t.s[a:b], "?？") {
		return true
	}
	for p := a; p < b; {
		e := t.clauseEnd(p, b)
		switch lastLetter(t.s[p:e]) {
		case '吗', '呢', '嘛', '么', '咩', '未':
			return true
		case '吧':
			if strings.Contains(t.s[p:e], "不会") {
				return true // 你们应该不会跟客户要验证码吧: a question that hopes for no
			}
		case '不', '没':
			if cl := t.s[p:e]; strings.ContainsAny(cl, "会能要是有") && !strings.HasSuffix(cl, "也不") && !strings.HasSuffix(cl, "都不") && !strings.HasSuffix(cl, "都没") {
				return true // 你们银行会打电话要验证码不: a northern yes-or-no question
			}
		}
		if w := firstWord(t.s[p:e]); englishQuestionStart[w] && !(w == "when" && whenClause(t.s[p:e])) {
			return true
		}
		_, size := utf8.DecodeRuneInString(t.s[e:])
		p = e + size
	}
	for c, i := range t.matchesIn(a, b, cueInterrogative) {
		if c == "什么" && (strings.HasSuffix(t.s[:i], "没") || strings.HasSuffix(t.s[:i], "没出") || strings.HasSuffix(t.s[:i], "没有") || strings.HasSuffix(t.s[:i], "没啥")) {
			continue // 也没出什么事: nothing happened, nothing asked
		}
		if c == "咨询" && hasSuffixAny(t.s[:i], []string{"再来", "再", "再过来"}) {
			continue // 等我把资料找齐了再来咨询: to ask another day
		}
		if c == "多少" && hasSuffixAny(t.s[:i], []string{"不了", "没", "没有", "不到", "冇"}) {
			continue // 剩不了多少, 没多少: hardly any, not how much
		}
		if c == "几" && strings.HasSuffix(t.s[:i], "了") && strings.HasPrefix(t.s[i+len(c):], "天") {
			continue // 往后挪了几天: a few days, told
		}
		if c == "几" && (strings.HasSuffix(t.s[:i], "好") || strings.HasSuffix(t.s[:i], "十") || strings.HasSuffix(t.s[:i], "没") || strings.HasSuffix(t.s[:i], "不下") || strings.HasSuffix(t.s[:i], "多") || hasSuffixAny(t.s[:i], []string{"前", "这", "近", "那", "头", "过去"})) {
			// (前几年, 这几天: some years, not how many)
			continue // 好几次, 十几个, 剩不下几个钱: several or hardly any, not how many
		}
		switch lastLetter(t.s[i:t.clauseEnd(i, b)]) {
		case '了', '啦':
			continue
		}
		if t.hasIn(t.clauseStart(i), i, cueDeliberate) {
			continue // 我再跟家人讨论一下要不要提前还款: weighed at home, not asked of us
		}
		return true
	}
	for c, i := range t.matchesIn(a, b, cueRequest) {
		e := t.clauseEnd(i, b)
		switch c {
		case "请":
			// 申请, 邀请: a word, not "please".
			if strings.HasSuffix(t.s[:i], "申") || strings.HasSuffix(t.s[:i], "邀") {
				continue
			}
		case "想":
			// 没想到, 想不到: surprise, not a wish; 想说: a remark; 想象: imagined;
			// 唔想打电话: not wanted; 想哭, 想笑: moved, not asking.
			if rest := t.s[i+len(c) : e]; strings.HasPrefix(rest, "到") || strings.HasPrefix(rest, "不到") || strings.HasPrefix(rest, "说") || hasPrefixAny(rest, []string{"谢", "感谢", "说声谢", "象", "像", "哭", "笑", "吐", "骂"}) || hasSuffixAny(t.s[:i], []string{"不", "唔", "没", "冇", "预", "设", "理", "思", "感", "回", "猜", "料", "构"}) {
				continue
			}
		case "需要":
			if strings.HasSuffix(t.s[:i], "有") || strings.HasSuffix(t.s[:i], "如有") {
				continue // 有需要我明天再上来问: if need be
			}
		case "i want", "i need", "i wish":
			// "exactly what I needed": past, not a request.
			if strings.HasPrefix(t.s[i+len(c):], "ed") {
				continue
			}
		case "帮我", "给我", "帮忙":
			if t.hasIn(t.clauseStart(i), i, cueThanksWord) || hasSuffixAny(t.s[:i], []string{"没人", "没有人", "冇人", "在", "还在"}) {
				continue // 感谢帮忙试算: thanked for; 没人帮我去网点查: nobody to ask
			}
			// 感谢你们帮我改了还款日: done already; 上次帮我调整还款日的那位
			// 客服: who helped, not a request.
			if rest := doneAsked.Replace(t.s[i:e]); strings.Contains(rest, "了") || has(rest, []string{"得清清楚楚", "得明明白白", "得很", "得非常", "得特别", "搞掂", "搞定", "办好", "弄好", "处理好"}) || strings.Contains(rest, "的那") || strings.Contains(rest, "的客服") || strings.Contains(rest, "的人") || t.hasIn(t.clauseStart(i), i, cuePastTime) {
				continue
			}
		}
		return true
	}
	return false
}

// clauseEnd returns the offset of the first clause mark at or after a, or b.
func (t *text) clauseEnd(a, b int) int {
	if k, _ := slices.BinarySearch(t.clauses, int32(a)); k < len(t.clauses) && int(t.clauses[k]) < b {
		return int(t.clauses[k])
	}
	return b
}

// lastLetter returns the last letter of s (emoji, marks and spaces
// skipped), or 0.
func lastLetter(s string) rune {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		s = s[:len(s)-size]
	}
	return 0
}

// doneAsked blanks the 了 of a question whether something is done (帮我查一下
// 扣了没有), so it is not read as a favour already done.
var doneAsked = strings.NewReplacer("了没", "没", "了吗", "吗", "了未", "未", "了冇", "冇")

// whenClause reports a clause opening "when I…", "when my…": a time told
// ("When I opened my salon, your branch gave me my first loan"), not asked
// ("when will I…", "when is my…").
func whenClause(s string) bool {
	_, rest, _ := strings.Cut(strings.TrimLeft(s, " "), "when ")
	return hasPrefixAny(rest, []string{"i ", "we ", "my ", "our ", "he ", "she ", "they ", "his ", "her ", "their ", "the ", "i'd ", "i've ", "we've "})
}

// firstWord returns the first Latin word of s after filler words.
func firstWord(s string) string {
	for s != "" {
		s = strings.TrimLeftFunc(s, func(r rune) bool { return !isASCIILetter(r) && r != '\'' && r < utf8.RuneSelf })
		if s == "" || s[0] >= utf8.RuneSelf {
			return ""
		}
		e := 0
		for e < len(s) && (isASCIILetter(rune(s[e])) || s[e] == '\'') {
			e++
		}
		w := s[:e]
		if !englishFiller[w] {
			return w
		}
		s = s[e:]
	}
	return ""
}

// sentenceEnd returns the offset of the first sentence mark after i, or
// len(s).
func (t *text) sentenceEndAfter(i int) int {
	if k, _ := slices.BinarySearch(t.senses, int32(i)); k < len(t.senses) {
		return int(t.senses[k])
	}
	return len(t.s)
}

// clauseAsks reports whether the clause from the one holding a to the
// end of the one holding b asks something, its closing question mark
// included.
func (t *text) clauseAsks(a, b int) bool {
	return t.asksClosed(t.clauseStart(a), t.clauseEndAfter(b))
}

// sentenceAsks reports whether the sentence holding i asks or requests
// something, its closing question mark included.
func (t *text) sentenceAsks(i int) bool {
	return t.asksClosed(t.sentenceStart(i), t.sentenceEndAfter(i))
}

// asksClosed is asksIn over s[a:b] with the mark at b, which asksIn's
// span leaves out, counted too.
func (t *text) asksClosed(a, b int) bool {
	return t.asksIn(a, b) || strings.HasPrefix(t.s[b:], "?") || strings.HasPrefix(t.s[b:], "？")
}

// clauseEndAfter returns the offset of the first clause mark at or after
// i, or len(s).
func (t *text) clauseEndAfter(i int) int { return t.clauseEnd(i, len(t.s)) }
