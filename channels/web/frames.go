package web

import (
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/loandesk/loandesk/dialog"
)

// Client frame types (PROTOCOL.md). The agent frames are recognised so a
// borrower sending them is refused with forbidden rather than unknown_type.
const (
	inHello       = "hello"
	inMessage     = "message"
	inAction      = "action"
	inEnd         = "end"
	inRate        = "rate"
	inPing        = "ping"
	inStatus      = "status"
	inClaim       = "claim"
	inResolve     = "resolve"
	inReturnToBot = "return_to_bot"
)

// Limits on client frame fields.
const (
	maxTextRunes    = 2000
	maxIDBytes      = 128
	maxActionRunes  = 200
	maxCommentRunes = 2000
	maxTokenBytes   = 8192
)

// Frame error codes (error frames; the connection stays open).
const (
	codeInvalidFrame = "invalid_frame"
	codeUnknownType  = "unknown_type"
	codeInvalidID    = "invalid_id"
	codeInvalidText  = "invalid_text"
	codeInvalidScore = "invalid_score"
)

// clientFrame is a decoded, validated client frame. Unknown fields are ignored.
type clientFrame struct {
	Type           string
	ID             string
	Token          string
	ConversationID string
	LastSeq        int64
	Locale         string
	Text           string
	Action         string
	Score          int
	Comment        string
	CustomerID     string
	State          string
	Outcome        string
	Note           string
}

// frameError is a refused client frame: the error frame to send back.
type frameError struct {
	Code    string
	Message string
	ReplyTo string
}

func (e *frameError) Error() string { return e.Code + ": " + e.Message }

// decodeFrame parses and validates one client frame. A frame that is not a
// JSON object of valid UTF-8 is invalid_frame; an unknown type is
// unknown_type; a bad field is invalid_<field>. ReplyTo carries the frame's id
// whenever it had a usable one.
func decodeFrame(b []byte) (clientFrame, *frameError) {
	if !utf8.Valid(b) {
		return clientFrame{}, &frameError{Code: codeInvalidFrame, Message: "frames must be UTF-8 JSON objects"}
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil || obj == nil {
		return clientFrame{}, &frameError{Code: codeInvalidFrame, Message: "frames must be JSON objects"}
	}
	var f clientFrame
	str := func(name string, dst *string) bool {
		raw, ok := obj[name]
		if !ok || string(raw) == "null" {
			return true
		}
		return json.Unmarshal(raw, dst) == nil
	}
	if !str("type", &f.Type) || f.Type == "" {
		return f, &frameError{Code: codeInvalidFrame, Message: "type must be a non-empty string"}
	}
	// The id is read first so every later error can carry reply_to.
	idOK := str("id", &f.ID)
	if !idOK || len(f.ID) > maxIDBytes || !printable(f.ID) {
		f.ID = ""
		idOK = false
	}
	fail := func(code, msg string) (clientFrame, *frameError) {
		return f, &frameError{Code: code, Message: msg, ReplyTo: f.ID}
	}
	if !idOK {
		if _, present := obj["id"]; present {
			return fail(codeInvalidID, "id must be a string of 1 to 128 printable characters")
		}
	}
	strField := func(name string, dst *string, maxRunes int) *frameError {
		if !str(name, dst) || utf8.RuneCountInString(*dst) > maxRunes {
			_, e := fail("invalid_"+name, name+" must be a string of at most "+itoa(maxRunes)+" characters")
			return e
		}
		return nil
	}
	needID := func() *frameError {
		if f.ID == "" {
			_, e := fail(codeInvalidID, "id is required")
			return e
		}
		return nil
	}
	needConv := func() *frameError {
		if e := strField("conversation_id", &f.ConversationID, maxIDBytes); e != nil {
			return e
		}
		if f.ConversationID == "" {
			_, e := fail("invalid_conversation_id", "conversation_id is required")
			return e
		}
		return nil
	}
	switch f.Type {
	case inHello:
		if e := firstFrameErr(
			strField("token", &f.Token, maxTokenBytes),
			strField("conversation_id", &f.ConversationID, maxIDBytes),
			strField("locale", &f.Locale, 35),
		); e != nil {
			return f, e
		}
		if raw, ok := obj["last_seq"]; ok && string(raw) != "null" {
			if json.Unmarshal(raw, &f.LastSeq) != nil || f.LastSeq < 0 {
				return fail("invalid_last_seq", "last_seq must be a whole number ≥ 0")
			}
		}
	case inMessage:
		if e := firstFrameErr(needID(), strField("text", &f.Text, maxTextRunes),
			strField("customer_id", &f.CustomerID, maxIDBytes),
			strField("conversation_id", &f.ConversationID, maxIDBytes)); e != nil {
			if e.Code == "invalid_text" {
				e.Message = "text must be 1 to 2000 characters"
			}
			return f, e
		}
		f.Text = strings.TrimSpace(f.Text)
		if f.Text == "" {
			return fail(codeInvalidText, "text must be 1 to 2000 characters")
		}
	case inAction:
		if e := firstFrameErr(needID(), strField("action", &f.Action, maxActionRunes)); e != nil {
			return f, e
		}
		if f.Action = strings.TrimSpace(f.Action); f.Action == "" {
			return fail("invalid_action", "action is required")
		}
	case inRate:
		raw, ok := obj["score"]
		if !ok || json.Unmarshal(raw, &f.Score) != nil || f.Score < 1 || f.Score > 5 {
			return fail(codeInvalidScore, "score must be a whole number from 1 to 5")
		}
		if e := strField("comment", &f.Comment, maxCommentRunes); e != nil {
			return f, e
		}
	case inStatus:
		if !str("state", &f.State) || (f.State != "available" && f.State != "away") {
			return fail("invalid_state", "state must be available or away")
		}
	case inClaim, inReturnToBot:
		if e := needConv(); e != nil {
			return f, e
		}
	case inResolve:
		if e := firstFrameErr(needConv(), strField("outcome", &f.Outcome, 64), strField("note", &f.Note, maxCommentRunes)); e != nil {
			return f, e
		}
		if f.Outcome = strings.TrimSpace(f.Outcome); f.Outcome == "" {
			return fail("invalid_outcome", "outcome is required: 1 to 64 characters")
		}
	case inEnd, inPing:
	default:
		return fail(codeUnknownType, "unknown frame type")
	}
	return f, nil
}

func firstFrameErr(errs ...*frameError) *frameError {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func printable(s string) bool {
	for _, c := range s {
		if c < ' ' || c == 0x7f {
			return false
		}
	}
	return true
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// Server frames. dialog.Frame has no JSON tags on purpose: each type is
// encoded here, field by field, exactly as PROTOCOL.md names them.

type welcomeFrame struct {
	Type           string `json:"type"`
	ConversationID string `json:"conversation_id"`
	Seq            int64  `json:"seq"`
	Resumed        bool   `json:"resumed"`
}

type replyFrame struct {
	Type           string              `json:"type"`
	Seq            int64               `json:"seq"`
	ConversationID string              `json:"conversation_id"`
	ReplyTo        string              `json:"reply_to"`
	From           string              `json:"from"`
	Text           string              `json:"text"`
	Intent         string              `json:"intent"`
	Cards          []dialog.Card       `json:"cards"`
	QuickReplies   []dialog.QuickReply `json:"quick_replies"`
	AgentName      string              `json:"agent_name,omitempty"`
	At             time.Time           `json:"at"`
}

type deltaFrame struct {
	Type           string `json:"type"`
	Seq            int64  `json:"seq"`
	ConversationID string `json:"conversation_id"`
	ReplyTo        string `json:"reply_to"`
	Delta          string `json:"delta"`
}

type typingFrame struct {
	Type           string `json:"type"`
	ConversationID string `json:"conversation_id"`
}

type handoffFrame struct {
	Type           string `json:"type"`
	Seq            int64  `json:"seq"`
	ConversationID string `json:"conversation_id"`
	Status         string `json:"status"`
	Position       int    `json:"position,omitempty"`
	ETASeconds     int    `json:"eta_seconds,omitempty"`
	AgentName      string `json:"agent_name,omitempty"`
}

// customerMessageFrame relays a customer's words to the seat; never sent to a borrower.
type customerMessageFrame struct {
	Type           string            `json:"type"`
	ConversationID string            `json:"conversation_id"`
	Seq            int64             `json:"seq"`
	ID             string            `json:"id,omitempty"` // the customer's client id
	Text           string            `json:"text"`
	At             time.Time         `json:"at"`
	Sentiment      *dialog.Sentiment `json:"sentiment"`
	Flags          []dialog.Flag     `json:"flags"`
}

type endedFrame struct {
	Type           string `json:"type"`
	Seq            int64  `json:"seq"`
	ConversationID string `json:"conversation_id"`
	NoteID         string `json:"note_id"`
}

type errorFrame struct {
	Type    string `json:"type"`
	Code    string `json:"code"`
	Message string `json:"message"`
	ReplyTo string `json:"reply_to,omitempty"`
}

// otherFrame carries a core frame type this package does not know yet.
type otherFrame struct {
	Type           string `json:"type"`
	Seq            int64  `json:"seq,omitempty"`
	ConversationID string `json:"conversation_id,omitempty"`
	ReplyTo        string `json:"reply_to,omitempty"`
	Text           string `json:"text,omitempty"`
}

// wireFrame maps a core frame to its wire struct.
func wireFrame(f dialog.Frame) any {
	switch f.Type {
	case dialog.FrameReply:
		cards := f.Cards
		if cards == nil {
			cards = []dialog.Card{}
		}
		qr := f.QuickReplies
		if qr == nil {
			qr = []dialog.QuickReply{}
		}
		return replyFrame{f.Type, f.Seq, f.ConversationID, f.ReplyTo, f.From, f.Text, f.Intent, cards, qr, f.AgentName, f.At}
	case dialog.FrameReplyDelta:
		return deltaFrame{f.Type, f.Seq, f.ConversationID, f.ReplyTo, f.Delta}
	case dialog.FrameTyping:
		return typingFrame{f.Type, f.ConversationID}
	case dialog.FrameHandoff:
		return handoffFrame{f.Type, f.Seq, f.ConversationID, f.HandoffStatus, f.Position, f.ETASeconds, f.AgentName}
	case dialog.FrameEnded:
		return endedFrame{f.Type, f.Seq, f.ConversationID, f.NoteID}
	case dialog.FrameCustomerMessage:
		flags := f.Flags
		if flags == nil {
			flags = []dialog.Flag{}
		}
		return customerMessageFrame{f.Type, f.ConversationID, f.Seq, f.ReplyTo, f.Text, f.At, f.Sentiment, flags}
	case dialog.FrameError:
		return errorFrame{Type: f.Type, Code: "internal", Message: f.Text, ReplyTo: f.ReplyTo}
	}
	return otherFrame{f.Type, f.Seq, f.ConversationID, f.ReplyTo, f.Text}
}
