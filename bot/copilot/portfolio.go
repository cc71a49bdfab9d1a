package copilot

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// portfolio answers "LPR下调20个基点对我的客户有什么影响": every floating
// loan of the customers asked about (the whole book when none is named) at
// its next repricing date, by book.Account.RepricingImpact under the latest
// fixing, or the latest moved by bp (DOMAIN.md §3: what-ifs move the latest).
func (tr *turn) portfolio(only []book.Customer, bp *int) (reply.Msg, error) {
	h, err := tr.history()
	if err != nil {
		return reply.Msg{}, err
	}
	latest := h.Latest()
	if latest.Date.IsZero() {
		return reply.Msg{}, errors.New("no LPR fixing known")
	}
	cs := only
	if len(cs) == 0 {
		if cs, err = tr.book(); err != nil {
			return reply.Msg{}, err
		}
	}
	pc := PortfolioCard{
		Kind: KindLPR, AsOf: tr.now.Format(time.DateOnly), Scenario: "latest",
		LPRDate: latest.Date.Format(time.DateOnly), OneYearPct: latest.OneYear, FiveYearPct: latest.FiveYear,
		AppliedOneYearPct: latest.OneYear, AppliedFiveYearPct: latest.FiveYear, Loans: []ImpactRow{},
	}
	if bp != nil && *bp != 0 {
		pc.Scenario, pc.ChangeBP = "what_if", *bp
		pc.AppliedOneYearPct, pc.AppliedFiveYearPct = lpr.AddBP(latest.OneYear, *bp), lpr.AddBP(latest.FiveYear, *bp)
	}
	if len(only) == 1 {
		pc.CustomerID = only[0].ID
	}
	total := decimal.Zero
	for _, c := range cs {
		ls, err := tr.loans(c.ID)
		if err != nil {
			return reply.Msg{}, err
		}
		for _, l := range ls {
			if l.view.Status == book.StatusPaidOff {
				continue
			}
			if l.view.RateType != book.RateLPRFloating {
				pc.FixedLoans++
				continue
			}
			var moved *money.Percent
			if pc.Scenario == "what_if" {
				m := lpr.AddBP(latest.Rate(l.view.LPRTerm), pc.ChangeBP)
				moved = &m
			}
			ic, err := l.acct.RepricingImpact(tr.now, h, moved)
			if err != nil {
				reason := err.Error()
				if fe := (*loan.FieldError)(nil); errors.As(err, &fe) {
					reason = fe.Msg
				}
				pc.Skipped = append(pc.Skipped, SkippedLoan{LoanID: l.view.ID, Reason: reason})
				continue
			}
			pc.Loans = append(pc.Loans, ImpactRow{
				CustomerID: c.ID, CustomerName: c.Name, LoanID: l.view.ID, Product: l.view.Product, Method: string(ic.Method),
				LPRTerm: string(l.view.LPRTerm), SpreadBP: ic.SpreadBP, RepricingDate: ic.RepricingDate,
				Balance: ic.Balance, RemainingMonths: ic.RemainingMonths, OldLPRPct: ic.OldLPRPct, NewLPRPct: ic.NewLPRPct,
				OldRatePct: ic.OldRatePct, NewRatePct: ic.NewRatePct, OldPayment: ic.OldPayment, NewPayment: ic.NewPayment,
				MonthlyChange: ic.MonthlyChange, TotalInterestChange: ic.TotalInterestChange,
			})
			total = total.Add(ic.MonthlyChange.Decimal)
		}
	}
	pc.TotalMonthlyChange = money.A(total)
	slices.SortStableFunc(pc.Loans, func(a, b ImpactRow) int {
		return cmp.Or(cmp.Compare(a.RepricingDate, b.RepricingDate), cmp.Compare(a.LoanID, b.LoanID))
	})
	if len(only) == 1 {
		tr.st.Customer = only[0].ID
	}

	var zh, en strings.Builder
	if pc.Scenario == "what_if" {
		zh.WriteString("如果LPR在最新报价（" + pc.LPRDate + "：1年期 " + reply.Pct(latest.OneYear) + "，5年期以上 " + reply.Pct(latest.FiveYear) + "）基础上" +
			bpText(reply.Hans, pc.ChangeBP) + "（1年期 " + reply.Pct(pc.AppliedOneYearPct) + "，5年期以上 " + reply.Pct(pc.AppliedFiveYearPct) + "），")
		en.WriteString("If the LPR moves " + bpText(reply.En, pc.ChangeBP) + " from the latest fixing (" + pc.LPRDate + ": 1Y " + reply.Pct(latest.OneYear) +
			", 5Y " + reply.Pct(latest.FiveYear) + ") to 1Y " + reply.Pct(pc.AppliedOneYearPct) + " and 5Y " + reply.Pct(pc.AppliedFiveYearPct) + ", ")
	} else {
		zh.WriteString("按最新LPR（" + pc.LPRDate + "：1年期 " + reply.Pct(latest.OneYear) + "，5年期以上 " + reply.Pct(latest.FiveYear) + "），")
		en.WriteString("At the latest LPR (" + pc.LPRDate + ": 1Y " + reply.Pct(latest.OneYear) + ", 5Y " + reply.Pct(latest.FiveYear) + "), ")
	}
	if len(pc.Loans) == 0 {
		zh.WriteString("没有需要重定价的浮动利率贷款。")
		en.WriteString("no floating-rate loan reprices.")
	} else {
		zh.WriteString(strconv.Itoa(len(pc.Loans)) + " 笔浮动利率贷款在下次重定价后月供合计变化 " + reply.Signed(reply.Hans, pc.TotalMonthlyChange) + "：")
		en.WriteString(plural(len(pc.Loans), "floating-rate loan changes", "floating-rate loans change") + " by " +
			reply.Signed(reply.En, pc.TotalMonthlyChange) + " a month in total at their next repricing:")
		for _, r := range pc.Loans {
			zh.WriteString("\n· " + r.CustomerName + " 尾号" + tail(r.LoanID) + "，" + r.RepricingDate + " 重定价，利率 " + reply.Pct(r.OldRatePct) + " → " +
				reply.Pct(r.NewRatePct) + "，月供 " + reply.Yuan(r.OldPayment) + " → " + reply.Yuan(r.NewPayment) + "（" + reply.Signed(reply.Hans, r.MonthlyChange) + "）")
			en.WriteString("\n· " + tr.enName(r.CustomerID) + ", loan ending " + tail(r.LoanID) + ", reprices " + r.RepricingDate + ": " + reply.Pct(r.OldRatePct) +
				" → " + reply.Pct(r.NewRatePct) + ", payment " + reply.CNY(r.OldPayment) + " → " + reply.CNY(r.NewPayment) + " (" + reply.Signed(reply.En, r.MonthlyChange) + ")")
		}
	}
	if pc.FixedLoans > 0 {
		zh.WriteString("\n另有 " + strconv.Itoa(pc.FixedLoans) + " 笔固定利率贷款不受LPR影响。")
		en.WriteString("\n" + plural(pc.FixedLoans, "fixed-rate loan is", "fixed-rate loans are") + " not affected.")
	}
	quick := []reply.Choice{
		{Zh: "如果LPR下降10个基点", En: "If LPR falls 10bp"},
		{Zh: "如果LPR上升10个基点", En: "If LPR rises 10bp"},
	}
	if len(only) == 1 {
		id := only[0].ID
		quick = []reply.Choice{{Zh: "起草LPR说明", En: "Draft an LPR explanation", ZhAction: "给" + id + "起草LPR说明", EnAction: "draft an LPR explanation for " + id}}
	}
	return reply.Msg{Intent: IntentLPR, Zh: zh.String(), En: en.String(), Cards: []dialog.Card{card(pc)}, Quick: quick}, nil
}
