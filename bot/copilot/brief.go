package copilot

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/lpr"
)

// briefNotes is how many recent notes a brief lists.
const briefNotes = 5

// renewalMonths is the seed practice's renewal lead: three months before maturity.
const renewalMonths = 3

// hardshipCodes are the flags the hardship options answer (DOMAIN.md §5).
var hardshipCodes = []string{"job_loss", "income_drop", "illness", "business_distress", "repayment_difficulty", "multi_debt", "intent_to_default", "collateral_issue"}

// brief answers "张伟的情况" with a customer_brief card.
func (tr *turn) brief(c book.Customer) (reply.Msg, error) {
	s, err := tr.standing(c)
	if err != nil {
		return reply.Msg{}, err
	}
	h, err := tr.history()
	if err != nil {
		return reply.Msg{}, err
	}
	lang := tr.lang
	bc := BriefCard{
		Kind: KindBrief, AsOf: tr.now.Format(time.DateOnly),
		Customer: CustomerInfo{ID: c.ID, Name: c.Name, NameEn: c.NameEn, Lang: c.Lang, Segment: c.Segment, Phone: maskPhone(c.Phone)},
		Tier:     s.tier, TierReason: s.why, TierExplained: s.explainTier(lang), TierBasis: s.basis,
		Loans: []LoanRow{}, RecentNotes: []NoteRow{}, Flags: s.flags, OpenAlerts: []AlertRow{},
	}
	if bc.Flags == nil {
		bc.Flags = []FlagRow{}
	}
	for _, l := range s.loans {
		bc.Loans = append(bc.Loans, loanRow(l.view))
	}
	for _, n := range s.notes[:min(len(s.notes), briefNotes)] {
		row := NoteRow{NoteID: n.ID, ConversationID: n.ConversationID, EndedAt: n.EndedAt.UTC(), Channel: n.Channel,
			Summary: n.Summary, Intents: n.Intents, Flags: []string{}}
		if row.Intents == nil {
			row.Intents = []string{}
		}
		for _, f := range n.Flags {
			if !slices.Contains(row.Flags, f.Code) {
				row.Flags = append(row.Flags, f.Code)
			}
		}
		bc.RecentNotes = append(bc.RecentNotes, row)
	}
	open := s.openAlerts()
	overdue := 0
	for _, a := range open {
		row := alertRow(a, c, tr.now)
		if row.Overdue {
			overdue++
		}
		bc.OpenAlerts = append(bc.OpenAlerts, row)
	}
	bc.TalkingPoints = tr.talkingPoints(s, h, open)

	var zh, en strings.Builder
	zh.WriteString(c.Name + "（" + c.ID + "）\n" + s.explainTier(reply.Hans) + "\n")
	en.WriteString(displayName(reply.En, c.Name, c.NameEn) + " (" + c.ID + ")\n" + s.explainTier(reply.En) + "\n")
	if len(s.loans) == 0 {
		zh.WriteString("名下暂无贷款。\n")
		en.WriteString("No loans on the book.\n")
	} else {
		zh.WriteString("贷款 " + strconv.Itoa(len(s.loans)) + " 笔：")
		en.WriteString(plural(len(s.loans), "loan", "loans") + ": ")
		var zhs, ens []string
		for _, l := range s.loans {
			zhs = append(zhs, loanLine(reply.Hans, l.view))
			ens = append(ens, loanLine(reply.En, l.view))
		}
		zh.WriteString(strings.Join(zhs, "；") + "。\n")
		en.WriteString(strings.Join(ens, "; ") + ".\n")
	}
	if len(open) > 0 {
		zh.WriteString("未处理预警 " + strconv.Itoa(len(open)) + " 条")
		en.WriteString(plural(len(open), "open alert", "open alerts"))
		if overdue > 0 {
			zh.WriteString("，其中 " + strconv.Itoa(overdue) + " 条已超过24小时联系时限")
			en.WriteString(", " + strconv.Itoa(overdue) + " past the 24-hour contact deadline")
		}
		zh.WriteString("。\n")
		en.WriteString(".\n")
	}
	zh.WriteString("沟通要点：")
	en.WriteString("Talking points:")
	for i, p := range bc.TalkingPoints {
		n := "\n" + strconv.Itoa(i+1) + ". " + p
		zh.WriteString(n)
		en.WriteString(n)
	}
	tr.st.Customer = c.ID
	return reply.Msg{
		Intent: IntentBrief, Zh: zh.String(), En: en.String(), Cards: []dialog.Card{card(bc)},
		Quick: []reply.Choice{
			{Zh: "起草还款提醒", En: "Draft a repayment reminder", ZhAction: "给" + c.ID + "起草还款提醒", EnAction: "draft a repayment reminder for " + c.ID},
			{Zh: "LPR影响", En: "LPR impact", ZhAction: c.ID + "的LPR影响", EnAction: "LPR impact for " + c.ID},
		},
	}, nil
}

// talkingPoints are rules over the customer's standing, most urgent first,
// in the manager's language, with the customer's own figures.
func (tr *turn) talkingPoints(s standing, h lpr.History, open []dialog.Alert) []string {
	lang := tr.lang
	var out []string
	say := func(zh, en string) { out = append(out, pick(lang, zh, en)) }

	for _, a := range open[:min(len(open), 3)] {
		due := a.DueAt.Sub(tr.now)
		what := flagName(lang, a.Code)
		switch {
		case a.Kind == dialog.AlertCallback:
			say("客户在等待人工时选择了回电（偏好时间："+a.Evidence+"），请在 "+when(a.DueAt)+" 前回电。",
				"The customer asked for a callback while waiting (preferred time: "+a.Evidence+"); call back before "+when(a.DueAt)+" Beijing time.")
		case due < 0:
			say("先处理预警：「"+what+"」（客户原话："+a.Evidence+"），24小时联系时限已过 "+strconv.Itoa(hours(-due))+" 小时，请尽快联系。",
				"First the alert \""+what+"\" (the customer's words: "+a.Evidence+"): the 24-hour contact deadline passed "+strconv.Itoa(hours(-due))+"h ago; call now.")
		default:
			say("先处理预警：「"+what+"」（客户原话："+a.Evidence+"），请在 "+when(a.DueAt)+" 前联系（还剩 "+strconv.Itoa(hours(due))+" 小时）。",
				"First the alert \""+what+"\" (the customer's words: "+a.Evidence+"): contact them before "+when(a.DueAt)+" Beijing time ("+strconv.Itoa(hours(due))+"h left).")
		}
	}
	for _, l := range s.loans {
		v := l.view
		if v.OverduePeriods > 0 {
			say("尾号"+tail(v.ID)+" "+productName(lang, v.Product)+"逾期 "+strconv.Itoa(v.OverduePeriods)+" 期，共 "+reply.Yuan(v.OverdueAmount)+
				"：先了解原因，说明逾期会报送征信、超过90天会成为不良，再商量部分还款、延期，需要时转专人评估重组。",
				"Loan ending "+tail(v.ID)+" has "+strconv.Itoa(v.OverduePeriods)+" period(s) overdue, "+reply.CNY(v.OverdueAmount)+
					": ask what happened, say plainly that overdue records reach the credit report and that beyond 90 days the loan becomes non-performing, then discuss a partial payment, an extension, or a review for restructuring.")
		}
	}
	var hard []string
	for _, f := range s.flags {
		if slices.Contains(hardshipCodes, f.Code) && !slices.Contains(hard, flagName(lang, f.Code)) {
			hard = append(hard, flagName(lang, f.Code))
		}
	}
	if len(hard) > 0 {
		say("客户提到"+joinList(lang, hard)+"：先表示理解，再介绍可行的办法（部分还款、延期、由专人评估调整还款计划）。",
			"The customer spoke of "+joinList(lang, hard)+": acknowledge it first, then offer the options (a partial payment, an extension, a review of the repayment plan by a specialist).")
	}
	for _, f := range s.flags {
		switch f.Code {
		case "complaint_escalation", "legal_threat":
			say("客户有投诉或法律相关的表述（"+f.Evidence+"）：先倾听并记录，必要时转投诉专席。",
				"The customer raised a complaint or legal step ("+f.Evidence+"): listen, record it, and involve the complaints desk if needed.")
		case "contact_change":
			say("客户提到更换联系方式：核实并更新联系资料。", "The customer mentioned new contact details: verify and update them.")
		case "fraud_risk":
			say("客户遇到疑似诈骗：提醒本行不会索要验证码或要求转账到“安全账户”。",
				"The customer met a suspected scam: remind them the bank never asks for codes or transfers to a \"safe account\".")
		default:
			continue
		}
		break
	}
	renewBy := tr.now.AddDate(0, renewalMonths, 0)
	for _, l := range s.loans {
		v := l.view
		if v.RateType == book.RateLPRFloating && v.NextRepricingDate != "" {
			if c, err := l.acct.RepricingImpact(tr.now, h, nil); err == nil {
				latest := h.Latest().Date.Format(time.DateOnly)
				if c.MonthlyChange.IsZero() {
					say("尾号"+tail(v.ID)+" "+productName(lang, v.Product)+" "+c.RepricingDate+" 重定价：按最新LPR（"+latest+"）利率仍为 "+reply.Pct(c.NewRatePct)+
						"，月供维持 "+reply.Yuan(c.NewPayment)+"。客户问起LPR时，用这组数字说明。",
						"Loan ending "+tail(v.ID)+" reprices on "+c.RepricingDate+": at the latest LPR ("+latest+") the rate stays "+reply.Pct(c.NewRatePct)+
							" and the payment "+reply.CNY(c.NewPayment)+". Use these numbers if the LPR comes up.")
				} else {
					say("尾号"+tail(v.ID)+" "+productName(lang, v.Product)+" "+c.RepricingDate+" 重定价：按最新LPR（"+latest+"），利率 "+
						reply.Pct(c.OldRatePct)+" → "+reply.Pct(c.NewRatePct)+"，月供 "+reply.Yuan(c.OldPayment)+" → "+reply.Yuan(c.NewPayment)+"（每月 "+reply.Signed(reply.Hans, c.MonthlyChange)+"）。用客户自己的数字解释LPR。",
						"Loan ending "+tail(v.ID)+" reprices on "+c.RepricingDate+": at the latest LPR ("+latest+") the rate goes "+
							reply.Pct(c.OldRatePct)+" → "+reply.Pct(c.NewRatePct)+" and the payment "+reply.CNY(c.OldPayment)+" → "+reply.CNY(c.NewPayment)+" ("+reply.Signed(reply.En, c.MonthlyChange)+" a month). Explain the LPR in their own numbers.")
				}
			}
		}
		if m, err := time.Parse(time.DateOnly, v.MaturityDate); err == nil && v.Status != book.StatusPaidOff && !m.Before(day(tr.now)) && !m.After(renewBy) {
			say("尾号"+tail(v.ID)+" "+productName(lang, v.Product)+"将于 "+v.MaturityDate+" 到期（还有 "+strconv.Itoa(daysBetween(tr.now, m))+" 天）：按惯例提前三个月沟通续贷。",
				"Loan ending "+tail(v.ID)+" matures on "+v.MaturityDate+" (in "+strconv.Itoa(daysBetween(tr.now, m))+" days): talk about renewal, three months ahead as usual.")
		}
	}
	switch s.tier {
	case book.TierA:
		say("核心客户：维护关系，了解新的资金需求。", "Core customer: look after the relationship and ask about new financing needs.")
	case book.TierB:
		say("潜力客户：关注增长中的资金需求。", "Potential customer: watch for growing financing needs.")
	}
	if len(out) == 0 {
		for _, l := range s.loans {
			if l.view.NextDueDate != "" {
				say("下期 "+l.view.NextDueDate+" 应还 "+reply.Yuan(l.view.MonthlyPayment)+"：例行关怀即可。",
					"Next payment "+reply.CNY(l.view.MonthlyPayment)+" on "+l.view.NextDueDate+": a routine check-in.")
				break
			}
		}
	}
	if len(out) == 0 {
		say("例行关怀即可。", "A routine check-in.")
	}
	return out
}

// loanRow is a loan view as the brief lists it.
func loanRow(v book.Loan) LoanRow {
	return LoanRow{
		LoanID: v.ID, Product: v.Product, RateType: v.RateType, AnnualRatePct: v.AnnualRatePct, LPRTerm: string(v.LPRTerm),
		SpreadBP: v.SpreadBP, Balance: v.Balance, MonthlyPayment: v.MonthlyPayment, NextDueDate: v.NextDueDate,
		RemainingMonths: v.RemainingMonths, OverduePeriods: v.OverduePeriods, OverdueAmount: v.OverdueAmount,
		MaturityDate: v.MaturityDate, NextRepricingDate: v.NextRepricingDate, Status: v.Status,
	}
}

// loanLine is one loan in a sentence.
func loanLine(lang string, v book.Loan) string {
	if lang == reply.En {
		s := productName(lang, v.Product) + " ending " + tail(v.ID) + ", balance " + reply.CNY(v.Balance) + " at " + reply.Pct(v.AnnualRatePct)
		if v.NextDueDate != "" {
			s += ", next payment " + reply.CNY(v.MonthlyPayment) + " on " + v.NextDueDate
		}
		if v.OverduePeriods > 0 {
			s += ", " + strconv.Itoa(v.OverduePeriods) + " period(s) overdue (" + reply.CNY(v.OverdueAmount) + ")"
		}
		return s
	}
	s := "尾号" + tail(v.ID) + " " + productName(lang, v.Product) + "，余额 " + reply.Yuan(v.Balance) + "，利率 " + reply.Pct(v.AnnualRatePct)
	if v.NextDueDate != "" {
		s += "，下期 " + v.NextDueDate + " 应还 " + reply.Yuan(v.MonthlyPayment)
	}
	if v.OverduePeriods > 0 {
		s += "，逾期 " + strconv.Itoa(v.OverduePeriods) + " 期（" + reply.Yuan(v.OverdueAmount) + "）"
	} else {
		s += "，无逾期"
	}
	return s
}

// alertRow is an alert as the copilot lists it, judged against the 24-hour rule at now.
func alertRow(a dialog.Alert, c book.Customer, now time.Time) AlertRow {
	r := AlertRow{
		ID: a.ID, Kind: a.Kind, CustomerID: a.CustomerID, CustomerName: c.Name, Code: a.Code, Severity: a.Severity,
		Evidence: a.Evidence, Action: a.Action, CreatedAt: a.CreatedAt.UTC(), DueAt: a.DueAt.UTC(), Status: a.Status,
		ConversationID: a.ConversationID, NoteID: a.NoteID, AckedAt: a.AckedAt, AckedBy: a.AckedBy,
	}
	if !r.AckedAt.IsZero() {
		r.AckedAt = r.AckedAt.UTC()
	}
	if a.Status == dialog.AlertOpen {
		if d := now.Sub(a.DueAt); d > 0 {
			r.Overdue, r.OverdueHours = true, hours(d)
		} else {
			r.HoursLeft = hours(-d)
		}
	}
	return r
}

// maskPhone keeps the first three and last four digits: 138****5678.
func maskPhone(p string) string {
	r := []rune(p)
	if len(r) <= 7 {
		return strings.Repeat("*", len(r))
	}
	return string(r[:3]) + strings.Repeat("*", len(r)-7) + string(r[len(r)-4:])
}

// day is t's calendar date at UTC midnight.
func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }

// daysBetween counts calendar days from now's date to d.
func daysBetween(now, d time.Time) int { return int(day(d).Sub(day(now)).Hours() / 24) }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
