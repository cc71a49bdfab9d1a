package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.Store = (*Store)(nil)

// querier is what the pool and a transaction have in common.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

const convColumns = `id, customer_id, role, channel, status, lang, started_at, started_ns,
	last_active, last_active_ns, ended_at, ended_ns, last_seq, note_id, state, handoff`

func scanConversation(row pgx.Row) (dialog.Conversation, error) {
	var (
		c                        dialog.Conversation
		started, active, endedAt pgtype.Timestamptz
		startedNs, activeNs, eNs int16
		state, handoff           []byte
	)
	if err := row.Scan(&c.ID, &c.CustomerID, &c.Role, &c.Channel, &c.Status, &c.Lang, &started, &startedNs,
		&active, &activeNs, &endedAt, &eNs, &c.LastSeq, &c.NoteID, &state, &handoff); err != nil {
		return dialog.Conversation{}, translate(err)
	}
	if handoff != nil {
		c.Handoff = new(dialog.Handoff)
		if err := json.Unmarshal(handoff, c.Handoff); err != nil {
			return dialog.Conversation{}, fmt.Errorf("decode handoff of %s: %w", c.ID, err)
		}
		c.Handoff = c.Handoff.Clone()
	}
	c.StartedAt, c.LastActive, c.EndedAt = join(started, startedNs), join(active, activeNs), join(endedAt, eNs)
	if state != nil {
		c.State = state // pgx scans into a fresh slice
	}
	return c, nil
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
	started, startedNs := split(c.StartedAt)
	active, activeNs := split(c.LastActive)
	tag, err := s.pool.Exec(ctx, `INSERT INTO conversations
		(id, customer_id, role, channel, status, lang, started_at, started_ns, last_active, last_active_ns, state)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
		c.ID, c.CustomerID, string(c.Role), c.Channel, string(dialog.StatusOpen), c.Lang,
		started, startedNs, active, activeNs, state)
	if err != nil {
		return fmt.Errorf("create conversation %s: %w", c.ID, translate(err))
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("create conversation %s: already exists: %w", c.ID, dialog.ErrInvalid)
	}
	return nil
}

// Conversation loads one conversation.
func (s *Store) Conversation(ctx context.Context, id string) (dialog.Conversation, error) {
	c, err := scanConversation(s.pool.QueryRow(ctx, `SELECT `+convColumns+` FROM conversations WHERE id = $1`, id))
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
	tag, err := s.pool.Exec(ctx, `UPDATE conversations SET lang = $2, state = $3 WHERE id = $1`, id, lang, st)
	if err != nil {
		return fmt.Errorf("save state %s: %w", id, translate(err))
	}
	if tag.RowsAffected() == 0 {
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
		body = b
	}
	tag, err := s.pool.Exec(ctx, `UPDATE conversations SET handoff = $2, handoff_active = $3 WHERE id = $1`, id, body, h.Active())
	if err != nil {
		return fmt.Errorf("save handoff %s: %w", id, translate(err))
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("save handoff %s: %w", id, dialog.ErrNotFound)
	}
	return nil
}

// Handoffs lists open conversations with an active handoff, oldest queued
// first. The partial index conversations_handoff holds exactly these rows;
// the queue is short, so it is ordered here rather than inside the JSON.
func (s *Store) Handoffs(ctx context.Context) ([]dialog.Conversation, error) {
	out, err := s.conversations(ctx, `WHERE handoff_active AND status = 'open'`)
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

// newer is the condition "$3/$4 is an instant after last_active", used to
// move last_active forward and never back; $3 NULL (the zero time) never is.
const newer = `$3::timestamptz IS NOT NULL AND (last_active IS NULL OR (last_active, last_active_ns) < ($3::timestamptz, $4::smallint))`

// addMessage inserts a message stamped with the conversation's last_seq and,
// when it was new, moves last_active forward, all in one statement. It yields
// (last_seq, seq): last_seq NULL for an unknown conversation, seq NULL when
// (conversation, client id) was taken. ON CONFLICT DO NOTHING waits for a
// racing insert of the same id to commit or abort, so exactly one wins.
const addMessage = `WITH head AS (
		SELECT last_seq FROM conversations WHERE id = $1
	), ins AS (
		INSERT INTO messages (conversation_id, client_id, seq, body)
		SELECT $1::text, $2::text, head.last_seq, $5::json FROM head
		ON CONFLICT (conversation_id, client_id) DO NOTHING
		RETURNING seq
	), touch AS (
		UPDATE conversations SET last_active = $3, last_active_ns = $4
		WHERE id = $1 AND EXISTS (SELECT 1 FROM ins) AND ` + newer + `
	)
	SELECT (SELECT last_seq FROM head), (SELECT seq FROM ins)`

// AddMessage stores m unless its client id was seen; an empty ClientID is never
// a duplicate. It stores on ended conversations too: the core decides what they mean.
func (s *Store) AddMessage(ctx context.Context, m dialog.Message) (stored dialog.Message, dup bool, err error) {
	stored, dup, err = s.addMessage(ctx, m)
	if err != nil {
		return dialog.Message{}, false, fmt.Errorf("add message %s/%s: %w", m.ConversationID, m.ClientID, err)
	}
	return stored, dup, nil
}

func (s *Store) addMessage(ctx context.Context, m dialog.Message) (dialog.Message, bool, error) {
	m.Seq, m.At = 0, utc(m.At) // the seq column is the truth
	body, err := json.Marshal(m)
	if err != nil {
		return dialog.Message{}, false, err
	}
	var clientID any
	if m.ClientID != "" {
		clientID = m.ClientID
	}
	at, ns := split(m.At)
	var head, seq pgtype.Int8
	if err := s.pool.QueryRow(ctx, addMessage, m.ConversationID, clientID, at, ns, body).Scan(&head, &seq); err != nil {
		return dialog.Message{}, false, translate(err)
	}
	switch {
	case !head.Valid:
		return dialog.Message{}, false, dialog.ErrNotFound
	case seq.Valid:
		stored, err := decodeMessage(seq.Int64, body) // a copy sharing nothing with m
		return stored, false, err
	}
	var (
		first int64
		orig  []byte
	)
	if err := s.pool.QueryRow(ctx, `SELECT seq, body FROM messages WHERE conversation_id = $1 AND client_id = $2`,
		m.ConversationID, m.ClientID).Scan(&first, &orig); err != nil {
		return dialog.Message{}, false, fmt.Errorf("load the original: %w", translate(err))
	}
	stored, err := decodeMessage(first, orig)
	return stored, true, err
}

func decodeMessage(seq int64, body []byte) (dialog.Message, error) {
	var m dialog.Message
	if err := json.Unmarshal(body, &m); err != nil {
		return dialog.Message{}, fmt.Errorf("decode message: %w", err)
	}
	m.Seq, m.At = seq, utc(m.At)
	return m, nil
}

// Messages lists a conversation's messages in arrival order.
func (s *Store) Messages(ctx context.Context, conversationID string) ([]dialog.Message, error) {
	out, err := func() ([]dialog.Message, error) {
		rows, err := s.pool.Query(ctx, `SELECT seq, body FROM messages WHERE conversation_id = $1 ORDER BY id`, conversationID)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := []dialog.Message{}
		for rows.Next() {
			var (
				seq  int64
				body []byte
			)
			if err := rows.Scan(&seq, &body); err != nil {
				return nil, err
			}
			m, err := decodeMessage(seq, body)
			if err != nil {
				return nil, err
			}
			out = append(out, m)
		}
		return out, rows.Err()
	}()
	if err == nil && len(out) == 0 {
		err = s.exists(ctx, conversationID)
	}
	if err != nil {
		return nil, fmt.Errorf("list messages %s: %w", conversationID, translate(err))
	}
	return out, nil
}

// exists returns ErrNotFound for an unknown conversation, so empty lists are told apart from missing ones.
func (s *Store) exists(ctx context.Context, id string) error {
	var one int
	return translate(s.pool.QueryRow(ctx, `SELECT 1 FROM conversations WHERE id = $1`, id).Scan(&one))
}

// queryJSON runs a query whose single column is a JSON body and decodes each row.
func queryJSON[T any](ctx context.Context, q querier, query string, args ...any) ([]T, error) {
	rows, err := q.Query(ctx, query, args...)
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

// queryFrames runs a query yielding (seq, body) of frames.
func queryFrames(ctx context.Context, q querier, query string, args ...any) ([]dialog.Frame, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []dialog.Frame{}
	for rows.Next() {
		var (
			seq  int64
			body []byte
		)
		if err := rows.Scan(&seq, &body); err != nil {
			return nil, err
		}
		f, err := decodeFrame(seq, body)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

func decodeFrame(seq int64, body []byte) (dialog.Frame, error) {
	var f dialog.Frame
	if err := json.Unmarshal(body, &f); err != nil {
		return dialog.Frame{}, fmt.Errorf("decode frame: %w", err)
	}
	f.Seq, f.At = seq, utc(f.At)
	return f, nil
}

// frameBody is what a frame is stored as: f for conversationID, in UTC, with
// Seq left to its column.
func frameBody(conversationID string, f dialog.Frame) ([]byte, error) {
	f.ConversationID, f.Seq, f.At = conversationID, 0, utc(f.At)
	return json.Marshal(f)
}

// appendFrames bumps last_seq by the number of frames under the row lock
// (UPDATE … RETURNING), inserts the frames after the old value and moves
// last_active to the newest frame's time, in one statement: racing appenders
// queue on the conversation's row, and each gets a contiguous run of seqs.
// It yields (base, inserted); base is NULL when no open conversation matched.
const appendFrames = `WITH head AS (
		UPDATE conversations
		SET last_seq = last_seq + $2::bigint,
		    last_active = CASE WHEN ` + newer + ` THEN $3::timestamptz ELSE last_active END,
		    last_active_ns = CASE WHEN ` + newer + ` THEN $4::smallint ELSE last_active_ns END
		WHERE id = $1 AND status = 'open'
		RETURNING last_seq - $2::bigint AS base
	), ins AS (
		INSERT INTO frames (conversation_id, seq, type, reply_to, body)
		SELECT $1::text, head.base + f.ord, f.type, f.reply_to, f.body
		FROM head, unnest($5::text[], $6::text[], $7::json[]) WITH ORDINALITY AS f (type, reply_to, body, ord)
		RETURNING 1
	)
	SELECT (SELECT base FROM head), (SELECT count(*) FROM ins)`

// AppendFrames assigns the next seqs to frames and stores them atomically.
func (s *Store) AppendFrames(ctx context.Context, conversationID string, frames []dialog.Frame) ([]dialog.Frame, error) {
	if err := dialog.CheckFrames(conversationID, frames); err != nil {
		return nil, fmt.Errorf("append frames %s: %w", conversationID, err)
	}
	out, err := s.appendFrames(ctx, conversationID, frames)
	if err != nil {
		return nil, fmt.Errorf("append frames %s: %w", conversationID, err)
	}
	return out, nil
}

func (s *Store) appendFrames(ctx context.Context, id string, frames []dialog.Frame) ([]dialog.Frame, error) {
	if len(frames) == 0 {
		return []dialog.Frame{}, s.appendable(ctx, id)
	}
	var (
		out     = make([]dialog.Frame, len(frames))
		types   = make([]string, len(frames))
		replyTo = make([]string, len(frames))
		bodies  = make([][]byte, len(frames))
		newest  time.Time
	)
	for i, f := range frames {
		body, err := frameBody(id, f)
		if err != nil {
			return nil, err
		}
		// Decode what is stored, so the caller gets a copy sharing nothing
		// with its input and equal to what FramesAfter will return.
		if out[i], err = decodeFrame(0, body); err != nil {
			return nil, err
		}
		types[i], replyTo[i], bodies[i] = f.Type, f.ReplyTo, body
		if f.At.After(newest) {
			newest = f.At
		}
	}
	at, ns := split(newest)
	// A miss is an unknown or ended conversation; appendable says which. It
	// can also be a conversation created after the statement's snapshot:
	// then appendable finds it open and the append is tried again.
	for attempt := 0; ; attempt++ {
		var base pgtype.Int8
		var n int64
		if err := s.pool.QueryRow(ctx, appendFrames, id, len(frames), at, ns, types, replyTo, bodies).Scan(&base, &n); err != nil {
			return nil, translate(err)
		}
		if base.Valid {
			if n != int64(len(frames)) {
				return nil, fmt.Errorf("stored %d of %d frames", n, len(frames))
			}
			for i := range out {
				out[i].Seq = base.Int64 + int64(i) + 1
			}
			return out, nil
		}
		if err := s.appendable(ctx, id); err != nil {
			return nil, err
		}
		if attempt == 2 {
			return nil, errors.New("conversation kept changing while appending")
		}
	}
}

// appendable is nil for an open conversation, ErrEnded for an ended one and ErrNotFound for none.
func (s *Store) appendable(ctx context.Context, id string) error {
	var status dialog.Status
	if err := s.pool.QueryRow(ctx, `SELECT status FROM conversations WHERE id = $1`, id).Scan(&status); err != nil {
		return translate(err)
	}
	if status == dialog.StatusEnded {
		return dialog.ErrEnded
	}
	return nil
}

// FramesAfter lists stored frames with seq > after in seq order.
func (s *Store) FramesAfter(ctx context.Context, conversationID string, after int64) ([]dialog.Frame, error) {
	out, err := queryFrames(ctx, s.pool, `SELECT seq, body FROM frames WHERE conversation_id = $1 AND seq > $2 ORDER BY seq`, conversationID, after)
	if err == nil && len(out) == 0 {
		err = s.exists(ctx, conversationID)
	}
	if err != nil {
		return nil, fmt.Errorf("frames after %s: %w", conversationID, translate(err))
	}
	return out, nil
}

// FramesReplyingTo lists the stored frames answering clientID in seq order.
func (s *Store) FramesReplyingTo(ctx context.Context, conversationID, clientID string) ([]dialog.Frame, error) {
	out, err := queryFrames(ctx, s.pool, `SELECT seq, body FROM frames
		WHERE conversation_id = $1 AND reply_to = $2 AND reply_to <> '' ORDER BY seq`, conversationID, clientID)
	if err == nil && len(out) == 0 {
		err = s.exists(ctx, conversationID)
	}
	if err != nil {
		return nil, fmt.Errorf("frames replying to %s/%s: %w", conversationID, clientID, translate(err))
	}
	return out, nil
}

// Finish ends the conversation, stores the note and appends the ended frame
// in one transaction that holds the conversation's row lock (FOR NO KEY
// UPDATE: appenders and finishers queue behind it, while inserts that only
// reference the row, such as messages, do not); a second call returns the
// first note with already=true.
func (s *Store) Finish(ctx context.Context, conversationID string, note dialog.Note, ended dialog.Frame) (stored dialog.Note, endedFrame dialog.Frame, already bool, err error) {
	err = s.tx(ctx, func(tx pgx.Tx) error {
		r, err := finishTx(ctx, tx, conversationID, note, ended)
		stored, endedFrame, already = r.note, r.ended, r.already
		return err
	})
	if err != nil {
		return dialog.Note{}, dialog.Frame{}, false, fmt.Errorf("finish %s: %w", conversationID, translate(err))
	}
	return stored, endedFrame, already, nil
}

type finished struct {
	note    dialog.Note
	ended   dialog.Frame
	already bool
}

func finishTx(ctx context.Context, tx pgx.Tx, id string, note dialog.Note, ended dialog.Frame) (finished, error) {
	var (
		status  dialog.Status
		lastSeq int64
	)
	if err := tx.QueryRow(ctx, `SELECT status, last_seq FROM conversations WHERE id = $1 FOR NO KEY UPDATE`, id).Scan(&status, &lastSeq); err != nil {
		return finished{}, err
	}
	if status == dialog.StatusEnded {
		n, err := noteRow(tx.QueryRow(ctx, `SELECT body, csat FROM notes WHERE conversation_id = $1`, id))
		if err != nil {
			return finished{}, fmt.Errorf("ended without a note: %w", err)
		}
		fs, err := queryFrames(ctx, tx, `SELECT seq, body FROM frames WHERE conversation_id = $1 AND type = $2 ORDER BY seq DESC LIMIT 1`,
			id, dialog.FrameEnded)
		r := finished{note: n, already: true}
		if len(fs) == 1 {
			r.ended = fs[0]
		}
		return r, err
	}
	if err := dialog.CheckFinish(id, note, ended); err != nil {
		return finished{}, err
	}
	note = normNote(note)
	note.ConversationID = id
	body, csat, err := noteBodies(note)
	if err != nil {
		return finished{}, err
	}
	ended.NoteID = note.ID
	fbody, err := frameBody(id, ended)
	if err != nil {
		return finished{}, err
	}
	seq := lastSeq + 1
	endedAt := note.EndedAt
	if endedAt.IsZero() {
		endedAt = utc(ended.At)
	}
	noteAt, noteNs := split(note.EndedAt)
	convAt, convNs := split(endedAt)
	frameAt, frameNs := split(ended.At)
	codes := []string{}
	for _, f := range note.Flags {
		if !slices.Contains(codes, f.Code) {
			codes = append(codes, f.Code)
		}
	}
	slices.Sort(codes)

	b := &pgx.Batch{}
	b.Queue(`INSERT INTO notes (id, conversation_id, customer_id, ended_at, ended_ns, body, csat)
		VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
		note.ID, id, note.CustomerID, noteAt, noteNs, body, csat)
	b.Queue(`INSERT INTO note_flags (code, note_id, ended_at, ended_ns)
		SELECT code, $2, $3, $4 FROM unnest($1::text[]) AS code ON CONFLICT DO NOTHING`,
		codes, note.ID, noteAt, noteNs)
	b.Queue(`INSERT INTO frames (conversation_id, seq, type, reply_to, body) VALUES ($1, $2, $3, $4, $5)`,
		id, seq, ended.Type, ended.ReplyTo, fbody)
	b.Queue(`UPDATE conversations SET status = $5, note_id = $6, ended_at = $7, ended_ns = $8, last_seq = $2, handoff_active = false,
		    last_active = CASE WHEN `+newer+` THEN $3::timestamptz ELSE last_active END,
		    last_active_ns = CASE WHEN `+newer+` THEN $4::smallint ELSE last_active_ns END
		WHERE id = $1`, id, seq, frameAt, frameNs, string(dialog.StatusEnded), note.ID, convAt, convNs)
	br := tx.SendBatch(ctx, b)
	tag, err := br.Exec()
	if err == nil && tag.RowsAffected() == 0 {
		err = fmt.Errorf("note %s exists: %w", note.ID, dialog.ErrInvalid)
	}
	for range b.Len() - 1 {
		if _, e := br.Exec(); err == nil {
			err = e
		}
	}
	if e := br.Close(); err == nil {
		err = e
	}
	if err != nil {
		return finished{}, err
	}
	r := finished{}
	if r.note, err = decodeNote(body, csat); err != nil {
		return finished{}, err
	}
	if r.ended, err = decodeFrame(seq, fbody); err != nil {
		return finished{}, err
	}
	return r, nil
}

// noteBodies is what a note is stored as: the note without its CSAT, and
// the CSAT apart (nil for none), since SetCSAT replaces it on its own.
func noteBodies(n dialog.Note) (body []byte, csat any, err error) {
	if n.CSAT != nil {
		c, err := json.Marshal(n.CSAT)
		if err != nil {
			return nil, nil, err
		}
		csat = c
	}
	n.CSAT = nil
	body, err = json.Marshal(n)
	return body, csat, err
}

func decodeNote(body []byte, csat any) (dialog.Note, error) {
	var n dialog.Note
	if err := json.Unmarshal(body, &n); err != nil {
		return dialog.Note{}, fmt.Errorf("decode note: %w", err)
	}
	if c, ok := csat.([]byte); ok && c != nil {
		n.CSAT = new(dialog.CSAT)
		if err := json.Unmarshal(c, n.CSAT); err != nil {
			return dialog.Note{}, fmt.Errorf("decode csat of note %s: %w", n.ID, err)
		}
	}
	return normNote(n), nil
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

// noteRow reads (body, csat) of one note.
func noteRow(row pgx.Row) (dialog.Note, error) {
	var body, csat []byte
	if err := row.Scan(&body, &csat); err != nil {
		return dialog.Note{}, translate(err)
	}
	return decodeNote(body, csat)
}

// OpenConversations lists open conversations last active before the cutoff, least recent first.
func (s *Store) OpenConversations(ctx context.Context, activeBefore time.Time) ([]dialog.Conversation, error) {
	if activeBefore.IsZero() {
		return []dialog.Conversation{}, nil // nothing is active before the zero time
	}
	at, ns := split(activeBefore)
	out, err := s.conversations(ctx, `WHERE status = 'open'
		AND (last_active IS NULL OR (last_active, last_active_ns) < ($1::timestamptz, $2::smallint))
		ORDER BY last_active NULLS FIRST, last_active_ns, id`, at, ns)
	if err != nil {
		return nil, fmt.Errorf("open conversations before %s: %w", activeBefore.Format(time.RFC3339Nano), err)
	}
	return out, nil
}

// limit is a LIMIT argument: NULL (no limit) for n <= 0.
func limit(n int) any {
	if n <= 0 {
		return nil
	}
	return int64(n)
}

// ConversationsOf lists a customer's conversations newest first; limit <= 0 means all.
func (s *Store) ConversationsOf(ctx context.Context, customerID string, n int) ([]dialog.Conversation, error) {
	out, err := s.conversations(ctx, `WHERE customer_id = $1
		ORDER BY started_at DESC NULLS LAST, started_ns DESC, id DESC LIMIT $2::bigint`, customerID, limit(n))
	if err != nil {
		return nil, fmt.Errorf("conversations of %s: %w", customerID, err)
	}
	return out, nil
}

func (s *Store) conversations(ctx context.Context, where string, args ...any) ([]dialog.Conversation, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+convColumns+` FROM conversations `+where, args...)
	if err != nil {
		return nil, translate(err)
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
	return out, translate(rows.Err())
}

// Note loads a note by id.
func (s *Store) Note(ctx context.Context, id string) (dialog.Note, error) {
	n, err := noteRow(s.pool.QueryRow(ctx, `SELECT body, csat FROM notes WHERE id = $1`, id))
	if err != nil {
		return dialog.Note{}, fmt.Errorf("load note %s: %w", id, err)
	}
	return n, nil
}

// NoteOf loads a conversation's note.
func (s *Store) NoteOf(ctx context.Context, conversationID string) (dialog.Note, error) {
	n, err := noteRow(s.pool.QueryRow(ctx, `SELECT body, csat FROM notes WHERE conversation_id = $1`, conversationID))
	if err != nil {
		return dialog.Note{}, fmt.Errorf("load note of %s: %w", conversationID, err)
	}
	return n, nil
}

// args numbers query arguments as they are added.
type args []any

func (a *args) add(v any) string {
	*a = append(*a, v)
	return fmt.Sprintf("$%d", len(*a))
}

// Notes lists notes matching q, newest (by EndedAt) first. With a flag the
// scan runs over note_flags_newest (the flag's notes, newest first) and
// joins the notes; without one over notes_customer or notes_ended.
func (s *Store) Notes(ctx context.Context, q dialog.NoteQuery) ([]dialog.Note, error) {
	if q.CustomerIDs != nil && len(q.CustomerIDs) == 0 {
		return []dialog.Note{}, nil
	}
	var (
		a     args
		where []string
		query = `SELECT n.body, n.csat FROM notes n`
		// t is the table whose (ended_at, ended_ns) the scan orders by.
		t, id = "n", "n.id"
	)
	if q.Flag != "" {
		query += ` JOIN note_flags f ON f.note_id = n.id`
		where = append(where, `f.code = `+a.add(q.Flag))
		t, id = "f", "f.note_id"
	}
	if q.CustomerIDs != nil {
		where = append(where, `n.customer_id = ANY(`+a.add(q.CustomerIDs)+`::text[])`)
	}
	if !q.Since.IsZero() {
		at, ns := split(q.Since)
		where = append(where, fmt.Sprintf(`(%s.ended_at, %[1]s.ended_ns) >= (%s::timestamptz, %s::smallint)`, t, a.add(at), a.add(ns)))
	}
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += fmt.Sprintf(` ORDER BY %s.ended_at DESC NULLS LAST, %[1]s.ended_ns DESC, %s DESC LIMIT %s::bigint`, t, id, a.add(limit(q.Limit)))
	rows, err := s.pool.Query(ctx, query, a...)
	if err != nil {
		return nil, fmt.Errorf("list notes: %w", translate(err))
	}
	defer rows.Close()
	out := []dialog.Note{}
	for rows.Next() {
		n, err := noteRow(rows)
		if err != nil {
			return nil, fmt.Errorf("list notes: %w", err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list notes: %w", translate(err))
	}
	return out, nil
}

// SetCSAT records (or replaces) the rating on the conversation's note.
func (s *Store) SetCSAT(ctx context.Context, conversationID string, csat dialog.CSAT) error {
	csat.At = utc(csat.At)
	body, err := json.Marshal(csat)
	if err != nil {
		return fmt.Errorf("set csat %s: %w", conversationID, err)
	}
	tag, err := s.pool.Exec(ctx, `UPDATE notes SET csat = $2 WHERE conversation_id = $1`, conversationID, body)
	if err != nil {
		return fmt.Errorf("set csat %s: %w", conversationID, translate(err))
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("set csat %s: %w", conversationID, dialog.ErrNotFound)
	}
	return nil
}
