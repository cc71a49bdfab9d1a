package dialog

import (
	"encoding/json"
	"time"
)

// Status is where a conversation stands.
type Status string

// Conversation statuses; where a handoff stands is Conversation.Handoff.State.
const (
	StatusOpen  Status = "open"
	StatusEnded Status = "ended"
)

// Conversation is one customer's (or one manager's) thread with LoanDesk.
type Conversation struct {
	ID         string
	CustomerID string // the owner: a customer id, or a staff id for copilot threads
	Role       Role   // the owner's role
	Channel    string // "web", "telegram"
	Status     Status
	Lang       string // zh-Hans | zh-Hant | en: the script of the customer's last message
	StartedAt  time.Time
	LastActive time.Time
	EndedAt    time.Time // zero while open
	LastSeq    int64     // the seq of the newest server frame
	NoteID     string    // set when ended
	// State is the responder's memory between turns (slot filling); opaque to the core.
	State json.RawMessage
	// Handoff is the human seat's part, once one was asked for (see Handoff.Active).
	Handoff *Handoff
}

// Sentiment of one customer message.
type Sentiment struct {
	Label string  `json:"label"` // negative | neutral | positive
	Score float64 `json:"score"` // -1 … 1
}

// Flag is a risk signal raised by a customer message (DOMAIN.md §5).
type Flag struct {
	Code     string `json:"code"`
	Severity string `json:"severity"` // low | medium | high | critical
	Evidence string `json:"evidence"` // the customer's own words
	Seq      int64  `json:"seq"`      // the message's seq (see Message.Seq)
}

// Message is a customer's (or, with human seats, an agent's) message as stored.
//
// Seq is the conversation's seq when the message arrived, i.e. the last server
// frame the sender could have seen; the replies to it carry higher seqs. Server
// frames alone consume seq numbers, so a client sees them increase by one.
type Message struct {
	ConversationID string
	ClientID       string // the client's frame id; unique per conversation
	Seq            int64
	From           string // customer | agent
	Text           string
	Action         string // a chosen quick reply's action, when the message is one
	At             time.Time
	Lang           string
	Sentiment      *Sentiment
	Flags          []Flag
}

// TranscriptEntry is one line of a conversation as staff and owners read it.
type TranscriptEntry struct {
	Seq       int64      `json:"seq"`
	From      string     `json:"from"` // customer | bot | agent | system
	AgentName string     `json:"agent_name,omitempty"`
	Text      string     `json:"text"`
	At        time.Time  `json:"at"`
	Intent    string     `json:"intent,omitempty"`
	Cards     []Card     `json:"cards,omitempty"`
	Sentiment *Sentiment `json:"sentiment,omitempty"`
	Flags     []Flag     `json:"flags,omitempty"`
}
