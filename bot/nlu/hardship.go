package nlu

import (
	"strings"
	"unicode/utf8"
)

// Hardship: the borrower's own plight, and when it is only the reason for a
// service asked.

// hardshipRule is one kind of hardship the borrower reports.
type hardshipRule struct {
	name string
	cues []string
}

var hardshipRules = []hardshipRule{
	{"job_loss", []string{"retrenched", "retrenchment", "被优化", "被公司优化", "优化掉", "my last day at work", "my last day at the company", "my last day on the job", "失业", "失咗业", "被裁", "裁员", "裁了", "丢了工作", "丢工作", "工作丢了", "工作没了", "没了工作", "没工作了", "冇咗份工", "冇工开", "下岗", "被开除", "被辞退", "辞退了", "被解雇", "解雇了", "被炒", "炒鱿鱼", "丢了饭碗", "饭碗没了", "待业", "失去工作", "公司倒闭", "公司关门", "公司解散", "找不到工作", "没找到工作", "打零工", "lost my job", "lost our jobs", "lose my job", "lose our jobs", "get laid off", "get fired", "become unemployed", "laid off", "let go", "unemployed", "got fired", "been fired", "was fired", "lost job", "out of work", "made redundant", "been made redundant", "no job", "job loss", "between jobs", "lost my position", "lost his job", "lost her job", "lost their job", "炒咗鱿鱼", "畀公司炒", "被公司炒", "资遣", "被资遣", "遣散", "layoff", "laid-off", "contract was terminated", "contract terminated", "contract has been terminated", "got terminated", "been terminated", "was terminated", "裁咗", "畀公司裁", "company shut down", "company closed down", "company went under", "company went bust", "firm shut down", "不用来上班了", "不用再来上班", "叫我不用来了", "让我明天不用来", "walked me out", "escorted me out", "box of my things", "told me not to come back", "don't need to come in anymore", "名单上也有我", "名单里有我", "整个被撤", "部门被撤", "i worked at closed", "where i worked closed", "place i worked closed", "i worked for closed", "老板跑路了", "老板都跑路", "老板跑路", "公司收掉了", "公司突然收掉"}},
	{"income_drop", []string{"没工资了", "没有工资了", "活少", "活儿少", "接不到活", "降薪", "工资降", "工资被砍", "工资砍了", "砍工资", "砍了工资", "薪水被砍", "薪水砍了", "收入被砍", "收入砍了", "人工被砍", "被砍薪", "工资被扣了一半", "工资少了一半", "收入少了一半", "减薪", "收入减少", "收入大幅减少", "收入下降", "收入降", "收入少了", "收入锐减", "收入大减", "收入腰斩", "收入没了", "没有收入", "没收入", "冇收入", "没什么收入", "没啥收入", "没多少收入", "没发工资", "工资没发", "发不出工资", "工资发不出", "拖欠工资", "欠薪", "停薪", "工资减半", "工资打折", "打了对折", "打对折", "打了五折", "打五折", "只发基本工资", "只发最低工资", "只发生活费", "停发", "到手少了", "少发", "绩效没了", "奖金没了", "没进账", "没有进账", "进账都没有", "一分钱进账", "断了收入", "pay cut", "salary cut", "income drop", "income falls", "income goes down", "income went down", "pay was cut", "pay was slashed", "pay slashed", "salary was cut", "income dropped", "income has dropped", "income fell", "income halved", "reduced income", "no income", "lost income", "hours cut", "hours were cut", "hours got cut", "earning way less", "earning much less", "reduced hours", "commission dried up", "earning less", "not getting paid", "haven't been paid", "hasn't paid us", "只发了一半", "只发一半", "发了一半", "没活干", "没活做", "没有活干", "冇嘢做", "cut my salary", "cut my pay", "cut our pay", "cut our salaries", "cut my wages", "slashed my salary", "slashed my pay", "reduced my salary", "reduced my pay", "salary reduced", "salary has been cut", "pay has been cut", "salary was reduced", "pay was reduced", "cut my hours", "cut our hours", "salary got cut", "pay got cut", "人工少咗", "人工少了", "减人工", "减咗人工", "减咗我", "人工减", "少咗人工", "开唔到工", "cut everyone's salary", "cut everyone's pay", "cut all our salaries", "cut salaries", "cut wages", "pay cuts", "salary cuts", "被降薪", "工资给降", "工资被降", "降了三成", "较以前减少", "比以前少", "比以前减少", "少了不少", "减少不少", "大不如前", "不如以前", "砍了三成", "砍了一半", "砍了两成", "直接砍", "被砍了", "不发了", "cut back to part-time", "part-time now", "no paycheck", "had no paycheck", "no pay coming in", "没有薪水进来", "没薪水", "没有薪水"}},
	{"illness", []string{"住院", "住了院", "病咗", "手术", "重病", "大病", "生病", "生了病", "病了", "病倒", "得了病", "确诊", "癌", "肿瘤", "白血病", "中风", "治病", "看病", "医药费", "医疗费", "化疗", "透析", "icu", "车祸", "受伤", "骨折", "瘫痪", "去世", "过世", "in hospital", "hospitalized", "hospitalised", "surgery", "cancer", "sick", "illness", "passed away", "accident", "diagnosed", "get sick", "fall ill", "got sick", "chemo", "medical bills", "stroke", "injured", "住紧院", "住紧医院", "入咗院", "入院", "入咗医院"}},
	{"business_distress", []string{"营业额比去年少", "营业额少了", "货款一直收不回", "一直收不回来", "客流掉", "客流少了", "货款收不回", "货款也收不回", "cash-flow crunch", "cash flow crunch", "cash crunch", "生意跌", "订单砍", "订单被砍", "发不出工资", "工资发不出", "工资都发不出", "工资都快发不出", "生意好淡", "生意淡", "蚀钱", "蚀紧钱", "蚀本", "生意不好", "生意不太好", "生意不怎么好", "生意难做", "生意很差", "生意差", "生意不景气", "生意冷清", "没生意", "生意失败", "生意亏", "生意垮", "生意一落千丈", "订单掉", "订单少", "订单减少", "订单大减", "订单全取消", "订单取消", "取消订单", "订单被取消", "没有订单", "没订单", "压了一堆货", "压货", "库存积压", "货卖不出去", "卖不出去", "滞销", "停产", "停工", "停业", "歇业", "关店", "店关了", "店铺关", "网店被封", "店被封", "被平台封", "资金链", "周转不开", "周转不过来", "周转困难", "周转不灵", "应收账款收不回", "应收账款回不来", "款收不回", "收不回来", "回款难", "亏损", "亏本", "亏钱", "亏了", "亏得", "亏惨", "亏大了", "赔钱", "生意赔了", "赔本", "倒闭", "破产", "经营困难", "经营不善", "开不下去", "做不下去", "business is failing", "business failed", "business is struggling", "business went under", "went under", "went bust", "cash flow", "bankrupt", "orders dropped", "orders were cancelled", "orders were canceled", "orders cancelled", "lost our biggest", "lost its biggest", "lost my biggest", "biggest customer", "biggest client", "largest customer", "largest client", "biggest clients", "biggest customers", "receivables", "公司倒了", "厂倒了", "店倒了", "公司倒闭", "halted production", "stopped production", "shut down my", "closed my business", "had to close", "sales collapsed", "sales dropped", "revenue dropped", "customers stopped paying", "unpaid invoices", "revenue is down", "revenue down", "sales are down", "sales down", "orders dried up", "orders have dried up", "dried up", "没办法营业", "没法营业", "无法营业", "不能营业", "营业不了", "开不了门", "can't open", "had to shut", "单子掉", "单子少", "接单少", "营业额掉", "营业额下降", "营业额少", "营业额跌", "生意超差", "生意好差", "生意很淡", "营收掉", "营收下降", "takings are down", "takings down", "takings have dropped", "been dead", "business is dead", "business has been dead", "no customers", "资金转不开", "钱转不开", "生意惨淡", "惨淡", "生意很惨", "no foot traffic", "barely opens", "barely open", "foot traffic", "没什么客人", "没客人", "门可罗雀", "冇客", "冇生意", "执笠", "执笠咗", "周转唔到", "周转唔掂", "货款唔还", "拖住啲货款", "收唔返", "数收唔返", "拖咗三个月数", "拖数"}},
	{"repayment_difficulty", []string{"晚两天", "晚一两天", "晚几日", "迟两天", "迟两日", "迟几日", "迟点还", "晚些还", "手头真的很紧", "手头很紧", "手头比较紧", "手头真的紧", "迟咗交", "迟咗供", "迟咗还", "到现在还没还", "到现在都没还", "到现在也没还", "还不上", "还不起", "没钱还", "没有钱还", "还不了", "还唔到", "付不起", "付不出", "交不起", "缴不起", "交不上", "拿不出", "凑不齐", "凑不够", "不够还", "钱不够", "跟不上", "无力还款", "无力偿还", "资金有点紧", "资金比较紧", "资金很紧", "资金太紧", "资金紧", "经济紧张", "经济有点紧", "钱有点紧", "钱很紧", "钱紧", "还款困难", "有点困难", "有啲困难", "有些困难", "有困难", "很困难", "没办法了", "真的没办法", "没辙了", "手头紧", "手头有点紧", "资金紧张", "经济困难", "只能还一部分", "只能先还一部分", "先还一部分利息", "晚点还", "晚几天", "迟几天", "宽限", "缓一缓", "缓几天", "撑不下去", "扛不下去", "撑不住", "熬不下去", "顶不住", "还不完", "还不清", "不知道怎么凑", "怎么凑", "凑不出", "没钱了", "没钱", "冇钱", "身无分文", "一分钱都没有", "生活费都没有", "can't afford", "cannot afford", "can't pay", "cannot pay", "can't make", "can't cover", "cannot cover", "unable to pay", "unable to make", "won't be able to pay", "struggling", "behind on", "fall behind", "falling behind", "fallen behind", "missed a payment", "missed my payment", "missed payments", "missed last month", "missed this month", "don't have the money", "dont have the money", "worried about making", "financial difficulty", "financial difficulties", "financial trouble", "financial hardship", "hardship", "a bit short", "short this month", "short on money", "money is tight", "tight on money", "pay late", "days late", "can't keep up", "single-income", "single income", "on one income", "mortgage is too much", "payments are too much", "loan is too much", "repayments are too much", "unpaid leave", "furloughed", "furlough", "factory closed", "shop closed", "piling up", "停薪留职", "无薪假", "money problems", "money troubles", "financial problems", "im broke", "broke this month", "in trouble", "might miss", "may miss", "will miss", "going to miss", "miss my next", "miss the next", "second job", "still not enough", "just to keep up", "struggle to keep up", "money's tight", "cash is tight", "finances are tight", "tight financially", "pay later", "pay it later", "pay a bit later", "pay a little later", "pay it a bit later", "pay a bit late", "pay a little late", "pay slightly later", "pay slightly late", "defer my payment", "defer a payment", "defer payment", "payment holiday", "pause my payments", "pause payments", "pause my loan", "skip a payment", "skip this month", "暂停还款", "停息挂账", "个性化分期", "协商还款", "延迟还款", "缓交", "缓缴", "先不还", "还一半", "stop working", "stopped working", "had to quit", "short every month", "short each month", "we're short", "i'm short", "come up short", "not enough to cover", "not enough money", "no way out", "i'm broke", "i am broke", "can't make ends meet", "paycheck to paycheck", "bills piling up", "drowning in debt", "in over my head", "没还了", "个月没还", "一直没还", "没还上", "没能还", "haven't paid", "haven't been able to pay", "couldn't pay", "could not pay", "到手就没了", "一到账就没了", "到账就没了", "入不敷出", "捉襟见肘", "揭不开锅", "钱不够用", "only pay part", "can only repay", "could only repay", "only able to repay", "only able to pay", "pay part of", "only pay some", "only pay half", "partial payment", "tight this month", "a bit tight", "tight on cash", "供不上", "供不起", "供唔起", "供唔上", "付不上", "缴不上", "唔够钱", "唔够还", "cant pay", "cant afford", "cant make", "迟缴", "缴不出", "付不出来", "还不出", "交不出", "晚缴", "手头超紧", "手头好紧", "手头紧张", "手头有些紧", "手头太紧", "只能先缴", "先缴一半", "只能先还", "先还一半", "只缴一半", "只能缴一半", "只能还一半", "供唔到", "交唔到", "畀唔到", "手头也紧", "手头也很紧", "手头也有点紧", "月供能不能先还一部分", "月供先还一部分", "这期先还一部分", "这个月先还一部分", "从哪里凑", "哪里凑", "去哪凑", "上哪凑", "去哪里凑", "不知道怎么还", "going to bounce", "will bounce", "nothing in that account", "nothing in my account", "no money in the account", "俾唔出", "畀唔出", "供唔出", "交唔出", "还唔出", "just isn't there", "the money isn't there", "money just isn't there", "只能先转", "先转一半", "只能转一半", "拿什么还", "不知道拿什么还", "拿什么来还", "怕是悬了", "月供悬了", "还款悬了", "这期悬了"}},
	{"intent_to_default", []string{"不想还", "不还了", "不打算还", "不会再还", "不再还", "停止还款", "停止还贷", "断供", "一分都不还", "一分钱都不", "爱怎么办怎么办", "爱咋咋", "随便你们", "你们看着办", "大不了", "黑了就黑了", "黑就黑", "赖账", "躺平", "won't see another payment", "take me to court if you like", "stopping my payments", "stopping payments", "stop my payments", "chase me all you like", "won't pay", "not going to pay", "refuse to pay", "not paying", "stop paying", "stopped paying", "come and get it", "do whatever you want", "walk away from", "going to default", "will default", "不缴了", "都不缴", "不交了", "不供了", "唔还了", "唔供了", "唔还", "要催就催", "要催就去催", "爱催就催", "done paying", "done with paying", "send it to collections", "not paying anymore", "no longer paying", "stop repaying", "不打算再还", "不准备还", "随便打", "爱打就打", "随便催", "not paying another cent", "not paying another penny", "not paying a cent more", "take the car", "take the house", "come take it", "不想再还", "不想再还了", "爱走什么流程"}},
	{"multi_debt", []string{"刷爆", "借不出来", "借不到钱", "拆东墙补西墙", "挖东墙补西墙", "东墙补西墙", "好几家网贷", "以贷养贷", "以卡养卡", "以贷还贷", "借网贷", "借了网贷", "好几个网贷", "好几个平台", "多个平台", "几个平台", "网贷平台", "好几张信用卡", "几张信用卡", "欠了很多钱", "负债累累", "债务缠身", "东拼西凑", "到处借钱", "multiple loans", "several loans", "payday loan", "maxed out", "several credit cards", "borrowing to repay", "borrow from one", "lending apps", "using one to pay", "平台的钱", "几家平台", "多家平台", "平台都有", "平台借", "to pay the other", "网贷借", "家网贷", "两个网贷", "三个网贷", "四个网贷", "几个网贷", "多个网贷", "家银行的信用卡", "几家银行", "为了还房贷", "为了还贷", "为了缴房贷", "为了还月供", "为了还你们", "borrowing from one", "to pay off the next", "to pay off another", "loan apps", "different apps", "multiple apps", "several apps", "juggling", "online loans", "several online loans", "碌爆", "借新还旧", "几间财务", "四间财务"}},
	{"collateral", []string{"查封", "查扣", "被扣押", "被法院", "被拍卖", "拍卖", "法拍", "抵押物被处置", "被冻结", "强制执行", "被执行", "收楼", "被收回", "seized", "foreclos", "repossess", "enforcement", "auction", "has frozen", "froze my", "frozen my", "court froze", "法院处置", "处置了", "申请法院", "sealed", "court has frozen", "been frozen by", "frozen by a court", "frozen by the court"}},
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
		reliefAsked,
	},
	{
		// 收入降了不少，打算拿存款提前还10万，把月供降下来: the same, with the
		// sum to prepay
		".with_cause",
		func(rule string) bool { return mildCause[rule] },
		func(r serviceRule) bool { return r.intent == IntentPrepayment },
		func(t *text, ms []mention, s Slots) bool { return s.PrepayAmount != nil && reliefAsked(t, ms, s) },
	},
	{
		// 工资被砍了三成…LPR降了以后我的月供到底能少多少: a mild cause, and an
		// LPR sum asked; 工资降了三成，帮我查一下房贷还剩多少本金: the
		// borrower's own loan looked up. The flag still reaches the note.
		".with_cause",
		func(rule string) bool { return mildCause[rule] },
		func(r serviceRule) bool { return r.intent == IntentLPRImpact || r.intent == IntentLoanStatus },
		func(t *text, _ []mention, _ Slots) bool { return mildAsked(t) },
	},
	{
		// 手上有好几个网贷在还，拆东墙补西墙的，在你们这还能贷多少: the debts
		// told, how much more there is room for asked
		".with_debts",
		func(rule string) bool { return rule == "multi_debt" },
		func(r serviceRule) bool { return r.name == "quota_trial" },
		func(t *text, _ []mention, _ Slots) bool {
			return onlyDebts(t) && !t.has(cueRelief) && t.has(cueQuota) && asks(t)
		},
	},
	{
		// "three credit cards and a payday loan… what's the remaining balance
		// on my mortgage?": the debts told, the borrower's own loan looked up
		".with_debts",
		func(rule string) bool { return rule == "multi_debt" },
		func(r serviceRule) bool { return r.intent == IntentLoanStatus },
		func(t *text, _ []mention, _ Slots) bool { return onlyDebts(t) && !t.has(cueRelief) && asks(t) },
	},
	{
		// 我爱人工资被砍了三成，现在家里主要靠我月入九千，还能贷多少: a mild
		// cause, and a quota trial on the pay there is
		".with_cause",
		func(rule string) bool { return mildCause[rule] },
		func(r serviceRule) bool { return r.name == "quota_trial" },
		func(t *text, _ []mention, s Slots) bool { return mildAsked(t) && s.MonthlyIncome != nil },
	},
	{
		// "I earn 26k a month and repay three online loans, 7,000 in total.
		// How much could you still lend me?": the debts are the trial's
		".with_debts",
		func(rule string) bool { return rule == "multi_debt" },
		func(r serviceRule) bool { return r.name == "quota_trial" },
		func(t *text, _ []mention, s Slots) bool { return onlyDebts(t) && s.MonthlyIncome != nil },
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

// reliefAsked reports a change to the loan asked with its figure (or the
// method wanted), no relief programme sought, and only a mild plight.
func reliefAsked(t *text, ms []mention, s Slots) bool {
	return !t.has(cueReliefAsk) && (hasFigure(ms) || s.Method != "") && onlyMild(t) && len(s.Map()) > 0
}

// mildAsked reports a question asked, no relief sought, and no plight but
// a mild one.
func mildAsked(t *text) bool { return !t.has(cueRelief) && asks(t) && onlyMild(t) }

// onlyDebts reports debts told without a payment missed or beyond reach.
func onlyDebts(t *text) bool {
	_, overdue := overdueNow(t)
	_, cannot := ownHardshipCue(t, hardshipRuleNamed("repayment_difficulty"))
	return !overdue && !cannot
}

// onlyMild reports whether every hardship the borrower reports is mild.
func onlyMild(t *text) bool {
	for _, h := range hardshipRules {
		if !mildCause[h.name] && !(h.name == "business_distress" && employersTrouble(t)) {
			if _, ok := ownHardshipCue(t, h); ok {
				return false
			}
		}
	}
	_, over := overdueNow(t)
	return !over
}

// ownHardship finds the first hardship the borrower reports as their own.
func ownHardship(t *text) (rule, cue string, ok bool) {
	for _, h := range hardshipRules {
		if h.name == "repayment_difficulty" && t.has(cueSystemFault) {
			continue // 你们的APP成日出错，还款都还唔到: our fault, not theirs
		}
		if h.name == "business_distress" && employersTrouble(t) {
			continue
		}
		if c, ok := ownHardshipCue(t, h); ok {
			return h.name, c, true
		}
	}
	return "", "", false
}

// employersTrouble reports a failing business that is the borrower's
// employer's: they say they work there and their pay was cut
// (我在外贸公司做业务，今年国外订单少了，公司给我们全员降薪三成), and name no
// business of their own. The plight is the pay cut.
func employersTrouble(t *text) bool {
	if !t.has(cueWorkThere) || t.has(cueOwnBusiness) {
		return false
	}
	_, ok := ownHardshipCue(t, hardshipRuleNamed("income_drop"))
	return ok
}

// cueWorkThere says the borrower works for someone; cueOwnBusiness names a
// business of their own.
var (
	cueWorkThere   = []string{"上班", "打工", "做业务", "做销售", "跑业务", "任职", "返工", "i work at", "i work for", "working at", "working for"}
	cueOwnBusiness = []string{"我开的", "我的店", "我的厂", "自己的公司", "自己开", "我家的店", "我间铺", "my shop", "my business", "my store", "my restaurant", "my factory", "our shop", "own business"}
)

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
var cueSibling = []string{"my bro ", "my bro,", "my sis ", "brother", "sister", "sibling", "哥哥", "弟弟", "姐姐", "妹妹", "我哥", "我弟", "我姐", "我妹", "兄弟", "姐妹", "细佬", "家姐", "阿哥", "细妹", "阿姐"}

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
var cueOthersAsk = []string{"代问", "帮他代问", "帮她代问", "让我帮忙问", "叫我帮忙问", "托我问", "他问", "她问", "帮他问", "帮她问", "替他问", "替她问", "帮朋友问", "他能不能", "她能不能", "他可以", "她可以", "一般会", "会怎么处理", "怎么处理", "有什么政策", "什么政策", "有什么帮助", "有什么办法", "有什么方案", "这种情况", "he asked", "she asked", "asked me to find out", "how banks", "what would the bank", "what does the bank", "what would you", "would you offer", "what options", "can he", "can she", "could he", "could she", "for him", "for her", "on his behalf", "on her behalf", "something like that", "that situation", "this situation", "he could", "she could", "is there any", "is there a", "help him", "help her", "佢问", "佢想问", "佢想知", "佢可唔可以", "叫我帮手问", "帮手问下", "帮佢问下", "佢叫我问", "叫我问下", "叫我帮佢问", "让我帮忙打听", "帮忙打听", "让我打听", "叫我打听", "帮他打听", "帮她打听", "佢问我", "他问我", "她问我", "替他打听", "替她打听", "他想问", "她想问", "他想知道", "她想知道", "he wants to know", "she wants to know"}

// othersHardship finds a question about hardship that is hypothetical,
// usual or someone else's ("万一失业了能延期吗", "朋友的工厂停产了，他问能不能
// 展期"): a policy question, whatever service it names.
func othersHardship(t *text) (string, int, bool) {
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
					return c, i, true
				}
			case ownOther:
				if c2, j := t.firstOf(cueOthersAsk); j >= 0 && asks(t) {
					return c + "+" + c2, i, true
				}
			}
		}
	}
	return "", -1, false
}

// cueRelief asks for the burden to be eased; with the borrower's own
// pressure it makes hardship.
var cueRelief = []string{"减轻", "缓解", "轻松一点", "松一点", "ease the burden", "ease the pressure", "some relief", "any relief", "lighten", "make it lighter", "lighter", "relief programme", "relief program", "relief scheme", "relief options", "relief", "调整还款安排", "调整还款计划", "what support", "support you offer", "what help", "what options", "有什么帮助", "有什么方案", "有什么办法", "缓一缓", "缓一下", "缓缓", "宽限"}

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
var cueHardshipWeak = []string{"扛不住", "吃不消", "压力太大", "压力大", "压力很大", "还款压力", "负担太重", "负担很重", "太难了", "好难", "好辛苦", "too much pressure", "can't cope", "stressed", "overwhelmed", "压力好大", "压力山大", "好大压力", "压力特别大", "压力非常大", "压力真的很大", "压力真大", "pressure is huge", "压力都很大", "压力都好大", "压力都大", "压力越来越大", "压力挺大", "压力比较大", "压力蛮大", "压力超大", "crushing me", "killing me", "weighing on me", "stressing me out", "stressing me", "吃力", "有点吃力", "很吃力", "好吃力", "扛不太住", "压力真的大", "压力实在大", "压力确实大", "压力贼大", "压力有点大", "压力真的好大", "压力实在太大", "压力也很大", "压力还是很大"}

// cueOverdue says a payment is late; cueOverdueSelf, shortly before it,
// that the borrower's is.
var (
	cueOverdue      = []string{"逾期", "overdue", "late on", "behind"}
	cueOverdueSelf  = []string{"肯定要", "怕是要", "快要", "估计要", "恐怕要", "我", "已经", "已", "i'm", "i am", "i've been", "is", "are", "my", "we're", "we are", "we've been"}
	cueOverdueQuery = []string{"话我", "讲我", "有没有", "有冇", "是否", "有无", "any", "zero", "记录", "record", "吗", "说我", "算我", "显示", "标记", "记成", "记了", "记咗", "报了", "says i", "shows", "marked", "is my", "am i", "are my", "have i", "showing", "whether", "anything", "nothing", "make sure"}
)

// overdueNow finds the borrower saying they are overdue (我已经逾期两期了),
// as opposed to asking what overdue means (逾期一天会上征信吗) or whether
// the record shows any (我有没有逾期记录).
func overdueNow(t *text) (string, bool) {
	if !t.overdueDone {
		// classify, onlyMild and the yields all ask; a message that repeats
		// 逾期 a thousand times is read once
		t.overdue, t.overdueDone = overdueNowOf(t), true
	}
	return t.overdue, t.overdue != ""
}

func overdueNowOf(t *text) string {
	for c, i := range t.matches(cueOverdue) {
		// The cheap test first: most mentions are not told as the
		// borrower's own overdue at all (a hostile text repeats one).
		window := 4
		if c[0] < utf8.RuneSelf {
			window = 24
		}
		a := t.tailStart(t.clauseStart(i), i, window)
		aft := headUntilSentenceEnd(t.s[i+len(c):], 8)
		if !t.hasIn(a, i, cueOverdueSelf) && !strings.Contains(aft, "了") {
			continue
		}
		if negatedAt(t, i, c) || t.hasIn(t.sentenceStart(i), i, cueHypothetical) {
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
		return c
	}
	return ""
}
