package nlu

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The intents of PROTOCOL.md.
const (
	IntentGreeting          = "greeting"
	IntentThanks            = "thanks"
	IntentGoodbye           = "goodbye"
	IntentQuotaTrial        = "quota_trial"
	IntentRepaymentSchedule = "repayment_schedule"
	IntentLoanStatus        = "loan_status"
	IntentPrepayment        = "prepayment"
	IntentTermExtension     = "term_extension"
	IntentMethodChange      = "method_change"
	IntentDueDateChange     = "due_date_change"
	IntentLPRImpact         = "lpr_impact"
	IntentHardship          = "hardship"
	IntentComplaint         = "complaint"
	IntentHumanHandoff      = "human_handoff"
	IntentFAQ               = "faq"
	IntentUnknown           = "unknown"
)

// Intents lists every intent Analyze may return.
var Intents = []string{
	IntentGreeting, IntentThanks, IntentGoodbye, IntentQuotaTrial, IntentRepaymentSchedule,
	IntentLoanStatus, IntentPrepayment, IntentTermExtension, IntentMethodChange,
	IntentDueDateChange, IntentLPRImpact, IntentHardship, IntentComplaint,
	IntentHumanHandoff, IntentFAQ, IntentUnknown,
}

// classify decides the intent of normalised text by an ordered list of
// rules; the first that fires wins and names itself in why. The order is the
// policy: safety first (self-harm, fraud), then praise and farewells that
// ask nothing, an explicit ask for a person, threats to escalate, the
// borrower's own hardship, grievances, questions about hardship that is
// someone else's or hypothetical, policy questions, the calculators and
// services, and the social turns last.
func classify(t *text, ms []mention) (intent, why string) {
	norm := t.s
	if !hasContent(norm) {
		return IntentUnknown, "rule empty: no letters or digits"
	}
	fired := func(rule, cue string) string { return fmt.Sprintf("rule %s: %q", rule, cue) }

	if c, ok := selfHarm(t); ok {
		return IntentHardship, fired("hardship.self_harm", c)
	}
	if intent, rule, c, ok := fraudRule(t); ok {
		return intent, fired(rule, c)
	}
	hardRule, hardCue, hard := ownHardship(t)
	if !hard {
		if c, ok := overdueNow(t); ok {
			hardRule, hardCue, hard = "overdue", c, true
		}
	}
	if intent, c, ok := socialStatement(t, ms, hard); ok {
		return intent, fired(intent+".statement", c)
	}
	bare := bareWords(norm)
	if goodbyeWord[bare] {
		return IntentGoodbye, fired("goodbye.word", norm)
	}
	if handoffWord[bare] {
		return IntentHumanHandoff, fired("handoff.word", norm)
	}
	if c, ok := handoffAsk(t); ok {
		return IntentHumanHandoff, fired("handoff.ask", c)
	}
	if c, ok := complaintCue(t, cueEscalation); ok {
		return IntentComplaint, fired("complaint.escalation", c)
	}
	if hard {
		if r, c, suffix, ok := serviceDespite(t, ms, hardRule); ok {
			return r.intent, fired(r.name+suffix, c+"+"+hardCue)
		}
	}
	if hard {
		return IntentHardship, fired("hardship."+hardRule, hardCue)
	}
	if c, i := t.firstOf(cueFraudQuestion); i >= 0 && !scheduleWithFigures(t, ms) {
		return IntentFAQ, fired("faq.intermediary", c)
	}
	if c, ok := complaintCue(t, cueGrievance); ok && !(isCue(c, cueNoNews) && (t.has(cueLoanStatus) || t.has(cueDone))) && !(t.has(cueOffTopic) && !t.has(cueLoanWord) && !t.has(cueOurSide)) && !justAsking(t, ms) {
		return IntentComplaint, fired("complaint", c)
	}
	if c, ok := disputed(t); ok {
		// "I was never late, so why is there an overdue fee?": a charge disputed
		return IntentComplaint, fired("complaint.dispute", c)
	}
	if c, ok := othersHardship(t); ok {
		if r, c2, ok := serviceFor(t, ms); ok && calculator[r.intent] && ownWish(t) && len(extractSlots(t.rs, t, r.intent, ms).Map()) > 0 {
			// "My brother just got laid off, so I want to help him out… I earn
			// 25k a month. What's the most I could borrow?": their plight, our sum
			return r.intent, fired(r.name+".despite_others", c2+"+"+c)
		}
		return IntentFAQ, fired("faq.others_hardship", c)
	}
	if c, i := t.firstOf(cueOffTopic); i >= 0 && !t.has(cueLoanWord) && !t.has(cueGoodbye) && !t.has(cueThanks) && !t.has(cueGreeting) && !t.has(cueReliefAsk) && !t.has(cueRelief) {
		// (今天天气不错，拜拜 is still a farewell)
		return IntentUnknown, fired("unknown.off_topic", c) // 定期存款利率, exchange rates: not the loan desk's
	}
	if c, ok := obligationAsked(t); ok && !hasFigure(ms) {
		// 要是以后把抵押的房子卖了，是不是得先还清才能过户: a rule asked about
		return IntentFAQ, fired("faq.obligation", c)
	}
	if c, ok := faqQuestion(t, ms); ok {
		if procedureCue[c] && (hasFigure(ms) || ownWish(t)) || requirementCue[c] && hasFigure(ms) || c == "which+better" && hasFigure(ms) ||
			comparisonCue[c] && (ownWish(t) || t.has(cueCanChange) || hasFigure(ms)) || wishedService(t, ms) {
			// 提前还款8万要怎么操作, 我想一次性结清，怎么操作: how to do it,
			// for a stated figure or a stated wish, is the service itself
			// for the borrower's own loan.
			if r, c2, ok := serviceFor(t, ms); ok {
				return r.intent, fired(r.name+".procedure", c2+"+"+c)
			}
		}
		return IntentFAQ, fired("faq.policy", c)
	}
	if c, ok := ownCue(t, cueHardshipWeak); ok {
		if !asks(t) && !hasFigure(ms) {
			// 一发工资就全拿去还房贷，压力真的好大: the burden told, nothing asked
			return IntentHardship, fired("hardship.pressure_told", c)
		}
		if c2, i := t.firstOf(cueRelief); i >= 0 {
			// 压力好大…有没有什么办法减轻一点: asking for relief from one's
			// own burden is hardship, whatever payment it names.
			return IntentHardship, fired("hardship.relief", c+"+"+c2)
		}
	}
	if r, c, ok := serviceFor(t, ms); ok {
		return r.intent, fired(r.name, c)
	}
	if c, ok := calcFigures(ms); ok {
		return IntentRepaymentSchedule, fired("repayment_schedule.figures", c)
	}
	if c, i := t.firstOf(cueFAQConsequence); i >= 0 {
		return IntentFAQ, fired("faq.consequence", c)
	}
	if c, i := t.firstOf(cueFAQContact); i >= 0 {
		return IntentFAQ, fired("faq.contact", c)
	}
	if c, ok := ownCue(t, cueHardshipWeak); ok {
		return IntentHardship, fired("hardship.pressure", c)
	}
	if c, i := t.firstOf(cueFAQTopic); i >= 0 && !(t.has(cueGreeting) && !t.asksIn(t.clauseStart(i), t.clauseEndAfter(i))) {
		// (孙女刚教会我用这个手机银行…先跟你们打个招呼 greets)
		return IntentFAQ, fired("faq.topic", c)
	}
	if c, i := t.firstOf(cueHowTo); i >= 0 && t.has(cueDomain) {
		return IntentFAQ, fired("faq.how_to", c)
	}
	for c, i := range t.matches(cueGoodbye) {
		if !t.voided(c, i) {
			return IntentGoodbye, fired("goodbye", c)
		}
	}
	if c, i := t.firstOf(cueThanks); i >= 0 && !pleaseToGreeting(t, c) {
		return IntentThanks, fired("thanks", c)
	}
	if greetingWord[bare] {
		return IntentGreeting, fired("greeting.word", norm)
	}
	if c, i := t.firstOf(cueGreeting); i >= 0 {
		return IntentGreeting, fired("greeting", c)
	}
	if c, i := t.firstOf(cueAck); i >= 0 {
		return IntentThanks, fired("thanks.ack", c)
	}
	if c, i := t.firstOf(cueDomain); i >= 0 {
		return IntentFAQ, fired("faq.domain_fallback", c)
	}
	return IntentUnknown, "rule unknown: no rule fired"
}

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

// cueObligation asks what one must do; in a sentence that supposes
// (要是, if … someday) it asks the bank's rule, not for the service.
var cueObligation = []string{"是不是得", "是不是要先", "是不是必须", "得先", "必须先", "要不要先", "would i have to", "do i have to", "would i need to", "do i need to", "will i have to", "must i", "have to clear", "need to clear"}

// obligationAsked finds a must-question in a supposing sentence.
func obligationAsked(t *text) (string, bool) {
	for c, i := range t.matches(cueObligation) {
		if t.hasIn(t.sentenceStart(i), i, cueHypothetical) && t.sentenceAsks(i) {
			return c, true
		}
	}
	return "", false
}

// disputed finds the borrower's own clean record set against a charge
// asked about ("I was never late, so why is there an overdue fee?").
func disputed(t *text) (string, bool) {
	for c, i := range t.matches(cueNeverLate) {
		if w := t.whose(c, i); w == ownOther || w == ownIfOrUsual {
			continue // 我朋友从来没逾期过
		}
		for _, k := range t.matches(cueWhyCharged) {
			if e := t.sentenceEndAfter(k); t.hasIn(k, e, cueChargeWord) {
				return c, true
			}
		}
	}
	return "", false
}

// cueChargeWord names a charge a why can be about.
var cueChargeWord = []string{"fee", "charge", "charged", "penalty", "fine", "罚息", "罚金", "罚款", "违约金", "手续费", "滞纳金", "扣", "收费", "收了", "overdue", "late"}

// A charge disputed: never late, yet charged.
var (
	cueNeverLate  = []string{"paid on time", "never late", "never been late", "never missed", "never paid late", "always paid on time", "从没逾期", "从来没逾期", "从来没有逾期", "从未逾期", "没有逾期过", "没逾期过", "一次都没逾期", "从来没晚过", "从没晚过"}
	cueWhyCharged = []string{"why is there", "why was i", "why have i", "why did you", "why do i have", "why am i", "为什么", "为啥", "凭什么", "怎么会有", "怎么会收"}
)

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

// Safety cues.
var (
	cueSelfHarm = []string{"看不到希望", "没有活路", "没活路", "don't see the point anymore", "dont see the point anymore", "can't go on", "cannot go on", "nothing to live for", "give up on life", "不想活", "活不下去", "活着没意思", "活着没意义", "活着太累", "活够了", "轻生", "自杀", "寻死", "想死", "去死", "死了算了", "不如死了", "一死了之", "结束生命", "结束自己", "跳楼", "跳河", "跳江", "割腕", "一了百了", "离开这个世界", "没有活路", "冇得活", "唔想活", "kill myself", "killing myself", "suicide", "suicidal", "end my life", "end it all", "take my own life", "don't want to live", "dont want to live", "not worth living", "no reason to live", "no point living", "no point in living", "want to die", "wanna die", "better off without me", "better off if i was gone", "better off if i were gone", "better off dead", "hurt myself", "harm myself", "ending my life", "end my own life", "ending it all", "take my life", "taking my life", "taking my own life", "ending things", "天台跳", "跳落去", "跳下去", "由天台", "jump off", "jump from the", "throw myself", "唔想再活", "活唔落去", "唔想活落去", "不想再活", "不想活下去", "活着真没意思", "活着真没意义", "活着好没意思", "活着没什么意思", "活着真没什么意思"}
	cueNegation = []string{"差点", "差一点就", "险些", "没有", "没", "不是", "并没", "并非", "未", "不用", "不要", "不需要", "无需", "别", "不", "冇", "唔", "not", "no", "never", "n't", "without", "don't", "dont", "haven't", "havent", "hasn't", "hasnt", "hadn't", "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "zero", "nor", "neither", "nearly", "almost", "还以为"}
)

// selfHarm finds talk of self-harm that is not negated and not about
// someone else; said as "if", it still counts.
func selfHarm(t *text) (string, bool) {
	for c, i := range t.matches(cueSelfHarm) {
		if w := t.whose(c, i); w == ownNow || w == ownIfOrUsual {
			return c, true
		}
	}
	return "", false
}

// Fraud: someone impersonates the bank, asks for codes or money, or an
// intermediary offers a shortcut. A customer who has already lost money or
// is being worked on now needs a person; one who asks whether the offer is
// genuine, or asks how the bank works, gets the policy answer.
var (
	cueFraudInProgress = []string{"问我要密码", "要我的密码", "asked for my pin", "ask me for my pin", "my pin", "card pin", "安全账户", "自称银行", "自称是银行", "自称是你们", "自称你们", "自称", "说是你们", "说是银行", "说是你们银行", "冒充", "假冒", "验证码", "屏幕共享", "共享屏幕", "远程控制", "远程协助", "被骗", "骗了我", "诈骗", "解冻费", "点链接", "点击链接", "点开链接", "发了个链接", "发来链接", "safe account", "security account", "verification code", "otp", "pretending to be", "pretended to be", "impersonat", "scammed", "share my screen", "screen sharing", "remote access", "asked me to transfer", "said he was from", "said she was from", "said they were from", "claiming to be", "claimed to be", "says he's from", "says she's from", "sent me a link", "click the link", "click a link", "code from the text", "扮你哋", "扮银行", "扮系", "扮成", "扮警察", "涉案", "监管账户", "资金核查", "read him the code", "read her the code", "read the code", "wants me to read", "give him the code"}
	// An offer from an intermediary the customer asks about: a policy answer
	// (the signals layer raises the fraud flag).
	cueFraudQuestion = []string{"包装流水", "刷流水", "做流水", "假流水", "做假", "中介", "代办", "包过", "内部渠道", "内部关系", "走关系", "洗白征信", "修复征信", "征信修复", "黑户", "先交费", "先交钱", "先收", "保证金", "手续费才能", "服务费", "好处费", "加急费", "放款费", "agent fee", "upfront fee", "advance fee", "broker", "processing fee", "risk deposit", "is it safe to", "safe to give", "should i give", "is it ok to give", "安全吗", "可以给他吗", "要不要给", "fee to release", "release fee", "消掉", "消除", "删掉", "删除记录", "抹掉", "洗白", "修复信用", "靠谱吗", "可靠吗", "是真的吗", "credit repair", "remove the record", "clean my credit", "no credit check", "legit", "is this a scam", "is it a scam", "先过数", "过数做手续费"}
	// Already a victim: money or a code is gone.
	cueFraudVictimStrong = []string{"gave them the code", "gave him the code", "gave her the code", "shared the code", "told them the code", "gave them my", "gave him my", "把验证码告诉", "验证码告诉了", "验证码给了", "被骗", "骗了我", "上当", "受骗", "被人骗", "钱被转走", "钱被盗", "被盗刷", "scammed", "been defrauded", "fell for", "stole my", "stolen", "left my account", "taken from my account", "drained my account", "畀咗个验证码", "畀咗验证码", "啲钱冇晒", "钱冇晒", "户口啲钱"}
	cueFraudVictim       = []string{"转了", "转过去了", "转给他", "汇了", "汇过去", "已经给", "已经付", "已经交", "已经缴", "已经转", "已经汇", "给了他", "联系不上", "不理我", "拉黑", "报警", "报了警", "冻结我的", "冻结账户", "i paid", "i transferred", "i sent", "already paid", "already sent", "already transferred", "i entered", "i gave", "called the police", "police", "blocked me", "freeze my", "he's blocked", "stopped answering"}
	// Someone borrowed or acted in the customer's name: the thief is a
	// third party, the loss is the customer's.
	cueIdentityTheft = []string{"冒用我", "盗用我", "冒名", "用我的身份", "用我的名义", "以我的名义", "in my name", "used my details", "used my identity", "identity theft", "stole my identity", "stolen identity"}
	// Asking whether it is genuine.
	cueFraudGenuine = []string{"should i give", "should i tell", "can i give", "is it safe", "safe to give", "要不要给", "可以给他吗", "能告诉他吗", "你们发的", "是你们打的", "你们打来的", "is that from you", "did you send", "was it you", "合作方", "合作的吗", "合作吗", "有关系吗", "是你们的吗", "working with you", "affiliated with", "your partner", "真的吗", "是真的", "真的假的", "可信吗", "可以信", "能信", "靠谱吗", "可靠吗", "是你们的人", "是不是你们", "是你们吗", "是你们银行的吗", "正规吗", "合法吗", "是骗子吗", "是不是骗", "是诈骗吗", "是不是诈骗", "要不要理", "is this real", "is it real", "is this legit", "is it legit", "legit", "genuine", "really from you", "is this you", "was this you", "is it a scam", "is this a scam", "a scam?", "should i trust", "can i trust", "is that true", "is this true", "for real", "系咪真", "系唔系真", "真唔真", "是不是真的", "是真是假", "真的还是假的", "系咪骗", "系唔系骗", "系咪呃", "系唔系呃", "系咪你哋", "系唔系你哋", "靠唔靠谱", "靠不靠谱", "你们银行的人", "是银行的人吗", "是你们的员工", "你们的员工吗", "你们的工作人员吗", "银行的工作人员吗", "真是银行", "真的是银行", "really from the bank", "有没有合作", "有没有跟", "合作?", "should i?", "should i", "该不该给"}
	// Asking how the bank works, or about someone else.
	cueFraudGeneral = []string{"会不会", "平时", "一般", "防诈", "防骗", "提醒", "新闻", "听说", "朋友", "有人被骗", "ever", "will the bank", "would the bank", "does the bank", "do you ever", "would you ever", "how your", "how do you", "同学", "同事", "邻居", "亲戚", "你们银行会", "银行会打电话", "会打电话让", "会让客户"}
	cueFraudContext = []string{"骗", "诈骗", "假的", "scam", "fraud", "fake"}
)

// paymentTaken reports whether the money a victim cue says was taken is
// the borrower's own instalment ("has this month's installment been taken
// from my account yet?").
func paymentTaken(t *text, c string) bool {
	for c2, i := range t.matches(cueFraudVictimStrong) {
		if c2 == c && t.hasIn(t.clauseStart(i), i, cueInstalment) {
			return true
		}
	}
	return false
}

// cueInstalment names a scheduled payment.
var cueInstalment = []string{"installment", "instalment", "repayment", "payment", "emi", "月供", "还款", "供款"}

// cueNotReceived before a code says it did not arrive.
var cueNotReceived = []string{"没有收到", "没收到", "收不到", "didn't get", "didn't receive", "haven't received", "not receiving", "never got"}

// cueBankContext ties a swindle to the bank's channels: someone posing as
// us, codes, accounts, transfers. Without it a borrower cheated in
// business who cannot pay is a hardship case.
var cueBankContext = []string{"冒充", "自称", "客服", "银行", "你们", "验证码", "安全账户", "链接", "转账", "卡里", "账户", "bank", "account", "card", "transfer", "code", "link", "pretending", "claiming"}

// hardshipSaid reports whether the borrower reports a hardship of their own.
func hardshipSaid(t *text) bool {
	_, _, ok := ownHardship(t)
	return ok
}

// fraudRule decides a message about fraud: an own loss → a person; a
// question about genuineness or policy → faq; an attempt under way → a
// person.
func fraudRule(t *text) (intent, rule, cue string, ok bool) {
	for c, i := range t.matches(cueIdentityTheft) {
		if !negatedAt(t, i, c) && !t.voided(c, i) && !wishToBorrow(t, t.clauseStart(i), i) { // not "I want to help him out with a loan in my name"
			return IntentHumanHandoff, "handoff.identity_theft", c, true
		}
	}
	if c, ok := ownCue(t, cueFraudVictimStrong); ok && (t.has(cueBankContext) || !hardshipSaid(t)) && !paymentTaken(t, c) {
		return IntentHumanHandoff, "handoff.fraud_victim", c, true
	}
	c, i := t.firstOf(cueFraudInProgress)
	if i >= 0 && t.hasIn(t.tailStart(t.clauseStart(i), i, 8), i, cueNotReceived) {
		c, i = "", -1 // 没有收到验证码: a delivery problem, not a scam
	}
	if i >= 0 && t.hasIn(t.clauseStart(i), t.clauseEndAfter(i), cueLogin) && !t.has(cuePhishing) {
		c, i = "", -1 // 你们APP每次登录都要输验证码: our own login
	}
	if i >= 0 && t.has(cueAvoided) && t.has(cueThanks) {
		c, i = "", -1 // 之前差点被假客服骗…还好你们提醒我…感谢: a scam avoided, thanked for
	}
	if i >= 0 && pastFraud(t, i) {
		c, i = "", -1 // 我爸之前被冒充银行的人骗过: a story, not a scam under way
	}
	cq, j := t.firstOf(cueFraudQuestion)
	if i < 0 && j < 0 {
		return "", "", "", false
	}
	if i < 0 {
		c = cq
	}
	if v, ok := ownCue(t, cueFraudVictim); ok && (i >= 0 || j >= 0 || t.has(cueFraudContext)) {
		return IntentHumanHandoff, "handoff.fraud_victim", v, true
	}
	if i < 0 {
		return "", "", "", false // an intermediary's offer: the policy rules answer it
	}
	if g, k := t.firstOf(cueFraudGenuine); k >= 0 {
		return IntentFAQ, "faq.fraud_question", c + "+" + g, true
	}
	if g, k := t.firstOf(cueFraudGeneral); k >= 0 && asks(t) {
		if _, ok := handoffAsk(t); ok {
			return "", "", "", false // 我朋友之前被诈骗过，所以想跟真人讲: the ask is a person
		}
		return IntentFAQ, "faq.fraud_question", c + "+" + g, true
	}
	return IntentHumanHandoff, "handoff.fraud", c, true
}

// pastFraud reports a scam told as over: the clause of the cue at i
// also tells someone was taken in before (被…骗过).
func pastFraud(t *text, i int) bool {
	_, k := t.firstOfIn(t.clauseStart(i), t.clauseEndAfter(i), cueScammedBefore)
	return k >= 0
}

// cueAvoided tells a scam that did not take.
var cueAvoided = []string{"差点被", "差一点被", "险些被", "还好没", "幸好没", "多亏", "幸亏", "才没", "nearly fell", "almost fell", "nearly got scammed", "almost got scammed", "didn't fall for"}

// wishToBorrow reports a wish of the borrower's in s[a:b] that is to
// borrow ("I want to help him out with a loan"), not to ask
// (我想知道为什么有人用我的身份证贷款).
func wishToBorrow(t *text, a, b int) bool {
	for c, i := range t.matchesIn(a, b, cueWish) {
		rest := strings.TrimLeft(t.s[i+len(c):b], " 一下先")
		if !hasPrefixAny(rest, cueWishToAsk) && t.hasIn(i, b, cueBorrowWord) {
			return true
		}
	}
	return false
}

// cueLogin beside a code asked for makes it the bank's own sign-in.
var cueLogin = []string{"登录", "登入", "登陆", "log in", "login", "logging in", "sign in", "signing in"}

// cuePhishing makes a login someone else's trap (有人冒充客服让我登录链接).
var cuePhishing = []string{"冒充", "链接", "网址", "陌生", "自称", "有人", "link", "url", "stranger", "someone", "pretending"}

// cueScammedBefore tells a scam someone fell for before.
var cueScammedBefore = []string{"骗过", "被骗过", "上过当", "受过骗", "scammed before", "was scammed", "were scammed", "got scammed", "been scammed", "fell for"}

// Social turns said as statements: praise and farewells that ask nothing
// win over the services they mention ("提前还款办得很顺利，点赞").
var (
	cuePraise = []string{"有用", "有帮助", "帮助很大", "帮了大忙", "helps a lot", "that helps", "lifesaver", "life saver", "useful", "点赞", "赞", "👍", "给力", "好评", "真棒", "很棒", "太棒", "好棒", "厉害", "专业", "贴心", "用心", "周到", "耐心", "细心", "热情", "高效", "效率高", "效率很高", "顺利", "顺畅", "很顺", "好顺", "方便多了", "好方便", "很方便", "好用", "体验不错", "体验很好", "体验好", "服务好", "服务很好", "服务真好", "服务不错", "真不错", "很不错", "挺不错", "不错", "太好了", "满意", "夸一下", "夸夸", "表扬", "清楚", "详细", "很快就", "好快", "真快", "速度快", "神速", "五星", "感恩", "感激", "唔该", "多谢晒", "love", "great", "amazing", "fantastic", "excellent", "awesome", "helpful", "well done", "good job", "great job", "nice work", "impressed", "smooth", "best", "kudos", "brilliant", "perfect", "wonderful", "superb", "easy to use", "so easy", "quick", "fast", "5 stars", "five stars", "点个赞", "点个大赞", "给你们点赞"}
)

// cuePraiseSubject followed closely by cuePraiseWord praises the service.
var (
	cuePraiseSubject = []string{"服务", "态度", "体验", "效率", "速度", "流程", "客服", "service", "staff", "app"}
	cuePraiseWord    = []string{"好", "棒", "不错", "赞", "快", "满意", "专业", "贴心", "great", "excellent", "amazing", "fantastic", "brilliant", "quick", "fast"}
)

// cueThanksPassOn asks us to pass thanks on: a request that is thanks.
var cueThanksPassOn = []string{"pass on my thanks", "pass on our thanks", "pass my thanks", "转达我的谢意", "转达谢意", "替我谢谢", "帮我谢谢", "代我谢谢", "转达一下感谢", "转达感谢", "帮我转达", "代为转达", "pass my thanks on"}

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
	if hard || hasFigure(ms) && !(t.has(cueReported) && t.has(cueThanksWord) && !asks(t) && !ownWish(t)) {
		// "生意很不错😊 提前还款十万，减少月供" asks for a service; "your
		// breakdown showed it's only about 40 yuan more. Thanks a lot" thanks
		// for a figure given
		return "", "", false
	}
	c, found := "", false
	for _, list := range [][]string{cueThanks, cuePraise} {
		for cc, i := range t.matches(list) {
			if !negatedAt(t, i, cc) && !t.hasIn(t.clauseStart(i), i, cuePraiseNotUs) {
				c, found = cc, true
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
	g, gi := t.firstOf(cueGoodbye)
	if !found && gi < 0 {
		return "", "", false
	}
	if _, i := t.firstOf(cueThanksPassOn); i < 0 && asks(t) {
		return "", "", false
	}
	if _, ok := complaintCue(t, cueEscalation); ok {
		return "", "", false
	}
	if _, ok := complaintCue(t, cueGrievance); ok {
		return "", "", false
	}
	if gi >= 0 {
		return IntentGoodbye, g, true
	}
	return IntentThanks, c, true
}

// cueReported tells a figure the bank already gave.
var cueReported = []string{"showed", "turned out", "worked out", "算出来", "算下来", "结果是", "结果只", "原来只"}

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

// Asking for a person. cueHandoff asks by itself; cueStaff names a person
// and asks only with a verb that reaches them (找客户经理, have my manager
// call me back), so "我要投诉那个客户经理" is not a request for one.
var (
	cueHandoff    = []string{"机器人回答不了", "机器人听不懂", "机器人没用", "不想跟机器", "not a bot", "not a robot", "talk to a real", "customer service please", "customer support please", "转人工", "人工客服", "人工服务", "人工坐席", "人工台", "人工", "真人", "活人", "坐席", "接线员", "找客服", "叫客服", "我要客服", "找你们经理", "找经理", "找个人", "转接", "帮我接", "给我接", "帮我转", "揾人", "real person", "human", "live agent", "live person", "live chat", "agent please", "representative", "operator", "talk to someone", "speak to someone", "speak with someone", "talk with someone", "talk to a person", "speak to a person", "talk to a", "speak with a", "speak to a", "connect me", "transfer me", "put me through", "someone real", "call me back", "have someone call", "get someone", "someone call me", "actual agent", "actual person", "actual human", "real agent", "human agent", "agent pls", "agent plz", "speak with an", "talk to an", "speak to an", "talk with an"}
	cueStaff      = []string{"客户经理", "客服经理", "理财经理", "信贷经理", "经理", "专员", "专人", "工作人员", "客服人员", "服务人员", "柜员", "客服", "relationship manager", "account manager", "loan officer", "manager", "advisor", "adviser", "staff", "specialist", "banker", "someone", "a person", "officer", "english-speaking", "agent"}
	cueStaffVerb  = []string{"discuss", "当面", "有没有", "有冇", "找", "转", "接", "叫", "要", "让", "联系", "换", "同", "跟", "和", "给我", "帮我", "talk to", "speak to", "speak with", "talk with", "contact", "get me", "have", "put me through to", "transfer", "connect", "need", "want"}
	cueStaffAfter = []string{"talk to", "speak to", "speak with", "talk with", "打给我", "打电话给我", "给我打", "回电", "回个电话", "回复我", "联系我", "跟我联系", "和我联系", "倾", "聊", "谈", "说话", "讲", "接电话", "call me", "call back", "contact me", "reach me", "get in touch", "get back to me", "chat with", "i can talk", "i can speak"}
	// cueHandoffIfAsked asks for a person only in a clause that asks.
	cueHandoffIfAsked = []string{"callback", "a call back", "call me", "give me a call", "ring me", "回个电话", "给我回电"}
	cueComplainVerb   = []string{"投诉", "举报", "反映", "complain", "report"}
	// cueServiceHours after a handoff cue asks about the service, not for it.
	cueServiceHours = []string{"几点", "上班", "下班", "时间", "电话", "号码", "热线", "hours", "number", "open", "available"}
)

// cueLater before an ask for a person puts it after this conversation
// ("before I talk to an agent, could you…").
var cueLater = []string{"before i", "before we", "after i", "after we", "等我", "之前我"}

// handoffAsk finds an un-negated ask for a person that is not put off
// until later.
func handoffAsk(t *text) (string, bool) {
	if c, at := handoffAskAt(t); at >= 0 {
		if _, i := t.firstOf(cueLater); i < 0 || i > at {
			return c, true
		}
	}
	return "", false
}

// handoffAskAt finds an un-negated ask for a person and where it stands
// (-1: none).
func handoffAskAt(t *text) (string, int) {
	for c, i := range t.matches(cueHandoff) {
		if negatedAt(t, i, c) || c == "人工" && isWage(t, i) {
			continue
		}
		if e := t.clauseEndAfter(i + len(c)); t.hasIn(i+len(c), min(e, i+len(c)+30), cueServiceHours) {
			continue // 人工客服几点下班
		}
		return c, i
	}
	for c, i := range t.matches(cueHandoffIfAsked) {
		if !negatedAt(t, i, c) && t.asksIn(t.clauseStart(i), t.clauseEndAfter(i+len(c))) {
			return c, i // I'd like a callback; not "I was promised a callback"
		}
	}
	for c, i := range t.matches(cueStaff) {
		if negatedAt(t, i, c) {
			continue
		}
		window := 8 // 帮我联系一下我的客户经理
		if c[0] < utf8.RuneSelf {
			window = 24
		}
		e := t.clauseEndAfter(i + len(c))
		if t.hasIn(t.clauseStart(i), i, cuePastTime) || hasPrefixAny(t.s[i+len(c):], cueMetBefore) {
			continue // 上次柜员给我打印的还款计划表, 也跟客服沟通过: who did it then, not a person asked for
		}
		if t.hasIn(i+len(c), min(e, i+len(c)+36), cueStaffAfter) {
			return c, i // 客户经理给我回个电话
		}
		if t.hasIn(i+len(c), min(e, i+len(c)+30), cueServiceHours) {
			continue // 你们的客服热线是多少
		}
		a := t.tailStart(t.clauseStart(i), i, window)
		if t.hasIn(a, i, cueStaffVerb) && !t.hasIn(a, i, cueComplainVerb) {
			return c, i
		}
	}
	return "", -1
}

// cueOurSide names the bank's own people or channels: a grievance about
// them is ours whatever else it mentions.
var cueOurSide = []string{"你们", "贵行", "客服", "柜员", "网点", "your staff", "your app", "your bank", "your service", "your branch", "your agent"}

// justAsking reports displeasure set aside for a service asked (有点不满意…
// 但我也不打算投诉，就是问问能不能改成等额本金).
func justAsking(t *text, ms []mention) bool {
	if !t.has(cueJustAsking) {
		return false
	}
	_, _, ok := serviceFor(t, ms)
	return ok
}

// cueJustAsking sets a grievance aside for a question.
var cueJustAsking = []string{"就是问问", "就是想问", "只是想问", "只是问问", "就问问", "just want to ask", "just asking", "just wondering", "only asking"}

// cueMetBefore right after a person says the borrower already dealt with them.
var cueMetBefore = []string{"沟通过", "联系过", "说过", "聊过", "谈过", "反映过", "打过", "讲过"}

// isWage reports whether 人工 at i is Cantonese for wages (一份人工, 我人工
// 两万, 人工得一万), not a person.
func isWage(t *text, i int) bool {
	if t.voided("人工", i) {
		return true
	}
	before := t.s[t.tailStart(t.clauseStart(i), i, 1):i]
	return strings.Contains("份嘅的月我工加减扣涨成公婆佢他她咗了", before) && before != "" ||
		strings.HasPrefix(t.s[i+len("人工"):], "资") // 工人工资; 加人工, 减咗我三成人工: pay
}

// questionFormPairs are A-not-A questions (有没有人工, 能不能), each with
// what it means: not negations.
var questionFormPairs = []string{"有没有", "有", "有冇", "有", "系唔系", "系", "可唔可以", "可以", "能唔能", "能", "得唔得", "得", "使唔使", "使", "会唔会", "会", "好唔好", "好", "是不是", "是", "能不能", "能", "可不可以", "可以", "要不要", "要", "会不会", "会", "行不行", "行", "do not know", ""}

var questionForms = strings.NewReplacer(questionFormPairs...)

// hasQuestionForm reports whether s may hold one of questionFormPairs: all
// but the last have 不 or 没.
func hasQuestionForm(s string) bool {
	for _, r := range s {
		if r == '不' || r == '没' || r == '唔' || r == '冇' {
			return true
		}
	}
	return strings.Contains(s, "do not know")
}

// negatedAt reports whether a negator stands shortly before the cue at i:
// within 3 runes for Chinese, within four words for English.
func negatedAt(t *text, i int, cue string) bool {
	window, margin := 3, 3
	switch {
	case isLetterByte(cue[0]):
		window, margin = 18, 6 // English words are longer
	case cue[0] < utf8.RuneSelf:
		window = 5 // a number called (不会去打12378): the verb sits between
	}
	// Read a few runes more than the window, so a question form or a word
	// the window would cut in two (能|不能, 特|别) is recognised whole.
	a := t.tailStart(t.clauseStart(i), i, window+margin)
	if !t.hasIn(a, i, cueNegation) {
		return false
	}
	bef := notNegations.Replace(t.s[a:i])
	if hasQuestionForm(bef) {
		bef = questionForms.Replace(bef)
	}
	return has(lastRunes(bef, window), cueNegation) || hasSuffixAny(strings.TrimRight(bef, " "), cueNotBecause)
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// notNegations are words holding a negator that negate nothing (特别,
// 不错, 不少), each replaced by a neutral stand-in.
var notNegations = strings.NewReplacer("特别", "特", "分别", "分", "区别", "区", "类别", "类", "级别", "级", "个别", "个", "告别", "告", "差别", "差", "识别", "识", "辨别", "辨", "性别", "性", "别人", "人", "别的", "的", "别家", "家", "不错", "好", "不少", "多", "不久", "久", "不仅", "仅", "不但", "但", "不管", "管", "不过", "过", "不断", "断", "不停", "停", "差不多", "差", "不得不", "得", "没想到", "想", "不如", "如")

// Cues that make a statement about someone else, about the future or
// about a past that is over, not the borrower's situation now.
var (
	cueThirdParty      = []string{"猫", "狗", "宠物", "cat", "dog", "pet", "同事", "朋友", "同学", "邻居", "表弟", "表哥", "表姐", "表妹", "堂弟", "堂哥", "堂姐", "堂妹", "cousin", "隔壁", "亲戚", "别人", "他人", "有人", "听说", "新闻", "客户", "同行", "别家", "colleague", "friend", "neighbor", "neighbour", "someone", "somebody", "people", "others", "brother-in-law", "a borrower", "borrowers", "flatmate", "roommate", "housemate", "室友", "几千人", "几百人", "很多人", "好多人", "一批人", "舅舅", "叔叔", "姑姑", "阿姨", "姨妈", "伯伯", "舅妈", "婶婶", "姑父", "姨父", "侄子", "外甥", "uncle", "aunt", "many people", "阿哥", "阿姐", "细佬", "细妹", "家姐", "thousands of people", "thousands of workers"}
	cueOtherPerson     = []string{"同事", "朋友", "同学", "邻居", "表弟", "表哥", "表姐", "表妹", "堂弟", "堂哥", "堂姐", "堂妹", "亲戚", "cousin", "colleague", "friend", "neighbor", "neighbour", "flatmate", "roommate", "housemate", "室友", "阿姨", "舅舅", "叔叔", "姑姑", "姨妈", "uncle", "aunt"}
	cueFamily          = []string{"家里", "屋企", "家中", "家人", "家"}
	cueHypothetical    = []string{"如果", "假如", "假设", "假使", "倘若", "万一", "要是", "若是", "一旦", "哪天", "将来", "未来", "if", "in case", "suppose", "supposing", "what happens", "would", "in the event", "hypothetically", "let's say"}
	cueHypotheticalEnd = []string{"的话", "的时候"}
	cueGeneric         = []string{"一般", "通常", "一般来说", "的客户", "的借款人", "这类人", "对于", "usually", "typically", "in general", "generally", "normally", "people who", "customers who", "borrowers who", "those who", "anyone who", "do you offer", "does the bank offer", "do you have any", "does paying", "will paying", "would paying", "does being", "does missing", "will missing", "does a late", "will a late", "would a late"}
	cueResolved        = []string{"缓过来", "好转了", "恢复过来", "挺过来", "熬过来", "都过去了", "现在正常", "早就正常", "现在没事", "back on track", "back on my feet", "现在好了", "早好了", "已经好了", "都好了", "康复", "痊愈", "硬朗", "都还清了", "已经还清", "早就还清", "全部还清了", "早就全部还清", "早已还清", "已经全部还清", "早就还完", "已经还完了", "早还清", "找到工作", "找到新工作", "重新上班", "恢复正常", "恢复了", "完全好了", "全好了", "身体好了", "身体也好了", "身体没事了", "已经没事了", "好利索了", "治好了", "治愈", "all better now", "fully healed", "healthy now", "recovered", "all good now", "fine now", "back to work", "found a new job", "all paid off", "paid it all off", "sorted out", "resolved", "早就没事", "早没事", "早就好", "behind me", "fully recovered", "all fine now", "没事了", "早就出院", "已经出院", "出院了", "出院上班", "订单又回来", "生意好起来", "好起来了", "long ago", "paid it off", "back to normal", "冇事", "已经冇事", "返咗工", "返工了", "复工", "恢复上班", "补上了", "都补上", "补缴了", "已经补上", "早就稳定", "稳定了", "工作稳定", "back at work", "fully back", "went fine", "went well", "all went well", "back to full time", "back to full-time", "full time now", "all sorted", "sorted now", "回暖", "好转", "没问题了", "已经没问题", "现在没问题", "正常还了", "早都正常", "都正常还", "正常还款了", "现在新工作", "换了新工作", "收入涨了", "收入也涨了", "paid me in full", "already paid me", "paid us in full", "对我没影响", "对我没有影响", "没影响到我", "no impact on me", "didn't affect me", "doesn't affect me", "hasn't affected me", "早就结清", "都还上了", "现在都还上", "long sorted", "that's sorted", "后来都准时", "后来都按时", "之后都按时", "之后都准时", "都准时缴", "都按时缴", "都准时还", "好返晒", "已经好返", "doing well now", "she's doing well", "he's doing well", "home and doing well", "she's home now", "he's home now", "back home now", "补齐了", "都补齐", "已经补齐", "i've had a stable job", "have had a stable job", "stable job now", "steady job now", "found a stable job", "been working again", "back in work", "红火起来", "又红火", "生意又好了"}
)

// afterTold skips a frame of speech told to the borrower (朋友跟我说他…,
// "a friend told me she…"): the 我 in it is the listener, not the subject.
func afterTold(t *text, a, b int) int {
	if c, k := t.firstOfIn(a, b, cueToldMe); k >= 0 {
		return k + len(c)
	}
	return a
}

// cueToldMe is speech reported to the borrower.
var cueToldMe = []string{"跟我说", "和我说", "对我说", "告诉我", "跟我讲", "同我讲", "话我知", "跟我提", "told me", "tells me", "telling me", "said to me", "mentioned to me"}

// cueNews before a plight in its sentence makes it the news's; cueRumour
// after it, a story that did not happen.
var (
	cueNews   = []string{"新闻", "报道", "新闻话", "头条", "in the news", "on the news", "news piece", "news story", "news article", "news report", "read an article", "saw an article", "headline", "reported that", "on tv"}
	cueRumour = []string{"谣言", "传言", "只是传闻", "虚惊一场", "rumour", "rumor", "false alarm", "turned out to be nothing", "never happened"}
)

// cuePurpose just before a plight in its clause names what is to be
// avoided, not what happened.
var cuePurpose = []string{"免得", "以免", "省得", "to avoid", "so i don't get", "so i dont get", "so that i don't"}

// cueClassNoun right before a plight makes it a class of borrowers'.
var cueClassNoun = []string{"借款人", "贷款人", "客户", "borrowers", "customers", "people"}

// cueSelfFine sets the borrower's own situation against a plight told
// before it; cueSomeoneElse names whose the plight was.
var (
	cueSelfFine    = []string{"我自己生意还行", "我自己生意还好", "我自己生意不错", "我自己工作很稳定", "我自己工作稳定", "我自己缴得起", "我自己还得起", "我自己付得起", "我自己供得起", "我自己没事", "我自己还好", "我这边没问题", "我这边没事", "我没事", "跟我没关系", "与我无关", "but i'm fine", "but i am fine", "i'm fine though", "i'm fine", "my own business is doing fine", "my own business is fine", "my own business is doing well", "my own salary covers", "my own income", "my own job is", "we're fine", "we are fine", "my own loan's fine", "my own loan is fine", "我自己的贷款没问题", "我的贷款没问题", "我自己那笔", "我自己的那笔", "my own loan"}
	cueSomeoneElse = []string{"他", "她", "他们", "佢", "he", "she", "his", "her", "they", "their", "him", "sister", "brother", "father", "mother", "dad", "mum", "mom", "friend", "colleague", "neighbour", "neighbor", "tenant", "customer", "cousin", "姐", "哥", "弟", "妹", "爸", "妈", "老豆", "老母", "朋友", "同事", "邻居", "房客", "租客", "常客", "顾客", "客户", "亲戚"}
)

// cueJoke after a plight takes it back (感觉自己要破产了，开玩笑的).
var cueJoke = []string{"开玩笑", "开个玩笑", "说笑", "讲笑", "玩笑话", "just kidding", "only joking", "just joking", "kidding"}

// cueNobody denies a plight for everyone in its clause ("nobody in my
// family is sick", 家里没有人生病).
var cueNobody = []string{"nobody", "no one", "none of us", "没有人", "没人", "冇人", "not that"}

// cueNotBecause denies the reason that follows (不是因为还不起，是…),
// longer than a negation's window.
var cueNotBecause = []string{"不是因为", "并不是因为", "并非因为", "not because"}

// cueRecord after a plight makes it a record asked about.
var cueRecord = []string{"记录", "病史", "history", "record"}

// cueStill says a plight goes on.
var cueStill = []string{"还没", "还在", "仍然", "仍在", "至今", "到现在还", "一直", "still"}

// cueOnBehalf asks on someone else's behalf: what follows in the sentence
// is their situation, not the borrower's.
var cueOnBehalf = []string{"帮他问", "帮她问", "替他问", "替她问", "代他问", "代她问", "帮他咨询", "帮她咨询", "替他咨询", "替她咨询", "帮他打听", "帮她打听", "帮朋友问", "替朋友问", "帮同事问", "帮同学问", "帮亲戚问", "帮邻居问", "帮佢问", "替佢问", "让我帮忙问", "让我帮他问", "让我帮她问", "叫我帮忙问", "叫我帮他问", "叫我帮她问", "托我问", "asked me to ask", "wants me to ask", "asking for a friend", "asking on behalf", "asking on his behalf", "asking on her behalf", "asking for him", "asking for her", "托我帮忙问", "托我帮忙", "他托我", "她托我", "叫我帮手问", "帮手问下", "帮佢问下", "佢叫我问", "叫我问下", "叫我帮佢问", "让我帮忙打听", "叫我帮忙打听", "让我打听", "叫我打听", "替他打听", "替她打听", "佢问我"}

// whose says whose situation, and when, a cue at i speaks of.
type owner uint8

const (
	ownNow       owner = iota // the borrower, now
	ownNegated                // "我没有失业"
	ownOther                  // a colleague, a friend, the news
	ownIfOrUsual              // 如果失业, 生病的话, 一般
	ownPast                   // 以前住过院，现在早好了
)

// cueVoidAfter are continuations that make a cue mean something else:
// 宽限期 is a term of the contract, not a plea for time.
var cueVoidAfter = map[string][]string{
	"监管":           {"账户", "帐户"},                                                                                      // 转到监管账户: a scammer's "safe account", not the regulator
	"cash flow":    {" is great", " is good", " is fine", " is healthy", " is strong", " has improved", " is better"}, // cash flow is great now
	"settle":       {"d"},                                                                                             // that was settled long ago
	"works":        {" out"},                                                                                          // what 400k works out to: a sum
	"好难":           {"听", "看", "用", "吃", "搞"},
	"人工":           {"减", "加", "冇", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "得", "有", "几多", "少", "低", "高", "收入", "太", "唔够"},
	"doesn't work": {" for me", " for us"},
	"宽限":           {"期"},
	"hardship":     {" program", " programme", " plan", " policy", " scheme", " option", " assistance", " support", " team"},
	"struggling":   {" to understand", " to find"},
	"公积金":          {"贷"},
	"that's all":   {" behind", " in the past", " over"},
	"律师":           {"朋友", "建议", "说", "费"},                             // 律师朋友让我先问清楚: a friend, advice
	"paid on time": {" every", " since", " ever since", " each"},       // a good record, not a grievance
	"生意差":          {"点"},                                              // 生意差点撑不下去: a near miss
	"退回来":          {"了"},                                              // 已经退回来了: done
	"lawyer":       {" says", " said", " thinks", " told", " advised"}, // advice, not a threat
	"不想还":          {"等额", "先息", "这种", "现在这种"},                         // 不想还等额本息了: the method, not the debt
	"裁了":           {"好几个", "很多", "一批", "不少", "一些", "几个"},              // 部门裁了好几个人: others
	"不想活":          {"成", "得像"},                                        // 不想活成我爸那样: a way of life
	"工资":           {"卡"},                                              // 工资卡 is a card
	"salary":       {" to a", " into", " account", " card", " goes into", " is paid into"},
	"要准备":          {"多少"},
	"overdue":      {" fee", " charge", " penalty", " interest"},                                                           // an overdue fee on my statement: a charge
	"账单":           {"寄", "发到", "送到", "地址", "的地址", "和通知", "和短信", "都发", "都寄", "别再寄", "不要再寄", "别寄", "麻烦寄", "请寄", "改寄", "要寄"}, // 账单麻烦寄到新地址: where, not what
	"需要准备":         {"多少"},
}

// cueVoidBefore are words a cue is the tail of, with another meaning:
// 一口气 is "in one go", not a tone of voice.
var cueVoidBefore = map[string][]string{
	"什么意思":         {"没", "没有", "冇"},                              // 活着真没什么意思: meaningless, not "what does it mean"
	"媒体":           {"自", "做"},                                    // 我是做自媒体的: a job
	"doesn't work": {"st ", "nd ", "rd ", "th ", "date ", "day "}, // the 1st doesn't work anymore: a date that does not suit
	"借钱":           {"找我", "向我", "跟我", "问我"},                      // 老来找我借钱: borrowing from the borrower
	"逾期":           {"以为自己", "以为我", "还以为自己", "以为已经"},              // 之前以为自己逾期了: a fright, not a fact
	"口气":           {"一", "松", "缓"},
	"in my name":   {"only ", "is ", "'s ", "are ", "was ", "is only "}, // the mortgage is only in my name: whose it is
	"真系差":          {"记性", "身体", "心情", "运气"},                            // 记性真系差: about oneself
	"投诉":           {"本来都想", "本来想", "原本想", "本来打算", "差点就", "差点"},         // 本来都想投诉了，结果…: not now
	"多少本金":         {"每期还", "每一期还", "每个月还", "每月还"},                      // 每一期还多少本金: the schedule
	"账单":           {"寄"},                                               // 寄账单的地址: where it goes
	"几次":           {"好"},                                               // 催了好几次: several times, not how many
	"sick":         {"worried "},                                        // worried sick: anxious, not ill
	"律师":           {"做", "是", "当"},                                     // 我本身就是做律师的: a job
	"works":        {"which ", "that ", "it "},                          // "which works but isn't ideal": no question how it works
	"扣了两次":         {"是不是也", "是不是", "有没有", "会不会"},                       // 是不是也扣了两次: asked, not complained of
	"多扣":           {"是不是", "有没有", "会不会"},
	"to court":     {"take me ", "takes me ", "taking me ", "drag me "}, // daring the bank, not threatening it
}

// voided reports whether the cue c at i is followed, or preceded, by
// words that void it.
func (t *text) voided(c string, i int) bool {
	for _, v := range cueVoidBefore[c] {
		if strings.HasSuffix(t.s[:i], v) {
			return true
		}
	}
	if voids, ok := cueVoidAfter[c]; ok {
		rest := t.s[i+len(c):]
		for _, v := range voids {
			if strings.HasPrefix(rest, v) {
				return true
			}
		}
	}
	return false
}

func (t *text) whose(c string, i int) owner {
	if t.voided(c, i) {
		return ownNegated
	}
	if negatedAt(t, i, c) || t.hasIn(t.clauseStart(i), i, cueNobody) {
		return ownNegated
	}
	if t.hasIn(t.sentenceStart(i), t.sentenceEndAfter(i+len(c)), cueOnBehalf) {
		// 我同学被裁了，想帮他问问失业了能不能缓一缓; 我表弟做生意亏了，他让我
		// 帮忙问问: the ask on someone's behalf, before or after, makes the
		// sentence theirs.
		return ownOther
	}
	if rest := t.s[i+len(c):]; strings.HasPrefix(rest, "的人") || strings.HasPrefix(rest, "的客户") || strings.HasPrefix(rest, "的借款人") {
		return ownIfOrUsual // 银行对失业的人有没有方案: people in that plight
	}
	from := t.clauseStart(i)
	if _, k := t.firstOfIn(t.sentenceStart(i), from, cueOtherPerson); k >= 0 {
		from = k // 我表姐做了个大手术，住院一个多月: she is still the subject
	}
	if c3, j := t.firstOfIn(from, i, cueThirdParty); j >= 0 && !(c3 == "有人" && t.hasIn(max(from, j-9), j, cueFamily)) && !t.hasIn(afterTold(t, j+len(c3), i), i, cueMe) {
		// 家里有人生病 is the family's, and so the borrower's; "someone
		// called and I gave them the code" is the borrower's.
		return ownOther
	}
	ss := t.sentenceStart(i)
	if t.hasIn(ss, i, cueHypothetical) {
		return ownIfOrUsual
	}
	if c[0] < utf8.RuneSelf && englishQuestionStart[firstWord(t.s[ss:i])] && !t.hasIn(ss, i, cueFirstPerson) {
		// "Does a payment that's a few days late show up on the credit
		// report?": a question about payments in general, nobody's own
		return ownIfOrUsual
	}
	se := t.sentenceEndAfter(i + len(c))
	if t.hasIn(i+len(c), min(t.clauseEndAfter(i+len(c)), i+len(c)+30), cueHypotheticalEnd) || t.hasIn(ss, se, cueGeneric) || t.hasIn(i+len(c), se, cueJoke) {
		return ownIfOrUsual
	}
	if n, k := t.firstOfIn(t.sentenceStart(i), i, cueNews); k >= 0 && !t.hasIn(k+len(n), i, cueMe) {
		return ownOther // 新闻话有间大厂执笠，几千人失业: the news
	}
	if t.hasIn(t.tailStart(t.clauseStart(i), i, 6), i, cuePurpose) {
		return ownIfOrUsual // 免得以后上当: what the borrower guards against
	}
	if t.hasIn(i+len(c), t.sentenceEndAfter(i+len(c)), cueRumour) {
		return ownPast // 公司说要降薪原来只是谣言: it never happened
	}
	if t.hasIn(t.tailStart(t.clauseStart(i), i, 4), i, cueClassNoun) {
		return ownIfOrUsual // 对借款人失业这种情况有没有政策: borrowers in that plight
	}
	if t.hasIn(i+len(c), len(t.s), cueSelfFine) && t.hasIn(t.sentenceStart(i), i+len(c), cueSomeoneElse) {
		// 我房客说他最近生意不好…没关系我自己缴得起; "my sister is behind on
		// her car loan, but I'm fine": theirs, set against the borrower's own
		return ownOther
	}
	if t.hasIn(i+len(c), len(t.s), cueResolved) {
		return ownPast // a resolution anywhere after it: "…pause payments. I'm back to full time now"
	}
	if t.hasIn(i+len(c), min(t.clauseEndAfter(i+len(c)), i+len(c)+30), cueRecord) {
		return ownPast // 以前的住院和手术记录会不会影响审批: a record, not a plight
	}
	if rest := t.s[i+len(c):]; strings.HasPrefix(rest, "过") && !strings.HasPrefix(rest, "过来") && !t.hasIn(i+len(c), se, cueStill) {
		return ownPast // 前年失业过一阵子: been through it
	}
	return ownNow
}

// ownCue finds a cue that speaks of the borrower's own situation now: not
// negated, not about a colleague, not hypothetical, not over.
func ownCue(t *text, cues []string) (string, bool) {
	for c, i := range t.matches(cues) {
		if t.whose(c, i) == ownNow {
			return c, true
		}
	}
	return "", false
}

// hardshipRule is one kind of hardship the borrower reports.
type hardshipRule struct {
	name string
	cues []string
}

var hardshipRules = []hardshipRule{
	{"job_loss", []string{"失业", "失咗业", "被裁", "裁员", "裁了", "丢了工作", "丢工作", "工作丢了", "工作没了", "没了工作", "没工作了", "冇咗份工", "冇工开", "下岗", "被开除", "被辞退", "辞退了", "被解雇", "解雇了", "被炒", "炒鱿鱼", "丢了饭碗", "饭碗没了", "待业", "失去工作", "公司倒闭", "公司关门", "公司解散", "找不到工作", "没找到工作", "打零工", "lost my job", "lost our jobs", "lose my job", "lose our jobs", "get laid off", "get fired", "become unemployed", "laid off", "let go", "unemployed", "got fired", "been fired", "was fired", "lost job", "out of work", "made redundant", "been made redundant", "no job", "job loss", "between jobs", "lost my position", "lost his job", "lost her job", "lost their job", "炒咗鱿鱼", "畀公司炒", "被公司炒", "资遣", "被资遣", "遣散", "layoff", "laid-off", "contract was terminated", "contract terminated", "contract has been terminated", "got terminated", "been terminated", "was terminated", "裁咗", "畀公司裁", "company shut down", "company closed down", "company went under", "company went bust", "firm shut down", "不用来上班了", "不用再来上班", "叫我不用来了", "让我明天不用来", "walked me out", "escorted me out", "box of my things", "told me not to come back", "don't need to come in anymore"}},
	{"income_drop", []string{"降薪", "工资降", "工资被砍", "工资砍了", "砍工资", "砍了工资", "薪水被砍", "薪水砍了", "收入被砍", "收入砍了", "人工被砍", "被砍薪", "工资被扣了一半", "工资少了一半", "收入少了一半", "减薪", "收入减少", "收入大幅减少", "收入下降", "收入降", "收入少了", "收入锐减", "收入大减", "收入腰斩", "收入没了", "没有收入", "没收入", "冇收入", "没发工资", "工资没发", "发不出工资", "工资发不出", "拖欠工资", "欠薪", "停薪", "工资减半", "工资打折", "只发基本工资", "只发最低工资", "只发生活费", "停发", "到手少了", "少发", "绩效没了", "奖金没了", "没进账", "没有进账", "进账都没有", "一分钱进账", "断了收入", "pay cut", "salary cut", "income drop", "income falls", "income goes down", "income went down", "pay was cut", "pay was slashed", "pay slashed", "salary was cut", "income dropped", "income has dropped", "income fell", "income halved", "reduced income", "no income", "lost income", "hours cut", "hours were cut", "hours got cut", "earning way less", "earning much less", "reduced hours", "commission dried up", "earning less", "not getting paid", "haven't been paid", "hasn't paid us", "只发了一半", "只发一半", "发了一半", "没活干", "没活做", "没有活干", "冇嘢做", "cut my salary", "cut my pay", "cut our pay", "cut our salaries", "cut my wages", "slashed my salary", "slashed my pay", "reduced my salary", "reduced my pay", "salary reduced", "salary has been cut", "pay has been cut", "salary was reduced", "pay was reduced", "cut my hours", "cut our hours", "salary got cut", "pay got cut", "人工少咗", "人工少了", "减人工", "减咗人工", "减咗我", "人工减", "少咗人工", "开唔到工", "cut everyone's salary", "cut everyone's pay", "cut all our salaries", "cut salaries", "cut wages", "pay cuts", "salary cuts", "被降薪", "工资给降", "工资被降", "降了三成", "较以前减少", "比以前少", "比以前减少", "少了不少", "减少不少", "大不如前", "不如以前", "砍了三成", "砍了一半", "砍了两成", "直接砍", "被砍了", "不发了", "cut back to part-time", "part-time now"}},
	{"illness", []string{"住院", "住了院", "病咗", "手术", "重病", "大病", "生病", "生了病", "病了", "病倒", "得了病", "确诊", "癌", "肿瘤", "白血病", "中风", "治病", "看病", "医药费", "医疗费", "化疗", "透析", "icu", "车祸", "受伤", "骨折", "瘫痪", "去世", "过世", "in hospital", "hospitalized", "hospitalised", "surgery", "cancer", "sick", "illness", "passed away", "accident", "diagnosed", "get sick", "fall ill", "got sick", "chemo", "medical bills", "stroke", "injured", "住紧院", "住紧医院", "入咗院", "入院", "入咗医院"}},
	{"business_distress", []string{"生意好淡", "生意淡", "蚀钱", "蚀紧钱", "蚀本", "生意不好", "生意难做", "生意很差", "生意差", "生意不景气", "生意冷清", "没生意", "生意失败", "生意亏", "生意垮", "生意一落千丈", "订单掉", "订单少", "订单减少", "订单大减", "订单全取消", "订单取消", "取消订单", "订单被取消", "没有订单", "没订单", "压了一堆货", "压货", "库存积压", "货卖不出去", "卖不出去", "滞销", "停产", "停工", "停业", "歇业", "关店", "店关了", "店铺关", "网店被封", "店被封", "被平台封", "资金链", "周转不开", "周转不过来", "周转困难", "周转不灵", "应收账款", "货款收不回", "款收不回", "收不回来", "回款难", "亏损", "亏本", "亏钱", "亏了", "赔钱", "倒闭", "破产", "经营困难", "经营不善", "开不下去", "做不下去", "business is failing", "business failed", "business is struggling", "business went under", "went under", "went bust", "cash flow", "bankrupt", "orders dropped", "orders were cancelled", "orders were canceled", "orders cancelled", "lost our biggest", "lost its biggest", "lost my biggest", "biggest customer", "biggest client", "halted production", "stopped production", "shut down my", "closed my business", "had to close", "sales collapsed", "sales dropped", "revenue dropped", "customers stopped paying", "unpaid invoices", "revenue is down", "revenue down", "sales are down", "sales down", "orders dried up", "orders have dried up", "dried up", "没办法营业", "没法营业", "无法营业", "不能营业", "营业不了", "开不了门", "can't open", "had to shut", "单子掉", "单子少", "接单少", "营业额掉", "营业额下降", "营业额少", "营业额跌", "生意超差", "生意好差", "生意很淡", "营收掉", "营收下降", "takings are down", "takings down", "takings have dropped", "been dead", "business is dead", "business has been dead", "no customers", "资金转不开", "钱转不开", "生意惨淡", "惨淡", "生意很惨", "no foot traffic", "barely opens", "barely open", "foot traffic", "没什么客人", "没客人", "门可罗雀", "冇客", "冇生意", "执笠", "执笠咗", "周转唔到", "周转唔掂", "货款唔还", "拖住啲货款"}},
	{"repayment_difficulty", []string{"还不上", "还不起", "没钱还", "没有钱还", "还不了", "还唔到", "付不起", "付不出", "交不起", "缴不起", "交不上", "拿不出", "凑不齐", "凑不够", "不够还", "钱不够", "跟不上", "无力还款", "无力偿还", "资金有点紧", "资金比较紧", "资金很紧", "资金太紧", "资金紧", "经济紧张", "经济有点紧", "钱有点紧", "钱很紧", "钱紧", "还款困难", "有点困难", "有啲困难", "有些困难", "有困难", "很困难", "没办法了", "真的没办法", "没辙了", "手头紧", "手头很紧", "手头有点紧", "资金紧张", "经济困难", "只能还一部分", "只能先还一部分", "先还一部分利息", "晚点还", "晚几天", "迟几天", "宽限", "缓一缓", "缓几天", "撑不下去", "扛不住", "扛不下去", "撑不住", "熬不下去", "顶不住", "还不完", "还不清", "不知道怎么凑", "怎么凑", "凑不出", "没钱了", "没钱", "冇钱", "身无分文", "一分钱都没有", "生活费都没有", "吃不消", "can't afford", "cannot afford", "can't pay", "cannot pay", "can't make", "can't cover", "cannot cover", "unable to pay", "unable to make", "won't be able to pay", "struggling", "behind on", "fall behind", "falling behind", "fallen behind", "missed a payment", "missed my payment", "missed payments", "missed last month", "missed this month", "don't have the money", "dont have the money", "worried about making", "financial difficulty", "financial difficulties", "financial trouble", "financial hardship", "hardship", "a bit short", "short this month", "short on money", "money is tight", "tight on money", "pay late", "days late", "can't keep up", "single-income", "single income", "on one income", "mortgage is too much", "payments are too much", "loan is too much", "repayments are too much", "unpaid leave", "furloughed", "furlough", "factory closed", "shop closed", "piling up", "停薪留职", "无薪假", "money problems", "money troubles", "financial problems", "im broke", "broke this month", "in trouble", "might miss", "may miss", "will miss", "going to miss", "miss my next", "miss the next", "second job", "still not enough", "just to keep up", "struggle to keep up", "money's tight", "cash is tight", "finances are tight", "tight financially", "pay later", "pay it later", "defer my payment", "defer a payment", "defer payment", "payment holiday", "pause my payments", "pause payments", "pause my loan", "skip a payment", "skip this month", "暂停还款", "停息挂账", "个性化分期", "协商还款", "延迟还款", "缓交", "缓缴", "先不还", "还一半", "stop working", "stopped working", "had to quit", "short every month", "short each month", "we're short", "i'm short", "come up short", "not enough to cover", "not enough money", "no way out", "i'm broke", "i am broke", "can't make ends meet", "paycheck to paycheck", "bills piling up", "drowning in debt", "in over my head", "没还了", "个月没还", "一直没还", "没还上", "没能还", "haven't paid", "haven't been able to pay", "couldn't pay", "could not pay", "到手就没了", "入不敷出", "捉襟见肘", "揭不开锅", "钱不够用", "only pay part", "pay part of", "only pay some", "only pay half", "partial payment", "tight this month", "a bit tight", "tight on cash", "供不上", "供不起", "供唔起", "供唔上", "付不上", "缴不上", "唔够钱", "唔够还", "cant pay", "cant afford", "cant make", "迟缴", "缴不出", "付不出来", "还不出", "交不出", "晚缴", "手头超紧", "手头好紧", "手头比较紧", "手头紧张", "手头有些紧", "手头太紧", "只能先缴", "先缴一半", "只能先还", "先还一半", "只缴一半", "只能缴一半", "只能还一半", "供唔到", "交唔到", "畀唔到", "手头也紧", "手头也很紧", "手头也有点紧", "月供能不能先还一部分", "月供先还一部分", "这期先还一部分", "这个月先还一部分", "从哪里凑", "哪里凑", "去哪凑", "上哪凑", "去哪里凑", "不知道怎么还"}},
	{"intent_to_default", []string{"不想还", "不还了", "不打算还", "不会再还", "不再还", "停止还款", "停止还贷", "断供", "一分都不还", "一分钱都不", "爱怎么办怎么办", "爱咋咋", "随便你们", "你们看着办", "大不了", "黑了就黑了", "黑就黑", "赖账", "躺平", "won't pay", "not going to pay", "refuse to pay", "not paying", "stop paying", "stopped paying", "come and get it", "do whatever you want", "walk away from", "going to default", "will default", "不缴了", "都不缴", "不交了", "不供了", "唔还了", "唔供了", "唔还", "要催就催", "要催就去催", "爱催就催", "done paying", "done with paying", "send it to collections", "not paying anymore", "no longer paying", "stop repaying", "不打算再还", "不准备还", "随便打", "爱打就打", "随便催"}},
	{"multi_debt", []string{"刷爆", "借不出来", "借不到钱", "拆东墙补西墙", "以贷养贷", "以卡养卡", "以贷还贷", "借网贷", "借了网贷", "好几个网贷", "好几个平台", "多个平台", "几个平台", "网贷平台", "好几张信用卡", "几张信用卡", "欠了很多钱", "负债累累", "债务缠身", "东拼西凑", "到处借钱", "multiple loans", "several loans", "payday loan", "maxed out", "several credit cards", "borrowing to repay", "borrow from one", "lending apps", "using one to pay", "平台的钱", "几个平台", "几家平台", "多家平台", "平台都有", "平台借", "to pay the other", "网贷借", "家网贷", "两个网贷", "三个网贷", "几个网贷", "家银行的信用卡", "几家银行", "为了还房贷", "为了还贷", "为了缴房贷", "为了还月供", "为了还你们", "borrowing from one", "to pay off the next", "to pay off another", "loan apps", "different apps", "multiple apps", "several apps", "juggling", "online loans", "several online loans", "碌爆", "借新还旧", "几间财务", "四间财务"}},
	{"collateral", []string{"查封", "被法院", "被拍卖", "拍卖", "法拍", "抵押物被处置", "被冻结", "强制执行", "被执行", "收楼", "被收回", "seized", "foreclos", "repossess", "enforcement", "auction", "has frozen", "froze my", "frozen my", "court froze", "法院处置", "处置了", "申请法院", "sealed", "court has frozen"}},
}

// cueSystemFault is our system failing the borrower.
var cueSystemFault = []string{"timing out", "times out", "can't log in", "cannot log in", "been down", "is down", "down for", "出错", "报错", "出bug", "bug", "崩了", "崩溃", "当机", "死机", "闪退", "打不开", "登录不了", "登不上", "系统故障", "系统问题", "crashed", "crashes", "keeps crashing", "glitch", "error message", "logged me out", "system error", "website is down", "app is down", "扣款失败", "不通知", "没通知"}

// A plight told beside a service is sometimes only the reason for it. Each
// yield names the plights it covers, the service it yields to and what else
// must hold; why names the service's rule with the yield's suffix
// (term_extension.with_cause). Hardship that cannot pay stays hardship.
type yield struct {
	suffix  string
	plight  func(rule string) bool
	service func(r serviceRule) bool
	holds   func(t *text, ms []mention, s Slots) bool
}

var hardshipYields = []yield{
	{
		// 老婆下个月要做手术，贷款能不能延长一年: a mild cause, and a relief
		// service asked for with its figure (or the method wanted)
		".with_cause",
		func(rule string) bool { return mildCause[rule] },
		func(r serviceRule) bool { return reliefService[r.intent] },
		func(t *text, ms []mention, s Slots) bool {
			return !t.has(cueReliefAsk) && (hasFigure(ms) || s.Method != "") && onlyMild(t) && len(s.Map()) > 0
		},
	},
	{
		// 工资被砍了三成…LPR降了以后我的月供到底能少多少: a mild cause, and an
		// LPR sum asked; the flag still reaches the note
		".with_cause",
		func(rule string) bool { return mildCause[rule] },
		func(r serviceRule) bool { return r.intent == IntentLPRImpact },
		func(t *text, _ []mention, _ Slots) bool { return !t.has(cueRelief) && asks(t) && onlyMild(t) },
	},
	{
		// "I earn 26k a month and repay three online loans, 7,000 in total.
		// How much could you still lend me?": the debts are the trial's
		".with_debts",
		func(rule string) bool { return rule == "multi_debt" },
		func(r serviceRule) bool { return r.name == "quota_trial" },
		func(t *text, _ []mention, s Slots) bool {
			_, overdue := overdueNow(t)
			_, cannot := ownHardshipCue(t, hardshipRuleNamed("repayment_difficulty"))
			return !overdue && !cannot && s.MonthlyIncome != nil
		},
	},
	{
		// 公司改咗每月5号出粮，28号扣数嗰阵户口成日唔够钱…改到8号: short on
		// the debit day because pay comes later, and a new day asked
		".payday",
		func(rule string) bool { return rule == "repayment_difficulty" },
		func(r serviceRule) bool { return r.intent == IntentDueDateChange },
		func(t *text, ms []mention, _ Slots) bool { return t.has(cuePaydayWord) && onlyTiming(t) && hasDay(ms) },
	},
}

// serviceDespite returns the service a plight yields to, if one does; the
// service and its slots are worked out once.
func serviceDespite(t *text, ms []mention, plight string) (r serviceRule, cue, suffix string, ok bool) {
	var s *Slots
	for _, y := range hardshipYields {
		if !y.plight(plight) {
			continue
		}
		if s == nil {
			if r, cue, ok = serviceFor(t, ms); !ok {
				return r, "", "", false
			}
			v := extractSlots(t.rs, t, r.intent, ms)
			s = &v
		}
		if y.service(r) && y.holds(t, ms, *s) {
			return r, cue, y.suffix, true
		}
	}
	return r, "", "", false
}

// hardshipRuleNamed returns the rule of that name (a test checks each name
// used exists).
func hardshipRuleNamed(name string) hardshipRule {
	for _, h := range hardshipRules {
		if h.name == name {
			return h
		}
	}
	return hardshipRule{name: name}
}

// mildCause are hardships a borrower may tell as the reason for a service
// they ask for; the others (cannot pay, refusing, losing the job or the
// business) are hardship whatever is asked.
var mildCause = map[string]bool{"illness": true, "income_drop": true}

// reliefService are the changes to a loan a borrower in a mild plight asks
// for by name (a longer term, another due day or method).
var reliefService = map[string]bool{IntentTermExtension: true, IntentDueDateChange: true, IntentMethodChange: true}

// onlyMild reports whether every hardship the borrower reports is mild.
func onlyMild(t *text) bool {
	for _, h := range hardshipRules {
		if !mildCause[h.name] {
			if _, ok := ownHardshipCue(t, h); ok {
				return false
			}
		}
	}
	_, over := overdueNow(t)
	return !over
}

// serviceFor returns the first service rule that matches.
func serviceFor(t *text, ms []mention) (serviceRule, string, bool) {
	for _, r := range serviceRules {
		if c, ok := r.match(t, ms); ok {
			return r, c, true
		}
	}
	return serviceRule{}, "", false
}

// ownHardship finds the first hardship the borrower reports as their own.
func ownHardship(t *text) (rule, cue string, ok bool) {
	for _, h := range hardshipRules {
		if h.name == "repayment_difficulty" && t.has(cueSystemFault) {
			continue // 你们的APP成日出错，还款都还唔到: our fault, not theirs
		}
		if c, ok := ownHardshipCue(t, h); ok {
			return h.name, c, true
		}
	}
	return "", "", false
}

// ownHardshipCue is ownCue for a hardship rule: a brother's or sister's
// job loss or income drop is not the borrower's.
func ownHardshipCue(t *text, h hardshipRule) (string, bool) {
	for c, i := range t.matches(h.cues) {
		if h.name == "repayment_difficulty" && (strings.Contains(c, "没还") || strings.Contains(c, "missed")) && t.hasIn(t.clauseStart(i), i, cueRecordAsk) {
			continue // 帮我看看有没有哪期没还上: asks the record
		}
		if h.name == "repayment_difficulty" && isCue(c, cueLateness) && t.hasIn(t.clauseStart(i), i, cueLateThing) {
			continue // the reminder came two days late: ours, not the borrower's
		}
		if h.name == "income_drop" && t.hasIn(t.sentenceStart(i), t.sentenceEndAfter(i+len(c)), cueHomeByChoice) {
			continue // 爱人在家带孩子，没有收入: a choice, not a fall
		}
		if t.whose(c, i) == ownNow && !siblingsLoss(t, h.name, i) {
			return c, true
		}
	}
	if h.name == "income_drop" {
		return payFell(t)
	}
	return "", false
}

// payFell finds pay named and then its fall in one clause (工资从一万二降到
// 了六千, "my salary went down to 8k").
func payFell(t *text) (string, bool) {
	for c, i := range t.matches(cuePayWord) {
		e := t.clauseEndAfter(i + len(c))
		if f, j := t.firstOfIn(i+len(c), min(e, i+len(c)+30), cuePayFall); j >= 0 && t.whose(c, i) == ownNow {
			return c + "…" + f, true
		}
	}
	return "", false
}

// cuePayWord and cuePayFall, in that order in a clause, tell a pay cut;
// cueHomeByChoice beside "no income" makes it a choice.
var (
	cuePayWord      = []string{"工资", "薪水", "收入", "月薪", "人工", "salary", "income", "wages", "paycheck", "hours", "my pay", "our pay", "the pay", "pay was", "pay has", "take-home pay"}
	cuePayFall      = []string{"降到", "降了", "减到", "砍到", "掉到", "少到", "跌到", "只剩", "went down to", "dropped to", "fell to", "cut to", "down to", "got cut", "cut in half", "is way down", "way down", "is down"}
	cueHomeByChoice = []string{"在家带孩子", "全职在家", "全职太太", "全职妈妈", "家庭主妇", "在家带娃", "stay-at-home", "stays at home", "stay at home", "homemaker", "housewife"}
)

// cueLateness are the hardship cues that only say something came late;
// after cueLateThing in their clause it is the bank's message or money
// that did.
var (
	cueLateness  = []string{"days late", "晚几天", "迟几天", "pay late"}
	cueLateThing = []string{"reminder", "notice", "text", "sms", "message", "email", "letter", "statement", "refund", "提醒", "通知", "短信", "退款", "放款"}
)

// cueRecordAsk before a missed payment asks whether there is one.
var cueRecordAsk = []string{"有没有", "有冇", "是否", "有无", "看看有没有", "any missed", "did i miss", "have i missed"}

// cueSibling names a brother or sister: their job or income is not the
// borrower's (their illness is the family's, and so is).
var cueSibling = []string{"brother", "sister", "sibling", "哥哥", "弟弟", "姐姐", "妹妹", "我哥", "我弟", "我姐", "我妹", "兄弟", "姐妹", "细佬", "家姐", "阿哥", "细妹", "阿姐"}

// siblingsLoss reports a job loss, an income drop or a failing business at
// i that a brother or sister, named earlier in its clause, suffered.
func siblingsLoss(t *text, rule string, i int) bool {
	if rule == "illness" || rule == "collateral" {
		return false // a brother's illness is the family's; the house pledged is the borrower's
	}
	c, j := t.firstOfIn(t.sentenceStart(i), i, cueSibling)
	return j >= 0 && !t.hasIn(j+len(c), i, cueMe)
}

// cueOthersAsk says a question is asked for, or about, someone else or
// banks in general.
var cueOthersAsk = []string{"让我帮忙问", "叫我帮忙问", "托我问", "他问", "她问", "帮他问", "帮她问", "替他问", "替她问", "帮朋友问", "他能不能", "她能不能", "他可以", "她可以", "一般会", "会怎么处理", "怎么处理", "有什么政策", "什么政策", "有什么帮助", "有什么办法", "有什么方案", "这种情况", "he asked", "she asked", "asked me to find out", "how banks", "what would the bank", "what does the bank", "what would you", "would you offer", "what options", "can he", "can she", "could he", "could she", "for him", "for her", "on his behalf", "on her behalf", "something like that", "that situation", "this situation", "he could", "she could", "is there any", "is there a", "help him", "help her", "佢问", "佢想问", "佢想知", "佢可唔可以", "叫我帮手问", "帮手问下", "帮佢问下", "佢叫我问", "叫我问下", "叫我帮佢问", "让我帮忙打听", "帮忙打听", "让我打听", "叫我打听", "帮他打听", "帮她打听", "佢问我", "他问我", "她问我", "替他打听", "替她打听"}

// othersHardship finds a question about hardship that is hypothetical,
// usual or someone else's ("万一失业了能延期吗", "朋友的工厂停产了，他问能不能
// 展期"): a policy question, whatever service it names.
func othersHardship(t *text) (string, bool) {
	for _, h := range hardshipRules {
		for c, i := range t.matches(h.cues) {
			w := t.whose(c, i)
			if w == ownNow && siblingsLoss(t, h.name, i) {
				w = ownOther
			}
			switch w {
			case ownIfOrUsual:
				if _, j := t.firstOf(cueLPR); j >= 0 && j < i {
					continue // 要是LPR往上涨，月供会不会涨到还不起: a question about the LPR
				}
				if t.asksIn(t.sentenceStart(i), t.sentenceEndAfter(i+len(c))) {
					// asked in the same sentence: 万一失业了能延期吗, not
					// 想着万一以后丢了工作也心里有数。先帮我算算…
					return c, true
				}
			case ownOther:
				if c2, j := t.firstOf(cueOthersAsk); j >= 0 && asks(t) {
					return c + "+" + c2, true
				}
			}
		}
	}
	return "", false
}

// cueOffTopic are the bank's other businesses and the markets; without a
// loan word the loan assistant has nothing to say about them.
var (
	cueOffTopic = []string{"定期存款", "活期存款", "存款利率", "存款", "汇率", "外汇", "换汇", "股票", "基金", "理财产品", "保险", "黄金", "比特币", "exchange rate", "deposit rate", "fixed deposit", "savings account", "savings rate", "stock", "stocks", "shares", "bitcoin", "insurance", "forex", "快递", "外卖", "天气", "电影", "餐厅", "游戏", "彩票", "weather", "movie", "restaurant", "parcel", "hiring", "招聘", "招人", "job opening", "vacancy", "停车", "停车场", "停车位", "parking", "宠物", "宠物医院", "兽医", "vet", "pet shop", "pet hospital", "flight", "airline", "hotel", "train ticket", "机票", "航班", "航空公司", "酒店", "洗车", "洗车店", "加油站", "超市", "药店"}
	cueLoanWord = []string{"贷", "借", "还款", "月供", "利息", "lpr", "loan", "mortgage", "borrow", "repay", "installment", "instalment", "prepay", "payment", "还", "额度", "overpay", "settle", "首付", "repayment", "repayments"}
)

// cueRelief asks for the burden to be eased; with the borrower's own
// pressure it makes hardship.
var cueRelief = []string{"减轻", "缓解", "轻松一点", "松一点", "ease the burden", "ease the pressure", "some relief", "any relief", "lighten", "make it lighter", "lighter", "relief programme", "relief program", "relief scheme", "relief options", "relief", "调整还款安排", "调整还款计划", "what support", "support you offer", "what help", "what options", "有什么帮助", "有什么方案", "有什么办法"}

// cuePaydayWord names the day pay arrives.
var cuePaydayWord = []string{"出粮", "发工资", "发薪", "工资到账", "工资发", "payday", "pay day", "get paid", "salary comes", "salary arrives", "paid on the"}

// onlyTiming reports that the borrower's only difficulty is money short on
// the debit day: no lost job, no failing business, no refusal.
func onlyTiming(t *text) bool {
	for _, h := range hardshipRules {
		if h.name != "repayment_difficulty" {
			if _, ok := ownHardshipCue(t, h); ok {
				return false
			}
		}
	}
	return !t.has(cueCantPayAtAll)
}

// cueCantPayAtAll says the money is not there at all, whenever the debit.
var cueCantPayAtAll = []string{"还不起", "还不上", "付不起", "供不起", "can't afford", "cannot afford", "没钱还", "no money"}

// calculator are the intents that work out a sum from the borrower's figures.
var calculator = map[string]bool{IntentQuotaTrial: true, IntentRepaymentSchedule: true, IntentPrepayment: true, IntentLPRImpact: true}

// cueReliefAsk asks what relief there is (what support do you offer,
// 有什么办法); the rest of cueRelief may only say what a change is for
// (延长三年，让月供轻松一点).
var cueReliefAsk = []string{"relief programme", "relief program", "relief scheme", "relief options", "any relief", "some relief", "调整还款安排", "调整还款计划", "what support", "support you offer", "what help", "what options", "有什么帮助", "有什么方案", "有什么办法", "options on the loan", "my options"}

// cueUndecided says the borrower has not made up their mind.
var cueUndecided = []string{"决定之前", "还没决定", "还在考虑", "考虑一下", "before i decide", "before deciding", "haven't decided", "still deciding", "thinking about it"}

// cueHardshipWeak is pressure without a cause; it loses to any request.
var cueHardshipWeak = []string{"压力太大", "压力大", "压力很大", "还款压力", "负担太重", "负担很重", "太难了", "好难", "好辛苦", "too much pressure", "can't cope", "stressed", "overwhelmed", "压力好大", "压力山大", "好大压力", "压力特别大", "压力非常大", "压力真的很大", "压力真大", "pressure is huge", "压力都很大", "压力都好大", "压力都大", "压力越来越大", "压力挺大", "压力比较大", "压力蛮大", "压力超大", "crushing me", "killing me", "weighing on me", "stressing me out", "stressing me", "吃力", "有点吃力", "很吃力", "好吃力", "扛不太住", "压力真的大", "压力实在大", "压力确实大", "压力贼大", "压力有点大", "压力真的好大", "压力实在太大", "压力也很大", "压力还是很大"}

// cueOverdue says a payment is late; cueOverdueSelf, shortly before it,
// that the borrower's is.
var (
	cueOverdue      = []string{"逾期", "overdue", "late on", "behind"}
	cueOverdueSelf  = []string{"我", "已经", "已", "i'm", "i am", "i've been", "is", "are", "my", "we're", "we are", "we've been"}
	cueOverdueQuery = []string{"有没有", "是否", "有无", "any", "zero", "记录", "record", "吗", "说我", "算我", "显示", "标记", "记成", "says i", "shows", "marked", "is my", "am i", "are my", "have i", "showing", "whether", "anything", "nothing", "make sure"}
)

// overdueNow finds the borrower saying they are overdue (我已经逾期两期了),
// as opposed to asking what overdue means (逾期一天会上征信吗) or whether
// the record shows any (我有没有逾期记录).
func overdueNow(t *text) (string, bool) {
	for c, i := range t.matches(cueOverdue) {
		if negatedAt(t, i, c) || t.hasIn(t.sentenceStart(i), i, cueHypothetical) {
			continue
		}
		window := 4
		if c[0] < utf8.RuneSelf {
			window = 24
		}
		a := t.tailStart(t.clauseStart(i), i, window)
		aft := headUntilSentenceEnd(t.s[i+len(c):], 8)
		if !t.hasIn(a, i, cueOverdueSelf) && !strings.Contains(aft, "了") {
			continue
		}
		e := t.clauseEndAfter(i + len(c))
		if q, k := t.firstOfIn(a, min(e, i+len(c)+12), cueOverdueQuery); k >= 0 && !(q == "说我" && strings.HasSuffix(t.s[:k], "想")) || t.whose(c, i) != ownNow {
			// (想说我已经逾期 is the borrower telling it, not someone saying so)
			continue
		}
		if !t.hasIn(a, i, cueOverdueSelf) && t.hasIn(i+len(c), e, cueFAQConsequence) {
			continue // 逾期了会怎么样: what happens if, not that it has
		}
		return c, true
	}
	return "", false
}

// Complaints. cueEscalation threatens to take it further and beats the
// borrower's hardship; cueGrievance is displeasure, which hardship beats
// (a borrower who cannot pay and hates the collection calls is a hardship
// case).
var (
	cueEscalation = []string{"投诉", "12378", "12363", "银保监", "监管", "金融监管", "金管会", "消保", "消协", "曝光", "媒体", "记者", "发到网上", "发网上", "律师", "律师函", "起诉", "告你们", "告银行", "打官司", "法律途径", "法院见", "维权", "举报", "complain", "complaint", "report you", "regulator", "ombudsman", "lawyer", "attorney", "sue", "legal action", "to court", "in court", "court action", "small claims", "the media", "the press", "微博", "抖音", "小红书", "网上曝光", "评评理", "发到群里", "nfra", "cbirc", "the papers", "newspaper", "go to the papers", "爆料", "传媒", "报料", "solicitor"}
	cueLegal      = []string{"律师", "律师函", "起诉", "打官司", "法律途径", "法院见", "lawyer", "attorney", "sue", "legal action", "to court", "in court", "court action", "small claims", "solicitor"}
	cueGrievance  = []string{"太差", "真差", "好差", "很差", "差劲", "太烂", "垃圾", "坑人", "坑爹", "乱扣", "多扣", "扣了两次", "扣了我两次", "两次月供", "重复扣", "扣错", "多收", "乱收费", "收错", "态度差", "态度很差", "态度太差", "态度不好", "态度恶劣", "骚扰", "太过分", "过分", "不像话", "忍无可忍", "什么破", "破银行", "不满意", "很不满", "非常不满", "太失望", "失望", "没人管", "没人理", "没人处理", "没人回复", "没人回", "一直没回复", "没有回复", "敷衍", "踢皮球", "推来推去", "霸王条款", "难用", "不好用", "当机", "死机", "闪退", "打不开", "登不上", "登录不了", "登入不了", "登录不上", "登入不上", "很夸张", "太夸张", "好夸张", "崩了", "很烦", "好烦", "烦死", "真烦", "烦人", "无语", "离谱", "搞什么", "什么鬼", "气死", "生气", "恶心", "不到位", "不专业", "说的不一样", "说法不一", "前后不一", "听谁的", "客气点", "客气一点", "语气", "口气", "暴力催收", "催收电话", "催收的", "天天打电话", "打到我单位", "打给我家人", "打到我家", "退回来", "赶紧退", "把钱退", "还我钱", "凭什么", "抢钱", "黑心", "坑钱", "吃相难看", "宰人", "rip-off", "ripoff", "robbery", "keep getting calls", "getting calls about", "sort it out", "sort this out", "payment i already made", "already made the payment", "难听", "骂人", "讲粗口", "恐吓", "威胁我", "答非所问", "浪费我时间", "浪费时间", "说了等于没说", "泄露", "怎么能随便", "随便把我", "隐私", "信息给第三方", "第三方催收", "disgusted", "been treated", "treated badly", "treated me", "烦到", "成日打电话", "一直打电话", "打电话嚟", "why does it take", "take so long", "taking so long", "so slow", "too slow", "这么慢", "太慢", "慢死", "太麻烦", "麻烦死", "跑了好几趟", "跑了三趟", "跑了几趟", "还没办完", "还没办好", "没消息", "都没消息", "没有消息", "石沉大海", "没下文", "看人下菜", "比别人高", "区别对待", "歧视", "was promised", "you promised", "doesn't match what", "not what i was told", "misled", "misleading", "mis-sold", "nobody called", "no one called", "never called back", "never got back", "不透明", "唔透明", "冇讲清楚", "没讲清楚", "没说清楚", "not transparent", "hidden fees", "hidden charges", "说好给", "说好的", "没人打", "没回电话", "没有回电话", "不给我处理", "一直不处理", "拖了快", "拖了一个月", "拖了好久", "一直拖", "拖着不", "inappropriate", "unprofessional", "called my mother", "called my family", "called my parents", "called my boss", "called my work", "不合理", "不公平", "理由都不给", "不给理由", "unfair", "not fair", "unreasonable", "still taking", "still deducting", "still charging", "keep taking money", "太难找", "难找", "找半天", "找了半天", "不好找", "等好久", "等很久", "要等好久", "才有人接", "发错", "弄错", "总是错", "老是错", "问了好几次", "说了好几次", "催了好几次", "still haven't received", "haven't received it", "never received", "still waiting", "asked three times", "asked twice", "asked several times", "dismissive", "didn't listen", "not listening", "unhelpful", "condescending", "impolite", "timing out", "times out", "can't log in", "cannot log in", "won't let me log in", "sucks", "rubbish", "garbage", "crap", "打不进去", "打不进", "永远打不通", "third time", "nobody has fixed", "no one has fixed", "still not fixed", "still hasn't been fixed", "still not resolved", "hasn't been resolved", "出错", "报错", "出bug", "为什么扣我", "为什么多扣", "扣多咗", "扣多了", "多扣了", "点解扣", "为什么要扣", "扣我钱", "太坑", "坑了", "未经同意", "未经我同意", "不经过我同意", "没经过我同意", "not happy", "unhappy", "never agreed", "didn't agree", "without my consent", "why was i charged", "why have i been charged", "why did you charge", "why did you take", "烦不烦", "打电话催", "每天打电话", "每天都打", "一天打几", "一天打十", "每天打几", "每天打十", "天天催", "不停地打", "keep calling", "keeps calling", "nonstop calls", "一声不吭", "不打招呼", "擅自", "私自", "偷偷", "为什么还在扣", "还在扣我", "为什么还扣", "还扣我", "怎么还扣", "怎么还在扣", "继续扣", "唔会再用", "不会再用", "再也不用你们", "再也不用这", "再也不会用", "never use", "never again", "什么道理", "讲不讲理", "没人接", "都没人接", "到底怎么回事", "搞什么鬼", "不负责", "不提前通知", "也不通知", "不通知", "说涨就涨", "说降就降", "等了半天", "等了好久", "等了很久", "打不通", "占线", "irresponsible", "without notice", "without telling", "on hold", "this is a joke", "is a joke", "有没有搞错", "搞错了吧", "说我逾期", "算我逾期", "明明还了", "明明已经还", "按时还款了", "推来推去", "好嬲", "嬲死", "charged my card twice", "charged me twice", "debited twice", "deducted twice", "taken twice", "twice this month", "unbelievable", "nobody is answering", "no one is answering", "not answering", "no response", "no reply", "hung up on me", "ridiculous", "unacceptable", "terrible", "awful", "worst", "disgusting", "disappointed", "disappointing", "frustrated", "frustrating", "annoyed", "fed up", "sick of", "pathetic", "horrible", "poor service", "bad service", "waste of time", "charged twice", "double charged", "double charge", "overcharged", "wrongly charged", "harass", "rude", "nobody helps", "no one helps", "nobody answers", "no one answers", "useless", "collection call", "collections call", "debt collector", "keeps crashing", "crashed", "logged me out", "kicked me out", "i've been charged", "i have been charged", "i was charged", "doesn't work", "isn't working", "refund me", "how dare", "not impressed", "got cut off", "cut me off", "kept me waiting", "真系差", "冇人覆", "冇人理", "冇人回", "等咗成个钟", "等咗好耐", "is a mess", "such a mess", "took me four tries", "so many tries", "tries just to", "took me ages", "took forever", "hard to log in", "couldn't log in", "could not log in", "logging me out", "logs me out", "so annoying", "annoying", "want it reversed", "reverse the fee", "reverse the charge", "refund the fee", "hit me with", "even though i paid", "贼差", "阴阳怪气", "真是服了", "服了", "态度超差", "态度好差", "提个意见", "提意见", "老是晚", "总是晚", "离晒谱", "冇人听", "冇人接", "打咗成个钟", "成个钟都冇人", "收得太贵", "收费太贵", "太贵了", "卡住", "卡死", "一直卡", "靠谱点", "靠谱一点", "害我", "很扯", "太扯", "好扯", "超扯", "lousy", "so lousy", "login also fail", "login fail", "cannot login", "can't login", "told me something completely different", "told me something different", "something completely different", "wasting a whole", "wasted a whole", "wasted my whole", "太卡", "好卡", "很卡", "卡顿", "转半天圈", "转圈圈", "不靠谱", "含糊", "排队太久", "排队好久", "排队很久", "太久了", "这么对待", "这样对待", "排了两个小时", "排了三个小时", "排了一上午", "排了半天", "clunky", "took me ten minutes", "took me twenty minutes", "minutes to find", "impossible to find", "hard to find", "with no explanation", "no explanation", "without explanation", "without any explanation", "没有任何解释", "没有解释", "不给解释", "want this fixed", "get this fixed", "太吓人", "措辞", "心里很不舒服", "心里不舒服", "太折腾", "折腾人", "识别不过", "识别不了", "刷不过", "冷冰冰", "寒心", "排了两个钟头", "排了一个钟头", "态度冷"}
	// cueLegalAim names whom a legal step is aimed at when it is not the
	// bank (起诉那个客户, suing my tenant).
	cueLegalAim = []string{"客户", "他", "她", "对方", "那个人", "债务人", "租客", "my tenant", "my customer", "my client", "him", "her", "them", "the buyer", "my debtor", "朋友", "欠我钱", "欠我", "追债", "追讨", "同学", "老同学", "借钱不还", "同事", "亲戚", "前夫", "前妻", "房客", "合伙人", "生意伙伴", "跟你们银行没关系", "跟你们没关系", "nothing to do with you", "my ex", "ex-husband", "ex-wife", "business partner"}
	// cueBankActs before a legal cue makes the bank the one who acts
	// (银行会起诉吗, 你们要起诉就起诉).
	cueBankActs = []string{"银行", "你们", "贵行", "bank", "you", "they"}
	cueMe       = []string{"我", "i", "i'll", "i'm", "we", "we'll"}
	cueByAgent  = []string{"by the", "by a", "被"}
	// cueBadWord is displeasure that needs the service named near it.
	cueBadWord        = []string{"咁差", "差到", "太差", "真差", "好差", "很差", "差劲", "太烂", "过分", "太过分", "失望", "太失望", "生气", "无语", "很烦", "好烦", "烦死", "真烦", "烦人", "terrible", "awful", "disappointed", "disappointing", "frustrated", "frustrating", "annoyed", "horrible", "真系差", "系差", "annoying"}
	cueServiceSubject = []string{"服务", "态度", "体验", "系统", "app", "客服", "你们", "银行", "贵行", "效率", "网点", "柜员", "经理", "催收", "专员", "工作人员", "处理", "流程", "扣", "收费", "利息", "利率", "电话", "短信", "网银", "service", "you", "your", "bank", "app", "staff", "rate", "fee", "charge", "interest", "agent", "call", "reminder", "reminders", "notice", "提醒", "通知", "statement"}
	cueDefine         = []string{"是什么", "是啥", "是哪", "什么电话", "是干什么", "what is", "what's"}
)

// complaintCue finds a complaint cue of cues that counts: not negated, not
// asked about as a term (12378是什么电话), and for a legal step, one the
// borrower takes against the bank.
func complaintCue(t *text, cues []string) (string, bool) {
	for c, i := range t.matches(cues) {
		if negatedAt(t, i, c) && c != "太差" && c != "差劲" || t.voided(c, i) {
			continue
		}
		end := i + len(c)
		ce := t.clauseEndAfter(end)
		if t.hasIn(end, min(ce, end+12), cueDefine) || t.hasIn(t.tailStart(t.clauseStart(i), i, 8), i, cueDefine) {
			continue
		}
		if isCue(c, cueGrievance) && t.hasIn(end, t.sentenceEndAfter(end), cueFixed) {
			continue // 扣错的那笔钱已经退回来了，谢谢: put right, and thanked for
		}
		if othersStory(t, i) && (isCue(c, cueGrievance) || !t.hasIn(i, t.clauseEndAfter(i+len(c)), cueMe)) {
			continue // 我同事前阵子…被银行打电话催了好几次, 邻居说他去年打12378投诉过: their experience
		}
		if isCue(c, cueBadWord) && !t.hasIn(t.sentenceStart(max(0, t.sentenceStart(i)-1)), t.sentenceEndAfter(end), cueServiceSubject) {
			continue // 心情很差 is not about us
		}
		if isCue(c, cueLegal) {
			if strings.HasSuffix(t.s[:i], "听") || strings.HasPrefix(t.s[end:], "说") && !t.hasIn(t.clauseStart(i), i, cueMe) {
				continue // 听律师说…, 律师说…: advice heard, not a threat made
			}
			if t.hasIn(t.tailStart(t.clauseStart(i), i, 8), i, cueByAgent) {
				continue // seized by the court, 被法院
			}
			cs := t.clauseStart(i)
			if t.hasIn(cs, i, cueBankActs) && !t.hasIn(cs, i, cueMe) {
				continue
			}
			if t.hasIn(end, min(ce, end+24), cueLegalAim) && !t.hasIn(end, min(ce, end+24), cueBankActs) {
				continue
			}
			if t.hasIn(cs, i, cueThirdParty) && !t.hasIn(cs, ce, cueBankActs) {
				continue // 欠我钱的那个朋友我起诉了: suing one's own debtor
			}
		}
		return c, true
	}
	return "", false
}

// cueNoNews is waiting without word; beside a question about the loan's
// progress (审批通过了吗？一直没消息) it asks, it does not complain.
var cueNoNews = []string{"没消息", "都没消息", "没有消息", "没下文", "still waiting"}

// cueFixed after a grievance says it was put right.
var cueFixed = []string{"退回来了", "已经退", "退给我了", "弄好了", "处理好了", "解决了", "修好了", "搞定了", "fixed it", "sorted it", "was refunded", "got refunded", "been refunded", "resolved it"}

// othersStory reports whether the sentence holding i opens on someone
// else (我同事前阵子房贷逾期了，被…催了好几次), so what it tells is theirs
// until the borrower speaks of themselves; 搞到我同事都知道，太离谱 names a
// colleague only on the way.
func othersStory(t *text, i int) bool {
	ss := t.sentenceStart(i)
	c, j := t.firstOfIn(ss, t.clauseEndAfter(ss), cueOtherPerson)
	return j >= 0 && j < i && !t.hasIn(j+len(c), i, cueMe)
}

// isCue reports whether c is one of cues.
func isCue(c string, cues []string) bool {
	for _, x := range cues {
		if x == c {
			return true
		}
	}
	return false
}

// Policy questions. cueFAQPolicy beats the calculators: fees, documents,
// procedures, definitions, credit-record questions. cueFAQPolicyWeak are
// topics that are policy questions only in a sentence that asks ("征信会受
// 影响吗", not "我们俩征信也一直很干净"). Consequences and contact changes
// come after the services (what happens if I change to equal principal is
// a method change; a changed number with nothing else asked is a faq).
var (
	cueFAQPolicy      = []string{"违约金", "手续费", "罚息", "罚金", "收费吗", "要收费", "收不收费", "要钱吗", "收费标准", "minimum amount", "minimum prepayment", "minimum for", "最低金额", "起点金额", "还是浮动", "还是固定", "fixed or", "or floating", "or variable", "审批要多久", "一般要多久", "放款要多久", "办理要多久", "多久能下来", "多久能审批", "网上可以", "网上申请", "线上申请", "在线申请", "手机上申请", "apply online", "online application", "需要准备", "要准备", "需要什么", "需要哪些", "要哪些", "什么文件", "哪些文件", "需要带", "要带什么", "带什么", "需要什么材料", "要什么材料", "什么材料", "哪些材料", "怎么申请", "如何申请", "怎样申请", "怎么办理", "如何办理", "怎样办理", "在哪办", "在哪里办", "去哪办", "哪里办", "营业时间", "上班时间", "几点上班", "几点下班", "几点开门", "几点关门", "申请条件", "贷款条件", "什么条件", "有什么要求", "什么要求", "区别", "哪个好", "哪种好", "哪个更好", "哪种更好", "哪个划算", "哪种划算", "有什么不同", "是什么", "什么意思", "什么是", "是啥", "啥意思", "怎么理解", "预约", "提前多久", "多久能批", "多久放款", "多久到账", "多长时间", "怎么操作", "如何操作", "客服电话", "客服热线", "热线", "电话多少", "上征信", "影响征信", "征信会", "密码", "多久调整一次", "多久调一次", "多久一次", "怎么做", "点样做", "点样办", "要点样", "what's the process", "what is the process", "procedure", "how do i go about", "password", "宽限期", "年龄限制", "岁还能", "岁能", "多大年龄", "年纪大", "对账单", "电子账单", "纸质账单", "结清证明", "还款证明", "收入证明", "解押", "解抵押", "抵押登记", "penalty", "penalties", "fee", "fees", "charge for", "documents", "document", "paperwork", "requirements", "how do i apply", "how to apply", "how can i apply", "how long does", "how long will it take", "credit report", "credit score", "credit record", "credit history", "opening hours", "branch", "policy", "difference between", "which is better", "how often", "grace period", "age limit", "too old", "statement", "statements", "decided", "determined", "certificate", "proof of", "开唔开门", "开不开门", "开门吗", "营业吗", "影响我申请", "影响申请", "影响贷款申请", "影响审批", "影响我贷款", "影响批贷", "影响我的贷款申请", "affect my application", "affect my loan application", "affect a mortgage application", "affect my mortgage application", "affect a loan application", "hurt my application", "hurt my loan application", "hurt my chances", "affect my chances", "affect my approval", "affect approval", "咩分别", "有什么分别", "有乜分别", "有咩唔同", "有什么唔同", "报送联征", "上联征", "影响联征", "什么时候公布", "几号公布", "哪天公布", "公布吗", "什么时候发布", "几号发布", "发布吗", "when is it published", "when is the lpr published", "when is the lpr announced", "published on", "announced on", "几点扣", "几点扣款", "来得及吗", "what time does", "what time will", "what time do you", "几点钟", "为啥不一样", "为什么不一样", "有什么不一样", "why is it different", "why does it differ", "一般要几耐", "要几耐", "一般要几天", "自己选择", "可以自己选", "当月利息", "最长能贷", "最长可以贷", "最长多少年", "最多能贷几年", "最长期限", "最长年限", "longest term", "maximum term", "网上能", "网上办", "自己办", "必须去网点", "online or", "in person", "保留几耐", "保留多久", "保留几年", "留多久", "how long does it stay", "how long will it stay", "how it works", "how does it work", "how this works", "works", "罚款", "收罚款", "要收罚款", "what is this", "what's this", "what does this mean", "thing in my", "diff between", "the diff", "fixed and floating", "fixed vs", "fixed versus", "floating vs", "影响我再申请", "影响再申请", "影响以后申请", "影响我以后", "影响以后贷款", "actually mean", "what does lpr", "what does it mean", "mean on my", "repayment charge", "prepayment charge", "early repayment charge", "charge calculated", "waived", "waive", "怎么确定", "如何确定", "怎样确定", "分别用在", "用在什么", "适用于什么", "适用哪些", "加的点数", "加点数", "点数以后", "加点以后"}
	cueFAQPolicyWeak  = []string{"公积金", "provident fund", "housing fund", "征信", "材料", "资料", "证件", "手续", "流程", "政策", "规定", "后果", "几次", "次数", "网点", "年龄", "分行", "支行", "营业", "联征", "批核"}
	cueFAQConsequence = []string{"会怎样", "会怎么样", "会如何", "什么后果", "有什么后果", "what happens if", "what happens when", "what happens to", "what happens", "what will happen", "consequences", "会点", "会点样"}
	cueFAQContact     = []string{"换手机号", "换号", "手机号", "新号码", "新号", "停机", "号码", "新手机", "联系方式", "电话号码", "改地址", "地址", "搬家", "邮箱", "换了号", "号码换了", "改电话", "phone number", "new number", "my number", "address", "email", "moved house", "contact details", "mobile number"}
	cueFirstPerson    = []string{"my", "i", "me", "i'm"}
	cueWhatIs         = []string{"what is", "what's", "what are", "what does", "meaning of", "explain"}
)

// faqQuestion matches policy questions; an English "what is X" counts when
// it asks about a term, not about the customer's own figures.
func faqQuestion(t *text, ms []mention) (string, bool) {
	for c, i := range t.matches(cueFAQPolicy) {
		if c == "是什么" && (strings.HasPrefix(t.s[i+len(c):], "时候") || strings.HasPrefix(t.s[i+len(c):], "状态") || strings.HasPrefix(t.s[i+len(c):], "进度")) || t.voided(c, i) {
			continue // 是什么时候 asks when, not what
		}
		if paperNoun[c] && !t.asksIn(t.clauseStart(i), t.clauseEndAfter(i+len(c))) {
			continue // "I lost track of my paperwork. How much is left?" asks about the loan
		}
		if othersStory(t, i) && !t.asksIn(t.clauseStart(i), t.clauseEndAfter(i+len(c))) && serviceCueAt(t, func(k int) bool {
			return t.clauseStart(k) != t.clauseStart(i) && t.asksIn(t.clauseStart(k), t.clauseEndAfter(k))
		}) {
			continue // 邻居说他家…被罚息了…帮我查下我下次还款是几号: their fee, our status
		}
		if contextNoun[c] && !t.sentenceAsks(i) && (serviceAskedElsewhere(t, ms, i) || t.has(cueGreeting) && !t.has(cueDomainAsk)) {
			continue // "…and the fees are steep. Could I extend my mortgage by 3 years?"
		}
		return c, true
	}
	for c, i := range t.matches(cueFAQPolicyWeak) {
		if t.voided(c, i) {
			continue // 公积金贷款 is a loan, not a question about the fund
		}
		if t.asksIn(t.clauseStart(i), t.clauseEndAfter(i+len(c))) {
			return c, true
		}
	}
	if len(ms) == 0 && !t.has(cueFirstPerson) && t.has(cueDomain) {
		if c, i := t.firstOf(cueWhatIs); i >= 0 {
			return c, true
		}
	}
	for _, i := range t.matches(cueWhich) {
		if e := t.sentenceEndAfter(i); t.hasIn(i, e, cueBetter) && t.hasIn(t.sentenceStart(i), e, cueDomain) {
			return "which+better", true // 等额本息跟等额本金比，哪种总利息更省
		}
	}
	return "", false
}

// cueWhich and cueBetter, in that order in a sentence, weigh options.
var (
	cueWhich  = []string{"哪种", "哪个", "哪一种", "哪一个", "which one", "which option", "which way", "which of"}
	cueBetter = []string{"更省", "比较省", "最省", "更划算", "比较划算", "最划算", "更好", "比较好", "更合适", "更便宜", "save more", "saves more", "cheaper", "better", "best"}
)

// serviceRule is a calculator or account-service intent.
type serviceRule struct {
	name   string
	intent string
	match  func(t *text, ms []mention) (string, bool)
}

// anyCue adapts a cue list to a rule matcher.
func anyCue(cues []string) func(*text, []mention) (string, bool) {
	return func(t *text, _ []mention) (string, bool) {
		for c, i := range t.matches(cues) {
			if !t.voided(c, i) {
				return c, true
			}
		}
		return "", false
	}
}

// bothCues fires when a cue of each list occurs.
func bothCues(a, b []string) func(*text, []mention) (string, bool) {
	first := anyCue(a)
	second := anyCue(b)
	return func(t *text, ms []mention) (string, bool) {
		ca, ok := first(t, ms)
		if !ok {
			return "", false
		}
		cb, ok := second(t, ms)
		if !ok {
			return "", false
		}
		return ca + "+" + cb, true
	}
}

// firstMatch tries matchers in order.
func firstMatch(fs ...func(*text, []mention) (string, bool)) func(*text, []mention) (string, bool) {
	return func(t *text, ms []mention) (string, bool) {
		for _, f := range fs {
			if c, ok := f(t, ms); ok {
				return c, true
			}
		}
		return "", false
	}
}

// Cue lists for the service intents.
var (
	cuePrepayment = []string{"提前还", "提前换款", "提早还", "提早结清", "提早清还", "早点还清", "早点还完", "早些还清", "提前结清", "提前偿还", "提前归还", "提前清贷", "提前清还", "提前还清", "一次性还清", "一次性全部还清", "全部还清", "一次性还完", "一次性结清", "一次还清", "一次结清", "一次过还", "一笔过还", "全部结清", "结清贷款", "结清房贷", "还清贷款", "还清房贷", "部分还款", "还一部分本金", "多还一些本金", "多还点本金", "多还一部分", "prepay", "prepayment", "pay off early", "early repayment", "repay early", "pay back early", "early payoff", "early settlement", "pay off", "paying off", "pay down", "settle", "clear the loan", "clear my loan", "clear my mortgage", "clear the balance", "clear the whole", "clear the entire", "clear the remaining", "clear off", "in one go", "in full", "pay extra", "pay more than", "put extra", "knock down the", "pay down the principal", "reduce the principal", "paying down", "paid down", "pay it off early", "pay ahead", "pay it all back", "pay everything back", "pay back everything", "pay back the whole", "pay back the rest", "还晒", "清晒", "一次过", "off before the end", "before the end of the term", "before the term ends", "off early", "put down an extra", "pay an extra", "paying an extra", "put in an extra", "put in extra", "toward my mortgage", "towards my mortgage", "toward my loan", "towards my loan", "toward the principal", "towards the principal", "toward principal", "towards principal", "off the principal", "off my principal", "off my mortgage", "off the loan", "off my loan", "lump sum", "pay it all off", "overpay", "overpayment", "extra payment", "拿来还", "用来还", "拿去还", "出来还", "还房贷本金", "还贷款本金", "还掉本金", "冲本金", "抵本金", "清还", "全数清还", "全数还清", "还掉一部分", "一部分本金", "into my loan", "into the loan", "into my mortgage", "into the mortgage", "pay it into", "put it into", "put it towards", "put it toward", "towards the loan", "toward the loan", "towards the mortgage", "toward the mortgage", "one-off payment", "one off payment", "one-time payment", "one time payment", "single payment of", "additional payment", "一口气还", "一口气全部", "一口气结清", "一笔过", "redeem", "redemption", "interest i save", "interest i'd save", "interest would i save", "save on interest", "save in interest", "interest saved", "提前清偿", "清偿", "interest do i save", "interest will i save", "interest can i save", "clear my whole", "clear my entire", "clear the whole loan", "pay off my whole", "一口气全还", "一口气全", "一次全还", "全部还掉", "全还掉", "拿去冲", "冲房贷", "冲贷款", "拿来冲", "用来冲", "想还一部分", "还一部分楼按", "还一部分房贷", "还一部分贷款", "chuck", "throw it at", "at the mortgage", "at my mortgage", "at the loan", "towards it", "toward it", "lump-sum", "lump-sum payment"}
	cueShortenAsk = []string{"缩短"}
	cuePayEarly   = []string{"early", "ahead of schedule", "sooner"}
	cuePayVerb    = []string{"pay off", "pay back", "pay down", "repay", "pay", "paying"}

	cueLPR = []string{"lpr", "重定价", "重新定价", "利率下调", "利率上调", "利率调整", "利率调了", "利率变", "利率降", "利率下降", "利率上升", "利率涨", "降息", "加息", "基点", "个百分点", "rate cut", "rate hike", "rate change", "rates change", "rate rise", "rates fall", "rates rise", "rates go", "rate drop", "rates drop", "rates dropped", "rates were cut", "repricing", "reprice", "basis point", "interest rate change", "interest rates change", "floating rate", "variable rate", "升息", "减息", "机动利率", "浮动利率", "最优惠利率", "p按", "h按", "一码", "半码", "prime rate", "hibor", "息口"}

	cueRateWord   = []string{"利率", "利息", "rate", "rates"}
	cueRateMove   = []string{"调整", "下调", "上调", "变化", "变动", "会降", "会涨", "降了", "涨了", "降低了", "提高了", "dropped", "fell", "cut", "rose", "went up", "went down", "go up", "go down", "change", "changed", "fall", "rise", "move", "reset", "adjust", "adjusted", "increase", "decrease", "come down", "coming down", "dropping", "falling", "rising", "going up", "going down"}
	cueMethodWord = []string{"how i repay", "how i pay each month", "the way i repay", "way of repaying", "repayment option", "how my repayments are calculated", "how my payments are calculated", "how repayments are calculated", "repayment structure", "还款方式", "还款方法", "还款类型", "供款方式", "还法", "repayment method", "payment method", "repayment type", "repayment plan type", "method"}
	cueMethodName = []string{"just the interest", "only the interest", "only pay interest", "pay only interest", "just pay interest", "interest payments only", "等额本息", "等额本金", "先息后本", "只还利息", "只付利息", "先还利息", "按月付息", "equal installment", "equal instalment", "equal principal", "equal payment", "interest only", "interest-only", "本金平均摊还", "本息平均摊还", "equal-principal", "equal-installment", "equal-instalment", "fixed amount every month", "same amount every month", "fixed monthly payment", "level payments", "declining payments", "decreasing payments", "越还越少", "前面多还", "递减", "逐月递减", "每月递减", "每个月扣的钱都一样", "每个月一样", "每月一样", "每月固定", "固定金额", "金额固定", "月供固定", "只缴利息", "只交利息", "只供利息", "不还本金", "只还息", "越嚟越少", "越来越少", "供一样", "每个月供一样", "more at the start", "less over time", "pay more at first", "more at first", "供一样嘅数", "一样嘅数", "金额都一样", "还款金额都一样", "还款额都一样", "每期一样", "每期都一样", "每个月还款金额都一样"}
	cueChangeVerb = []string{"changing", "instead", "rather than", "改", "换", "变更", "调整", "转", "切换", "变成", "改用", "换用", "switch", "change", "convert", "move", "moving", "prefer", "go with", "rather"}

	cueDueDateWord    = []string{"day of the month", "different day", "another day", "different payment date", "different due date", "another payment date", "different date", "new payment date", "new due date", "还款日", "扣款日", "扣款的日子", "扣钱的日子", "还款的日子", "扣款时间", "date my payment", "date my repayment", "date of my payment", "date of payment", "payment comes out", "comes out", "collection date", "还款日期", "扣款日期", "还款时间", "扣款时间", "供款日", "缴款日", "缴费日", "每月几号还", "due date", "repayment date", "payment date", "debit date", "payment day", "due day", "repayment day", "deduction date", "billing date", "my debit", "the debit"}
	cueDueDateVerb    = []string{"changing", "moving", "different", "another", "choose", "pick", "改", "换", "调", "变更", "推迟", "推到", "挪到", "延后", "往后", "提前", "挪", "move", "moved", "change", "changed", "switch", "shift", "push", "later", "earlier", "instead", "match", "line up", "align", "sync", "same day as", "对上", "一致", "同一天", "定在", "设在", "设为", "设成", "定为"}
	cueDayMove        = []string{"改到", "改成", "改为", "调到", "换到", "挪到", "推到", "发工资", "发薪", "move", "change", "instead", "be the", "be on the", "定在", "设在", "设为", "设成", "定为", "定到"}
	cueExtension      = []string{"多延", "延几年", "延个几年", "change my loan term", "change the loan term", "change my term", "change the term", "改期限", "修改期限", "调整期限", "调整贷款期限", "改贷款期限", "改年限", "多给几年", "多几年", "多给点时间", "longer to pay", "longer to repay", "延长", "展期", "延期", "往后延", "再延", "延后", "推迟到期", "拉长", "放长", "加长", "期限长一点", "年限长一点", "期限长些", "多还几年", "多贷几年", "多供几年", "期限延", "年限延", "增加期限", "增加年限", "再加几年", "加几年", "加几个月", "extend", "extension", "longer term", "longer loan", "longer period", "longer repayment", "more time to pay", "stretch", "lengthen", "more years to", "few more years", "couple more years", "another year", "one more year", "more time to repay", "extra years", "extra months", "additional years", "additional months", "to the term", "to my term", "over more years", "spread it out", "spread the loan", "more months", "more years"}
	cueQuota          = []string{"能贷多少", "能借多少", "贷款多少", "能贷款多少", "可以贷款多少", "可以贷多少", "可以借多少", "能贷到多少", "能借到多少", "最多能贷", "最多能借", "最多可以贷", "最多可以借", "最多贷", "最多借", "最高能贷", "最高可以贷", "最高额度", "贷多少", "借多少", "可贷", "额度", "试算", "能申请多少", "可以申请多少", "申请多少", "申请到多少", "能批多少", "批多少", "能批下来", "批下来吗", "能不能批下来", "批得下来", "能批到", "会批吗", "给批吗", "多贷", "多借", "能不能贷", "能贷吗", "可以贷款吗", "能借吗", "能不能借", "能贷款吗", "贷款资格", "够不够", "借得到", "贷得到", "借到多少", "贷到多少", "批得下", "能批吗", "借几多", "贷几多", "how much can i borrow", "how much could i borrow", "how much can we borrow", "how much can i get", "how much loan", "maximum loan", "max loan", "borrowing limit", "loan limit", "credit limit", "eligible", "eligibility", "qualify", "borrowing capacity", "afford to borrow", "how much would i get", "how much will i get", "how much can you lend", "how much would you lend", "how much will you lend", "how much mortgage", "maximum i", "the maximum", "maximum amount", "max amount", "how much could i get", "how big a loan", "how big a mortgage", "how large a loan", "how large a mortgage", "biggest mortgage", "biggest loan", "largest loan", "largest mortgage", "the most i could", "the most i can", "the max i", "most you'd lend", "most you would lend", "how much would the bank lend", "how much would you lend me", "loan amount i can", "can i afford", "could i afford", "what can i afford", "pre-qualify", "prequalify", "my limit", "most i can borrow", "max i can borrow", "can i borrow", "could i borrow", "pre-approval", "preapproval", "pre-approved", "bigger loan", "bigger business loan", "bigger mortgage", "larger loan", "larger mortgage", "higher loan", "higher limit", "raise my limit", "increase my limit", "borrow more", "get a bigger", "get a larger", "get a higher", "授信", "授信额度", "可贷金额", "再批", "能再批", "批一笔", "再贷一笔", "再借一笔", "再贷点", "再借点", "能借我多少", "可以借我多少", "借我多少", "贷我多少", "好借多少", "最多好借", "can borrow how much", "how much can borrow", "how much i could get", "how much i could borrow", "how much i can borrow", "how much i can get", "how much we could borrow", "how much we can borrow", "how much we could get", "estimate how much", "could you still lend", "can you still lend", "still lend me", "lend me"}
	cueQuotaWeak      = []string{"借钱", "想借", "想贷款", "要贷款", "想办贷款", "想办个贷款", "申请贷款", "i want a loan", "i need a loan", "get a loan", "take out a loan", "apply for a loan", "borrow"}
	cueIncomeWord     = []string{"月薪", "收入", "月入", "年薪", "工资", "薪水", "薪资", "挣", "赚", "income", "salary", "earn", "i make", "take-home", "take home", "paycheck", "wage", "wages"}
	cueBorrowWord     = []string{"借", "贷", "borrow", "loan", "mortgage"}
	cueLoanStatus     = []string{"下个月要还", "这个月要还", "本月要还", "这期要还", "下期要还", "这个月月供", "这个月的月供", "本月月供", "下个月月供", "下个月的月供", "还剩多少", "剩多少", "剩余本金", "剩下多少", "还欠多少", "欠多少", "多少本金", "还有多少", "还款了没", "还上了吗", "还了没", "扣款了没", "到账了吗", "到账了没", "欠银行", "欠你们", "还欠", "仲欠", "还有多少没还", "余额", "还有几期", "剩几期", "还剩几期", "还要还几期", "还有多少期", "几期没还", "已经还了多少", "还了多少", "扣了没", "扣了吗", "扣款了吗", "扣钱了吗", "扣款成功", "成功扣款", "扣成功", "扣没扣", "有没有扣", "扣款失败", "还款成功", "查一下我", "查查我", "查询我的", "贷款状态", "贷款进度", "审批进度", "申请进度", "放款了吗", "放款了没", "放款进度", "批下来了吗", "批了没", "逾期吧", "扣了吧", "应该扣了", "扣咗未", "扣咗没", "扣咗", "过咗数", "入咗数", "还没显示", "没显示", "显示未缴", "显示未还", "显示没还", "显示还没", "显示未付", "still shows", "still showing", "shows as unpaid", "showing as unpaid", "还没到账", "没到账", "没有更新", "没更新", "status of my", "current status", "mature", "maturity", "还差几期", "差几期", "还差多少", "is left on", "left on my", "principal is left", "how much principal", "payoff amount", "pay-off amount", "payoff figure", "settlement amount", "结清金额", "receive my payment", "get my payment", "still need to pay", "still have to pay", "still need to repay", "仲有几耐", "几耐", "还有多久", "账单", "什么时候到账", "什么时候放款", "还剩几个月", "剩几个月", "还有几个月", "我的利率", "我现在的利率", "been received", "my interest rate", "my current rate", "what's my rate", "what rate am i", "还了几期", "已经还了几", "已还几期", "什么时候能还完", "什么时候还完", "啥时候还完", "还要还多久", "还要多久还完", "哪年还完", "哪年到期", "几时还完", "until my", "until the loan", "how long until", "when will my loan be paid off", "when will i finish", "when does my loan end", "几号扣", "哪天扣", "几时扣", "几号要还", "哪天要还", "什么时候要还", "几多期", "仲有几多", "期未还", "批下来没", "批下来了没", "批了没有", "批了吗", "审批通过了吗", "审批结果", "通过了没", "下款了吗", "下款没", "放款没", "什么时候扣", "什么时候还款", "哪天还款", "几号还款", "还款日是", "下次还款", "下一期", "到期日", "什么时候到期", "尾号", "逾期记录", "有没有逾期", "是否逾期", "当前利率", "目前利率", "next payment", "next repayment", "next due", "when is my payment", "when is my", "balance", "outstanding", "how much do i still owe", "how much do i owe", "how much is left", "payments left", "payments do i have left", "installments left", "payments remaining", "how many payments", "how many more payments", "how many installments", "months left", "left to pay", "loan status", "status of my loan", "my loan details", "was my payment", "final payment", "last payment", "payment is due", "payment due", "remaining principal", "remaining balance on", "principal left", "principal remaining", "payment go through", "payment went through", "go through", "gone through", "went through", "been debited", "been taken", "payment cleared", "received my payment", "payment received", "left on my loan", "left on my mortgage", "left to repay", "payoff date", "pay-off date", "how much have i paid", "how much have i repaid", "been deducted", "deducted", "still owe", "application status", "approved yet", "confirm my account", "my account shows", "how much left", "how much still", "how much remain", "bal", "时候到期", "几时到期", "哪天到期", "account is closed", "account closed", "loan is closed", "loan closed", "closed the account", "销户了吗", "结清了吗", "结清了没", "这个月要缴", "本月要缴", "下个月要缴", "要缴的金额", "应缴", "缴款金额", "要还的金额", "应还金额", "这期要缴", "应还", "差几多", "几多本金", "本金未还", "仲差", "尚欠", "欠几多", "go thru", "gone thru", "went thru", "still pending", "says pending", "pull up my", "bring up my", "loan ending", "account ending", "any update on", "update on my", "any news on", "heard back", "interest have i paid", "have i paid", "paid so far", "扣款时间是", "还款时间是", "几号来着", "是几号扣", "下回扣款", "下次扣款", "下回还款", "is my account", "am i overdue", "is my loan overdue", "my account overdue", "已还利息", "付了多少利息", "was received", "payment was received", "was it received", "正常扣款", "冇扣到", "没扣到", "扣到月供", "有冇扣到", "什么状态", "啥状态", "what day of the month is my", "which day is my", "what date is my", "is my repayment taken", "is my payment taken", "when is my repayment taken", "到哪一步", "审批到哪", "进行到哪", "办到哪一步", "到哪个阶段", "what stage", "成功扣到", "扣到数", "扣唔扣到", "有冇成功扣"}
	cueLoanStatusWeak = []string{"我的贷款", "我那笔贷款", "确认一下", "帮我确认", "查一下", "查下", "查查", "帮我查", "查询", "check my", "look up my", "confirm my"}
	cueSchedule       = []string{"what would the repayments", "what would my repayments", "what would the payments", "repayments be", "payments be", "本金和利息", "每个月的本金", "每月的本金", "每期本金", "每期利息", "月供多少", "月供是多少", "月供大概", "月供要多少", "月供怎么算", "月供是怎么", "算月供", "算一下月供", "计算月供", "每月还多少", "每个月还多少", "每月要还多少", "每个月要还多少", "每月还款多少", "每月还款额", "月还款额", "每期还多少", "每期要还", "月缴多少", "每月缴", "每个月缴", "月付多少", "每月供", "供几多", "还款额是多少", "还款额多少", "还款计划", "还款明细", "还款表", "还款清单", "怎么算的", "怎么算出来", "总利息", "利息一共", "一共要还", "总共要还", "总共还", "利息多少", "多少利息", "要付多少利息", "每月利息", "每个月利息", "月供", "monthly payment", "monthly repayment", "monthly installment", "monthly instalment", "monthly interest", "repayment schedule", "repayment plan", "payment schedule", "amortization", "amortisation", "how much per month", "how much a month", "how much each month", "how much every month", "how much monthly", "what would i pay", "what would my payment", "what would the payments", "payments look like", "what will i pay", "total interest", "how much interest", "interest cost", "calculate", "还款时间表", "时间表", "供款表", "还款日程", "goes to interest", "interest versus principal", "interest vs principal", "interest and principal", "principal and interest", "breakdown of each payment", "split between interest", "the installments", "installments be", "what are the installments", "what are the repayments", "what are the payments", "what would the installments", "break down", "breakdown", "month by month", "month-by-month", "break it down", "interest part", "principal part", "的明细", "每一期还多少", "每一期的本金", "每一期的利息", "每期的本金", "每期的利息", "每月要缴", "每个月要缴", "每月要供", "每个月要供", "每月要付", "每个月要付"}
	cueFAQTopic       = []string{"app", "网银", "手机银行", "银行卡", "贷款产品", "有哪些贷款", "利率是多少", "利率多少", "现在利率", "products", "do you offer", "what kind of loan", "what types of loan", "利率现在是多少", "利率现在多少", "现在利率是多少", "利率目前是多少", "利率目前多少", "利率大概多少", "利率一般多少"}
	cueGoodbye        = []string{"先挂了", "我先挂", "挂了啊", "问到这", "就问到这", "有问题再找", "有问题再问", "回头有问题", "没别的事", "没其他事", "没什么事了", "不聊了", "先不聊", "去忙了", "我去忙", "忙去了", "再见", "拜拜", "没有问题了", "没问题了", "没其他了", "goodnight", "cya", "ttyl", "laters", "byebye", "bye-bye", "that'll be all", "that will be all", "all done", "i'm done", "we're done", "下次见", "回头见", "回见", "就这样", "那就这样", "先这样", "就这样吧", "就到这里", "没有其他问题", "没其他问题", "没别的问题", "没别的了", "没事了", "就这些", "先忙了", "我先忙", "回头再聊", "改天再聊", "下次再聊", "结束对话", "结束会话", "结束聊天", "下线了", "先下了", "先走了", "晚安", "再会", "bye", "goodbye", "see you", "that's all", "that is all", "have a nice day", "have a good day", "have a good evening", "have a nice evening", "have a good night", "good night", "have a great day", "have a good weekend", "have a nice weekend", "that's everything", "that is everything", "that's it for today", "我先撤了", "先撤了", "下次聊", "就聊到这", "talk later", "talk to you later", "catch you later", "gotta go", "got to go", "signing off", "end the chat", "end chat", "end this chat", "nothing else", "no more questions", "take care"}
	cueThanks         = []string{"谢谢", "感谢", "多谢", "谢啦", "谢了", "辛苦了", "麻烦你了", "服务真不错", "服务很好", "服务不错", "真不错", "太好了", "很满意", "满意", "点赞", "给力", "好评", "真棒", "很棒", "感恩", "唔该", "thank", "thanks", "thx", "ty", "appreciate", "cheers", "great service", "excellent", "awesome", "helpful", "good job", "well done", "thnks", "thnx", "thanx", "tks", "thank u", "thankyou", "辛苦你们", "辛苦你了", "辛苦晒"}
	cueGreeting       = []string{"在的吗", "在不在", "有人在", "你好", "您好", "你们好", "大家好", "嗨", "哈喽", "哈啰", "哈罗", "喂", "在吗", "在么", "在不在", "有人吗", "有人在吗", "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "早晨", "午安", "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening", "good day", "greetings", "howdy", "yo", "有冇人喺度", "有冇人", "有人喺度", "喺唔喺度", "打个招呼", "打声招呼"}
	cueAck            = []string{"好的", "好嘅", "明白了", "明白", "知道了", "了解了", "懂了", "收到", "嗯嗯", "ok", "okay", "got it", "understood", "noted", "alright", "sounds good", "i see", "makes sense"}
	cueDomain         = []string{"application", "贷", "债", "借款", "银行卡", "账户", "account", "还款", "月供", "供款", "利率", "利息", "银行", "征信", "逾期", "本金", "额度", "信用卡", "抵押", "按揭", "放款", "公积金", "首付", "担保", "lpr", "loan", "mortgage", "bank", "interest", "repay", "payment", "installment", "instalment", "credit", "borrow", "debt", "rate", "repricing", "collateral", "default", "equal principal", "equal installment", "repayment", "联征", "缴款", "p按", "h按"}
)

// paperNoun are policy nouns that ask only in a sentence that asks ("the
// fees are steep. Could I extend…" asks for the extension).
var paperNoun = map[string]bool{"paperwork": true, "documents": true, "document": true, "statement": true, "statements": true}

// contextNoun are policy nouns a story names on the way ("the fees are
// steep", "almost got hit with a late fee"): in a sentence that asks
// nothing, they yield to a service asked in another sentence.
var contextNoun = map[string]bool{"fee": true, "fees": true, "penalty": true, "penalties": true, "branch": true, "proof of": true, "certificate": true}

// cueDomainAsk are loan words that make a greeting's message a question.
var cueDomainAsk = []string{"loan", "mortgage", "repay", "payment", "rate", "贷", "还款", "月供", "利率"}

// sentenceAsks reports whether the sentence holding i asks or requests
// something, its closing question mark included.
func (t *text) sentenceAsks(i int) bool {
	a, b := t.sentenceStart(i), t.sentenceEndAfter(i)
	return t.asksIn(a, b) || strings.HasPrefix(t.s[b:], "?") || strings.HasPrefix(t.s[b:], "？")
}

// serviceAskedElsewhere reports a service asked for in a sentence other
// than the one holding i.
func serviceAskedElsewhere(t *text, ms []mention, i int) bool {
	si := t.sentenceStart(i)
	return serviceAskedAt(t, ms, func(k int) bool { return t.sentenceStart(k) != si && t.sentenceAsks(k) })
}

// serviceCueAt reports a cue of a named service at a place where holds.
func serviceCueAt(t *text, where func(k int) bool) bool {
	for _, cues := range [][]string{cueLoanStatus, cueSchedule, cuePrepayment, cueQuota, cueExtension, cueDueDateWord, cueMethodName, cueLPR} {
		for _, k := range t.matches(cues) {
			if where(k) {
				return true
			}
		}
	}
	return false
}

// weakRule are the service rules that fire on a general word, with no
// service named.
var weakRule = map[string]bool{"loan_status.check": true, "quota_trial.borrow": true, "quota_trial.income": true}

// serviceAskedAt reports a service whose cue stands at a place where
// holds: another sentence, or another clause, that asks.
func serviceAskedAt(t *text, ms []mention, where func(k int) bool) bool {
	for _, r := range serviceRules {
		if weakRule[r.name] {
			continue // 我想确认一下: no service of its own
		}
		c, ok := r.match(t, ms)
		if !ok {
			continue
		}
		head, _, _ := strings.Cut(c, "+")
		head, _, _ = strings.Cut(head, "…")
		for _, k := range t.matches([]string{head}) {
			if where(k) {
				return true
			}
		}
	}
	return false
}

// procedureCue asks how a service is carried out; with a stated figure
// (an amount, a term, a day) it is the borrower's own request.
// cueWish states what the borrower wants done (我想一次性结清); what
// follows a wish to ask or know (我想问问, I'd like to know) is a question.
var (
	cueWish      = []string{"我想", "我要", "想把", "打算", "准备", "决定", "i want to", "i'd like to", "i would like to", "i need to", "i wanna", "想改", "想换", "想调", "想转", "想延", "想提前", "不如改", "不如换", "打算改", "打算换", "还是想", "我还是想", "i'd still like", "只是想", "纯粹想", "want to put", "want to pay", "want to clear", "want to prepay", "wanna prepay", "want to settle", "want to extend", "want to switch", "想一次性", "想全部", "想结清", "想还清"}
	cueWishToAsk = []string{"问", "了解", "咨询", "知道", "打听", "确认", "看看", "ask", "know", "find out", "check", "understand"}
)

// ownWish reports a wish of the borrower's to have something done, not
// negated and not a wish to ask.
func ownWish(t *text) bool {
	for c, i := range t.matches(cueWish) {
		rest := strings.TrimLeft(t.s[i+len(c):], " 一下先")
		asking := false
		for _, a := range cueWishToAsk {
			if strings.HasPrefix(rest, a) {
				asking = true
				break
			}
		}
		if !asking && !negatedAt(t, i, c) {
			return true
		}
	}
	return false
}

var procedureCue = map[string]bool{"网点": true, "预约": true, "怎么操作": true, "如何操作": true, "怎么办理": true, "如何办理": true, "怎样办理": true, "怎么做": true, "点样做": true, "点样办": true, "要点样": true, "what's the process": true, "what is the process": true, "procedure": true, "how do i go about": true}

// comparisonCue weighs options; asked by a borrower who wants a change made
// (还款方式能换不？不知道换哪种好) it is part of the request.
var comparisonCue = map[string]bool{"哪个好": true, "哪种好": true, "哪个更好": true, "哪种更好": true, "哪个划算": true, "哪种划算": true, "which is better": true}

// cueCanChange asks whether something can be changed.
var cueCanChange = []string{"能换", "能改", "可以换", "可以改", "能不能换", "能不能改", "能唔能换", "can i change", "can i switch", "could i switch", "could i change"}

// wishedService reports a wish to have a change made whose particulars the
// message states (想申请把还款日调整到每月28号…一年能改几次？; I'd like to
// switch to equal principal… is there a fee?): the change is the ask, the
// policy question rides along.
func wishedService(t *text, ms []mention) bool {
	if !ownWish(t) && !t.has(cueCanChange) {
		return false
	}
	r, _, ok := serviceFor(t, ms)
	if !ok {
		return false
	}
	s := extractSlots(t.rs, t, r.intent, ms)
	if r.intent == IntentPrepayment {
		// 想把这笔车贷一次性全部结清…有没有手续费 wants it done; 想早点把贷款
		// 还清，决定之前先问一下：要不要付违约金 asks before deciding.
		return (s.PrepayAmount != nil || s.PrepayMode != "") && !t.has(cueUndecided)
	}
	return reliefService[r.intent] && len(s.Map()) > 0
}

// requirementCue asks what a service needs; for a stated figure (想申请延期
// 六个月，需要什么条件) it is the borrower's own request too.
var requirementCue = map[string]bool{"要准备": true, "需要准备": true, "什么手续": true, "要什么手续": true, "怎么申请": true, "如何申请": true, "怎样申请": true, "how do i apply": true, "how can i apply": true, "需要什么": true, "什么条件": true, "需要哪些": true, "要哪些": true, "有什么要求": true, "什么要求": true, "requirements": true}

// cueHowTo asks how to do something; about loans it is a policy question.
var cueHowTo = []string{"怎么办", "怎么操作", "怎么弄", "how do i", "how can i", "can i change my"}

// cueDone asks whether something already asked for is done or has
// arrived; it beats the service it names (我的提前还款申请办好了没有).
var cueDone = []string{"办好了没", "办好了吗", "办完了没", "办完了吗", "处理好了吗", "处理好了没", "入账了吗", "入账了没", "到账了吗", "到账了没", "生效了吗", "生效了没", "been processed", "was it processed", "has it gone through", "did it go through", "有没有正常扣", "正常扣款了吗", "扣款成功了吗", "有没有扣款", "扣款了没有", "正常扣款"}

// cueDebitVerb right after a day, in a message that asks, proposes it as
// the due day (每月28号扣行不行, 20号还可以吗).
var cueDebitVerb = []string{"扣", "还款", "还", "缴", "供"}

// dayAsked finds a day followed by a debit verb in a message that asks.
func dayAsked(t *text, ms []mention) (string, bool) {
	if !asks(t) || t.has(cueLoanStatus) {
		return "", false
	}
	for _, m := range ms {
		rest := string(t.rs[m.end:min(len(t.rs), m.end+2)]) // the two runes a verb or 还是 needs
		if m.kind == kindDay && hasPrefixAny(rest, cueDebitVerb) && !strings.HasPrefix(rest, "还是") && !(m.start > 0 && t.rs[m.start-1] == '月') {
			// not 一月一日还是…: a date weighed against another
			return string(t.rs[m.start:m.end]), true
		}
	}
	return "", false
}

// hasDay reports whether a day of the month is mentioned.
func hasDay(ms []mention) bool {
	for _, m := range ms {
		if m.kind == kindDay {
			return true
		}
	}
	return false
}

// serviceRules are tried in order; earlier rules are the more specific
// requests (a prepayment question mentions 月供 too).
var serviceRules = []serviceRule{
	{"loan_status.done", IntentLoanStatus, anyCue(cueDone)},
	{"method_change.switch", IntentMethodChange, unlessScheduleFigures(firstMatch(
		bothCues(cueMethodWord, cueChangeVerb),
		bothCues(cueMethodName, cueChangeVerb),
	))},
	{"due_date_change", IntentDueDateChange, firstMatch(
		func(t *text, _ []mention) (string, bool) {
			// The word and a verb in one sentence: not 提前还过一次20万。…扣款日
			for c, i := range t.matches(cueDueDateWord) {
				if c2, j := t.firstOfIn(t.sentenceStart(i), t.sentenceEndAfter(i+len(c)), cueDueDateVerb); j >= 0 {
					return c + "+" + c2, true
				}
			}
			return "", false
		},
		func(t *text, ms []mention) (string, bool) {
			if !hasDay(ms) {
				return "", false
			}
			if c, i := t.firstOf(cueDayMove); i >= 0 {
				return "day+" + c, true
			}
			if c, ok := dayAsked(t, ms); ok {
				return "day+" + c, true
			}
			return "", false
		},
	)},
	{"prepayment", IntentPrepayment, unlessExtensionFirst(unlessPrepayDone(firstMatch(
		func(t *text, ms []mention) (string, bool) {
			c, ok := anyCue(cuePrepayment)(t, ms)
			if ok && isCue(c, cueSpendOn) && t.has(cueHardshipWeak) {
				return "", false // 一发工资就全拿去还房贷，压力好大: where the pay goes, not a prepayment
			}
			return c, ok
		},
		anyCue(cueShortenAsk),
		payMore,
		func(t *text, ms []mention) (string, bool) {
			// "Got 100k sitting around. Use it to shorten the term or lower my
			// monthly payment — which saves more?": the two modes, and the sum
			if t.has(cueReducePayment) && t.has(cueShortenTerm) && slices.ContainsFunc(ms, isAmount) {
				return "both modes+amount", true
			}
			return "", false
		},
		func(t *text, _ []mention) (string, bool) {
			if near(t, cueEarly, cueSettle, 3) {
				return "提前+还", true
			}
			return "", false
		},
		func(t *text, _ []mention) (string, bool) {
			// "pay my car loan off", "pay the rest off"
			for c, i := range t.matches(cuePayVerb) {
				if c != "pay" {
					continue
				}
				e := min(t.clauseEndAfter(i+len(c)), i+len(c)+24)
				if _, j := t.firstOfIn(i+len(c), e, cueOff); j >= 0 {
					return "pay…off", true
				}
			}
			return "", false
		},
		func(t *text, _ []mention) (string, bool) {
			// "pay 50,000 early", "pay off 50,000 ahead of schedule"
			if c, i := t.firstOf(cuePayVerb); i >= 0 {
				if c2, j := t.firstOfIn(i, len(t.s), cuePayEarly); j >= 0 {
					return c + "…" + c2, true
				}
			}
			return "", false
		},
	)))},
	{"lpr_impact", IntentLPRImpact, firstMatch(anyCue(cueLPR), rateMoved)},
	{"term_extension", IntentTermExtension, firstMatch(anyCue(cueExtension), func(t *text, _ []mention) (string, bool) {
		if near(t, cueTermWord, cueLonger, 8) {
			return "term+longer", true
		}
		return "", false
	}, addTime)},
	{"quota_trial", IntentQuotaTrial, func(t *text, ms []mention) (string, bool) {
		c, ok := anyCue(cueQuota)(t, ms)
		if ok && c == "试算" && scheduleWithFigures(t, ms) {
			return "", false // 我也想试算：贷八百万、二十年、年利率2.1%，每月要缴多少: the schedule
		}
		return c, ok
	}},
	{"repayment_schedule.ends", IntentRepaymentSchedule, func(t *text, ms []mention) (string, bool) {
		// "300,000, 15 years, 4.2%: the first and last payments?" asks the
		// calculator, not about the borrower's loan.
		c, i := t.firstOf(cueScheduleEnds)
		if _, ok := calcFigures(ms); ok && i >= 0 {
			return c, true
		}
		return "", false
	}},
	{"repayment_schedule.plan", IntentRepaymentSchedule, anyCue(cuePlan)},
	{"loan_status", IntentLoanStatus, firstMatch(anyCue(cueLoanStatus), func(t *text, _ []mention) (string, bool) {
		if near(t, cueMyLoan, cueRateAsk, 16) {
			return "my loan+rate", true // 我的经营贷现在执行的利率是多少
		}
		return "", false
	})},
	{"repayment_schedule", IntentRepaymentSchedule, firstMatch(anyCue(cueSchedule), func(t *text, _ []mention) (string, bool) {
		if near(t, cuePerMonth, cueHowMuchPay, 6) {
			return "每月…还多少", true // 每月大概要还多少钱
		}
		return "", false
	})},
	// Pay and a loan word together, with no question of its own, are a
	// quota trial only when nothing more specific was asked (a long message
	// tells its pay on the way to another question).
	{"quota_trial.income", IntentQuotaTrial, firstMatch(bothCues(cueIncomeWord, cueBorrowWord), incomeFigure)},
	{"loan_status.check", IntentLoanStatus, func(t *text, ms []mention) (string, bool) {
		for c, i := range t.matches(cueLoanStatusWeak) {
			if !negatedAt(t, i, c) && t.has(cueDomain) {
				return c + "+domain", true // not 不是我的贷款
			}
		}
		return "", false
	}},
	{"quota_trial.borrow", IntentQuotaTrial, func(t *text, ms []mention) (string, bool) {
		if _, ok := calcFigures(ms); ok && !t.has(cueIncomeWord) {
			return "", false // "borrow 60k for 3 years at 4.2%": the schedule's figures
		}
		return anyCue(cueQuotaWeak)(t, ms) // (not 老来找我借钱)
	}},
}

// cuePerMonth and cueHowMuchPay, a few runes apart, ask what each month
// costs.
var (
	cuePerMonth   = []string{"每月", "每个月", "一个月", "月均"}
	cueHowMuchPay = []string{"还多少", "供多少", "缴多少", "付多少", "交多少"}
)

// cuePlan asks for the plan itself; it beats a status word told on the way
// (已经还了十一期…想看一下完整的还款计划).
var cuePlan = []string{"还款计划", "还款明细", "还款表", "还款计划表", "完整的还款", "repayment schedule", "payment schedule", "amortization", "amortisation", "repayment plan", "payment plan"}

// cueMyLoan and cueRateAsk: the rate of the borrower's own loan, asked.
var (
	cueMyLoan  = []string{"我的", "我那笔", "我这笔", "我家"}
	cueRateAsk = []string{"利率是多少", "利率多少", "利率是几"}
)

// cueScheduleEnds asks for the first or last instalment.
var cueScheduleEnds = []string{"first and last", "first payment", "last payment", "final payment", "first installment", "last installment", "第一个月", "最后一个月", "首月", "末月", "第一期", "最后一期"}

// cueSpendOn says money goes to the loan; told with pressure it is the
// burden, not a prepayment.
var cueSpendOn = []string{"拿来还", "用来还", "拿去还", "出来还"}

// cueMore and cueMoreNotPrepay: 多还 prepays ("多还5万本金") unless it
// adds time ("多还几年" is an extension).
var (
	cueMore          = []string{"多还", "多交", "多缴", "多供", "先还"}
	cueMoreNotPrepay = []string{"完", "几", "一年", "两年", "三年", "年", "个月", "期", "点时间", "利息", "息", "多少", "了", "上", "还是"}
	cueLonger        = []string{"再长", "长一点", "长一些", "长些", "长啲", "长一啲", "延长", "拉长", "加长", "longer", "extend", "extended"}
)

// payMore fires on paying more than due now: 多还5万本金.
func payMore(t *text, _ []mention) (string, bool) {
	for c, i := range t.matches(cueMore) {
		e := min(t.clauseEndAfter(i+len(c)), i+len(c)+9)
		if !t.hasIn(i+len(c), e, cueMoreNotPrepay) {
			return c, true
		}
	}
	return "", false
}

// cueOff after "pay" makes paying off (pay my car loan off).
var cueOff = []string{"off"}

// cueEarly near cueSettle asks to repay ahead of time (提前全数清还).
var (
	cueEarly  = []string{"提前", "提早"}
	cueSettle = []string{"还", "清", "结", "供"}
	cueAddBy  = []string{"加", "延", "多加", "再加", "延长", "add", "adding", "another", "extra", "additional", "多给", "多给我", "再给", "再给我"}
)

// rateMoved fires on a rate word and a move, unless the move is another
// service's effect ("does extending change my interest rate?", 延期后利率
// 会变吗).
func rateMoved(t *text, ms []mention) (string, bool) {
	c, ok := bothCues(cueRateWord, cueRateMove)(t, ms)
	if !ok {
		return "", false
	}
	for r, i := range t.matches(cueRateWord) {
		a, b := t.clauseStart(i), t.clauseEndAfter(i+len(r))
		if t.hasIn(a, b, cueRateMove) && !t.hasIn(a, b, cueExtension) && !t.hasIn(a, b, cuePrepayment) {
			return c, true
		}
	}
	return "", false
}

// addTime fires on a duration added to the term: 再加两年, add 2 years.
func addTime(t *text, ms []mention) (string, bool) {
	for _, m := range ms {
		if m.kind != kindMonths {
			continue
		}
		a, b := t.beforeSpan(m.start, 12)
		if c, d := t.nearestIn(a, b, cueAddBy); d >= 0 && d <= 1 && !strings.HasSuffix(t.s[a:b], c+"了") {
			return c + "+duration", true // not 给我延了三个月: given already
		}
	}
	return "", false
}

// unlessPrepayDone keeps a prepayment already done (上个月提前还了一部分)
// from deciding a message that asks about the loan's state (现在还剩多少
// 本金): that is a status question.
func unlessPrepayDone(f func(*text, []mention) (string, bool)) func(*text, []mention) (string, bool) {
	return func(t *text, ms []mention) (string, bool) {
		if t.has(cueLoanStatus) {
			if t.has(cuePaidOff) {
				return "", false // "just paid off my car loan, is the account closed?"
			}
			for c, i := range t.matches(cuePrepayment) {
				rest := strings.TrimPrefix(t.s[i+len(c):], "款")
				if strings.HasPrefix(rest, "了") || strings.HasPrefix(rest, "过") {
					return "", false
				}
			}
		}
		c, ok := f(t, ms)
		if ok && prepayOver(t, c) {
			return "", false // 早就全部还清了: settled long ago, not asked for
		}
		return c, ok
	}
}

// cueOver shortly before a settling cue followed by 了 says it is done.
// scheduleWithFigures reports a schedule asked for with a loan's figures.
func scheduleWithFigures(t *text, ms []mention) bool {
	_, ok := calcFigures(ms)
	return ok && t.has(cueSchedule)
}

// unlessScheduleFigures leaves a loan's figures and a schedule asked for to
// the calculator: "borrow 1.2m over 20 years at 3.3%… they prefer equal
// installments… lay out the monthly amount" names a method, it does not
// ask to change one.
func unlessScheduleFigures(f func(*text, []mention) (string, bool)) func(*text, []mention) (string, bool) {
	return func(t *text, ms []mention) (string, bool) {
		if scheduleWithFigures(t, ms) {
			return "", false
		}
		return f(t, ms)
	}
}

// unlessExtensionFirst lets an extension asked for before any settling
// win: 可唔可以延长半年先还晒 asks for the half year; paying it off is what
// follows.
func unlessExtensionFirst(f func(*text, []mention) (string, bool)) func(*text, []mention) (string, bool) {
	return func(t *text, ms []mention) (string, bool) {
		c, ok := f(t, ms)
		if !ok {
			return c, ok
		}
		_, j := t.firstOf(cueExtension)
		_, k := t.firstOf(cuePrepayment)
		_, m := t.firstOf(cueMore)
		if first := minOf(k, m); j >= 0 && (first < 0 || j < first) {
			return "", false
		}
		return c, ok
	}
}

// minOf is the smaller of two offsets where -1 means none.
func minOf(a, b int) int {
	if a < 0 || b >= 0 && b < a {
		return b
	}
	return a
}

var cueOver = []string{"早就", "早已", "已经", "早都", "都已", "去年", "前年", "之前", "以前"}

// cuePaidOff says a loan is already settled; with a status question it is
// no request to prepay.
var cuePaidOff = []string{"just paid off", "already paid off", "i've paid off", "i have paid off", "have paid off", "finished paying", "just cleared", "already cleared", "刚还清", "刚结清", "已经结清", "已经还清", "已经全部结清", "已经全部还清", "全部结清了", "早就结清", "paid it off"}

// prepayOver reports whether every occurrence of the cue c is a
// settlement already made (早就全部还清了).
func prepayOver(t *text, c string) bool {
	n := 0
	for i := strings.Index(t.s, c); i >= 0; {
		if rest := t.s[i+len(c):]; !strings.HasPrefix(rest, "了") && !strings.HasPrefix(rest, "晒") || !t.hasIn(t.tailStart(t.clauseStart(i), i, 4), i, cueOver) {
			return false
		}
		n++
		j := strings.Index(t.s[i+len(c):], c)
		if j < 0 {
			break
		}
		i += len(c) + j
	}
	return n > 0
}

// calcFigures fires on a bare set of loan figures: an amount with a term or
// a rate ("100万，30年，3.5%").
func calcFigures(ms []mention) (string, bool) {
	var amount, other bool
	for _, m := range ms {
		switch {
		case isAmount(m):
			amount = true
		case m.kind == kindMonths || m.kind == kindPercent:
			other = true
		}
	}
	if amount && other {
		return "amount+term/rate", true
	}
	return "", false
}

// goodbyeWord are whole messages that take leave.
var goodbyeWord = map[string]bool{"886": true, "88": true, "拜": true, "拜了": true, "拜了拜了": true, "bb": true, "k bye": true, "ok bye": true}

// handoffWord are whole messages that ask for a person by naming one.
var handoffWord = map[string]bool{"agent": true, "human": true, "人工": true, "客服": true, "真人": true, "customer service": true, "representative": true, "operator": true, "manager": true, "客户经理": true, "专员": true}

// greetingWord are whole messages that greet but are too short to search
// for inside other text.
var greetingWord = map[string]bool{"morning": true, "evening": true, "afternoon": true, "gm": true, "早": true, "早啊": true, "在": true, "在?": true, "hi": true, "yo": true, "哈罗": true, "你好啊": true, "hi there": true, "hey there": true, "hello there": true}

// incomeFigure fires when the message states an income figure: the
// borrower is giving the inputs of a quota trial.
func incomeFigure(t *text, ms []mention) (string, bool) {
	c, i := t.firstOf(cueIncomeWord)
	if i < 0 {
		return "", false
	}
	for _, m := range ms {
		if isAmount(m) {
			return c + "+amount", true
		}
	}
	return "", false
}
