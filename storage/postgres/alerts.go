package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/loandesk/loandesk/dialog"
)

// alertColumns reads an alert of table a with its conversation's note id,
// empty until it has one.
const alertColumns = `a.id, a.kind, a.customer_id, a.conversation_id,
	COALESCE((SELECT c.note_id FROM conversations c WHERE c.id = a.conversation_id), ''),
	a.seq, a.code, a.severity, a.evidence, a.action, a.created_at, a.created_ns, a.due_at, a.due_ns,
	a.status, a.acked_at, a.acked_ns, a.acked_by`

func scanAlert(row pgx.Row) (dialog.Alert, error) {
	var (
		a                     dialog.Alert
		created, due, ackedAt pgtype.Timestamptz
		cNs, dNs, aNs         int16
	)
	if err := row.Scan(&a.ID, &a.Kind, &a.CustomerID, &a.ConversationID, &a.NoteID,
		&a.Seq, &a.Code, &a.Severity, &a.Evidence, &a.Action, &created, &cNs, &due, &dNs,
		&a.Status, &ackedAt, &aNs, &a.AckedBy); err != nil {
		return dialog.Alert{}, translate(err)
	}
	a.CreatedAt, a.DueAt, a.AckedAt = join(created, cNs), join(due, dNs), join(ackedAt, aNs)
	return a, nil
}

// RaiseAlerts stores the alerts whose (ConversationID, Kind, Code) is new and
// returns those. It reads what it must check in one round trip and inserts
// in a second, a batch PostgreSQL runs as one implicit transaction: a refused
// batch stores nothing. ON CONFLICT on the key keeps the first row however
// many raisers race; rows go in key order, so two batches raising the same
// keys cannot deadlock.
func (s *Store) RaiseAlerts(ctx context.Context, alerts []dialog.Alert) ([]dialog.Alert, error) {
	if err := dialog.CheckAlerts(alerts); err != nil {
		return nil, fmt.Errorf("raise alerts: %w", err)
	}
	for attempt := 0; ; attempt++ {
		raised, err := s.raiseAlerts(ctx, alerts)
		// An id taken between the check and the insert: check again, and
		// the id is either this very alert raised by someone else or a clash.
		if isUnique(err, "alerts_pkey") && attempt < 2 {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("raise alerts: %w", err)
		}
		return raised, nil
	}
}

func (s *Store) raiseAlerts(ctx context.Context, alerts []dialog.Alert) ([]dialog.Alert, error) {
	raised := []dialog.Alert{}
	if len(alerts) == 0 {
		return raised, nil
	}
	var convIDs, ids []string
	for _, a := range alerts {
		convIDs, ids = append(convIDs, a.ConversationID), append(ids, a.ID)
	}
	notes := map[string]string{}          // conversation id → note id
	taken := map[string]dialog.AlertKey{} // stored alert id → its key
	b := &pgx.Batch{}
	b.Queue(`SELECT id, note_id FROM conversations WHERE id = ANY($1::text[])`, convIDs).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var id, note string
			if err := rows.Scan(&id, &note); err != nil {
				return err
			}
			notes[id] = note
		}
		return rows.Err()
	})
	b.Queue(`SELECT id, conversation_id, kind, code FROM alerts WHERE id = ANY($1::text[])`, ids).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var (
				id string
				k  dialog.AlertKey
			)
			if err := rows.Scan(&id, &k.ConversationID, &k.Kind, &k.Code); err != nil {
				return err
			}
			taken[id] = k
		}
		return rows.Err()
	})
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return nil, translate(err)
	}

	var (
		fresh []dialog.Alert
		keys  = map[dialog.AlertKey]bool{}
	)
	for _, a := range alerts {
		noteID, ok := notes[a.ConversationID]
		if !ok {
			return nil, fmt.Errorf("alert %s: conversation %s: %w", a.ID, a.ConversationID, dialog.ErrNotFound)
		}
		// An id already stored (or earlier in the batch) is the same alert raised again, or a clash.
		if k, ok := taken[a.ID]; ok {
			if k == a.Key() {
				continue
			}
			return nil, fmt.Errorf("alert %s: id taken by another alert: %w", a.ID, dialog.ErrInvalid)
		}
		taken[a.ID] = a.Key()
		if keys[a.Key()] {
			continue // raised twice in the batch: the first one stays
		}
		keys[a.Key()] = true
		a.NoteID = noteID
		a.CreatedAt, a.DueAt, a.AckedAt = utc(a.CreatedAt), utc(a.DueAt), utc(a.AckedAt)
		fresh = append(fresh, a)
	}
	if len(fresh) == 0 {
		return raised, nil
	}
	ordered := slices.Clone(fresh)
	slices.SortFunc(ordered, func(x, y dialog.Alert) int {
		return cmp.Or(strings.Compare(x.ConversationID, y.ConversationID), strings.Compare(x.Kind, y.Kind), strings.Compare(x.Code, y.Code))
	})
	stored := map[string]bool{}
	b = &pgx.Batch{}
	for _, a := range ordered {
		created, cNs := split(a.CreatedAt)
		due, dNs := split(a.DueAt)
		acked, aNs := split(a.AckedAt)
		b.Queue(`INSERT INTO alerts (id, conversation_id, kind, code, customer_id, seq, severity, evidence, action,
			created_at, created_ns, due_at, due_ns, status, acked_at, acked_ns, acked_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
			ON CONFLICT (conversation_id, kind, code) DO NOTHING`,
			a.ID, a.ConversationID, a.Kind, a.Code, a.CustomerID, a.Seq, a.Severity, a.Evidence, a.Action,
			created, cNs, due, dNs, a.Status, acked, aNs, a.AckedBy).Exec(func(tag pgconn.CommandTag) error {
			if tag.RowsAffected() > 0 {
				stored[a.ID] = true
			}
			return nil
		})
	}
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return nil, translate(err)
	}
	for _, a := range fresh {
		if stored[a.ID] {
			raised = append(raised, a)
		}
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
		a     args
		where []string
	)
	if q.IDs != nil {
		where = append(where, `a.id = ANY(`+a.add(q.IDs)+`::text[])`)
	}
	if q.CustomerIDs != nil {
		where = append(where, `a.customer_id = ANY(`+a.add(q.CustomerIDs)+`::text[])`)
	}
	if q.Status != "" {
		where = append(where, `a.status = `+a.add(q.Status))
	}
	if !q.Since.IsZero() {
		at, ns := split(q.Since)
		where = append(where, `(a.created_at, a.created_ns) >= (`+a.add(at)+`::timestamptz, `+a.add(ns)+`::smallint)`)
	}
	query := `SELECT ` + alertColumns + ` FROM alerts a`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY a.created_at DESC NULLS LAST, a.created_ns DESC, a.id DESC LIMIT ` + a.add(limit(q.Limit)) + `::bigint`
	rows, err := s.pool.Query(ctx, query, a...)
	if err != nil {
		return nil, fmt.Errorf("list alerts: %w", translate(err))
	}
	defer rows.Close()
	for rows.Next() {
		al, err := scanAlert(rows)
		if err != nil {
			return nil, fmt.Errorf("list alerts: %w", err)
		}
		out = append(out, al)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list alerts: %w", translate(err))
	}
	return out, nil
}

// AcknowledgeAlert marks the alert acknowledged unless it already is; the
// first acknowledgement's time and author stay. A racer blocked on the row
// lock re-checks the status once the winner commits and updates nothing;
// its read, a statement of its own, then sees the winner's row.
func (s *Store) AcknowledgeAlert(ctx context.Context, id, by string, at time.Time) (dialog.Alert, error) {
	if err := dialog.CheckAcknowledge(by, at); err != nil {
		return dialog.Alert{}, fmt.Errorf("acknowledge alert %s: %w", id, err)
	}
	ts, ns := split(at)
	a, err := scanAlert(s.pool.QueryRow(ctx, `UPDATE alerts a SET status = $2, acked_at = $3, acked_ns = $4, acked_by = $5
		WHERE a.id = $1 AND a.status <> $2 RETURNING `+alertColumns, id, dialog.AlertAcknowledged, ts, ns, by))
	if errors.Is(err, dialog.ErrNotFound) { // unknown, or acknowledged before
		a, err = scanAlert(s.pool.QueryRow(ctx, `SELECT `+alertColumns+` FROM alerts a WHERE a.id = $1`, id))
	}
	if err != nil {
		return dialog.Alert{}, fmt.Errorf("acknowledge alert %s: %w", id, err)
	}
	return a, nil
}
