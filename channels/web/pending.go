package web

import (
	"net/http"

	"github.com/loandesk/loandesk/dialog"
)

// Book is filled in once knowledge/book lands.
type Book interface{}

func notYet(w http.ResponseWriter, _ *http.Request, _ dialog.Principal) {
	writeError(w, &apiError{http.StatusNotImplemented, codeNotImplemented, "not implemented yet"})
}

func (s *Server) calcSchedule(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) calcQuota(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) calcPrepayment(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) calcLPRImpact(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) getLPR(w http.ResponseWriter, r *http.Request, p dialog.Principal)  { notYet(w, r, p) }
func (s *Server) postLPR(w http.ResponseWriter, r *http.Request, p dialog.Principal) { notYet(w, r, p) }
func (s *Server) telegramBinding(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) myLoans(w http.ResponseWriter, r *http.Request, p dialog.Principal) { notYet(w, r, p) }
func (s *Server) customer(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) customerLoans(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) conversation(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w, r, p)
}
func (s *Server) notes(w http.ResponseWriter, r *http.Request, p dialog.Principal)  { notYet(w, r, p) }
func (s *Server) alerts(w http.ResponseWriter, r *http.Request, p dialog.Principal) { notYet(w, r, p) }
func (s *Server) demoToken(w http.ResponseWriter, r *http.Request)                  { writeError(w, errNotFound) }
