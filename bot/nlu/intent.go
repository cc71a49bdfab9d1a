package nlu

import (
	"fmt"
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
// policy: safety first (self-harm, fraud in progress), then an explicit ask
// for a person, complaints, the borrower's own hardship, policy questions,
// the calculators and services, and the social turns last.
func classify(t *text, ms []mention) (intent, why string) {
	norm := t.s
	if !hasContent(norm) {
		return IntentUnknown, "rule empty: no letters or digits"
	}
	fired := func(rule, cue string) string { return fmt.Sprintf("rule %s: %q", rule, cue) }

	if c, ok := ownCue(t, cueSelfHarm); ok {
		return IntentHardship, fired("hardship.self_harm", c)
	}
	if c, i := t.firstOf(cueFraudInProgress); i >= 0 {
		return IntentHumanHandoff, fired("handoff.fraud", c)
	}
	if c, ok := unnegatedCue(t, cueHandoff); ok {
		return IntentHumanHandoff, fired("handoff.ask", c)
	}
	if c, ok := complaintCue(t); ok {
		return IntentComplaint, fired("complaint", c)
	}
	for _, h := range hardshipRules {
		if c, ok := ownCue(t, h.cues); ok {
			return IntentHardship, fired("hardship."+h.name, c)
		}
	}
	if c, ok := overdueNow(t); ok {
		return IntentHardship, fired("hardship.overdue", c)
	}
	if c, i := t.firstOf(cueFraudQuestion); i >= 0 {
		return IntentFAQ, fired("faq.intermediary", c)
	}
	if c, ok := faqQuestion(t, ms); ok {
		return IntentFAQ, fired("faq.policy", c)
	}
	for _, r := range serviceRules {
		if c, ok := r.match(t, ms); ok {
			return r.intent, fired(r.name, c)
		}
	}
	if c, ok := calcFigures(ms); ok {
		return IntentRepaymentSchedule, fired("repayment_schedule.figures", c)
	}
	if c, ok := ownCue(t, cueHardshipWeak); ok {
		return IntentHardship, fired("hardship.pressure", c)
	}
	if c, i := t.firstOf(cueFAQTopic); i >= 0 {
		return IntentFAQ, fired("faq.topic", c)
	}
	if c, i := t.firstOf(cueGoodbye); i >= 0 {
		return IntentGoodbye, fired("goodbye", c)
	}
	if c, i := t.firstOf(cueThanks); i >= 0 {
		return IntentThanks, fired("thanks", c)
	}
	if greetingWord[strings.Trim(norm, " !！~。.")] {
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

// hasContent reports whether norm has anything to understand.
func hasContent(norm string) bool {
	for _, r := range norm {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Safety and escalation cues.
var (
	cueSelfHarm = []string{"不想活", "活不下去", "活着没意思", "轻生", "自杀", "寻死", "去死", "结束生命", "跳楼", "一了百了", "kill myself", "suicide", "end my life", "end it all", "don't want to live", "dont want to live", "not worth living"}
	// Fraud in progress: someone impersonates the bank or asks for money or
	// codes. The customer needs a person now.
	cueFraudInProgress = []string{"安全账户", "自称银行", "自称是银行", "自称是你们", "冒充", "假冒", "验证码", "屏幕共享", "共享屏幕", "远程控制", "被骗", "骗了我", "诈骗", "解冻费", "safe account", "security account", "verification code", "otp", "pretending to be", "impersonat", "scammed", "share my screen", "asked me to transfer", "点链接", "点击链接", "点开链接", "click the link", "click a link"}
	// An offer from an intermediary the customer asks about: a policy answer
	// (the signals layer raises the fraud flag).
	cueFraudQuestion = []string{"包装流水", "刷流水", "做流水", "中介", "代办", "包过", "内部渠道", "洗白征信", "修复征信", "征信修复", "黑户", "先交费", "先交钱", "保证金", "手续费才能", "agent fee", "upfront fee", "advance fee", "broker"}
	cueHandoff       = []string{"转人工", "人工客服", "人工服务", "人工坐席", "人工", "真人", "活人", "坐席", "接线员", "找客服", "叫客服", "我要客服", "客服经理", "客户经理", "找你们经理", "找经理", "专员", "real person", "human", "live agent", "an agent", "agent please", "representative", "operator", "工作人员", "客服人员", "服务人员", "找个人", "talk to someone", "speak to someone", "talk to a person", "speak to a person", "talk to a", "speak with a", "speak to a", "connect me", "transfer me", "someone real"}
	cueNegation      = []string{"没有", "没", "不是", "并没", "并非", "未", "不用", "不要", "不需要", "无需", "别", "不", "not", "no", "never", "n't", "without", "don't", "dont"}
)

// unnegatedCue finds a cue not negated right before it (不用转人工).
func unnegatedCue(t *text, cues []string) (string, bool) {
	for c, i := range t.matches(cues) {
		if !negatedAt(t, i, c) {
			return c, true
		}
	}
	return "", false
}

// negatedAt reports whether a negator stands shortly before the cue at i:
// within 3 runes for Chinese, within four words for English.
func negatedAt(t *text, i int, cue string) bool {
	window := 3
	if cue[0] < utf8.RuneSelf {
		window = 18
	}
	a := t.tailStart(t.clauseStart(i), i, window)
	if bef := t.s[a:i]; hasQuestionForm(bef) {
		return has(questionForms.Replace(bef), cueNegation)
	}
	return t.hasIn(a, i, cueNegation)
}

// questionFormPairs are A-not-A questions (有没有人工, 能不能), each with
// what it means: not negations.
var questionFormPairs = []string{"有没有", "有", "是不是", "是", "能不能", "能", "可不可以", "可以", "要不要", "要", "会不会", "会", "行不行", "行", "do not know", ""}

var questionForms = strings.NewReplacer(questionFormPairs...)

// hasQuestionForm reports whether s may hold one of questionFormPairs: all
// but the last have 不 or 没.
func hasQuestionForm(s string) bool {
	for _, r := range s {
		if r == '不' || r == '没' {
			return true
		}
	}
	return strings.Contains(s, "do not know")
}

// Cues that make a statement about someone else or about the future, not
// the borrower's situation now.
var (
	cueThirdParty   = []string{"同事", "朋友", "同学", "邻居", "别人", "他人", "有人", "听说", "新闻", "客户", "colleague", "friend", "neighbor", "neighbour", "someone", "somebody", "people", "others"}
	cueHypothetical = []string{"如果", "假如", "假设", "万一", "要是", "若是", "将来", "未来", "if", "in case", "suppose", "what happens", "would"}
)

// ownCue finds a cue that speaks of the borrower's own situation now: not
// negated, not about a colleague, not hypothetical.
func ownCue(t *text, cues []string) (string, bool) {
	for c, i := range t.matches(cues) {
		if negatedAt(t, i, c) || t.hasIn(t.clauseStart(i), i, cueThirdParty) || t.hasIn(t.sentenceStart(i), i, cueHypothetical) {
			continue
		}
		return c, true
	}
	return "", false
}

// hardshipRule is one kind of hardship the borrower reports.
type hardshipRule struct {
	name string
	cues []string
}

var hardshipRules = []hardshipRule{
	{"job_loss", []string{"失业", "被裁", "裁员", "丢了工作", "丢工作", "工作丢了", "工作没了", "没了工作", "没工作了", "下岗", "被开除", "被辞退", "辞退了", "公司倒闭", "公司关门", "找不到工作", "lost my job", "laid off", "unemployed", "got fired", "been fired", "lost job", "out of work", "made redundant", "no job"}},
	{"income_drop", []string{"降薪", "工资降", "减薪", "收入减少", "收入大幅减少", "收入下降", "收入降", "收入少了", "没有收入", "没收入", "没发工资", "工资没发", "发不出工资", "工资发不出", "拖欠工资", "欠薪", "停薪", "工资减半", "pay cut", "salary cut", "income dropped", "income has dropped", "income fell", "reduced income", "no income", "lost income"}},
	{"illness", []string{"住院", "手术", "重病", "生病", "生了病", "病倒", "得了病", "癌", "治病", "看病", "医药费", "医疗费", "化疗", "车祸", "受伤", "瘫痪", "去世", "in hospital", "hospitalized", "hospitalised", "surgery", "cancer", "sick", "illness", "passed away", "accident"}},
	{"business_distress", []string{"生意不好", "生意难做", "生意很差", "生意差", "生意不景气", "生意冷清", "没生意", "生意失败", "生意亏", "生意垮", "订单掉", "订单少", "订单减少", "订单大减", "没有订单", "没订单", "停产", "停工", "资金链", "周转不开", "周转不过来", "周转困难", "应收账款", "货款收不回", "款收不回", "亏损", "亏本", "倒闭", "破产", "经营困难", "经营不善", "开不下去", "business is failing", "business failed", "business is struggling", "cash flow", "bankrupt", "orders dropped", "shut down my", "closed my business"}},
	{"repayment_difficulty", []string{"还不上", "还不起", "没钱还", "没有钱还", "还不了", "付不起", "付不出", "交不起", "无力还款", "无力偿还", "手头紧", "手头很紧", "手头有点紧", "资金紧张", "经济困难", "只能还一部分", "只能先还一部分", "晚点还", "晚几天", "宽限", "缓一缓", "撑不下去", "扛不住", "吃不消", "can't afford", "cannot afford", "can't pay", "cannot pay", "can't make", "unable to pay", "struggling", "behind on", "missed a payment", "missed my payment", "missed payments", "worried about making", "financial difficulty", "financial difficulties", "financial trouble", "financial hardship", "hardship", "a bit short", "short this month", "short on money", "money is tight", "tight on money", "pay late", "days late"}},
	{"intent_to_default", []string{"不想还", "不还了", "爱怎么办怎么办", "随便你们", "大不了", "不打算还", "won't pay", "not going to pay", "refuse to pay"}},
	{"multi_debt", []string{"拆东墙补西墙", "以贷养贷", "好几个网贷", "好几个平台", "多个平台", "网贷平台", "好几张信用卡", "欠了很多钱", "负债累累", "multiple loans", "several loans", "payday loan"}},
	{"collateral", []string{"查封", "被法院", "被拍卖", "法拍", "抵押物被处置", "被冻结", "seized", "foreclos"}},
}

// cueHardshipWeak is pressure without a cause; it loses to any request.
var cueHardshipWeak = []string{"压力太大", "压力大", "压力很大", "还款压力", "负担太重", "太难了", "too much pressure", "can't cope"}

// cueOverdue says a payment is late; cueOverdueSelf, shortly before it,
// that the borrower's is.
var (
	cueOverdue     = []string{"逾期", "overdue", "late on", "behind"}
	cueOverdueSelf = []string{"我", "已经", "已", "i'm", "i am", "i've been", "is", "are", "my"}
)

// overdueNow finds the borrower saying they are overdue (我已经逾期两期了),
// as opposed to asking what overdue means (逾期一天会上征信吗).
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
		if t.hasIn(a, i, cueOverdueSelf) || strings.Contains(aft, "了") {
			return c, true
		}
	}
	return "", false
}

// Complaint cues: a grievance or a threat to take it further.
var cueComplaint = []string{"投诉", "12378", "银保监", "监管", "金融监管", "曝光", "媒体", "律师", "起诉", "告你们", "打官司", "法律途径", "维权", "太差", "差劲", "太烂", "垃圾", "骗子", "坑人", "乱扣", "多扣", "扣了两次", "重复扣", "扣错", "态度差", "态度很差", "态度恶劣", "骚扰", "太过分", "不像话", "忍无可忍", "什么破", "不满意", "很不满", "太失望", "没人管", "没人理", "没人处理", "霸王条款", "乱收费", "难用", "暴力催收", "催收电话", "天天打电话", "打到我单位", "打给我家人", "打到我家", "complain", "complaint", "ridiculous", "unacceptable", "terrible", "awful", "worst", "disgusting", "charged twice", "double charged", "report you", "regulator", "lawyer", "sue", "legal action", "harass", "rude", "nobody helps", "no one helps", "useless"}

// complaintCue finds an un-negated complaint cue.
func complaintCue(t *text) (string, bool) {
	for c, i := range t.matches(cueComplaint) {
		if negatedAt(t, i, c) && c != "太差" && c != "差劲" {
			continue
		}
		return c, true
	}
	return "", false
}

// Policy questions that beat the calculators: fees, documents, procedures,
// definitions, consequences, contact details.
var cueFAQPolicy = []string{"违约金", "手续费", "罚息", "罚金", "收费吗", "要收费", "收不收费", "要钱吗", "材料", "资料", "证件", "需要准备", "需要带", "要带什么", "手续", "流程", "怎么申请", "如何申请", "怎么办理", "如何办理", "在哪办", "在哪里办", "去哪办", "营业时间", "上班时间", "网点", "政策", "规定", "申请条件", "贷款条件", "什么条件", "有什么要求", "区别", "哪个好", "哪种好", "哪个更好", "哪种更好", "哪个划算", "哪种划算", "有什么不同", "是什么", "什么意思", "什么是", "是啥", "啥意思", "怎么理解", "预约", "提前多久", "多久能批", "多久放款", "多长时间", "会怎样", "会怎么样", "怎么操作", "如何操作", "客服电话", "电话多少", "什么后果", "后果", "几次", "次数", "上征信", "影响征信", "征信", "换手机号", "换号", "手机号", "联系方式", "电话号码", "改地址", "搬家", "密码", "penalty", "fee", "fees", "documents", "document", "paperwork", "requirements", "how do i apply", "how to apply", "how long does", "credit report", "credit score", "credit record", "what happens if", "what happens when", "opening hours", "branch", "policy", "difference between", "which is better", "phone number", "new number", "address"}

// cueFirstPerson makes "what is" about the borrower's own figures;
// cueWhatIs asks what a term means.
var (
	cueFirstPerson = []string{"my", "i", "me", "i'm"}
	cueWhatIs      = []string{"what is", "what's", "what are", "what does", "meaning of", "explain"}
)

// faqQuestion matches policy questions; an English "what is X" counts when
// it asks about a term, not about the customer's own figures.
func faqQuestion(t *text, ms []mention) (string, bool) {
	for c, i := range t.matches(cueFAQPolicy) {
		if c == "是什么" && strings.HasPrefix(t.s[i+len(c):], "时候") {
			continue // 是什么时候 asks when, not what
		}
		return c, true
	}
	if len(ms) == 0 && !t.has(cueFirstPerson) && t.has(cueDomain) {
		if c, i := t.firstOf(cueWhatIs); i >= 0 {
			return c, true
		}
	}
	return "", false
}

// serviceRule is a calculator or account-service intent.
type serviceRule struct {
	name   string
	intent string
	match  func(t *text, ms []mention) (string, bool)
}

// anyCue adapts a cue list to a rule matcher.
func anyCue(cues []string) func(*text, []mention) (string, bool) {
	return func(t *text, _ []mention) (string, bool) {
		c, i := t.firstOf(cues)
		return c, i >= 0
	}
}

// bothCues fires when a cue of each list occurs.
func bothCues(a, b []string) func(*text, []mention) (string, bool) {
	return func(t *text, _ []mention) (string, bool) {
		ca, i := t.firstOf(a)
		cb, j := t.firstOf(b)
		if i < 0 || j < 0 {
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
	cuePrepayment = []string{"提前还", "提前结清", "提前偿还", "提前归还", "提前清贷", "一次性还清", "一次性全部还清", "全部还清", "一次性还完", "一次性结清", "部分还款", "还一部分本金", "多还一些本金", "多还点本金", "prepay", "prepayment", "pay off early", "early repayment", "repay early", "pay back early", "early payoff", "pay off the whole", "pay off the entire", "pay off my loan", "pay off my mortgage", "pay off the loan", "pay off the rest", "pay off the remaining", "lump sum", "settle my loan", "settle the loan", "pay it all off", "拿来还", "用来还", "还掉一部分", "一部分本金"}
	cueShortenAsk = []string{"缩短期限", "缩短年限", "缩短还款期", "缩短贷款期限", "缩短还款年限"}
	cuePayEarly   = []string{"early", "ahead of schedule", "sooner"}
	cuePayVerb    = []string{"pay off", "pay back", "pay down", "repay", "pay"}

	cueLPR = []string{"lpr", "重定价", "重新定价", "利率下调", "利率上调", "利率调整", "利率调了", "利率变", "利率降", "利率下降", "利率上升", "利率涨", "降息", "加息", "基点", "个百分点", "rate cut", "rate hike", "rate change", "rates change", "rate rise", "rates fall", "rates rise", "rates go", "repricing", "reprice", "basis point", "interest rate change", "interest rates change"}

	cueRateWord    = []string{"利率", "利息", "rate", "rates"}
	cueRateMove    = []string{"调整", "下调", "上调", "变化", "变动", "会降", "会涨", "降了", "涨了", "降低了", "提高了", "dropped", "fell", "cut", "rose", "went up", "went down", "change", "changed", "fall", "rise", "move"}
	cueMethodWord  = []string{"还款方式", "还款方法", "还款类型", "repayment method", "payment method", "repayment type", "repayment plan type", "method"}
	cueMethodName  = []string{"等额本息", "等额本金", "先息后本", "equal installment", "equal instalment", "equal principal", "equal payment", "interest only", "interest-only"}
	cueChangeVerb  = []string{"改", "换", "变更", "调整", "转", "切换", "变成", "switch", "change", "convert", "move"}
	cueDueDateWord = []string{"还款日", "扣款日", "还款日期", "扣款日期", "还款时间", "扣款时间", "每月几号还", "due date", "repayment date", "payment date", "debit date", "payment day", "due day", "repayment day"}
	cueDueDateVerb = []string{"改", "换", "调", "变更", "推迟", "延后", "往后", "提前", "挪", "move", "moved", "change", "changed", "switch", "shift", "push", "later", "earlier", "instead"}
	cueDayMove     = []string{"改到", "改成", "改为", "调到", "换到", "挪到", "发工资", "发薪", "move", "change", "instead"}
	cueExtension   = []string{"延长", "展期", "延期", "拉长", "期限长一点", "年限长一点", "多还几年", "多贷几年", "期限延", "年限延", "增加期限", "增加年限", "extend", "extension", "longer term", "stretch", "lengthen", "more years"}
	cueQuota       = []string{"能贷多少", "能借多少", "贷款多少", "能贷款多少", "可以贷款多少", "可以贷多少", "可以借多少", "能贷到多少", "能借到多少", "最多能贷", "最多能借", "最多可以贷", "最多可以借", "最多贷", "最多借", "最高能贷", "最高可以贷", "最高额度", "贷多少", "借多少", "可贷", "额度", "试算", "能批多少", "批多少", "多贷", "多借", "能不能贷", "能贷吗", "可以贷款吗", "能借吗", "能不能借", "能贷款吗", "贷款资格", "够不够", "how much can i borrow", "how much could i borrow", "how much can i get", "how much loan", "maximum loan", "max loan", "borrowing limit", "loan limit", "credit limit", "eligible", "eligibility", "qualify", "borrowing capacity", "afford to borrow", "how much would i get", "how much will i get", "how much can you lend", "lend me", "借钱", "想借", "想贷款", "要贷款", "想办贷款", "想办个贷款", "i want a loan", "i need a loan", "get a loan", "take out a loan"}
	cueIncomeWord  = []string{"月薪", "收入", "月入", "年薪", "工资", "薪水", "挣", "赚", "income", "salary", "earn", "i make"}
	cueBorrowWord  = []string{"借", "贷", "borrow", "loan", "mortgage"}
	cueLoanStatus  = []string{"下个月要还", "这个月要还", "本月要还", "这期要还", "下期要还", "这个月月供", "这个月的月供", "本月月供", "下个月月供", "下个月的月供", "还剩多少", "剩多少", "剩余本金", "剩下多少", "还欠多少", "欠多少", "多少本金", "还有多少", "还款了没", "还上了吗", "还了没", "扣款了没", "到账了吗", "欠银行", "欠你们", "还欠", "还有多少没还", "余额", "还有几期", "剩几期", "还剩几期", "还要还几期", "还有多少期", "已经还了多少", "扣了没", "扣了吗", "扣款了吗", "扣款成功", "扣没扣", "有没有扣", "扣款失败", "还款成功", "查一下我", "查查我", "查询我的", "我的贷款", "我那笔贷款", "贷款状态", "贷款进度", "审批进度", "放款了吗", "放款进度", "批下来了吗", "什么时候扣", "什么时候还款", "哪天还款", "几号还款", "还款日是", "下次还款", "下一期", "到期日", "什么时候到期", "尾号", "next payment", "next repayment", "next due", "when is my payment", "when is my", "balance", "outstanding", "how much do i still owe", "how much do i owe", "how much is left", "payments left", "installments left", "loan status", "status of my loan", "my loan details", "was my payment", "payment go through", "payment went through", "been deducted", "deducted", "still owe"}
	cueSchedule    = []string{"月供多少", "月供是多少", "月供大概", "月供要多少", "月供怎么算", "月供是怎么", "算月供", "算一下月供", "计算月供", "每月还多少", "每个月还多少", "每月要还多少", "每个月要还多少", "每月还款多少", "每月还款额", "月还款额", "还款额是多少", "还款额多少", "还款计划", "还款明细", "还款表", "还款清单", "怎么算的", "怎么算出来", "总利息", "利息一共", "一共要还", "总共要还", "总共还", "利息多少", "多少利息", "要付多少利息", "月供", "monthly payment", "monthly installment", "monthly instalment", "repayment schedule", "repayment plan", "payment schedule", "amortization", "amortisation", "how much per month", "how much a month", "how much each month", "how much every month", "total interest", "how much interest", "calculate"}
	cueFAQTopic    = []string{"怎么办", "怎么操作", "怎么弄", "app", "网银", "手机银行", "银行卡", "贷款产品", "有哪些贷款", "利率是多少", "利率多少", "现在利率", "how do i", "how can i", "can i change my", "products"}
	cueGoodbye     = []string{"再见", "拜拜", "下次见", "回头见", "先这样", "就这样吧", "没有其他问题", "没其他问题", "没别的问题", "没别的了", "没事了", "就这些", "bye", "goodbye", "see you", "that's all", "that is all", "have a nice day", "talk later"}
	cueThanks      = []string{"谢谢", "感谢", "多谢", "谢啦", "谢了", "辛苦了", "麻烦你了", "服务真不错", "服务很好", "服务不错", "真不错", "太好了", "很满意", "满意", "点赞", "给力", "好评", "真棒", "很棒", "thank", "thanks", "thx", "ty", "appreciate", "cheers", "great service", "excellent", "awesome", "helpful", "good job", "well done"}
	cueGreeting    = []string{"你好", "您好", "你们好", "大家好", "嗨", "哈喽", "哈啰", "喂", "在吗", "在不在", "有人吗", "有人在吗", "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "howdy", "yo"}
	cueAck         = []string{"好的", "明白了", "知道了", "了解了", "懂了", "收到", "ok", "okay", "got it", "understood"}
	cueDomain      = []string{"贷", "借款", "还款", "月供", "利率", "利息", "银行", "征信", "逾期", "本金", "额度", "信用卡", "抵押", "按揭", "放款", "lpr", "loan", "mortgage", "bank", "interest", "repay", "payment", "credit", "borrow", "debt", "rate", "repricing", "equal principal", "equal installment"}
)

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
	{"method_change.switch", IntentMethodChange, firstMatch(
		bothCues(cueMethodWord, cueChangeVerb),
		bothCues(cueMethodName, cueChangeVerb),
	)},
	{"due_date_change", IntentDueDateChange, firstMatch(
		bothCues(cueDueDateWord, cueDueDateVerb),
		func(t *text, ms []mention) (string, bool) {
			if !hasDay(ms) {
				return "", false
			}
			if c, i := t.firstOf(cueDayMove); i >= 0 {
				return "day+" + c, true
			}
			return "", false
		},
	)},
	{"prepayment", IntentPrepayment, firstMatch(
		anyCue(cuePrepayment),
		anyCue(cueShortenAsk),
		func(t *text, _ []mention) (string, bool) {
			// "pay 50,000 early", "pay off 50,000 ahead of schedule"
			if c, i := t.firstOf(cuePayVerb); i >= 0 {
				if c2, j := t.firstOfIn(i, len(t.s), cuePayEarly); j >= 0 {
					return c + "…" + c2, true
				}
			}
			return "", false
		},
	)},
	{"lpr_impact", IntentLPRImpact, firstMatch(anyCue(cueLPR), bothCues(cueRateWord, cueRateMove))},
	{"term_extension", IntentTermExtension, anyCue(cueExtension)},
	{"quota_trial", IntentQuotaTrial, firstMatch(anyCue(cueQuota), bothCues(cueIncomeWord, cueBorrowWord), incomeFigure)},
	{"loan_status", IntentLoanStatus, anyCue(cueLoanStatus)},
	{"repayment_schedule", IntentRepaymentSchedule, anyCue(cueSchedule)},
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

// greetingWord are whole messages that greet but are too short to search
// for inside other text.
var greetingWord = map[string]bool{"早": true, "早啊": true, "在": true, "在?": true, "在？": true, "hi": true, "yo": true, "哈罗": true, "你好啊": true}

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
