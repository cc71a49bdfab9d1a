package copilot

import "encoding/json"

// stateVersion is bumped when the state's meaning changes; older states are dropped.
const stateVersion = 1

// maxListed bounds the alert ids kept for "确认第N条".
const maxListed = 50

// state is the copilot's memory between turns, kept as JSON in
// dialog.Conversation.State.
type state struct {
	V    int    `json:"v"`
	Lang string `json:"lang,omitempty"` // the script replies are written in
	// Alerts are the ids of the last alert list shown, in its order: "确认第2条"
	// acknowledges Alerts[1].
	Alerts []string `json:"alerts,omitempty"`
	// Customer is the customer last talked about, for "给他写一条还款提醒".
	Customer string `json:"customer,omitempty"`
}

// loadState reads a stored state; anything unreadable or of another version
// starts afresh.
func loadState(b []byte) state {
	var s state
	if len(b) == 0 || json.Unmarshal(b, &s) != nil || s.V != stateVersion {
		return state{V: stateVersion}
	}
	if len(s.Alerts) > maxListed {
		s.Alerts = s.Alerts[:maxListed]
	}
	return s
}

func (s state) encode() []byte {
	s.V = stateVersion
	b, _ := json.Marshal(s) // strings and a slice of strings: cannot fail
	return b
}
