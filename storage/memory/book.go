package memory

import "github.com/loandesk/loandesk/knowledge/lpr"

// book holds the bank's book and the admin-recorded LPR fixings.
type book struct {
	fixings map[string]lpr.Fixing // by YYYY-MM-DD
}

func newBook() book { return book{fixings: map[string]lpr.Fixing{}} }
