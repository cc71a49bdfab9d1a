package nlu

import (
	"fmt"
	"slices"
	"strings"
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

// verdict is what decided a message's intent: the rule that fired and the
// cue it fired on. Callers that act on how a message was read (the fallback
// classifier, the signals' refinement) key on rule, never on Why's wording.
type verdict struct {
	intent, rule, cue string
	plight            string // the flag code of the plight the intent was read from, if it was
}

// plightCode names a hardship rule by its flag code (DOMAIN.md §5).
func plightCode(rule string) string {
	switch rule {
	case "collateral":
		return "collateral_issue"
	case "overdue":
		return "repayment_difficulty"
	}
	return rule
}

// Rules others act on (Analysis.Rule).
const (
	RulePolicy   = "faq.policy"        // a question about the bank's rules
	RuleOffTopic = "unknown.off_topic" // a matter that is not the loan desk's
)

// ruleDomainFallback is the bare loan word: the fallback classifier may
// overrule it.
const ruleDomainFallback = "faq.domain_fallback"

// The rules that fire on no cue.
const (
	ruleEmpty   = "empty"   // no letters or digits
	ruleUnknown = "unknown" // no rule fired
)

// why says it for people: the rule and its cue.
func (v verdict) why() string {
	switch v.rule {
	case ruleEmpty:
		return "rule empty: no letters or digits"
	case ruleUnknown:
		return "rule unknown: no rule fired"
	}
	return fmt.Sprintf("rule %s: %q", v.rule, v.cue)
}

// classify decides the intent of normalised text by an ordered list of
// rules; the first that fires wins and names itself in the verdict. The order is the
// policy: safety first (self-harm, fraud), then praise and farewells that
// ask nothing, an explicit ask for a person, threats to escalate, the
// borrower's own hardship, grievances, questions about hardship that is
// someone else's or hypothetical, policy questions, the calculators and
// services, and the social turns last.
//
// With ownPlights false no plight (a job lost, an illness, debts, an
// overdue) is read as the borrower's: the reading for a caller whose finer
// judge of whose a plight is found none of them theirs.
func classify(t *text, ms []mention, ownPlights bool) verdict {
	norm := t.s
	if !hasContent(norm) {
		return verdict{intent: IntentUnknown, rule: ruleEmpty}
	}
	fired := func(intent, rule, cue string) verdict { return verdict{intent: intent, rule: rule, cue: cue} }

	if c, ok := selfHarm(t); ok {
		if c2, ok := handoffAsk(t); ok {
			// "some nights I feel like ending it all. I don't want a bot,
			// please let me talk to a person": the person asked for (the
			// critical flag still routes it first)
			return fired(IntentHumanHandoff, "handoff.self_harm", c2+"+"+c)
		}
		return fired(IntentHardship, "hardship.self_harm", c)
	}
	if intent, rule, c, ok := fraudRule(t); ok {
		return fired(intent, rule, c)
	}
	var hardRule, hardCue string
	var hard bool
	if ownPlights {
		hardRule, hardCue, hard = ownHardship(t)
		if !hard {
			if c, ok := overdueNow(t); ok {
				hardRule, hardCue, hard = "overdue", c, true
			}
		}
	}
	if intent, c, ok := socialStatement(t, ms, hard); ok {
		return fired(intent, intent+".statement", c)
	}
	bare := bareWords(norm)
	if goodbyeWord[bare] {
		return fired(IntentGoodbye, "goodbye.word", norm)
	}
	if handoffWord[bare] {
		return fired(IntentHumanHandoff, "handoff.word", norm)
	}
	esc, escAt := complaintCue(t, cueEscalation)
	if c, ok := handoffAsk(t); ok && !(isCue(c, cueStaff) && escAt >= 0) {
		// (柜员还嫌我说话慢…我就去监管部门投诉你们: the clerk is in the
		// grievance, the threat decides)
		return fired(IntentHumanHandoff, "handoff.ask", c)
	}
	if escAt >= 0 {
		return fired(IntentComplaint, "complaint.escalation", esc)
	}
	if hard {
		if r, c, suffix, ok := serviceDespite(t, ms, hardRule); ok {
			return fired(r.intent, r.name+suffix, c+"+"+hardCue)
		}
	}
	if hard {
		v := fired(IntentHardship, "hardship."+hardRule, hardCue)
		v.plight = plightCode(hardRule)
		return v
	}
	if c, i := t.firstOf(cueFraudQuestion); i >= 0 && !t.voided(c, i) && !scheduleWithFigures(t, ms) && !t.hasIn(t.clauseStart(i), i, cueNearMiss) && !(isCue(c, cueTrueQuestion) && t.has(cueLPR)) && !disownedOffer(t, i) {
		// (差点就找中介包装流水了，后来想想还是算了: not done; 邻居说LPR…是真的吗:
		// a claim about the LPR, not an offer)
		return fired(IntentFAQ, "faq.intermediary", c)
	}
	if c, i := complaintCue(t, cueGrievance); i >= 0 && !(isCue(c, cueNoNews) && (t.has(cueLoanStatus) || t.has(cueDone))) && !(t.has(cueOffTopic) && !loanWordIn(t) && !t.has(cueOurSide)) && !justAsking(t, ms) && !pastGrievance(t, ms, i) && !hassleForService(t, ms, c) {
		return fired(IntentComplaint, "complaint", c)
	}
	if c, ok := disputed(t); ok {
		// "I was never late, so why is there an overdue fee?": a charge disputed
		return fired(IntentComplaint, "complaint.dispute", c)
	}
	if c, i, ok := othersHardship(t); ok {
		_, figures := calcFigures(ms)
		feared := t.hasIn(t.clauseStart(i), i, cueFeared)
		if r, c2, ok := serviceFor(t, ms); ok && (calculator[r.intent] || reliefService[r.intent]) && (ownWish(t) || t.has(cueSelfFine) || figures || feared || r.intent == IntentLPRImpact) && len(extractSlots(t.rs, t, r.intent, ms).Map()) > 0 {
			// "My brother just got laid off, so I want to help him out… I earn
			// 25k a month. What's the most I could borrow?": their plight, our sum; 如果人工減咗，LPR又加30點子，我每月要供幾多: a move's size is the figure;
			// 怕哪天扣款的时候卡里还没钱。能不能把还款日改到每月22号: a shortfall
			// feared, the borrower's own change asked with its day
			return fired(r.intent, r.name+".despite_others", c2+"+"+c)
		}
		return fired(IntentFAQ, "faq.others_hardship", c)
	}
	if c, i := t.firstOf(cueOffTopic); i >= 0 && !t.hasIn(t.tailStart(t.clauseStart(i), i, 6), i, cueOwnPlace) && !loanWordIn(t) && !t.has(cueGoodbye) && !t.has(cueThanks) && !(t.has(cueGreeting) && !t.clauseAsks(i, i)) && !t.has(cueReliefAsk) && !t.has(cueRelief) {
		// (今天天气不错，拜拜 is still a farewell; 你好，今天星期几 asks off the topic)
		return fired(IntentUnknown, RuleOffTopic, c) // 定期存款利率, exchange rates: not the loan desk's
	}
	if c, ok := obligationAsked(t); ok && !hasFigure(ms) {
		// 要是以后把抵押的房子卖了，是不是得先还清才能过户: a rule asked about
		return fired(IntentFAQ, "faq.obligation", c)
	}
	if c, ok := faqQuestion(t, ms); ok {
		if procedureCue[c] && (hasFigure(ms) || ownWish(t) || targetMethod(t) != "" && t.has(cueChangeVerb)) || requirementCue[c] && (hasFigure(ms) || targetMethod(t) != "" && t.has(cueChangeVerb)) || c == "which+better" && hasFigure(ms) ||
			comparisonCue[c] && (ownWish(t) || t.has(cueCanChange) || hasFigure(ms)) || wishedService(t, ms) {
			if t.has(cueOnBehalf) {
				// 让我帮他打听一下：…申请个人消费贷需要准备哪些材料: how it is
				// done for someone else's loan, whatever figures of theirs
				return fired(IntentFAQ, RulePolicy, c)
			}
			// 提前还款8万要怎么操作, 我想一次性结清，怎么操作: how to do it,
			// for a stated figure or a stated wish, is the service itself
			// for the borrower's own loan.
			if r, c2, ok := serviceFor(t, ms); ok {
				return fired(r.intent, r.name+".procedure", c2+"+"+c)
			}
		}
		return fired(IntentFAQ, RulePolicy, c)
	}
	if c, ok := ownCue(t, cueHardshipWeak); ok {
		if !asks(t) && !hasFigure(ms) {
			// 一发工资就全拿去还房贷，压力真的好大: the burden told, nothing asked
			return fired(IntentHardship, "hardship.pressure_told", c)
		}
		if c2, i := t.firstOf(cueRelief); i >= 0 {
			// 压力好大…有没有什么办法减轻一点: asking for relief from one's
			// own burden is hardship, whatever payment it names.
			return fired(IntentHardship, "hardship.relief", c+"+"+c2)
		}
	}
	if c, ok := lprAsSuch(t, ms); ok {
		return fired(IntentFAQ, "faq.lpr", c)
	}
	if r, c, ok := serviceFor(t, ms); ok {
		return fired(r.intent, r.name, c)
	}
	if c, ok := calcFigures(ms); ok {
		return fired(IntentRepaymentSchedule, "repayment_schedule.figures", c)
	}
	if c, i := t.firstOf(cueFAQConsequence); i >= 0 {
		return fired(IntentFAQ, "faq.consequence", c)
	}
	if c, i := t.firstOf(cueFAQContact); i >= 0 && !hasPrefixAny(t.s[i+len(c):], cueUnchanged) {
		// (号码没变: nothing to update)
		return fired(IntentFAQ, "faq.contact", c)
	}
	if c, ok := ownCue(t, cueHardshipWeak); ok {
		return fired(IntentHardship, "hardship.pressure", c)
	}
	if c, i := t.firstOf(cueFAQTopic); i >= 0 && !(t.has(cueGreeting) && !t.asksIn(t.clauseStart(i), t.clauseEndAfter(i))) {
		// (孙女刚教会我用这个手机银行…先跟你们打个招呼 greets)
		return fired(IntentFAQ, "faq.topic", c)
	}
	if c, i := t.firstOf(cueHowTo); i >= 0 && t.has(cueDomain) {
		return fired(IntentFAQ, "faq.how_to", c)
	}
	for c, i := range t.matches(cueGoodbye) {
		if !t.voided(c, i) {
			return fired(IntentGoodbye, "goodbye", c)
		}
	}
	if c, i := t.firstOf(cueThanks); i >= 0 && !pleaseToGreeting(t, c) {
		return fired(IntentThanks, "thanks", c)
	}
	if greetingWord[bare] {
		return fired(IntentGreeting, "greeting.word", norm)
	}
	if c, i := t.firstOf(cueGreeting); i >= 0 && !(t.has(cueDomain) && asks(t) && !t.clauseAsks(i, i+len(c))) {
		return fired(IntentGreeting, "greeting", c)
	}
	if c, i := t.firstOf(cueAck); i >= 0 && !t.voided(c, i) && !negatedAt(t, i, c) {
		return fired(IntentThanks, "thanks.ack", c)
	}
	if c, i := t.firstOf(cueDomain); i >= 0 {
		return fired(IntentFAQ, ruleDomainFallback, c)
	}
	return verdict{intent: IntentUnknown, rule: ruleUnknown}
}

// disownedOffer reports an offer at i the borrower waves off in its
// sentence (跟我没关系，我也不会信) before asking something else in a later
// one: the later ask is the message's.
func disownedOffer(t *text, i int) bool {
	se := t.sentenceEndAfter(i)
	return t.hasIn(i, se, cueDisown) && se < len(t.s) && t.asksIn(se, len(t.s))
}

// cueDisown waves an offer or a rumour off.
var cueDisown = []string{"跟我没关系", "和我没关系", "与我无关", "不关我事", "不会信", "我不信", "不会上当", "nothing to do with me", "not falling for", "won't fall for", "wouldn't fall for"}

// serviceFor returns the first service rule that matches.
func serviceFor(t *text, ms []mention) (serviceRule, string, bool) {
	for _, r := range serviceRules {
		if c, ok := r.match(t, ms); ok {
			return r, c, true
		}
	}
	return serviceRule{}, "", false
}

// cueOffTopic are the bank's other businesses and the markets; without a
// loan word the loan assistant has nothing to say about them.
var (
	cueOffTopic = []string{"定期存款", "活期存款", "存款利率", "存款", "汇率", "外汇", "换汇", "股票", "股市", "a股", "港股", "美股", "大盘", "房价", "楼市", "基金", "理财产品", "保险", "黄金", "比特币", "exchange rate", "deposit rate", "fixed deposit", "savings account", "savings rate", "stock", "stocks", "shares", "bitcoin", "insurance", "forex", "快递", "外卖", "天气", "电影", "餐厅", "游戏", "彩票", "weather", "movie", "restaurant", "parcel", "hiring", "招聘", "招人", "job opening", "vacancy", "停车", "停车场", "停车位", "parking", "宠物", "宠物医院", "兽医", "vet", "pet shop", "pet hospital", "flight", "airline", "hotel", "train ticket", "机票", "航班", "航空公司", "酒店", "洗车", "洗车店", "加油站", "超市", "药店", "dim sum", "coffee shop", "places to eat", "good food", "火锅店", "火锅", "饭店", "饭馆", "餐馆", "奶茶店", "商场", "理发店", "健身房", "电影院", "咖啡店", "菜市场", "the mall", "gym", "cinema", "hair salon", "星期几", "礼拜几", "周几", "what day is it", "what day is today", "what time is it", "面馆", "面店", "粉店", "包子铺", "便利店", "肯德基", "麦当劳", "星巴克", "kfc", "mcdonald's", "mcdonalds", "starbucks", "noodle shop", "convenience store"}
	cueOwnPlace = []string{"我开的", "我的", "我家", "自己的", "开了一家", "开了间", "my", "our"} // 我开的理发店: the borrower's trade, not an errand
	cueLoanWord = []string{"供款", "供楼", "贷", "借", "还款", "月供", "利息", "lpr", "loan", "mortgage", "borrow", "repay", "installment", "instalment", "prepay", "payment", "还", "额度", "overpay", "settle", "首付", "repayment", "repayments", "due date", "repayment date"}
)

// cueDueDayNoun names the due day; cueWhichDate after it in a sentence
// that asks looks it up.
var (
	cueDueDayNoun = []string{"还款日", "扣款日", "供款日", "还款日期", "due date", "repayment date", "debit date"}
	cueWhichDate  = []string{"几号", "哪天", "哪一天", "哪日", "边日", "what date", "which day", "what day"}
)

// loanWordIn reports a loan word in the text; a bare 还 counts only as
// "repay", not as the adverb (明年房价会涨还是会跌, 还有, 还没).
func loanWordIn(t *text) bool {
	for c, i := range t.matches(cueLoanWord) {
		if c == "还" && hasPrefixAny(t.s[i+len(c):], cueStillAdverb) {
			continue
		}
		return true
	}
	return false
}

// cueStillAdverb right after 还 makes it the adverb (还是, 还有), not "repay".
var cueStillAdverb = []string{"是", "有", "在", "没", "要", "会", "能", "可以", "好", "挺", "不错", "行", "开着"}

// Policy questions. cueFAQPolicy beats the calculators: fees, documents,
// procedures, definitions, credit-record questions. cueFAQPolicyWeak are
// topics that are policy questions only in a sentence that asks ("征信会受
// 影响吗", not "我们俩征信也一直很干净"). Consequences and contact changes
// come after the services (what happens if I change to equal principal is
// a method change; a changed number with nothing else asked is a faq).
var (
	cueFAQPolicy      = []string{"可以在手机银行", "能在手机银行", "在app上办", "在app上申请", "在网上申请", "网上可以办", "can i do it online", "can i do it in the app", "can i apply online", "can i apply in the app", "咩文件", "咩资料", "咩手续", "咩证件", "算逾期吗", "算不算逾期", "count as late", "count as overdue", "咩叫", "什么叫", "何谓", "how long approval", "how long the approval", "how long it takes to approve", "违约金", "手续费", "罚息", "罚金", "收费吗", "要收费", "收不收费", "要钱吗", "收费标准", "minimum amount", "minimum prepayment", "minimum for", "最低金额", "起点金额", "还是浮动", "还是固定", "fixed or", "or floating", "or variable", "审批要多久", "一般要多久", "放款要多久", "办理要多久", "多久能下来", "多久能审批", "网上可以", "网上申请", "线上申请", "在线申请", "手机上申请", "apply online", "online application", "需要准备", "要准备", "需要什么", "需要哪些", "要哪些", "什么文件", "哪些文件", "需要带", "要带什么", "带什么", "需要什么材料", "要什么材料", "什么材料", "哪些材料", "怎么申请", "如何申请", "怎样申请", "怎么办理", "如何办理", "怎样办理", "在哪办", "在哪里办", "去哪办", "哪里办", "营业时间", "上班时间", "几点上班", "几点下班", "几点开门", "几点关门", "申请条件", "贷款条件", "什么条件", "有什么要求", "什么要求", "区别", "哪个好", "哪种好", "哪个更好", "哪种更好", "哪个划算", "哪种划算", "有什么不同", "是什么", "什么意思", "什么是", "是啥", "啥意思", "怎么理解", "预约", "提前多久", "多久能批", "多久放款", "多久到账", "多长时间", "怎么操作", "如何操作", "客服电话", "客服热线", "热线", "电话多少", "上征信", "影响征信", "征信会", "密码", "多久调整一次", "多久调一次", "多久一次", "怎么做", "点样做", "点样办", "要点样", "what's the process", "what is the process", "procedure", "how do i go about", "password", "宽限期", "年龄限制", "岁还能", "岁能", "多大年龄", "年纪大", "对账单", "电子账单", "纸质账单", "结清证明", "还款证明", "收入证明", "解押", "解抵押", "抵押登记", "penalty", "penalties", "fee", "fees", "charge for", "documents", "document", "paperwork", "requirements", "how do i apply", "how to apply", "how can i apply", "how long does", "how long will it take", "credit report", "credit score", "credit record", "credit history", "opening hours", "branch", "policy", "difference between", "which is better", "how often", "grace period", "age limit", "too old", "statement", "statements", "decided", "determined", "certificate", "proof of", "开唔开门", "开不开门", "开门吗", "营业吗", "影响我申请", "影响申请", "影响贷款申请", "影响审批", "影响我贷款", "影响批贷", "影响我的贷款申请", "affect my application", "affect my loan application", "affect a mortgage application", "affect my mortgage application", "affect a loan application", "hurt my application", "hurt my loan application", "hurt my chances", "affect my chances", "affect my approval", "affect approval", "咩分别", "有什么分别", "有乜分别", "有咩唔同", "有什么唔同", "报送联征", "上联征", "影响联征", "什么时候公布", "几号公布", "哪天公布", "公布吗", "什么时候发布", "几号发布", "发布吗", "when is it published", "when is the lpr published", "when is the lpr announced", "published on", "announced on", "几点扣", "几点扣款", "来得及吗", "what time does", "what time will", "what time do you", "几点钟", "为啥不一样", "为什么不一样", "有什么不一样", "why is it different", "why does it differ", "一般要几耐", "要几耐", "一般要几天", "自己选择", "可以自己选", "当月利息", "最长能贷", "最长可以贷", "最长可以借", "最长能借", "最长借", "最长多少年", "最多能贷几年", "最长期限", "最长年限", "longest term", "maximum term", "网上能", "网上办", "自己办", "必须去网点", "online or", "in person", "保留几耐", "保留多久", "保留几年", "留多久", "how long does it stay", "how long will it stay", "how it works", "how does it work", "how this works", "works", "罚款", "收罚款", "要收罚款", "what is this", "what's this", "what does this mean", "thing in my", "diff between", "the diff", "fixed and floating", "fixed vs", "fixed versus", "floating vs", "影响我再申请", "影响再申请", "影响以后申请", "影响我以后", "影响以后贷款", "actually mean", "what does lpr", "what does it mean", "mean on my", "repayment charge", "prepayment charge", "early repayment charge", "charge calculated", "waived", "waive", "怎么确定", "如何确定", "怎样确定", "分别用在", "用在什么", "适用于什么", "适用哪些", "加的点数", "加点数", "点数以后", "加点以后", "房产证", "房本", "产权证", "title deed", "the deeds", "要怎么处理", "该怎么处理", "how long it takes", "how long it'll take", "release the mortgage", "最长可以分", "最长能分", "最多可以分几期", "最长分几期", "最多分几期", "哪个部门的电话", "是哪个部门", "哪个部门", "还照常吗", "照常扣", "放假期间", "最低要还多少", "最低还多少", "最少要还多少", "最少还多少", "电子版", "纸质版", "改成电子", "只能在app", "只能在网上", "柜台能不能办", "柜台能办", "柜台可以办", "差在哪", "差别在哪", "区别在哪", "有什么差别", "提前几天", "提前几个工作日", "影响信贷评分", "影响信用评分", "影响信用分", "影响信贷记录", "影响信用", "去签字", "要签字", "一起去签", "本人到场", "本人去", "亲自去", "陪同", "最后能批", "最终能批", "最后批的", "最终批的", "最终额度", "准不准", "作准", "算不算数", "final amount", "final figure", "is that final", "is it final", "binding", "几种方式", "哪几种", "有哪些方式", "哪些方式", "哪个账户", "which account"}
	cueFAQPolicyWeak  = []string{"hardship program", "hardship programme", "hardship scheme", "hardship plan", "hardship policy", "sell the mortgaged", "sell a mortgaged", "selling the mortgaged", "selling a mortgaged", "公积金", "provident fund", "housing fund", "征信", "材料", "资料", "证件", "手续", "流程", "政策", "规定", "后果", "几次", "次数", "网点", "年龄", "分行", "支行", "营业", "联征", "批核", "信用记录", "信用纪录", "信用报告", "默认", "by default", "改联系方式", "修改联系方式", "更新联系方式", "变更联系方式"}
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
		if contextNoun[c] && !t.sentenceAsks(i) && (serviceAskedElsewhere(t, i) || hasCalcFigures(ms) || t.has(cueGreeting) && !t.has(cueDomainAsk)) {
			// ("the fees for the degree come to 120k. If I borrow that over
			// 36 months at 4.2%…": the schedule's figures)
			continue // "…and the fees are steep. Could I extend my mortgage by 3 years?"
		}
		return c, true
	}
	if c, ok := eligibilityAsked(t, ms); ok {
		return c, true
	}
	for c, i := range t.matches(cueHowLong) {
		e := t.clauseEndAfter(i + len(c))
		if strings.HasPrefix(t.s[i+len(c):], "了") {
			continue // 审批几天了还没下来: time waited, not asked
		}
		if p, k := t.firstOfIn(t.clauseStart(i), e, cueProcess); k >= 0 && !serviceAskedElsewhere(t, i) {
			// (能不能把还款日改到每月28号？申请以后要多久才生效？: the change
			// asked, how long it takes a follow-up)
			return c + "+" + p, true // 展期申请一般几天能审批下来, LPR多久公布一次
		}
	}
	for c, i := range t.matches(cueHowDoes) {
		if e := t.clauseEndAfter(i + len(c)); strings.Contains(t.s[i:e], " work") && !hasFigure(ms) {
			return c + "…work", true // "How does early repayment work at your bank?"
		}
	}
	for c, i := range t.matches(cueFAQPolicyWeak) {
		if t.voided(c, i) || negatedAt(t, i, c) {
			continue // 公积金贷款 is a loan, not a question about the fund; not planning to sell
		}
		if c == "几次" && strings.HasSuffix(t.s[:i], "过") {
			continue // LPR调过几次: several times, not how many
		}
		if t.hasIn(i+len(c), t.sentenceEndAfter(i+len(c)), cueQuota) {
			continue // 想问问按我的年龄和收入，房贷最多能批多少: the basis of a sum asked
		}
		if a, e := t.clauseStart(i), t.clauseEndAfter(i+len(c)); t.asksIn(a, e) || t.asksClosed(a, e) && lastLetter(t.s[a:e]) != '吧' {
			// 提前还款之后，银行一般默认是缩短期限还是减少月供？ asks; 征信应该挺干净的吧？
			// only seeks a nod before the ask that follows
			return c, true
		}
	}
	if len(ms) == 0 && !t.has(cueFirstPerson) && t.has(cueDomain) && !t.has(cueLoanStatus) {
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

// cueHowLong with cueProcess in one clause asks how long the bank takes to
// do something, or how often: a policy question.
var (
	cueHowLong = []string{"多久", "多长时间", "几天", "几个工作日", "几个工作天", "几个礼拜", "几周", "几耐", "how long", "how many days", "how many working days", "how many business days"}
	cueProcess = []string{"审批", "批下来", "批核", "能批", "放款", "到账", "办好", "办下来", "办完", "生效", "处理好", "处理完", "公布", "发布", "一次", "approved", "approval", "processed", "take effect", "go through", "published", "announced"}
)

// cueWhich and cueBetter, in that order in a sentence, weigh options.
var (
	cueWhich  = []string{"哪种", "哪个", "哪一种", "哪一个", "which one", "which option", "which way", "which of"}
	cueBetter = []string{"利息少", "利息低", "利息更少", "更省", "比较省", "最省", "更划算", "比较划算", "最划算", "更好", "比较好", "更合适", "更便宜", "save more", "saves more", "cheaper", "better", "best"}
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
			if serviceCueHere(t, c, i) {
				return c, true
			}
		}
		return "", false
	}
}

// serviceCueHere reports a service cue c at i that asks for the service:
// not voided, not told as done before, not in someone else's words.
func serviceCueHere(t *text, c string, i int) bool {
	return !t.voided(c, i) && !t.hasIn(t.clauseStart(i), t.clauseEndAfter(i+len(c)), cueDoneBefore) && !othersSaying(t, i) && !disclaimed(t, c, i)
}

// disclaimed reports a service cue the borrower sets aside in a clause that
// asks nothing (不是要提前还，就想看看…每月还多少; 先不考虑提前还款，月供多少):
// the rest of the message holds the ask.
func disclaimed(t *text, c string, i int) bool {
	n := 8
	if isLetterByte(c[0]) {
		n = 30 // English words are longer
	}
	cs := t.clauseStart(i)
	return t.hasIn(t.tailStart(cs, i, n), i+len(c), cueDisclaim) && !t.asksIn(cs, t.clauseEndAfter(i+len(c)))
}

// cueDisclaim sets a service aside: not wanted now, not what is asked.
var cueDisclaim = []string{"不是要", "不是想", "并不是要", "不考虑", "不打算", "没打算", "暂不", "暂时不", "先不", "不急着", "唔系想", "唔打算", "not paying", "not planning to", "not looking to", "no plans to", "not asking about", "not thinking of", "not thinking about", "leaving aside", "setting aside", "forget about"}

// limitTold reports a quota word followed by its figure in a clause that
// asks nothing (办了一张信用卡，额度5万): a limit the borrower has, told.
func limitTold(t *text, c string, i int) bool {
	rest := strings.TrimLeft(t.s[i+len(c):], " 是有为")
	r, _ := utf8.DecodeRuneInString(rest)
	return (isDigitRune(r) || startsCN(r)) && !t.asksIn(t.clauseStart(i), t.clauseEndAfter(i+len(c)))
}

// othersSaying reports a cue at i in what someone else is told to have
// said, the borrower not named since and nothing asked in its clause
// (朋友说改成等额本金总利息可以省不少: his advice, not the sum asked).
func othersSaying(t *text, i int) bool {
	ss := t.sentenceStart(i)
	p, j := t.firstOfIn(ss, i, cueOtherPerson)
	if j < 0 {
		return false
	}
	s, k := t.firstOfIn(j+len(p), i, cueSays)
	return k >= 0 && !t.hasIn(k+len(s), i, cueMe) && !t.asksIn(t.clauseStart(i), t.clauseEndAfter(i))
}

// cueUnchanged right after a contact word says it stays as it was.
var cueUnchanged = []string{"没变", "没换", "不变", "没有变", "没有换", "冇变", "冇换", " hasn't changed", " is the same", " stays the same"}

// cueCanIGet asks for a loan when a loan word follows it.
var cueCanIGet = []string{"could i get", "can i get", "could we get", "can we get", "would i get", "might i get"}

// cueDoneBefore in a service cue's clause tells the service as had before
// (去年住院那阵子申请过延后缴款): a story, not the ask.
var cueDoneBefore = []string{"申请过", "办过", "做过", "延过", "用过", "试过", "had one before", "applied for one before", "did it before", "已经全部结清", "已经结清", "已经还清", "早就结清", "结清注销"}

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
	cuePrepayment = []string{"pay the whole", "pay the entire", "pay off the whole", "pay off the remaining", "pay the remaining balance", "close my loan", "close my personal loan", "close my mortgage", "close my car loan", "close my business loan", "close the loan", "close out my loan", "close off my loan", "to reduce my home loan", "to reduce my mortgage", "to reduce my loan", "to reduce the loan", "into my loan", "into my mortgage", "into my home loan", "into my condo loan", "into my housing loan", "into the loan", "into the mortgage", "make an extra", "make a lump", "make an additional", "make a one-off", "make a partial", "提前还", "提前换款", "提早还", "提早结清", "提早清还", "早点还清", "早点还完", "早些还清", "提前结清", "提前偿还", "提前归还", "提前清贷", "提前清还", "提前还清", "一次性还清", "一次性全部还清", "全部还清", "一次性还完", "一次性结清", "一次还清", "一次结清", "一次过还", "一笔过还", "全部结清", "结清贷款", "结清房贷", "还清贷款", "还清房贷", "部分还款", "还一部分本金", "多还一些本金", "多还点本金", "多还一部分", "prepay", "prepayment", "pay off early", "early repayment", "repay early", "pay back early", "early payoff", "early settlement", "pay off", "paying off", "pay down", "settle", "clear the loan", "clear my loan", "clear my mortgage", "clear the balance", "clear the whole", "clear the entire", "clear the remaining", "clear off", "in one go", "in full", "pay extra", "pay more than", "put extra", "knock down the", "pay down the principal", "reduce the principal", "paying down", "paid down", "pay it off early", "pay ahead", "pay it all back", "pay everything back", "pay back everything", "pay back the whole", "pay back the rest", "还晒", "清晒", "一次过", "off before the end", "before the end of the term", "before the term ends", "off early", "put down an extra", "pay an extra", "paying an extra", "put in an extra", "put in extra", "toward my mortgage", "towards my mortgage", "toward my loan", "towards my loan", "toward the principal", "towards the principal", "toward principal", "towards principal", "off the principal", "off my principal", "off my mortgage", "off the loan", "off my loan", "lump sum", "pay it all off", "overpay", "overpayment", "extra payment", "拿来还", "用来还", "拿去还", "出来还", "还房贷本金", "还贷款本金", "还掉本金", "冲本金", "抵本金", "清还", "全数清还", "全数还清", "还掉一部分", "一部分本金", "pay it into", "put it into", "put it towards", "put it toward", "towards the loan", "toward the loan", "towards the mortgage", "toward the mortgage", "one-off payment", "one off payment", "one-time payment", "one time payment", "single payment of", "additional payment", "一口气还", "一口气全部", "一口气结清", "一笔过", "redeem", "redemption", "interest i save", "interest i'd save", "interest would i save", "save on interest", "save in interest", "interest saved", "提前清偿", "清偿", "interest do i save", "interest will i save", "interest can i save", "clear my whole", "clear my entire", "clear the whole loan", "pay off my whole", "一口气全还", "一口气全", "一次全还", "全部还掉", "全还掉", "拿去冲", "冲房贷", "冲贷款", "拿来冲", "用来冲", "想还一部分", "还一部分楼按", "还一部分房贷", "还一部分贷款", "chuck", "throw it at", "at the mortgage", "at my mortgage", "at the loan", "towards it", "toward it", "lump-sum", "lump-sum payment"}
	cueShortenAsk = []string{"缩短"}
	cuePayEarly   = []string{"early", "ahead of schedule", "sooner"}
	cuePayVerb    = []string{"pay off", "pay back", "pay down", "repay", "pay", "paying"}
	cueRepayVerb  = []string{"repay", "pay back", "pay in"}
	cueFeared     = []string{"怕", "担心", "担忧", "worried", "afraid", "in case"} // a plight feared, before it
	cueOnlyPart   = []string{"only", "just"}                                  // "I can only repay 3000 now": part of what is due
	cueAtOnce     = []string{"now", "right now", "today", "upfront", "up front", "at once", "right away"}

	cueLPR = []string{"lpr", "重定价", "重新定价", "利率下调", "利率上调", "利率调整", "利率调了", "利率变", "利率降", "利率下降", "利率上升", "利率涨", "降息", "加息", "基点", "个百分点", "rate cut", "rate hike", "rate change", "rates change", "rate rise", "rates fall", "rates rise", "rates go", "rate drop", "rates drop", "rates dropped", "rates were cut", "repricing", "reprice", "basis point", "interest rate change", "interest rates change", "floating rate", "variable rate", "升息", "减息", "机动利率", "浮动利率", "最优惠利率", "p按", "h按", "一码", "半码", "prime rate", "hibor", "息口"}

	cueRateWord   = []string{"利率", "利息", "rate", "rates"}
	cueRateMove   = []string{"调整", "下调", "上调", "变化", "变动", "会降", "会涨", "降了", "涨了", "降低了", "提高了", "dropped", "fell", "cut", "rose", "went up", "went down", "go up", "go down", "change", "changed", "fall", "rise", "move", "reset", "adjust", "adjusted", "increase", "decrease", "come down", "coming down", "dropping", "falling", "rising", "going up", "going down"}
	cueMethodWord = []string{"how i repay", "how i pay each month", "the way i repay", "way of repaying", "repayment option", "how my repayments are calculated", "how my payments are calculated", "how repayments are calculated", "repayment structure", "还款方式", "还款方法", "还款类型", "供款方式", "还法", "repayment method", "payment method", "repayment type", "repayment plan type", "method"}
	cueMethodName = []string{"本金固定", "前面还得多", "前面还的多", "前多后少", "先多后少", "供款平均", "月供平均", "还款平均", "just the interest", "only the interest", "only pay interest", "pay only interest", "just pay interest", "interest payments only", "等额本息", "等额本金", "先息后本", "只还利息", "只付利息", "先还利息", "按月付息", "equal installment", "equal instalment", "equal principal", "equal payment", "interest only", "interest-only", "本金平均摊还", "本息平均摊还", "equal-principal", "equal-installment", "equal-instalment", "fixed amount every month", "same amount every month", "fixed monthly payment", "level payments", "declining payments", "decreasing payments", "越还越少", "前面多还", "递减", "逐月递减", "每月递减", "每个月扣的钱都一样", "每个月一样", "每月一样", "每月固定", "固定金额", "金额固定", "月供固定", "只缴利息", "只交利息", "只供利息", "不还本金", "只还息", "越嚟越少", "越来越少", "供一样", "每个月供一样", "more at the start", "less over time", "pay more at first", "more at first", "供一样嘅数", "一样嘅数", "金额都一样", "还款金额都一样", "还款额都一样", "每期一样", "每期都一样", "每个月还款金额都一样", "还一样多", "一样多的那种"}
	cueChangeVerb = []string{"changing", "instead", "rather than", "改", "换", "变更", "调整", "转", "切换", "变成", "改用", "换用", "switch", "change", "convert", "move", "moving", "prefer", "go with", "rather", "调成", "调为"}

	cueDueDateWord    = []string{"day of the month", "different day", "another day", "different payment date", "different due date", "another payment date", "different date", "new payment date", "new due date", "还款日", "扣款日", "扣款的日子", "扣钱的日子", "还款的日子", "扣款时间", "date my payment", "date my repayment", "date of my payment", "date of payment", "payment comes out", "comes out", "collection date", "还款日期", "扣款日期", "还款时间", "供款日", "缴款日", "缴费日", "每月几号还", "due date", "repayment date", "payment date", "debit date", "payment day", "due day", "repayment day", "deduction date", "billing date", "my debit", "the debit"}
	cueDueDateVerb    = []string{"changing", "moving", "different", "another", "choose", "pick", "改", "换", "调", "变更", "推迟", "推到", "挪到", "延后", "往后", "提前", "挪", "move", "moved", "change", "changed", "switch", "shift", "push", "later", "earlier", "instead", "match", "line up", "align", "sync", "same day as", "对上", "一致", "同一天", "定在", "设在", "设为", "设成", "定为"}
	cueDayMove        = []string{"改到", "改成", "改为", "调到", "换到", "挪到", "推到", "发工资", "发薪", "move", "change", "instead", "be the", "be on the", "定在", "设在", "设为", "设成", "定为", "定到"}
	cueExtension      = []string{"往后展", "再展", "push the end date", "push back the end date", "push my end date", "end date of my loan back", "多延", "延几年", "延个几年", "change my loan term", "change the loan term", "change my term", "change the term", "改期限", "修改期限", "调整期限", "调整贷款期限", "改贷款期限", "改年限", "多给几年", "多几年", "多给点时间", "longer to pay", "longer to repay", "延长", "展期", "延期", "往后延", "再延", "延后", "推迟到期", "拉长", "放长", "加长", "期限长一点", "年限长一点", "期限长些", "多还几年", "多贷几年", "多供几年", "期限延", "年限延", "增加期限", "增加年限", "再加几年", "加几年", "加几个月", "extend", "extension", "longer term", "longer loan", "longer period", "longer repayment", "more time to pay", "stretch", "lengthen", "more years to", "few more years", "couple more years", "another year", "one more year", "more time to repay", "extra years", "extra months", "additional years", "additional months", "to the term", "to my term", "over more years", "spread it out", "spread the loan", "more months", "more years"}
	cueQuota          = []string{"能贷多少", "能借多少", "贷款多少", "能贷款多少", "可以贷款多少", "可以贷多少", "可以借多少", "能贷到多少", "能借到多少", "最多能贷", "最多能借", "最多可以贷", "最多可以借", "最多贷", "最多借", "最高能贷", "最高可以贷", "最高额度", "贷多少", "借多少", "可贷", "额度", "试算", "能申请多少", "可以申请多少", "申请多少", "申请到多少", "能批多少", "批多少", "能批下来", "批下来吗", "能不能批下来", "批得下来", "能批到", "会批吗", "给批吗", "多贷", "多借", "能不能贷", "能贷吗", "可以贷款吗", "能借吗", "能不能借", "能贷款吗", "贷款资格", "够不够", "借得到", "贷得到", "借到多少", "贷到多少", "批得下", "能批吗", "借几多", "贷几多", "how much can i borrow", "how much can i take out", "how much could i take out", "how much can i take for", "how much could i take for", "how much can i take as", "how much could i borrow", "how much can we borrow", "how much can i get", "how much loan", "maximum loan", "max loan", "borrowing limit", "loan limit", "credit limit", "eligible", "eligibility", "qualify", "borrowing capacity", "afford to borrow", "how much would i get", "how much will i get", "how much can you lend", "how much would you lend", "how much will you lend", "how much mortgage", "maximum i", "the maximum", "maximum amount", "max amount", "how much could i get", "how big a loan", "how big a mortgage", "how large a loan", "how large a mortgage", "biggest mortgage", "biggest loan", "largest loan", "largest mortgage", "the most i could", "the most i can", "the max i", "most you'd lend", "most you would lend", "how much would the bank lend", "how much would you lend me", "loan amount i can", "can i afford", "could i afford", "what can i afford", "pre-qualify", "prequalify", "my limit", "most i can borrow", "max i can borrow", "can i borrow", "could i borrow", "pre-approval", "preapproval", "pre-approved", "bigger loan", "bigger business loan", "bigger mortgage", "larger loan", "larger mortgage", "higher loan", "higher limit", "raise my limit", "increase my limit", "borrow more", "get a bigger", "get a larger", "get a higher", "授信", "授信额度", "可贷金额", "再批", "能再批", "批一笔", "再贷一笔", "再借一笔", "再贷点", "再借点", "能借我多少", "可以借我多少", "借我多少", "贷我多少", "好借多少", "最多好借", "can borrow how much", "how much can borrow", "how much i could get", "how much i could borrow", "how much i can borrow", "how much i can get", "how much we could borrow", "how much we can borrow", "how much we could get", "estimate how much", "could you still lend", "can you still lend", "still lend me", "lend me"}
	cueQuotaWeak      = []string{"借钱", "想借", "想再借", "想再贷", "想贷", "想贷款", "要贷款", "想办贷款", "想办个贷款", "申请贷款", "i want a loan", "i need a loan", "get a loan", "take out a loan", "apply for a loan", "borrow"}
	cueIncomeWord     = []string{"月薪", "收入", "月入", "年薪", "工资", "薪水", "薪资", "挣", "赚", "income", "salary", "earn", "i make", "take-home", "take home", "paycheck", "wage", "wages"}
	cueBorrowWord     = []string{"借", "贷", "borrow", "loan", "mortgage"}
	cueLoanStatus     = []string{"显示了没", "显示了吗", "显示出来了吗", "显示出来没", "系统显示了", "系统里显示", "入账了吗", "入账了没", "仲争几多", "争几多", "仲争你哋几多", "仲差几多", "仲有几多未还", "几多未还", "how many installments are left", "how many instalments are left", "缴了没有", "缴了没", "我有没有逾期", "我有冇逾期", "有没有逾期记录", "how many more months", "how many months left", "how many months to go", "til my loan's done", "till my loan's done", "until my loan is done", "until my loan's paid off", "下个月要还", "这个月要还", "本月要还", "这期要还", "下期要还", "这个月月供", "这个月的月供", "本月月供", "下个月月供", "下个月的月供", "还剩多少", "剩多少", "剩余本金", "剩下多少", "还欠多少", "欠多少", "多少本金", "还有多少", "还款了没", "还上了吗", "还了没", "扣款了没", "到账了吗", "到账了没", "欠银行", "欠你们", "还欠", "仲欠", "还有多少没还", "余额", "还有几期", "剩几期", "还剩几期", "还要还几期", "还有多少期", "几期没还", "已经还了多少", "还了多少", "扣了没", "扣了吗", "扣款了吗", "扣钱了吗", "扣款成功", "成功扣款", "扣成功", "扣没扣", "有没有扣", "扣款失败", "还款成功", "查一下我", "查查我", "查询我的", "贷款状态", "贷款进度", "审批进度", "申请进度", "放款了吗", "放款了没", "放款进度", "批下来了吗", "批了没", "逾期吧", "扣了吧", "应该扣了", "扣咗未", "扣咗没", "扣咗", "过咗数", "入咗数", "还没显示", "没显示", "显示未缴", "显示未还", "显示没还", "显示还没", "显示未付", "still shows", "still showing", "shows as unpaid", "showing as unpaid", "还没到账", "没到账", "没有更新", "没更新", "status of my", "current status", "mature", "maturity", "还差几期", "差几期", "还差多少", "is left on", "left on my", "principal is left", "how much principal", "payoff amount", "pay-off amount", "payoff figure", "settlement amount", "结清金额", "receive my payment", "get my payment", "still need to pay", "still have to pay", "still need to repay", "仲有几耐", "几耐", "还有多久", "账单", "什么时候到账", "什么时候放款", "还剩几个月", "剩几个月", "还有几个月", "我的利率", "我现在的利率", "been received", "my interest rate", "my current rate", "what's my rate", "what rate am i", "还了几期", "已经还了几", "已还几期", "什么时候能还完", "什么时候还完", "啥时候还完", "还要还多久", "还要多久还完", "哪年还完", "哪年到期", "几时还完", "until my", "until the loan", "how long until", "when will my loan be paid off", "when will i finish", "when does my loan end", "几号扣", "哪天扣", "几时扣", "几号要还", "哪天要还", "什么时候要还", "几多期", "仲有几多", "期未还", "批下来没", "批下来了没", "批了没有", "批了吗", "审批通过了吗", "审批结果", "通过了没", "下款了吗", "下款没", "放款没", "什么时候扣", "什么时候还款", "哪天还款", "几号还款", "还款日是", "下次还款", "下一期", "到期日", "什么时候到期", "尾号", "逾期记录", "有没有逾期", "是否逾期", "当前利率", "目前利率", "next payment", "next repayment", "next due", "when is my payment", "when is my", "balance", "outstanding", "how much do i still owe", "how much do i owe", "how much is left", "payments left", "payments do i have left", "installments left", "payments remaining", "how many payments", "how many more payments", "how many installments", "months left", "left to pay", "loan status", "status of my loan", "my loan details", "was my payment", "final payment", "last payment", "payment is due", "payment due", "remaining principal", "remaining balance on", "principal left", "principal remaining", "payment go through", "payment went through", "go through", "gone through", "went through", "been debited", "been taken", "payment cleared", "received my payment", "payment received", "left on my loan", "left on my mortgage", "left to repay", "payoff date", "pay-off date", "how much have i paid", "how much have i repaid", "been deducted", "deducted", "still owe", "application status", "approved yet", "confirm my account", "my account shows", "how much left", "how much still", "how much remain", "bal", "时候到期", "几时到期", "哪天到期", "account is closed", "account closed", "loan is closed", "loan closed", "closed the account", "销户了吗", "结清了吗", "结清了没", "这个月要缴", "本月要缴", "下个月要缴", "要缴的金额", "应缴", "缴款金额", "要还的金额", "应还金额", "这期要缴", "应还", "差几多", "几多本金", "本金未还", "仲差", "尚欠", "欠几多", "go thru", "gone thru", "went thru", "still pending", "says pending", "pull up my", "bring up my", "loan ending", "account ending", "any update on", "update on my", "any news on", "heard back", "interest have i paid", "have i paid", "paid so far", "扣款时间是", "还款时间是", "几号来着", "是几号扣", "下回扣款", "下次扣款", "下回还款", "is my account", "am i overdue", "is my loan overdue", "my account overdue", "已还利息", "付了多少利息", "was received", "payment was received", "was it received", "正常扣款", "冇扣到", "没扣到", "扣到月供", "有冇扣到", "什么状态", "啥状态", "what day of the month is my", "which day is my", "what date is my", "is my repayment taken", "is my payment taken", "when is my repayment taken", "到哪一步", "审批到哪", "进行到哪", "办到哪一步", "到哪个阶段", "what stage", "成功扣到", "扣到数", "扣唔扣到", "有冇成功扣", "next instalment", "next installment", "instalment is due", "installment is due", "still owing", "owing on", "是不是已经显示", "显示全部结清", "显示已结清", "显示已经结清", "是否已结清", "扣款日是哪天", "扣款日是", "扣款是哪天", "哪天扣款", "下期月供", "下期的月供"}
	cueLoanStatusWeak = []string{"我的贷款", "我那笔贷款", "确认一下", "帮我确认", "查一下", "查下", "查查", "帮我查", "查询", "check my", "look up my", "confirm my"}
	cueSchedule       = []string{"what would the repayments", "what would my repayments", "what would the payments", "repayments be", "payments be", "本金和利息", "每个月的本金", "每月的本金", "每期本金", "每期利息", "月供多少", "月供是多少", "月供大概", "月供要多少", "月供怎么算", "月供是怎么", "算月供", "算一下月供", "计算月供", "每月还多少", "每个月还多少", "每月要还多少", "每个月要还多少", "每月还款多少", "每月还款额", "月还款额", "每期还多少", "每期要还", "月缴多少", "每月缴", "每个月缴", "月付多少", "每月供", "供几多", "还款额是多少", "还款额多少", "还款计划", "还款明细", "还款表", "还款清单", "怎么算的", "怎么算出来", "总利息", "利息一共", "一共要还", "总共要还", "总共还", "利息多少", "多少利息", "要付多少利息", "每月利息", "每个月利息", "月供", "monthly payment", "monthly repayment", "monthly installment", "monthly instalment", "monthly interest", "repayment schedule", "repayment plan", "payment schedule", "amortization", "amortisation", "how much per month", "how much a month", "how much each month", "how much every month", "how much monthly", "what would i pay", "what would my payment", "payments look like", "what will i pay", "total interest", "how much interest", "interest cost", "calculate", "还款时间表", "时间表", "供款表", "还款日程", "goes to interest", "interest versus principal", "interest vs principal", "interest and principal", "principal and interest", "breakdown of each payment", "split between interest", "the installments", "installments be", "what are the installments", "what are the repayments", "what are the payments", "what would the installments", "break down", "breakdown", "month by month", "month-by-month", "break it down", "interest part", "principal part", "的明细", "每一期还多少", "每一期的本金", "每一期的利息", "每期的本金", "每期的利息", "每月要缴", "每个月要缴", "每月要供", "每个月要供", "每月要付", "每个月要付"}
	cueFAQTopic       = []string{"app", "网银", "手机银行", "银行卡", "贷款产品", "有哪些贷款", "利率是多少", "利率多少", "现在利率", "products", "do you offer", "what kind of loan", "what types of loan", "利率现在是多少", "利率现在多少", "现在利率是多少", "利率目前是多少", "利率目前多少", "利率大概多少", "利率一般多少"}
	cueGoodbye        = []string{"先挂了", "我先挂", "挂了啊", "问到这", "就问到这", "有问题再找", "有问题再问", "回头有问题", "没别的事", "没其他事", "没什么事了", "不聊了", "先不聊", "去忙了", "我去忙", "忙去了", "再见", "拜拜", "没有问题了", "没问题了", "没其他了", "goodnight", "cya", "ttyl", "laters", "byebye", "bye-bye", "that'll be all", "that will be all", "all done", "i'm done", "we're done", "下次见", "回头见", "回见", "就这样", "那就这样", "先这样", "就这样吧", "就到这里", "没有其他问题", "没其他问题", "没别的问题", "没别的了", "没事了", "就这些", "先忙了", "我先忙", "回头再聊", "改天再聊", "下次再聊", "结束对话", "结束会话", "结束聊天", "下线了", "先下了", "先走了", "晚安", "再会", "bye", "goodbye", "see you", "that's all", "that is all", "have a nice day", "have a good day", "have a good evening", "have a nice evening", "have a good night", "good night", "have a great day", "have a good weekend", "have a nice weekend", "that's everything", "that is everything", "that's it for today", "我先撤了", "先撤了", "下次聊", "就聊到这", "talk later", "talk to you later", "catch you later", "gotta go", "got to go", "signing off", "end the chat", "end chat", "end this chat", "nothing else", "no more questions", "take care", "回头再联系", "回头联系", "有事再联系"}
	cueThanks         = []string{"谢谢", "感谢", "多谢", "谢啦", "谢了", "辛苦了", "麻烦你了", "服务真不错", "服务很好", "服务不错", "真不错", "太好了", "很满意", "满意", "点赞", "给力", "好评", "真棒", "很棒", "感恩", "唔该", "thank", "thanks", "thx", "ty", "appreciate", "cheers", "great service", "excellent", "awesome", "helpful", "good job", "well done", "thnks", "thnx", "thanx", "tks", "thank u", "thankyou", "辛苦你们", "辛苦你了", "辛苦晒"}
	cueGreeting       = []string{"anyone about", "anybody about", "anyone around", "在的吗", "在不在", "有人在", "你好", "您好", "你们好", "大家好", "嗨", "哈喽", "哈啰", "哈罗", "喂", "在吗", "在么", "有人吗", "有人在吗", "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "早晨", "午安", "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening", "good day", "greetings", "howdy", "yo", "有冇人喺度", "有冇人", "有人喺度", "喺唔喺度", "打个招呼", "打声招呼", "first time using", "in the right place"}
	cueAck            = []string{"好的", "好嘅", "明白了", "明白", "知道了", "了解了", "懂了", "收到", "嗯嗯", "ok", "okay", "got it", "understood", "noted", "alright", "sounds good", "i see", "makes sense"}
	cueDomain         = []string{"application", "贷", "债", "借款", "银行卡", "账户", "account", "还款", "月供", "供款", "利率", "利息", "银行", "征信", "逾期", "本金", "额度", "信用卡", "抵押", "按揭", "放款", "公积金", "首付", "担保", "lpr", "loan", "mortgage", "bank", "interest", "repay", "payment", "installment", "instalment", "credit", "borrow", "debt", "rate", "repricing", "collateral", "default", "equal principal", "equal installment", "repayment", "联征", "缴款", "p按", "h按", "验证码", "verification code", "otp", "登录", "登入", "扣款", "提醒短信", "reminder"}
)

// cueNearMiss before an offer in its clause says it was not taken up.
var cueNearMiss = []string{"差点", "差一点", "差啲", "险些", "本来想", "原本想", "almost", "nearly"}

// cueTrueQuestion asks whether a claim is true.
var cueTrueQuestion = []string{"是真的吗", "是不是真的", "is it true", "is that true", "is this true"}

// paperNoun are policy nouns that ask only in a sentence that asks ("the
// fees are steep. Could I extend…" asks for the extension).
var paperNoun = map[string]bool{"paperwork": true, "documents": true, "document": true, "statement": true, "statements": true, "房本": true, "房产证": true, "产权证": true, "年纪大": true}

// contextNoun are policy nouns a story names on the way ("the fees are
// steep", "almost got hit with a late fee"): in a sentence that asks
// nothing, they yield to a service asked in another sentence.
var contextNoun = map[string]bool{"影响征信": true, "fee": true, "fees": true, "penalty": true, "penalties": true, "branch": true, "proof of": true, "certificate": true, "预约": true, "要预约": true}

// cueDomainAsk are loan words that make a greeting's message a question.
var cueDomainAsk = []string{"loan", "mortgage", "repay", "payment", "rate", "贷", "还款", "月供", "利率"}

// serviceAskedElsewhere reports a service asked for in a sentence other
// than the one holding i.
func serviceAskedElsewhere(t *text, i int) bool {
	si := t.sentenceStart(i)
	return serviceCueAt(t, func(k int) bool { return t.sentenceStart(k) != si && t.sentenceAsks(k) })
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

// procedureCue asks how a service is carried out; with a stated figure
// (an amount, a term, a day) it is the borrower's own request.
// cueWish states what the borrower wants done (我想一次性结清); what
// follows a wish to ask or know (我想问问, I'd like to know) is a question.
var (
	cueWish      = []string{"我想", "我要", "想把", "想申请", "打算", "准备", "决定", "i want to", "i'd like to", "i would like to", "i need to", "i wanna", "想改", "想换", "想调", "想转", "想延", "想提前", "想一次", "想早点", "想尽快", "不如改", "不如换", "打算改", "打算换", "还是想", "我还是想", "i'd still like", "只是想", "纯粹想", "want to put", "want to pay", "want to clear", "want to prepay", "wanna prepay", "want to settle", "want to extend", "want to switch", "想一次性", "想全部", "想结清", "想还清"}
	cueWishToAsk = []string{"问", "了解", "咨询", "知道", "打听", "确认", "看看", "ask", "know", "find out", "check", "understand"}
)

// ownWish reports a wish of the borrower's to have something done, not
// negated and not a wish to ask.
func ownWish(t *text) bool {
	for c, i := range t.matches(cueWish) {
		if !wishToAsk(t, c, i, len(t.s)) && !negatedAt(t, i, c) {
			return true
		}
	}
	return false
}

// wishToAsk reports whether the wish c at i, read up to end, is a wish to
// ask or know (我想问问, I'd like to know), not to have something done.
func wishToAsk(t *text, c string, i, end int) bool {
	return hasPrefixAny(strings.TrimLeft(t.s[i+len(c):end], " 一下先"), cueWishToAsk)
}

var procedureCue = map[string]bool{"网点": true, "预约": true, "可以在手机银行": true, "能在手机银行": true, "在app上办": true, "在app上申请": true, "在网上申请": true, "网上可以办": true, "can i do it online": true, "can i do it in the app": true, "can i apply online": true, "can i apply in the app": true, "怎么操作": true, "如何操作": true, "怎么办理": true, "如何办理": true, "怎样办理": true, "怎么做": true, "点样做": true, "点样办": true, "要点样": true, "what's the process": true, "what is the process": true, "procedure": true, "how do i go about": true}

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
var cueDone = []string{"供咗未", "扣咗未", "还咗未", "交咗未", "过咗数未", "划走了没", "划走了吗", "扣走了没", "扣走了吗", "扣了没有", "扣了没", "划扣了吗", "划了没", "扣掉了吗", "扣掉了没", "办好了没", "办好了吗", "办完了没", "办完了吗", "处理好了吗", "处理好了没", "入账了吗", "入账了没", "到账了吗", "到账了没", "生效了吗", "生效了没", "been processed", "was it processed", "has it gone through", "did it go through", "有没有正常扣", "正常扣款了吗", "扣款成功了吗", "有没有扣款", "扣款了没有", "正常扣款", "是不是已经显示", "是否已经显示", "显示全部结清", "显示已经结清"}

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

// cuePhoneWord, with 换 in a clause of its own before the due date is
// named, is a phone or a card changed.
var cuePhoneWord = []string{"手机", "号码", "电话", "卡", "地址", "phone", "number", "address"}

// cueRepricingDay names the day the rate is reset, which is not the due day.
var cueRepricingDay = []string{"重定价日", "重新定价日", "重定价的日子", "repricing date", "repricing day", "reset date"}

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
				if c2, j := t.firstOfIn(t.sentenceStart(i), t.sentenceEndAfter(i+len(c)), cueDueDateVerb); j >= 0 && !(j < i && c2 == "换" && t.clauseStart(j) != t.clauseStart(i) && t.hasIn(t.clauseStart(j), t.clauseEndAfter(j), cuePhoneWord)) {
					// (我换了新手机号，顺便问下这个月还款日是哪天: the phone changed)
					return c + "+" + c2, true
				}
			}
			return "", false
		},
		func(t *text, ms []mention) (string, bool) {
			if !hasDay(ms) || t.has(cueRepricingDay) {
				return "", false // (重定价日能不能从每年1月1日改成放款日: the rate's day, not the payment's)
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
			if c, i := t.firstOf(cueEarly); near(t, cueEarly, cueSettle, 3) && !disclaimed(t, c, i) {
				return "提前+还", true
			}
			return "", false
		},
		func(t *text, _ []mention) (string, bool) {
			// "pay my car loan off", "pay the rest off"
			for c, i := range t.matches(cuePayVerb) {
				if c != "pay" || disclaimed(t, c, i) {
					continue
				}
				e := min(t.clauseEndAfter(i+len(c)), i+len(c)+24)
				if _, j := t.firstOfIn(i+len(c), e, cueOff); j >= 0 {
					return "pay…off", true
				}
			}
			return "", false
		},
		sumRepaidNow,
		func(t *text, _ []mention) (string, bool) {
			// "pay 50,000 early", "pay off 50,000 ahead of schedule"
			if c, i := t.firstOf(cuePayVerb); i >= 0 && !disclaimed(t, c, i) {
				if c2, j := t.firstOfIn(i, len(t.s), cuePayEarly); j >= 0 {
					return c + "…" + c2, true
				}
			}
			return "", false
		},
	)))},
	{"lpr_impact", IntentLPRImpact, firstMatch(lprOnOwnLoan, rateMoved)},
	{"term_extension", IntentTermExtension, firstMatch(anyCue(cueExtension), func(t *text, _ []mention) (string, bool) {
		if near(t, cueTermWord, cueLonger, 8) {
			return "term+longer", true
		}
		return "", false
	}, addTime)},
	{"quota_trial", IntentQuotaTrial, func(t *text, ms []mention) (string, bool) {
		if near(t, cueCanIGet, cueBorrowWord, 8) {
			return "can I get+loan", true // "Could I get a 200k consumer loan over 3 years?"
		}
		for c, i := range t.matches(cueQuota) {
			if !serviceCueHere(t, c, i) || limitTold(t, c, i) {
				continue
			}
			if c == "试算" && scheduleWithFigures(t, ms) {
				return "", false // 我也想试算：贷八百万、二十年、年利率2.1%，每月要缴多少: the schedule
			}
			return c, true
		}
		return "", false
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
	}, func(t *text, ms []mention) (string, bool) {
		// "Remind me what my monthly installment is right now", 我这个月房贷
		// 要还多少: the borrower's own payment due, looked up, not computed
		if hasFigure(ms) {
			return "", false
		}
		if near(t, cueMyPayment, cuePaymentNow, 8) {
			return "my payment+now", true
		}
		if near(t, cueThisMonth, cueHowMuchPay, 6) {
			return "this month+还多少", true
		}
		if c, i := t.firstOf(cueCurrentLoan); i >= 0 && t.has(cueInstalmentWord) {
			return c + "+instalment", true // "the monthly installment on my current loan"
		}
		return "", false
	}, func(t *text, _ []mention) (string, bool) {
		// 我今天是来问还款日的，我的是几号？: the borrower's own due day looked up
		for c, i := range t.matches(cueDueDayNoun) {
			if w, j := t.firstOfIn(i+len(c), t.sentenceEndAfter(i+len(c)), cueWhichDate); j >= 0 && t.sentenceAsks(j) {
				return c + "+" + w, true
			}
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
		if _, ok := calcFigures(ms); ok && !t.has(cueIncomeWord) && !borrowWished(t, ms) {
			return "", false // "borrow 60k for 3 years at 4.2%": the schedule's figures
		}
		for c, i := range t.matches(cueQuotaWeak) {
			if !t.voided(c, i) && t.whose(c, i) != ownOther && !t.hasIn(t.clauseStart(i), i, cueSibling) {
				return c, true // (not 老来找我借钱, nor 我同事在好几个网贷平台借钱, nor 我兄弟在网贷上借钱)
			}
		}
		return "", false
	}},
}

// borrowWished reports a wish to borrow a sum over a term told and
// nothing more, no rate and no payment asked: 想再借50万周转，分三年还
// asks whether it can be had.
func borrowWished(t *text, ms []mention) bool {
	if !t.has(cueBorrowWish) || t.has(cueSchedule) || near(t, cuePerMonth, cueHowMuchPay, 6) || t.has(cueHowMuch) {
		return false
	}
	return !slices.ContainsFunc(ms, func(m mention) bool { return m.kind == kindPercent })
}

var (
	cueBorrowWish = []string{"想借", "想再借", "想贷", "想再贷", "want to borrow", "would like to borrow", "i'd like to borrow", "looking to borrow"}
	cueHowMuch    = []string{"多少", "几多", "how much", "what would"}
)

// cuePerMonth and cueHowMuchPay, a few runes apart, ask what each month
// costs.
var (
	cuePerMonth   = []string{"每月", "每个月", "一个月", "月均"}
	cueHowMuchPay = []string{"还多少", "供多少", "缴多少", "付多少", "交多少", "还几多", "供几多", "缴几多", "交几多"}
)

// cuePlan asks for the plan itself; it beats a status word told on the way
// (已经还了十一期…想看一下完整的还款计划).
var cuePlan = []string{"还款计划", "还款明细", "还款表", "还款计划表", "完整的还款", "repayment schedule", "payment schedule", "amortization", "amortisation", "repayment plan", "payment plan"}

// cueMyLoan and cueRateAsk: the rate of the borrower's own loan, asked.
var (
	cueMyPayment  = []string{"my monthly payment", "my monthly installment", "my monthly instalment", "my installment", "my instalment", "my emi", "my monthly repayment", "my repayment amount", "my payment amount"}
	cuePaymentNow = []string{"right now", "currently", "at the moment", "at present", "these days", "now"}
	cueThisMonth  = []string{"这个月", "本月", "下个月", "这期", "下期"}
	cueMyLoan     = []string{"我的", "我那笔", "我这笔", "我家", "我现在的", "我目前的", "我房贷", "我车贷"}
	cueRateAsk    = []string{"利率是多少", "利率多少", "利率是几", "执行的利率", "执行利率"}
)

// cueHowDoes before "work" asks how a service works, not for it.
var cueHowDoes = []string{"how does", "how do", "how would"}

// cueCurrentLoan and cueInstalmentWord: the payment of the loan the
// borrower has, looked up.
var (
	cueCurrentLoan    = []string{"my current loan", "my existing loan", "my current mortgage", "my existing mortgage", "my current car loan", "the loan i have now", "the loan i have with you"}
	cueInstalmentWord = []string{"installment", "instalment", "monthly payment", "emi", "repayment amount"}
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

// lprOnOwnLoan fires on the LPR unless it is asked about as such.
func lprOnOwnLoan(t *text, ms []mention) (string, bool) {
	if _, ok := lprAsSuch(t, ms); ok {
		return "", false
	}
	return anyCue(cueLPR)(t, ms)
}

// lprAsSuch fires on a question about the LPR itself, with no loan or
// payment of the borrower's in sight and no move of it told: 固定利率的
// 贷款会不会受LPR调整的影响, "who publishes the LPR" ask about the rate,
// not for sums on a loan.
func lprAsSuch(t *text, ms []mention) (string, bool) {
	c, ok := anyCue(cueLPR)(t, ms)
	if !ok || c != "lpr" || t.has(cueLPROwn) && !meaningAsked(t) || findBP(t.rs, ms) != nil || !asks(t) {
		return "", false
	}
	return c, true
}

// meaningAsked reports a question what words mean, even the words of the
// borrower's own contract ("what does 'LPR minus 30 basis points' in my
// contract mean"); "what does the cut mean for my payment" asks the sum.
func meaningAsked(t *text) bool {
	for c, i := range t.matches(cueMeaning) {
		if c != "mean" || !hasPrefixAny(t.s[i+len(c):], []string{" for", " to me", " to us", " in yuan", " in money"}) {
			return true
		}
	}
	return false
}

var cueMeaning = []string{"mean", "什么意思", "啥意思", "咩意思", "即系点计", "怎么理解", "点理解"}

// cueLPROwn puts the borrower's own loan or payment beside the LPR.
var cueLPROwn = []string{"我", "俺", "咱", "本人", "my", "mine", "i", "i'd", "i'm", "we", "our", "me", "月供", "供款", "月付", "还款额", "房贷", "车贷", "楼按", "payment", "payments", "emi", "instalment", "installment", "少还", "多还", "省", "save", "mortgage"}

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
// hasCalcFigures reports a loan's figures a schedule can be worked from.
func hasCalcFigures(ms []mention) bool {
	_, ok := calcFigures(ms)
	return ok
}

// scheduleWithFigures reports a schedule asked for with a loan's figures.
func scheduleWithFigures(t *text, ms []mention) bool {
	if _, ok := calcFigures(ms); !ok {
		return false
	}
	if !slices.ContainsFunc(ms, func(m mention) bool { return m.kind == kindMonths }) && statedRate(t, ms) == nil {
		return false // 全员降薪30%…房贷月供5600: a cut and a payment, no loan's rate
	}
	for _, i := range t.matches(cueSchedule) {
		if !othersSaying(t, i) {
			return true
		}
	}
	return false
}

// unlessScheduleFigures leaves a loan's figures and a schedule asked for to
// the calculator: "borrow 1.2m over 20 years at 3.3%… they prefer equal
// installments… lay out the monthly amount" names a method, it does not
// ask to change one.
func unlessScheduleFigures(f func(*text, []mention) (string, bool)) func(*text, []mention) (string, bool) {
	return func(t *text, ms []mention) (string, bool) {
		if scheduleWithFigures(t, ms) && !changeAskedLast(t, ms) {
			return "", false
		}
		return f(t, ms)
	}
}

// changeAskedLast reports a change to a named method asked after every
// figure of the message (…一年学费十五万，想把还款方式改成等额本息，可以吗):
// the figures are the story, the change is the ask.
func changeAskedLast(t *text, ms []mention) bool {
	_, j := t.lastOfIn(0, len(t.s), cueChangeVerb)
	if j < 0 || targetMethod(t) == "" {
		return false
	}
	for _, m := range ms {
		if int(t.offs[m.start]) > j && (isAmount(m) || m.kind == kindMonths || m.kind == kindPercent) {
			return false
		}
	}
	ss, se := t.sentenceStart(j), t.sentenceEndAfter(j)
	return t.asksIn(ss, se) && !t.hasIn(ss, se, cueHowMuch) // (想改成等额本息的话每月还多少: the schedule asked)
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

// cueOverAfter right after the settling cue closes it (还清了, 还清注销了).
var cueOverAfter = []string{"了", "晒", "注销", "并注销", "销户"}

var cueOver = []string{"早就", "早已", "已经", "早都", "都已", "去年", "前年", "之前", "以前", "上个月", "上月", "前几天", "前阵子", "前段时间"}

// cuePaidOff says a loan is already settled; with a status question it is
// no request to prepay.
var cuePaidOff = []string{"just paid off", "already paid off", "i've paid off", "i have paid off", "have paid off", "finished paying", "just cleared", "already cleared", "刚还清", "刚结清", "已经结清", "已经还清", "已经全部结清", "已经全部还清", "全部结清了", "早就结清", "paid it off"}

// prepayOver reports whether every occurrence of the cue c is a
// settlement already made (早就全部还清了).
func prepayOver(t *text, c string) bool {
	n := 0
	for i := strings.Index(t.s, c); i >= 0; {
		if rest := t.s[i+len(c):]; !hasPrefixAny(rest, cueOverAfter) || !t.hasIn(t.tailStart(t.clauseStart(i), i, 4), i, cueOver) {
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

// sumRepaidNow reads a sum repaid at once ("what does my payment drop to if
// I repay 100,000 now?"): a lump sum paid back ahead, not the instalment.
func sumRepaidNow(t *text, ms []mention) (string, bool) {
	for c, i := range t.matches(cueRepayVerb) {
		if t.hasIn(t.clauseStart(i), i, cueOnlyPart) {
			continue
		}
		from := i + len(c)
		for _, m := range ms {
			a, b := int(t.offs[m.start]), int(t.offs[m.end])
			if !isAmount(m) || a < from || a-from > 3 {
				continue
			}
			// (the clause ends after the sum: its thousands comma is a mark)
			if w, k := t.firstOfIn(b, t.clauseEndAfter(b), cueAtOnce); k >= 0 && k-b <= 2 {
				return c + " sum " + w, true
			}
		}
	}
	return "", false
}

// eligibilityAsked reads whether someone in a situation may borrow at all,
// no sum to try (个体户可以申请贷款吗, "Can I still get a loan if I'm
// self-employed?"): a policy question, where a wish or a figure is the
// quota trial.
func eligibilityAsked(t *text, ms []mention) (string, bool) {
	if hasFigure(ms) || t.has(cueQuota) {
		return "", false // (自由职业的能贷款吗，大概能贷多少: the sum asked too)
	}
	for c, i := range t.matches(cueMayBorrow) {
		if !t.clauseAsks(i, i+len(c)) {
			continue
		}
		if k, j := t.firstOf(cueEligibility); j >= 0 {
			return c + "+" + k, true
		}
	}
	for c, i := range t.matches(cueAffected) {
		// 去年断供了两个月，现在都补上了，再申请贷款会受影响吗
		if a, k := t.lastOfIn(t.clauseStart(i), i, cueApplyWord); k >= 0 && t.clauseAsks(i, i+len(c)) {
			return a + "+" + c, true
		}
	}
	return "", false
}

// cueMayBorrow asks whether one may borrow; cueEligibility is the situation
// that makes it a question of eligibility.
var (
	cueMayBorrow   = []string{"能贷款吗", "可以贷款吗", "能申请贷款吗", "可以申请贷款吗", "能贷吗", "可以贷吗", "能不能贷款", "可不可以贷款", "能不能申请贷款", "get a loan", "qualify for a loan", "be approved for a loan", "apply for a loan", "get a mortgage", "qualify for a mortgage"}
	cueAffected    = []string{"会受影响", "受影响吗", "会不会受影响", "有影响吗", "会有影响", "有没有影响", "影响大吗"}
	cueApplyWord   = []string{"申请", "再贷", "再借", "审批", "批贷", "以后贷款", "再办贷款"}
	cueEligibility = []string{"还能", "还可以", "still", "if i'm", "if i am", "if you're", "个体户", "自由职业", "self-employed", "freelance", "freelancer", "退休", "retired", "没有工作", "没工作", "没有社保", "没社保", "冇社保", "冇工作", "冇份工", "没有流水", "没流水", "外地户口", "foreigner", "bad credit", "逾期记录", "without payslips", "without a payslip", "no payslips"}
)

// hassleForService reports a mere inconvenience told as the reason for a
// change to the loan asked with its figure (…每次都要提前转钱过来，挺不方便
// 的。能不能把还款日往后调到每月28号？): the change, not a complaint.
func hassleForService(t *text, ms []mention, c string) bool {
	if !isCue(c, cueHassle) {
		return false
	}
	r, _, ok := serviceFor(t, ms)
	return ok && reliefService[r.intent] && len(extractSlots(t.rs, t, r.intent, ms).Map()) > 0
}

// cueHassle are grievances that only say something is inconvenient.
var cueHassle = []string{"挺不方便", "不方便", "很不方便", "好麻烦", "挺麻烦", "有点麻烦", "很麻烦", "太麻烦", "inconvenient", "a hassle", "a pain"}
