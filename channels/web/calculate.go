package web

import (
	"fmt"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/product"
)

// Calculators names the calculators Calculate knows, as in the URL paths.
var Calculators = []string{"schedule", "quota", "prepayment", "lpr-impact"}

// Calculate runs one calculator on a JSON request body exactly as POST
// /v1/calc/{name} does — same fields, same validation — so the command line
// and the API cannot drift apart. lang picks the quota disclaimer's language.
// The error, when the input is at fault, names the field (invalid_term_months: …).
func Calculate(name string, body []byte, h lpr.History, c product.Catalogue, lang string) (any, error) {
	obj, e := parseObject(body)
	if e != nil {
		return nil, e
	}
	switch name {
	case "schedule":
		in, e := decodeSchedule(obj)
		if e != nil {
			return nil, e
		}
		return wireErr(loan.NewSchedule(in))
	case "quota":
		in, e := decodeQuota(obj)
		if e != nil {
			return nil, e
		}
		in.Lang = lang
		return wireErr(c.Quota(in, h))
	case "prepayment":
		in, e := decodePrepayment(obj)
		if e != nil {
			return nil, e
		}
		return wireErr(loan.Prepay(in))
	case "lpr-impact":
		q, e := decodeLPRImpact(obj)
		if e != nil {
			return nil, e
		}
		if !q.hasNewLP {
			q.in.NewLPR = h.Latest().Rate(q.tenor)
		}
		return wireErr(lpr.Impact(q.in))
	}
	return nil, fmt.Errorf("unknown calculator %q (want one of %v)", name, Calculators)
}

// wireErr turns a knowledge error into the API's field-named error.
func wireErr[T any](v T, err error) (any, error) {
	if err != nil {
		e, _ := asAPIError(err)
		return nil, e
	}
	return v, nil
}
