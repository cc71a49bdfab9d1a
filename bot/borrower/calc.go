package borrower

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/money"
)

// chatRows is how many schedule rows a chat card carries.
const chatRows = 12

// calculate answers a calculator question from the slots, asking for the
// first one missing.
func (tr *turn) calculate(intent string) msg {
	switch intent {
	case intentQuota:
		return tr.quota()
	case intentSchedule:
		return tr.scheduleCalc()
	case intentPrepay:
		return tr.prepayCalc()
	case intentExtend:
		return tr.extendCalc()
	case intentMethod:
		return tr.switchCalc()
	case intentLPR:
		return tr.lprCalc()
	case intentDueDay:
		return tr.done(msg{
			intent: intentDueDay,
			zh:     "还款日变更需要针对您名下的贷款办理：如果往后推，多出来的天数按“剩余本金 × 年利率 ÷ 360 × 天数”计收过渡期利息；往前调则从下个月起按新日期还款。登录后我可以帮您预览具体日期和利息，变更由人工办理。",
			en:     "A due-day change applies to a loan in your name: moving the day later adds transition interest of balance × annual rate ÷ 360 × the extra days; moving it earlier takes effect from the following month. Once you're signed in as the borrower I can preview the dates and the interest; a colleague carries out the change.",
		})
	}
	return tr.unknown()
}

// method is the repayment method the customer named, or equal installments;
// said reports whether they named it.
func (tr *turn) method() (m loan.Method, said bool) {
	if pm, err := loan.ParseMethod(tr.sl.Method); err == nil {
		return pm, true
	}
	return loan.EqualInstallment, false
}

// defaultMethodNote tells the customer a method was assumed.
func defaultMethodNote(said bool) (zh, en string) {
	if said {
		return "", ""
	}
	return "（未指定还款方式，按等额本息计算；如需等额本金可告诉我）", " (You didn't name a repayment method, so this uses equal installments; ask me for equal principal if you prefer.)"
}

func amount(d *decimal.Decimal) money.Amount   { return money.A(*d) }
func percent(d *decimal.Decimal) money.Percent { return money.P(*d) }

func (tr *turn) scheduleCalc() msg {
	sl := tr.sl
	switch {
	case sl.Principal == nil:
		return tr.ask(intentSchedule, slotPrincipal, false, askPrincipal)
	case sl.TermMonths == nil:
		return tr.ask(intentSchedule, slotTerm, false, askTerm)
	case sl.AnnualRatePct == nil:
		return tr.ask(intentSchedule, slotRate, false, tr.askRate())
	}
	method, said := tr.method()
	s, err := loan.NewSchedule(loan.ScheduleInput{
		Principal: amount(sl.Principal), AnnualRatePct: percent(sl.AnnualRatePct),
		TermMonths: *sl.TermMonths, Method: method,
	})
	if err != nil {
		return tr.invalid(intentSchedule, err)
	}
	return tr.done(tr.scheduleReply(s, "", said))
}

// scheduleReply phrases a schedule card (cut to the chat rows); loanID names
// a customer's own loan.
func (tr *turn) scheduleReply(s loan.Schedule, loanID string, said bool) msg {
	zhNote, enNote := defaultMethodNote(said)
	zhWhat, enWhat := "贷款 "+yuan(s.Principal), "A loan of "+cny(s.Principal)
	if loanID != "" {
		zhWhat, enWhat = "您的贷款 "+loanID+" 剩余本金 "+yuan(s.Principal), "Your loan "+loanID+", remaining balance "+cny(s.Principal)
	}
	first := "每月还款 " + yuan(s.FirstPayment) + "，最后一期 " + yuan(s.LastPayment)
	enFirst := "the monthly payment is " + cny(s.FirstPayment) + ", the last one " + cny(s.LastPayment)
	if s.Method != loan.EqualInstallment {
		first = "首期还款 " + yuan(s.FirstPayment) + "，末期 " + yuan(s.LastPayment)
		enFirst = "the first payment is " + cny(s.FirstPayment) + ", the last one " + cny(s.LastPayment)
	}
	m := msg{
		intent: intentSchedule,
		zh: zhWhat + "，年利率 " + pct(s.AnnualRatePct) + "，" + zhMonths(s.TermMonths) + "，" + zhMethod(string(s.Method)) + zhNote + "：" +
			first + "；总利息 " + yuan(s.TotalInterest) + "，本息合计 " + yuan(s.TotalPayment) + "。",
		en: enWhat + " at " + pct(s.AnnualRatePct) + " over " + enMonths(s.TermMonths) + ", " + enMethod(string(s.Method)) + ": " +
			enFirst + "; total interest " + cny(s.TotalInterest) + ", total repaid " + cny(s.TotalPayment) + "." + enNote,
	}
	if len(s.Rows) > chatRows {
		m.zh += "下方列出前 " + strconv.Itoa(chatRows) + " 期明细。"
		m.en += " The first " + strconv.Itoa(chatRows) + " periods are listed below."
	}
	m.cards = tr.cards(s.Truncated(chatRows))
	return m
}

func (tr *turn) prepayCalc() msg {
	sl := tr.sl
	switch {
	case sl.Principal == nil:
		return tr.ask(intentPrepay, slotPrincipal, false, askBalance)
	case sl.TermMonths == nil:
		return tr.ask(intentPrepay, slotTerm, false, askRemaining)
	case sl.AnnualRatePct == nil:
		return tr.ask(intentPrepay, slotRate, false, tr.askRate())
	case !sl.has(slotPrepay):
		return tr.ask(intentPrepay, slotPrepay, false, askPrepay)
	}
	method, said := tr.method()
	in := loan.PrepayInput{
		Balance: amount(sl.Principal), AnnualRatePct: percent(sl.AnnualRatePct),
		RemainingMonths: *sl.TermMonths, Method: method,
	}
	in.PrepayAmount = tr.prepayAmount(in.Balance)
	p, err := loan.Prepay(in)
	if err != nil {
		return tr.invalid(intentPrepay, err)
	}
	m := tr.prepayReply(p, "", said)
	return tr.done(m)
}

// prepayAmount is the amount to prepay: the whole balance for "pay it all off".
func (tr *turn) prepayAmount(balance money.Amount) money.Amount {
	if tr.sl.PrepayMode == loan.ModeFull || tr.sl.PrepayAmount == nil {
		return balance
	}
	return amount(tr.sl.PrepayAmount)
}

// prepayReply phrases a prepayment_plan card, leading with the mode the
// customer asked about.
func (tr *turn) prepayReply(p loan.PrepaymentPlan, loanID string, said bool) msg {
	zhNote, enNote := defaultMethodNote(said || loanID != "")
	zh := "剩余本金 " + yuan(p.Balance) + "，提前还款 " + yuan(p.PrepayAmount) + zhNote + "，当前月供 " + yuan(p.CurrentPayment) + "。"
	en := "Balance " + cny(p.Balance) + ", prepaying " + cny(p.PrepayAmount) + ", current payment " + cny(p.CurrentPayment) + "." + enNote
	if loanID != "" {
		zh = "您的贷款 " + loanID + "：" + zh
		en = "Your loan " + loanID + ": " + en
	}
	for _, o := range tr.orderOptions(p.Options) {
		switch o.Mode {
		case loan.ModeReducePayment:
			zh += "选择减少月供：月供变为 " + yuan(o.MonthlyPayment) + "，期数不变（" + strconv.Itoa(o.RemainingMonths) + " 期），节省利息 " + yuan(o.InterestSaved) + "。"
			en += " Reduce the payment: " + cny(o.MonthlyPayment) + " a month over the same " + strconv.Itoa(o.RemainingMonths) + " months, saving " + cny(o.InterestSaved) + " in interest."
		case loan.ModeShortenTerm:
			zh += "选择缩短期限：月供 " + yuan(o.MonthlyPayment) + "，剩余 " + strconv.Itoa(o.RemainingMonths) + " 期，节省利息 " + yuan(o.InterestSaved) + "。"
			en += " Shorten the term: " + cny(o.MonthlyPayment) + " a month for " + strconv.Itoa(o.RemainingMonths) + " months, saving " + cny(o.InterestSaved) + " in interest."
		case loan.ModeFull:
			zh += "一次性结清后不再有月供，节省利息 " + yuan(o.InterestSaved) + "。"
			en += " Paying it all off ends the payments and saves " + cny(o.InterestSaved) + " in interest."
		}
	}
	if p.Fee.IsPositive() {
		zh += "注意：本次提前还款需支付违约金 " + yuan(p.Fee) + "。"
		en += " Note: this prepayment carries a fee of " + cny(p.Fee) + "."
	}
	return msg{intent: intentPrepay, zh: zh, en: en, cards: tr.cards(p)}
}

// orderOptions puts the mode the customer asked about first.
func (tr *turn) orderOptions(opts []loan.PrepayOption) []loan.PrepayOption {
	want := tr.sl.PrepayMode
	out := make([]loan.PrepayOption, 0, len(opts))
	for _, o := range opts {
		if o.Mode == want {
			out = append(out, o)
		}
	}
	for _, o := range opts {
		if o.Mode != want {
			out = append(out, o)
		}
	}
	return out
}

func (tr *turn) extendCalc() msg {
	sl := tr.sl
	switch {
	case sl.Principal == nil:
		return tr.ask(intentExtend, slotPrincipal, false, askBalance)
	case sl.TermMonths == nil:
		return tr.ask(intentExtend, slotTerm, false, askRemaining)
	case sl.AnnualRatePct == nil:
		return tr.ask(intentExtend, slotRate, false, tr.askRate())
	case sl.ExtendMonths == nil:
		return tr.ask(intentExtend, slotExtend, false, askExtend)
	}
	method, said := tr.method()
	p, err := loan.Extend(loan.ExtendInput{
		Balance: amount(sl.Principal), AnnualRatePct: percent(sl.AnnualRatePct),
		RemainingMonths: *sl.TermMonths, Method: method, ExtendMonths: *sl.ExtendMonths,
	})
	if err != nil {
		return tr.invalid(intentExtend, err)
	}
	return tr.done(tr.extendReply(p, "", said))
}

func (tr *turn) extendReply(p loan.ExtensionPreview, loanID string, said bool) msg {
	zhNote, enNote := defaultMethodNote(said || loanID != "")
	zh := "剩余本金 " + yuan(p.Balance) + "，剩余 " + strconv.Itoa(p.CurrentRemainingMonths) + " 期" + zhNote + "，延长 " + strconv.Itoa(p.ExtendMonths) + " 个月后共 " + strconv.Itoa(p.NewRemainingMonths) + " 期：" +
		"月供由 " + yuan(p.CurrentPayment) + " 变为 " + yuan(p.NewPayment) + "（每月 " + signedYuan(p.MonthlyChange) + "），" +
		"剩余总利息由 " + yuan(p.TotalInterestBefore) + " 变为 " + yuan(p.TotalInterestAfter) + "（" + signedYuan(p.InterestChange) + "）。" +
		"以上仅为试算，展期是否批准需人工审核。"
	en := "Balance " + cny(p.Balance) + " over " + strconv.Itoa(p.CurrentRemainingMonths) + " remaining months, extended by " + strconv.Itoa(p.ExtendMonths) + " to " + strconv.Itoa(p.NewRemainingMonths) + " months: " +
		"the payment goes from " + cny(p.CurrentPayment) + " to " + cny(p.NewPayment) + " (" + signedCNY(p.MonthlyChange) + " a month), " +
		"and the remaining interest from " + cny(p.TotalInterestBefore) + " to " + cny(p.TotalInterestAfter) + " (" + signedCNY(p.InterestChange) + ")." + enNote +
		" This is a preview only; an extension is a credit decision a colleague makes."
	if loanID != "" {
		zh = "您的贷款 " + loanID + "：" + zh
		en = "Your loan " + loanID + ": " + en
	}
	return msg{intent: intentExtend, zh: zh, en: en, cards: tr.cards(p),
		quick: []choice{{zh: "转人工", en: "Talk to a person"}}}
}

func (tr *turn) switchCalc() msg {
	sl := tr.sl
	switch {
	case sl.Principal == nil:
		return tr.ask(intentMethod, slotPrincipal, false, askBalance)
	case sl.TermMonths == nil:
		return tr.ask(intentMethod, slotTerm, false, askRemaining)
	case sl.AnnualRatePct == nil:
		return tr.ask(intentMethod, slotRate, false, tr.askRate())
	}
	// The method named is the one the customer wants to switch to.
	target, said := tr.method()
	current := loan.EqualPrincipal
	if !said || target == loan.EqualPrincipal {
		current, target = loan.EqualInstallment, loan.EqualPrincipal
	}
	p, err := loan.SwitchMethod(loan.SwitchInput{
		Balance: amount(sl.Principal), AnnualRatePct: percent(sl.AnnualRatePct),
		RemainingMonths: *sl.TermMonths, Method: current, Target: target,
	})
	if err != nil {
		return tr.invalid(intentMethod, err)
	}
	return tr.done(tr.switchReply(p, ""))
}

func (tr *turn) switchReply(p loan.MethodSwitchPreview, loanID string) msg {
	c, n := p.Current, p.Proposed
	zh := "剩余本金 " + yuan(p.Balance) + "，剩余 " + strconv.Itoa(p.RemainingMonths) + " 期，年利率 " + pct(p.AnnualRatePct) + "。" +
		zhMethod(string(c.Method)) + "：首期 " + yuan(c.FirstPayment) + "，末期 " + yuan(c.LastPayment) + "，总利息 " + yuan(c.TotalInterest) + "；" +
		"改为" + zhMethod(string(n.Method)) + "：首期 " + yuan(n.FirstPayment) + "，末期 " + yuan(n.LastPayment) + "，总利息 " + yuan(n.TotalInterest) + "；" +
		"利息差额 " + signedYuan(p.InterestDifference) + "。变更还款方式需人工办理。"
	en := "Balance " + cny(p.Balance) + " over " + strconv.Itoa(p.RemainingMonths) + " remaining months at " + pct(p.AnnualRatePct) + ". " +
		"With " + enMethod(string(c.Method)) + ": first payment " + cny(c.FirstPayment) + ", last " + cny(c.LastPayment) + ", total interest " + cny(c.TotalInterest) + ". " +
		"With " + enMethod(string(n.Method)) + ": first payment " + cny(n.FirstPayment) + ", last " + cny(n.LastPayment) + ", total interest " + cny(n.TotalInterest) + ". " +
		"Interest difference " + signedCNY(p.InterestDifference) + ". A colleague carries out the change."
	if loanID != "" {
		zh = "您的贷款 " + loanID + "：" + zh
		en = "Your loan " + loanID + ": " + en
	}
	return msg{intent: intentMethod, zh: zh, en: en, cards: tr.cards(p)}
}

// cards marshals cards; a card that cannot be encoded is logged and left out.
func (tr *turn) cards(vs ...any) []dialog.Card {
	var out []dialog.Card
	for _, v := range vs {
		c, err := dialog.NewCard(v)
		if err != nil {
			tr.a.d.Logger.Error("encode card", "err", err)
			continue
		}
		out = append(out, c)
	}
	return out
}

// invalid answers figures the calculators refuse, naming the field; the
// pending question is dropped so the customer can start again.
func (tr *turn) invalid(intent string, err error) msg {
	tr.st.clearPending()
	var fe *loan.FieldError
	zh, en := "这些数字我没法计算", "I can't calculate with those figures"
	if errors.As(err, &fe) {
		zh += "（" + fieldZh(fe.Field) + "超出范围）"
		en += " (the " + fieldEn(fe.Field) + " is out of range)"
	}
	return msg{intent: intent, zh: zh + "，请检查后重新告诉我。", en: en + "; please check them and ask again."}
}

func fieldZh(f string) string {
	switch f {
	case "principal", "balance":
		return "金额"
	case "term_months", "remaining_months", "extend_months":
		return "期限"
	case "annual_rate_pct":
		return "利率"
	case "prepay_amount":
		return "提前还款金额"
	case "due_day", "new_due_day":
		return "还款日"
	}
	return "输入"
}

func fieldEn(f string) string {
	switch f {
	case "principal", "balance":
		return "amount"
	case "term_months", "remaining_months", "extend_months":
		return "term"
	case "annual_rate_pct":
		return "rate"
	case "prepay_amount":
		return "prepayment amount"
	case "due_day", "new_due_day":
		return "due day"
	}
	return "input"
}

// Questions for missing slots.
var (
	askPrincipal = msg{
		zh: "请问您想贷款多少钱？例如：100万。",
		en: "How much would you like to borrow? For example: 1,000,000.",
	}
	askBalance = msg{
		zh: "请问贷款目前还剩多少本金？例如：80万。",
		en: "What is the loan's remaining balance? For example: 800,000.",
	}
	askTerm = msg{
		zh: "请问贷款期限是多久？",
		en: "Over how long would you repay it?",
		quick: []choice{
			{zh: "10年", en: "10 years"}, {zh: "20年", en: "20 years"}, {zh: "30年", en: "30 years"},
		},
	}
	askRemaining = msg{
		zh: "请问贷款还剩多少期（或多少年）？",
		en: "How many months (or years) are left on the loan?",
		quick: []choice{
			{zh: "10年", en: "10 years"}, {zh: "20年", en: "20 years"}, {zh: "30年", en: "30 years"},
		},
	}
	askPrepay = msg{
		zh: "请问打算提前还多少？例如：10万；也可以全部结清。",
		en: "How much would you like to prepay? For example: 100,000 — or pay it all off.",
		quick: []choice{
			{zh: "提前还10万", en: "Prepay 100,000"},
			{zh: "全部还清", en: "Pay it all off", zhAction: "一次性全部还清", enAction: "pay off the whole loan"},
		},
	}
	askExtend = msg{
		zh: "请问想延长多久？",
		en: "By how long would you like to extend?",
		quick: []choice{
			{zh: "延长1年", en: "Extend by 1 year"}, {zh: "延长2年", en: "Extend by 2 years"}, {zh: "延长5年", en: "Extend by 5 years"},
		},
	}
)

// unavailable answers when the book cannot be read; the customer can simply ask again.
func (tr *turn) unavailable(intent string, err error) msg {
	tr.a.d.Logger.Warn("borrower: book unavailable", "intent", intent, "err", err)
	return msg{
		intent: intent,
		zh:     "抱歉，系统暂时无法查询，请稍后再试，或拨打客服热线 " + tr.a.d.Hotline + "。",
		en:     "Sorry, I can't look that up right now. Please try again shortly, or call our service line " + tr.a.d.Hotline + ".",
	}
}
