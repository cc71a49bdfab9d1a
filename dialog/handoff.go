package dialog

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Claim errors.
var (
	// ErrTaken is a claim of a conversation another seat holds, or that no longer waits.
	ErrTaken = errors.New("taken")
	// ErrSeatFull is a claim by a seat already at its capacity.
	ErrSeatFull = errors.New("seat at capacity")
)

// FrameCustomerMessage relays a customer's message to the seat holding the
// conversation, with its sentiment and flags. It is ephemeral (the message
// itself is stored) and never reaches the customer.
const FrameCustomerMessage = "customer_message"

// Handoff reasons.
const (
	ReasonRequested         = "requested"
	ReasonHardship          = "hardship"
	ReasonComplaint         = "complaint"
	ReasonFraud             = "fraud"
	ReasonSelfHarm          = "self_harm"
	ReasonNotUnderstood     = "not_understood"
	ReasonNegativeSentiment = "negative_sentiment"
)

// flagHandoff is the handoff a message's flags call for without asking
// (DOMAIN.md §6): self-harm and fraud go to a person at once, at the top.
func flagHandoff(flags []Flag) *HandoffRequest {
	for _, f := range flags {
		if f.Code == "self_harm" || f.Severity == "critical" {
			return &HandoffRequest{Reason: ReasonSelfHarm, Skill: SkillHardship, Priority: PriorityCritical}
		}
	}
	for _, f := range flags {
		if f.Code == "fraud_risk" {
			return &HandoffRequest{Reason: ReasonFraud, Skill: SkillGeneral, Priority: PriorityCritical}
		}
	}
	return nil
}

// flagPriority is the priority a request deserves given the customer's flags.
func flagPriority(req HandoffRequest, flags []Flag) string {
	p := cmp.Or(req.Priority, PriorityNormal)
	for _, f := range flags {
		switch {
		case f.Severity == "critical":
			p = PriorityCritical
		case f.Severity == "high" && priorityRank(p) > priorityRank(PriorityHigh):
			p = PriorityHigh
		}
	}
	return p
}

// moreUrgent merges two requests: the more urgent one's reason and skill win.
func moreUrgent(a, b *HandoffRequest) *HandoffRequest {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case priorityRank(cmp.Or(b.Priority, PriorityNormal)) < priorityRank(cmp.Or(a.Priority, PriorityNormal)):
		return b
	}
	return a
}

// sustainedNegative is how many negative messages in a row call for a person.
const sustainedNegative = 3

// soured reports whether the customer's last messages were all negative.
func (e *Engine) soured(ctx context.Context, conv Conversation, msg Message) bool {
	if msg.Sentiment == nil || msg.Sentiment.Label != "negative" {
		return false
	}
	msgs, err := e.d.Store.Messages(ctx, conv.ID)
	if err != nil {
		e.log.Warn("load messages for sentiment", "conversation_id", conv.ID, "err", err)
		return false
	}
	n := 0
	for i := len(msgs) - 1; i >= 0 && n < sustainedNegative; i-- {
		m := msgs[i]
		if m.From != "customer" {
			continue
		}
		if m.Sentiment == nil || m.Sentiment.Label != "negative" {
			return false
		}
		n++
	}
	return n >= sustainedNegative
}

// queueFrame puts the conversation in the queue (or keeps it there, raising
// its priority when the new request is more urgent) and returns the handoff
// frame telling the customer where they stand. Called under the conversation's lock.
func (e *Engine) queueFrame(ctx context.Context, conv *Conversation, req HandoffRequest, flags []Flag, replyTo string, now time.Time) (Frame, error) {
	prio := flagPriority(req, flags)
	h := conv.Handoff
	switch {
	case h.Active():
		if h.State == HandoffConnected {
			return Frame{Type: FrameHandoff, ConversationID: conv.ID, ReplyTo: replyTo, At: now,
				HandoffStatus: HandoffConnected, AgentName: h.AgentName}, nil
		}
		if priorityRank(prio) < priorityRank(h.Priority) {
			h = h.Clone()
			h.Priority, h.Reason, h.Skill = prio, cmp.Or(req.Reason, h.Reason), cmp.Or(req.Skill, h.Skill)
		}
	default:
		h = &Handoff{
			Reason: cmp.Or(req.Reason, ReasonRequested), State: HandoffQueued,
			Skill: cmp.Or(req.Skill, SkillGeneral), Priority: prio, QueuedAt: now,
		}
	}
	d := e.desk
	d.mu.Lock()
	snap := d.snap
	d.mu.Unlock()
	pos := snap.position(conv.ID, h.Priority, h.QueuedAt)
	if h == conv.Handoff && h.Position != pos {
		h = h.Clone()
	}
	if h != conv.Handoff {
		h.Position = pos
		if err := e.d.Store.SaveHandoff(ctx, conv.ID, h); err != nil {
			return Frame{}, fmt.Errorf("queue %s: %w", conv.ID, err)
		}
		conv.Handoff = h
	}
	d.wake()
	e.log.Info("handoff queued", "conversation_id", conv.ID, "reason", h.Reason, "skill", h.Skill, "priority", h.Priority, "position", pos)
	return Frame{Type: FrameHandoff, ConversationID: conv.ID, ReplyTo: replyTo, At: now,
		HandoffStatus: HandoffQueued, Position: pos, ETASeconds: e.eta(snap, pos)}, nil
}

// deskLockWait bounds how long the desk loop waits for a conversation whose
// turn is running: it tries again on its next look rather than stall every
// seat's queue behind one slow turn.
const deskLockWait = 200 * time.Millisecond

// tryLock runs fn under the conversation's lock if it can be had within
// deskLockWait; otherwise it does nothing and reports no error.
func (e *Engine) tryLock(ctx context.Context, conversationID string, fn func() error) error {
	lctx, cancel := context.WithTimeout(ctx, deskLockWait)
	unlock, err := e.d.Locker.Lock(lctx, conversationID)
	cancel()
	if err != nil {
		if ctx.Err() == nil {
			return nil // busy: the next look retries
		}
		return err
	}
	defer unlock()
	return fn()
}

// tellPosition sends a waiting customer their new place in the queue.
func (e *Engine) tellPosition(ctx context.Context, conversationID string, snap deskSnapshot, pos int) {
	err := e.tryLock(ctx, conversationID, func() error {
		conv, err := e.d.Store.Conversation(ctx, conversationID)
		if err != nil || conv.Status == StatusEnded || !conv.Handoff.Is(HandoffQueued) || conv.Handoff.Position == pos {
			return err
		}
		h := conv.Handoff.Clone()
		h.Position = pos
		if err := e.d.Store.SaveHandoff(ctx, conversationID, h); err != nil {
			return err
		}
		return e.emit(ctx, conversationID, []Frame{{Type: FrameHandoff, ConversationID: conversationID, At: e.d.Clock.Now(),
			HandoffStatus: HandoffQueued, Position: pos, ETASeconds: e.eta(snap, pos)}})
	})
	if err != nil {
		e.log.Warn("tell queue position", "conversation_id", conversationID, "err", err)
	}
}

// offerCallback keeps the 30-second promise: a customer still waiting is told
// honestly where they stand and offered a call back.
func (e *Engine) offerCallback(ctx context.Context, conversationID string, snap deskSnapshot, pos int) {
	err := e.tryLock(ctx, conversationID, func() error {
		conv, err := e.d.Store.Conversation(ctx, conversationID)
		if err != nil || conv.Status == StatusEnded || !conv.Handoff.Is(HandoffQueued) || !conv.Handoff.CallbackOfferedAt.IsZero() {
			return err
		}
		now := e.d.Clock.Now()
		h := conv.Handoff.Clone()
		h.CallbackOfferedAt, h.Position = now, pos
		if err := e.d.Store.SaveHandoff(ctx, conv.ID, h); err != nil {
			return err
		}
		eta := e.eta(snap, pos)
		w := handoffWordsFor(conv.Lang)
		return e.emit(ctx, conv.ID, []Frame{
			{Type: FrameReply, ConversationID: conv.ID, At: now, From: "bot", Intent: "human_handoff",
				Text: fmt.Sprintf(w.busy, pos, max(1, (eta+59)/60)), QuickReplies: w.callbackChoices},
			{Type: FrameHandoff, ConversationID: conv.ID, At: now, HandoffStatus: HandoffQueued, Position: pos, ETASeconds: eta},
		})
	})
	if err != nil {
		e.log.Warn("offer callback", "conversation_id", conversationID, "err", err)
	}
}

// Quick-reply actions of the callback offer.
const (
	actionCallback    = "callback"
	actionKeepWaiting = "keep_waiting"
)

// callbackRe finds a customer asking to be called back, on lower-cased text.
var callbackRe = regexp.MustCompile(`回电|回拨|回電|回撥|打给我|打給我|给我打电话|給我打電話|call me|call back|callback|ring me`)

// callbackAnswer reads a waiting customer's answer to the callback offer:
// the preferred time for a callback, or keep=true to go on waiting.
func callbackAnswer(in Message) (preferred string, keep, ok bool) {
	if in.Action == actionKeepWaiting {
		return "", true, true
	}
	if t, found := strings.CutPrefix(in.Action, actionCallback+":"); found {
		return t, false, true
	}
	if callbackRe.MatchString(strings.ToLower(in.Text)) {
		return in.Text, false, true
	}
	return "", false, false
}

// acceptCallback turns a queued handoff into a callback task for the
// customer's manager (an alert of kind callback) and leaves the queue.
func (e *Engine) acceptCallback(ctx context.Context, conv Conversation, msg Message, preferred string) error {
	now := e.d.Clock.Now()
	h := conv.Handoff.Clone()
	h.State, h.Callback, h.EndedAt = HandoffCallback, clip(strings.TrimSpace(preferred), 100), now
	due := AlertDue
	if preferred == "asap" {
		due = time.Hour
	}
	sev := "medium"
	if h.Priority != PriorityNormal {
		sev = "high"
	}
	alert := Alert{
		ID: newID("al"), Kind: AlertCallback, CustomerID: conv.CustomerID, ConversationID: conv.ID,
		Seq: msg.Seq, Severity: sev, Evidence: h.Callback, Action: ActionContact,
		CreatedAt: now, DueAt: now.Add(due), Status: AlertOpen,
	}
	if _, err := e.d.Store.RaiseAlerts(ctx, []Alert{alert}); err != nil {
		return fmt.Errorf("raise callback for %s: %w", conv.ID, err)
	}
	if err := e.d.Store.SaveHandoff(ctx, conv.ID, h); err != nil {
		return fmt.Errorf("save callback %s: %w", conv.ID, err)
	}
	e.desk.wake()
	w := handoffWordsFor(conv.Lang)
	return e.emit(ctx, conv.ID, []Frame{
		{Type: FrameReply, ConversationID: conv.ID, ReplyTo: msg.ClientID, At: now, From: "bot", Intent: "human_handoff",
			Text: fmt.Sprintf(w.callbackBooked, w.when(h.Callback))},
		{Type: FrameHandoff, ConversationID: conv.ID, ReplyTo: msg.ClientID, At: now, HandoffStatus: HandoffCallback},
	})
}

// keepWaiting answers a customer who chose to go on waiting.
func (e *Engine) keepWaiting(ctx context.Context, conv Conversation, msg Message) error {
	now := e.d.Clock.Now()
	f, err := e.queueFrame(ctx, &conv, HandoffRequest{}, nil, msg.ClientID, now)
	if err != nil {
		return err
	}
	w := handoffWordsFor(conv.Lang)
	return e.emit(ctx, conv.ID, []Frame{
		{Type: FrameReply, ConversationID: conv.ID, ReplyTo: msg.ClientID, At: now, From: "bot", Intent: "human_handoff",
			Text: fmt.Sprintf(w.stillWaiting, f.Position)},
		f,
	})
}

// relay hands a customer's message to the seat holding the conversation.
func (e *Engine) relay(ctx context.Context, conv Conversation, msg Message) {
	f := Frame{Type: FrameCustomerMessage, ConversationID: conv.ID, Seq: msg.Seq, ReplyTo: msg.ClientID, At: msg.At,
		From: "customer", Text: msg.Text, Sentiment: msg.Sentiment, Flags: msg.Flags}
	if err := e.d.Bus.Publish(ctx, f); err != nil {
		// The seat reloads the transcript when it reconnects.
		e.log.Warn("relay to seat", "conversation_id", conv.ID, "err", err)
	}
}

// SeatContext is what a seat gets on claiming a conversation: everything so
// far, so the agent never asks the customer to repeat themselves.
type SeatContext struct {
	Conversation Conversation
	Summary      string
	Transcript   []TranscriptEntry
	Flags        []Flag
	Cards        []Card
	Intents      []string
}

// Claim gives a queued conversation to the agent: it must be shown to them
// (their skill, or no free seat has it) and they must have room. Claiming
// one's own conversation again succeeds. Take then streams it to the seat.
func (e *Engine) Claim(ctx context.Context, p Principal, conversationID string) error {
	if p.Role != RoleAgent {
		return ErrForbidden
	}
	defer e.desk.claimLock(p.Subject)()
	snap, err := e.computeDesk(ctx)
	if err != nil {
		return fmt.Errorf("compute queue: %w", err)
	}
	switch holder, waiting := snap.held[conversationID], snap.conns[conversationID]; {
	case holder == p.Subject:
		return nil
	case waiting.ID == "":
		return ErrForbidden // not queued for anyone: ended, a callback, or never handed off
	case holder != "":
		return ErrTaken
	}
	seat, joined := snap.seats[p.Subject]
	if !joined || !snap.visibleTo(p.Subject, conversationID) {
		return ErrForbidden
	}
	if snap.load[p.Subject] >= cmp.Or(seat.Capacity, e.cfg.SeatCapacity) {
		return ErrSeatFull
	}
	err = e.withLock(ctx, conversationID, func() error {
		conv, err := e.d.Store.Conversation(ctx, conversationID)
		if err != nil {
			return err
		}
		if conv.Status == StatusEnded || !conv.Handoff.Is(HandoffQueued) {
			return ErrTaken
		}
		now := e.d.Clock.Now()
		h := conv.Handoff.Clone()
		h.State, h.AgentID, h.AgentName, h.ConnectedAt = HandoffConnected, p.Subject, cmp.Or(seat.Name, p.Name), now
		if err := e.d.Store.SaveHandoff(ctx, conv.ID, h); err != nil {
			return err
		}
		e.log.Info("handoff connected", "conversation_id", conv.ID, "agent_id", p.Subject, "waited", now.Sub(h.QueuedAt))
		return e.emit(ctx, conv.ID, []Frame{{Type: FrameHandoff, ConversationID: conv.ID, At: now,
			HandoffStatus: HandoffConnected, AgentName: h.AgentName}})
	})
	e.desk.wake()
	if err != nil {
		return fmt.Errorf("claim %s: %w", conversationID, err)
	}
	return nil
}

// Take opens a held conversation for its seat: the context so far and a
// session streaming what follows. Both are read under the conversation's
// lock, so no customer message falls between them.
func (e *Engine) Take(ctx context.Context, p Principal, conversationID string) (SeatContext, *Session, error) {
	var (
		sc   SeatContext
		sess *Session
	)
	err := e.withLock(ctx, conversationID, func() error {
		conv, err := e.holding(ctx, p, conversationID)
		if err != nil {
			return err
		}
		if sess, err = e.attach(ctx, conv, true, conv.LastSeq); err != nil {
			return err
		}
		if sc, err = e.seatContext(ctx, conv); err != nil {
			sess.Close()
		}
		return err
	})
	return sc, sess, err
}

// seatContext builds a held conversation's context from the store.
func (e *Engine) seatContext(ctx context.Context, conv Conversation) (SeatContext, error) {
	conversationID := conv.ID
	msgs, err := e.d.Store.Messages(ctx, conversationID)
	if err != nil {
		return SeatContext{}, fmt.Errorf("load messages %s: %w", conversationID, err)
	}
	frames, err := e.d.Store.FramesAfter(ctx, conversationID, 0)
	if err != nil {
		return SeatContext{}, fmt.Errorf("load frames %s: %w", conversationID, err)
	}
	t := transcript(msgs, frames)
	so := buildNote(conv, msgs, frames, "", e.d.Clock.Now())
	return SeatContext{
		Conversation: conv, Summary: e.d.Summarizer.Summarize(ctx, so, t),
		Transcript: t, Flags: so.Flags, Cards: so.Cards, Intents: so.Intents,
	}, nil
}

// Held lists the conversations the agent holds, for a seat that reconnects.
func (e *Engine) Held(ctx context.Context, p Principal) ([]string, error) {
	if p.Role != RoleAgent {
		return nil, ErrForbidden
	}
	convs, err := e.d.Store.Handoffs(ctx)
	if err != nil {
		return nil, fmt.Errorf("active handoffs: %w", err)
	}
	var out []string
	for _, c := range convs {
		if c.Handoff.State == HandoffConnected && c.Handoff.AgentID == p.Subject {
			out = append(out, c.ID)
		}
	}
	return out, nil
}

// AgentMaySee reports whether an agent may read a customer's data: one of
// the customer's conversations is queued for the agent or held by them.
func (e *Engine) AgentMaySee(ctx context.Context, p Principal, customerID, conversationID string) (bool, error) {
	if p.Role != RoleAgent {
		return false, nil
	}
	snap, err := e.computeDesk(ctx)
	if err != nil {
		return false, fmt.Errorf("compute queue: %w", err)
	}
	for id, c := range snap.conns {
		if (customerID != "" && c.CustomerID != customerID) || (conversationID != "" && id != conversationID) {
			continue
		}
		if snap.held[id] == p.Subject || (snap.held[id] == "" && snap.visibleTo(p.Subject, id)) {
			return true, nil
		}
	}
	return false, nil
}

// holding loads a conversation the agent holds, or fails with ErrForbidden.
func (e *Engine) holding(ctx context.Context, p Principal, conversationID string) (Conversation, error) {
	conv, err := e.d.Store.Conversation(ctx, conversationID)
	if errors.Is(err, ErrNotFound) {
		return Conversation{}, ErrForbidden // not probeable
	}
	if err != nil {
		return Conversation{}, fmt.Errorf("load conversation %s: %w", conversationID, err)
	}
	h := conv.Handoff
	if p.Role != RoleAgent || conv.Status == StatusEnded || !h.Is(HandoffConnected) || h.AgentID != p.Subject {
		return Conversation{}, ErrForbidden
	}
	return conv, nil
}

// agentKey makes an agent's client id its own namespace among the frames'
// reply_to values, so it never collides with the customer's ids.
func agentKey(agentID, id string) string { return "agent:" + agentID + ":" + id }

// AgentPost sends an agent's words to the customer as a reply from the agent.
// A repeated client id sends nothing new and returns the original frame.
func (e *Engine) AgentPost(ctx context.Context, p Principal, conversationID string, in Inbound) ([]Frame, error) {
	text := strings.TrimSpace(in.Text)
	if text == "" || !utf8.ValidString(text) || utf8.RuneCountInString(text) > e.cfg.MaxTextRunes {
		return nil, fmt.Errorf("%w: text must be 1 to %d characters of UTF-8", ErrInvalid, e.cfg.MaxTextRunes)
	}
	if in.ID == "" || len(in.ID) > 128 {
		return nil, fmt.Errorf("%w: id must be 1 to 128 bytes", ErrInvalid)
	}
	var replayed []Frame
	err := e.withLock(ctx, conversationID, func() error {
		conv, err := e.holding(ctx, p, conversationID)
		if err != nil {
			return err
		}
		key := agentKey(p.Subject, in.ID)
		if replayed, err = e.d.Store.FramesReplyingTo(ctx, conv.ID, key); err != nil || len(replayed) > 0 {
			return err
		}
		return e.emit(ctx, conv.ID, []Frame{{Type: FrameReply, ConversationID: conv.ID, ReplyTo: key,
			At: e.d.Clock.Now(), From: "agent", Text: text, Intent: "human_handoff", AgentName: conv.Handoff.AgentName}})
	})
	return replayed, err
}

// ReplyToAgentID recovers the agent's own client id from a frame's reply_to.
func ReplyToAgentID(agentID, replyTo string) (string, bool) {
	return strings.CutPrefix(replyTo, "agent:"+agentID+":")
}

// Resolve ends an agent's conversation with an outcome and the agent's note;
// the contact note records both.
func (e *Engine) Resolve(ctx context.Context, p Principal, conversationID, outcome, agentNote string) error {
	outcome, agentNote = strings.TrimSpace(outcome), strings.TrimSpace(agentNote)
	if outcome == "" || utf8.RuneCountInString(outcome) > 64 || !utf8.ValidString(outcome) {
		return fmt.Errorf("%w: outcome must be 1 to 64 characters", ErrInvalid)
	}
	if utf8.RuneCountInString(agentNote) > e.cfg.MaxTextRunes || !utf8.ValidString(agentNote) {
		return fmt.Errorf("%w: note too long", ErrInvalid)
	}
	err := e.withLock(ctx, conversationID, func() error {
		conv, err := e.holding(ctx, p, conversationID)
		if err != nil {
			return err
		}
		now := e.d.Clock.Now()
		h := conv.Handoff.Clone()
		h.State, h.Outcome, h.AgentNote, h.EndedAt = HandoffResolved, outcome, agentNote, now
		if err := e.d.Store.SaveHandoff(ctx, conv.ID, h); err != nil {
			return err
		}
		conv.Handoff = h
		if err := e.emit(ctx, conv.ID, []Frame{{Type: FrameHandoff, ConversationID: conv.ID, At: now,
			HandoffStatus: HandoffStatusEnded, AgentName: h.AgentName}}); err != nil {
			return err
		}
		_, err = e.finish(ctx, conv, "resolved")
		return err
	})
	e.desk.wake()
	return err
}

// ReturnToBot hands a held conversation back to the assistant.
func (e *Engine) ReturnToBot(ctx context.Context, p Principal, conversationID string) error {
	err := e.withLock(ctx, conversationID, func() error {
		conv, err := e.holding(ctx, p, conversationID)
		if err != nil {
			return err
		}
		now := e.d.Clock.Now()
		h := conv.Handoff.Clone()
		h.State, h.Outcome, h.EndedAt = HandoffReturned, cmp.Or(h.Outcome, "returned_to_bot"), now
		if err := e.d.Store.SaveHandoff(ctx, conv.ID, h); err != nil {
			return err
		}
		w := handoffWordsFor(conv.Lang)
		return e.emit(ctx, conv.ID, []Frame{
			{Type: FrameHandoff, ConversationID: conv.ID, At: now, HandoffStatus: HandoffReturned},
			{Type: FrameReply, ConversationID: conv.ID, At: now, From: "bot", Intent: "human_handoff", Text: w.returned},
		})
	})
	e.desk.wake()
	return err
}

// handoffWords are the core's own sentences about the queue, in one language.
type handoffWords struct {
	busy, callbackBooked, stillWaiting, returned string
	asap, evening, tomorrow                      string
	callbackChoices                              []QuickReply
}

// when renders a preferred callback time chosen from the quick replies.
func (w handoffWords) when(pref string) string {
	switch pref {
	case "asap":
		return w.asap
	case "evening":
		return w.evening
	case "tomorrow":
		return w.tomorrow
	}
	return pref
}

func handoffWordsFor(lang string) handoffWords {
	switch lang {
	case "en":
		return handoffWords{
			busy:           "All our colleagues are still busy, sorry for the wait. You are number %d in the queue, about %d minute(s) from now. Would you like us to call you back instead?",
			callbackBooked: "Done: a colleague will call you back (%s) on the number we have for you. You can keep chatting with me in the meantime.",
			stillWaiting:   "Of course. You are number %d in the queue; I'll let you know as soon as a colleague joins.",
			returned:       "You're back with the assistant. Ask me anything, or say \"talk to a person\" at any time.",
			asap:           "as soon as possible", evening: "this evening", tomorrow: "tomorrow morning",
			callbackChoices: []QuickReply{
				{Label: "Call me back as soon as possible", Action: "callback:asap"},
				{Label: "Call me this evening", Action: "callback:evening"},
				{Label: "Call me tomorrow morning", Action: "callback:tomorrow"},
				{Label: "Keep waiting", Action: actionKeepWaiting},
			},
		}
	case "zh-Hant":
		return handoffWords{
			busy:           "抱歉久等了，目前同事都在忙。您排在第 %d 位，預計約 %d 分鐘。需要我們稍後回電給您嗎？",
			callbackBooked: "好的，同事會按您登記的電話回電（%s）。在此期間您也可以繼續問我。",
			stillWaiting:   "好的，您目前排在第 %d 位，同事一接入我會馬上通知您。",
			returned:       "您已回到智能助手，有問題可以繼續問我，隨時說「轉人工」即可再聯繫同事。",
			asap:           "盡快", evening: "今晚", tomorrow: "明天上午",
			callbackChoices: []QuickReply{
				{Label: "盡快回電", Action: "callback:asap"},
				{Label: "今晚回電", Action: "callback:evening"},
				{Label: "明天上午回電", Action: "callback:tomorrow"},
				{Label: "繼續等待", Action: actionKeepWaiting},
			},
		}
	}
	return handoffWords{
		busy:           "抱歉久等了，目前同事都在忙。您排在第 %d 位，预计约 %d 分钟。需要我们稍后回电给您吗？",
		callbackBooked: "好的，同事会按您登记的电话回电（%s）。在此期间您也可以继续问我。",
		stillWaiting:   "好的，您目前排在第 %d 位，同事一接入我会马上通知您。",
		returned:       "您已回到智能助手，有问题可以继续问我，随时说“转人工”即可再联系同事。",
		asap:           "尽快", evening: "今晚", tomorrow: "明天上午",
		callbackChoices: []QuickReply{
			{Label: "尽快回电", Action: "callback:asap"},
			{Label: "今晚回电", Action: "callback:evening"},
			{Label: "明天上午回电", Action: "callback:tomorrow"},
			{Label: "继续等待", Action: actionKeepWaiting},
		},
	}
}
