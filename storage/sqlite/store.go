package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.Store = (*Store)(nil)

const convColumns = `id, customer_id, role, channel, status, lang, started_at, last_active, ended_at, last_seq, note_id, state, handoff`

type scanner interface{ Scan(dest ...any) error }

func scanConversation(row scanner) (dialog.Conversation, error) {
	var (
		c                        dialog.Conversation
		started, active, endedAt sql.NullInt64
		state                    []byte
		handoff                  sql.NullString
	)
	if err := row.Scan(&c.ID, &c.CustomerID, &c.Role, &c.Channel, &c.Status, &c.Lang,
		&started, &active, &endedAt, &c.LastSeq, &c.NoteID, &state, &handoff); err != nil {
		return dialog.Conversation{}, notFound(err)
	}
	if handoff.Valid {
		c.Handoff = new(dialog.Handoff)
		if err := json.Unmarshal([]byte(handoff.String), c.Handoff); err != nil {
			return dialog.Conversation{}, fmt.Errorf("decode handoff of %s: %w", c.ID, err)
		}
		c.Handoff = c.Handoff.Clone()
	}
	c.StartedAt, c.LastActive, c.EndedAt = fromNanos(started), fromNanos(active), fromNanos(endedAt)
	if state != nil {
		c.State = slices.Clone(state)
	}
	return c, nil
}

// notFound translates the driver's "no row" into the core's ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return dialog.ErrNotFound
	}
	return err
}

// CreateConversation stores c as open with LastSeq 0; an existing id is ErrInvalid.
func (s *Store) CreateConversation(ctx context.Context, c dialog.Conversation) error {
	if c.ID == "" {
		return fmt.Errorf("create conversation: empty id: %w", dialog.ErrInvalid)
	}
	var state any
	if c.State != nil {
		state = []byte(c.State)
	}
	res, err := s.w.ExecContext(ctx, `INSERT INTO conversations (`+convColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, '', ?, NULL) ON CONFLICT (id) DO NOTHING`,
		c.ID, c.CustomerID, c.Role, c.Channel, dialog.StatusOpen, c.Lang,
		nanos(c.StartedAt), nanos(c.LastActive), state)
	if err != nil {
		return fmt.Errorf("create conversation %s: %w", c.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("create conversation %s: already exists: %w", c.ID, dialog.ErrInvalid)
	}
	return nil
}

// Conversation loads one conversation.
func (s *Store) Conversation(ctx context.Context, id string) (dialog.Conversation, error) {
	c, err := scanConversation(s.r.QueryRowContext(ctx, `SELECT `+convColumns+` FROM conversations WHERE id = ?`, id))
	if err != nil {
		return dialog.Conversation{}, fmt.Errorf("load conversation %s: %w", id, err)
	}
	return c, nil
}

// SaveState replaces the responder state and language.
func (s *Store) SaveState(ctx context.Context, id string, lang string, state []byte) error {
	var st any
	if state != nil {
		st = state
	}
	res, err := s.w.ExecContext(ctx, `UPDATE conversations SET lang = ?, state = ? WHERE id = ?`, lang, st, id)
	if err != nil {
		return fmt.Errorf("save state %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("save state %s: %w", id, dialog.ErrNotFound)
	}
	return nil
}

// SaveHandoff replaces the conversation's handoff record.
func (s *Store) SaveHandoff(ctx context.Context, id string, h *dialog.Handoff) error {
	var body any
	if h != nil {
		b, err := json.Marshal(h)
		if err != nil {
			return fmt.Errorf("save handoff %s: %w", id, err)
		}
		body = string(b)
	}
	res, err := s.w.ExecContext(ctx, `UPDATE conversations SET handoff = ?, handoff_active = ? WHERE id = ?`, body, h.Active(), id)
	if err != nil {
		return fmt.Errorf("save handoff %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("save handoff %s: %w", id, dialog.ErrNotFound)
	}
	return nil
}

// Handoffs lists open conversations with an active handoff, oldest queued first.
func (s *Store) Handoffs(ctx context.Context) ([]dialog.Conversation, error) {
	out, err := s.conversations(ctx, `WHERE handoff_active = 1 AND status = ?`, dialog.StatusOpen)
	if err != nil {
		return nil, fmt.Errorf("active handoffs: %w", err)
	}
	slices.SortFunc(out, func(a, b dialog.Conversation) int {
		if c := a.Handoff.QueuedAt.Compare(b.Handoff.QueuedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// head is what a write transaction needs to know about a conversation.
type head struct {
	status  dialog.Status
	lastSeq int64
}

func loadHead(ctx context.Context, tx *sql.Tx, id string) (head, error) {
	var h head
	err := tx.QueryRowContext(ctx, `SELECT status, last_seq FROM conversations WHERE id = ?`, id).Scan(&h.status, &h.lastSeq)
	return h, notFound(err)
}

// touch moves last_active forward (never back) to at.
func touch(ctx context.Context, tx *sql.Tx, id string, at time.Time) error {
	if at.IsZero() {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE conversations SET last_active = ?1
		WHERE id = ?2 AND (last_active IS NULL OR last_active < ?1)`, at.UnixNano(), id)
	return err
}

// AddMessage stores m unless its client id was seen; an empty ClientID is never
// a duplicate. It stores on ended conversations too: the core decides what they mean.
func (s *Store) AddMessage(ctx context.Context, m dialog.Message) (stored dialog.Message, dup bool, err error) {
	err = s.tx(ctx, func(tx *sql.Tx) error {
		h, err := loadHead(ctx, tx, m.ConversationID)
		if err != nil {
			return err
		}
		var clientID any
		if m.ClientID != "" {
			clientID = m.ClientID
			var body []byte
			err := tx.QueryRowContext(ctx, `SELECT body FROM messages WHERE conversation_id = ? AND client_id = ?`,
				m.ConversationID, m.ClientID).Scan(&body)
			switch {
			case err == nil:
				dup = true
				return json.Unmarshal(body, &stored)
			case !errors.Is(err, sql.ErrNoRows):
				return err
			}
		}
		m.Seq, m.At = h.lastSeq, utc(m.At)
		body, err := json.Marshal(m)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO messages (conversation_id, client_id, seq, body) VALUES (?, ?, ?, ?)`,
			m.ConversationID, clientID, m.Seq, body); err != nil {
			return err
		}
		if err := json.Unmarshal(body, &stored); err != nil { // a copy sharing nothing with m
			return err
		}
		return touch(ctx, tx, m.ConversationID, m.At)
	})
	if err != nil {
		return dialog.Message{}, false, fmt.Errorf("add message %s/%s: %w", m.ConversationID, m.ClientID, err)
	}
	return normMessage(stored), dup, nil
}

// normMessage puts times read from JSON in UTC; stored is already a private copy.
func normMessage(m dialog.Message) dialog.Message {
	m.At = utc(m.At)
	return m
}

// Messages lists a conversation's messages in arrival order.
func (s *Store) Messages(ctx context.Context, conversationID string) ([]dialog.Message, error) {
	out, err := queryJSON[dialog.Message](ctx, s.r, `SELECT body FROM messages WHERE conversation_id = ? ORDER BY id`, conversationID)
	if err == nil && len(out) == 0 {
		err = s.exists(ctx, conversationID)
	}
	if err != nil {
		return nil, fmt.Errorf("list messages %s: %w", conversationID, err)
	}
	for i := range out {
		out[i] = normMessage(out[i])
	}
	return out, nil
}

// exists returns ErrNotFound for an unknown conversation, so empty lists are told apart from missing ones.
func (s *Store) exists(ctx context.Context, id string) error {
	var one int
	return notFound(s.r.QueryRowContext(ctx, `SELECT 1 FROM conversations WHERE id = ?`, id).Scan(&one))
}

// queryJSON runs a query whose single column is a JSON body and decodes each row.
func queryJSON[T any](ctx context.Context, db interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		var body []byte
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var v T
		if err := json.Unmarshal(body, &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// appendTx assigns seqs after h.lastSeq to frames and stores them inside tx.
func appendTx(ctx context.Context, tx *sql.Tx, conversationID string, h head, frames []dialog.Frame) ([]dialog.Frame, error) {
	out := make([]dialog.Frame, len(frames))
	var newest time.Time
	for i, f := range frames {
		f.ConversationID, f.Seq, f.At = conversationID, h.lastSeq+int64(i)+1, utc(f.At)
		body, err := json.Marshal(f)
		if err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO frames (conversation_id, seq, type, reply_to, body) VALUES (?, ?, ?, ?, ?)`,
			conversationID, f.Seq, f.Type, f.ReplyTo, body); err != nil {
			return nil, err
		}
		// Decode what we stored, so the caller gets a copy sharing nothing with its input.
		var c dialog.Frame
		if err := json.Unmarshal(body, &c); err != nil {
			return nil, err
		}
		out[i] = normFrame(c)
		if f.At.After(newest) {
			newest = f.At
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE conversations SET last_seq = ? WHERE id = ?`,
		h.lastSeq+int64(len(frames)), conversationID); err != nil {
		return nil, err
	}
	return out, touch(ctx, tx, conversationID, newest)
}

func normFrame(f dialog.Frame) dialog.Frame {
	f.At = utc(f.At)
	return f
}

// AppendFrames assigns the next seqs to frames and stores them in one transaction.
func (s *Store) AppendFrames(ctx context.Context, conversationID string, frames []dialog.Frame) ([]dialog.Frame, error) {
	if err := dialog.CheckFrames(conversationID, frames); err != nil {
		return nil, fmt.Errorf("append frames %s: %w", conversationID, err)
	}
	var out []dialog.Frame
	err := s.tx(ctx, func(tx *sql.Tx) error {
		h, err := loadHead(ctx, tx, conversationID)
		if err != nil {
			return err
		}
		if h.status == dialog.StatusEnded {
			return dialog.ErrEnded
		}
		out, err = appendTx(ctx, tx, conversationID, h, frames)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("append frames %s: %w", conversationID, err)
	}
	return out, nil
}

// FramesAfter lists stored frames with seq > after in seq order.
func (s *Store) FramesAfter(ctx context.Context, conversationID string, after int64) ([]dialog.Frame, error) {
	out, err := queryJSON[dialog.Frame](ctx, s.r, `SELECT body FROM frames WHERE conversation_id = ? AND seq > ? ORDER BY seq`, conversationID, after)
	if err == nil && len(out) == 0 {
		err = s.exists(ctx, conversationID)
	}
	if err != nil {
		return nil, fmt.Errorf("frames after %s: %w", conversationID, err)
	}
	for i := range out {
		out[i] = normFrame(out[i])
	}
	return out, nil
}

// FramesReplyingTo lists the stored frames answering clientID in seq order.
func (s *Store) FramesReplyingTo(ctx context.Context, conversationID, clientID string) ([]dialog.Frame, error) {
	out, err := queryJSON[dialog.Frame](ctx, s.r, `SELECT body FROM frames WHERE conversation_id = ? AND reply_to = ? AND reply_to <> '' ORDER BY seq`, conversationID, clientID)
	if err == nil && len(out) == 0 {
		err = s.exists(ctx, conversationID)
	}
	if err != nil {
		return nil, fmt.Errorf("frames replying to %s/%s: %w", conversationID, clientID, err)
	}
	for i := range out {
		out[i] = normFrame(out[i])
	}
	return out, nil
}

// Finish ends the conversation, stores the note and appends the ended frame in
// one IMMEDIATE transaction; a second call returns the first note with already=true.
func (s *Store) Finish(ctx context.Context, conversationID string, note dialog.Note, ended dialog.Frame) (stored dialog.Note, endedFrame dialog.Frame, already bool, err error) {
	err = s.tx(ctx, func(tx *sql.Tx) error {
		h, err := loadHead(ctx, tx, conversationID)
		if err != nil {
			return err
		}
		if h.status == dialog.StatusEnded {
			already = true
			if stored, err = noteRow(tx.QueryRowContext(ctx, `SELECT body FROM notes WHERE conversation_id = ?`, conversationID)); err != nil {
				return fmt.Errorf("ended without a note: %w", err)
			}
			fs, err := queryJSON[dialog.Frame](ctx, tx, `SELECT body FROM frames WHERE conversation_id = ? AND type = ? ORDER BY seq DESC LIMIT 1`,
				conversationID, dialog.FrameEnded)
			if err == nil && len(fs) == 1 {
				endedFrame = normFrame(fs[0])
			}
			return err
		}
		if err := dialog.CheckFinish(conversationID, note, ended); err != nil {
			return err
		}
		note = normNote(note)
		note.ConversationID = conversationID
		body, err := json.Marshal(note)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO notes (id, conversation_id, customer_id, ended_at, body) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, note.ID, conversationID, note.CustomerID, nanos(note.EndedAt), body)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return fmt.Errorf("note %s exists: %w", note.ID, dialog.ErrInvalid)
		}
		for _, f := range note.Flags {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO note_flags (code, note_id) VALUES (?, ?)`, f.Code, note.ID); err != nil {
				return err
			}
		}
		ended.NoteID = note.ID
		fs, err := appendTx(ctx, tx, conversationID, h, []dialog.Frame{ended})
		if err != nil {
			return err
		}
		endedFrame = fs[0]
		endedAt := note.EndedAt
		if endedAt.IsZero() {
			endedAt = endedFrame.At
		}
		if _, err := tx.ExecContext(ctx, `UPDATE conversations SET status = ?, note_id = ?, ended_at = ?, handoff_active = 0 WHERE id = ?`,
			dialog.StatusEnded, note.ID, nanos(endedAt), conversationID); err != nil {
			return err
		}
		if err := json.Unmarshal(body, &stored); err != nil {
			return err
		}
		stored = normNote(stored)
		return nil
	})
	if err != nil {
		return dialog.Note{}, dialog.Frame{}, false, fmt.Errorf("finish %s: %w", conversationID, err)
	}
	return stored, endedFrame, already, nil
}

// normNote puts every time of a note in UTC.
func normNote(n dialog.Note) dialog.Note {
	n.StartedAt, n.EndedAt = utc(n.StartedAt), utc(n.EndedAt)
	n.Handoff = n.Handoff.Clone()
	if n.CSAT != nil {
		c := *n.CSAT
		c.At = utc(c.At)
		n.CSAT = &c
	}
	return n
}

func noteRow(row *sql.Row) (dialog.Note, error) {
	var body []byte
	if err := row.Scan(&body); err != nil {
		return dialog.Note{}, notFound(err)
	}
	var n dialog.Note
	if err := json.Unmarshal(body, &n); err != nil {
		return dialog.Note{}, err
	}
	return normNote(n), nil
}

// OpenConversations lists open conversations last active before the cutoff, least recent first.
func (s *Store) OpenConversations(ctx context.Context, activeBefore time.Time) ([]dialog.Conversation, error) {
	if activeBefore.IsZero() {
		return []dialog.Conversation{}, nil // nothing is active before the zero time (and it has no unix nanos)
	}
	out, err := s.conversations(ctx, `WHERE status = ? AND (last_active IS NULL OR last_active < ?) ORDER BY last_active, id`,
		dialog.StatusOpen, activeBefore.UnixNano())
	if err != nil {
		return nil, fmt.Errorf("open conversations before %s: %w", activeBefore.Format(time.RFC3339), err)
	}
	return out, nil
}

// ConversationsOf lists a customer's conversations newest first; limit <= 0 means all.
func (s *Store) ConversationsOf(ctx context.Context, customerID string, limit int) ([]dialog.Conversation, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	out, err := s.conversations(ctx, `WHERE customer_id = ? ORDER BY started_at DESC, id DESC LIMIT ?`, customerID, limit)
	if err != nil {
		return nil, fmt.Errorf("conversations of %s: %w", customerID, err)
	}
	return out, nil
}

func (s *Store) conversations(ctx context.Context, where string, args ...any) ([]dialog.Conversation, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+convColumns+` FROM conversations `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []dialog.Conversation{}
	for rows.Next() {
		c, err := scanConversation(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Note loads a note by id.
func (s *Store) Note(ctx context.Context, id string) (dialog.Note, error) {
	n, err := noteRow(s.r.QueryRowContext(ctx, `SELECT body FROM notes WHERE id = ?`, id))
	if err != nil {
		return dialog.Note{}, fmt.Errorf("load note %s: %w", id, err)
	}
	return n, nil
}

// NoteOf loads a conversation's note.
func (s *Store) NoteOf(ctx context.Context, conversationID string) (dialog.Note, error) {
	n, err := noteRow(s.r.QueryRowContext(ctx, `SELECT body FROM notes WHERE conversation_id = ?`, conversationID))
	if err != nil {
		return dialog.Note{}, fmt.Errorf("load note of %s: %w", conversationID, err)
	}
	return n, nil
}

// inList is the condition "col IN (?, …)" for vals (at least one) and its arguments.
func inList(col string, vals []string) (string, []any) {
	args := make([]any, len(vals))
	for i, v := range vals {
		args[i] = v
	}
	return col + ` IN (?` + strings.Repeat(`, ?`, len(vals)-1) + `)`, args
}

// Notes lists notes matching q, newest (by EndedAt) first.
func (s *Store) Notes(ctx context.Context, q dialog.NoteQuery) ([]dialog.Note, error) {
	if q.CustomerIDs != nil && len(q.CustomerIDs) == 0 {
		return []dialog.Note{}, nil
	}
	var (
		where []string
		args  []any
	)
	if q.CustomerIDs != nil {
		cond, vals := inList(`customer_id`, q.CustomerIDs)
		where, args = append(where, cond), append(args, vals...)
	}
	if q.Flag != "" {
		where = append(where, `id IN (SELECT note_id FROM note_flags WHERE code = ?)`)
		args = append(args, q.Flag)
	}
	if !q.Since.IsZero() {
		where = append(where, `ended_at >= ?`)
		args = append(args, q.Since.UnixNano())
	}
	query := `SELECT body FROM notes`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	query += ` ORDER BY ended_at DESC, id DESC LIMIT ?`
	args = append(args, limit)
	out, err := queryJSON[dialog.Note](ctx, s.r, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list notes: %w", err)
	}
	for i := range out {
		out[i] = normNote(out[i])
	}
	return out, nil
}

// SetCSAT records (or replaces) the rating inside the note's JSON, in one statement.
func (s *Store) SetCSAT(ctx context.Context, conversationID string, csat dialog.CSAT) error {
	csat.At = utc(csat.At)
	body, err := json.Marshal(csat)
	if err != nil {
		return fmt.Errorf("set csat %s: %w", conversationID, err)
	}
	res, err := s.w.ExecContext(ctx, `UPDATE notes SET body = json_set(body, '$.csat', json(?)) WHERE conversation_id = ?`,
		string(body), conversationID)
	if err != nil {
		return fmt.Errorf("set csat %s: %w", conversationID, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return fmt.Errorf("set csat %s: %w", conversationID, dialog.ErrNotFound)
	}
	return nil
}
