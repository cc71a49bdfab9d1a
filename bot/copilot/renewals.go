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
)

// renewals answers "未来6个月到期的贷款": the loans of the book (or of the
// customers named) maturing from today to the end of the window; three
// months when none is asked (the seed practice). Asked about one customer
// without a window, every loan of theirs is listed by maturity.
func (tr *turn) renewals(only []book.Customer, w window) (reply.Msg, error) {
	cs := only
	var err error
	if len(cs) == 0 {
		if cs, err = tr.book(); err != nil {
			return reply.Msg{}, err
		}
	}
	everyLoan := len(only) > 0 && w.zero()
	if w.zero() && !everyLoan {
		w = window{months: renewalMonths}
	}
	today := day(tr.now)
	rc := RenewalCard{Kind: KindRenewals, AsOf: today.Format(time.DateOnly), WindowMonths: w.months, WindowDays: w.days, Loans: []RenewalRow{}}
	until := today.AddDate(0, w.months, w.days)
	if !everyLoan {
		rc.Until = until.Format(time.DateOnly)
	}
	if len(only) == 1 {
		rc.CustomerID = only[0].ID
		tr.st.Customer = only[0].ID
	}
	var outside []RenewalRow
	for _, c := range cs {
		ls, err := tr.loans(c.ID)
		if err != nil {
			return reply.Msg{}, err
		}
		for _, l := range ls {
			v := l.view
			m, err := time.Parse(time.DateOnly, v.MaturityDate)
			if err != nil || v.Status == book.StatusPaidOff || m.Before(today) {
				continue
			}
			row := RenewalRow{
				CustomerID: c.ID, CustomerName: c.Name, LoanID: v.ID, Product: v.Product, Balance: v.Balance,
				MonthlyPayment: v.MonthlyPayment, RemainingMonths: v.RemainingMonths, MaturityDate: v.MaturityDate,
				DaysToMaturity: daysBetween(today, m), OverduePeriods: v.OverduePeriods, Status: v.Status,
			}
			if everyLoan || !m.After(until) {
				rc.Loans = append(rc.Loans, row)
			} else {
				outside = append(outside, row)
			}
		}
	}
	byDate := func(a, b RenewalRow) int {
		return cmp.Or(cmp.Compare(a.MaturityDate, b.MaturityDate), cmp.Compare(a.LoanID, b.LoanID))
	}
	slices.SortStableFunc(rc.Loans, byDate)
	slices.SortStableFunc(outside, byDate)
	if len(rc.Loans) == 0 && len(outside) > 0 {
		rc.NextOutside = &outside[0]
	}

	var zhWin, enWin string
	switch {
	case everyLoan:
		zhWin, enWin = only[0].Name+"名下贷款的到期情况", "Maturities of "+displayName(reply.En, only[0].Name, only[0].NameEn)+"'s loans"
	case w.days > 0:
		zhWin, enWin = "未来 "+strconv.Itoa(w.days)+" 天内（至 "+rc.Until+"）到期的贷款", "Loans maturing in the next "+strconv.Itoa(w.days)+" days (to "+rc.Until+")"
	default:
		zhWin, enWin = "未来 "+strconv.Itoa(w.months)+" 个月内（至 "+rc.Until+"）到期的贷款", "Loans maturing in the next "+plural(w.months, "month", "months")+" (to "+rc.Until+")"
	}
	var zh, en strings.Builder
	if len(rc.Loans) == 0 {
		zh.WriteString(zhWin + "：没有。")
		en.WriteString(enWin + ": none.")
		if n := rc.NextOutside; n != nil {
			zh.WriteString("最近一笔是" + n.CustomerName + "尾号" + tail(n.LoanID) + "的" + productName(reply.Hans, n.Product) + "，" + n.MaturityDate + " 到期（还有 " + strconv.Itoa(n.DaysToMaturity) + " 天）。")
			en.WriteString(" The next is " + tr.enName(n.CustomerID) + "'s " + productName(reply.En, n.Product) + " ending " + tail(n.LoanID) + ", maturing " + n.MaturityDate + " (in " + strconv.Itoa(n.DaysToMaturity) + " days).")
		}
	} else {
		zh.WriteString(zhWin + "，共 " + strconv.Itoa(len(rc.Loans)) + " 笔：")
		en.WriteString(enWin + ": " + strconv.Itoa(len(rc.Loans)) + ".")
		for _, r := range rc.Loans {
			zh.WriteString("\n· " + r.CustomerName + " 尾号" + tail(r.LoanID) + " " + productName(reply.Hans, r.Product) + "，" + r.MaturityDate + " 到期（" +
				strconv.Itoa(r.DaysToMaturity) + " 天），剩余本金 " + reply.Yuan(r.Balance))
			en.WriteString("\n· " + tr.enName(r.CustomerID) + ", " + productName(reply.En, r.Product) + " ending " + tail(r.LoanID) + ", matures " + r.MaturityDate + " (" +
				strconv.Itoa(r.DaysToMaturity) + " days), balance " + reply.CNY(r.Balance))
		}
		zh.WriteString("\n按惯例在到期前三个月沟通续贷。")
		en.WriteString("\nAs usual, talk about renewal three months before maturity.")
	}
	quick := []reply.Choice{{Zh: "未来6个月", En: "Next 6 months", ZhAction: "未来6个月到期的贷款", EnAction: "loans maturing in the next 6 months"},
		{Zh: "未来12个月", En: "Next 12 months", ZhAction: "未来12个月到期的贷款", EnAction: "loans maturing in the next 12 months"}}
	if len(rc.Loans) == 1 {
		id := rc.Loans[0].CustomerID
		quick = append([]reply.Choice{{Zh: "起草续贷邀约", En: "Draft a renewal offer", ZhAction: "给" + id + "起草续贷邀约", EnAction: "draft a renewal offer for " + id}}, quick...)
	}
	return reply.Msg{Intent: IntentRenewals, Zh: zh.String(), En: en.String(), Cards: []dialog.Card{card(rc)}, Quick: quick}, nil
}
