package nlu

// Safety first: self-harm and fraud decide a message before anything else.

// Safety cues.
var (
	cueSelfHarm = []string{"看不到希望", "没有活路", "没活路", "don't see the point anymore", "dont see the point anymore", "can't go on", "cannot go on", "nothing to live for", "give up on life", "不想活", "活不下去", "活着没意思", "活着没意义", "活着太累", "活够了", "轻生", "自杀", "寻死", "想死", "去死", "死了算了", "不如死了", "一死了之", "结束生命", "结束自己", "跳楼", "跳河", "跳江", "割腕", "一了百了", "离开这个世界", "冇得活", "唔想活", "kill myself", "killing myself", "suicide", "suicidal", "end my life", "end it all", "take my own life", "don't want to live", "dont want to live", "not worth living", "no reason to live", "no point living", "no point in living", "want to die", "wanna die", "better off without me", "better off if i was gone", "better off if i were gone", "better off dead", "hurt myself", "harm myself", "ending my life", "end my own life", "ending it all", "take my life", "taking my life", "taking my own life", "ending things", "天台跳", "跳落去", "跳下去", "由天台", "jump off", "jump from the", "throw myself", "唔想再活", "活唔落去", "唔想活落去", "不想再活", "不想活下去", "活着真没意思", "活着真没意义", "活着好没意思", "活着没什么意思", "活着真没什么意思", "从楼上跳"}
	cueNegation = []string{"差点", "差一点就", "险些", "没有", "没", "不是", "并没", "并非", "未", "不用", "不要", "不需要", "无需", "别", "不", "冇", "唔", "not", "no", "never", "n't", "without", "don't", "dont", "haven't", "havent", "hasn't", "hasnt", "hadn't", "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "zero", "nor", "neither", "nearly", "almost", "还以为"}
)

// selfHarm finds talk of self-harm that is not negated and not about
// someone else; said as "if", it still counts.
func selfHarm(t *text) (string, bool) {
	for c, i := range t.matches(cueSelfHarm) {
		if quoted(t, i) && t.hasIn(i, len(t.s), cueMeantElse) {
			continue // 我刚说的「不想活了」是指那盆多肉，不是我: words quoted and explained away
		}
		if quoted(t, i) && t.hasIn(t.sentenceStart(i), t.sentenceEndAfter(i), cueFiction) {
			continue // 剧里主角喊“不想活了”, 「不想活了」是那部剧里的台词: a character's line
		}
		if w := t.whose(c, i); w == ownNow || w == ownIfOrUsual {
			return c, true
		}
	}
	return "", false
}

// cueFiction in the sentence of quoted words gives them to a story on a
// screen or a page.
var cueFiction = []string{"剧里", "剧中", "电视剧", "电影里", "电影中", "小说里", "小说中", "主角", "角色", "台词", "歌词", "歌里", "综艺", "节目里", "视频里", "短视频", "the show", "a show", "the movie", "a movie", "the film", "a film", "character", "the song", "lyrics", "on tv", "drama"}

// cueMeantElse after quoted words says they meant something else.
var cueMeantElse = []string{"讲紧", "唔系我", "系指", "是指", "指的是", "说的是", "不是说我", "不是我", "i meant", "i was talking about", "was about my", "not about me"}

// Fraud: someone impersonates the bank, asks for codes or money, or an
// intermediary offers a shortcut. A customer who has already lost money or
// is being worked on now needs a person; one who asks whether the offer is
// genuine, or asks how the bank works, gets the policy answer.
var (
	cueFraudInProgress = []string{"问我要密码", "要我的密码", "asked for my pin", "ask me for my pin", "my pin", "card pin", "安全账户", "自称银行", "自称是银行", "自称是你们", "自称你们", "自称", "说是你们", "说是银行", "说是你们银行", "冒充", "假冒", "验证码", "屏幕共享", "共享屏幕", "远程控制", "远程协助", "被骗", "骗了我", "诈骗", "解冻费", "点链接", "点击链接", "点开链接", "发了个链接", "发来链接", "safe account", "security account", "verification code", "otp", "pretending to be", "pretended to be", "impersonat", "scammed", "share my screen", "screen sharing", "remote access", "asked me to transfer", "said he was from", "said she was from", "said they were from", "claiming to be", "claimed to be", "says he's from", "says she's from", "sent me a link", "click the link", "click a link", "code from the text", "扮你哋", "扮银行", "扮系", "扮成", "扮警察", "涉案", "监管账户", "资金核查", "read him the code", "read her the code", "read the code", "wants me to read", "give him the code"}
	// An offer from an intermediary the customer asks about: a policy answer
	// (the signals layer raises the fraud flag).
	cueFraudQuestion = []string{"做高银行流水", "做高流水", "刷高流水", "是你们银行的活动", "是不是你们的活动", "包装流水", "刷流水", "做流水", "假流水", "做假", "中介", "代办", "包过", "内部渠道", "内部关系", "走关系", "洗白征信", "修复征信", "征信修复", "黑户", "先交费", "先交钱", "先收", "保证金", "手续费才能", "服务费", "好处费", "加急费", "放款费", "agent fee", "upfront fee", "advance fee", "broker", "processing fee", "risk deposit", "is it safe to", "safe to give", "should i give", "is it ok to give", "安全吗", "可以给他吗", "要不要给", "fee to release", "release fee", "消掉", "消除", "删掉", "删除记录", "抹掉", "洗白", "修复信用", "靠谱吗", "可靠吗", "是真的吗", "credit repair", "remove the record", "clean my credit", "no credit check", "legit", "is this a scam", "is it a scam", "先过数", "过数做手续费", "'polish'", "polish my", "doctor my", "fake payslip", "fake bank statement", "falsify"}
	// Already a victim: money or a code is gone.
	cueFraudVictimStrong = []string{"gave them the code", "gave him the code", "gave her the code", "shared the code", "told them the code", "gave them my", "gave him my", "把验证码告诉", "验证码告诉了", "验证码给了", "被骗", "骗了我", "上当", "受骗", "被人骗", "钱被转走", "钱被盗", "被盗刷", "scammed", "been defrauded", "fell for", "stole my", "stolen", "left my account", "taken from my account", "drained my account", "畀咗个验证码", "畀咗验证码", "啲钱冇晒", "钱冇晒", "户口啲钱"}
	cueFraudVictim       = []string{"entered my card", "entered the code", "entered my pin", "typed in the code", "gave them the code", "转了", "转过去了", "转给他", "汇了", "汇过去", "已经给", "已经付", "已经交", "已经缴", "已经转", "已经汇", "给了他", "联系不上", "不理我", "拉黑", "报警", "报了警", "已经报了", "我报了", "报给他了", "告诉他了", "冻结我的", "冻结账户", "i paid", "i transferred", "i sent", "already paid", "already sent", "already transferred", "i entered", "i gave", "called the police", "police", "blocked me", "freeze my", "he's blocked", "stopped answering"}
	// Someone borrowed or acted in the customer's name: the thief is a
	// third party, the loss is the customer's.
	cueIdentityTheft = []string{"冒用我", "盗用我", "冒名", "用我的身份", "用我的名义", "以我的名义", "in my name", "used my details", "used my identity", "identity theft", "stole my identity", "stolen identity"}
	// Asking whether it is genuine.
	cueFraudGenuine = []string{"真的是你们", "正常吗", "有没有这种", "这种规定", "这样的规定", "have such a rule", "is that your policy", "正不正常", "is that real", "is this normal", "is that normal", "is that legit", "是你们的活动", "你们银行的活动", "really your", "actually from you", "genuinely from you", "有这种业务吗", "有这个业务吗", "有这种服务吗", "是你们的业务吗", "should i give", "should i tell", "can i give", "is it safe", "safe to give", "要不要给", "可以给他吗", "能告诉他吗", "你们发的", "是你们打的", "你们打来的", "is that from you", "did you send", "was it you", "合作方", "合作的吗", "合作吗", "有关系吗", "是你们的吗", "working with you", "affiliated with", "your partner", "真的吗", "是真的", "真的假的", "可信吗", "可以信", "能信", "靠谱吗", "可靠吗", "是你们的人", "是不是你们", "是你们吗", "是你们银行的吗", "正规吗", "合法吗", "是骗子吗", "是不是骗", "是诈骗吗", "是不是诈骗", "要不要理", "is this real", "is it real", "is this legit", "is it legit", "legit", "genuine", "really from you", "is this you", "was this you", "is it a scam", "is this a scam", "a scam?", "should i trust", "can i trust", "is that true", "is this true", "for real", "系咪真", "系唔系真", "真唔真", "是不是真的", "是真是假", "真的还是假的", "系咪骗", "系唔系骗", "系咪呃", "系唔系呃", "系咪你哋", "系唔系你哋", "靠唔靠谱", "靠不靠谱", "你们银行的人", "是银行的人吗", "是你们的员工", "你们的员工吗", "你们的工作人员吗", "银行的工作人员吗", "真是银行", "真的是银行", "really from the bank", "有没有合作", "有没有跟", "合作?", "should i?", "should i", "该不该给", "对吧", "是不是有", "对不对", "right?", "你们银行发的", "是你们银行发的"}
	// Asking how the bank works, or about someone else.
	cueFraudGeneral = []string{"会不会", "会唔会", "会否", "平时", "一般", "防诈", "防骗", "提醒", "新闻", "听说", "朋友", "有人被骗", "ever", "will the bank", "would the bank", "does the bank", "do you ever", "would you ever", "how your", "how do you", "同学", "同事", "邻居", "亲戚", "你们银行会", "银行会打电话", "会打电话让", "会让客户"}
	cueFraudContext = []string{"骗", "诈骗", "假的", "scam", "fraud", "fake", "a link saying", "sent me a link", "texted me a link", "clicked the link", "clicked a link"}
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
		if !negatedAt(t, i, c) && !t.voided(c, i) && !wishToBorrow(t, t.clauseStart(i), i) && !t.hasIn(t.clauseStart(i), i, cueMayHe) { // not "I want to help him out with a loan in my name"
			// (他问能不能用我的名义贷款: leave asked, not a loan taken)
			return IntentHumanHandoff, "handoff.identity_theft", c, true
		}
	}
	victim, ownVictim := ownCue(t, cueFraudVictimStrong)
	if ownVictim && (t.has(cueBankContext) || !hardshipSaid(t)) && !paymentTaken(t, victim) && !t.has(cueAvoided) && !scammedThenAsksNow(t, cueFraudVictimStrong, victim) {
		return IntentHumanHandoff, "handoff.fraud_victim", victim, true
	}
	c, i := t.firstOf(cueFraudInProgress)
	if i >= 0 && t.hasIn(t.tailStart(t.clauseStart(i), i, 8), i, cueNotReceived) {
		c, i = "", -1 // 没有收到验证码: a delivery problem, not a scam
	}
	if i >= 0 && t.hasIn(t.clauseStart(i), t.clauseEndAfter(i), cueLogin) && !t.has(cuePhishing) {
		c, i = "", -1 // 你们APP每次登录都要输验证码: our own login
	}
	if i >= 0 && (negatedAt(t, i, c) || t.has(cueAvoided)) {
		// 还好没点链接; 去年差点被…骗了: not taken, or long over
		c, i = "", -1 // 之前差点被假客服骗…还好你们提醒我…感谢: a scam avoided, thanked for
	}
	if i >= 0 && pastFraud(t, i) {
		c, i = "", -1 // 我爸之前被冒充银行的人骗过: a story, not a scam under way
	}
	if i >= 0 && !ownVictim && asksAboutFraud(t) {
		if _, k := t.firstOfIn(t.sentenceStart(i), i, cueOtherPerson); k >= 0 {
			// 邻居大妈被骗往安全账户转了钱，你们银行会打电话要验证码不: a
			// neighbour's scam, and a question about ours
			return IntentFAQ, "faq.fraud_question", c + "+others", true
		}
	}
	if i >= 0 && !ownVictim && (quoted(t, i) || t.whose(c, i) == ownNegated) {
		// "nobody has asked me for any verification codes"; 转发「安全账户」
		// 骗案新闻: no scam, or the words quoted, not one under way
		c, i = "", -1
	}
	cq, j := t.firstOf(cueFraudQuestion)
	if v, ok := ownCue(t, cueFraudVictim); ok && (i >= 0 || j >= 0 || t.has(cueFraudContext) && !t.has(cueAvoided)) && !scammedThenAsksNow(t, cueFraudVictim, v) {
		// ("Someone texted me a link saying my loan was frozen, and I
		// entered my card number": taken in, no word of the scam's own needed)
		return IntentHumanHandoff, "handoff.fraud_victim", v, true
	}
	if i < 0 && j < 0 {
		return "", "", "", false
	}
	if i < 0 {
		c = cq
	}
	if i < 0 {
		return "", "", "", false // an intermediary's offer: the policy rules answer it
	}
	for g, k := range t.matches(cueFraudGenuine) {
		if !t.voided(g, k) {
			return IntentFAQ, "faq.fraud_question", c + "+" + g, true
		}
	}
	if g, k := t.firstOf(cueFraudGeneral); k >= 0 && asks(t) {
		if _, ok := handoffAsk(t); ok {
			return "", "", "", false // 我朋友之前被诈骗过，所以想跟真人讲: the ask is a person
		}
		return IntentFAQ, "faq.fraud_question", c + "+" + g, true
	}
	return IntentHumanHandoff, "handoff.fraud", c, true
}

// asksAboutFraud reports a sentence that asks how the bank works or whether
// an offer is genuine (not 你好，在吗 after a friend's story).
func asksAboutFraud(t *text) bool {
	for _, cues := range [][]string{cueFraudGeneral, cueFraudGenuine} {
		for c, k := range t.matches(cues) {
			if !isCue(c, cueOtherPerson) && t.sentenceAsks(k) {
				return true
			}
		}
	}
	return false
}

// pastFraud reports a scam told as over: the clause of the cue at i
// also tells someone was taken in before (被…骗过).
func pastFraud(t *text, i int) bool {
	_, k := t.firstOfIn(t.clauseStart(i), t.clauseEndAfter(i), cueScammedBefore)
	return k >= 0
}

// scammedThenAsksNow reports a scam told as past (我妈之前就是这样被骗了)
// beside a question whether what came now is genuine: a check, not a
// scam under way.
func scammedThenAsksNow(t *text, cues []string, v string) bool {
	if !t.has(cueFraudGenuine) {
		return false
	}
	for c, k := range t.matches(cues) {
		if c == v && t.hasIn(t.clauseStart(k), k, cuePastTime) {
			return true
		}
	}
	return false
}

// cueMayHe asks leave for something in the borrower's name.
var cueMayHe = []string{"能不能", "可不可以", "可以不可以", "能否", "can he", "could he", "can she", "could she", "can they", "could they", "is it ok to", "is it okay to"}

// cueAvoided tells a scam that did not take.
var cueAvoided = []string{"挂掉", "没有损失", "没损失", "差点被", "差一点被", "险些被", "还好没", "幸好没", "多亏", "幸亏", "才没", "nearly fell", "almost fell", "nearly got scammed", "almost got scammed", "didn't fall for", "直接挂了", "挂了电话", "什么都没给", "没理他", "直接删掉", "都删掉", "直接删了", "hung up", "didn't give", "deleted it", "ignored it", "当场就挂了", "当场挂了", "就挂了"}

// wishToBorrow reports a wish of the borrower's in s[a:b] that is to
// borrow ("I want to help him out with a loan"), not to ask
// (我想知道为什么有人用我的身份证贷款).
func wishToBorrow(t *text, a, b int) bool {
	for c, i := range t.matchesIn(a, b, cueWish) {
		if !wishToAsk(t, c, i, b) && t.hasIn(i, b, cueBorrowWord) {
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
var cueScammedBefore = []string{"骗过", "被骗过", "上过当", "受过骗", "scammed before", "was scammed", "were scammed", "got scammed", "been scammed", "fell for", "got tricked", "was tricked", "were tricked", "been tricked"}
