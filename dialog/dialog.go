// Package dialog is LoanDesk's channel-agnostic conversation core: conversations,
// turns under a deadline, per-conversation sequence numbers, replay on resume,
// idempotent client message ids and the contact note every conversation ends with.
//
// It knows nothing of loans, HTTP, Telegram, SQL or OpenAI. It owns the small
// interfaces it calls (Store, Bus, Locker, Clock, Analyzer, Responder); adapters
// in storage/ and channels/ implement them.
package dialog

import (
	"errors"
	"time"
)

// Role is what a token's bearer may do.
type Role string

// Roles from PROTOCOL.md's Identity section.
const (
	RoleBorrower Role = "borrower"
	RoleManager  Role = "manager"
	RoleAgent    Role = "agent"
	RoleAdmin    Role = "admin"
)

// Valid reports whether r is one of the four roles.
func (r Role) Valid() bool {
	switch r {
	case RoleBorrower, RoleManager, RoleAgent, RoleAdmin:
		return true
	}
	return false
}

// Principal is the authenticated caller: a customer id for borrowers, a staff id for staff.
type Principal struct {
	Subject string
	Role    Role
	Name    string
}

// Errors the core returns; adapters translate their own into these and
// channels map them to wire codes.
var (
	ErrNotFound  = errors.New("not found")
	ErrForbidden = errors.New("forbidden")
	ErrEnded     = errors.New("conversation ended")
	ErrInvalid   = errors.New("invalid input")
)

// Clock lets tests pin time.
type Clock interface{ Now() time.Time }

// SystemClock is the wall clock in UTC.
type SystemClock struct{}

// Now returns the current time in UTC.
func (SystemClock) Now() time.Time { return time.Now().UTC() }
