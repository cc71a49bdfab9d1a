// Package memory holds in-process adapters for dialog's ports: a Store, a Bus
// and a Locker. They back unit tests and the single-instance default; nothing
// survives a restart and nothing is shared between processes.
package memory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.Store = (*Store)(nil)

// Store is a dialog.Store kept in maps behind one mutex. Values are deep-copied
// on the way in and out, so callers never share memory with stored state.
type Store struct {
	mu       sync.Mutex
	convs    map[string]*dialog.Conversation
	messages map[string][]dialog.Message // by conversation, arrival order
	clientIx map[msgKey]int              // (conversation, client id) → index in messages
	frames   map[string][]dialog.Frame   // by conversation, seq order
	notes    map[string]*dialog.Note     // by note id
	noteOf   map[string]string           // conversation id → note id
	alerts   map[string]*dialog.Alert    // by alert id; NoteID is filled in on the way out
	alertIx  map[dialog.AlertKey]string  // (conversation, kind, code) → alert id
	book     bookData                    // customers, staff, accounts, fixings
}

type msgKey struct{ conversationID, clientID string }

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{
		convs:    map[string]*dialog.Conversation{},
		messages: map[string][]dialog.Message{},
		clientIx: map[msgKey]int{},
		frames:   map[string][]dialog.Frame{},
		notes:    map[string]*dialog.Note{},
		noteOf:   map[string]string{},
		alerts:   map[string]*dialog.Alert{},
		alertIx:  map[dialog.AlertKey]string{},
		book:     newBook(),
	}
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC()
}

// later keeps LastActive from moving backwards when events arrive out of order.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// CreateConversation stores c as open with LastSeq 0; an existing id is ErrInvalid.
func (s *Store) CreateConversation(ctx context.Context, c dialog.Conversation) error {
	if c.ID == "" {
		return fmt.Errorf("create conversation: empty id: %w", dialog.ErrInvalid)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.convs[c.ID]; ok {
		return fmt.Errorf("create conversation %s: already exists: %w", c.ID, dialog.ErrInvalid)
	}
	c = copyConversation(c)
	c.Status, c.LastSeq, c.NoteID, c.EndedAt = dialog.StatusOpen, 0, "", time.Time{}
	s.convs[c.ID] = &c
	return nil
}

// Conversation loads one conversation.
func (s *Store) Conversation(ctx context.Context, id string) (dialog.Conversation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.convs[id]
	if !ok {
		return dialog.Conversation{}, fmt.Errorf("load conversation %s: %w", id, dialog.ErrNotFound)
	}
	return copyConversation(*c), nil
}

// SaveState replaces the responder state and language.
func (s *Store) SaveState(ctx context.Context, id string, lang string, state []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.convs[id]
	if !ok {
		return fmt.Errorf("save state %s: %w", id, dialog.ErrNotFound)
	}
	c.Lang, c.State = lang, slices.Clone(state)
	return nil
}

// SaveHandoff replaces the conversation's handoff record.
func (s *Store) SaveHandoff(ctx context.Context, id string, h *dialog.Handoff) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.convs[id]
	if !ok {
		return fmt.Errorf("save handoff %s: %w", id, dialog.ErrNotFound)
	}
	c.Handoff = h.Clone()
	return nil
}

// Handoffs lists open conversations with an active handoff, oldest queued first.
func (s *Store) Handoffs(ctx context.Context) ([]dialog.Conversation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []dialog.Conversation
	for _, c := range s.convs {
		if c.Status == dialog.StatusOpen && c.Handoff.Active() {
			out = append(out, copyConversation(*c))
		}
	}
	slices.SortFunc(out, func(a, b dialog.Conversation) int {
		return cmp.Or(a.Handoff.QueuedAt.Compare(b.Handoff.QueuedAt), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// AddMessage stores m unless its client id was seen; an empty ClientID is never
// a duplicate. It stores on ended conversations too: the core decides what they mean.
func (s *Store) AddMessage(ctx context.Context, m dialog.Message) (dialog.Message, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.convs[m.ConversationID]
	if !ok {
		return dialog.Message{}, false, fmt.Errorf("add message %s: %w", m.ConversationID, dialog.ErrNotFound)
	}
	key := msgKey{m.ConversationID, m.ClientID}
	if m.ClientID != "" {
		if i, ok := s.clientIx[key]; ok {
			return copyMessage(s.messages[m.ConversationID][i]), true, nil
		}
	}
	m = copyMessage(m)
	m.Seq = c.LastSeq
	c.LastActive = later(c.LastActive, m.At)
	if m.ClientID != "" {
		s.clientIx[key] = len(s.messages[m.ConversationID])
	}
	s.messages[m.ConversationID] = append(s.messages[m.ConversationID], m)
	return copyMessage(m), false, nil
}

// Messages lists a conversation's messages in arrival order.
func (s *Store) Messages(ctx context.Context, conversationID string) ([]dialog.Message, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.convs[conversationID]; !ok {
		return nil, fmt.Errorf("list messages %s: %w", conversationID, dialog.ErrNotFound)
	}
	ms := s.messages[conversationID]
	out := make([]dialog.Message, len(ms))
	for i, m := range ms {
		out[i] = copyMessage(m)
	}
	return out, nil
}

// appendLocked assigns seqs and stores frames; s.mu must be held and c open.
func (s *Store) appendLocked(c *dialog.Conversation, frames []dialog.Frame) []dialog.Frame {
	out := make([]dialog.Frame, len(frames))
	for i, f := range frames {
		f = copyFrame(f)
		f.ConversationID = c.ID
		c.LastSeq++
		f.Seq = c.LastSeq
		c.LastActive = later(c.LastActive, f.At)
		s.frames[c.ID] = append(s.frames[c.ID], f)
		out[i] = copyFrame(f)
	}
	return out
}

// AppendFrames assigns the next seqs to frames and stores them.
func (s *Store) AppendFrames(ctx context.Context, conversationID string, frames []dialog.Frame) ([]dialog.Frame, error) {
	if err := dialog.CheckFrames(conversationID, frames); err != nil {
		return nil, fmt.Errorf("append frames %s: %w", conversationID, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.convs[conversationID]
	if !ok {
		return nil, fmt.Errorf("append frames %s: %w", conversationID, dialog.ErrNotFound)
	}
	if c.Status == dialog.StatusEnded {
		return nil, fmt.Errorf("append frames %s: %w", conversationID, dialog.ErrEnded)
	}
	return s.appendLocked(c, frames), nil
}

// FramesAfter lists stored frames with seq > after in seq order.
func (s *Store) FramesAfter(ctx context.Context, conversationID string, after int64) ([]dialog.Frame, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.convs[conversationID]; !ok {
		return nil, fmt.Errorf("frames after %s: %w", conversationID, dialog.ErrNotFound)
	}
	fs := s.frames[conversationID]
	// Seqs start at 1 and are contiguous, so frame seq n sits at index n-1.
	start := min(max(after, 0), int64(len(fs)))
	return copyFrames(fs[start:]), nil
}

// FramesReplyingTo lists the stored frames answering clientID in seq order.
func (s *Store) FramesReplyingTo(ctx context.Context, conversationID, clientID string) ([]dialog.Frame, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.convs[conversationID]; !ok {
		return nil, fmt.Errorf("frames replying to %s/%s: %w", conversationID, clientID, dialog.ErrNotFound)
	}
	out := []dialog.Frame{}
	if clientID == "" {
		return out, nil
	}
	for _, f := range s.frames[conversationID] {
		if f.ReplyTo == clientID {
			out = append(out, copyFrame(f))
		}
	}
	return out, nil
}

// Finish ends the conversation, stores the note and appends the ended frame
// under one lock; a second call returns the first note with already=true.
func (s *Store) Finish(ctx context.Context, conversationID string, note dialog.Note, ended dialog.Frame) (dialog.Note, dialog.Frame, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.convs[conversationID]
	if !ok {
		return dialog.Note{}, dialog.Frame{}, false, fmt.Errorf("finish %s: %w", conversationID, dialog.ErrNotFound)
	}
	if c.Status == dialog.StatusEnded {
		n, ok := s.notes[s.noteOf[conversationID]]
		if !ok {
			return dialog.Note{}, dialog.Frame{}, false, fmt.Errorf("finish %s: ended without a note: %w", conversationID, dialog.ErrNotFound)
		}
		return copyNote(*n), s.endedFrameLocked(conversationID), true, nil
	}
	if err := dialog.CheckFinish(conversationID, note, ended); err != nil {
		return dialog.Note{}, dialog.Frame{}, false, fmt.Errorf("finish %s: %w", conversationID, err)
	}
	if _, dup := s.notes[note.ID]; dup {
		return dialog.Note{}, dialog.Frame{}, false, fmt.Errorf("finish %s: note %s exists: %w", conversationID, note.ID, dialog.ErrInvalid)
	}
	note = copyNote(note)
	note.ConversationID = conversationID
	ended.NoteID = note.ID
	stored := s.appendLocked(c, []dialog.Frame{ended})[0]
	c.Status, c.NoteID = dialog.StatusEnded, note.ID
	c.EndedAt = cmp.Or(note.EndedAt, stored.At)
	s.notes[note.ID] = &note
	s.noteOf[conversationID] = note.ID
	return copyNote(note), stored, false, nil
}

// endedFrameLocked returns the conversation's last ended frame, or a zero frame.
func (s *Store) endedFrameLocked(conversationID string) dialog.Frame {
	fs := s.frames[conversationID]
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].Type == dialog.FrameEnded {
			return copyFrame(fs[i])
		}
	}
	return dialog.Frame{}
}

// OpenConversations lists open conversations last active before the cutoff, least recent first.
func (s *Store) OpenConversations(ctx context.Context, activeBefore time.Time) ([]dialog.Conversation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []dialog.Conversation{}
	for _, c := range s.convs {
		if c.Status == dialog.StatusOpen && c.LastActive.Before(activeBefore) {
			out = append(out, copyConversation(*c))
		}
	}
	slices.SortFunc(out, func(a, b dialog.Conversation) int {
		return cmp.Or(a.LastActive.Compare(b.LastActive), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// ConversationsOf lists a customer's conversations newest first; limit <= 0 means all.
func (s *Store) ConversationsOf(ctx context.Context, customerID string, limit int) ([]dialog.Conversation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []dialog.Conversation{}
	for _, c := range s.convs {
		if c.CustomerID == customerID {
			out = append(out, copyConversation(*c))
		}
	}
	slices.SortFunc(out, func(a, b dialog.Conversation) int {
		return cmp.Or(b.StartedAt.Compare(a.StartedAt), cmp.Compare(b.ID, a.ID))
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Note loads a note by id.
func (s *Store) Note(ctx context.Context, id string) (dialog.Note, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, ok := s.notes[id]
	if !ok {
		return dialog.Note{}, fmt.Errorf("load note %s: %w", id, dialog.ErrNotFound)
	}
	return copyNote(*n), nil
}

// NoteOf loads a conversation's note.
func (s *Store) NoteOf(ctx context.Context, conversationID string) (dialog.Note, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, ok := s.notes[s.noteOf[conversationID]]
	if !ok {
		return dialog.Note{}, fmt.Errorf("load note of %s: %w", conversationID, dialog.ErrNotFound)
	}
	return copyNote(*n), nil
}

// Notes lists notes matching q, newest (by EndedAt) first.
func (s *Store) Notes(ctx context.Context, q dialog.NoteQuery) ([]dialog.Note, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []dialog.Note{}
	if q.CustomerIDs != nil && len(q.CustomerIDs) == 0 {
		return out, nil
	}
	for _, n := range s.notes {
		if q.CustomerIDs != nil && !slices.Contains(q.CustomerIDs, n.CustomerID) {
			continue
		}
		if q.Flag != "" && !slices.ContainsFunc(n.Flags, func(f dialog.Flag) bool { return f.Code == q.Flag }) {
			continue
		}
		if !q.Since.IsZero() && n.EndedAt.Before(q.Since) {
			continue
		}
		out = append(out, copyNote(*n))
	}
	slices.SortFunc(out, func(a, b dialog.Note) int {
		return cmp.Or(b.EndedAt.Compare(a.EndedAt), cmp.Compare(b.ID, a.ID))
	})
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

// SetCSAT records (or replaces) the rating on the conversation's note.
func (s *Store) SetCSAT(ctx context.Context, conversationID string, csat dialog.CSAT) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, ok := s.notes[s.noteOf[conversationID]]
	if !ok {
		return fmt.Errorf("set csat %s: %w", conversationID, dialog.ErrNotFound)
	}
	csat.At = utc(csat.At)
	n.CSAT = &csat
	return nil
}

// Ping always succeeds: memory is always reachable.
func (s *Store) Ping(ctx context.Context) error { return nil }
