package borrower

import (
	"regexp"
	"slices"
	"strings"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
)

// menu is what the assistant can do, offered when it did not understand.
var menu = []reply.Choice{
	{Zh: "额度试算", En: "How much can I borrow?"},
	{Zh: "还款计划试算", En: "Repayment schedule", ZhAction: "帮我算月供"},
	{Zh: "查询我的贷款", En: "My loan", EnAction: "my loan status"},
	{Zh: "提前还款试算", En: "Prepayment"},
	{Zh: "LPR调整对我的月供有什么影响", En: "LPR impact on my loan"},
	{Zh: "转人工", En: "Talk to a person"},
}

func (tr *turn) greeting() reply.Msg {
	name := tr.t.Principal.Name
	zh, en := "您好！", "Hello!"
	if name != "" && tr.t.Principal.Role == "borrower" {
		zh, en = name+"，您好！", "Hello, "+name+"!"
	}
	return reply.Msg{
		Intent: intentGreeting,
		Zh:     zh + "我是贷款助手，可以帮您试算额度和月供，查询您的贷款，预览提前还款、展期、还款方式和还款日变更，以及 LPR 调整的影响。请问有什么可以帮您？",
		En:     en + " I'm the loan assistant. I can estimate how much you could borrow and your repayments, look up your loans, preview a prepayment, a term extension, a change of repayment method or due day, and show what an LPR move does to your payment. How can I help?",
		Quick:  menu[:5],
	}
}

func (tr *turn) thanks() reply.Msg {
	return reply.Msg{
		Intent: intentThanks,
		Zh:     "不客气！还有其他问题随时问我。",
		En:     "You're welcome! Ask me any time if anything else comes up.",
	}
}

func (tr *turn) goodbye() reply.Msg {
	return reply.Msg{
		Intent: intentGoodbye,
		Zh:     "感谢您的咨询，再见！",
		En:     "Thank you for contacting us. Goodbye!",
	}
}

func (tr *turn) unknown() reply.Msg {
	m := reply.Msg{
		Intent: intentUnknown,
		Zh:     "抱歉，我没有理解您的问题。我可以帮您：额度试算、还款计划试算、查询您的贷款、提前还款 / 展期 / 还款方式 / 还款日变更的试算，以及 LPR 调整对月供的影响。",
		En:     "Sorry, I didn't understand that. I can help with: how much you could borrow, repayment schedules, your own loans, previews of a prepayment, a term extension, a repayment method or due-day change, and the effect of an LPR move on your payment.",
		Quick:  menu,
	}
	if tr.st.Misses >= 2 {
		m.Zh += "我已为您转接人工客服，同事接入后会继续为您处理。"
		m.En += " I'm putting you through to a colleague, who will take it from here."
	}
	return m
}

// hardship follows DOMAIN.md §5: acknowledge in the customer's words, offer
// the concrete options, state the consequences plainly and without threat.
func (tr *turn) hardship() reply.Msg {
	said := echo(tr.t.Message.Text)
	if ev := tr.hardshipEvidence(); ev != "" {
		said = ev
	}
	zhAck := "听到您遇到了困难，我们很理解您现在的压力。"
	enAck := "I'm sorry to hear you're going through a difficult time."
	if said != "" {
		zhAck = "您提到“" + said + "”，我们很理解您现在的压力。"
		enAck = "You mentioned \"" + said + "\" — I'm sorry you're going through this."
	}
	m := reply.Msg{
		Intent: intentHardship,
		Zh: zhAck + "这里有几种办法可以一起看看：" +
			"1）先还一部分：当期能还多少先还多少，可以减少逾期金额；" +
			"2）展期：我可以先帮您试算延长期限后的月供，是否批准由人工审核；" +
			"3）重新安排还款计划：由我们的同事与您一对一商量。" +
			"也需要如实告诉您：逾期记录会报送征信系统，逾期超过 90 天贷款会被列为不良。越早和我们沟通，可选的办法越多。",
		En: enAck + " Here are some options we can look at together: " +
			"1) pay part of the instalment now — whatever you can manage reduces the overdue amount; " +
			"2) a term extension — I can preview the lower payment now, and a colleague decides on it; " +
			"3) restructuring the repayment plan with one of our colleagues. " +
			"To be clear about the consequences: overdue payments are reported to the credit reference system, and after 90 days overdue a loan is classed as non-performing. The sooner we talk, the more options there are.",
		Quick: []reply.Choice{
			{Zh: "展期试算", En: "Preview an extension", ZhAction: "我想申请展期一年", EnAction: "Can I extend my loan term by 1 year?"},
			{Zh: "转人工", En: "Talk to a person"},
		},
	}
	if tr.restructuring() {
		// Not the bot's to decide: a hardship seat takes it from here.
		m.Zh += "我已为您转接负责还款困难的同事，请稍候，您也可以先试算展期。"
		m.En += " I'm putting you through to a colleague who handles repayment difficulties; meanwhile you can preview an extension."
		m.Quick = m.Quick[:1]
		tr.askPerson(dialog.ReasonHardship, dialog.SkillHardship, dialog.PriorityHigh)
	}
	return m
}

// restructuringCodes are the hardship flags a person must decide on
// (DOMAIN.md §6): the rest (illness, a pay cut, several debts) get the
// options and a person on request.
var restructuringCodes = []string{"repayment_difficulty", "job_loss", "intent_to_default", "business_distress", "collateral_issue"}

// restructuring reports whether the turn's hardship needs a person.
func (tr *turn) restructuring() bool {
	return slices.ContainsFunc(tr.t.Analysis.Flags, func(f dialog.Flag) bool {
		return slices.Contains(restructuringCodes, f.Code)
	})
}

// skillAsked routes a request for a person: a mortgage holder to the
// mortgage desk, anyone else to a general seat.
func (tr *turn) skillAsked() string {
	if tr.t.Principal.Role != dialog.RoleBorrower {
		return dialog.SkillGeneral
	}
	if accts, err := tr.accounts(); err == nil {
		for _, a := range accts {
			if a.Product == "mortgage" {
				return dialog.SkillMortgage
			}
		}
	}
	return dialog.SkillGeneral
}

// echo returns the customer's own words for an acknowledgement: the first
// clause, trimmed, at most 30 runes.
func echo(text string) string {
	s := strings.TrimSpace(text)
	if i := strings.IndexAny(s, "，。！？,.!?；;\n"); i > 0 {
		s = s[:i]
	}
	rs := []rune(strings.TrimSpace(s))
	if len(rs) > 30 {
		rs = append(rs[:30], '…')
	}
	return string(rs)
}

// handoff answers complaints and requests for a person: a colleague takes over.
func (tr *turn) handoff(intent string) reply.Msg {
	line := tr.a.d.Hotline
	m := reply.Msg{
		Intent: intent,
		Zh:     "好的，我已为您转接人工客服，稍后会有同事与您联系。您也可以拨打客服热线 " + line + "。",
		En:     "Of course — I'm passing you to a colleague, who will contact you shortly. You can also call our service line " + line + ".",
	}
	if intent == intentComplaint {
		m.Zh = "非常抱歉给您带来不好的体验，您的意见我们已经记录。我已为您转接人工客服，稍后会有同事与您联系处理。您也可以拨打客服热线 " + line + "。"
		m.En = "I'm sorry for the trouble this has caused you; your complaint has been recorded. A colleague will take over and contact you shortly. You can also call our service line " + line + "."
	}
	return m
}

// fraudRe finds the wording of common loan scams (DOMAIN.md §5 fraud_risk),
// read on the normalised (Simplified, lowercase) text.
var fraudRe = regexp.MustCompile(`验证码|安全账户|安全帐户|转账到|转到.*账户|把钱转|包装流水|刷流水|先交费|先交.*(保证金|手续费|押金)|解冻费|verification code|safe account|transfer (money|funds) to|pay a fee first`)

// fraudWarning is said at once when a message sounds like a scam in progress.
func fraudWarning() reply.Msg {
	return reply.Msg{
		Intent: intentHuman,
		Zh:     "请注意防范诈骗：本行工作人员绝不会向您索要验证码或密码，不会要求您把钱转到所谓的“安全账户”，也不会在放款前收取任何费用或帮您“包装流水”。请不要转账或透露验证码。如已转账，请立即拨打 110 报警并联系我们。",
		En:     "Please beware of fraud: the bank never asks for verification codes or passwords, never asks you to transfer money to a so-called \"safe account\", and never charges fees or deposits before a loan is paid out or offers to fake your bank statements. Do not transfer money or share any code. If you have already transferred money, call the police (110) at once and contact us.",
	}
}

// selfHarmRe finds words of self-harm (DOMAIN.md §5 self_harm), on normalised text.
var selfHarmRe = regexp.MustCompile(`不想活|活不下去|轻生|自杀|寻死|结束(自己的)?生命|kill myself|suicid|end my life|don't want to live`)

// hardshipCodes are the flags that call for the hardship options (DOMAIN.md §5).
var hardshipCodes = []string{"repayment_difficulty", "job_loss", "intent_to_default", "business_distress", "illness", "income_drop", "multi_debt", "collateral_issue"}

// hardshipFlag returns the turn's first flag calling for the hardship
// options, in hardshipCodes order, or nil.
func (tr *turn) hardshipFlag() *dialog.Flag {
	for _, code := range hardshipCodes {
		for i, f := range tr.t.Analysis.Flags {
			if f.Code == code {
				return &tr.t.Analysis.Flags[i]
			}
		}
	}
	return nil
}

// hardshipEvidence joins the customer's own words behind the turn's hardship
// flags, in the order they said them, at most 40 runes.
func (tr *turn) hardshipEvidence() string {
	var parts []string
	for _, f := range tr.t.Analysis.Flags {
		if slices.Contains(hardshipCodes, f.Code) && f.Evidence != "" && !slices.Contains(parts, f.Evidence) {
			parts = append(parts, f.Evidence)
		}
	}
	rs := []rune(strings.Join(parts, "，"))
	if len(rs) > 40 {
		rs = append(rs[:40], '…')
	}
	return string(rs)
}

// contactChange asks a customer who changed phone or address to update the
// bank's records, so reminders and the manager can still reach them.
func (tr *turn) contactChange() reply.Msg {
	return reply.Msg{
		Intent: intentFAQ,
		Zh:     "您提到联系方式有变化，请在手机银行「我的 - 个人信息」中更新手机号和地址，或拨打客服热线 " + tr.a.d.Hotline + " 办理，以免错过还款提醒。",
		En:     "You mentioned new contact details: please update your phone number and address under \"Me - Personal details\" in the mobile bank, or call " + tr.a.d.Hotline + ", so you don't miss repayment reminders.",
	}
}

// flagged reports whether the turn's analysis raised a risk flag of code.
func (tr *turn) flagged(code string) bool {
	for _, f := range tr.t.Analysis.Flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

// safety is the caring reply to a customer who speaks of self-harm: their
// safety first, a crisis line, and a colleague at once.
func (tr *turn) safety(intent string) reply.Msg {
	return reply.Msg{
		Intent: intent,
		Zh: "听到您这么说，我们非常担心您。您的安全比任何贷款都重要，还款的事我们一定可以一起想办法。" +
			"如果您现在有伤害自己的想法，请立即拨打心理援助热线 " + tr.a.d.CrisisLine + "，或在紧急情况下拨打 120 / 110，也可以联系身边信任的人陪着您。" +
			"我已请同事马上与您联系。",
		En: "I'm really sorry you're feeling this way, and we're concerned about you. Your safety matters far more than any loan, and we will work the repayments out together. " +
			"If you are thinking of harming yourself, please call the mental health crisis line " + tr.a.d.CrisisLine + " now, or 120 / 110 in an emergency, and reach out to someone you trust to stay with you. " +
			"I've asked a colleague to contact you right away.",
		Quick: []reply.Choice{{Zh: "转人工", En: "Talk to a person"}},
	}
}
