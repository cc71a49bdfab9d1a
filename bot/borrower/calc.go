package borrower

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/money"
)

// chatRows is how many schedule rows a chat card carries.
const chatRows = 12

// calculate answers a calculator question from the slots, asking for the
// first one missing.
func (tr *turn) calculate(intent string) reply.Msg {
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
		return tr.done(reply.Msg{
			Intent: intentDueDay,
			Zh:     "还款日变更需要针对您名下的贷款办理：如果往后推，多出来的天数按“剩余本金 × 年利率 ÷ 360 × 天数”计收过渡期利息；往前调则从下个月起按新日期还款。登录后我可以帮您预览具体日期和利息，变更由人工办理。",
			En:     "A due-day change applies to a loan in your name: moving the day later adds transition interest of balance × annual rate ÷ 360 × the extra days; moving it earlier takes effect from the following month. Once you're signed in as the borrower I can preview the dates and the interest; a colleague carries out the change.",
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

func (tr *turn) scheduleCalc() reply.Msg {
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
func (tr *turn) scheduleReply(s loan.Schedule, loanID string, said bool) reply.Msg {
	zhNote, enNote := defaultMethodNote(said)
	zhWhat, enWhat := "贷款 "+reply.Yuan(s.Principal), "A loan of "+reply.CNY(s.Principal)
	if loanID != "" {
		zhWhat, enWhat = "您的贷款 "+loanID+" 剩余本金 "+reply.Yuan(s.Principal), "Your loan "+loanID+", remaining balance "+reply.CNY(s.Principal)
	}
	first := "每月还款 " + reply.Yuan(s.FirstPayment) + "，最后一期 " + reply.Yuan(s.LastPayment)
	enFirst := "the monthly payment is " + reply.CNY(s.FirstPayment) + ", the last one " + reply.CNY(s.LastPayment)
	if s.Method != loan.EqualInstallment {
		first = "首期还款 " + reply.Yuan(s.FirstPayment) + "，末期 " + reply.Yuan(s.LastPayment)
		enFirst = "the first payment is " + reply.CNY(s.FirstPayment) + ", the last one " + reply.CNY(s.LastPayment)
	}
	m := reply.Msg{
		Intent: intentSchedule,
		Zh: zhWhat + "，年利率 " + reply.Pct(s.AnnualRatePct) + "，" + zhMonths(s.TermMonths) + "，" + zhMethod(string(s.Method)) + zhNote + "：" +
			first + "；总利息 " + reply.Yuan(s.TotalInterest) + "，本息合计 " + reply.Yuan(s.TotalPayment) + "。",
		En: enWhat + " at " + reply.Pct(s.AnnualRatePct) + " over " + enMonths(s.TermMonths) + ", " + enMethod(string(s.Method)) + ": " +
			enFirst + "; total interest " + reply.CNY(s.TotalInterest) + ", total repaid " + reply.CNY(s.TotalPayment) + "." + enNote,
	}
	if len(s.Rows) > chatRows {
		m.Zh += "下方列出前 " + strconv.Itoa(chatRows) + " 期明细。"
		m.En += " The first " + strconv.Itoa(chatRows) + " periods are listed below."
	}
	m.Cards = tr.cards(s.Truncated(chatRows))
	return m
}

func (tr *turn) prepayCalc() reply.Msg {
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
func (tr *turn) prepayReply(p loan.PrepaymentPlan, loanID string, said bool) reply.Msg {
	zhNote, enNote := defaultMethodNote(said || loanID != "")
	zh := "剩余本金 " + reply.Yuan(p.Balance) + "，提前还款 " + reply.Yuan(p.PrepayAmount) + zhNote + "，当前月供 " + reply.Yuan(p.CurrentPayment) + "。"
	en := "Balance " + reply.CNY(p.Balance) + ", prepaying " + reply.CNY(p.PrepayAmount) + ", current payment " + reply.CNY(p.CurrentPayment) + "." + enNote
	if loanID != "" {
		zh = "您的贷款 " + loanID + "：" + zh
		en = "Your loan " + loanID + ": " + en
	}
	for _, o := range tr.orderOptions(p.Options) {
		switch o.Mode {
		case loan.ModeReducePayment:
			zh += "选择减少月供：月供变为 " + reply.Yuan(o.MonthlyPayment) + "，期数不变（" + strconv.Itoa(o.RemainingMonths) + " 期），节省利息 " + reply.Yuan(o.InterestSaved) + "。"
			en += " Reduce the payment: " + reply.CNY(o.MonthlyPayment) + " a month over the same " + strconv.Itoa(o.RemainingMonths) + " months, saving " + reply.CNY(o.InterestSaved) + " in interest."
		case loan.ModeShortenTerm:
			zh += "选择缩短期限：月供 " + reply.Yuan(o.MonthlyPayment) + "，剩余 " + strconv.Itoa(o.RemainingMonths) + " 期，节省利息 " + reply.Yuan(o.InterestSaved) + "。"
			en += " Shorten the term: " + reply.CNY(o.MonthlyPayment) + " a month for " + strconv.Itoa(o.RemainingMonths) + " months, saving " + reply.CNY(o.InterestSaved) + " in interest."
		case loan.ModeFull:
			zh += "一次性结清后不再有月供，节省利息 " + reply.Yuan(o.InterestSaved) + "。"
			en += " Paying it all off ends the payments and saves " + reply.CNY(o.InterestSaved) + " in interest."
		}
	}
	if p.Fee.IsPositive() {
		zh += "注意：本次提前还款需支付违约金 " + reply.Yuan(p.Fee) + "。"
		en += " Note: this prepayment carries a fee of " + reply.CNY(p.Fee) + "."
	}
	return reply.Msg{Intent: intentPrepay, Zh: zh, En: en, Cards: tr.cards(p)}
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

func (tr *turn) extendCalc() reply.Msg {
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

func (tr *turn) extendReply(p loan.ExtensionPreview, loanID string, said bool) reply.Msg {
	zhNote, enNote := defaultMethodNote(said || loanID != "")
	zh := "剩余本金 " + reply.Yuan(p.Balance) + "，剩余 " + strconv.Itoa(p.CurrentRemainingMonths) + " 期" + zhNote + "，延长 " + strconv.Itoa(p.ExtendMonths) + " 个月后共 " + strconv.Itoa(p.NewRemainingMonths) + " 期：" +
		"月供由 " + reply.Yuan(p.CurrentPayment) + " 变为 " + reply.Yuan(p.NewPayment) + "（每月 " + reply.Signed(reply.Hans, p.MonthlyChange) + "），" +
		"剩余总利息由 " + reply.Yuan(p.TotalInterestBefore) + " 变为 " + reply.Yuan(p.TotalInterestAfter) + "（" + reply.Signed(reply.Hans, p.InterestChange) + "）。" +
		"以上仅为试算，展期是否批准需人工审核。"
	en := "Balance " + reply.CNY(p.Balance) + " over " + strconv.Itoa(p.CurrentRemainingMonths) + " remaining months, extended by " + strconv.Itoa(p.ExtendMonths) + " to " + strconv.Itoa(p.NewRemainingMonths) + " months: " +
		"the payment goes from " + reply.CNY(p.CurrentPayment) + " to " + reply.CNY(p.NewPayment) + " (" + reply.Signed(reply.En, p.MonthlyChange) + " a month), " +
		"and the remaining interest from " + reply.CNY(p.TotalInterestBefore) + " to " + reply.CNY(p.TotalInterestAfter) + " (" + reply.Signed(reply.En, p.InterestChange) + ")." + enNote +
		" This is a preview only; an extension is a credit decision a colleague makes."
	if loanID != "" {
		zh = "您的贷款 " + loanID + "：" + zh
		en = "Your loan " + loanID + ": " + en
	}
	return reply.Msg{Intent: intentExtend, Zh: zh, En: en, Cards: tr.cards(p),
		Quick: []reply.Choice{{Zh: "转人工", En: "Talk to a person"}}}
}

func (tr *turn) switchCalc() reply.Msg {
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

func (tr *turn) switchReply(p loan.MethodSwitchPreview, loanID string) reply.Msg {
	c, n := p.Current, p.Proposed
	zh := "剩余本金 " + reply.Yuan(p.Balance) + "，剩余 " + strconv.Itoa(p.RemainingMonths) + " 期，年利率 " + reply.Pct(p.AnnualRatePct) + "。" +
		zhMethod(string(c.Method)) + "：首期 " + reply.Yuan(c.FirstPayment) + "，末期 " + reply.Yuan(c.LastPayment) + "，总利息 " + reply.Yuan(c.TotalInterest) + "；" +
		"改为" + zhMethod(string(n.Method)) + "：首期 " + reply.Yuan(n.FirstPayment) + "，末期 " + reply.Yuan(n.LastPayment) + "，总利息 " + reply.Yuan(n.TotalInterest) + "；" +
		"利息差额 " + reply.Signed(reply.Hans, p.InterestDifference) + "。变更还款方式需人工办理。"
	en := "Balance " + reply.CNY(p.Balance) + " over " + strconv.Itoa(p.RemainingMonths) + " remaining months at " + reply.Pct(p.AnnualRatePct) + ". " +
		"With " + enMethod(string(c.Method)) + ": first payment " + reply.CNY(c.FirstPayment) + ", last " + reply.CNY(c.LastPayment) + ", total interest " + reply.CNY(c.TotalInterest) + ". " +
		"With " + enMethod(string(n.Method)) + ": first payment " + reply.CNY(n.FirstPayment) + ", last " + reply.CNY(n.LastPayment) + ", total interest " + reply.CNY(n.TotalInterest) + ". " +
		"Interest difference " + reply.Signed(reply.En, p.InterestDifference) + ". A colleague carries out the change."
	if loanID != "" {
		zh = "您的贷款 " + loanID + "：" + zh
		en = "Your loan " + loanID + ": " + en
	}
	return reply.Msg{Intent: intentMethod, Zh: zh, En: en, Cards: tr.cards(p)}
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
func (tr *turn) invalid(intent string, err error) reply.Msg {
	tr.st.clearPending()
	var fe *loan.FieldError
	zh, en := "这些数字我没法计算", "I can't calculate with those figures"
	if errors.As(err, &fe) {
		zh += "（" + fieldZh(fe.Field) + "超出范围）"
		en += " (the " + fieldEn(fe.Field) + " is out of range)"
	}
	return reply.Msg{Intent: intent, Zh: zh + "，请检查后重新告诉我。", En: en + "; please check them and ask again."}
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
	askPrincipal = reply.Msg{
		Zh: "请问您想贷款多少钱？例如：100万。",
		En: "How much would you like to borrow? For example: 1,000,000.",
	}
	askBalance = reply.Msg{
		Zh: "请问贷款目前还剩多少本金？例如：80万。",
		En: "What is the loan's remaining balance? For example: 800,000.",
	}
	askTerm = reply.Msg{
		Zh: "请问贷款期限是多久？",
		En: "Over how long would you repay it?",
		Quick: []reply.Choice{
			{Zh: "10年", En: "10 years"}, {Zh: "20年", En: "20 years"}, {Zh: "30年", En: "30 years"},
		},
	}
	askRemaining = reply.Msg{
		Zh: "请问贷款还剩多少期（或多少年）？",
		En: "How many months (or years) are left on the loan?",
		Quick: []reply.Choice{
			{Zh: "10年", En: "10 years"}, {Zh: "20年", En: "20 years"}, {Zh: "30年", En: "30 years"},
		},
	}
	askPrepay = reply.Msg{
		Zh: "请问打算提前还多少？例如：10万；也可以全部结清。",
		En: "How much would you like to prepay? For example: 100,000 — or pay it all off.",
		Quick: []reply.Choice{
			{Zh: "提前还10万", En: "Prepay 100,000"},
			{Zh: "全部还清", En: "Pay it all off", ZhAction: "一次性全部还清", EnAction: "pay off the whole loan"},
		},
	}
	askExtend = reply.Msg{
		Zh: "请问想延长多久？",
		En: "By how long would you like to extend?",
		Quick: []reply.Choice{
			{Zh: "延长1年", En: "Extend by 1 year"}, {Zh: "延长2年", En: "Extend by 2 years"}, {Zh: "延长5年", En: "Extend by 5 years"},
		},
	}
)

// unavailable answers when the book cannot be read; the customer can simply ask again.
func (tr *turn) unavailable(intent string, err error) reply.Msg {
	tr.a.d.Logger.Warn("borrower: book unavailable", "intent", intent, "err", err)
	return reply.Msg{
		Intent: intent,
		Zh:     "抱歉，系统暂时无法查询，请稍后再试，或拨打客服热线 " + tr.a.d.Hotline + "。",
		En:     "Sorry, I can't look that up right now. Please try again shortly, or call our service line " + tr.a.d.Hotline + ".",
	}
}
