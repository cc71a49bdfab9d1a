package product

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
)

// Validate checks the catalogue; errors are *loan.FieldError with dotted
// field paths ("products.business.rate").
func (c Catalogue) Validate() error {
	hundred := decimal.NewFromInt(100)
	switch {
	case !c.MaxDTIPct.IsPositive() || c.MaxDTIPct.GreaterThan(hundred):
		return &loan.FieldError{Field: "max_dti_pct", Msg: "must be above 0 and at most 100"}
	case c.MaxAgeAtMaturity < 18 || c.MaxAgeAtMaturity > 100:
		return &loan.FieldError{Field: "max_age_at_maturity", Msg: "must be between 18 and 100"}
	case len(c.Products) == 0:
		return &loan.FieldError{Field: "products", Msg: "must list at least one product"}
	}
	codes := make([]string, 0, len(c.Products))
	for code := range c.Products {
		codes = append(codes, code)
	}
	sort.Strings(codes) // report the same error every time
	for _, code := range codes {
		if err := c.Products[code].validate(code); err != nil {
			return err
		}
	}
	return nil
}

func (p Product) validate(code string) error {
	bad := func(field, msg string) error {
		return &loan.FieldError{Field: "products." + code + "." + field, Msg: msg}
	}
	hundred := decimal.NewFromInt(100)
	switch {
	case p.Code != code:
		return bad("code", fmt.Sprintf("must equal its key %q", code))
	case p.NameZh == "" || p.NameEn == "":
		return bad("name_zh", "both names are required")
	case p.MaxTerm < 1 || p.MaxTerm > loan.MaxTermMonths:
		return bad("max_term", fmt.Sprintf("must be between 1 and %d", loan.MaxTermMonths))
	case p.DefaultTerm < 1 || p.DefaultTerm > p.MaxTerm:
		return bad("default_term", "must be between 1 and max_term")
	case p.CapUnsecured != nil && !p.CapUnsecured.IsPositive():
		return bad("cap_unsecured", "must be positive when given")
	case p.CapSecured != nil && !p.CapSecured.IsPositive():
		return bad("cap_secured", "must be positive when given")
	case p.CapSecured != nil && !p.TakesCollateral():
		return bad("cap_secured", "needs max_ltv_pct: the product takes no collateral")
	case p.MaxLTVPct.IsNegative() || p.MaxLTVPct.GreaterThan(hundred):
		return bad("max_ltv_pct", "must be between 0 and 100")
	case p.PrepayFeePct.IsNegative() || p.PrepayFeePct.GreaterThan(hundred):
		return bad("prepay_fee_pct", "must be between 0 and 100")
	case p.PrepayFeeMonths < 0:
		return bad("prepay_fee_months", "must not be negative")
	}
	r := p.Rate
	switch {
	case (r.Fixed == nil) == (r.LPRTenor == ""):
		return bad("rate", "needs exactly one of fixed_pct or lpr_tenor")
	case r.Fixed != nil && (r.Fixed.IsNegative() || r.Fixed.GreaterThan(decimal.NewFromInt(loan.MaxAnnualRatePct))):
		return bad("rate.fixed_pct", fmt.Sprintf("must be between 0 and %d", loan.MaxAnnualRatePct))
	case r.Fixed != nil && r.SpreadBP != 0:
		return bad("rate.spread_bp", "applies to LPR rates only")
	case r.LPRTenor != "" && r.LPRTenor != lpr.OneYear && r.LPRTenor != lpr.FiveYear:
		return bad("rate.lpr_tenor", `must be "1y" or "5y"`)
	case r.SpreadBP < -lpr.MaxSpreadBP || r.SpreadBP > lpr.MaxSpreadBP:
		return bad("rate.spread_bp", "must be within ±1000 basis points")
	}
	return nil
}
