package sqlite

import (
	"context"
	"errors"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// Placeholder until the alert store lands in this adapter.
var errNoAlerts = errors.New("alerts: not stored by this adapter yet")

func (s *Store) RaiseAlerts(ctx context.Context, alerts []dialog.Alert) ([]dialog.Alert, error) {
	return nil, errNoAlerts
}

func (s *Store) Alerts(ctx context.Context, q dialog.AlertQuery) ([]dialog.Alert, error) {
	return nil, errNoAlerts
}

func (s *Store) AcknowledgeAlert(ctx context.Context, id, by string, at time.Time) (dialog.Alert, error) {
	return dialog.Alert{}, errNoAlerts
}
