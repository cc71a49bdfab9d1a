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

// Handoff records a human seat's part in a conversation.
type Handoff struct {
	Reason      string    `json:"reason"`
	AgentID     string    `json:"agent_id,omitempty"`
	QueuedAt    time.Time `json:"queued_at"`
	ConnectedAt time.Time `json:"connected_at,omitempty"`
	Outcome     string    `json:"outcome,omitempty"`
	AgentNote   string    `json:"agent_note,omitempty"`
}

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
