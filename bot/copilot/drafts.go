package copilot

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Draft templates.
const (
	TemplateReminder = "repayment_reminder"
	TemplateLPR      = "lpr_explanation"
	TemplateHardship = "hardship_followup"
	TemplateRenewal  = "renewal_offer"
)

// draftKinds are the templates with the words that ask for them.
var draftKinds = []struct {
	template string
	cues     cues
	zh, en   string // the template's name
}{
	{TemplateReminder, cues{"还款提醒", "提醒", "催缴", "reminder", "remind*", "payment due"}, "还款提醒", "repayment reminder"},
	{TemplateLPR, cues{"lpr", "利率", "利息变化", "月供变化", "rate", "rates", "repricing"}, "LPR说明", "LPR explanation"},
	{TemplateHardship, cues{"困难", "关怀", "慰问", "跟进", "回访", "关心", "hardship", "follow-up", "follow up", "followup", "check-in", "check in", "support"}, "困难关怀", "hardship follow-up"},
	{TemplateRenewal, cues{"续贷", "续期", "续作", "续约", "到期", "renewal*", "renew", "matur*"}, "续贷邀约", "renewal offer"},
}

// draftKind is the template the message asks for, the earliest named; "" when none.
func draftKind(norm string) string {
	best, at := "", -1
	for _, k := range draftKinds {
		if i := k.cues.at(norm); i >= 0 && (at < 0 || i < at) {
			best, at = k.template, i
		}
	}
	return best
}

func templateName(lang, template string) string {
	for _, k := range draftKinds {
		if k.template == template {
			return pick(lang, k.zh, k.en)
		}
	}
	return template
}

// draft writes a message for the customer, in the customer's language, from
// a template filled with the customer's own figures. loanID, when the
// manager named a loan, picks it; otherwise the template picks the loan it
// is about (overdue first for reminders and hardship, the next repricing for
// LPR, the next maturity for renewal).
func (tr *turn) draft(c book.Customer, template, loanID string, bp *int) (reply.Msg, error) {
	s, err := tr.standing(c)
	if err != nil {
		return reply.Msg{}, err
	}
	h, err := tr.history()
	if err != nil {
		return reply.Msg{}, err
	}
	tr.st.Customer = c.ID
	lang := custLang(c.Lang)
	active := make([]loanView, 0, len(s.loans))
	for _, l := range s.loans {
		if l.view.Status != book.StatusPaidOff {
			active = append(active, l)
		}
	}
	who := displayName(tr.lang, c.Name, c.NameEn)
	none := func(zh, en string) (reply.Msg, error) {
		return reply.Msg{Intent: IntentDraft, Zh: zh, En: en}, nil
	}
	if len(active) == 0 {
		return none(c.Name+"名下没有正在还款的贷款，无法起草"+templateName(reply.Hans, template)+"。",
			who+" has no active loan, so there is nothing to write a "+templateName(reply.En, template)+" about.")
	}
	l, ok := chooseLoan(active, template, loanID)
	if !ok {
		if template == TemplateLPR {
			return none(c.Name+"名下没有LPR浮动利率贷款，不需要LPR说明。", who+" has no LPR-floating loan; there is no LPR change to explain.")
		}
		return none("没有找到这笔贷款。", "I can't find that loan.")
	}
	v := l.view
	sender := cmp.Or(tr.t.Principal.Name, pick(lang, "您的客户经理", "your relationship manager"))
	name := displayName(lang, c.Name, c.NameEn)
	fig := map[string]string{"loan_id": v.ID}
	zh, en := "尊敬的"+name+"您好：", "Dear "+name+",\n\n"
	prod := func(lg string) string {
		if lg == reply.En {
			return "your " + productName(lg, v.Product) + " ending " + tail(v.ID)
		}
		return "您尾号" + tail(v.ID) + "的" + productName(lg, v.Product)
	}
	nextDue := func() {
		fig["next_due_date"], fig["next_payment"] = v.NextDueDate, v.MonthlyPayment.String()
	}
	overdue := func() {
		fig["overdue_periods"], fig["overdue_amount"] = strconv.Itoa(v.OverduePeriods), v.OverdueAmount.String()
	}

	switch template {
	case TemplateReminder:
		nextDue()
		if v.OverduePeriods > 0 {
			overdue()
			zh += prod(reply.Hans) + "目前有 " + strconv.Itoa(v.OverduePeriods) + " 期未还，逾期金额 " + reply.Yuan(v.OverdueAmount) + "；下一期 " + reply.Yuan(v.MonthlyPayment) + " 将于 " + v.NextDueDate +
				" 到期。逾期记录会报送征信，请尽快安排还款。如果近期周转有困难，请直接联系我，我们可以一起看看部分还款、延期等办法。"
			en += prod(reply.En) + " has " + plural(v.OverduePeriods, "payment", "payments") + " outstanding, " + reply.CNY(v.OverdueAmount) + " in all; the next payment of " + reply.CNY(v.MonthlyPayment) +
				" is due on " + v.NextDueDate + ". Overdue records are reported to the credit bureau, so please arrange the payment as soon as you can. If money is tight at the moment, contact me directly and we can look at a partial payment or an extension together."
		} else {
			zh += "温馨提醒，" + prod(reply.Hans) + "将于 " + v.NextDueDate + " 扣款，本期应还 " + reply.Yuan(v.MonthlyPayment) + "，请在扣款日前确保还款账户余额充足。如已安排，请忽略本提醒。如有疑问，欢迎随时联系我。"
			en += "A friendly reminder that the payment on " + prod(reply.En) + " is due on " + v.NextDueDate + ": " + reply.CNY(v.MonthlyPayment) +
				". Please make sure your repayment account has enough funds before that day. If you have already arranged it, please ignore this message. Feel free to contact me with any questions."
		}
	case TemplateLPR:
		latest := h.Latest()
		var moved *money.Percent
		if bp != nil && *bp != 0 {
			m := lpr.AddBP(latest.Rate(v.LPRTerm), *bp)
			moved = &m
		}
		ic, err := l.acct.RepricingImpact(tr.now, h, moved)
		if err != nil {
			return none("尾号"+tail(v.ID)+"的贷款在下次重定价前到期，无需LPR说明。", "The loan ending "+tail(v.ID)+" matures before its next repricing; there is no LPR change to explain.")
		}
		spread := 0
		if v.SpreadBP != nil {
			spread = *v.SpreadBP
		}
		fig["current_rate_pct"], fig["current_payment"] = v.AnnualRatePct.String(), v.MonthlyPayment.String()
		fig["lpr_date"], fig["lpr_pct"], fig["spread_bp"] = latest.Date.Format(time.DateOnly), latest.Rate(v.LPRTerm).String(), strconv.Itoa(spread)
		fig["repricing_date"], fig["new_rate_pct"], fig["new_payment"] = ic.RepricingDate, ic.NewRatePct.String(), ic.NewPayment.String()
		fig["monthly_change"], fig["balance_at_repricing"], fig["remaining_months"] = ic.MonthlyChange.String(), ic.Balance.String(), strconv.Itoa(ic.RemainingMonths)
		tenorZh, tenorEn := "1年期LPR", "1-year LPR"
		if v.LPRTerm == lpr.FiveYear {
			tenorZh, tenorEn = "5年期以上LPR", "5-year LPR"
		}
		spreadZh, spreadEn := "加"+strconv.Itoa(spread)+"个基点", "plus "+strconv.Itoa(spread)+"bp"
		if spread < 0 {
			spreadZh, spreadEn = "减"+strconv.Itoa(-spread)+"个基点", "minus "+strconv.Itoa(-spread)+"bp"
		}
		zh += prod(reply.Hans) + "是LPR浮动利率贷款，执行利率 = " + tenorZh + spreadZh + "，目前执行利率 " + reply.Pct(v.AnnualRatePct) + "，月供 " + reply.Yuan(v.MonthlyPayment) + "。" +
			"最新公布的" + tenorZh + "（" + fig["lpr_date"] + "）为 " + reply.Pct(latest.Rate(v.LPRTerm)) + "。"
		en += prod(reply.En) + " has a floating rate: the " + tenorEn + " " + spreadEn + ". Your rate is now " + reply.Pct(v.AnnualRatePct) + " and your monthly payment " + reply.CNY(v.MonthlyPayment) + ". " +
			"The latest " + tenorEn + " (published " + fig["lpr_date"] + ") is " + reply.Pct(latest.Rate(v.LPRTerm)) + "."
		if moved != nil {
			fig["change_bp"] = strconv.Itoa(*bp)
			zh += "假如LPR" + bpText(reply.Hans, *bp) + "，"
			en += " If the LPR moved " + bpText(reply.En, *bp) + ", then"
		}
		zh += "下一次利率调整日是 " + ic.RepricingDate + "，届时按剩余本金 " + reply.Yuan(ic.Balance) + "、剩余 " + strconv.Itoa(ic.RemainingMonths) + " 期重新计算，利率为 " + reply.Pct(ic.NewRatePct) + "，"
		en += " At the next repricing on " + ic.RepricingDate + " the payment is recalculated on the remaining balance of " + reply.CNY(ic.Balance) + " over " + strconv.Itoa(ic.RemainingMonths) + " months at " + reply.Pct(ic.NewRatePct) + ": "
		if ic.MonthlyChange.IsZero() {
			zh += "月供保持 " + reply.Yuan(ic.NewPayment) + " 不变。"
			en += "your payment stays at " + reply.CNY(ic.NewPayment) + "."
		} else {
			zh += "月供约为 " + reply.Yuan(ic.NewPayment) + "（每月 " + reply.Signed(reply.Hans, ic.MonthlyChange) + "）。"
			en += "about " + reply.CNY(ic.NewPayment) + " a month (" + reply.Signed(reply.En, ic.MonthlyChange) + ")."
		}
		zh += "如有疑问，欢迎随时联系我。"
		en += " Feel free to contact me with any questions."
	case TemplateHardship:
		nextDue()
		zh += "我是您的客户经理" + sender + "。了解到您最近遇到了一些困难，我们很关心您的情况。" + prod(reply.Hans) + "下一期 " + reply.Yuan(v.MonthlyPayment) + " 将于 " + v.NextDueDate + " 到期"
		en += "I'm " + sender + ", your relationship manager. I understand things have been difficult for you lately, and we want to help. The next payment on " + prod(reply.En) + ", " + reply.CNY(v.MonthlyPayment) + ", is due on " + v.NextDueDate
		if v.OverduePeriods > 0 {
			overdue()
			zh += "，目前已有 " + strconv.Itoa(v.OverduePeriods) + " 期逾期，共 " + reply.Yuan(v.OverdueAmount)
			en += ", and " + plural(v.OverduePeriods, "payment is", "payments are") + " overdue, " + reply.CNY(v.OverdueAmount) + " in all"
		}
		zh += "。如果按期还款有困难，我们可以一起商量办法：先还一部分、申请延期，或由专人评估调整还款计划。也想坦诚告诉您：逾期记录会报送征信，逾期超过90天贷款会被列为不良。方便的话请回复或致电我，我们尽快帮您安排。"
		en += ". If paying on time is hard right now, we can work out a way together: a partial payment, an extension, or a review of your repayment plan by a specialist. To be open with you: overdue payments are reported to the credit bureau, and after 90 days overdue a loan becomes non-performing. Please reply or call me when convenient and we will arrange it quickly."
	case TemplateRenewal:
		fig["maturity_date"], fig["balance"], fig["monthly_payment"] = v.MaturityDate, v.Balance.String(), v.MonthlyPayment.String()
		zh += prod(reply.Hans) + "将于 " + v.MaturityDate + " 到期，目前剩余本金 " + reply.Yuan(v.Balance) + "，每月还款 " + reply.Yuan(v.MonthlyPayment) + "。如您仍有资金需要，我们可以提前为您办理续贷评估，以便到期后顺利衔接。续贷额度与利率以审批结果为准。方便时请回复我，约个时间详细沟通。"
		en += prod(reply.En) + " matures on " + v.MaturityDate + "; the balance is " + reply.CNY(v.Balance) + " and the monthly payment " + reply.CNY(v.MonthlyPayment) + ". If you will still need financing, we can start a renewal review ahead of time so there is no gap at maturity. The amount and rate of a renewal are subject to approval. Let me know when suits you to talk it through."
	}
	zh += "\n——" + sender
	en += "\n\nKind regards,\n" + sender
	text := en
	if lang != reply.En {
		text = tr.c.reply.Script(lang, zh)
	}
	dc := DraftCard{Kind: KindDraft, Template: template, CustomerID: c.ID, CustomerName: c.Name, Lang: lang, LoanID: v.ID, Text: text, Figures: fig}

	langZh := map[string]string{reply.Hans: "简体中文", reply.Hant: "繁体中文", reply.En: "英文"}[lang]
	langEn_ := map[string]string{reply.Hans: "Simplified Chinese", reply.Hant: "Traditional Chinese", reply.En: "English"}[lang]
	rz := "已按" + c.Name + "的语言（" + langZh + "）起草" + templateName(reply.Hans, template) + "，涉及尾号" + tail(v.ID) + "的" + productName(reply.Hans, v.Product)
	re := "Drafted a " + templateName(reply.En, template) + " for " + displayName(reply.En, c.Name, c.NameEn) + " in " + langEn_ + " (their language), about the " + productName(reply.En, v.Product) + " ending " + tail(v.ID)
	if key := keyFigure(reply.Hans, template, fig); key != "" {
		rz += "（" + key + "）"
	}
	if key := keyFigure(reply.En, template, fig); key != "" {
		re += " (" + key + ")"
	}
	rz += "。发送前请核对。"
	re += ". Please check it before sending."
	var quick []reply.Choice
	for _, k := range draftKinds {
		if k.template != template {
			quick = append(quick, reply.Choice{Zh: "改写" + k.zh, En: k.en, ZhAction: "给" + c.ID + "起草" + k.zh, EnAction: "draft a " + k.en + " for " + c.ID})
		}
	}
	return reply.Msg{Intent: IntentDraft, Zh: rz, En: re, Cards: []dialog.Card{card(dc)}, Quick: quick}, nil
}

// keyFigure is the figure the reply names: the one the customer will act on.
func keyFigure(lang, template string, fig map[string]string) string {
	amt := func(k string) string {
		if lang == reply.En {
			return "CNY " + reply.Group(fig[k])
		}
		return reply.Group(fig[k]) + " 元"
	}
	switch template {
	case TemplateReminder, TemplateHardship:
		next := pick(lang, fig["next_due_date"]+" 应还 "+amt("next_payment"), amt("next_payment")+" due "+fig["next_due_date"])
		if fig["overdue_amount"] != "" {
			return pick(lang, "逾期 "+amt("overdue_amount")+"，", amt("overdue_amount")+" overdue, ") + next
		}
		return next
	case TemplateLPR:
		return pick(lang, fig["repricing_date"]+" 起月供 ", "from "+fig["repricing_date"]+" the payment goes ") + amt("current_payment") + " → " + amt("new_payment")
	case TemplateRenewal:
		return pick(lang, fig["maturity_date"]+" 到期，余额 ", "matures "+fig["maturity_date"]+", balance ") + amt("balance")
	}
	return ""
}

// chooseLoan picks the loan a draft is about; false when loanID names none
// of active, or an LPR explanation finds no floating loan.
func chooseLoan(active []loanView, template, loanID string) (loanView, bool) {
	if loanID != "" {
		for _, l := range active {
			if l.view.ID == loanID {
				if template == TemplateLPR && l.view.RateType != book.RateLPRFloating {
					return loanView{}, false
				}
				return l, true
			}
		}
		return loanView{}, false
	}
	cands := slices.Clone(active)
	switch template {
	case TemplateLPR:
		cands = slices.DeleteFunc(cands, func(l loanView) bool {
			return l.view.RateType != book.RateLPRFloating || l.view.NextRepricingDate == ""
		})
		slices.SortStableFunc(cands, func(a, b loanView) int { return cmp.Compare(a.view.NextRepricingDate, b.view.NextRepricingDate) })
	case TemplateRenewal:
		slices.SortStableFunc(cands, func(a, b loanView) int { return cmp.Compare(a.view.MaturityDate, b.view.MaturityDate) })
	default:
		cands = slices.DeleteFunc(cands, func(l loanView) bool { return l.view.NextDueDate == "" })
		slices.SortStableFunc(cands, func(a, b loanView) int {
			return cmp.Or(cmp.Compare(b.view.OverduePeriods, a.view.OverduePeriods), cmp.Compare(a.view.NextDueDate, b.view.NextDueDate))
		})
	}
	if len(cands) == 0 {
		return loanView{}, false
	}
	return cands[0], true
}

// custLang is the customer's language, Simplified Chinese when the book has none we write.
func custLang(l string) string {
	switch strings.TrimSpace(l) {
	case reply.En, reply.Hant:
		return l
	}
	return reply.Hans
}
