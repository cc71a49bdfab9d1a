// Package product is the loan product catalogue (DOMAIN.md §4) as
// configuration, and the quota trial computed from it. A bank changes the
// catalogue with a JSON file (LoadCatalogue), not with code.
package product

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Product codes shipped by Defaults.
const (
	Consumer = "consumer"
	Mortgage = "mortgage"
	Business = "business"
)

// RateRule prices a product: a fixed rate, or LPR(tenor) + spread.
type RateRule struct {
	Fixed    *money.Percent `json:"fixed_pct,omitempty"`
	LPRTenor lpr.Tenor      `json:"lpr_tenor,omitempty"`
	SpreadBP int            `json:"spread_bp,omitempty"`
}

// Rate is the rate a new loan gets today: the fixed rate, or the latest
// fixing of the tenor plus the spread.
func (r RateRule) Rate(h lpr.History) (money.Percent, error) {
	if r.Fixed != nil {
		return *r.Fixed, nil
	}
	latest := h.Latest()
	if latest.Date.IsZero() {
		return money.Percent{}, fmt.Errorf("price a %s LPR product: no LPR fixing known", r.LPRTenor)
	}
	return lpr.AddBP(latest.Rate(r.LPRTenor), r.SpreadBP), nil
}

// Product is one loan product. A nil cap means no cap; MaxLTVPct zero means the
// product takes no collateral. The prepayment fee (percent of the amount
// prepaid) applies during the first PrepayFeeMonths months of a loan.
type Product struct {
	Code            string          `json:"code"`
	NameZh          string          `json:"name_zh"`
	NameEn          string          `json:"name_en"`
	CapUnsecured    *money.Amount   `json:"cap_unsecured,omitempty"`
	CapSecured      *money.Amount   `json:"cap_secured,omitempty"`
	DefaultTerm     int             `json:"default_term"`
	MaxTerm         int             `json:"max_term"`
	Rate            RateRule        `json:"rate"`
	MaxLTVPct       decimal.Decimal `json:"max_ltv_pct"`
	PrepayFeePct    decimal.Decimal `json:"prepay_fee_pct"`
	PrepayFeeMonths int             `json:"prepay_fee_months"`
}

// TakesCollateral reports whether the product lends against collateral.
func (p Product) TakesCollateral() bool { return p.MaxLTVPct.IsPositive() }

// PrepayFeePctOn is the fee, in percent of the amount prepaid, on a loan
// started on start and prepaid on date: PrepayFeePct within the first
// PrepayFeeMonths months, zero after.
func (p Product) PrepayFeePctOn(start, date time.Time) decimal.Decimal {
	if date.Before(start.AddDate(0, p.PrepayFeeMonths, 0)) {
		return p.PrepayFeePct
	}
	return decimal.Zero
}

// Catalogue is the whole configuration: the affordability and age rules and
// the products by code.
type Catalogue struct {
	MaxDTIPct        decimal.Decimal    `json:"max_dti_pct"`
	MaxAgeAtMaturity int                `json:"max_age_at_maturity"`
	Products         map[string]Product `json:"products"`
}

// Defaults is DOMAIN.md §4's catalogue.
func Defaults() Catalogue {
	amount := func(s string) *money.Amount { a := money.MustAmount(s); return &a }
	percent := func(s string) *money.Percent { p := money.MustPercent(s); return &p }
	dec := decimal.RequireFromString
	return Catalogue{
		MaxDTIPct:        dec("50"),
		MaxAgeAtMaturity: 70,
		Products: map[string]Product{
			Consumer: {Code: Consumer, NameZh: "个人消费贷", NameEn: "Personal consumer loan",
				CapUnsecured: amount("300000"), DefaultTerm: 36, MaxTerm: 60,
				Rate: RateRule{Fixed: percent("3.5")}, PrepayFeePct: dec("1"), PrepayFeeMonths: 12},
			Mortgage: {Code: Mortgage, NameZh: "个人住房贷款", NameEn: "Home mortgage",
				DefaultTerm: 360, MaxTerm: 360, Rate: RateRule{LPRTenor: lpr.FiveYear, SpreadBP: -30},
				MaxLTVPct: dec("85"), PrepayFeePct: dec("1"), PrepayFeeMonths: 12},
			Business: {Code: Business, NameZh: "个人经营贷", NameEn: "Personal business loan",
				CapUnsecured: amount("500000"), CapSecured: amount("10000000"), DefaultTerm: 60, MaxTerm: 120,
				Rate: RateRule{LPRTenor: lpr.OneYear, SpreadBP: 50}, MaxLTVPct: dec("70"),
				PrepayFeePct: dec("1"), PrepayFeeMonths: 12},
		},
	}
}

// Product looks a product up by code; an unknown code is a FieldError on product.
func (c Catalogue) Product(code string) (Product, error) {
	p, ok := c.Products[code]
	if !ok {
		return Product{}, &loan.FieldError{Field: "product", Msg: fmt.Sprintf("unknown product %q", code)}
	}
	return p, nil
}

// LoadCatalogue reads a JSON override of Defaults:
//
//	{"max_dti_pct": "45", "max_age_at_maturity": 65,
//	 "products": {"consumer": {"code": "consumer", "name_zh": "个人消费贷", "name_en": "Consumer loan",
//	   "cap_unsecured": "200000", "default_term": 36, "max_term": 60,
//	   "rate": {"fixed_pct": "3.8"}, "max_ltv_pct": "0", "prepay_fee_pct": "1", "prepay_fee_months": 12}}}
//
// Top-level fields left out keep their defaults; a product listed replaces
// the default product of that code whole (fields left out are zero), and a
// new code adds a product. Unknown fields are errors, so a typo cannot pass
// silently. Rates: "fixed_pct", or "lpr_tenor" ("1y"|"5y") with "spread_bp".
// Errors name the field, e.g. "products.mortgage.max_term".
func LoadCatalogue(r io.Reader) (Catalogue, error) {
	c := Defaults()
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Catalogue{}, fmt.Errorf("read product catalogue: %w", err)
	}
	if err := c.Validate(); err != nil {
		return Catalogue{}, fmt.Errorf("product catalogue: %w", err)
	}
	return c, nil
}
