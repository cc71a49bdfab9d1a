package nlu

import (
	"strings"
)

// Complaints: threats to take it further, grievances, and disputed charges.

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
	cueNeverLate  = []string{"paid on time", "never late", "never been late", "never missed", "never paid late", "always paid on time", "从没逾期", "从来没逾期", "从来没有逾期", "从未逾期", "没有逾期过", "没逾期过", "一次都没逾期", "从来没晚过", "从没晚过", "paid on the due date", "paid before the due date", "paid it on the due date", "按时还了", "准时还了", "按时缴了", "准时缴了"}
	cueWhyCharged = []string{"why is there", "why there is", "why there's", "why i got", "why i was", "why i've been", "why i'm being", "why was i", "why have i", "why did you", "why do i have", "why am i", "为什么", "为啥", "凭什么", "怎么会有", "怎么会收"}
)

// cueOurSide names the bank's own people or channels: a grievance about
// them is ours whatever else it mentions.
var cueOurSide = []string{"你们", "贵行", "客服", "柜员", "网点", "your staff", "your app", "your bank", "your service", "your branch", "your agent"}

// pastGrievance reports a grievance told of a past occasion (上次柜员给我
// 算错了，害我白紧张一场) beside a service asked now with its figures.
func pastGrievance(t *text, ms []mention, i int) bool {
	if !t.hasIn(t.sentenceStart(i), i, cuePastTime) {
		return false
	}
	return hasFigure(ms) && serviceAskedElsewhere(t, i)
}

// justAsking reports displeasure set aside for a service asked (有点不满意…
// 但我也不打算投诉，就是问问能不能改成等额本金).
func justAsking(t *text, ms []mention) bool {
	if !t.has(cueJustAsking) {
		return false
	}
	if _, _, ok := serviceFor(t, ms); ok {
		return true
	}
	_, ok := faqQuestion(t, ms) // …找了半天。问个简单的：等额本息和等额本金有什么区别
	return ok
}

// cueJustAsking sets a grievance aside for a question.
var cueJustAsking = []string{"我就想知道", "我只想知道", "就想问下", "i just want to know", "all i want to know", "就是问问", "就是想问", "只是想问", "只是问问", "就问问", "just want to ask", "just asking", "just wondering", "only asking", "问个简单的", "问一个简单的", "can you just tell me", "just tell me"}

// Complaints. cueEscalation threatens to take it further and beats the
// borrower's hardship; cueGrievance is displeasure, which hardship beats
// (a borrower who cannot pay and hates the collection calls is a hardship
// case).
var (
	cueEscalation = []string{"投诉", "12378", "12363", "银保监", "监管", "金融监管", "金管会", "消保", "消协", "曝光", "媒体", "记者", "发到网上", "发网上", "律师", "律师函", "起诉", "告你们", "告银行", "打官司", "法律途径", "法院见", "维权", "举报", "complain", "complaint", "report you", "regulator", "ombudsman", "lawyer", "attorney", "sue", "legal action", "to court", "in court", "court action", "small claims", "the media", "the press", "微博", "抖音", "小红书", "网上曝光", "评评理", "发到群里", "nfra", "cbirc", "the papers", "newspaper", "go to the papers", "爆料", "传媒", "报料", "solicitor"}
	cueLegal      = []string{"律师", "律师函", "起诉", "打官司", "法律途径", "法院见", "lawyer", "attorney", "sue", "legal action", "to court", "in court", "court action", "small claims", "solicitor"}
	cueGrievance  = []string{"到底要等到", "到底要核实", "拖到什么时候", "都说在核实", "一直说在核实", "一直在核实", "月供一分没少", "照样扣", "打了三次客服", "打了好几次客服", "打了几次客服", "打了好多次客服", "打了无数次", "called three times", "called several times", "called you guys three times", "卡在最后", "什么时候能修好", "什么时候修好", "不太好用", "不怎么好用", "字太小", "keeps freezing", "没效率", "没有效率", "该检讨", "应该检讨", "好慢", "太慢", "真慢", "超慢", "慢死", "sloppy", "shoddy", "挺不方便", "太不方便", "真不方便", "好不方便", "恼火", "卡半天", "太差", "真差", "好差", "很差", "差劲", "太烂", "垃圾", "坑人", "坑爹", "乱扣", "多扣", "扣了两次", "扣了我两次", "两次月供", "重复扣", "扣错", "多收", "乱收费", "收错", "态度差", "态度很差", "态度太差", "态度不好", "态度恶劣", "骚扰", "太过分", "过分", "不像话", "忍无可忍", "什么破", "破银行", "不满意", "很不满", "非常不满", "太失望", "失望", "没人管", "没人理", "没人处理", "没人回复", "没人回", "一直没回复", "没有回复", "敷衍", "踢皮球", "推来推去", "霸王条款", "难用", "不好用", "当机", "死机", "闪退", "打不开", "登不上", "登录不了", "登入不了", "登录不上", "登入不上", "很夸张", "太夸张", "好夸张", "崩了", "很烦", "好烦", "烦死", "真烦", "烦人", "无语", "离谱", "搞什么", "什么鬼", "气死", "生气", "恶心", "不到位", "不专业", "说的不一样", "说法不一", "前后不一", "听谁的", "客气点", "客气一点", "语气", "口气", "暴力催收", "催收电话", "催收的", "天天打电话", "打到我单位", "打给我家人", "打到我家", "退回来", "赶紧退", "把钱退", "还我钱", "凭什么", "抢钱", "黑心", "坑钱", "吃相难看", "宰人", "rip-off", "ripoff", "robbery", "keep getting calls", "getting calls about", "sort it out", "sort this out", "payment i already made", "already made the payment", "难听", "骂人", "讲粗口", "恐吓", "威胁我", "答非所问", "浪费我时间", "浪费时间", "说了等于没说", "泄露", "怎么能随便", "随便把我", "隐私", "信息给第三方", "第三方催收", "disgusted", "been treated", "treated badly", "treated me", "烦到", "成日打电话", "一直打电话", "打电话嚟", "why does it take", "take so long", "taking so long", "so slow", "too slow", "这么慢", "太麻烦", "麻烦死", "跑了好几趟", "跑了三趟", "跑了几趟", "还没办完", "还没办好", "没消息", "都没消息", "没有消息", "石沉大海", "没下文", "看人下菜", "比别人高", "区别对待", "歧视", "was promised", "you promised", "doesn't match what", "not what i was told", "misled", "misleading", "mis-sold", "nobody called", "no one called", "never called back", "never got back", "不透明", "唔透明", "冇讲清楚", "没讲清楚", "没说清楚", "not transparent", "hidden fees", "hidden charges", "说好给", "说好的", "没人打", "没回电话", "没有回电话", "不给我处理", "一直不处理", "拖了快", "拖了一个月", "拖了好久", "一直拖", "拖着不处理", "拖着不办", "拖着不给", "拖着不退", "拖着不解决", "拖着不回", "inappropriate", "unprofessional", "called my mother", "called my family", "called my parents", "called my boss", "called my work", "不合理", "不公平", "理由都不给", "不给理由", "unfair", "not fair", "unreasonable", "still taking", "still deducting", "still charging", "keep taking money", "太难找", "难找", "找半天", "找了半天", "不好找", "等好久", "等很久", "要等好久", "才有人接", "发错", "弄错", "总是错", "老是错", "问了好几次", "说了好几次", "催了好几次", "still haven't received", "haven't received it", "never received", "still waiting", "asked three times", "asked twice", "asked several times", "dismissive", "didn't listen", "not listening", "unhelpful", "condescending", "impolite", "timing out", "times out", "can't log in", "cannot log in", "won't let me log in", "sucks", "rubbish", "garbage", "crap", "打不进去", "打不进", "永远打不通", "third time", "nobody has fixed", "no one has fixed", "still not fixed", "still hasn't been fixed", "still not resolved", "hasn't been resolved", "出错", "报错", "出bug", "为什么扣我", "为什么多扣", "扣多咗", "扣多了", "多扣了", "点解扣", "为什么要扣", "扣我钱", "太坑", "坑了", "未经同意", "未经我同意", "不经过我同意", "没经过我同意", "not happy", "unhappy", "never agreed", "didn't agree", "without my consent", "why was i charged", "why have i been charged", "why did you charge", "why did you take", "烦不烦", "打电话催", "每天打电话", "每天都打", "一天打几", "一天打十", "每天打几", "每天打十", "天天催", "不停地打", "keep calling", "keeps calling", "nonstop calls", "一声不吭", "不打招呼", "擅自", "私自", "偷偷", "为什么还在扣", "还在扣我", "为什么还扣", "还扣我", "怎么还扣", "怎么还在扣", "继续扣", "唔会再用", "不会再用", "再也不用你们", "再也不用这", "再也不会用", "never use", "never again", "什么道理", "讲不讲理", "没人接", "都没人接", "到底怎么回事", "搞什么鬼", "不负责", "不提前通知", "也不通知", "不通知", "说涨就涨", "说降就降", "等了半天", "等了好久", "等了很久", "打不通", "占线", "irresponsible", "without notice", "without telling", "on hold", "this is a joke", "is a joke", "有没有搞错", "搞错了吧", "说我逾期", "算我逾期", "明明还了", "明明已经还", "按时还款了", "好嬲", "嬲死", "charged my card twice", "charged me twice", "debited twice", "deducted twice", "taken twice", "twice this month", "unbelievable", "nobody is answering", "no one is answering", "not answering", "no response", "no reply", "hung up on me", "ridiculous", "unacceptable", "terrible", "awful", "worst", "disgusting", "disappointed", "disappointing", "frustrated", "frustrating", "annoyed", "fed up", "sick of", "pathetic", "horrible", "poor service", "bad service", "waste of time", "charged twice", "double charged", "double charge", "overcharged", "wrongly charged", "harass", "rude", "nobody helps", "no one helps", "nobody answers", "no one answers", "useless", "collection call", "collections call", "debt collector", "keeps crashing", "crashed", "logged me out", "kicked me out", "i've been charged", "i have been charged", "i was charged", "doesn't work", "isn't working", "refund me", "how dare", "not impressed", "got cut off", "cut me off", "kept me waiting", "真系差", "冇人覆", "冇人理", "冇人回", "等咗成个钟", "等咗好耐", "is a mess", "such a mess", "took me four tries", "so many tries", "tries just to", "took me ages", "took forever", "hard to log in", "couldn't log in", "could not log in", "logging me out", "logs me out", "so annoying", "annoying", "want it reversed", "reverse the fee", "reverse the charge", "refund the fee", "hit me with", "even though i paid", "贼差", "阴阳怪气", "真是服了", "服了", "态度超差", "态度好差", "提个意见", "提意见", "老是晚", "总是晚", "离晒谱", "冇人听", "冇人接", "打咗成个钟", "成个钟都冇人", "收得太贵", "收费太贵", "太贵了", "卡住", "卡死", "一直卡", "靠谱点", "靠谱一点", "害我", "很扯", "太扯", "好扯", "超扯", "lousy", "so lousy", "login also fail", "login fail", "cannot login", "can't login", "told me something completely different", "told me something different", "something completely different", "wasting a whole", "wasted a whole", "wasted my whole", "太卡", "好卡", "很卡", "卡顿", "转半天圈", "转圈圈", "不靠谱", "含糊", "排队太久", "排队好久", "排队很久", "太久了", "这么对待", "这样对待", "排了两个小时", "排了三个小时", "排了一上午", "排了半天", "clunky", "took me ten minutes", "took me twenty minutes", "minutes to find", "impossible to find", "hard to find", "with no explanation", "no explanation", "without explanation", "without any explanation", "没有任何解释", "没有解释", "不给解释", "want this fixed", "get this fixed", "太吓人", "措辞", "心里很不舒服", "心里不舒服", "太折腾", "折腾人", "识别不过", "识别不了", "刷不过", "冷冰冰", "寒心", "排了两个钟头", "排了一个钟头", "态度冷", "driving me mad", "driving me crazy", "hold music", "minutes and counting", "on hold for", "收得太高", "收费太高", "收太高", "半天收不到", "outrageous", "fees are killing", "fees are too high", "fee is too high", "charges are too high", "charge is too high", "how you treat", "is how you treat", "莫名其妙", "发得太晚", "发得太迟", "通知得太晚", "提醒得太晚", "来得太晚", "给我算逾期", "说不过去", "很困扰", "好困扰"}
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
	cueServiceSubject = []string{"服务", "态度", "体验", "系统", "app", "客服", "你们", "银行", "贵行", "效率", "网点", "柜员", "经理", "催收", "专员", "工作人员", "处理", "流程", "扣", "收费", "利息", "利率", "电话", "短信", "网银", "service", "you", "your", "bank", "staff", "rate", "fee", "charge", "interest", "agent", "call", "reminder", "reminders", "notice", "提醒", "通知", "statement"}
	cueDefine         = []string{"是什么", "是啥", "是哪", "什么电话", "是干什么", "what is", "what's"}
)

// complaintCue finds a complaint cue of cues that counts, and where it
// stands (-1: none): not negated, not asked about as a term (12378是什么
// 电话), and for a legal step, one the borrower takes against the bank.
func complaintCue(t *text, cues []string) (cue string, at int) {
	for c, i := range t.matches(cues) {
		if negatedAt(t, i, c) && c != "太差" && c != "差劲" || t.voided(c, i) || rhetorical(t, i) {
			continue
		}
		end := i + len(c)
		ce := t.clauseEndAfter(end)
		if t.hasIn(end, min(ce, end+12), cueDefine) || t.hasIn(t.tailStart(t.clauseStart(i), i, 8), i, cueDefine) {
			continue
		}
		if isCue(c, cueEscalation) && t.hasIn(end, len(t.s), cueFixed) && t.has(cueThanks) {
			continue // 上次说要找律师…问题已经解决了，谢谢: over, and thanked for
		}
		if isCue(c, cueEscalation) && t.hasIn(end, t.sentenceEndAfter(end), cueFixed) && t.hasIn(t.sentenceStart(i), i, cuePastTime) {
			continue // 之前投诉的扣款问题已经解决了: a complaint over
		}
		if isCue(c, cueEscalation) && t.hasIn(max(t.sentenceStart(i), i-30), i, cueNearMiss) {
			continue // "I nearly complained to the regulator": not done, and not threatened now
		}
		if isCue(c, cueEscalation) && t.hasIn(end, t.sentenceEndAfter(end), cueWithdrawn) {
			continue // "I'd threatened to go to the regulator, but there's no need now"
		}
		if isCue(c, cueGrievance) && t.hasIn(end, len(t.s), cueContrast) && t.hasIn(end, len(t.s), cueThanks) {
			continue // "Your app is clunky, but the lady on the phone sorted it out, so thank you"
		}
		if isCue(c, cueGrievance) && hasSuffixAny(strings.TrimRight(t.s[t.clauseStart(i):i], " "), cueWillIt) && t.clauseAsks(i, end) {
			continue // 改到20号，会多收利息吗: whether it would happen, asked
		}
		if isCue(c, cueGrievance) && t.hasIn(end, t.sentenceEndAfter(end), cueFixed) {
			continue // 扣错的那笔钱已经退回来了，谢谢: put right, and thanked for
		}
		if t.hasIn(t.sentenceStart(i), t.sentenceEndAfter(end), cueGeneric) || t.hasIn(t.sentenceStart(i), i, cueNews) || t.hasIn(t.clauseStart(i), t.clauseEndAfter(end), cueCounterfactual) {
			continue // "How would a customer normally escalate…", 新闻里有人起诉银行: not a threat of theirs
		}
		if t.hasIn(t.clauseStart(i), i, cueOtherBank) {
			continue // 我弟在别家银行被催收电话逼到快崩溃: another bank's doing
		}
		if othersStory(t, i) && (isCue(c, cueGrievance) || !t.hasIn(i, t.clauseEndAfter(i+len(c)), cueMe)) {
			continue // 我同事前阵子…被银行打电话催了好几次, 邻居说他去年打12378投诉过: their experience
		}
		if isCue(c, cueBadWord) && !t.hasIn(t.sentenceStart(max(0, t.sentenceStart(i)-1)), t.sentenceEndAfter(end), cueServiceSubject) {
			continue // 心情很差 is not about us
		}
		if ss := t.sentenceStart(i); isCue(c, cueBadWord) && (t.hasIn(ss, end, cueLPR) || t.hasIn(ss, end, cueRateMove) && !t.hasIn(ss, end, cueOurSide)) {
			continue // 结果这次只降了0.1个百分点，有点失望: the market, not us
		}
		if isCue(c, cueLegal) {
			if strings.HasSuffix(t.s[:i], "听") || strings.HasPrefix(t.s[end:], "说") && !t.hasIn(t.clauseStart(i), i, cueMe) {
				continue // 听律师说…, 律师说…: advice heard, not a threat made
			}
			if hasPrefixAny(t.s[end:], []string{"让我", "要我", "叫我", "建议我", "帮我", " asked me", " needs me", " told me"}) {
				continue // 律师让我开一份结清证明: the lawyer asks something of the borrower
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
			if hasPrefixAny(t.s[end:], []string{"打赢", "打完", "赢了", "已经结束"}) {
				continue // 后来官司打赢钱也追回来了: a case over
			}
			if t.hasIn(cs, i, cueSuingWith) {
				continue // 我在跟前夫打官司: a case with someone else
			}
			if t.hasIn(cs, i, cueThirdParty) && !t.hasIn(cs, ce, cueBankActs) {
				continue // 欠我钱的那个朋友我起诉了: suing one's own debtor
			}
		}
		return c, i
	}
	return "", -1
}

// cueWillIt right before a grievance asks whether it would happen.
var cueWillIt = []string{"会", "会不会", "是否会", "会否", "要不要", "will it be", "would it be", "will i be", "would i be", "will you", "would you"}

// cueSuingWith names the other side of a case before the legal word.
var cueSuingWith = []string{"跟前夫", "跟前妻", "跟房东", "跟以前的房东", "跟租客", "跟房客", "跟对方", "跟他", "跟她", "跟客户", "跟合伙人", "跟老板", "跟公司", "和前夫", "和前妻", "和房东", "和对方", "with my ex", "with my landlord", "with my tenant", "with my former", "with my old"}

// cueOtherBank names a bank that is not us.
var cueOtherBank = []string{"别家银行", "别的银行", "其他银行", "另一家银行", "另外一家银行", "another bank", "other bank", "a different bank"}

// cueCounterfactual makes a threat a wish that cannot be ("I'd sue the
// weather if I could").
var cueCounterfactual = []string{"if i could", "if only", "恨不得", "i could file", "i can file", "could always", "told me i could", "told me that if", "said i could", "said that if", "可以去投诉", "可以投诉"}

// cueContrast turns from a grievance to something else.
var cueContrast = []string{"but", "however", "不过", "但是", "可是"}

// cueNoNews is waiting without word; beside a question about the loan's
// progress (审批通过了吗？一直没消息) it asks, it does not complain.
var cueNoNews = []string{"没消息", "都没消息", "没有消息", "没下文", "still waiting"}

// cueFixed after a grievance says it was put right.
// cueWithdrawn after a threat in its sentence takes it back.
var cueWithdrawn = []string{"no need now", "no need anymore", "no need any more", "not necessary now", "not needed now", "don't need to anymore", "不用了", "没必要了", "不需要了", "用不着了"}

var cueFixed = []string{"搞掂", "摆平了", "退回来了", "已经退", "退给我了", "弄好了", "处理好了", "解决了", "修好了", "搞定了", "fixed it", "sorted it", "was refunded", "got refunded", "been refunded", "resolved it", "撤销了", "帮我撤销", "已经撤销", "更正了", "纠正了", "refunded me", "traced it", "sorting it out", "sorted out", "sorting this out", "resolving it"}
