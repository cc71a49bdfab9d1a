package dialog

import (
	"fmt"
	"time"
)

// Alert kinds.
const (
	AlertRisk     = "risk"     // a risk flag the customer's manager must act on (DOMAIN.md §5)
	AlertCallback = "callback" // a callback the customer accepted while waiting for a seat
)

// Alert actions: what the flag asks of the bank.
const (
	ActionContact   = "contact"           // the manager contacts the customer within 24 hours
	ActionImmediate = "immediate_handoff" // a person takes over at once (critical and fraud flags)
)

// Alert statuses.
const (
	AlertOpen         = "open"
	AlertAcknowledged = "acknowledged"
)

// AlertDue is how long a manager has to act on an alert (DOMAIN.md §5).
const AlertDue = 24 * time.Hour

// Alert asks the customer's relationship manager to act. A conversation
// raises at most one alert per (Kind, Code); the manager is resolved from
// the customer's current assignment when alerts are listed.
type Alert struct {
	ID             string    `json:"id"`
	Kind           string    `json:"kind"`
	CustomerID     string    `json:"customer_id"`
	ConversationID string    `json:"conversation_id"`
	NoteID         string    `json:"note_id,omitempty"` // the conversation's note, once it has one
	Seq            int64     `json:"seq"`               // the message that raised it (Message.Seq)
	Code           string    `json:"code"`              // flag code; "" for a callback
	Severity       string    `json:"severity"`
	Evidence       string    `json:"evidence"` // the customer's own words, or the callback's preferred time
	Action         string    `json:"action"`
	CreatedAt      time.Time `json:"created_at"`
	DueAt          time.Time `json:"due_at"`
	Status         string    `json:"status"`
	AckedAt        time.Time `json:"acknowledged_at,omitzero"`
	AckedBy        string    `json:"acknowledged_by,omitempty"`
}

// AlertQuery filters alerts; empty fields do not filter.
type AlertQuery struct {
	IDs         []string // nil: any alert; empty non-nil: none
	CustomerIDs []string // nil: any customer; empty non-nil: none
	Status      string
	Since       time.Time // CreatedAt at or after
	Limit       int
}

// CheckAlerts is RaiseAlerts' precondition: every alert has an id, a conversation,
// a kind, a customer and a known status.
func CheckAlerts(alerts []Alert) error {
	for i, a := range alerts {
		switch {
		case a.ID == "":
			return fmt.Errorf("alert %d without id: %w", i, ErrInvalid)
		case a.ConversationID == "":
			return fmt.Errorf("alert %s without conversation: %w", a.ID, ErrInvalid)
		case a.Kind == "":
			return fmt.Errorf("alert %s without kind: %w", a.ID, ErrInvalid)
		case a.CustomerID == "":
			return fmt.Errorf("alert %s without customer: %w", a.ID, ErrInvalid)
		case a.Status != AlertOpen && a.Status != AlertAcknowledged:
			return fmt.Errorf("alert %s with status %q: %w", a.ID, a.Status, ErrInvalid)
		}
	}
	return nil
}

// CheckAcknowledge is AcknowledgeAlert's precondition: someone acknowledges, at some time.
func CheckAcknowledge(by string, at time.Time) error {
	if by == "" {
		return fmt.Errorf("acknowledgement without staff id: %w", ErrInvalid)
	}
	if at.IsZero() {
		return fmt.Errorf("acknowledgement without time: %w", ErrInvalid)
	}
	return nil
}

// AlertKey is what makes an alert unique: one per conversation, kind and code.
type AlertKey struct{ ConversationID, Kind, Code string }

// Key returns a's uniqueness key.
func (a Alert) Key() AlertKey { return AlertKey{a.ConversationID, a.Kind, a.Code} }
