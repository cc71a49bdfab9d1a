package web

import (
	"context"
	"net/http"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Fixings keeps the LPR fixings an admin recorded (the shipped history is in
// knowledge/lpr). Part of Book.
type Fixings interface {
	// AddFixing records a fixing, replacing one of the same date.
	AddFixing(ctx context.Context, f lpr.Fixing) error
	// Fixings lists the recorded fixings in any order.
	Fixings(ctx context.Context) ([]lpr.Fixing, error)
}

// history is the shipped LPR history merged with the admin's fixings (which win per date).
func (s *Server) history(ctx context.Context) (lpr.History, error) {
	recorded, err := s.d.Book.Fixings(ctx)
	if err != nil {
		return lpr.History{}, err
	}
	return lpr.NewHistory(s.shipped, recorded), nil
}

type lprList struct {
	Published []lpr.Fixing `json:"published"`
}

// getLPR answers {"published":[{date, one_year_pct, five_year_pct}]} newest first.
func (s *Server) getLPR(w http.ResponseWriter, r *http.Request, _ dialog.Principal) {
	h, err := s.history(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, lprList{Published: h.Published()})
}

func decodeFixing(obj reqObject) (lpr.Fixing, *apiError) {
	var date string
	var one, five money.Percent
	if e := obj.decode(req("date", &date), req("one_year_pct", &one), req("five_year_pct", &five)); e != nil {
		return lpr.Fixing{}, e
	}
	d, err := lpr.ParseDate(date)
	if err != nil {
		e, _ := asAPIError(err)
		return lpr.Fixing{}, e
	}
	return lpr.Fixing{Date: d, OneYear: one, FiveYear: five}, nil
}

// postLPR records a fixing (admin only) and answers 201 with it. A fixing for
// a date already known corrects it.
func (s *Server) postLPR(w http.ResponseWriter, r *http.Request, _ dialog.Principal) {
	obj, e := s.readObject(w, r)
	if e != nil {
		writeError(w, e)
		return
	}
	f, e := decodeFixing(obj)
	if e != nil {
		writeError(w, e)
		return
	}
	h, err := s.history(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if err := lpr.ValidateFixing(f, h, s.cfg.Now()); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.d.Book.AddFixing(r.Context(), f); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, f)
}
