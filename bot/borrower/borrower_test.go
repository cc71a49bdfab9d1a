package borrower

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/bot/signals"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
	"github.com/loandesk/loandesk/knowledge/product"
)

// today is pinned after the last shipped fixing (2026-08-20).
var today = time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC)

// fakeBook is the demo book in maps, plus c-2001 with two loans.
type fakeBook struct {
	customers map[string]book.Customer
	accounts  map[string][]book.Account
}

func (b fakeBook) Customer(_ context.Context, id string) (book.Customer, error) {
	c, ok := b.customers[id]
	if !ok {
		return book.Customer{}, fmt.Errorf("customer %s: %w", id, dialog.ErrNotFound)
	}
	return c, nil
}

func (b fakeBook) Accounts(_ context.Context, id string) ([]book.Account, error) {
	return b.accounts[id], nil
}

func (b fakeBook) Fixings(context.Context) ([]lpr.Fixing, error) { return nil, nil }

func newFakeBook() fakeBook {
	customers, _, accounts, _ := book.DemoBook(today)
	b := fakeBook{customers: map[string]book.Customer{}, accounts: map[string][]book.Account{}}
	for _, c := range customers {
		b.customers[c.ID] = c
	}
	for _, a := range accounts {
		b.accounts[a.CustomerID] = append(b.accounts[a.CustomerID], a)
	}
	b.customers["c-2001"] = book.Customer{ID: "c-2001", Name: "赵敏"}
	b.accounts["c-2001"] = []book.Account{
		{ID: "L-2001-1111", CustomerID: "c-2001", Product: product.Consumer, Principal: money.MustAmount("100000"),
			RateType: book.RateFixed, FixedRatePct: money.MustPercent("3.5"), Method: loan.EqualInstallment,
			TermMonths: 36, StartDate: time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC), DueDay: 5},
		{ID: "L-2001-2222", CustomerID: "c-2001", Product: product.Mortgage, Principal: money.MustAmount("800000"),
			RateType: book.RateLPRFloating, LPRTenor: lpr.FiveYear, SpreadBP: -30, Method: loan.EqualInstallment,
			TermMonths: 240, StartDate: time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC), DueDay: 20},
	}
	return b
}

var (
	nluOnce sync.Once
	nluA    *nlu.Analyzer
)

func analyzer(t *testing.T) *nlu.Analyzer {
	t.Helper()
	nluOnce.Do(func() {
		var err error
		if nluA, err = nlu.New(); err != nil {
			panic(err)
		}
	})
	return nluA
}

var (
	assistantOnce sync.Once
	assistant     *Assistant
	assistantErr  error
)

// newAssistant shares one assistant (it is safe for concurrent use and holds
// no conversation state), so the dictionaries load once.
func newAssistant(t *testing.T) *Assistant {
	t.Helper()
	assistantOnce.Do(func() {
		assistant, assistantErr = New(Deps{
			Analyzer: analyzer(t), Book: newFakeBook(), Catalogue: product.Defaults(),
			Clock: func() time.Time { return today },
		})
	})
	if assistantErr != nil {
		t.Fatal(assistantErr)
	}
	return assistant
}

// chat drives Respond the way the dialog engine does: the analysis travels in
// Detail, the state comes back from the previous turn.
type chat struct {
	t     *testing.T
	a     *Assistant
	p     dialog.Principal
	state []byte
	lang  string
}

func newChat(t *testing.T, a *Assistant, customer string) *chat {
	p := dialog.Principal{Subject: customer, Role: dialog.RoleBorrower}
	if customer == "" {
		p = dialog.Principal{Subject: "m-01", Role: dialog.RoleManager}
	}
	return &chat{t: t, a: a, p: p}
}

func (c *chat) turn(text, action string) dialog.Response {
	c.t.Helper()
	an := analyzer(c.t).Analyze(text)
	c.lang = cmp.Or(an.Lang, c.lang)
	var flags []dialog.Flag
	for _, f := range signals.New(analyzer(c.t).Normalizer()).Detect(an).Flags {
		flags = append(flags, dialog.Flag{Code: f.Code, Severity: f.Severity, Evidence: f.Evidence})
	}
	resp, err := c.a.Respond(context.Background(), dialog.Turn{
		Conversation: dialog.Conversation{ID: "conv-1", CustomerID: c.p.Subject, Role: c.p.Role, Lang: c.lang, State: c.state},
		Principal:    c.p,
		Message:      dialog.Message{Text: text, Action: action, Lang: an.Lang},
		Analysis:     dialog.Analysis{Lang: an.Lang, Intent: an.Intent, Detail: an, Flags: flags},
	})
	if err != nil {
		c.t.Fatalf("Respond(%q): %v", text, err)
	}
	if resp.State != nil {
		c.state = resp.State
	}
	if len(resp.Replies) == 0 {
		c.t.Fatalf("Respond(%q): no reply", text)
	}
	for _, r := range resp.Replies {
		if r.Intent == "" || !isIntent(r.Intent) {
			c.t.Errorf("Respond(%q): reply intent %q is not a protocol intent", text, r.Intent)
		}
	}
	return resp
}

func (c *chat) say(text string) dialog.Response { c.t.Helper(); return c.turn(text, "") }

// choose sends a quick reply's action, as the web client does.
func (c *chat) choose(resp dialog.Response, label string) dialog.Response {
	c.t.Helper()
	for _, r := range resp.Replies {
		for _, q := range r.QuickReplies {
			if q.Label == label {
				return c.turn(q.Action, q.Action)
			}
		}
	}
	c.t.Fatalf("no quick reply %q in %+v", label, resp.Replies)
	return dialog.Response{}
}

func isIntent(s string) bool {
	for _, i := range nlu.Intents {
		if i == s {
			return true
		}
	}
	return false
}

// last is the reply carrying a card, or the last reply.
func last(resp dialog.Response) dialog.Reply {
	for _, r := range resp.Replies {
		if len(r.Cards) > 0 {
			return r
		}
	}
	return resp.Replies[len(resp.Replies)-1]
}

// card returns the reply's card of kind, failing when there is none.
func card(t *testing.T, r dialog.Reply, kind string) dialog.Card {
	t.Helper()
	for _, c := range r.Cards {
		if c.Kind() == kind {
			return c
		}
	}
	t.Fatalf("no %s card in reply %q (cards %d)", kind, r.Text, len(r.Cards))
	return nil
}

// sameCard compares a reply's card with the knowledge package's own result.
func sameCard(t *testing.T, got dialog.Card, want any) {
	t.Helper()
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(w) {
		t.Errorf("card differs from the knowledge result:\n got %s\nwant %s", got, w)
	}
}

// inText formats an amount as the reply text must show it in lang.
func inText(lang string, a money.Amount) string { return reply.Amount(lang, a) }

func mustContain(t *testing.T, text string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(text, p) {
			t.Errorf("text %q lacks %q", text, p)
		}
	}
}

// checkScript asserts the text is in the customer's script.
func checkScript(t *testing.T, lang, text string) {
	t.Helper()
	switch lang {
	case reply.Hant:
		for _, simp := range []string{"还", "贷", "额", "试", "们", "个"} {
			if strings.Contains(text, simp) {
				t.Errorf("Traditional reply contains Simplified %q: %s", simp, text)
			}
		}
	case reply.Hans:
		for _, trad := range []string{"還", "貸", "額", "試", "們", "個"} {
			if strings.Contains(text, trad) {
				t.Errorf("Simplified reply contains Traditional %q: %s", trad, text)
			}
		}
	case reply.En:
		for _, r := range text {
			if r >= 0x4e00 && r <= 0x9fff {
				t.Errorf("English reply contains Chinese: %s", text)
				break
			}
		}
	}
}

func d(s string) money.Amount  { return money.MustAmount(s) }
func p(s string) money.Percent { return money.MustPercent(s) }

func TestScheduleCalculator(t *testing.T) {
	a := newAssistant(t)
	tests := []struct {
		lang, text string
		in         loan.ScheduleInput
	}{
		{reply.Hans, "贷款100万，30年，利率3.5%，月供多少",
			loan.ScheduleInput{Principal: d("1000000"), AnnualRatePct: p("3.5"), TermMonths: 360, Method: loan.EqualInstallment}},
		{reply.Hans, "借50w十年等额本金每个月还多少，利率4.9%",
			loan.ScheduleInput{Principal: d("500000"), AnnualRatePct: p("4.9"), TermMonths: 120, Method: loan.EqualPrincipal}},
		{reply.Hant, "貸款80萬20年等額本息月供多少，利率4.9%",
			loan.ScheduleInput{Principal: d("800000"), AnnualRatePct: p("4.9"), TermMonths: 240, Method: loan.EqualInstallment}},
		{reply.En, "Show me the repayment schedule for 800k over 25 years at 3.85%",
			loan.ScheduleInput{Principal: d("800000"), AnnualRatePct: p("3.85"), TermMonths: 300, Method: loan.EqualInstallment}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := last(newChat(t, a, "c-1001").say(tt.text))
			if r.Intent != intentSchedule {
				t.Fatalf("intent %s, text %q", r.Intent, r.Text)
			}
			want, err := loan.NewSchedule(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			sameCard(t, card(t, r, loan.KindSchedule), want.Truncated(chatRows))
			mustContain(t, r.Text, inText(tt.lang, want.FirstPayment), inText(tt.lang, want.TotalInterest), inText(tt.lang, want.TotalPayment))
			checkScript(t, tt.lang, r.Text)
		})
	}
}

func TestQuotaCalculator(t *testing.T) {
	a := newAssistant(t)
	cat := product.Defaults()
	h := lpr.NewHistory(lpr.Shipped())
	tests := []struct {
		lang, text string
		in         product.QuotaInput
	}{
		{reply.Hans, "我月薪两万，能贷多少？", product.QuotaInput{Product: product.Consumer, MonthlyIncome: d("20000")}},
		{reply.Hans, "帮我算一下能借多少钱，月收入1.5万，每月房贷要还4000",
			product.QuotaInput{Product: product.Mortgage, MonthlyIncome: d("15000"), MonthlyDebt: d("4000")}},
		{reply.Hant, "額度試算，月入2萬5", product.QuotaInput{Product: product.Consumer, MonthlyIncome: d("25000")}},
		{reply.En, "How much can I borrow if I earn 30k a month?", product.QuotaInput{Product: product.Consumer, MonthlyIncome: d("30000")}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := last(newChat(t, a, "c-1001").say(tt.text))
			if r.Intent != intentQuota {
				t.Fatalf("intent %s, text %q", r.Intent, r.Text)
			}
			tt.in.Lang = tt.lang
			want, err := cat.Quota(tt.in, h)
			if err != nil {
				t.Fatal(err)
			}
			sameCard(t, card(t, r, product.KindQuota), want)
			mustContain(t, r.Text, inText(tt.lang, want.MaxPrincipal), inText(tt.lang, want.MonthlyPayment))
			disclaimer := map[string]string{reply.Hans: product.DisclaimerZh, reply.Hant: product.DisclaimerZhHant, reply.En: "subject to approval"}[tt.lang]
			mustContain(t, r.Text, disclaimer)
			checkScript(t, tt.lang, r.Text)
		})
	}
}

// TestSlotFilling asks for the missing term, takes the quick reply and answers.
func TestSlotFilling(t *testing.T) {
	a := newAssistant(t)
	tests := []struct {
		lang, first, choice string
		second              string // typed instead of a quick reply when set
		principal, rate     string
	}{
		{lang: reply.Hans, first: "贷款100万，利率4.9%，月供多少", choice: "20年", principal: "1000000", rate: "4.9"},
		{lang: reply.Hant, first: "貸款100萬，利率4.9%，月供多少", choice: "20年", principal: "1000000", rate: "4.9"},
		{lang: reply.En, first: "What's the monthly payment on a loan of 1,000,000 at 4.9%?", choice: "20 years", principal: "1000000", rate: "4.9"},
		{lang: reply.Hans, first: "贷款100万，利率4.9%，月供多少", second: "二十年吧", principal: "1000000", rate: "4.9"},
	}
	for _, tt := range tests {
		t.Run(tt.first+tt.second, func(t *testing.T) {
			c := newChat(t, a, "c-1001")
			ask := c.say(tt.first)
			q := last(ask)
			if len(q.Cards) != 0 || q.Intent != intentSchedule || len(q.QuickReplies) == 0 {
				t.Fatalf("want a question about the term, got %+v", q)
			}
			checkScript(t, tt.lang, q.Text)
			var resp dialog.Response
			if tt.second != "" {
				resp = c.say(tt.second)
			} else {
				resp = c.choose(ask, tt.choice)
			}
			r := last(resp)
			want, err := loan.NewSchedule(loan.ScheduleInput{Principal: d(tt.principal), AnnualRatePct: p(tt.rate), TermMonths: 240, Method: loan.EqualInstallment})
			if err != nil {
				t.Fatal(err)
			}
			sameCard(t, card(t, r, loan.KindSchedule), want.Truncated(chatRows))
			mustContain(t, r.Text, inText(tt.lang, want.FirstPayment))
			checkScript(t, tt.lang, r.Text)
			if st := loadState(c.state); st.Pending != "" {
				t.Errorf("pending %q after the answer", st.Pending)
			}
		})
	}
}

// TestThreeTurnFilling asks for the principal, then the term, then answers.
func TestThreeTurnFilling(t *testing.T) {
	a := newAssistant(t)
	c := newChat(t, a, "c-1001")
	if r := last(c.say("帮我算月供，利率3.5%")); len(r.Cards) != 0 {
		t.Fatalf("want a question, got %q", r.Text)
	}
	ask := c.say("100万")
	if r := last(ask); len(r.Cards) != 0 || len(r.QuickReplies) == 0 {
		t.Fatalf("want the term question, got %q", r.Text)
	}
	r := last(c.choose(ask, "30年"))
	want, _ := loan.NewSchedule(loan.ScheduleInput{Principal: d("1000000"), AnnualRatePct: p("3.5"), TermMonths: 360, Method: loan.EqualInstallment})
	sameCard(t, card(t, r, loan.KindSchedule), want.Truncated(chatRows))
	mustContain(t, r.Text, "4,490.45 元", "等额本息")
}

// TestNewQuestionResetsPending: a clear new question drops the pending one.
func TestNewQuestionResetsPending(t *testing.T) {
	a := newAssistant(t)
	c := newChat(t, a, "c-1001")
	c.say("贷款100万，利率4.9%，月供多少")
	r := last(c.say("我想转人工"))
	if r.Intent != intentHuman {
		t.Fatalf("intent %s", r.Intent)
	}
	if st := loadState(c.state); st.Pending != "" {
		t.Errorf("pending %q after a new question", st.Pending)
	}
}

// TestOwnLoanOnly: a borrower's questions about their loan use only their loan.
func TestOwnLoanOnly(t *testing.T) {
	a := newAssistant(t)
	others := []string{"L-1002-3721", "L-1003-5210", "L-1004-2046", "L-2001-1111", "L-2001-2222"}
	questions := []struct{ text, kind string }{
		{"我的贷款还有几期", book.KindLoanSummary},
		{"我的还款计划给我看一下", loan.KindSchedule},
		{"我想提前还款10万", loan.KindPrepayment},
		{"LPR降了，我的房贷月供会变吗", "lpr_impact"},
		{"我想申请展期一年", book.KindLoanSummary}, // already at the product's maximum term
		{"我的房贷能改成等额本金吗", loan.KindMethodSwitch},
		{"能不能把每月还款日改到20号", loan.KindDueDay},
	}
	for _, q := range questions {
		t.Run(q.text, func(t *testing.T) {
			resp := newChat(t, a, "c-1001").say(q.text)
			r := last(resp)
			c := card(t, r, q.kind)
			for _, o := range others {
				for _, rr := range resp.Replies {
					if strings.Contains(rr.Text, o) || strings.Contains(string(c), o) {
						t.Errorf("reply mentions another customer's loan %s: %s", o, rr.Text)
					}
				}
			}
			if !strings.Contains(string(c)+r.Text, "L-1001-6688") {
				t.Errorf("reply is not about L-1001-6688: %s %s", r.Text, c)
			}
			checkScript(t, reply.Hans, r.Text)
		})
	}
}

func TestOwnLoanFigures(t *testing.T) {
	a := newAssistant(t)
	h := lpr.NewHistory(lpr.Shipped())
	acct := newFakeBook().accounts["c-1001"][0]
	v, err := acct.View(today, h)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("summary", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("我的贷款还有几期"))
		sameCard(t, card(t, r, book.KindLoanSummary), v.Summary())
		mustContain(t, r.Text, reply.Yuan(v.Balance), reply.Yuan(v.MonthlyPayment), v.NextDueDate)
	})

	t.Run("prepayment uses the actual payment", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("我想提前还款10万"))
		cur := v.MonthlyPayment
		want, err := loan.Prepay(loan.PrepayInput{Balance: v.Balance, AnnualRatePct: v.AnnualRatePct, RemainingMonths: v.RemainingMonths,
			Method: v.Method, PrepayAmount: d("100000"), CurrentPayment: &cur})
		if err != nil {
			t.Fatal(err)
		}
		want.LoanID = v.ID
		sameCard(t, card(t, r, loan.KindPrepayment), want)
		mustContain(t, r.Text, reply.Yuan(cur), reply.Yuan(want.Options[0].MonthlyPayment), reply.Yuan(want.Options[0].InterestSaved))
	})

	t.Run("lpr what-if at the repricing date", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("五年期LPR下调10个基点，我每个月能少还多少"))
		repricing, _ := time.Parse(time.DateOnly, v.NextRepricingDate)
		at, err := acct.View(repricing, h)
		if err != nil {
			t.Fatal(err)
		}
		want, err := lpr.Impact(lpr.ImpactInput{Balance: at.Balance, RemainingMonths: at.RemainingMonths, Method: v.Method,
			SpreadBP: -30, OldLPR: p("3.5"), NewLPR: p("3.4"), RepricingDate: repricing, LoanID: v.ID})
		if err != nil {
			t.Fatal(err)
		}
		sameCard(t, card(t, r, "lpr_impact"), want)
		if want.OldRatePct.String() != "3.2" || want.NewRatePct.String() != "3.1" {
			t.Errorf("rates %s → %s, want 3.2 → 3.1", want.OldRatePct, want.NewRatePct)
		}
		mustContain(t, r.Text, reply.Yuan(want.OldPayment), reply.Yuan(want.NewPayment), reply.Signed(reply.Hans, want.MonthlyChange), v.NextRepricingDate)
	})

	t.Run("fixed loan and LPR", func(t *testing.T) {
		r := last(newChat(t, a, "c-1002").say("LPR调整对我的月供有什么影响"))
		if r.Intent != intentLPR {
			t.Errorf("intent %s", r.Intent)
		}
		card(t, r, book.KindLoanSummary)
		mustContain(t, r.Text, "固定利率", "L-1002-3721")
	})

	t.Run("extension", func(t *testing.T) {
		acct := newFakeBook().accounts["c-1002"][0]
		v, err := acct.View(today, h)
		if err != nil {
			t.Fatal(err)
		}
		r := last(newChat(t, a, "c-1002").say("我想申请展期一年"))
		want, err := loan.Extend(loan.ExtendInput{Balance: v.Balance, AnnualRatePct: v.AnnualRatePct, RemainingMonths: v.RemainingMonths,
			Method: v.Method, ExtendMonths: 12, MaxRemainingMonths: 60 - v.PaidPeriods - v.OverduePeriods})
		if err != nil {
			t.Fatal(err)
		}
		want.LoanID = v.ID
		sameCard(t, card(t, r, loan.KindExtension), want)
		mustContain(t, r.Text, reply.Yuan(want.CurrentPayment), reply.Yuan(want.NewPayment), "人工")
	})

	t.Run("extension is bounded by the product", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("我的贷款能延长5年吗"))
		card(t, r, book.KindLoanSummary)
		mustContain(t, r.Text, "最长期限 30 年")
		r = last(newChat(t, a, "c-1002").say("我的贷款能延长5年吗"))
		if len(r.Cards) != 0 {
			t.Errorf("a preview beyond the product's maximum term: %s", r.Cards[0])
		}
		mustContain(t, r.Text, "最长期限 5 年")
	})

}

func TestWhichLoan(t *testing.T) {
	a := newAssistant(t)
	c := newChat(t, a, "c-2001")
	ask := c.say("我的贷款还有几期")
	if r := last(ask); len(r.Cards) != 0 || len(r.QuickReplies) != 2 {
		t.Fatalf("want a question with two loans, got %+v", r)
	}
	r := last(c.choose(ask, "尾号2222 个人住房贷款"))
	mustContain(t, string(card(t, r, book.KindLoanSummary)), "L-2001-2222")

	r = last(newChat(t, a, "c-2001").say("查一下我尾号1111的那笔贷款"))
	mustContain(t, string(card(t, r, book.KindLoanSummary)), "L-2001-1111")

	// An LPR question picks the only floating loan.
	r = last(newChat(t, a, "c-2001").say("LPR降了，我的房贷月供会变吗"))
	mustContain(t, string(card(t, r, "lpr_impact")), "L-2001-2222")
}

func TestNoLoansAndStaff(t *testing.T) {
	a := newAssistant(t)
	r := last(newChat(t, a, "c-9999").say("我的贷款还有几期"))
	if len(r.Cards) != 0 || !strings.Contains(r.Text, "没有") {
		t.Errorf("no loans: %q", r.Text)
	}
	r = last(newChat(t, a, "").say("我的贷款还有几期"))
	if len(r.Cards) != 0 || !strings.Contains(r.Text, "借款人") {
		t.Errorf("staff: %q", r.Text)
	}
}

func TestScripts(t *testing.T) {
	a := newAssistant(t)
	tests := []struct{ customer, lang, text, want string }{
		{"c-1001", reply.Hant, "我的貸款還有幾期", "還剩"},
		{"c-1001", reply.Hant, "LPR調整對我的月供有什麼影響", "貸款"},
		{"c-1004", reply.En, "When is my next payment due?", "CNY "},
		{"c-1004", reply.En, "How will the latest LPR cut change my mortgage payment?", "CNY "},
		{"c-1001", reply.Hans, "你好", ""},
		{"c-1001", reply.Hant, "謝謝你的幫忙", ""},
		{"c-1001", reply.En, "Hi there", ""},
		{"c-1001", reply.Hans, "今天天气怎么样", ""},
		{"c-1001", reply.Hant, "逾期超過90天會怎樣", ""},
		{"c-1001", reply.En, "What documents do I need for a personal loan?", ""},
		{"c-1001", reply.Hans, "我最近失业了，这个月的房贷可能还不上", ""},
		{"c-1001", reply.En, "I lost my job last month and I'm worried about making my payments", ""},
		{"c-1001", reply.Hant, "轉接人工坐席", ""},
		{"c-1001", reply.Hans, "你们的客服太差劲了，我要投诉", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			resp := newChat(t, a, tt.customer).say(tt.text)
			for _, r := range resp.Replies {
				checkScript(t, tt.lang, r.Text)
				for _, q := range r.QuickReplies {
					checkScript(t, tt.lang, q.Label)
				}
			}
			if tt.want != "" {
				mustContain(t, strings.Join(texts(resp), ""), tt.want)
			}
		})
	}
}

func texts(resp dialog.Response) []string {
	var out []string
	for _, r := range resp.Replies {
		out = append(out, r.Text)
	}
	return out
}

// TestHandoffRequests checks which turns ask the core for a person
// (DOMAIN.md §6), by reason, skill and priority, and which do not.
func TestHandoffRequests(t *testing.T) {
	a := newAssistant(t)
	tests := []struct {
		name, customer string
		say            []string
		want           *dialog.HandoffRequest
	}{
		{"asked, mortgage holder", "c-1001", []string{"转人工"}, &dialog.HandoffRequest{Reason: dialog.ReasonRequested, Skill: dialog.SkillMortgage, Priority: dialog.PriorityNormal}},
		{"asked in Traditional, consumer loan", "c-1002", []string{"我要找真人客服"}, &dialog.HandoffRequest{Reason: dialog.ReasonRequested, Skill: dialog.SkillGeneral, Priority: dialog.PriorityNormal}},
		{"asked in English", "c-1004", []string{"Can I talk to a real person please"}, &dialog.HandoffRequest{Reason: dialog.ReasonRequested, Skill: dialog.SkillMortgage, Priority: dialog.PriorityNormal}},
		{"complaint", "c-1002", []string{"我要投诉你们的催收人员"}, &dialog.HandoffRequest{Reason: dialog.ReasonComplaint, Skill: dialog.SkillComplaints, Priority: dialog.PriorityNormal}},
		{"job loss", "c-1003", []string{"我被裁员了，下个月还不上了"}, &dialog.HandoffRequest{Reason: dialog.ReasonHardship, Skill: dialog.SkillHardship, Priority: dialog.PriorityHigh}},
		{"self-harm", "c-1001", []string{"我真的撑不下去了，不想活了"}, &dialog.HandoffRequest{Reason: dialog.ReasonSelfHarm, Skill: dialog.SkillHardship, Priority: dialog.PriorityCritical}},
		{"fraud", "c-1001", []string{"有人让我把验证码告诉他才能放款"}, &dialog.HandoffRequest{Reason: dialog.ReasonFraud, Skill: dialog.SkillGeneral, Priority: dialog.PriorityCritical}},
		{"two turns not understood", "c-1002", []string{"asdkjh qwe", "zzxq plmk"}, &dialog.HandoffRequest{Reason: dialog.ReasonNotUnderstood, Skill: dialog.SkillGeneral, Priority: dialog.PriorityNormal}},
		{"one turn not understood", "c-1002", []string{"asdkjh qwe"}, nil},
		{"a calculator question", "c-1002", []string{"贷款30万，3年，利率3.5%，月供多少"}, nil},
		{"a colleague's job loss", "c-1002", []string{"我同事被裁员了，好可怜"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newChat(t, a, tt.customer)
			var resp dialog.Response
			for _, s := range tt.say {
				resp = c.say(s)
			}
			if !reflect.DeepEqual(resp.Handoff, tt.want) {
				t.Fatalf("Handoff = %+v, want %+v (replies %q)", resp.Handoff, tt.want, texts(resp))
			}
		})
	}
}

func TestConversationReplies(t *testing.T) {
	a := newAssistant(t)
	t.Run("hardship", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("我最近失业了，这个月的房贷可能还不上"))
		if r.Intent != intentHardship {
			t.Fatalf("intent %s", r.Intent)
		}
		mustContain(t, r.Text, "我最近失业了", "征信", "90 天", "展期", "一部分", "转接")
		// A person is already on the way, so the reply offers only the preview.
		if len(r.QuickReplies) != 1 {
			t.Errorf("quick replies %+v", r.QuickReplies)
		}
	})
	t.Run("illness gets the options and a person on request", func(t *testing.T) {
		resp := newChat(t, a, "c-1001").say("我爸住院了，最近开销很大")
		if resp.Handoff != nil {
			t.Errorf("illness alone asked for a person: %+v", resp.Handoff)
		}
		if r := last(resp); len(r.QuickReplies) != 2 || strings.Contains(r.Text, "转接") {
			t.Errorf("illness reply %q, quick replies %+v", r.Text, r.QuickReplies)
		}
	})
	t.Run("fraud", func(t *testing.T) {
		resp := newChat(t, a, "c-1001").say("刚才有人自称银行工作人员让我把钱转到安全账户")
		mustContain(t, strings.Join(texts(resp), ""), "验证码", "安全账户", DefaultHotline)
	})
	t.Run("self-harm", func(t *testing.T) {
		for _, text := range []string{"我真的撑不下去了，不想活了", "I can't go on, I want to end my life"} {
			r := last(newChat(t, a, "c-1001").say(text))
			mustContain(t, r.Text, "12356")
			if strings.Contains(r.Text, "征信") || strings.Contains(r.Text, "credit") {
				t.Errorf("a self-harm reply talks about consequences: %s", r.Text)
			}
		}
	})
	t.Run("hardship told while asking something else", func(t *testing.T) {
		// The NLU reads most such messages as hardship; when it finds a
		// calculator question instead, the options come first, then the answer.
		text := "想提前还款10万，减少月供"
		an := analyzer(t).Analyze(text)
		resp, err := a.Respond(context.Background(), dialog.Turn{
			Conversation: dialog.Conversation{ID: "conv-h", CustomerID: "c-1001", Role: dialog.RoleBorrower},
			Principal:    dialog.Principal{Subject: "c-1001", Role: dialog.RoleBorrower},
			Message:      dialog.Message{Text: text},
			Analysis: dialog.Analysis{Lang: an.Lang, Intent: an.Intent, Detail: an, Flags: []dialog.Flag{
				{Code: "income_drop", Severity: "medium", Evidence: "公司降薪了"},
			}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(resp.Replies) < 2 || resp.Replies[0].Intent != intentHardship {
			t.Fatalf("replies %+v, want the hardship options first", texts(resp))
		}
		mustContain(t, resp.Replies[0].Text, "公司降薪了", "征信")
		if last(resp).Intent != intentPrepay {
			t.Errorf("the prepayment question went unanswered: %+v", texts(resp))
		}
	})
	t.Run("hardship in Traditional quotes the customer's words", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("最近手頭很緊，這個月可能還不起"))
		if r.Intent != intentHardship {
			t.Fatalf("intent %s", r.Intent)
		}
		mustContain(t, r.Text, "手頭很緊", "徵信")
	})
	t.Run("no hardship reply for a third party", func(t *testing.T) {
		for _, r := range newChat(t, a, "c-1001").say("我同事失业了，我想算算提前还款10万").Replies {
			if r.Intent == intentHardship {
				t.Errorf("hardship reply to a colleague's job loss: %s", r.Text)
			}
		}
	})
	t.Run("legal threat goes to a person", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("再乱扣我的钱我就找律师起诉你们"))
		if r.Intent != intentComplaint {
			t.Errorf("intent %s: %s", r.Intent, r.Text)
		}
	})
	t.Run("contact change is asked to update the records", func(t *testing.T) {
		for _, text := range []string{"我换手机号了", "我搬家了，想看看我的贷款还剩多少"} {
			resp := newChat(t, a, "c-1001").say(text)
			mustContain(t, strings.Join(texts(resp), ""), "更新")
		}
	})
	t.Run("faq", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("LPR是什么意思"))
		if r.Intent != intentFAQ {
			t.Fatalf("intent %s", r.Intent)
		}
		card(t, r, "faq_answer")
	})
	t.Run("unknown offers the menu", func(t *testing.T) {
		r := last(newChat(t, a, "c-1001").say("推荐一只股票"))
		if r.Intent != intentUnknown || len(r.QuickReplies) < 4 {
			t.Errorf("%+v", r)
		}
	})
	t.Run("goodbye ends", func(t *testing.T) {
		if resp := newChat(t, a, "c-1001").say("再见"); !resp.End {
			t.Errorf("goodbye does not end")
		}
	})
}

func TestRobustDetail(t *testing.T) {
	a := newAssistant(t)
	for _, detail := range []any{nil, "garbage", 42, &nlu.Analysis{}, nlu.Analysis{}} {
		for _, state := range [][]byte{nil, []byte("{not json"), []byte(`{"v":1,"pending":"repayment_schedule","asked":"nonsense"}`)} {
			resp, err := a.Respond(context.Background(), dialog.Turn{
				Conversation: dialog.Conversation{State: state},
				Principal:    dialog.Principal{Subject: "c-1001", Role: dialog.RoleBorrower},
				Message:      dialog.Message{Text: "\xff\xfe 20年"},
				Analysis:     dialog.Analysis{Detail: detail},
			})
			if err != nil || len(resp.Replies) == 0 {
				t.Errorf("detail %#v state %q: %v %+v", detail, state, err, resp)
			}
		}
	}
}

func TestContextCancelled(t *testing.T) {
	a := newAssistant(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := a.Respond(ctx, dialog.Turn{Principal: dialog.Principal{Subject: "c-1001", Role: dialog.RoleBorrower}, Message: dialog.Message{Text: "我的贷款还有几期"}})
	if err == nil {
		t.Fatal("no error on a cancelled context")
	}
}
