package redis

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.Bus = (*Bus)(nil)

// DefaultBuffer is how many frames a subscriber may fall behind before it loses some.
const DefaultBuffer = 64

// Bus fans frames out to the subscribers of a conversation on every instance
// sharing the Redis (and key prefix): Publish PUBLISHes the frame as JSON to
// <prefix>conv:<conversation id>, and each Client's single pub/sub connection
// delivers it to that instance's subscribers.
//
// As with memory.Bus, neither Publish nor the pub/sub reader ever waits for a
// subscriber: each has a bounded buffer and one that lets it fill up loses the
// frames that do not fit. Frames are also lost while the pub/sub connection is
// down. Both are allowed by dialog.Bus's best-effort contract: stored frames
// carry seqs and followers fill gaps from the Store with FramesAfter.
// Otherwise the frames one Publish caller sends after Subscribe returned
// arrive in the order it sent them.
type Bus struct {
	c      *Client
	buffer int
}

// NewBus returns a bus over c whose subscribers buffer up to buffer frames
// (DefaultBuffer when buffer <= 0).
func NewBus(c *Client, buffer int) *Bus {
	if buffer <= 0 {
		buffer = DefaultBuffer
	}
	return &Bus{c: c, buffer: buffer}
}

func (b *Bus) channel(conversationID string) string { return b.c.key("conv:" + conversationID) }

// Publish sends f to every subscriber of its conversation, on any instance.
func (b *Bus) Publish(ctx context.Context, f dialog.Frame) error {
	if f.ConversationID == "" {
		return fmt.Errorf("publish %s frame: no conversation id: %w", f.Type, dialog.ErrInvalid)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("publish to %s: %w", f.ConversationID, err)
	}
	payload, err := encodeFrame(f)
	if err != nil {
		return fmt.Errorf("publish to %s: %w", f.ConversationID, err)
	}
	if err := b.c.rdb.Publish(ctx, b.channel(f.ConversationID), payload).Err(); err != nil {
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return fmt.Errorf("publish to %s: redis: %w", f.ConversationID, err)
	}
	return nil
}

// Subscribe follows a conversation until ctx ends, Close is called or the
// Client closes. It returns once Redis has confirmed the subscription.
func (b *Bus) Subscribe(ctx context.Context, conversationID string) (dialog.Subscription, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("subscribe to %s: %w", conversationID, err)
	}
	s := &subscription{b: b, channel: b.channel(conversationID), ch: make(chan dialog.Frame, b.buffer)}
	s.hd = &handler{deliver: s.deliver, closed: s.Close}
	if err := b.c.hub.listen(ctx, s.channel, s.hd); err != nil {
		s.Close()
		return nil, fmt.Errorf("subscribe to %s: %w", conversationID, err)
	}
	stop := context.AfterFunc(ctx, s.Close)
	s.mu.Lock()
	s.stop = stop
	s.mu.Unlock()
	return s, nil
}

type subscription struct {
	b       *Bus
	channel string
	ch      chan dialog.Frame
	hd      *handler
	once    sync.Once

	mu   sync.Mutex
	stop func() bool // the ctx AfterFunc's
}

func (s *subscription) C() <-chan dialog.Frame { return s.ch }

// deliver runs on the hub's reader: it never blocks.
func (s *subscription) deliver(payload string) {
	f, err := decodeFrame([]byte(payload))
	if err != nil {
		s.b.c.log.Error("redis bus: undecodable frame dropped", "channel", s.channel, "err", err)
		return
	}
	select {
	case s.ch <- f:
	default: // full: this follower catches up from the Store
	}
}

// Close unsubscribes and closes C; it is safe to call more than once.
func (s *subscription) Close() {
	s.once.Do(func() {
		s.mu.Lock()
		stop := s.stop
		s.mu.Unlock()
		if stop != nil {
			stop()
		}
		s.b.c.hub.unlisten(s.channel, s.hd) // deliver is not running nor called again
		close(s.ch)
	})
}

// wireFrame is dialog.Frame on the wire. dialog.Frame has no JSON tags on
// purpose (its JSON is the protocol's business), so the bus spells out its own;
// omitzero keeps nil and empty slices apart. A field added to dialog.Frame must
// be added here (TestFrameRoundTrip fails until it is).
type wireFrame struct {
	Type           string              `json:"type"`
	ConversationID string              `json:"conversation_id"`
	Seq            int64               `json:"seq,omitzero"`
	ReplyTo        string              `json:"reply_to,omitzero"`
	At             time.Time           `json:"at,omitzero"`
	From           string              `json:"from,omitzero"`
	Text           string              `json:"text,omitzero"`
	Intent         string              `json:"intent,omitzero"`
	Cards          []dialog.Card       `json:"cards,omitzero"` // raw JSON objects
	QuickReplies   []dialog.QuickReply `json:"quick_replies,omitzero"`
	Delta          string              `json:"delta,omitzero"`
	HandoffStatus  string              `json:"handoff_status,omitzero"`
	Position       int                 `json:"position,omitzero"`
	ETASeconds     int                 `json:"eta_seconds,omitzero"`
	AgentName      string              `json:"agent_name,omitzero"`
	NoteID         string              `json:"note_id,omitzero"`
	Sentiment      *dialog.Sentiment   `json:"sentiment,omitzero"`
	Flags          []dialog.Flag       `json:"flags,omitzero"`
}

func encodeFrame(f dialog.Frame) ([]byte, error) {
	w := wireFrame{
		Type: f.Type, ConversationID: f.ConversationID, Seq: f.Seq, ReplyTo: f.ReplyTo, At: f.At,
		From: f.From, Text: f.Text, Intent: f.Intent, Cards: f.Cards, QuickReplies: f.QuickReplies, Delta: f.Delta,
		HandoffStatus: f.HandoffStatus, Position: f.Position, ETASeconds: f.ETASeconds, AgentName: f.AgentName,
		NoteID: f.NoteID, Sentiment: f.Sentiment, Flags: f.Flags,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, fmt.Errorf("encode %s frame: %w", f.Type, err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// decodeFrame returns a frame sharing nothing with other decodes; At is UTC
// (as the stores return it).
func decodeFrame(b []byte) (dialog.Frame, error) {
	var w wireFrame
	if err := json.Unmarshal(b, &w); err != nil {
		return dialog.Frame{}, fmt.Errorf("decode frame: %w", err)
	}
	if !w.At.IsZero() {
		w.At = w.At.UTC()
	}
	return dialog.Frame{
		Type: w.Type, ConversationID: w.ConversationID, Seq: w.Seq, ReplyTo: w.ReplyTo, At: w.At,
		From: w.From, Text: w.Text, Intent: w.Intent, Cards: w.Cards, QuickReplies: w.QuickReplies, Delta: w.Delta,
		HandoffStatus: w.HandoffStatus, Position: w.Position, ETASeconds: w.ETASeconds, AgentName: w.AgentName,
		NoteID: w.NoteID, Sentiment: w.Sentiment, Flags: w.Flags,
	}, nil
}
