package dialog

import (
	"context"
	"fmt"
	"time"
)

// Store keeps conversations, messages, frames and notes. Implementations must
// be safe for concurrent use and return ErrNotFound for missing records and
// ErrInvalid for calls that break a precondition below. Lists that say
// "newest first" order conversations by StartedAt and notes by EndedAt; a
// limit of 0 or less means no limit; LastActive never moves backwards.
// Conformance: storage/storetest.
type Store interface {
	// CreateConversation stores a new open conversation with LastSeq 0; an
	// existing id is ErrInvalid.
	CreateConversation(ctx context.Context, c Conversation) error
	// Conversation loads one conversation.
	Conversation(ctx context.Context, id string) (Conversation, error)
	// SaveState replaces the responder's state and the conversation's language.
	SaveState(ctx context.Context, id string, lang string, state []byte) error

	// AddMessage stores an inbound message unless one with the same
	// (ConversationID, ClientID) exists; then it returns that one and dup=true.
	// It stamps m.Seq with the conversation's LastSeq and updates LastActive.
	// It does not check the conversation's status: the engine decides.
	AddMessage(ctx context.Context, m Message) (stored Message, dup bool, err error)
	// Messages lists a conversation's messages in arrival order.
	Messages(ctx context.Context, conversationID string) ([]Message, error)

	// AppendFrames assigns the next seqs to frames (all for one conversation,
	// all Stored) atomically, stores them, bumps LastSeq and LastActive, and
	// returns them with Seq set. It fails with ErrEnded once the conversation ended.
	AppendFrames(ctx context.Context, conversationID string, frames []Frame) ([]Frame, error)
	// FramesAfter lists the stored frames with seq > after, in seq order.
	FramesAfter(ctx context.Context, conversationID string, after int64) ([]Frame, error)
	// FramesReplyingTo lists the stored frames answering a client frame id, in seq order.
	FramesReplyingTo(ctx context.Context, conversationID, clientID string) ([]Frame, error)

	// Finish ends a conversation in one transaction: status ended, the note
	// stored, the ended frame appended (its Seq and NoteID are filled in). A
	// conversation that already ended is left alone and its note returned with
	// already=true, so two racing finishers yield one note.
	Finish(ctx context.Context, conversationID string, note Note, ended Frame) (stored Note, endedFrame Frame, already bool, err error)
	// SaveHandoff replaces the conversation's handoff record.
	SaveHandoff(ctx context.Context, id string, h *Handoff) error
	// Handoffs lists the open conversations whose handoff is active (queued
	// or connected), oldest QueuedAt first.
	Handoffs(ctx context.Context) ([]Conversation, error)

	// OpenConversations lists open conversations last active strictly before
	// the cutoff, least recently active first.
	OpenConversations(ctx context.Context, activeBefore time.Time) ([]Conversation, error)
	// ConversationsOf lists a customer's conversations, newest first.
	ConversationsOf(ctx context.Context, customerID string, limit int) ([]Conversation, error)

	// Note loads a note by id; NoteOf by conversation id.
	Note(ctx context.Context, id string) (Note, error)
	NoteOf(ctx context.Context, conversationID string) (Note, error)
	// Notes lists notes newest first; NoteQuery.Since includes its instant.
	Notes(ctx context.Context, q NoteQuery) ([]Note, error)
	// SetCSAT records the customer's rating on the conversation's note.
	SetCSAT(ctx context.Context, conversationID string, csat CSAT) error

	// RaiseAlerts stores the alerts whose (ConversationID, Kind, Code) is not
	// stored yet and returns those it stored (NoteID filled in as by Alerts);
	// raising again is a no-op, so the core may re-raise after a crash. ID,
	// Status and DueAt are the caller's. A batch failing CheckAlerts, an id
	// reused for another key, stores nothing (ErrInvalid); an unknown
	// conversation is ErrNotFound.
	RaiseAlerts(ctx context.Context, alerts []Alert) (raised []Alert, err error)
	// Alerts lists alerts newest first (by CreatedAt, then ID), with NoteID
	// filled in from the conversation.
	Alerts(ctx context.Context, q AlertQuery) ([]Alert, error)
	// AcknowledgeAlert marks an alert acknowledged by a member of staff; a
	// second acknowledgement keeps the first one's time and author.
	AcknowledgeAlert(ctx context.Context, id, by string, at time.Time) (Alert, error)

	// Ping reports whether the store is reachable (readiness).
	Ping(ctx context.Context) error
}

// CheckFrames is AppendFrames' precondition, checked alike by every adapter:
// each frame is Stored and belongs to the conversation (or names none).
func CheckFrames(conversationID string, frames []Frame) error {
	for i, f := range frames {
		if f.ConversationID != "" && f.ConversationID != conversationID {
			return fmt.Errorf("frame %d belongs to %s: %w", i, f.ConversationID, ErrInvalid)
		}
		if !f.Stored() {
			return fmt.Errorf("frame %d of type %q is ephemeral: %w", i, f.Type, ErrInvalid)
		}
	}
	return nil
}

// CheckFinish is Finish's precondition, checked alike by every adapter: the
// note has an id and belongs to the conversation, and ended is its ended frame.
func CheckFinish(conversationID string, note Note, ended Frame) error {
	if note.ID == "" {
		return fmt.Errorf("note without id: %w", ErrInvalid)
	}
	if note.ConversationID != "" && note.ConversationID != conversationID {
		return fmt.Errorf("note belongs to %s: %w", note.ConversationID, ErrInvalid)
	}
	if ended.Type != FrameEnded {
		return fmt.Errorf("ended frame of type %q: %w", ended.Type, ErrInvalid)
	}
	return CheckFrames(conversationID, []Frame{ended})
}

// Bus fans stored and ephemeral frames out to every connection following a
// conversation, on this instance or (with a shared bus) on others. Delivery
// is best effort: followers fill gaps from the Store by seq.
type Bus interface {
	Publish(ctx context.Context, f Frame) error
	// Subscribe follows a conversation until ctx ends or the subscription is closed.
	Subscribe(ctx context.Context, conversationID string) (Subscription, error)
}

// Subscription delivers a conversation's frames; C is closed after Close.
type Subscription interface {
	C() <-chan Frame
	Close()
}

// Locker serialises turns of one conversation, across instances with a shared locker.
type Locker interface {
	// Lock blocks until the conversation is held or ctx ends; unlock releases it.
	Lock(ctx context.Context, conversationID string) (unlock func(), err error)
}

// SeatRegistry shares agent seats' presence between instances, so every
// desk routes over every seat whichever instance its socket is on. Without
// one, a desk knows the seats connected to its own process.
type SeatRegistry interface {
	// Heartbeat records seat as connected to instance with status until ttl passes.
	Heartbeat(ctx context.Context, instanceID string, seat Seat, status string, ttl time.Duration) error
	// Leave removes the seat's record for instance.
	Leave(ctx context.Context, instanceID, seatID string) error
	// List returns every live seat, across instances.
	List(ctx context.Context) ([]SeatPresence, error)
	// Wake tells every instance's desk that the queue changed; Woken delivers
	// such nudges (coalesced) until ctx ends.
	Wake(ctx context.Context) error
	Woken(ctx context.Context) <-chan struct{}
}

// SeatPresence is a seat as the registry knows it.
type SeatPresence struct {
	Seat   Seat
	Status string // available | away
}

// Analyzer reads a customer message before it is stored: its script, sentiment
// and risk flags. Detail is passed to the Responder untouched, so it need not
// analyse the text again.
type Analyzer interface {
	Analyze(ctx context.Context, text string) Analysis
}

// Analysis is what an Analyzer found in one message.
type Analysis struct {
	Lang      string
	Intent    string
	Sentiment *Sentiment
	Flags     []Flag // Seq is filled in by the core
	Detail    any
}

// Responder answers a customer turn: the borrower assistant, the copilot, an LLM.
// It must return within ctx's deadline; the core answers for it when it does not.
type Responder interface {
	Respond(ctx context.Context, t Turn) (Response, error)
}

// Turn is one customer message with what the responder needs to answer it.
type Turn struct {
	Conversation Conversation // State holds the responder's memory
	Principal    Principal
	Message      Message
	Analysis     Analysis
}

// Response is the responder's answer to a turn.
type Response struct {
	Replies []Reply
	State   []byte // replaces the conversation's responder state; nil keeps it
	End     bool   // the customer said goodbye and nothing is pending
	// Handoff asks for a person after the replies (DOMAIN.md §6); the core
	// queues the conversation and tells the customer where they stand.
	Handoff *HandoffRequest
}

// Reply becomes one reply frame.
type Reply struct {
	Text         string
	Intent       string
	Cards        []Card
	QuickReplies []QuickReply
}
