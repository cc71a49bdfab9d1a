package nlu

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Social turns: greetings, thanks, praise and farewells, and when a message
// that holds them asks for nothing else.

// squeeze shortens a letter said three or more times to one (hiii,
// byeee, heyyy), as chat stretches a short word.
func squeeze(s string) string {
	rs := []rune(s)
	out := rs[:0]
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i >= 3 && isASCIILetter(rs[i]) {
			out = append(out, rs[i])
		} else {
			out = append(out, rs[i:j]...)
		}
		i = j
	}
	return string(out)
}

// pleaseToGreeting reports a Cantonese 唔该 that is please, said with a
// greeting (喂，你好，唔该有冇人喺度), not thanks.
func pleaseToGreeting(t *text, c string) bool {
	return c == "唔该" && !pleaseThanked(t) && t.has(cueGreeting)
}

// politeWords ask nicely and change nothing a one-word message asks for
// ("agent pls", "人工，麻烦了").
var politeWords = []string{"please", "pls", "plz", "thanks", "thx", "麻烦了", "麻烦", "唔该", "谢谢", "请"}

// bareWords is norm without the punctuation around it and a polite word at
// either end, for the one-word messages (greetingWord, handoffWord, …).
func bareWords(norm string) string {
	const punct = " ,，!！~。.?？"
	s := strings.TrimFunc(norm, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(s) <= 24 {
		s = squeeze(s) // hiii; a longer text is no bare word anyway
	}
	for _, w := range politeWords {
		if r, ok := strings.CutSuffix(s, w); ok && r != "" {
			s = strings.Trim(r, punct)
			break
		}
	}
	for _, w := range politeWords {
		if r, ok := strings.CutPrefix(s, w); ok && r != "" {
			s = strings.Trim(r, punct)
			break
		}
	}
	return s
}

// hasContent reports whether norm has anything to understand.
func hasContent(norm string) bool {
	for _, r := range norm {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Social turns said as statements: praise and farewells that ask nothing
// win over the services they mention ("提前还款办得很顺利，点赞").
var (
	cuePraise = []string{"有用", "有帮助", "帮助很大", "帮了大忙", "helps a lot", "that helps", "lifesaver", "life saver", "useful", "点赞", "赞", "👍", "给力", "好评", "真棒", "很棒", "太棒", "好棒", "厉害", "太良心", "真良心", "很良心", "好良心", "专业", "贴心", "用心", "周到", "耐心", "细心", "热情", "高效", "效率高", "效率很高", "顺利", "顺畅", "很顺", "好顺", "方便多了", "好方便", "很方便", "好用", "体验不错", "体验很好", "体验好", "服务好", "服务很好", "服务真好", "服务不错", "真不错", "很不错", "挺不错", "不错", "太好了", "满意", "夸一下", "夸夸", "表扬", "清楚", "详细", "很快就", "好快", "真快", "速度快", "神速", "五星", "感恩", "感激", "唔该", "多谢晒", "love", "great", "amazing", "fantastic", "excellent", "awesome", "helpful", "well done", "good job", "great job", "nice work", "impressed", "smooth", "best", "kudos", "brilliant", "perfect", "wonderful", "superb", "easy to use", "so easy", "quick", "fast", "5 stars", "five stars", "点个赞", "点个大赞", "给你们点赞"}
)

// cuePraiseSubject followed closely by cuePraiseWord praises the service.
var (
	cuePraiseSubject = []string{"服务", "态度", "体验", "效率", "速度", "流程", "客服", "service", "staff", "app"}
	cuePraiseWord    = []string{"好", "棒", "不错", "赞", "快", "满意", "专业", "贴心", "great", "excellent", "amazing", "fantastic", "brilliant", "quick", "fast"}
)

// cueThanksPassOn asks us to pass thanks on: a request that is thanks.
var cueThanksPassOn = []string{"pass on my thanks", "pass on our thanks", "pass my thanks", "转达我的谢意", "转达谢意", "替我谢谢", "帮我谢谢", "代我谢谢", "转达一下感谢", "转达感谢", "帮我转达", "代为转达", "pass my thanks on"}

// cueThanksVisit says the message came only to thank: what else it seems
// to ask is the favour told (多亏你们帮我把还款日往后调了几天…特地来说声谢谢).
var cueThanksVisit = []string{"特地来说声谢谢", "特地来道谢", "特地来感谢", "特意来感谢", "特意来说声谢谢", "专门来说声谢谢", "专门来感谢", "专门来道谢", "就是来说声谢谢", "来说声谢谢", "特别来谢谢", "特别来感谢", "特地来谢谢", "特意来谢谢", "专门来谢谢", "来谢谢你们", "来感谢你们", "just wanted to say thank", "just want to say thank", "just writing to say thank", "only wanted to say thank"}

// cuePraiseNotUs before praise makes it about something else than the
// service (今天心情超赞, 生意很不错).
var cuePraiseNotUs = []string{"心情", "天气", "生意", "身体", "运气", "mood", "weather", "business"}

// hasFigure reports whether the message states a loan figure: an amount,
// a term, a rate, a move or a day.
func hasFigure(ms []mention) bool {
	for _, m := range ms {
		if isAmount(m) || m.kind == kindMonths || m.kind == kindPercent || m.kind == kindBP || m.kind == kindPoints || m.kind == kindDay {
			return true
		}
	}
	return false
}

// socialStatement finds thanks, praise or a farewell in a message that
// asks nothing, has no grievance and reports no hardship.
func socialStatement(t *text, ms []mention, hard bool) (intent, cue string, ok bool) {
	if c, i := t.firstOf(cueThanksVisit); i >= 0 && !asks(t) {
		// "Just wanted to say thank you. When my dad passed away last year…
		// your agent walked me through it": come to thank, whatever the
		// story and its figures
		return IntentThanks, c, true
	}
	if hard && !socialDespite(t) || hasFigure(ms) && !(t.has(cueReported) && t.has(cueThanksWord) && !asks(t) && !ownWish(t)) && !leavingToWeigh(t) {
		// "生意很不错😊 提前还款十万，减少月供" asks for a service; "your
		// breakdown showed it's only about 40 yuan more. Thanks a lot" thanks
		// for a figure given
		return "", "", false
	}
	c, ti, found := "", -1, false // ti: where the thanks word stands (-1: praise, or none)
	for li, list := range [][]string{cueThanks, cuePraise} {
		for cc, i := range t.matches(list) {
			if !negatedAt(t, i, cc) && !t.voided(cc, i) && !t.hasIn(t.clauseStart(i), i, cuePraiseNotUs) {
				c, found = cc, true
				if li == 0 {
					ti = i
				}
				break
			}
		}
		if found {
			break
		}
	}
	if !found && near(t, cuePraiseSubject, cuePraiseWord, 4) {
		c, found = "service+good", true // 你们的服务真的很好
	}
	if pleaseToGreeting(t, c) {
		return "", "", false
	}
	if c == "唔该" && !pleaseThanked(t) {
		if _, ok := handoffAsk(t); ok {
			return "", "", false // 转真人客服，唔该: Cantonese please
		}
	}
	if ti >= 0 && handoffThanked(t, c, ti) {
		return "", "", false
	}
	g, gi := t.firstOf(cueGoodbye)
	if gi >= 0 && t.voided(g, gi) {
		g, gi = "", -1 // "how many are left before I'm done": no farewell
	}
	if !found && gi < 0 {
		return "", "", false
	}
	if _, i := t.firstOf(cueThanksPassOn); i < 0 && asks(t) && !(t.has(cueThanksVisit) && !strings.ContainsAny(t.s, "?？")) {
		return "", "", false
	}
	if _, i := complaintCue(t, cueEscalation); i >= 0 {
		return "", "", false
	}
	if _, i := complaintCue(t, cueGrievance); i >= 0 {
		return "", "", false
	}
	if gi >= 0 {
		return IntentGoodbye, g, true
	}
	return IntentThanks, c, true
}

// handoffThanked reports a short ask for a person closed by bare thanks
// c at ti (转真人客服，谢谢): the ask, politely made. Not a person told of
// as done or praised (人工客服帮我处理好了，谢谢; 你们的人工客服很耐心，谢谢).
func handoffThanked(t *text, c string, ti int) bool {
	cs := t.clauseStart(ti)
	if cs == 0 || strings.Trim(t.s[cs:], " ,.!~。！") != c || utf8.RuneCountInString(t.s) > 24 || t.hasIn(0, ti, cueThanksWord) {
		return false
	}
	h, at := handoffAskAt(t)
	if at < 0 || at >= cs || !isCue(h, cueHandoff) || strings.HasSuffix(t.s[:at], "的") {
		return false
	}
	a, b := t.clauseStart(at), t.clauseEndAfter(at)
	return !strings.Contains(t.s[a:b], "了") && !t.hasIn(a, b, cuePraiseWord)
}

// cueServiceDone credits something the bank already did; cueDefer puts the
// matter off to another day.
var (
	cueServiceDone = []string{"you arranged", "you gave me", "you approved", "you sorted", "you set up", "you helped", "帮我申请了", "帮我办了", "帮我延了", "给我延了", "帮我批了", "同意给我", "同意了我", "批了我的", "给我批了", "给我办了", "帮我延期", "帮我展期", "for agreeing", "for approving", "for granting", "for letting me"}
	cueDefer       = []string{"改天再", "下次再", "回头再", "过两天再", "过几天再", "迟啲再", "another time", "some other day", "another day"}
)

// socialDespite reports a plight told only on the way to thanks for what
// the bank did ("I'm still out of work, but the extension you arranged has
// given me some breathing room. Thank you") or to a goodbye that puts the
// loan off (我妈住院了…贷款的事改天再来问吧，先再见了): the flags keep the plight.
func socialDespite(t *text) bool {
	if asks(t) {
		return false
	}
	return t.has(cueThanksWord) && t.has(cueServiceDone) || t.has(cueGoodbye) && t.has(cueDefer)
}

// cueReported tells a figure the bank already gave.
var cueReported = []string{"showed", "turned out", "worked out", "算出来", "算下来", "结果是", "结果只", "原来只", "saved me", "saved us"}

// pleaseThanked reports 唔该 said as thanks (唔该晒, 唔该你): bare, after
// a request, it is please.
func pleaseThanked(t *text) bool {
	for c, i := range t.matches(cueThanks) {
		if c == "唔该" {
			rest := t.s[i+len(c):]
			if strings.HasPrefix(rest, "晒") || strings.HasPrefix(rest, "哂") || strings.HasPrefix(rest, "你") || strings.HasPrefix(rest, "您") {
				return true
			}
		}
	}
	return false
}

// goodbyeWord are whole messages that take leave.
var goodbyeWord = map[string]bool{"886": true, "88": true, "拜": true, "拜了": true, "拜了拜了": true, "bb": true, "k bye": true, "ok bye": true}

// handoffWord are whole messages that ask for a person by naming one.
var handoffWord = map[string]bool{"agent": true, "human": true, "人工": true, "客服": true, "真人": true, "customer service": true, "representative": true, "operator": true, "manager": true, "客户经理": true, "专员": true}

// greetingWord are whole messages that greet but are too short to search
// for inside other text.
var greetingWord = map[string]bool{"morning": true, "evening": true, "afternoon": true, "gm": true, "早": true, "早啊": true, "在": true, "在?": true, "hi": true, "yo": true, "hey": true, "hello": true, "hiya": true, "heya": true, "哈罗": true, "你好啊": true, "hi there": true, "hey there": true, "hello there": true}

// leavingToWeigh reports a farewell after a choice left to weigh at home
// (回头我跟我老婆商量一下那十万块是先提前还款还是留着…，今天就先到这儿吧，
// 再见): its figures are the choice's, nothing is asked of us.
func leavingToWeigh(t *text) bool {
	g, gi := t.firstOf(cueGoodbye)
	if gi < 0 || t.voided(g, gi) {
		return false
	}
	_, di := t.firstOf(cueDeliberate)
	return di >= 0 && di < gi && !t.asksIn(t.clauseEndAfter(di), len(t.s))
}
