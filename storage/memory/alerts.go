package memory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// copyAlert puts an alert's times in UTC; its fields are all values, so a
// plain copy shares nothing with the caller.
func copyAlert(a dialog.Alert) dialog.Alert {
	a.CreatedAt, a.DueAt, a.AckedAt = utc(a.CreatedAt), utc(a.DueAt), utc(a.AckedAt)
	return a
}

// alertOutLocked is a stored alert as callers see it: a copy with the
// conversation's note id. s.mu must be held.
func (s *Store) alertOutLocked(a *dialog.Alert) dialog.Alert {
	out := copyAlert(*a)
	if c, ok := s.convs[a.ConversationID]; ok {
		out.NoteID = c.NoteID
	}
	return out
}

// RaiseAlerts stores the alerts whose (ConversationID, Kind, Code) is new and
// returns those. The batch is checked whole first, so a refused batch stores nothing.
func (s *Store) RaiseAlerts(ctx context.Context, alerts []dialog.Alert) ([]dialog.Alert, error) {
	if err := dialog.CheckAlerts(alerts); err != nil {
		return nil, fmt.Errorf("raise alerts: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := map[string]dialog.AlertKey{} // ids in this batch
	fresh := map[dialog.AlertKey]bool{}
	var toStore []dialog.Alert
	for _, a := range alerts {
		if _, ok := s.convs[a.ConversationID]; !ok {
			return nil, fmt.Errorf("raise alert %s: conversation %s: %w", a.ID, a.ConversationID, dialog.ErrNotFound)
		}
		k := a.Key()
		if prev, ok := s.alerts[a.ID]; ok && prev.Key() != k {
			return nil, fmt.Errorf("raise alert %s: id taken by another alert: %w", a.ID, dialog.ErrInvalid)
		}
		if prev, ok := ids[a.ID]; ok && prev != k {
			return nil, fmt.Errorf("raise alert %s: id used twice in the batch: %w", a.ID, dialog.ErrInvalid)
		}
		ids[a.ID] = k
		if _, stored := s.alertIx[k]; stored || fresh[k] {
			continue
		}
		fresh[k] = true
		toStore = append(toStore, a)
	}
	out := make([]dialog.Alert, 0, len(toStore))
	for _, a := range toStore {
		a = copyAlert(a)
		a.NoteID = "" // derived from the conversation, never stored
		s.alerts[a.ID] = &a
		s.alertIx[a.Key()] = a.ID
		out = append(out, s.alertOutLocked(&a))
	}
	return out, nil
}

// Alerts lists alerts matching q, newest (by CreatedAt, then ID) first.
func (s *Store) Alerts(ctx context.Context, q dialog.AlertQuery) ([]dialog.Alert, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []dialog.Alert{}
	if q.CustomerIDs != nil && len(q.CustomerIDs) == 0 || q.IDs != nil && len(q.IDs) == 0 {
		return out, nil
	}
	for _, a := range s.alerts {
		if q.IDs != nil && !slices.Contains(q.IDs, a.ID) {
			continue
		}
		if q.CustomerIDs != nil && !slices.Contains(q.CustomerIDs, a.CustomerID) {
			continue
		}
		if q.Status != "" && a.Status != q.Status {
			continue
		}
		if !q.Since.IsZero() && a.CreatedAt.Before(q.Since) {
			continue
		}
		out = append(out, s.alertOutLocked(a))
	}
	slices.SortFunc(out, func(a, b dialog.Alert) int {
		return cmp.Or(b.CreatedAt.Compare(a.CreatedAt), cmp.Compare(b.ID, a.ID))
	})
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

// AcknowledgeAlert marks the alert acknowledged unless it already is; the
// first acknowledgement's time and author stay.
func (s *Store) AcknowledgeAlert(ctx context.Context, id, by string, at time.Time) (dialog.Alert, error) {
	if err := dialog.CheckAcknowledge(by, at); err != nil {
		return dialog.Alert{}, fmt.Errorf("acknowledge alert %s: %w", id, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.alerts[id]
	if !ok {
		return dialog.Alert{}, fmt.Errorf("acknowledge alert %s: %w", id, dialog.ErrNotFound)
	}
	if a.Status != dialog.AlertAcknowledged {
		a.Status, a.AckedAt, a.AckedBy = dialog.AlertAcknowledged, at.UTC(), by
	}
	return s.alertOutLocked(a), nil
}
