package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// The calculator endpoints decode their request, call knowledge/ and answer
// the card. Money fields accept "300000", "300000.5" or a JSON number; counts
// are JSON integers; a bad value is 400 invalid_<field>.

// scheduleRequest is POST /v1/calc/schedule. due_day is an addition to
// PROTOCOL.md: the due day of month (default: start_date's day).
type scheduleRequest struct {
	Principal     money.Amount
	AnnualRatePct money.Percent
	TermMonths    int
	Method        string
	StartDate     string
	DueDay        int
}

func decodeSchedule(obj reqObject) (loan.ScheduleInput, *apiError) {
	var q scheduleRequest
	if e := obj.decode(
		req("principal", &q.Principal), req("annual_rate_pct", &q.AnnualRatePct),
		req("term_months", &q.TermMonths), req("method", &q.Method),
		opt("start_date", &q.StartDate), opt("due_day", &q.DueDay),
	); e != nil {
		return loan.ScheduleInput{}, e
	}
	m, e := parseMethod(q.Method)
	if e != nil {
		return loan.ScheduleInput{}, e
	}
	in := loan.ScheduleInput{Principal: q.Principal, AnnualRatePct: q.AnnualRatePct, TermMonths: q.TermMonths, Method: m, DueDay: q.DueDay}
	if q.StartDate != "" {
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(q.StartDate))
		if err != nil || d.Year() < 1900 || d.Year() > 2200 {
			return in, errField("start_date", "start_date must be a date YYYY-MM-DD")
		}
		in.StartDate = d
	}
	return in, nil
}

func (s *Server) calcSchedule(w http.ResponseWriter, r *http.Request, _ dialog.Principal) {
	obj, e := s.readObject(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	in, e := decodeSchedule(obj)
	if e != nil {
		writeError(w, e)
		return
	}
	sched, err := loan.NewSchedule(in)
	s.answer(w, r, sched, err)
}

func decodePrepayment(obj reqObject) (loan.PrepayInput, *apiError) {
	var in loan.PrepayInput
	var method string
	if e := obj.decode(
		req("balance", &in.Balance), req("annual_rate_pct", &in.AnnualRatePct),
		req("remaining_months", &in.RemainingMonths), req("method", &method),
		req("prepay_amount", &in.PrepayAmount),
	); e != nil {
		return in, e
	}
	m, e := parseMethod(method)
	in.Method = m
	return in, e
}

// calcPrepayment answers the prepayment_plan card; the current payment is
// pmt(B, r, m) and no fee applies (the calculator knows no product).
func (s *Server) calcPrepayment(w http.ResponseWriter, r *http.Request, _ dialog.Principal) {
	obj, e := s.readObject(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	in, e := decodePrepayment(obj)
	if e != nil {
		writeError(w, e)
		return
	}
	plan, err := loan.Prepay(in)
	s.answer(w, r, plan, err)
}

// lprImpactRequest is POST /v1/calc/lpr-impact. new_lpr_pct defaults to the
// latest published fixing of lpr_term, which defaults to "5y".
type lprImpactRequest struct {
	in       lpr.ImpactInput
	tenor    lpr.Tenor
	hasNewLP bool
}

func decodeLPRImpact(obj reqObject) (lprImpactRequest, *apiError) {
	var q lprImpactRequest
	var method, term string
	if e := obj.decode(
		req("balance", &q.in.Balance), req("remaining_months", &q.in.RemainingMonths),
		req("method", &method), req("spread_bp", &q.in.SpreadBP), req("old_lpr_pct", &q.in.OldLPR),
		opt("new_lpr_pct", &q.in.NewLPR), opt("lpr_term", &term),
	); e != nil {
		return q, e
	}
	q.hasNewLP = obj.present("new_lpr_pct")
	m, e := parseMethod(method)
	if e != nil {
		return q, e
	}
	q.in.Method = m
	q.tenor = lpr.FiveYear
	if term != "" {
		t, err := lpr.ParseTenor(term)
		if err != nil {
			e, _ := asAPIError(err)
			return q, e
		}
		q.tenor = t
	}
	return q, nil
}

func (s *Server) calcLPRImpact(w http.ResponseWriter, r *http.Request, _ dialog.Principal) {
	obj, e := s.readObject(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	q, e := decodeLPRImpact(obj)
	if e != nil {
		writeError(w, e)
		return
	}
	if !q.hasNewLP {
		h, err := s.history(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		q.in.NewLPR = h.Latest().Rate(q.tenor)
	}
	card, err := lpr.Impact(q.in)
	s.answer(w, r, card, err)
}

// parseMethod maps a method string to loan.Method with error invalid_method.
func parseMethod(s string) (loan.Method, *apiError) {
	m, err := loan.ParseMethod(s)
	if err != nil {
		e, _ := asAPIError(err)
		return "", e
	}
	return m, nil
}

// readObject reads the body as a strict JSON object.
func (s *Server) readObject(w http.ResponseWriter, r *http.Request) (reqObject, *apiError) {
	body, e := readBody(w, r, s.cfg.MaxBodyBytes)
	if e != nil {
		return nil, e
	}
	return parseObject(body)
}

// answer writes v, or the error err translates to.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, v any, err error) {
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// fail answers err's wire error, logging the ones that are the server's fault.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	e, internal := asAPIError(err)
	if internal {
		s.log.ErrorContext(r.Context(), "request failed", "request_id", reqID(r.Context()), "path", r.URL.Path, "err", err)
	}
	writeError(w, e)
}
