package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/loan"
)

// Error codes this package sends besides the invalid_<field> family.
const (
	codeInvalidJSON    = "invalid_json"
	codeBodyTooLarge   = "body_too_large"
	codeUnknownField   = "unknown_field"
	codeUnauthorized   = "unauthorized"
	codeForbidden      = "forbidden"
	codeNotFound       = "not_found"
	codeMethod         = "method_not_allowed"
	codeInternal       = "internal"
	codeUnavailable    = "unavailable"
	codeNotImplemented = "not_implemented"
)

// apiError is an HTTP error answer: a status and the wire error object.
type apiError struct {
	Status  int
	Code    string
	Message string
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func errBadRequest(code, msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: code, Message: msg}
}

// errField is the 400 for a request field: code invalid_<field>.
func errField(field, msg string) *apiError {
	return errBadRequest("invalid_"+field, msg)
}

var (
	errUnauthorized = &apiError{http.StatusUnauthorized, codeUnauthorized, "a valid bearer token is required"}
	errForbidden    = &apiError{http.StatusForbidden, codeForbidden, "not allowed for this caller"}
	errNotFound     = &apiError{http.StatusNotFound, codeNotFound, "no such resource"}
	errInternal     = &apiError{http.StatusInternalServerError, codeInternal, "internal error"}
)

// errorBody is the wire shape of every error.
type errorBody struct {
	Error errorObject `json:"error"`
}

type errorObject struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeError answers with e's status and the error object.
func writeError(w http.ResponseWriter, e *apiError) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(e.Status)
	_ = json.NewEncoder(w).Encode(errorBody{errorObject{Code: e.Code, Message: e.Message}})
}

// writeJSON answers 200 (or status) with v.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, errInternal)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// asAPIError translates errors from the core and the knowledge packages into
// wire errors: a *loan.FieldError is 400 invalid_<field>, dialog's sentinel
// errors become 404/403/409/400, anything else is a 500 the caller logs.
func asAPIError(err error) (e *apiError, internal bool) {
	var ae *apiError
	var fe *loan.FieldError
	switch {
	case errors.As(err, &ae):
		return ae, false
	case errors.As(err, &fe):
		return errField(fe.Field, fe.Msg), false
	case errors.Is(err, dialog.ErrNotFound):
		return errNotFound, false
	case errors.Is(err, dialog.ErrForbidden):
		return errForbidden, false
	case errors.Is(err, dialog.ErrEnded):
		return &apiError{http.StatusConflict, "conversation_ended", "the conversation has ended"}, false
	case errors.Is(err, dialog.ErrInvalid):
		return errBadRequest("invalid_request", "invalid request"), false
	}
	return errInternal, true
}
