package dialog

import (
	"encoding/json"
	"time"
)

// Server frame types (PROTOCOL.md).
const (
	FrameWelcome    = "welcome"
	FrameReply      = "reply"
	FrameReplyDelta = "reply_delta"
	FrameTyping     = "typing"
	FrameHandoff    = "handoff"
	FrameEnded      = "ended"
	FrameError      = "error"
)

// Frame is a server frame about a conversation. Frames with a Seq are stored
// and replayed on resume; frames without one (typing, deltas) are ephemeral.
type Frame struct {
	Type           string
	ConversationID string
	Seq            int64
	ReplyTo        string // the client frame id this answers
	At             time.Time

	// reply
	From         string // bot | agent
	Text         string
	Intent       string
	Cards        []Card
	QuickReplies []QuickReply
	Delta        string // reply_delta

	// handoff
	HandoffStatus string
	Position      int
	ETASeconds    int
	AgentName     string

	// ended
	NoteID string

	// customer_message (to the seat only)
	Sentiment *Sentiment
	Flags     []Flag
}

// Stored reports whether the frame takes a seq and is replayed.
func (f Frame) Stored() bool {
	switch f.Type {
	case FrameTyping, FrameReplyDelta, FrameWelcome, FrameError, FrameCustomerMessage:
		return false
	}
	return true
}

// QuickReply is a suggested answer; choosing it sends its Action back.
type QuickReply struct {
	Label  string `json:"label"`
	Action string `json:"action"`
}

// Card is a structured answer (PROTOCOL.md Cards) carried as JSON with a "kind".
// The core stores and forwards cards without knowing their fields.
type Card json.RawMessage

// NewCard marshals v, which must encode as a JSON object with a "kind".
func NewCard(v any) (Card, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return Card(b), nil
}

// Kind returns the card's "kind" field, or "" when there is none.
func (c Card) Kind() string {
	var k struct {
		Kind string `json:"kind"`
	}
	_ = json.Unmarshal(c, &k)
	return k.Kind
}

// MarshalJSON emits the card as is.
func (c Card) MarshalJSON() ([]byte, error) {
	if len(c) == 0 {
		return []byte("null"), nil
	}
	return c, nil
}

// UnmarshalJSON keeps a copy of the raw object.
func (c *Card) UnmarshalJSON(b []byte) error {
	*c = append((*c)[:0], b...)
	return nil
}
