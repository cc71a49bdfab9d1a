package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// alertSelect reads alerts with their conversation's note id, empty until it has one.
const alertSelect = `SELECT a.id, a.kind, a.customer_id, a.conversation_id, COALESCE(c.note_id, ''),
	a.seq, a.code, a.severity, a.evidence, a.action, a.created_at, a.due_at, a.status, a.acked_at, a.acked_by
	FROM alerts a LEFT JOIN conversations c ON c.id = a.conversation_id`

func scanAlert(row scanner) (dialog.Alert, error) {
	var (
		a                     dialog.Alert
		created, due, ackedAt sql.NullInt64
	)
	if err := row.Scan(&a.ID, &a.Kind, &a.CustomerID, &a.ConversationID, &a.NoteID,
		&a.Seq, &a.Code, &a.Severity, &a.Evidence, &a.Action, &created, &due, &a.Status, &ackedAt, &a.AckedBy); err != nil {
		return dialog.Alert{}, notFound(err)
	}
	a.CreatedAt, a.DueAt, a.AckedAt = fromNanos(created), fromNanos(due), fromNanos(ackedAt)
	return a, nil
}

// RaiseAlerts stores, in one transaction, the alerts whose (ConversationID,
// Kind, Code) is new and returns those. ON CONFLICT on that key keeps the
// first row even against another process; a refused batch stores nothing.
func (s *Store) RaiseAlerts(ctx context.Context, alerts []dialog.Alert) ([]dialog.Alert, error) {
	if err := dialog.CheckAlerts(alerts); err != nil {
		return nil, fmt.Errorf("raise alerts: %w", err)
	}
	raised := []dialog.Alert{}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, a := range alerts {
			var noteID string
			if err := tx.QueryRowContext(ctx, `SELECT note_id FROM conversations WHERE id = ?`, a.ConversationID).Scan(&noteID); err != nil {
				return fmt.Errorf("alert %s: conversation %s: %w", a.ID, a.ConversationID, notFound(err))
			}
			// An id already stored is the same alert raised again, or a clash.
			var k dialog.AlertKey
			err := tx.QueryRowContext(ctx, `SELECT conversation_id, kind, code FROM alerts WHERE id = ?`, a.ID).
				Scan(&k.ConversationID, &k.Kind, &k.Code)
			switch {
			case err == nil && k == a.Key():
				continue
			case err == nil:
				return fmt.Errorf("alert %s: id taken by another alert: %w", a.ID, dialog.ErrInvalid)
			case !errors.Is(err, sql.ErrNoRows):
				return err
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO alerts (id, conversation_id, kind, code, customer_id, seq, severity,
				evidence, action, created_at, due_at, status, acked_at, acked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (conversation_id, kind, code) DO NOTHING`,
				a.ID, a.ConversationID, a.Kind, a.Code, a.CustomerID, a.Seq, a.Severity,
				a.Evidence, a.Action, nanos(a.CreatedAt), nanos(a.DueAt), a.Status, nanos(a.AckedAt), a.AckedBy)
			if err != nil {
				return err
			}
			if n, err := res.RowsAffected(); err != nil || n == 0 {
				continue // raised before: the first one stays
			}
			a.NoteID = noteID
			a.CreatedAt, a.DueAt, a.AckedAt = utc(a.CreatedAt), utc(a.DueAt), utc(a.AckedAt)
			raised = append(raised, a)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("raise alerts: %w", err)
	}
	return raised, nil
}

// Alerts lists alerts matching q, newest (by CreatedAt, then ID) first.
func (s *Store) Alerts(ctx context.Context, q dialog.AlertQuery) ([]dialog.Alert, error) {
	out := []dialog.Alert{}
	if q.CustomerIDs != nil && len(q.CustomerIDs) == 0 || q.IDs != nil && len(q.IDs) == 0 {
		return out, nil
	}
	var (
		where []string
		args  []any
	)
	if q.IDs != nil {
		cond, vals := inList(`a.id`, q.IDs)
		where, args = append(where, cond), append(args, vals...)
	}
	if q.CustomerIDs != nil {
		cond, vals := inList(`a.customer_id`, q.CustomerIDs)
		where, args = append(where, cond), append(args, vals...)
	}
	if q.Status != "" {
		where = append(where, `a.status = ?`)
		args = append(args, q.Status)
	}
	if !q.Since.IsZero() {
		where = append(where, `a.created_at >= ?`)
		args = append(args, q.Since.UnixNano())
	}
	query := alertSelect
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	query += ` ORDER BY a.created_at DESC, a.id DESC LIMIT ?`
	args = append(args, limit)
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list alerts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanAlert(rows)
		if err != nil {
			return nil, fmt.Errorf("list alerts: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list alerts: %w", err)
	}
	return out, nil
}

// AcknowledgeAlert marks the alert acknowledged unless it already is, in one
// transaction; the first acknowledgement's time and author stay.
func (s *Store) AcknowledgeAlert(ctx context.Context, id, by string, at time.Time) (dialog.Alert, error) {
	if err := dialog.CheckAcknowledge(by, at); err != nil {
		return dialog.Alert{}, fmt.Errorf("acknowledge alert %s: %w", id, err)
	}
	var a dialog.Alert
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE alerts SET status = ?1, acked_at = ?2, acked_by = ?3 WHERE id = ?4 AND status <> ?1`,
			dialog.AlertAcknowledged, at.UnixNano(), by, id); err != nil {
			return err
		}
		var err error
		a, err = scanAlert(tx.QueryRowContext(ctx, alertSelect+` WHERE a.id = ?`, id))
		return err
	})
	if err != nil {
		return dialog.Alert{}, fmt.Errorf("acknowledge alert %s: %w", id, err)
	}
	return a, nil
}
