package web

import (
	"net/http"
	"strings"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/money"
	"github.com/loandesk/loandesk/knowledge/product"
)

// decodeQuota reads POST /v1/calc/quota: {product, monthly_income,
// monthly_debt?, term_months?, annual_rate_pct?, collateral_value?, age?}.
func decodeQuota(obj reqObject) (product.QuotaInput, *apiError) {
	var in product.QuotaInput
	var rate money.Percent
	var collateral money.Amount
	if e := obj.decode(
		req("product", &in.Product), req("monthly_income", &in.MonthlyIncome),
		opt("monthly_debt", &in.MonthlyDebt), opt("term_months", &in.TermMonths),
		opt("annual_rate_pct", &rate), opt("collateral_value", &collateral), opt("age", &in.Age),
	); e != nil {
		return in, e
	}
	if obj.present("annual_rate_pct") {
		in.AnnualRatePct = &rate
	}
	if obj.present("collateral_value") {
		in.CollateralValue = &collateral
	}
	return in, nil
}

// calcQuota answers the quota_estimate card. The disclaimer's language
// follows Accept-Language (en, zh-Hant; otherwise Simplified Chinese);
// disclaimer_en is always present.
func (s *Server) calcQuota(w http.ResponseWriter, r *http.Request, _ dialog.Principal) {
	obj, e := s.readObject(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	in, e := decodeQuota(obj)
	if e != nil {
		writeError(w, e)
		return
	}
	in.Lang = acceptLang(r.Header.Get("Accept-Language"))
	h, err := s.history(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q, err := s.d.Catalogue.Quota(in, h)
	s.answer(w, r, q, err)
}

// acceptLang maps the first Accept-Language tag to en, zh-Hant or "".
func acceptLang(h string) string {
	tag, _, _ := strings.Cut(h, ",")
	tag, _, _ = strings.Cut(tag, ";")
	tag = strings.ToLower(strings.TrimSpace(tag))
	switch {
	case strings.HasPrefix(tag, "en"):
		return "en"
	case strings.Contains(tag, "hant"), tag == "zh-tw", tag == "zh-hk", tag == "zh-mo":
		return "zh-Hant"
	}
	return ""
}
