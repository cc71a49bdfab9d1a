// Package alertcheck holds the preconditions of dialog.Store's alert methods,
// checked alike by every adapter. It belongs beside the port (dialog.CheckFrames,
// dialog.CheckFinish); it lives here until dialog exports it.
package alertcheck

import (
	"fmt"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// Raise is RaiseAlerts' precondition: every alert has an id, a conversation,
// a kind, a customer and a known status.
func Raise(alerts []dialog.Alert) error {
	for i, a := range alerts {
		switch {
		case a.ID == "":
			return fmt.Errorf("alert %d without id: %w", i, dialog.ErrInvalid)
		case a.ConversationID == "":
			return fmt.Errorf("alert %s without conversation: %w", a.ID, dialog.ErrInvalid)
		case a.Kind == "":
			return fmt.Errorf("alert %s without kind: %w", a.ID, dialog.ErrInvalid)
		case a.CustomerID == "":
			return fmt.Errorf("alert %s without customer: %w", a.ID, dialog.ErrInvalid)
		case a.Status != dialog.AlertOpen && a.Status != dialog.AlertAcknowledged:
			return fmt.Errorf("alert %s with status %q: %w", a.ID, a.Status, dialog.ErrInvalid)
		}
	}
	return nil
}

// Acknowledge is AcknowledgeAlert's precondition: someone acknowledges, at some time.
func Acknowledge(by string, at time.Time) error {
	if by == "" {
		return fmt.Errorf("acknowledgement without staff id: %w", dialog.ErrInvalid)
	}
	if at.IsZero() {
		return fmt.Errorf("acknowledgement without time: %w", dialog.ErrInvalid)
	}
	return nil
}

// Key is what makes an alert unique: one per conversation, kind and code.
type Key struct{ ConversationID, Kind, Code string }

// KeyOf returns a's uniqueness key.
func KeyOf(a dialog.Alert) Key { return Key{a.ConversationID, a.Kind, a.Code} }
