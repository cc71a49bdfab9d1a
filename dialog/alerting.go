package dialog

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// repeatWindow is how far back a medium flag counts as said before: a
// customer who mentions a pay cut twice in a quarter has a trend, not a mood.
const repeatWindow = 90 * 24 * time.Hour

// repeatAlerted lists the medium flags that alert the manager once the
// customer raises them a second time (DOMAIN.md §5: income_drop "alert when repeated").
var repeatAlerted = []string{"income_drop"}

// raiseAlerts raises the manager alerts the given messages call for. It is
// idempotent (the store keeps one alert per conversation, kind and code), so
// the core raises right after a message is stored and again when the note is
// written: an alert lost to a crash in between is raised at the note.
// history is the conversation's messages when the caller has them loaded,
// nil to load them only if a repeat must be looked for.
func (e *Engine) raiseAlerts(ctx context.Context, conv Conversation, msgs, history []Message) error {
	if conv.Role != RoleBorrower {
		return nil // staff conversations (the copilot) are not customer contacts
	}
	var alerts []Alert
	for _, m := range msgs {
		for _, fl := range m.Flags {
			switch {
			case fl.Severity == "high" || fl.Severity == "critical":
			case slices.Contains(repeatAlerted, fl.Code):
				if history == nil {
					var err error
					if history, err = e.d.Store.Messages(ctx, conv.ID); err != nil {
						return fmt.Errorf("load messages %s: %w", conv.ID, err)
					}
				}
				again, err := e.saidBefore(ctx, conv, history, m, fl.Code)
				if err != nil {
					return err
				}
				if !again {
					continue
				}
			default:
				continue
			}
			alerts = append(alerts, alertFor(conv, m, fl))
		}
	}
	if len(alerts) == 0 {
		return nil
	}
	raised, err := e.d.Store.RaiseAlerts(ctx, alerts)
	if err != nil {
		return fmt.Errorf("raise alerts for %s: %w", conv.ID, err)
	}
	for _, a := range raised {
		// The evidence is the customer's words: it stays out of the logs.
		e.log.Info("alert raised", "alert_id", a.ID, "conversation_id", a.ConversationID,
			"customer_id", a.CustomerID, "code", a.Code, "severity", a.Severity, "action", a.Action)
	}
	return nil
}

// saidBefore reports whether the customer raised code before m: in an
// earlier message of this conversation (history, in arrival order), or in a
// note within the repeat window.
func (e *Engine) saidBefore(ctx context.Context, conv Conversation, history []Message, m Message, code string) (bool, error) {
	for _, earlier := range history {
		if earlier.ClientID == m.ClientID {
			break // arrival order: the rest came after m
		}
		if slices.ContainsFunc(earlier.Flags, func(f Flag) bool { return f.Code == code }) {
			return true, nil
		}
	}
	notes, err := e.d.Store.Notes(ctx, NoteQuery{CustomerIDs: []string{conv.CustomerID}, Flag: code, Since: m.At.Add(-repeatWindow), Limit: 2})
	if err != nil {
		return false, fmt.Errorf("look up earlier %s notes: %w", code, err)
	}
	for _, n := range notes {
		if n.ConversationID != conv.ID {
			return true, nil
		}
	}
	return false, nil
}

// alertFor builds the alert one flag raises.
func alertFor(conv Conversation, m Message, fl Flag) Alert {
	action := ActionContact
	if fl.Severity == "critical" || fl.Code == "fraud_risk" {
		action = ActionImmediate
	}
	return Alert{
		ID: newID("al"), Kind: AlertRisk, CustomerID: conv.CustomerID, ConversationID: conv.ID,
		Seq: m.Seq, Code: fl.Code, Severity: fl.Severity, Evidence: fl.Evidence, Action: action,
		CreatedAt: m.At, DueAt: m.At.Add(AlertDue), Status: AlertOpen,
	}
}
