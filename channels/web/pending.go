package web

import (
	"net/http"

	"github.com/loandesk/loandesk/dialog"
)

// Book is filled in once knowledge/book lands.
type Book interface{ Fixings }

func notYet(w http.ResponseWriter) {
	writeError(w, &apiError{http.StatusNotImplemented, codeNotImplemented, "not implemented yet"})
}

func (s *Server) telegramBinding(w http.ResponseWriter, r *http.Request, p dialog.Principal) {
	notYet(w)
}
func (s *Server) myLoans(w http.ResponseWriter, r *http.Request, p dialog.Principal)       { notYet(w) }
func (s *Server) customer(w http.ResponseWriter, r *http.Request, p dialog.Principal)      { notYet(w) }
func (s *Server) customerLoans(w http.ResponseWriter, r *http.Request, p dialog.Principal) { notYet(w) }
func (s *Server) conversation(w http.ResponseWriter, r *http.Request, p dialog.Principal)  { notYet(w) }
func (s *Server) notes(w http.ResponseWriter, r *http.Request, p dialog.Principal)         { notYet(w) }
func (s *Server) alerts(w http.ResponseWriter, r *http.Request, p dialog.Principal)        { notYet(w) }
func (s *Server) demoToken(w http.ResponseWriter, r *http.Request)                         { writeError(w, errNotFound) }
