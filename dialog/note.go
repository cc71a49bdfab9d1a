package dialog

import "time"

// Note is the contact note a conversation ends with (DOMAIN.md §7): exactly one per conversation.
type Note struct {
	ID             string        `json:"id"`
	ConversationID string        `json:"conversation_id"`
	CustomerID     string        `json:"customer_id"`
	Channel        string        `json:"channel"`
	StartedAt      time.Time     `json:"started_at"`
	EndedAt        time.Time     `json:"ended_at"`
	EndReason      string        `json:"end_reason"` // customer | idle | restart | resolved
	Lang           string        `json:"lang"`
	Summary        string        `json:"summary"`
	Intents        []string      `json:"intents"`
	Cards          []Card        `json:"cards"`
	Handoff        *Handoff      `json:"handoff,omitempty"`
	Sentiment      NoteSentiment `json:"sentiment"`
	Flags          []Flag        `json:"flags"`
	CSAT           *CSAT         `json:"csat,omitempty"`
}

// Handoff records a human seat's part in a conversation: kept on the
// conversation while it lasts, and copied into the note at the end.
type Handoff struct {
	Reason      string    `json:"reason"` // what triggered it: requested, hardship, complaint, fraud, self_harm, not_understood, negative_sentiment
	State       string    `json:"state"`  // queued | connected | callback | returned | resolved
	Skill       string    `json:"skill"`  // the seat skill it is routed by
	Priority    string    `json:"priority"`
	AgentID     string    `json:"agent_id,omitempty"`
	AgentName   string    `json:"agent_name,omitempty"`
	QueuedAt    time.Time `json:"queued_at"`
	ConnectedAt time.Time `json:"connected_at,omitzero"`
	EndedAt     time.Time `json:"ended_at,omitzero"` // resolved, returned or turned into a callback
	Outcome     string    `json:"outcome,omitempty"`
	AgentNote   string    `json:"agent_note,omitempty"`
	// CallbackOfferedAt is when the customer, still waiting, was offered a call back.
	CallbackOfferedAt time.Time `json:"callback_offered_at,omitzero"`
	// Callback is the customer's preferred time for an accepted callback.
	Callback string `json:"callback,omitempty"`
	// Position is the place in the queue the customer was last told, so an
	// update is sent once, whichever instance notices the change.
	Position int `json:"position,omitempty"`
}

// Handoff states.
const (
	HandoffQueued    = "queued"
	HandoffConnected = "connected"
	HandoffCallback  = "callback"
	HandoffReturned  = "returned"
	HandoffResolved  = "resolved"
)

// HandoffStatusEnded is the handoff frame's status once the agent resolved
// the conversation (PROTOCOL.md's wire word for the resolved state).
const HandoffStatusEnded = "ended"

// Clone returns a copy with its times in UTC, as adapters hand records back; nil stays nil.
func (h *Handoff) Clone() *Handoff {
	if h == nil {
		return nil
	}
	c := *h
	for _, t := range []*time.Time{&c.QueuedAt, &c.ConnectedAt, &c.EndedAt, &c.CallbackOfferedAt} {
		if !t.IsZero() {
			*t = t.UTC()
		}
	}
	return &c
}

// Active reports whether a person owns the conversation's turns: it waits
// for a seat or one holds it. The bot keeps quiet only while connected.
func (h *Handoff) Active() bool {
	return h.Is(HandoffQueued) || h.Is(HandoffConnected)
}

// Is reports whether the handoff is in state; a conversation never handed off is in none.
func (h *Handoff) Is(state string) bool { return h != nil && h.State == state }

// NoteSentiment aggregates the customer's messages: lowest and last score.
type NoteSentiment struct {
	Label     string  `json:"label"`
	MinScore  float64 `json:"min_score"`
	LastScore float64 `json:"last_score"`
}

// CSAT is the customer's rating after the conversation ended.
type CSAT struct {
	Score   int       `json:"score"`
	Comment string    `json:"comment,omitempty"`
	At      time.Time `json:"at"`
}

// NoteQuery filters notes; empty fields do not filter.
type NoteQuery struct {
	CustomerIDs []string // nil: any customer; empty non-nil: none
	Flag        string
	Since       time.Time
	Limit       int
}
