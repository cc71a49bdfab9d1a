package nlu

import (
	"strings"
	"unicode/utf8"
)

// Asking for a person: when a staff word is a request for one.

// Asking for a person. cueHandoff asks by itself; cueStaff names a person
// and asks only with a verb that reaches them (找客户经理, have my manager
// call me back), so "我要投诉那个客户经理" is not a request for one.
var (
	cueHandoff    = []string{"机器人回答不了", "机器人听不懂", "机器人没用", "不想跟机器", "not a bot", "not a robot", "talk to a real", "customer service please", "customer support please", "转人工", "人工客服", "人工服务", "人工坐席", "人工台", "人工", "真人", "活人", "坐席", "接线员", "找客服", "叫客服", "我要客服", "找你们经理", "找经理", "找个人", "转接", "帮我接", "给我接", "帮我转", "揾人", "real person", "human", "live agent", "live person", "live chat", "agent please", "representative", "operator", "talk to someone", "speak to someone", "speak with someone", "talk with someone", "talk to a person", "speak to a person", "talk to a", "speak with a", "speak to a", "connect me", "transfer me", "put me through", "someone real", "call me back", "have someone call", "get someone", "someone call me", "actual agent", "actual person", "actual human", "real agent", "human agent", "agent pls", "agent plz", "speak with an", "talk to an", "speak to an", "talk with an", "real staff", "a real staff member", "deal with a real", "deal with a person"}
	cueStaff      = []string{"主管", "领导", "负责人", "客户经理", "客服经理", "理财经理", "信贷经理", "经理", "专员", "专人", "工作人员", "客服人员", "服务人员", "柜员", "客服", "relationship manager", "account manager", "loan officer", "manager", "advisor", "adviser", "staff", "specialist", "banker", "someone", "a person", "officer", "english-speaking", "agent"}
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
		if negatedAt(t, i, c) || c == "人工" && isWage(t, i) || strings.HasSuffix(c, "转") && moneyMoved(t.s[i+len(c):]) {
			continue // (老婆帮我转了3000块过去: money moved, not a call passed on)
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
		if negatedAt(t, i, c) || t.voided(c, i) {
			continue
		}
		window := 8 // 帮我联系一下我的客户经理
		if c[0] < utf8.RuneSelf {
			window = 24
		}
		e := t.clauseEndAfter(i + len(c))
		if t.hasIn(t.clauseStart(i), i, cuePastTime) || hasPrefixAny(t.s[i+len(c):], cueMetBefore) || strings.Contains(t.s[t.tailStart(t.clauseStart(i), i, 5):i], "听") {
			// (听理财经理讲…: heard from them, not asking for them)
			continue // 上次柜员给我打印的还款计划表, 也跟客服沟通过: who did it then, not a person asked for
		}
		if t.hasIn(i+len(c), min(e, i+len(c)+20), cueExplainWhy) {
			continue // "I just want someone to explain why I got a late fee": the why is asked, not a person
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

// cueExplainWhy after a person asks why something happened.
var cueExplainWhy = []string{"explain why", "解释为什么", "解释一下为什么", "解释下为什么", "说明为什么"}

// cueMetBefore right after a person says the borrower already dealt with them.
var cueMetBefore = []string{"沟通过", "联系过", "说过", "聊过", "谈过", "反映过", "打过", "讲过"}

// isWage reports whether 人工 at i is Cantonese for wages (一份人工, 我人工
// 两万, 人工得一万), not a person.
func isWage(t *text, i int) bool {
	if t.voided("人工", i) {
		return true
	}
	before := t.s[t.tailStart(t.clauseStart(i), i, 1):i]
	if rest := t.s[i+len("人工"):]; before == "、" || hasPrefixAny(rest, []string{"成本", "费", "和", "仲", "高", "低", "多咗", "少咗"}) {
		return true // 扣掉房租、人工和食材成本: labour, a cost
	}
	return strings.Contains("份嘅的月我工加减扣涨成公婆佢他她咗了", before) && before != "" ||
		strings.HasPrefix(t.s[i+len("人工"):], "资") // 工人工资; 加人工, 减咗我三成人工: pay
}

// moneyMoved reports a transfer verb's object as money: 了, a figure or a
// money word right after 转 (帮我转了3000块, 帮我转点钱); 转一下 is still a call.
func moneyMoved(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '了' || r == '过' || isDigitRune(r) || hasPrefixAny(rest, []string{"钱", "点钱", "账", "帐", "款"})
}
