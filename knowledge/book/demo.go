package book

import (
	"time"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
	"github.com/loandesk/loandesk/knowledge/product"
)

// DemoBook is PROTOCOL.md's demo book. Its contracts start on fixed dates
// (2021–2025) so every view is reproducible; today only keeps c-1003's
// overdue period consistent with the periods due by then. Phone numbers are
// fictional but well-formed, so masking can be tested.
func DemoBook(today time.Time) (customers []Customer, staff []Staff, accounts []Account, assignments map[string]string) {
	customers = []Customer{
		{ID: "c-1001", Name: "张伟", NameEn: "Zhang Wei", Lang: LangZhHans, ManagerID: "m-01", Phone: "13800138001", Segment: "retail"},
		{ID: "c-1002", Name: "李娜", NameEn: "Li Na", Lang: LangZhHans, ManagerID: "m-01", Phone: "13900139002", Segment: "retail"},
		{ID: "c-1003", Name: "王强", NameEn: "Wang Qiang", Lang: LangZhHans, ManagerID: "m-01", Phone: "13700137003", Segment: "small_business"},
		{ID: "c-1004", Name: "Emily Chen", NameEn: "Emily Chen", Lang: LangEn, ManagerID: "m-02", Phone: "13600136004", Segment: "retail"},
	}
	staff = []Staff{
		{ID: "m-01", Name: "陈经理", Role: RoleManager},
		{ID: "m-02", Name: "刘经理", Role: RoleManager},
		{ID: "a-01", Name: "周敏", Role: RoleAgent, Skills: []string{"general", "complaints", "mortgage"}},
		{ID: "a-02", Name: "吴静", Role: RoleAgent, Skills: []string{"hardship", "general"}},
		{ID: "admin", Name: "系统管理员", Role: RoleAdmin},
	}
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	business := Account{
		ID: "L-1003-5210", CustomerID: "c-1003", Product: product.Business, Principal: money.MustAmount("400000"),
		RateType: RateLPRFloating, LPRTenor: lpr.OneYear, SpreadBP: 50, Method: loan.EqualPrincipal,
		TermMonths: 60, StartDate: date(2024, 9, 25), DueDay: 25, Status: "active",
	}
	business.OverduePeriods = min(1, periodsDue(business, today))
	accounts = []Account{
		// A 2021 mortgage at 5Y LPR − 30bp, repriced every January 1: 4.35% at
		// the start, 3.30% in 2025 and 3.20% in 2026 (DOMAIN.md §3's chain).
		{ID: "L-1001-6688", CustomerID: "c-1001", Product: product.Mortgage, Principal: money.MustAmount("1000000"),
			RateType: RateLPRFloating, LPRTenor: lpr.FiveYear, SpreadBP: -30, RepricingRule: lpr.RuleJan1,
			Method: loan.EqualInstallment, TermMonths: 360, StartDate: date(2021, 3, 15), DueDay: 15, Status: "active"},
		{ID: "L-1002-3721", CustomerID: "c-1002", Product: product.Consumer, Principal: money.MustAmount("200000"),
			RateType: RateFixed, FixedRatePct: money.MustPercent("3.5"), Method: loan.EqualInstallment,
			TermMonths: 36, StartDate: date(2025, 6, 10), DueDay: 10, Status: "active"},
		business,
		{ID: "L-1004-2046", CustomerID: "c-1004", Product: product.Mortgage, Principal: money.MustAmount("2400000"),
			RateType: RateLPRFloating, LPRTenor: lpr.FiveYear, SpreadBP: -20, RepricingRule: lpr.RuleAnniversary,
			Method: loan.EqualInstallment, TermMonths: 300, StartDate: date(2023, 7, 8), DueDay: 8, Status: "active"},
	}
	assignments = map[string]string{}
	for _, c := range customers {
		assignments[c.ID] = c.ManagerID
	}
	return customers, staff, accounts, assignments
}
