package borrower

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/product"
)

var (
	mortgageRe = regexp.MustCompile(`房贷|住房|买房|购房|房子|mortgage|house|home|flat|apartment`)
	businessRe = regexp.MustCompile(`经营|生意|做买卖|公司|business`)
	consumerRe = regexp.MustCompile(`消费|装修|买车|旅游|consumer|personal loan`)
)

// productOf reads which product a quota question is about; "" when it does not say.
func productOf(norm string) string {
	switch {
	case mortgageRe.MatchString(norm):
		return product.Mortgage
	case businessRe.MatchString(norm):
		return product.Business
	case consumerRe.MatchString(norm):
		return product.Consumer
	}
	return ""
}

// quota answers 额度试算 from the monthly income, with the product's
// defaults for what the customer did not say.
func (tr *turn) quota() reply.Msg {
	st := tr.st
	st.Product = cmp.Or(productOf(strings.ToLower(tr.an.Norm)), st.Product)
	if tr.sl.MonthlyIncome == nil {
		m := tr.ask(intentQuota, slotIncome, false, reply.Msg{
			Zh: "请问您的月收入（税后）大约是多少？如有其他贷款，也请告诉我每月要还多少。",
			En: "What is your monthly income (after tax)? If you have other loans, tell me how much they cost you each month too.",
		})
		return m
	}
	code, said := cmp.Or(st.Product, product.Consumer), st.Product != ""
	in := product.QuotaInput{
		Product:       code,
		MonthlyIncome: amount(tr.sl.MonthlyIncome),
		Lang:          tr.lang,
	}
	if tr.sl.MonthlyDebt != nil {
		in.MonthlyDebt = amount(tr.sl.MonthlyDebt)
	}
	if tr.sl.TermMonths != nil {
		in.TermMonths = *tr.sl.TermMonths
	}
	if tr.sl.AnnualRatePct != nil {
		r := percent(tr.sl.AnnualRatePct)
		in.AnnualRatePct = &r
	}
	h, err := tr.history()
	if err != nil {
		return tr.unavailable(intentQuota, err)
	}
	q, err := tr.a.d.Catalogue.Quota(in, h)
	if err != nil {
		return tr.invalid(intentQuota, err)
	}
	p, _ := tr.a.d.Catalogue.Product(code)
	zhName, enName := cmp.Or(p.NameZh, code), cmp.Or(p.NameEn, code)

	zh := "按" + zhName + "试算"
	en := "For a " + enName
	if !said {
		zh += "（您没有说明贷款种类，默认按" + zhName + "）"
		en += " (you didn't say which kind of loan, so I used this one)"
	}
	if q.MaxPrincipal.IsZero() {
		zh += "：按目前的收入和每月负债，暂时估算不出可贷额度。"
		en += ": with the income and monthly debts you gave, the estimate comes to " + reply.CNY(q.MaxPrincipal) + "."
	} else {
		zh += "：最高约可贷 " + reply.Yuan(q.MaxPrincipal) + "，期限 " + zhMonths(q.TermMonths) + "，年利率 " + reply.Pct(q.AnnualRatePct) +
			"，月供约 " + reply.Yuan(q.MonthlyPayment) + "。"
		en += ": you could borrow up to about " + reply.CNY(q.MaxPrincipal) + " over " + enMonths(q.TermMonths) + " at " + reply.Pct(q.AnnualRatePct) +
			", a monthly payment of about " + reply.CNY(q.MonthlyPayment) + "."
	}
	bz, be := bindingText(q.BindingConstraint)
	zh += bz
	en += be
	if q.LTVPending {
		zh += "房贷额度还受房屋评估价值（贷款成数）限制。"
		en += " A mortgage is also limited by the home's appraised value (loan-to-value)."
	}
	zh += q.Disclaimer + "。"
	en += " " + strings.ToUpper(q.DisclaimerEn[:1]) + q.DisclaimerEn[1:] + "."
	if tr.lang == reply.Hant {
		// The card already carries the Traditional disclaimer; the text is converted whole.
		zh = strings.Replace(zh, q.Disclaimer, product.DisclaimerZh, 1)
	}
	m := reply.Msg{Intent: intentQuota, Zh: zh, En: en, Cards: tr.cards(q)}
	if !said {
		income := tr.sl.MonthlyIncome.String()
		m.Quick = []reply.Choice{
			{Zh: "按住房贷款试算", En: "As a mortgage", ZhAction: "月收入" + income + "，房贷额度试算", EnAction: "How much can I borrow for a mortgage with monthly income " + income + "?"},
			{Zh: "按经营贷试算", En: "As a business loan", ZhAction: "月收入" + income + "，经营贷额度试算", EnAction: "How much can I borrow for a business loan with monthly income " + income + "?"},
		}
	}
	return tr.done(m)
}

func bindingText(b string) (zh, en string) {
	switch b {
	case product.BindDTI:
		return "额度主要受还款能力（月还款不超过收入的一定比例）限制。", " The limit comes from affordability (repayments as a share of income)."
	case product.BindProductCap:
		return "已达到该产品的最高额度。", " This is the product's maximum amount."
	case product.BindLTV:
		return "额度受抵押物价值限制。", " The limit comes from the collateral's value."
	case product.BindAgeTerm:
		return "期限受年龄限制（到期时年龄上限）。", " The term is limited by your age at maturity."
	}
	return "", ""
}

// askRate asks for the annual rate, offering the catalogue's rates today.
func (tr *turn) askRate() reply.Msg {
	m := reply.Msg{
		Zh: "请问贷款的年利率是多少？例如：3.5%。",
		En: "What is the loan's annual interest rate? For example: 3.5%.",
	}
	h, err := tr.history()
	if err != nil {
		return m
	}
	for _, code := range []string{product.Mortgage, product.Consumer, product.Business} {
		p, err := tr.a.d.Catalogue.Product(code)
		if err != nil {
			continue
		}
		r, err := p.Rate.Rate(h)
		if err != nil {
			continue
		}
		m.Quick = append(m.Quick, reply.Choice{
			Zh: p.NameZh + " " + reply.Pct(r), En: p.NameEn + " " + reply.Pct(r),
			ZhAction: "年利率" + reply.Pct(r), EnAction: "rate " + reply.Pct(r),
		})
	}
	return m
}

// lprCalc answers "what does an LPR move do" for a loan the customer
// describes: its balance, remaining term and current rate, and the move.
func (tr *turn) lprCalc() reply.Msg {
	sl := tr.sl
	switch {
	case sl.Principal == nil:
		return tr.ask(intentLPR, slotPrincipal, false, askBalance)
	case sl.TermMonths == nil:
		return tr.ask(intentLPR, slotTerm, false, askRemaining)
	case sl.AnnualRatePct == nil:
		return tr.ask(intentLPR, slotRate, false, tr.askRate())
	case sl.LPRChangeBP == nil:
		return tr.ask(intentLPR, slotBP, false, askMove)
	}
	h, err := tr.history()
	if err != nil {
		return tr.unavailable(intentLPR, err)
	}
	method, said := tr.method()
	latest := h.Latest()
	old := latest.Rate(lpr.TenorFor(*sl.TermMonths))
	// The loan's spread over the LPR it follows, in whole basis points.
	spread := int(percent(sl.AnnualRatePct).Sub(old.Decimal).Mul(decimal.NewFromInt(100)).Round(0).IntPart())
	c, err := lpr.Impact(lpr.ImpactInput{
		Balance: amount(sl.Principal), RemainingMonths: *sl.TermMonths, Method: method,
		SpreadBP: spread, OldLPR: old, NewLPR: lpr.AddBP(old, *sl.LPRChangeBP),
	})
	if err != nil {
		return tr.invalid(intentLPR, err)
	}
	return tr.done(tr.impactReply(c, said, ""))
}

// impactReply phrases an lpr_impact card.
func (tr *turn) impactReply(c lpr.ImpactCard, said bool, loanID string) reply.Msg {
	zhNote, enNote := defaultMethodNote(said || loanID != "")
	zh := "剩余本金 " + reply.Yuan(c.Balance) + "，剩余 " + strconv.Itoa(c.RemainingMonths) + " 期" + zhNote + "：" +
		"LPR 由 " + reply.Pct(c.OldLPRPct) + " 变为 " + reply.Pct(c.NewLPRPct) + "，贷款利率由 " + reply.Pct(c.OldRatePct) + " 变为 " + reply.Pct(c.NewRatePct) + "，" +
		"月供由 " + reply.Yuan(c.OldPayment) + " 变为 " + reply.Yuan(c.NewPayment) + "（每月 " + reply.Signed(reply.Hans, c.MonthlyChange) + "），" +
		"剩余总利息变化 " + reply.Signed(reply.Hans, c.TotalInterestChange) + "。"
	en := "Balance " + reply.CNY(c.Balance) + " over " + strconv.Itoa(c.RemainingMonths) + " remaining months: " +
		"with the LPR moving from " + reply.Pct(c.OldLPRPct) + " to " + reply.Pct(c.NewLPRPct) + ", the loan rate goes from " + reply.Pct(c.OldRatePct) + " to " + reply.Pct(c.NewRatePct) + ", " +
		"and the payment from " + reply.CNY(c.OldPayment) + " to " + reply.CNY(c.NewPayment) + " (" + reply.Signed(reply.En, c.MonthlyChange) + " a month); " +
		"the remaining interest changes by " + reply.Signed(reply.En, c.TotalInterestChange) + "." + enNote
	if c.MonthlyChange.IsZero() && c.OldLPRPct.Equal(c.NewLPRPct.Decimal) {
		zh += "LPR 与上次重定价时相同，重定价后利率和月供不变。"
		en += " The LPR is the same as at the last repricing, so the rate and the payment stay as they are."
	}
	if loanID != "" {
		zh = "您的贷款 " + loanID + " 将于 " + c.RepricingDate + " 重定价。按重定价日的" + zh
		en = "Your loan " + loanID + " reprices on " + c.RepricingDate + ". At that date: " + en
	}
	return reply.Msg{Intent: intentLPR, Zh: zh, En: en, Cards: tr.cards(c)}
}

var askMove = reply.Msg{
	Zh: "请问 LPR 变动多少？例如：下调10个基点。",
	En: "How much does the LPR move? For example: a cut of 10 basis points.",
	Quick: []reply.Choice{
		{Zh: "下调10个基点", En: "Cut by 10bp", EnAction: "LPR cut by 10 basis points"},
		{Zh: "下调25个基点", En: "Cut by 25bp", EnAction: "LPR cut by 25 basis points"},
		{Zh: "上调10个基点", En: "Rise by 10bp", EnAction: "LPR rise by 10 basis points"},
	},
}

// history is the LPR history: the shipped fixings and the admin's, read once a turn.
func (tr *turn) history() (lpr.History, error) {
	if tr.hist != nil {
		return *tr.hist, nil
	}
	recorded, err := tr.a.d.Book.Fixings(tr.ctx)
	if err != nil {
		return lpr.History{}, err
	}
	h := lpr.NewHistory(tr.a.shipped, recorded)
	tr.hist = &h
	return h, nil
}
