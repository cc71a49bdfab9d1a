package web

import (
	"context"
	"errors"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// Agent frame error codes.
const (
	codeTaken     = "taken"      // the conversation is held by another seat or no longer waits
	codeSeatFull  = "seat_full"  // the seat holds as many conversations as its capacity
	codeNotJoined = "not_joined" // an agent frame before the seat joined the desk
)

// inJoin is the worker's own frame: an agent socket takes its seat.
const inJoin = "_join"

// seatConn is an agent socket's desk state, owned by the worker.
type seatConn struct {
	watch *dialog.SeatWatch
	held  map[string]*following // conversations followed for this seat
}

// Server frames for seats (PROTOCOL.md, Agent).

type queueFrame struct {
	Type  string      `json:"type"`
	Items []queueItem `json:"items"`
}

type queueItem struct {
	ConversationID   string        `json:"conversation_id"`
	CustomerID       string        `json:"customer_id"`
	CustomerName     string        `json:"customer_name"`
	Reason           string        `json:"reason"`
	WaitingSeconds   int           `json:"waiting_seconds"`
	Priority         string        `json:"priority"`
	Flags            []dialog.Flag `json:"flags"`
	Skill            string        `json:"skill"`
	Position         int           `json:"position"`
	QueuedAt         time.Time     `json:"queued_at"`
	SuggestedAgentID string        `json:"suggested_agent_id,omitempty"`
}

type assignedFrame struct {
	Type           string          `json:"type"`
	ConversationID string          `json:"conversation_id"`
	ReplyTo        string          `json:"reply_to,omitempty"`
	Context        assignedContext `json:"context"`
}

// assignedContext is everything a seat needs to take over without asking again.
type assignedContext struct {
	Summary    string           `json:"summary"`
	Customer   *customerProfile `json:"customer"`
	Loans      []book.Loan      `json:"loans"`
	Transcript []transcriptRow  `json:"transcript"`
	Flags      []dialog.Flag    `json:"flags"`
	Cards      []dialog.Card    `json:"cards"`
	Intents    []string         `json:"intents"`
	Channel    string           `json:"channel"`
	Lang       string           `json:"lang"`
	Handoff    *dialog.Handoff  `json:"handoff"`
	Seq        int64            `json:"seq"` // the newest frame; live frames follow it
}

// seatFor is the agent's seat as the book describes it.
func (c *conn) seatFor(ctx context.Context) dialog.Seat {
	seat := dialog.Seat{ID: c.p.Subject, Name: c.p.Name, Skills: []string{dialog.SkillGeneral}}
	st, err := c.s.d.Book.Staff(ctx, c.p.Subject)
	switch {
	case err == nil:
		seat.Name = st.Name
		if len(st.Skills) > 0 {
			seat.Skills = st.Skills
		}
	case !errors.Is(err, dialog.ErrNotFound):
		c.s.log.Warn("load staff for seat", "agent_id", c.p.Subject, "err", err)
	}
	return seat
}

// handleAgent runs one agent frame on the worker.
func (c *conn) handleAgent(ctx context.Context, f clientFrame) {
	if f.Type == inJoin || f.Type == inHello {
		c.join(ctx, f.ID)
		return
	}
	if c.seat == nil {
		c.sendError(codeNotJoined, "send hello first", f.ID)
		return
	}
	e := c.s.d.Engine
	var err error
	switch f.Type {
	case inStatus:
		err = e.SetSeatStatus(c.p, f.State)
	case inClaim:
		if err = e.Claim(ctx, c.p, f.ConversationID); err == nil {
			c.take(ctx, f.ConversationID, f.ID)
		}
	case inMessage:
		if f.ConversationID == "" {
			c.sendError("invalid_conversation_id", "conversation_id is required", f.ID)
			return
		}
		var replayed []dialog.Frame
		replayed, err = e.AgentPost(ctx, c.p, f.ConversationID, dialog.Inbound{ID: f.ID, Text: f.Text})
		for _, fr := range replayed {
			c.sendAgentFrame(fr)
		}
	case inResolve:
		err = e.Resolve(ctx, c.p, f.ConversationID, f.Outcome, f.Note)
	case inReturnToBot:
		err = e.ReturnToBot(ctx, c.p, f.ConversationID)
	}
	if err != nil {
		c.agentError(err, f.ID)
	}
}

// join takes the seat: the queue starts flowing and every conversation the
// agent already holds (a reconnect) comes back as assigned.
func (c *conn) join(ctx context.Context, replyTo string) {
	if c.seat != nil {
		return
	}
	w, err := c.s.d.Engine.JoinDesk(c.p, c.seatFor(ctx))
	if err != nil {
		c.agentError(err, replyTo)
		return
	}
	c.seat = &seatConn{watch: w, held: map[string]*following{}}
	go c.forwardQueue(w)
	held, err := c.s.d.Engine.Held(ctx, c.p)
	if err != nil {
		c.agentError(err, replyTo)
		return
	}
	for _, id := range held {
		c.take(ctx, id, "")
	}
}

// leaveDesk is the worker's last act for an agent socket.
func (c *conn) leaveDesk() {
	if c.seat == nil {
		return
	}
	c.seat.watch.Leave()
	for _, fl := range c.seat.held {
		fl.retired.Store(true)
		fl.sess.Close()
	}
}

// forwardQueue sends the seat's queue view whenever it changes.
func (c *conn) forwardQueue(w *dialog.SeatWatch) {
	names := map[string]string{}
	for {
		select {
		case <-c.ctx.Done():
			return
		case items := <-w.C():
			now := c.s.cfg.Now()
			out := queueFrame{Type: "queue", Items: make([]queueItem, 0, len(items))}
			for _, it := range items {
				name, ok := names[it.CustomerID]
				if !ok {
					if cu, err := c.s.d.Book.Customer(c.ctx, it.CustomerID); err == nil {
						name = cu.Name
					}
					names[it.CustomerID] = name
				}
				out.Items = append(out.Items, queueItem{
					ConversationID: it.ConversationID, CustomerID: it.CustomerID, CustomerName: name,
					Reason: it.Reason, WaitingSeconds: max(0, int(now.Sub(it.QueuedAt)/time.Second)),
					Priority: it.Priority, Flags: it.Flags, Skill: it.Skill, Position: it.Position,
					QueuedAt: it.QueuedAt, SuggestedAgentID: it.SuggestedAgentID,
				})
			}
			c.enqueueJSON(out, "queue")
		}
	}
}

// take sends a held conversation's context and follows it from there.
func (c *conn) take(ctx context.Context, conversationID, replyTo string) {
	sc, sess, err := c.s.d.Engine.Take(c.ctx, c.p, conversationID)
	if err != nil {
		c.agentError(err, replyTo)
		return
	}
	conv := sc.Conversation
	ac := assignedContext{
		Summary: sc.Summary, Loans: []book.Loan{}, Transcript: make([]transcriptRow, 0, len(sc.Transcript)),
		Flags: sc.Flags, Cards: sc.Cards, Intents: sc.Intents, Channel: conv.Channel, Lang: conv.Lang,
		Handoff: conv.Handoff, Seq: conv.LastSeq,
	}
	for _, e := range sc.Transcript {
		ac.Transcript = append(ac.Transcript, transcriptRow{Seq: e.Seq, From: e.From, AgentName: e.AgentName, Text: e.Text, At: e.At,
			Intent: e.Intent, Cards: e.Cards, Sentiment: e.Sentiment, Flags: e.Flags})
	}
	if cu, err := c.s.d.Book.Customer(ctx, conv.CustomerID); err == nil {
		prof, loans, err := c.s.profile(ctx, cu)
		if err != nil {
			c.s.log.Error("seat context: customer profile", "conversation_id", conv.ID, "err", err)
		} else {
			ac.Customer, ac.Loans = &prof, loans
		}
	}
	if old := c.seat.held[conv.ID]; old != nil {
		old.retired.Store(true)
		old.sess.Close()
	}
	fl := &following{sess: sess}
	c.seat.held[conv.ID] = fl
	c.enqueueJSON(assignedFrame{Type: "assigned", ConversationID: conv.ID, ReplyTo: replyTo, Context: ac}, "assigned")
	go c.forwardHeld(fl)
}

// forwardHeld copies a held conversation's frames to the seat until it
// ends (resolved or not: the seat gets the ended frame and its note id) or
// is returned to the bot.
func (c *conn) forwardHeld(fl *following) {
	defer fl.sess.Close()
	for f := range fl.sess.Frames() {
		c.sendAgentFrame(f)
		if f.Type == dialog.FrameEnded || (f.Type == dialog.FrameHandoff && f.HandoffStatus == dialog.HandoffReturned) {
			fl.retired.Store(true)
			return
		}
	}
}

// sendAgentFrame encodes a frame for a seat: the agent's own client ids are
// given back as they sent them.
func (c *conn) sendAgentFrame(f dialog.Frame) {
	if id, ok := dialog.ReplyToAgentID(c.p.Subject, f.ReplyTo); ok {
		f.ReplyTo = id
	}
	c.sendFrame(f)
}

// agentError maps a desk error to an error frame.
func (c *conn) agentError(err error, replyTo string) {
	switch {
	case errors.Is(err, dialog.ErrTaken):
		c.sendError(codeTaken, "this conversation is not waiting for you", replyTo)
	case errors.Is(err, dialog.ErrSeatFull):
		c.sendError(codeSeatFull, "resolve a conversation before claiming another", replyTo)
	case errors.Is(err, dialog.ErrInvalid):
		c.sendError(codeInvalidFrame, err.Error(), replyTo)
	default:
		c.engineError(err, replyTo, "seat")
	}
}
