package web

import (
	"net/http"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// alertView is an alert on the wire: dialog.Alert plus the customer's name,
// so the manager's list reads without a lookup per row.
type alertView struct {
	dialog.Alert
	CustomerName string `json:"customer_name"`
}

// alertsQuery reads ?status=&since=&limit=. since is RFC 3339 or YYYY-MM-DD
// (as for notes); limit is 1..500 (default 100).
func alertsQuery(r *http.Request) (q dialog.AlertQuery, e *apiError) {
	v := r.URL.Query()
	switch st := v.Get("status"); st {
	case "", dialog.AlertOpen, dialog.AlertAcknowledged:
		q.Status = st
	default:
		return q, errField("status", "status must be open or acknowledged")
	}
	if q.Since, e = sinceParam(v); e != nil {
		return q, e
	}
	if q.Limit, e = limitParam(v); e != nil {
		return q, e
	}
	return q, nil
}

// managerBook is the manager's customers now, by id, and their ids: alerts
// follow the customer's current assignment, not the one when raised.
func (s *Server) managerBook(r *http.Request, p dialog.Principal) (map[string]book.Customer, []string, error) {
	cs, err := s.bookOf(r.Context(), p.Subject)
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[string]book.Customer, len(cs))
	ids := make([]string, 0, len(cs)) // never nil: nil would mean every customer
	for _, c := range cs {
		byID[c.ID] = c
		ids = append(ids, c.ID)
	}
	return byID, ids, nil
}

// alerts is GET /v1/alerts: the alerts of the customers in the manager's
// book, newest first, [alert] (an empty array, never null).
func (s *Server) alerts(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	q, e := alertsQuery(r)
	if e != nil {
		writeError(w, e)
		return
	}
	byID, ids, err := s.managerBook(r, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q.CustomerIDs = ids
	as, err := s.d.Store.Alerts(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]alertView, 0, len(as))
	for _, a := range as {
		out = append(out, alertView{Alert: a, CustomerName: byID[a.CustomerID].Name})
	}
	writeJSON(w, http.StatusOK, out)
}

// ackAlert is POST /v1/alerts/{id}/ack: the manager acknowledges an alert of
// a customer in their book and gets it back; acknowledging again keeps the
// first time and author. Unknown and someone else's alerts are both 404, so
// ids cannot be probed. Any body is ignored.
func (s *Server) ackAlert(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	id := r.PathValue("id")
	byID, ids, err := s.managerBook(r, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// Looked up among the manager's own: that is the authorisation check as well.
	as, err := s.d.Store.Alerts(r.Context(), dialog.AlertQuery{IDs: []string{id}, CustomerIDs: ids})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(as) == 0 {
		writeError(w, errNotFound)
		return
	}
	a, err := s.d.Store.AcknowledgeAlert(r.Context(), id, p.Subject, s.cfg.Now())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, alertView{Alert: a, CustomerName: byID[a.CustomerID].Name})
}
