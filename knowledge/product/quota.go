package product

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// KindQuota is the card kind of a QuotaEstimate.
const KindQuota = "quota_estimate"

// Binding constraints of a quota estimate.
const (
	BindDTI        = "dti"
	BindProductCap = "product_cap"
	BindLTV        = "ltv"
	BindAgeTerm    = "age_term"
)

// The disclaimer every quota_estimate carries (DOMAIN.md §4).
const (
	DisclaimerZh     = "试算结果仅供参考，实际额度以审批结果为准"
	DisclaimerZhHant = "試算結果僅供參考，實際額度以審批結果為準"
	DisclaimerEn     = "estimate only; subject to approval"
)

// QuotaInput is a quota trial request. Incomes and debts are monthly: a caller
// given an annual income ("年薪48万") divides it by 12 first.
type QuotaInput struct {
	Product         string
	MonthlyIncome   money.Amount
	MonthlyDebt     money.Amount   // existing monthly debt payments
	TermMonths      int            // 0: the product's default term
	AnnualRatePct   *money.Percent // nil: the product's rate today
	CollateralValue *money.Amount  // the home's or asset's value, for products that take collateral
	Age             int            // 0: unknown, no age rule
	Lang            string         // "en" or "zh-Hant" pick the disclaimer's language; otherwise Simplified Chinese
}

// QuotaEstimate is the quota_estimate card. An estimate, never an approval.
type QuotaEstimate struct {
	Product           string        `json:"product"`
	MaxPrincipal      money.Amount  `json:"max_principal"`
	MonthlyPayment    money.Amount  `json:"monthly_payment"`
	TermMonths        int           `json:"term_months"`
	AnnualRatePct     money.Percent `json:"annual_rate_pct"`
	BindingConstraint string        `json:"binding_constraint"`
	// LTVPending is set when a product that lends only against collateral
	// (the mortgage) was estimated without a collateral value: the figure is
	// affordability only, and max_ltv_pct still applies to the application.
	LTVPending   bool   `json:"ltv_pending,omitempty"`
	Disclaimer   string `json:"disclaimer"`
	DisclaimerEn string `json:"disclaimer_en"`
}

// MarshalJSON adds "kind".
func (q QuotaEstimate) MarshalJSON() ([]byte, error) {
	type plain QuotaEstimate
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindQuota, plain(q)})
}

// Quota estimates the largest loan of a product a customer could afford
// (DOMAIN.md §4):
//
//  1. affordable payment = income × max_dti − existing debt; zero or less
//     gives 0 with "dti";
//  2. the age rule shortens the term so that age + term ≤ max age at maturity;
//  3. principal = present value of that payment over the term at the rate,
//     at full precision;
//  4. capped by the product cap (the secured cap when a collateral-taking
//     product is given collateral) and by collateral × max LTV;
//  5. rounded down to a multiple of 1,000; monthly_payment = pmt of that.
//
// binding_constraint names the limit that decided the figure: the smallest
// candidate, ties going to dti, then product_cap, then ltv. When
// affordability decides but the age rule had shortened the term, the term is
// what decided, so it is "age_term". A customer already at the maximum age
// gets 0 with "age_term".
func (c Catalogue) Quota(in QuotaInput, h lpr.History) (QuotaEstimate, error) {
	p, err := c.Product(in.Product)
	if err != nil {
		return QuotaEstimate{}, err
	}
	term := in.TermMonths
	if term == 0 {
		term = p.DefaultTerm
	}
	if err := checkQuota(in, p, term); err != nil {
		return QuotaEstimate{}, err
	}
	rate, err := quotaRate(in, p, h)
	if err != nil {
		return QuotaEstimate{}, err
	}
	q := QuotaEstimate{Product: p.Code, TermMonths: term, AnnualRatePct: rate}
	q.Disclaimer, q.DisclaimerEn = disclaimer(in.Lang), DisclaimerEn
	q.LTVPending = p.TakesCollateral() && p.CapUnsecured == nil && in.CollateralValue == nil

	affordBinding := BindDTI
	if in.Age > 0 {
		left := (c.MaxAgeAtMaturity - in.Age) * 12
		if left < 1 {
			q.BindingConstraint = BindAgeTerm
			return q, nil
		}
		if left < term {
			q.TermMonths, affordBinding = left, BindAgeTerm
		}
	}
	affordable := in.MonthlyIncome.Mul(c.MaxDTIPct).Div(decimal.NewFromInt(100)).Sub(in.MonthlyDebt.Decimal)
	if !affordable.IsPositive() {
		q.BindingConstraint = BindDTI
		return q, nil
	}
	r := rate.MonthlyRate()
	best, binding := loan.PresentValue(affordable, r, q.TermMonths), affordBinding
	consider := func(limit decimal.Decimal, name string) {
		if limit.LessThan(best) {
			best, binding = limit, name
		}
	}
	secured := p.TakesCollateral() && in.CollateralValue != nil
	limit := p.CapUnsecured
	if secured && p.CapSecured != nil {
		limit = p.CapSecured
	}
	if limit != nil {
		consider(limit.Decimal, BindProductCap)
	}
	if secured {
		consider(in.CollateralValue.Mul(p.MaxLTVPct).Div(decimal.NewFromInt(100)), BindLTV)
	}
	thousand := decimal.NewFromInt(1000)
	// Floor to whole yuan first: the division is then exact at any precision.
	q.MaxPrincipal = money.A(best.Floor().Div(thousand).Floor().Mul(thousand))
	q.MonthlyPayment = money.A(loan.Payment(q.MaxPrincipal.Decimal, r, q.TermMonths))
	q.BindingConstraint = binding
	return q, nil
}

// quotaRate is the requested rate or the product's rate today.
func quotaRate(in QuotaInput, p Product, h lpr.History) (money.Percent, error) {
	if in.AnnualRatePct != nil {
		return *in.AnnualRatePct, nil
	}
	rate, err := p.Rate.Rate(h)
	if err != nil {
		return money.Percent{}, fmt.Errorf("quota for %s: %w", p.Code, err)
	}
	return rate, nil
}

func checkQuota(in QuotaInput, p Product, term int) error {
	bad := func(field, msg string) error { return &loan.FieldError{Field: field, Msg: msg} }
	switch {
	case in.MonthlyIncome.IsNegative():
		return bad("monthly_income", "must not be negative")
	case in.MonthlyDebt.IsNegative():
		return bad("monthly_debt", "must not be negative")
	case term < 1 || term > p.MaxTerm:
		return bad("term_months", fmt.Sprintf("must be between 1 and %d months for %s", p.MaxTerm, p.Code))
	case in.AnnualRatePct != nil && (in.AnnualRatePct.IsNegative() || in.AnnualRatePct.GreaterThan(decimal.NewFromInt(loan.MaxAnnualRatePct))):
		return bad("annual_rate_pct", fmt.Sprintf("must be between 0 and %d percent", loan.MaxAnnualRatePct))
	case in.CollateralValue != nil && !in.CollateralValue.IsPositive():
		return bad("collateral_value", "must be greater than zero when given")
	case in.Age != 0 && (in.Age < 18 || in.Age > 100):
		return bad("age", "must be between 18 and 100")
	}
	return nil
}

func disclaimer(lang string) string {
	switch lang {
	case "en":
		return DisclaimerEn
	case "zh-Hant":
		return DisclaimerZhHant
	}
	return DisclaimerZh
}
