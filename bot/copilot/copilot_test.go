package copilot_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/bot/copilot"
	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// grouped writes an amount as the replies do: "4,376.84" (reply's own tests
// pin the grouping).
func grouped(a money.Amount) string { return reply.Group(a.String()) }

// portfolioT mirrors copilot.PortfolioCard for decoding: money.Amount
// refuses negative amounts on input, and changes are signed.
type portfolioT struct {
	Scenario           string
	ChangeBP           int             `json:"change_bp"`
	FixedLoans         int             `json:"fixed_loans"`
	CustomerID         string          `json:"customer_id"`
	TotalMonthlyChange decimal.Decimal `json:"total_monthly_change"`
	Loans              []impactT
}

type impactT struct {
	CustomerID          string          `json:"customer_id"`
	LoanID              string          `json:"loan_id"`
	RepricingDate       string          `json:"repricing_date"`
	RemainingMonths     int             `json:"remaining_months"`
	Balance             decimal.Decimal `json:"balance"`
	OldRatePct          decimal.Decimal `json:"old_rate_pct"`
	NewRatePct          decimal.Decimal `json:"new_rate_pct"`
	OldPayment          decimal.Decimal `json:"old_payment"`
	NewPayment          decimal.Decimal `json:"new_payment"`
	MonthlyChange       decimal.Decimal `json:"monthly_change"`
	TotalInterestChange decimal.Decimal `json:"total_interest_change"`
}

// viewOf is a loan's view today, computed here from the store's account.
func (f *fixture) viewOf(loanID string) (book.Account, book.Loan) {
	f.t.Helper()
	a, err := f.store.Account(context.Background(), loanID)
	if err != nil {
		f.t.Fatal(err)
	}
	v, err := a.View(now, f.h)
	if err != nil {
		f.t.Fatal(err)
	}
	return a, v
}

func TestNewRequiresPorts(t *testing.T) {
	if _, err := copilot.New(copilot.Deps{}); err == nil {
		t.Error("New without a book: no error")
	}
	if _, err := copilot.New(copilot.Deps{Book: newFixture(t).store}); err == nil {
		t.Error("New without records: no error")
	}
}

// TestBriefLookups finds a customer by every form a manager writes, in zh and en.
func TestBriefLookups(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		p          dialog.Principal
		text, want string
		lang       string // the reply's script
	}{
		{m01, "张伟的情况", "c-1001", "zh"},
		{m01, "张伟", "c-1001", "zh"},
		{m01, "给我张伟的客户简报", "c-1001", "zh"},
		{m01, "Zhang Wei", "c-1001", "en"},
		{m01, "brief on zhang wei please", "c-1001", "en"},
		{m01, "ZhangWei", "c-1001", "en"},
		{m01, "ZHANG WEI before my call", "c-1001", "en"},
		{m01, "Zhāng Wěi", "c-1001", "en"},
		{m01, "zhang1 wei3", "c-1001", "en"},
		{m01, "Wei Zhang", "c-1001", "en"},
		{m01, "张先生最近怎么样", "c-1001", "zh"},
		{m01, "Mr Zhang", "c-1001", "en"},
		{m01, "c-1001", "c-1001", "en"},
		{m01, "C-1003的情况", "c-1003", "zh"},
		{m01, "尾号6688的客户", "c-1001", "zh"},
		{m01, "loan ending 6688", "c-1001", "en"},
		{m01, "L-1003-5210", "c-1003", "en"},
		{m01, "王总的情况", "c-1003", "zh"},
		{m01, "李女士", "c-1002", "zh"},
		{m01, "li na", "c-1002", "en"},
		{m02, "Emily Chen", "c-1004", "en"},
		{m02, "陈女士的情况", "c-1004", "zh"},
		{m02, "Ms. Chen", "c-1004", "en"},
		{m02, "尾号2046", "c-1004", "zh"},
	} {
		r, st := f.ask(tc.p, tc.text, nil)
		var bc copilot.BriefCard
		if !cardOf(r, copilot.KindBrief, &bc) {
			t.Errorf("%s %q: no brief (%s: %s)", tc.p.Subject, tc.text, r.Intent, r.Text)
			continue
		}
		if bc.Customer.ID != tc.want || r.Intent != copilot.IntentBrief {
			t.Errorf("%s %q: brief of %s (%s), want %s", tc.p.Subject, tc.text, bc.Customer.ID, r.Intent, tc.want)
		}
		// The figures are the book's: each loan's view today.
		accts, _ := f.store.Accounts(context.Background(), tc.want)
		if len(bc.Loans) != len(accts) {
			t.Errorf("%q: %d loans, book has %d", tc.text, len(bc.Loans), len(accts))
		}
		for i, a := range accts {
			_, v := f.viewOf(a.ID)
			row := bc.Loans[i]
			if row.LoanID != v.ID || !row.Balance.Equal(v.Balance.Decimal) || !row.MonthlyPayment.Equal(v.MonthlyPayment.Decimal) ||
				row.NextDueDate != v.NextDueDate || row.OverduePeriods != v.OverduePeriods || !row.AnnualRatePct.Equal(v.AnnualRatePct.Decimal) {
				t.Errorf("%q: loan row %+v, view %+v", tc.text, row, v)
			}
			if !strings.Contains(r.Text, grouped(v.MonthlyPayment)) {
				t.Errorf("%q: reply lacks the next payment %s:\n%s", tc.text, grouped(v.MonthlyPayment), r.Text)
			}
		}
		zh := strings.Contains(r.Text, "沟通要点")
		if zh != (tc.lang == "zh") || !zh && !strings.Contains(r.Text, "Talking points") {
			t.Errorf("%q: reply not in %s:\n%s", tc.text, tc.lang, r.Text)
		}
		if len(bc.TalkingPoints) == 0 || bc.Customer.Phone == "" || strings.Contains(string(r.Cards[0]), "13800138001") {
			t.Errorf("%q: talking points %v, phone %q", tc.text, bc.TalkingPoints, bc.Customer.Phone)
		}
		var s struct{ Customer string }
		if json.Unmarshal(st, &s) != nil || s.Customer != tc.want {
			t.Errorf("%q: state %s does not remember %s", tc.text, st, tc.want)
		}
	}
}

// TestOnlyOwnBook: another manager's customer is "not found", in exactly the
// words used for someone who does not exist, and nothing of them leaks.
func TestOnlyOwnBook(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct{ other, nobody string }{
		{"张伟的简报", "李四的简报"},
		{"张伟", "李四"},
		{"Zhang Wei", "Li Si"},
		{"brief on Zhang Wei", "brief on Li Si"},
		{"c-1001", "c-9999"},
		{"尾号6688", "尾号0000"},
		{"loan ending 6688", "loan ending 0000"},
		{"L-1001-6688", "L-9999-0000"},
		{"张先生的情况", "赵先生的情况"},
		{"给张伟写一条还款提醒", "给李四写一条还款提醒"},
		{"c-1001的LPR影响", "c-9999的LPR影响"},
	} {
		got, _ := f.ask(m02, tc.other, nil)
		want, _ := f.ask(m02, tc.nobody, nil)
		if got.Text != want.Text || len(got.Cards) != 0 || len(want.Cards) != 0 {
			t.Errorf("m-02 %q answered %q (%d cards); %q answered %q", tc.other, got.Text, len(got.Cards), tc.nobody, want.Text)
		}
		for _, leak := range []string{"张伟", "Zhang", "4,376", "887", "L-1001"} {
			if strings.Contains(got.Text, leak) {
				t.Errorf("m-02 %q: reply leaks %q: %s", tc.other, leak, got.Text)
			}
		}
		if !strings.Contains(got.Text, "没有找到") && !strings.Contains(got.Text, "can't find") {
			t.Errorf("m-02 %q: %q is not a not-found reply", tc.other, got.Text)
		}
	}
	// The book-wide answers hold m-02's customer only.
	r, _ := f.ask(m02, "LPR影响", nil)
	var pc portfolioT
	if !cardOf(r, copilot.KindLPR, &pc) || len(pc.Loans) != 1 || pc.Loans[0].CustomerID != "c-1004" {
		t.Errorf("m-02's portfolio: %+v", pc.Loans)
	}
	r, _ = f.ask(m02, "我的客户", nil)
	var lc copilot.CustomerListCard
	if !cardOf(r, copilot.KindCustomers, &lc) || len(lc.Customers) != 1 || lc.Customers[0].CustomerID != "c-1004" {
		t.Errorf("m-02's customers: %+v", lc.Customers)
	}
	// A manager the book does not know has no customers at all.
	r, _ = f.ask(dialog.Principal{Subject: "m-99", Role: dialog.RoleManager}, "张伟的情况", nil)
	if len(r.Cards) != 0 || strings.Contains(r.Text, "4,376") {
		t.Errorf("unknown manager: %s %d cards", r.Text, len(r.Cards))
	}
}

// TestRefusesOtherRoles: a borrower's (or agent's, admin's) turn gets a polite
// refusal with no data, cards, quick replies or state.
func TestRefusesOtherRoles(t *testing.T) {
	f := newFixture(t)
	f.alert("al-1", "c-1001", "job_loss", "high", "我失业了", now.Add(-time.Hour))
	for _, p := range []dialog.Principal{
		{Subject: "c-1001", Role: dialog.RoleBorrower},
		{Subject: "a-01", Role: dialog.RoleAgent},
		{Subject: "admin", Role: dialog.RoleAdmin},
		{Role: dialog.RoleManager}, // no subject
	} {
		for _, text := range []string{"张伟的情况", "风险预警", "LPR影响", "ack 1", "who mentioned job loss"} {
			an := f.az.Analyze(context.Background(), text)
			resp, err := f.cp.Respond(context.Background(), dialog.Turn{
				Conversation: dialog.Conversation{ID: "cv-x", CustomerID: p.Subject, Role: p.Role},
				Principal:    p, Message: dialog.Message{Text: text}, Analysis: an,
			})
			if err != nil || len(resp.Replies) != 1 {
				t.Fatalf("%s %q: %v %d replies", p.Role, text, err, len(resp.Replies))
			}
			r := resp.Replies[0]
			if r.Intent != copilot.IntentRefused || len(r.Cards) != 0 || len(r.QuickReplies) != 0 || resp.State != nil ||
				strings.Contains(r.Text, "张伟") || strings.Contains(r.Text, "失业") {
				t.Errorf("%s %q: %+v state %s", p.Role, text, r, resp.State)
			}
		}
	}
	a, _ := f.store.Alerts(context.Background(), dialog.AlertQuery{IDs: []string{"al-1"}})
	if a[0].Status != dialog.AlertOpen {
		t.Error("a borrower's 'ack 1' acknowledged an alert")
	}
}

// TestPortfolioLPRImpact: every floating loan of the book, its figures
// those of Account.RepricingImpact, for the latest fixing and what-ifs.
func TestPortfolioLPRImpact(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		text string
		bp   int
		en   bool
	}{
		{"我名下客户的LPR影响", 0, false},
		{"LPR impact on my book", 0, true},
		{"如果LPR下降20个基点", -20, false},
		{"if LPR falls 10bp", -10, true},
		{"LPR上调15个基点会怎样", 15, false},
		{"what if LPR is cut by 25 basis points", -25, true},
	} {
		r, _ := f.ask(m01, tc.text, nil)
		var pc portfolioT
		if !cardOf(r, copilot.KindLPR, &pc) {
			t.Errorf("%q: no portfolio card (%s: %s)", tc.text, r.Intent, r.Text)
			continue
		}
		if pc.ChangeBP != tc.bp || (tc.bp == 0) != (pc.Scenario == "latest") || pc.FixedLoans != 1 {
			t.Errorf("%q: bp %d scenario %s fixed %d", tc.text, pc.ChangeBP, pc.Scenario, pc.FixedLoans)
		}
		var want []string
		total := decimal.Zero
		for _, id := range []string{"c-1001", "c-1002", "c-1003"} {
			accts, _ := f.store.Accounts(context.Background(), id)
			for _, a := range accts {
				if a.RateType != book.RateLPRFloating {
					continue
				}
				want = append(want, a.ID)
				_, v := f.viewOf(a.ID)
				var moved *money.Percent
				if tc.bp != 0 {
					m := lpr.AddBP(f.h.Latest().Rate(v.LPRTerm), tc.bp)
					moved = &m
				}
				ic, err := a.RepricingImpact(now, f.h, moved)
				if err != nil {
					t.Fatal(err)
				}
				i := slices.IndexFunc(pc.Loans, func(r impactT) bool { return r.LoanID == a.ID })
				if i < 0 {
					t.Errorf("%q: %s missing", tc.text, a.ID)
					continue
				}
				row := pc.Loans[i]
				if row.CustomerID != id || row.RepricingDate != ic.RepricingDate || row.RemainingMonths != ic.RemainingMonths ||
					!row.Balance.Equal(ic.Balance.Decimal) || !row.OldRatePct.Equal(ic.OldRatePct.Decimal) || !row.NewRatePct.Equal(ic.NewRatePct.Decimal) ||
					!row.OldPayment.Equal(ic.OldPayment.Decimal) || !row.NewPayment.Equal(ic.NewPayment.Decimal) ||
					!row.MonthlyChange.Equal(ic.MonthlyChange.Decimal) || !row.TotalInterestChange.Equal(ic.TotalInterestChange.Decimal) {
					t.Errorf("%q: %s row %+v, RepricingImpact %+v", tc.text, a.ID, row, ic)
				}
				if tc.bp != 0 && (row.MonthlyChange.IsZero() || row.MonthlyChange.IsNegative() != (tc.bp < 0)) {
					t.Errorf("%q: %s monthly change %s for %dbp", tc.text, a.ID, row.MonthlyChange, tc.bp)
				}
				if !strings.Contains(r.Text, grouped(ic.NewPayment)) {
					t.Errorf("%q: text lacks new payment %s:\n%s", tc.text, grouped(ic.NewPayment), r.Text)
				}
				total = total.Add(ic.MonthlyChange.Decimal)
			}
		}
		if len(pc.Loans) != len(want) || !pc.TotalMonthlyChange.Equal(total) {
			t.Errorf("%q: %d loans (want %v), total %s want %s", tc.text, len(pc.Loans), want, pc.TotalMonthlyChange, total)
		}
		if en := strings.Contains(r.Text, "floating-rate"); en != tc.en {
			t.Errorf("%q: reply language: %s", tc.text, r.Text)
		}
	}
	// One customer named: their floating loans only.
	r, _ := f.ask(m01, "张伟的LPR影响", nil)
	var pc portfolioT
	if !cardOf(r, copilot.KindLPR, &pc) || pc.CustomerID != "c-1001" || len(pc.Loans) != 1 || pc.Loans[0].LoanID != "L-1001-6688" {
		t.Errorf("张伟's LPR impact: %+v", pc)
	}
}

// TestRenewals: loans maturing within three months by default, or the window asked.
func TestRenewals(t *testing.T) {
	f := newFixture(t)
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	short := func(id, customer string, start time.Time) book.Account {
		return book.Account{ID: id, CustomerID: customer, Product: "consumer", Principal: money.MustAmount("60000"), RateType: book.RateFixed,
			FixedRatePct: money.MustPercent("3.5"), Method: loan.EqualInstallment, TermMonths: 12, StartDate: start, Status: "active"}
	}
	if err := f.store.SeedBook(context.Background(), nil, nil, []book.Account{
		short("L-1002-0120", "c-1002", date(2026, 1, 20)), // matures 2027-01-20: within 3 months
		short("L-1003-0405", "c-1003", date(2026, 4, 5)),  // 2027-04-05: within 6, not 3
		short("L-1004-0125", "c-1004", date(2026, 1, 25)), // m-02's: never m-01's
	}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		p     dialog.Principal
		text  string
		want  []string
		until string
	}{
		{m01, "哪些贷款快到期了，需要续贷", []string{"L-1002-0120"}, "2027-03-02"},
		{m01, "renewals coming up", []string{"L-1002-0120"}, "2027-03-02"},
		{m01, "下个季度到期的贷款", []string{"L-1002-0120"}, "2027-03-02"},
		{m01, "未来6个月到期的贷款", []string{"L-1002-0120", "L-1003-0405"}, "2027-06-02"},
		{m01, "未来六个月有哪些续贷", []string{"L-1002-0120", "L-1003-0405"}, "2027-06-02"},
		{m01, "loans maturing in the next 6 months", []string{"L-1002-0120", "L-1003-0405"}, "2027-06-02"},
		{m01, "60天内到期的贷款", []string{"L-1002-0120"}, "2027-01-31"},
		{m01, "未来24个月到期", []string{"L-1002-0120", "L-1003-0405", "L-1002-3721"}, "2028-12-02"},
		{m01, "未来1个月到期", []string{}, "2027-01-02"},
		{m02, "renewals in the next 3 months", []string{"L-1004-0125"}, "2027-03-02"},
	} {
		r, _ := f.ask(tc.p, tc.text, nil)
		var rc copilot.RenewalCard
		if !cardOf(r, copilot.KindRenewals, &rc) {
			t.Errorf("%q: no renewal card (%s: %s)", tc.text, r.Intent, r.Text)
			continue
		}
		var got []string
		for _, row := range rc.Loans {
			got = append(got, row.LoanID)
			_, v := f.viewOf(row.LoanID)
			m, _ := time.Parse(time.DateOnly, v.MaturityDate)
			if row.MaturityDate != v.MaturityDate || !row.Balance.Equal(v.Balance.Decimal) ||
				row.DaysToMaturity != int(m.Sub(date(2026, 12, 2)).Hours()/24) || !strings.Contains(r.Text, v.MaturityDate) {
				t.Errorf("%q: row %+v, view maturity %s balance %s", tc.text, row, v.MaturityDate, v.Balance)
			}
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") || rc.Until != tc.until {
			t.Errorf("%q: %v until %s, want %v until %s", tc.text, got, rc.Until, tc.want, tc.until)
		}
		if len(tc.want) == 0 && (rc.NextOutside == nil || rc.NextOutside.LoanID != "L-1002-0120") {
			t.Errorf("%q: next outside the window %+v", tc.text, rc.NextOutside)
		}
	}
}

// TestAlertsAndAck: open alerts oldest first, marked against the 24-hour
// rule, and acknowledged by number or id in the conversation.
func TestAlertsAndAck(t *testing.T) {
	f := newFixture(t)
	f.alert("al-mid", "c-1001", "job_loss", "high", "我失业了", now.Add(-5*time.Hour))
	f.alert("al-old", "c-1003", "business_distress", "high", "订单大减，资金链断了", now.Add(-30*time.Hour))
	f.alert("al-new", "c-1002", "repayment_difficulty", "high", "这个月还不上", now.Add(-time.Hour))
	f.alert("al-other", "c-1004", "job_loss", "high", "I lost my job", now.Add(-40*time.Hour))

	r, st := f.ask(m01, "有哪些风险预警？", nil)
	var ac copilot.AlertListCard
	if !cardOf(r, copilot.KindAlerts, &ac) {
		t.Fatalf("no alert list: %s", r.Text)
	}
	var ids []string
	for i, a := range ac.Alerts {
		ids = append(ids, a.ID)
		if a.N != i+1 || a.Status != dialog.AlertOpen {
			t.Errorf("row %d: %+v", i, a)
		}
	}
	if strings.Join(ids, ",") != "al-old,al-mid,al-new" || ac.OverdueCount != 1 || ac.OpenCount != 3 || ac.DueHours != 24 {
		t.Fatalf("alerts %v, overdue %d open %d", ids, ac.OverdueCount, ac.OpenCount)
	}
	for _, want := range []struct {
		overdue     bool
		over, left  int
		name, words string
	}{{true, 6, 0, "王强", "资金链断了"}, {false, 0, 19, "张伟", "我失业了"}, {false, 0, 23, "李娜", "这个月还不上"}} {
		a := ac.Alerts[0]
		ac.Alerts = ac.Alerts[1:]
		if a.Overdue != want.overdue || a.OverdueHours != want.over || a.HoursLeft != want.left || a.CustomerName != want.name {
			t.Errorf("%s: overdue %v (%dh), left %dh, %s", a.ID, a.Overdue, a.OverdueHours, a.HoursLeft, a.CustomerName)
		}
		if !strings.Contains(r.Text, want.words) {
			t.Errorf("list text lacks %q: %s", want.words, r.Text)
		}
	}
	if !strings.Contains(r.Text, "已超时 6 小时") || strings.Contains(r.Text, "lost my job") {
		t.Errorf("list text: %s", r.Text)
	}

	status := func(id string) dialog.Alert {
		as, err := f.store.Alerts(context.Background(), dialog.AlertQuery{IDs: []string{id}})
		if err != nil || len(as) != 1 {
			t.Fatalf("alert %s: %v", id, err)
		}
		return as[0]
	}
	r, st = f.ask(m01, "确认第2条", st)
	if a := status("al-mid"); r.Intent != copilot.IntentAck || a.Status != dialog.AlertAcknowledged || a.AckedBy != "m-01" || !a.AckedAt.Equal(now) {
		t.Fatalf("确认第2条: %s; al-mid %+v", r.Text, a)
	}
	if status("al-old").Status != dialog.AlertOpen || !strings.Contains(r.Text, "张伟") {
		t.Errorf("确认第2条 acknowledged the wrong one: %s", r.Text)
	}
	if !cardOf(r, copilot.KindAlerts, &ac) || ac.OpenCount != 2 || ac.Alerts[1].Status != dialog.AlertAcknowledged || ac.Alerts[1].N != 2 {
		t.Errorf("after ack: %+v", ac)
	}
	// The numbers stay those of the list shown: #1 is still al-old.
	r, st = f.ask(m01, "ack 1", st)
	if status("al-old").Status != dialog.AlertAcknowledged || !strings.Contains(r.Text, "Acknowledged") || !strings.Contains(r.Text, "past the 24-hour") {
		t.Errorf("ack 1: %s", r.Text)
	}
	r, st = f.ask(m01, "acknowledge al-new", st)
	if status("al-new").Status != dialog.AlertAcknowledged {
		t.Errorf("acknowledge al-new: %s", r.Text)
	}
	// Someone else's alert is not found, and stays open.
	r, st = f.ask(m01, "acknowledge al-other", st)
	if status("al-other").Status != dialog.AlertOpen || !strings.Contains(r.Text, "can't find") {
		t.Errorf("acknowledge al-other: %s; %+v", r.Text, status("al-other"))
	}
	r, _ = f.ask(m01, "确认第9条", st)
	if r.Intent != copilot.IntentAck || !strings.Contains(r.Text, "没有找到第 9 条") {
		t.Errorf("确认第9条: %s", r.Text)
	}
	// Without a list shown, a number means nothing.
	r, _ = f.ask(m01, "确认第1条", nil)
	if !strings.Contains(r.Text, "没有找到第 1 条") {
		t.Errorf("确认第1条 without a list: %s", r.Text)
	}
	r, _ = f.ask(m01, "风险预警", nil)
	if !cardOf(r, copilot.KindAlerts, &ac) || ac.OpenCount != 0 || !strings.Contains(r.Text, "没有未处理") {
		t.Errorf("after every ack: %s", r.Text)
	}
}

// TestDrafts: each template in the customer's language with their real figures.
func TestDrafts(t *testing.T) {
	f := newFixture(t)
	if err := f.store.SeedBook(context.Background(), []book.Customer{
		{ID: "c-1005", Name: "陳美玲", NameEn: "Chen Meiling", Lang: book.LangZhHant, ManagerID: "m-01", Phone: "13500135005", Segment: "retail"},
	}, nil, []book.Account{{ID: "L-1005-8866", CustomerID: "c-1005", Product: "consumer", Principal: money.MustAmount("50000"),
		RateType: book.RateFixed, FixedRatePct: money.MustPercent("3.5"), Method: loan.EqualInstallment, TermMonths: 24,
		StartDate: time.Date(2026, 3, 18, 0, 0, 0, 0, time.UTC), Status: "active"}}); err != nil {
		t.Fatal(err)
	}
	_, mortgage := f.viewOf("L-1001-6688")
	_, consumer := f.viewOf("L-1002-3721")
	_, business := f.viewOf("L-1003-5210")
	_, emily := f.viewOf("L-1004-2046")
	_, chen := f.viewOf("L-1005-8866")
	acct, _ := f.viewOf("L-1001-6688")
	moved := lpr.AddBP(f.h.Latest().FiveYear, -20)
	whatIf, err := acct.RepricingImpact(now, f.h, &moved)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		p                  dialog.Principal
		text               string
		template, customer string
		lang               string
		figures            []string // must be in the draft
		replyZh            bool
	}{
		{m01, "给张伟写一条还款提醒", copilot.TemplateReminder, "c-1001", "zh-Hans", []string{grouped(mortgage.MonthlyPayment) + " 元", mortgage.NextDueDate, "尾号6688"}, true},
		{m01, "draft a repayment reminder for Zhang Wei", copilot.TemplateReminder, "c-1001", "zh-Hans", []string{grouped(mortgage.MonthlyPayment) + " 元"}, false},
		{m02, "draft a repayment reminder for Emily Chen", copilot.TemplateReminder, "c-1004", "en", []string{"CNY " + grouped(emily.MonthlyPayment), emily.NextDueDate, "Dear Emily Chen"}, false},
		{m01, "给王强写个还款提醒", copilot.TemplateReminder, "c-1003", "zh-Hans", []string{grouped(business.OverdueAmount) + " 元", grouped(business.MonthlyPayment) + " 元", "征信"}, true},
		{m01, "给王强起草困难关怀", copilot.TemplateHardship, "c-1003", "zh-Hans", []string{grouped(business.OverdueAmount), grouped(business.MonthlyPayment), "90天", "延期"}, true},
		{m02, "write a hardship follow-up for Ms Chen", copilot.TemplateHardship, "c-1004", "en", []string{"CNY " + grouped(emily.MonthlyPayment), "credit bureau", "extension"}, false},
		{m01, "给张伟起草LPR说明", copilot.TemplateLPR, "c-1001", "zh-Hans", []string{"3.2%", grouped(mortgage.MonthlyPayment), "2027-01-01", "减30个基点"}, true},
		{m01, "给张伟起草LPR说明，如果LPR下降20个基点", copilot.TemplateLPR, "c-1001", "zh-Hans", []string{grouped(whatIf.NewPayment) + " 元", "3%", grouped(whatIf.Balance)}, true},
		{m02, "draft an LPR explanation for c-1004", copilot.TemplateLPR, "c-1004", "en", []string{"CNY " + grouped(emily.MonthlyPayment), "5-year LPR minus 20bp"}, false},
		{m01, "给李娜起草续贷邀约", copilot.TemplateRenewal, "c-1002", "zh-Hans", []string{consumer.MaturityDate, grouped(consumer.Balance) + " 元", "以审批结果为准"}, true},
		{m01, "給陳美玲寫一條還款提醒", copilot.TemplateReminder, "c-1005", "zh-Hant", []string{grouped(chen.MonthlyPayment) + " 元", chen.NextDueDate, "還款"}, true},
	} {
		r, _ := f.ask(tc.p, tc.text, nil)
		var dc copilot.DraftCard
		if !cardOf(r, copilot.KindDraft, &dc) {
			t.Errorf("%q: no draft (%s: %s)", tc.text, r.Intent, r.Text)
			continue
		}
		if dc.Template != tc.template || dc.CustomerID != tc.customer || dc.Lang != tc.lang {
			t.Errorf("%q: %s for %s in %s", tc.text, dc.Template, dc.CustomerID, dc.Lang)
		}
		for _, fig := range tc.figures {
			if !strings.Contains(dc.Text, fig) {
				t.Errorf("%q: draft lacks %q:\n%s", tc.text, fig, dc.Text)
			}
		}
		if dc.Figures["loan_id"] != dc.LoanID || dc.LoanID == "" {
			t.Errorf("%q: figures %v", tc.text, dc.Figures)
		}
		hans := strings.Contains(dc.Text, "尊敬的")
		if (tc.lang == "en") == hans || tc.lang == "en" && !strings.HasPrefix(dc.Text, "Dear ") {
			t.Errorf("%q: draft not in %s:\n%s", tc.text, tc.lang, dc.Text)
		}
		if tc.lang == "zh-Hant" && (strings.Contains(dc.Text, "还款") || strings.Contains(dc.Text, "请")) {
			t.Errorf("%q: Traditional draft has Simplified characters:\n%s", tc.text, dc.Text)
		}
		if tc.lang == "zh-Hans" && strings.Contains(dc.Text, "還款") {
			t.Errorf("%q: Simplified draft in Traditional:\n%s", tc.text, dc.Text)
		}
		if zh := !strings.Contains(r.Text, "Drafted"); zh != tc.replyZh {
			t.Errorf("%q: reply language: %s", tc.text, r.Text)
		}
	}
	// No floating loan: nothing to explain, no card.
	r, _ := f.ask(m01, "给李娜起草LPR说明", nil)
	if len(r.Cards) != 0 || !strings.Contains(r.Text, "没有LPR浮动利率贷款") {
		t.Errorf("LPR draft for a fixed loan: %s", r.Text)
	}
	// No template named: which one, one quick reply each.
	r, st := f.ask(m01, "给张伟写一条消息", nil)
	if len(r.Cards) != 0 || len(r.QuickReplies) != 4 || !strings.Contains(r.QuickReplies[0].Action, "c-1001") {
		t.Errorf("draft without template: %s %v", r.Text, r.QuickReplies)
	}
	// The quick reply's action is a message of its own; "him" is the customer last talked about.
	r, _ = f.ask(m01, r.QuickReplies[2].Action, st)
	var dc copilot.DraftCard
	if !cardOf(r, copilot.KindDraft, &dc) || dc.Template != copilot.TemplateHardship || dc.CustomerID != "c-1001" {
		t.Errorf("quick reply %q: %s", r.QuickReplies, r.Text)
	}
	r, _ = f.ask(m01, "再起草一条续贷邀约", st)
	if !cardOf(r, copilot.KindDraft, &dc) || dc.Template != copilot.TemplateRenewal || dc.CustomerID != "c-1001" {
		t.Errorf("draft for the customer last talked about: %s", r.Text)
	}
}

// TestNotesSearch: who mentioned a flag (or a phrase), over the manager's
// customers' notes and the alerts of conversations still open.
func TestNotesSearch(t *testing.T) {
	f := newFixture(t)
	f.note("n-job", "c-1001", "客户说公司裁员，问能否延期还款。", now.Add(-72*time.Hour),
		dialog.Flag{Code: "job_loss", Severity: "high", Evidence: "公司裁员我被裁了"})
	f.note("n-ill", "c-1002", "客户住院，询问提前还款手续。", now.Add(-48*time.Hour),
		dialog.Flag{Code: "illness", Severity: "medium", Evidence: "我最近住院了"})
	f.note("n-emily", "c-1004", "Customer lost her job.", now.Add(-24*time.Hour),
		dialog.Flag{Code: "job_loss", Severity: "high", Evidence: "I lost my job"})
	f.alert("al-open", "c-1003", "job_loss", "high", "厂子关门了，我没工作了", now.Add(-2*time.Hour))
	// The manager's own copilot conversation asked about job loss: not a contact note.
	if err := f.store.CreateConversation(context.Background(), dialog.Conversation{ID: "cv-copilot", CustomerID: "m-01",
		Role: dialog.RoleManager, Channel: "web", Status: dialog.StatusOpen, StartedAt: now, LastActive: now}); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := f.store.Finish(context.Background(), "cv-copilot", dialog.Note{ID: "n-copilot", ConversationID: "cv-copilot",
		CustomerID: "m-01", EndedAt: now, Summary: "最近谁提到失业了", Flags: []dialog.Flag{{Code: "job_loss", Severity: "high", Evidence: "谁提到失业了"}}},
		dialog.Frame{Type: dialog.FrameEnded, ConversationID: "cv-copilot", At: now}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		p         dialog.Principal
		text      string
		customers []string // newest match first
		words     string
	}{
		{m01, "最近谁提到失业了", []string{"王强", "张伟"}, "公司裁员我被裁了"},
		{m01, "who mentioned job loss", []string{"王强", "张伟"}, "厂子关门了"},
		{m01, "谁说过被裁员", []string{"王强", "张伟"}, "公司裁员"},
		{m01, "最近2天谁提到失业", []string{"王强"}, "厂子关门了"},
		{m01, "谁提到住院", []string{"李娜"}, "我最近住院了"},
		{m01, "who mentioned being in hospital", []string{"李娜"}, "住院"},
		{m01, "谁提到提前还款", []string{"李娜"}, "提前还款"},
		{m01, "谁提到投诉", nil, "没有找到"},
		{m02, "who mentioned job loss", []string{"Emily Chen"}, "I lost my job"},
	} {
		r, _ := f.ask(tc.p, tc.text, nil)
		var nc copilot.NoteSearchCard
		if !cardOf(r, copilot.KindNotes, &nc) {
			t.Errorf("%q: no note_search card (%s: %s)", tc.text, r.Intent, r.Text)
			continue
		}
		if strings.Join(nc.Customers, ",") != strings.Join(tc.customers, ",") {
			t.Errorf("%q: customers %v, want %v", tc.text, nc.Customers, tc.customers)
		}
		for _, m := range nc.Matches {
			if m.NoteID == "n-copilot" || m.CustomerID == "m-01" {
				t.Errorf("%q: the copilot's own note matched", tc.text)
			}
		}
		if !strings.Contains(r.Text, tc.words) {
			t.Errorf("%q: reply lacks %q:\n%s", tc.text, tc.words, r.Text)
		}
	}
}

// TestTiers: the brief's tier is book.Tier over the book's loans and the
// open high flags (notes and alerts), explained in the manager's language.
func TestTiers(t *testing.T) {
	f := newFixture(t)
	tierOf := func(text string) copilot.BriefCard {
		t.Helper()
		r, _ := f.ask(m01, text, nil)
		var bc copilot.BriefCard
		if !cardOf(r, copilot.KindBrief, &bc) {
			t.Fatalf("%q: no brief", text)
		}
		return bc
	}
	for _, tc := range []struct{ text, tier, why string }{
		{"张伟的情况", "A", "最长一笔已按期还款"}, {"李娜的情况", "B", "贷款余额合计"}, {"王强的情况", "D", "逾期 1 期"},
	} {
		bc := tierOf(tc.text)
		var views []book.Loan
		accts, _ := f.store.Accounts(context.Background(), bc.Customer.ID)
		for _, a := range accts {
			_, v := f.viewOf(a.ID)
			views = append(views, v)
		}
		c, _ := f.store.Customer(context.Background(), bc.Customer.ID)
		want, why := book.Tier(c, views, 0)
		if bc.Tier != tc.tier || bc.Tier != want || bc.TierReason != why || !strings.Contains(bc.TierExplained, tc.why) {
			t.Errorf("%q: tier %s (%s / %s), book.Tier %s (%s)", tc.text, bc.Tier, bc.TierReason, bc.TierExplained, want, why)
		}
	}
	// An open high flag makes an A customer D at once, from the alert, before any note.
	f.alert("al-1", "c-1001", "job_loss", "high", "我失业了", now.Add(-time.Hour))
	bc := tierOf("张伟的情况")
	if bc.Tier != "D" || bc.TierBasis.OpenHighFlags != 1 || !strings.Contains(bc.TierExplained, "失业") || len(bc.OpenAlerts) != 1 {
		t.Errorf("with a job_loss alert: %s %+v %s", bc.Tier, bc.TierBasis, bc.TierExplained)
	}
	// Its conversation's note carries the same flag: still one open flag.
	if _, _, _, err := f.store.Finish(context.Background(), "cv-al-1", dialog.Note{ID: "n-al-1", ConversationID: "cv-al-1", CustomerID: "c-1001",
		EndedAt: now, Flags: []dialog.Flag{{Code: "job_loss", Severity: "high", Evidence: "我失业了"}}},
		dialog.Frame{Type: dialog.FrameEnded, ConversationID: "cv-al-1", At: now}); err != nil {
		t.Fatal(err)
	}
	if bc := tierOf("张伟的情况"); bc.TierBasis.OpenHighFlags != 1 || len(bc.Flags) != 1 || bc.Flags[0].NoteID != "n-al-1" {
		t.Errorf("alert and its own note: %d open flags, flags %+v", bc.TierBasis.OpenHighFlags, bc.Flags)
	}
	// Another conversation's note with the flag again: two.
	f.note("n-1", "c-1001", "客户失业。", now, dialog.Flag{Code: "job_loss", Severity: "high", Evidence: "还是没找到工作"})
	if bc := tierOf("张伟的情况"); bc.TierBasis.OpenHighFlags != 2 {
		t.Errorf("a second conversation's flag: %d open flags", bc.TierBasis.OpenHighFlags)
	}
	// A medium flag does not make D.
	f.note("n-2", "c-1002", "客户降薪。", now, dialog.Flag{Code: "income_drop", Severity: "medium", Evidence: "降薪了"})
	if bc := tierOf("李娜的情况"); bc.Tier != "B" || len(bc.Flags) != 1 {
		t.Errorf("medium flag: %s, flags %v", bc.Tier, bc.Flags)
	}
	// The list agrees with the briefs.
	r, _ := f.ask(m01, "我的客户", nil)
	var lc copilot.CustomerListCard
	if !cardOf(r, copilot.KindCustomers, &lc) {
		t.Fatal("no customer list")
	}
	got := ""
	for _, c := range lc.Customers {
		got += c.CustomerID + ":" + c.Tier + " "
	}
	if got != "c-1001:D c-1002:B c-1003:D " || lc.Tiers["D"] != 2 {
		t.Errorf("customer list %s", got)
	}
}

// TestAmbiguousSurname: "张先生" with two 张 asks which, and each quick reply answers.
func TestAmbiguousSurname(t *testing.T) {
	f := newFixture(t)
	if err := f.store.SeedBook(context.Background(), []book.Customer{
		{ID: "c-1006", Name: "张敏", Lang: book.LangZhHans, ManagerID: "m-01", Phone: "13300133006", Segment: "retail"},
	}, nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"张先生的情况", "Mr Zhang", "给张总写一条还款提醒"} {
		r, st := f.ask(m01, text, nil)
		if len(r.Cards) != 0 || len(r.QuickReplies) != 2 {
			t.Fatalf("%q: %s %v", text, r.Text, r.QuickReplies)
		}
		for i, want := range []string{"c-1001", "c-1006"} {
			q := r.QuickReplies[i]
			if !strings.Contains(q.Action, want) {
				t.Errorf("%q: quick reply %+v", text, q)
			}
			next, _ := f.ask(m01, q.Action, st)
			var id string
			var bc copilot.BriefCard
			var dc copilot.DraftCard
			switch {
			case cardOf(next, copilot.KindBrief, &bc):
				id = bc.Customer.ID
			case cardOf(next, copilot.KindDraft, &dc):
				id = dc.CustomerID
			case want == "c-1006" && strings.Contains(next.Text, "没有正在还款的贷款"): // 张敏 has no loan to remind about
				id = want
			}
			if id != want {
				t.Errorf("%q → %q: %s", text, q.Action, next.Text)
			}
		}
	}
	// The full name is not ambiguous; the pinyin of 张敏 comes from the table.
	for text, want := range map[string]string{"张伟": "c-1001", "张敏的情况": "c-1006", "zhang min": "c-1006"} {
		r, _ := f.ask(m01, text, nil)
		var bc copilot.BriefCard
		if !cardOf(r, copilot.KindBrief, &bc) || bc.Customer.ID != want {
			t.Errorf("%q: %s", text, r.Text)
		}
	}
}

// TestTraditional: asked in Traditional, answered in Traditional; a
// scriptless message keeps the conversation's script.
func TestTraditional(t *testing.T) {
	f := newFixture(t)
	f.alert("al-1", "c-1001", "job_loss", "high", "我失业了", now.Add(-time.Hour))
	r, st := f.ask(m01, "張偉的情況", nil)
	if !has(r.Text, "張偉", "貸款", "溝通要點") || strings.Contains(r.Text, "贷款") {
		t.Errorf("brief in Traditional: %s", r.Text)
	}
	r, st = f.ask(m01, "風險預警", st)
	if !has(r.Text, "未處理預警") {
		t.Errorf("alerts in Traditional: %s", r.Text)
	}
	r, st = f.ask(m01, "確認第1條", st)
	if !has(r.Text, "已確認") {
		t.Errorf("ack in Traditional: %s", r.Text)
	}
	r, _ = f.ask(m01, "c-1002", st)
	if !has(r.Text, "李娜", "貸款") {
		t.Errorf("a bare id after Traditional turns: %s", r.Text)
	}
	r, _ = f.ask(m01, "如果LPR下降20個基點", nil)
	if !has(r.Text, "浮動利率", "重定價") {
		t.Errorf("LPR in Traditional: %s", r.Text)
	}
	for _, q := range r.QuickReplies {
		if strings.Contains(q.Label, "个") {
			t.Errorf("quick reply in Simplified: %+v", q)
		}
	}
}

// TestHelpAndSocial: what the copilot answers when nothing is asked of the book.
func TestHelpAndSocial(t *testing.T) {
	f := newFixture(t)
	for text, intent := range map[string]string{
		"你好": copilot.IntentHelp, "help": copilot.IntentHelp, "今天天气怎么样啊朋友们": copilot.IntentHelp,
		"谢谢": "thanks", "thanks": "thanks", "": copilot.IntentHelp, "？？？": copilot.IntentHelp,
	} {
		r, _ := f.ask(m01, text, nil)
		if r.Intent != intent || len(r.Cards) != 0 || r.Text == "" {
			t.Errorf("%q: %s %q", text, r.Intent, r.Text)
		}
	}
}

func TestStateSurvivesGarbage(t *testing.T) {
	f := newFixture(t)
	for _, st := range [][]byte{[]byte("{"), []byte(`{"v":99,"alerts":["al-x"]}`), []byte(`{"v":1,"alerts":["al-x"],"customer":"c-1004"}`)} {
		r, next := f.ask(m01, "确认第1条", st)
		if r.Intent != copilot.IntentAck || strings.Contains(r.Text, "已确认") {
			t.Errorf("state %s: %s", st, r.Text)
		}
		if !json.Valid(next) {
			t.Errorf("state %s → %s", st, next)
		}
		// A customer in the state that is not the manager's is not used.
		r, _ = f.ask(m01, "简报", st)
		if strings.Contains(r.Text, "Emily") {
			t.Errorf("state %s: %s", st, r.Text)
		}
	}
}

func TestRespondHonoursContext(t *testing.T) {
	f := newFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.cp.Respond(ctx, dialog.Turn{Principal: m01, Message: dialog.Message{Text: "张伟"}}); err == nil {
		t.Error("no error on a cancelled context")
	}
	// Without the core's analysis the copilot reads the text itself.
	resp, err := f.cp.Respond(context.Background(), dialog.Turn{Principal: m01, Message: dialog.Message{Text: "張偉"}})
	if err != nil || !strings.Contains(resp.Replies[0].Text, "張偉") {
		t.Errorf("no analysis: %v %+v", err, resp)
	}
}

// FuzzRespond: any text, any state, never a panic; always one reply.
func FuzzRespond(f *testing.F) {
	for _, s := range []string{"张伟的情况", "Zhang Wei", "尾号6688", "loan ending 6688", "确认第1条", "ack 99999999999999999999",
		"如果LPR下降20个基点", "if LPR falls 10bp", "未来6个月到期", "未来999999个月", "谁提到失业", "who mentioned", "给张先生写一条还款提醒",
		"draft", "c-", "l-1-1", "张总张先生李女士王总", "\x00\xff", "確認第十二條", "mr ", "LPR降二十个基点", "搜索", "提到"} {
		f.Add(s, `{"v":1,"alerts":["al-1"],"customer":"c-1001"}`)
	}
	fx := newFixture(f)
	fx.alert("al-1", "c-1001", "job_loss", "high", "我失业了", now.Add(-time.Hour))
	f.Fuzz(func(t *testing.T, text, state string) {
		if len(text) > 4000 {
			return
		}
		an := fx.az.Analyze(context.Background(), text)
		resp, err := fx.cp.Respond(context.Background(), dialog.Turn{
			Conversation: dialog.Conversation{ID: "cv-f", CustomerID: "m-01", Role: dialog.RoleManager, State: []byte(state)},
			Principal:    m01, Message: dialog.Message{Text: text}, Analysis: an,
		})
		if err != nil || len(resp.Replies) != 1 || resp.Replies[0].Text == "" || !json.Valid(resp.State) {
			t.Fatalf("%q: %v %+v", text, err, resp)
		}
		for _, c := range resp.Replies[0].Cards {
			if c.Kind() == "" {
				t.Fatalf("%q: card without kind: %s", text, c)
			}
		}
	})
}

// TestSeveralCustomers: two customers named get a list of both; "谁逾期了"
// lists the customers with overdue periods.
func TestSeveralCustomers(t *testing.T) {
	f := newFixture(t)
	for text, want := range map[string]string{
		"张伟和李娜的情况": "c-1001,c-1002", "Zhang Wei and Wang Qiang": "c-1001,c-1003", "谁逾期了": "c-1003", "who is overdue": "c-1003",
		"我的客户": "c-1001,c-1002,c-1003",
	} {
		r, _ := f.ask(m01, text, nil)
		var lc copilot.CustomerListCard
		if !cardOf(r, copilot.KindCustomers, &lc) {
			t.Errorf("%q: no customer list (%s: %s)", text, r.Intent, r.Text)
			continue
		}
		var ids []string
		for _, c := range lc.Customers {
			ids = append(ids, c.CustomerID)
		}
		if strings.Join(ids, ",") != want {
			t.Errorf("%q: %v, want %s", text, ids, want)
		}
	}
}
