package borrower

import (
	"cmp"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
)

// ownLoans are the caller's accounts and their views today.
type ownLoans struct {
	accts []book.Account
	views []book.Loan
	guest bool // the subject is not a customer in the book (an unbound Telegram chat)
}

// accounts reads the caller's accounts once a turn; only a borrower has any,
// and only their own (the principal's subject is the customer id).
func (tr *turn) accounts() ([]book.Account, error) {
	if tr.own != nil {
		return tr.own.accts, nil
	}
	p := tr.t.Principal
	if p.Role != dialog.RoleBorrower || p.Subject == "" {
		tr.own = &ownLoans{}
		return nil, nil
	}
	// A subject the book does not know (an unbound Telegram chat is "tg:<chat
	// id>") is a guest: it has no loans to read, whatever the book would say.
	if _, err := tr.a.d.Book.Customer(tr.ctx, p.Subject); errors.Is(err, dialog.ErrNotFound) {
		tr.own = &ownLoans{guest: true}
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	accts, err := tr.a.d.Book.Accounts(tr.ctx, p.Subject)
	if errors.Is(err, dialog.ErrNotFound) {
		accts, err = nil, nil
	}
	if err != nil {
		return nil, err
	}
	h, err := tr.history()
	if err != nil {
		return nil, err
	}
	own := &ownLoans{}
	now := tr.a.d.Clock()
	for _, a := range accts {
		if a.CustomerID != p.Subject { // a book that hands over someone else's loan is not trusted
			continue
		}
		v, err := a.View(now, h)
		if err != nil {
			tr.a.d.Logger.Warn("borrower: view account", "loan_id", a.ID, "err", err)
			continue
		}
		if v.Status == book.StatusPaidOff {
			continue
		}
		own.accts, own.views = append(own.accts, a), append(own.views, v)
	}
	tr.own = own
	return own.accts, nil
}

// ownLoan answers a question about one of the caller's loans.
func (tr *turn) ownLoan(intent string) reply.Msg {
	if tr.t.Principal.Role != dialog.RoleBorrower {
		return tr.done(reply.Msg{
			Intent: intent,
			Zh:     "查询或试算本人贷款需要以借款人身份登录手机银行后使用。如需按您提供的数字试算，请告诉我贷款金额、期限和利率。",
			En:     "Questions about your own loan need you to be signed in to mobile banking as the borrower. I can still calculate with figures you give me: the amount, the term and the rate.",
		})
	}
	if _, err := tr.accounts(); err != nil {
		return tr.unavailable(intent, err)
	}
	own := tr.own
	if own.guest && tr.t.Conversation.Channel == "telegram" {
		return tr.done(reply.Msg{
			Intent: intent,
			Zh:     "查询本人贷款需要先绑定账户：打开手机银行 → Telegram → 获取绑定码，然后在这里发送 /start 绑定码。在此之前，我可以按您提供的数字试算月供和额度，或解答常见问题。",
			En:     "To ask about your own loan, link your account first: open the mobile bank → Telegram → get a code, then send /start CODE here. Until then I can calculate repayments and quotas with figures you give me, or answer general questions.",
			Quick:  menu[:2],
		})
	}
	if len(own.views) == 0 {
		return tr.done(reply.Msg{
			Intent: intent,
			Zh:     "您名下目前没有查到正在还款的贷款。如需试算，可以告诉我贷款金额、期限和利率。",
			En:     "I can't find any active loan in your name. If you'd like an estimate, tell me the amount, the term and the rate.",
			Quick:  menu[:2],
		})
	}

	// Candidates: every loan, or for an LPR question the floating ones when there are any.
	idx := make([]int, 0, len(own.views))
	for i, v := range own.views {
		if intent != intentLPR || v.RateType == book.RateLPRFloating {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		for i := range own.views {
			idx = append(idx, i)
		}
	}
	if tail := tr.sl.LoanTail; tail != "" {
		var hit []int
		for _, i := range idx {
			if strings.HasSuffix(own.views[i].ID, tail) {
				hit = append(hit, i)
			}
		}
		if len(hit) == 0 {
			tr.sl.LoanTail = ""
			m := tr.askWhich(intent, idx)
			m.Zh = "没有找到尾号 " + tail + " 的贷款。" + m.Zh
			m.En = "I can't find a loan ending in " + tail + ". " + m.En
			return m
		}
		idx = hit
	}
	if len(idx) > 1 {
		return tr.askWhich(intent, idx)
	}
	i := idx[0]
	return tr.onLoan(intent, own.accts[i], own.views[i])
}

// askWhich asks which loan the customer means, one quick reply per loan.
func (tr *turn) askWhich(intent string, idx []int) reply.Msg {
	m := reply.Msg{Zh: "您名下有多笔贷款，请问是哪一笔？", En: "You have more than one loan. Which one do you mean?"}
	for _, i := range idx {
		v := tr.own.views[i]
		tail := v.ID[max(0, len(v.ID)-4):]
		zhName, enName := tr.productNames(v.Product)
		m.Quick = append(m.Quick, reply.Choice{
			Zh: "尾号" + tail + " " + zhName, En: enName + " ending " + tail,
			ZhAction: "尾号" + tail, EnAction: "loan ending " + tail,
		})
	}
	return tr.ask(intent, askLoan, true, m)
}

func (tr *turn) productNames(code string) (zh, en string) {
	p, err := tr.a.d.Catalogue.Product(code)
	if err != nil {
		return code, code
	}
	return cmp.Or(p.NameZh, code), cmp.Or(p.NameEn, code)
}

// onLoan answers intent on one loan, asking for what the question still needs.
func (tr *turn) onLoan(intent string, acct book.Account, v book.Loan) reply.Msg {
	tr.sl.LoanTail = v.ID[max(0, len(v.ID)-4):]
	switch intent {
	case intentSchedule:
		return tr.ownSchedule(v)
	case intentPrepay:
		return tr.ownPrepay(v)
	case intentLPR:
		return tr.ownLPR(acct, v)
	case intentExtend:
		return tr.ownExtend(v)
	case intentMethod:
		return tr.ownSwitch(v)
	case intentDueDay:
		return tr.ownDueDay(v)
	}
	return tr.done(tr.summaryReply(v))
}

// summaryReply phrases the loan_summary card.
func (tr *turn) summaryReply(v book.Loan) reply.Msg {
	s := v.Summary()
	zhName, enName := tr.productNames(s.Product)
	zh := "您的" + zhName + "（" + s.LoanID + "）：剩余本金 " + reply.Yuan(s.Balance) + "，年利率 " + reply.Pct(s.AnnualRatePct) +
		"，月供 " + reply.Yuan(s.MonthlyPayment)
	en := "Your " + enName + " (" + s.LoanID + "): balance " + reply.CNY(s.Balance) + ", rate " + reply.Pct(s.AnnualRatePct) +
		", monthly payment " + reply.CNY(s.MonthlyPayment)
	if s.NextDueDate != "" {
		zh += "，下一期还款日 " + s.NextDueDate
		en += ", next payment due " + s.NextDueDate
	}
	zh += "，还剩 " + strconv.Itoa(s.RemainingMonths) + " 期。"
	en += ", " + strconv.Itoa(s.RemainingMonths) + " payments to go."
	if s.OverduePeriods > 0 {
		zh += "目前逾期 " + strconv.Itoa(s.OverduePeriods) + " 期，逾期金额 " + reply.Yuan(s.OverdueAmount) + "，请尽快还款；如有困难可以告诉我。"
		en += " " + strconv.Itoa(s.OverduePeriods) + " payment(s) are overdue, " + reply.CNY(s.OverdueAmount) + " in total; please pay them as soon as you can, and tell me if you're having difficulty."
	}
	return reply.Msg{Intent: intentStatus, Zh: zh, En: en, Cards: tr.cards(s)}
}

// nextDue parses a view's next due date; zero when every period is due.
func nextDue(v book.Loan) time.Time {
	d, err := time.Parse(time.DateOnly, v.NextDueDate)
	if err != nil {
		return time.Time{}
	}
	return d
}

func (tr *turn) ownSchedule(v book.Loan) reply.Msg {
	in := loan.ScheduleInput{
		Principal: v.Balance, AnnualRatePct: v.AnnualRatePct, TermMonths: v.RemainingMonths, Method: v.Method,
	}
	if d := nextDue(v); !d.IsZero() {
		// The first row falls due on the next due date: one month after the month before it.
		in.StartDate, in.DueDay = time.Date(d.Year(), d.Month()-1, 1, 0, 0, 0, 0, time.UTC), v.DueDay
	}
	s, err := loan.NewSchedule(in)
	if err != nil {
		return tr.invalid(intentSchedule, err)
	}
	m := tr.scheduleReply(s, v.ID, true)
	m.Zh += "按当前利率和剩余本金测算"
	m.En += " Based on the current rate and balance"
	if v.RateType == book.RateLPRFloating {
		m.Zh += "，LPR 重定价后月供会随之调整"
		m.En += "; the payment changes when the rate reprices with the LPR"
	}
	m.Zh += "。"
	m.En += "."
	return tr.done(m)
}

func (tr *turn) ownPrepay(v book.Loan) reply.Msg {
	if !tr.sl.has(slotPrepay) {
		return tr.ask(intentPrepay, slotPrepay, true, reply.Msg{
			Zh:    "您的贷款 " + v.ID + " 剩余本金 " + reply.Yuan(v.Balance) + "，请问打算提前还多少？也可以全部结清。",
			En:    "Your loan " + v.ID + " has a balance of " + reply.CNY(v.Balance) + ". How much would you like to prepay? You can also pay it all off.",
			Quick: askPrepay.Quick,
		})
	}
	p, _ := tr.a.d.Catalogue.Product(v.Product)
	start, _ := time.Parse(time.DateOnly, v.StartDate)
	current := v.MonthlyPayment
	plan, err := loan.Prepay(loan.PrepayInput{
		Balance: v.Balance, AnnualRatePct: v.AnnualRatePct, RemainingMonths: v.RemainingMonths, Method: v.Method,
		PrepayAmount: tr.prepayAmount(v.Balance), CurrentPayment: &current,
		FeePct: p.PrepayFeePctOn(start, tr.a.d.Clock()),
	})
	if err != nil {
		return tr.invalid(intentPrepay, err)
	}
	plan.LoanID = v.ID
	m := tr.prepayReply(plan, v.ID, true)
	m.Zh += "提前还款需提前预约，由柜面或手机银行办理。"
	m.En += " A prepayment is booked in advance at a branch or in mobile banking."
	return tr.done(m)
}

// ownLPR previews the next repricing of a floating loan: balance and months
// as scheduled on the repricing date, old LPR the one applied at the last
// repricing, new LPR the latest published (moved by a what-if, if given).
func (tr *turn) ownLPR(acct book.Account, v book.Loan) reply.Msg {
	if v.RateType != book.RateLPRFloating {
		m := tr.summaryReply(v)
		m.Intent = intentLPR
		m.Zh = "您的这笔贷款是固定利率，LPR 调整不会改变它的利率和月供。" + m.Zh
		m.En = "This loan has a fixed rate, so an LPR move does not change its rate or payment. " + m.En
		return tr.done(m)
	}
	h, err := tr.history()
	if err != nil {
		return tr.unavailable(intentLPR, err)
	}
	repricing, err := time.Parse(time.DateOnly, v.NextRepricingDate)
	if err != nil {
		m := tr.summaryReply(v)
		m.Intent = intentLPR
		m.Zh = "您的贷款已没有后续的重定价日，LPR 调整不再影响它。" + m.Zh
		m.En = "Your loan has no repricing date left, so LPR moves no longer affect it. " + m.En
		return tr.done(m)
	}
	tenor := v.LPRTerm
	if tenor == "" {
		tenor = lpr.TenorFor(v.TermMonths)
	}
	// The scheduled position on the repricing date: the periods due by then paid on time.
	scheduled := acct
	scheduled.OverduePeriods = 0
	at, err := scheduled.View(repricing, h)
	if err != nil {
		return tr.invalid(intentLPR, err)
	}
	oldFix, ok := h.ApplicableOn(lastRepricing(acct, tr.a.d.Clock()))
	if !ok {
		return tr.unavailable(intentLPR, errors.New("no LPR fixing before the loan's last repricing"))
	}
	newLPR := h.Latest().Rate(tenor)
	whatIf := tr.sl.LPRChangeBP != nil
	if whatIf {
		newLPR = lpr.AddBP(newLPR, *tr.sl.LPRChangeBP)
	}
	spread := acct.SpreadBP
	if v.SpreadBP != nil {
		spread = *v.SpreadBP
	}
	c, err := lpr.Impact(lpr.ImpactInput{
		Balance: at.Balance, RemainingMonths: at.RemainingMonths, Method: v.Method, SpreadBP: spread,
		OldLPR: oldFix.Rate(tenor), NewLPR: newLPR, RepricingDate: repricing, LoanID: v.ID,
	})
	if err != nil {
		return tr.invalid(intentLPR, err)
	}
	m := tr.impactReply(c, true, v.ID)
	if whatIf {
		m.Zh += "（新 LPR 按最新一期报价加上您假设的变动计算。）"
		m.En += " (The new LPR is the latest fixing with the move you asked about.)"
	} else {
		m.Zh += "（新 LPR 为最新一期报价；重定价时以届时适用的报价为准。）"
		m.En += " (The new LPR is the latest fixing; the repricing uses the one that applies on that date.)"
	}
	return tr.done(m)
}

// lastRepricing is the last repricing date on or before now, or the start
// date when the loan has not repriced yet: the date whose LPR it pays today.
func lastRepricing(a book.Account, now time.Time) time.Time {
	last := a.StartDate
	for d := lpr.NextRepricingDate(a.RepricingRule, a.StartDate, a.StartDate); !d.After(now); d = lpr.NextRepricingDate(a.RepricingRule, a.StartDate, d) {
		last = d
	}
	return last
}

func (tr *turn) ownExtend(v book.Loan) reply.Msg {
	p, perr := tr.a.d.Catalogue.Product(v.Product)
	maxRemaining := 0
	if perr == nil && p.MaxTerm > 0 {
		maxRemaining = p.MaxTerm - (v.TermMonths - v.RemainingMonths)
		if maxRemaining <= v.RemainingMonths {
			m := tr.summaryReply(v)
			m.Intent = intentExtend
			m.Zh = "您的贷款已达到该产品的最长期限 " + zhMonths(p.MaxTerm) + "，无法再展期。如还款有困难，可以转人工商量重新安排还款计划。" + m.Zh
			m.En = "Your loan already runs to the product's maximum term of " + enMonths(p.MaxTerm) + ", so it can't be extended. If repayments are hard, a colleague can discuss restructuring with you. " + m.En
			m.Quick = []reply.Choice{{Zh: "转人工", En: "Talk to a person"}}
			return tr.done(m)
		}
	}
	if tr.sl.ExtendMonths == nil {
		return tr.ask(intentExtend, slotExtend, true, askExtend)
	}
	prev, err := loan.Extend(loan.ExtendInput{
		Balance: v.Balance, AnnualRatePct: v.AnnualRatePct, RemainingMonths: v.RemainingMonths, Method: v.Method,
		ExtendMonths: *tr.sl.ExtendMonths, MaxRemainingMonths: maxRemaining,
	})
	var fe *loan.FieldError
	if errors.As(err, &fe) && fe.Field == "extend_months" && perr == nil {
		tr.st.clearPending()
		return reply.Msg{
			Intent: intentExtend,
			Zh:     "延长 " + zhMonths(*tr.sl.ExtendMonths) + " 会超过该产品的最长期限 " + zhMonths(p.MaxTerm) + "，请换一个更短的期限试试。",
			En:     "Extending by " + enMonths(*tr.sl.ExtendMonths) + " would go beyond the product's maximum term of " + enMonths(p.MaxTerm) + ". Try a shorter extension.",
			Quick:  askExtend.Quick[:2],
		}
	}
	if err != nil {
		return tr.invalid(intentExtend, err)
	}
	prev.LoanID = v.ID
	return tr.done(tr.extendReply(prev, v.ID, true))
}

func (tr *turn) ownSwitch(v book.Loan) reply.Msg {
	target, said := tr.method()
	if said && target == v.Method {
		m := tr.summaryReply(v)
		m.Intent = intentMethod
		m.Zh = "您的贷款目前已经是" + zhMethod(string(v.Method)) + "。" + m.Zh
		m.En = "Your loan is already repaid in " + enMethod(string(v.Method)) + ". " + m.En
		return tr.done(m)
	}
	in := loan.SwitchInput{
		Balance: v.Balance, AnnualRatePct: v.AnnualRatePct, RemainingMonths: v.RemainingMonths, Method: v.Method,
	}
	if said {
		in.Target = target
	}
	p, err := loan.SwitchMethod(in)
	if err != nil {
		return tr.invalid(intentMethod, err)
	}
	p.LoanID = v.ID
	return tr.done(tr.switchReply(p, v.ID))
}

func (tr *turn) ownDueDay(v book.Loan) reply.Msg {
	if tr.sl.DueDay == nil {
		return tr.ask(intentDueDay, slotDueDay, true, reply.Msg{
			Zh: "您的贷款目前每月 " + strconv.Itoa(v.DueDay) + " 号还款，请问想改到几号？",
			En: "Your loan is due on day " + strconv.Itoa(v.DueDay) + " of each month. Which day would you like instead?",
			Quick: []reply.Choice{
				{Zh: "改到5号", En: "The 5th", EnAction: "move my due date to the 5th"},
				{Zh: "改到15号", En: "The 15th", EnAction: "move my due date to the 15th"},
				{Zh: "改到25号", En: "The 25th", EnAction: "move my due date to the 25th"},
			},
		})
	}
	if *tr.sl.DueDay == v.DueDay {
		tr.st.clearPending()
		return reply.Msg{Intent: intentDueDay,
			Zh: "您的贷款本来就是每月 " + strconv.Itoa(v.DueDay) + " 号还款，无需变更。",
			En: "Your loan is already due on day " + strconv.Itoa(v.DueDay) + " of each month; nothing to change."}
	}
	p, err := loan.ChangeDueDay(loan.DueDayInput{
		Balance: v.Balance, AnnualRatePct: v.AnnualRatePct, CurrentDueDay: v.DueDay,
		NewDueDay: *tr.sl.DueDay, NextDueDate: nextDue(v),
	})
	if err != nil {
		return tr.invalid(intentDueDay, err)
	}
	p.LoanID = v.ID
	zh := "您的贷款 " + v.ID + " 还款日由每月 " + strconv.Itoa(p.CurrentDueDay) + " 号改为 " + strconv.Itoa(p.NewDueDay) + " 号："
	en := "Moving your loan " + v.ID + " from day " + strconv.Itoa(p.CurrentDueDay) + " to day " + strconv.Itoa(p.NewDueDay) + ": "
	if len(p.NextDueDates) > 0 {
		zh += "之后的还款日为 " + strings.Join(p.NextDueDates, "、") + "。"
		en += "the next due dates would be " + strings.Join(p.NextDueDates, ", ") + "."
	}
	if p.ExtraDays > 0 {
		zh += "多出的 " + strconv.Itoa(p.ExtraDays) + " 天需支付过渡期利息 " + reply.Yuan(p.TransitionInterest) + "。"
		en += " The " + strconv.Itoa(p.ExtraDays) + " extra days carry transition interest of " + reply.CNY(p.TransitionInterest) + "."
	}
	zh += "还款日变更需由人工办理。"
	en += " A colleague carries out the change."
	return tr.done(reply.Msg{Intent: intentDueDay, Zh: zh, En: en, Cards: tr.cards(p),
		Quick: []reply.Choice{{Zh: "转人工", En: "Talk to a person"}}})
}
