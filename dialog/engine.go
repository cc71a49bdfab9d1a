package dialog

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/base32"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Config tunes the engine; zero values take the PROTOCOL.md defaults.
type Config struct {
	TurnTimeout time.Duration // the per-turn promise (30s)
	IdleTimeout time.Duration // a silent conversation ends (30m)
	// SweepInterval is how often idle conversations are looked for (IdleTimeout/4, at most 1m).
	SweepInterval time.Duration
	// FinishOpenOnStart finishes, at Start, every conversation a previous process
	// left open. Right for a single instance; several instances sharing a store
	// must leave it off and rely on the idle sweep instead.
	FinishOpenOnStart bool
	// MaxTextRunes bounds a customer message (2000).
	MaxTextRunes int
	// HandoffWait is how long a queued customer waits before the callback offer (30s).
	HandoffWait time.Duration
	// SeatCapacity is how many conversations a seat holds at once unless its Seat says (3).
	SeatCapacity int
	// AverageHandle is a seat's typical time per conversation, for queue ETAs (4m).
	AverageHandle time.Duration
	// QueueTick is how often the queue is looked at without a change (1s).
	QueueTick time.Duration
	// InstanceID names this process to the seat registry (random).
	InstanceID string
	// SeatTTL is how long a seat's presence lasts in the registry without a
	// heartbeat (15s); heartbeats go every SeatTTL/3.
	SeatTTL time.Duration
}

func (c Config) withDefaults() Config {
	c.TurnTimeout = cmp.Or(c.TurnTimeout, 30*time.Second)
	c.IdleTimeout = cmp.Or(c.IdleTimeout, 30*time.Minute)
	c.SweepInterval = cmp.Or(c.SweepInterval, min(c.IdleTimeout/4, time.Minute))
	c.MaxTextRunes = cmp.Or(c.MaxTextRunes, 2000)
	c.HandoffWait = cmp.Or(c.HandoffWait, 30*time.Second)
	c.SeatCapacity = cmp.Or(c.SeatCapacity, 3)
	c.AverageHandle = cmp.Or(c.AverageHandle, 4*time.Minute)
	c.QueueTick = cmp.Or(c.QueueTick, time.Second)
	c.InstanceID = cmp.Or(c.InstanceID, newID("i"))
	c.SeatTTL = cmp.Or(c.SeatTTL, 15*time.Second)
	return c
}

// Deps are the engine's ports. Analyzer and Summarizer are optional.
type Deps struct {
	Store      Store
	Bus        Bus
	Locker     Locker
	Clock      Clock
	Analyzer   Analyzer
	Summarizer Summarizer
	// Responders answer turns by the conversation owner's role.
	Responders map[Role]Responder
	// Seats shares seat presence between instances; nil keeps it in this process.
	Seats  SeatRegistry
	Logger *slog.Logger
}

// Engine runs conversations. It is safe for concurrent use.
type Engine struct {
	cfg  Config
	d    Deps
	log  *slog.Logger
	desk *desk
	stop chan struct{}
	wg   sync.WaitGroup
	once sync.Once
}

// NewEngine checks the dependencies; it does no I/O.
func NewEngine(cfg Config, d Deps) (*Engine, error) {
	switch {
	case d.Store == nil:
		return nil, errors.New("dialog: Deps.Store is required")
	case d.Bus == nil:
		return nil, errors.New("dialog: Deps.Bus is required")
	case d.Locker == nil:
		return nil, errors.New("dialog: Deps.Locker is required")
	}
	if d.Clock == nil {
		d.Clock = SystemClock{}
	}
	if d.Summarizer == nil {
		d.Summarizer = ExtractiveSummarizer{}
	}
	log := d.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Engine{cfg: cfg.withDefaults(), d: d, log: log, desk: newDesk(), stop: make(chan struct{})}, nil
}

// Start finishes conversations a previous process left open (when configured)
// and starts the idle sweep. Stop ends the sweep.
func (e *Engine) Start(ctx context.Context) error {
	if e.cfg.FinishOpenOnStart {
		if err := e.sweep(ctx, e.d.Clock.Now().Add(time.Nanosecond), "restart"); err != nil {
			return fmt.Errorf("finish conversations left open: %w", err)
		}
	}
	e.wg.Add(2)
	go func() {
		defer e.wg.Done()
		e.runDesk(context.WithoutCancel(ctx))
	}()
	go func() {
		defer e.wg.Done()
		t := time.NewTicker(e.cfg.SweepInterval)
		defer t.Stop()
		for {
			select {
			case <-e.stop:
				return
			case <-t.C:
				cutoff := e.d.Clock.Now().Add(-e.cfg.IdleTimeout)
				if err := e.sweep(context.WithoutCancel(ctx), cutoff, "idle"); err != nil {
					e.log.Error("idle sweep", "err", err)
				}
			}
		}
	}()
	return nil
}

// Stop ends background work; in-flight turns finish on their own contexts.
func (e *Engine) Stop() {
	e.once.Do(func() { close(e.stop) })
	e.wg.Wait()
}

// sweep finishes open conversations last active before cutoff.
func (e *Engine) sweep(ctx context.Context, cutoff time.Time, reason string) error {
	convs, err := e.d.Store.OpenConversations(ctx, cutoff)
	if err != nil {
		return err
	}
	for _, c := range convs {
		err := e.withLock(ctx, c.ID, func() error {
			cur, err := e.d.Store.Conversation(ctx, c.ID)
			if err != nil {
				return err
			}
			if cur.Status == StatusEnded || !cur.LastActive.Before(cutoff) {
				return nil // ended or spoke since it was listed
			}
			_, err = e.finish(ctx, cur, reason)
			return err
		})
		if err != nil {
			e.log.Error("finish conversation", "conversation_id", c.ID, "reason", reason, "err", err)
		}
	}
	return nil
}

// OpenRequest starts or resumes a conversation.
type OpenRequest struct {
	ConversationID string // resume this one; empty or unknown starts a new one
	LastSeq        int64  // replay stored frames with seq > LastSeq
	Channel        string // web, telegram
	Locale         string // a hint for the first reply's language
}

// Open starts or resumes a conversation and returns a session streaming its
// frames in seq order: stored frames after LastSeq first, then live ones.
func (e *Engine) Open(ctx context.Context, p Principal, req OpenRequest) (*Session, error) {
	if !p.Role.Valid() || p.Subject == "" {
		return nil, ErrForbidden
	}
	var conv Conversation
	resumed := false
	if req.ConversationID != "" {
		c, err := e.d.Store.Conversation(ctx, req.ConversationID)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			return nil, fmt.Errorf("open conversation %s: %w", req.ConversationID, err)
		case !owns(p, c):
			return nil, ErrForbidden
		default:
			conv, resumed = c, true
		}
	}
	if !resumed {
		now := e.d.Clock.Now()
		conv = Conversation{
			ID: newID("cv"), CustomerID: p.Subject, Role: p.Role,
			Channel: cmp.Or(req.Channel, "web"), Status: StatusOpen,
			Lang: localeLang(req.Locale), StartedAt: now, LastActive: now,
		}
		if err := e.d.Store.CreateConversation(ctx, conv); err != nil {
			return nil, fmt.Errorf("create conversation: %w", err)
		}
	}
	after := max(req.LastSeq, 0)
	if !resumed {
		after = 0
	}
	return e.attach(ctx, conv, resumed, after)
}

// attach subscribes before reading the store, so no frame falls between the two.
func (e *Engine) attach(ctx context.Context, conv Conversation, resumed bool, after int64) (*Session, error) {
	sctx, cancel := context.WithCancel(ctx)
	sub, err := e.d.Bus.Subscribe(sctx, conv.ID)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("subscribe %s: %w", conv.ID, err)
	}
	replay, err := e.d.Store.FramesAfter(ctx, conv.ID, after)
	if err != nil {
		sub.Close()
		cancel()
		return nil, fmt.Errorf("replay %s: %w", conv.ID, err)
	}
	if n := len(replay); n > 0 && replay[n-1].Seq > conv.LastSeq {
		conv.LastSeq = replay[n-1].Seq
	}
	s := &Session{
		Conversation: conv, Resumed: resumed,
		out: make(chan Frame, 64), cancel: cancel, store: e.d.Store,
	}
	go s.run(sctx, sub, replay, after)
	return s, nil
}

// Inbound is a customer's frame: a message or a chosen quick reply.
type Inbound struct {
	ID     string // the client's id; a repeated id is not handled twice
	Text   string
	Action string
}

// Post stores a customer message, runs its turn under the turn deadline and
// publishes the replies. For a client id seen before it runs nothing and
// returns the original replies, for the caller to send again.
func (e *Engine) Post(ctx context.Context, p Principal, conversationID string, in Inbound) (replayed []Frame, err error) {
	text := strings.TrimSpace(cmp.Or(in.Text, in.Action))
	if text == "" || !utf8.ValidString(text) || utf8.RuneCountInString(text) > e.cfg.MaxTextRunes {
		return nil, fmt.Errorf("%w: text must be 1 to %d characters of UTF-8", ErrInvalid, e.cfg.MaxTextRunes)
	}
	if len(in.ID) > 128 {
		return nil, fmt.Errorf("%w: id longer than 128 bytes", ErrInvalid)
	}
	if in.ID == "" {
		in.ID = newID("m")
	}
	err = e.withLock(ctx, conversationID, func() error {
		conv, err := e.d.Store.Conversation(ctx, conversationID)
		if err != nil {
			return fmt.Errorf("load conversation %s: %w", conversationID, err)
		}
		if !owns(p, conv) {
			return ErrForbidden
		}
		if conv.Status == StatusEnded {
			// A repeat of an answered message still gets its replies; anything
			// new belongs to a new conversation and is not stored here.
			frames, err := e.d.Store.FramesReplyingTo(ctx, conv.ID, in.ID)
			if err != nil {
				return fmt.Errorf("load replies to %s: %w", in.ID, err)
			}
			if len(frames) == 0 {
				return ErrEnded
			}
			replayed = frames
			return nil
		}
		var a Analysis
		if e.d.Analyzer != nil {
			a = e.d.Analyzer.Analyze(ctx, text)
		}
		if conv.Role != RoleBorrower {
			// A manager asking "who mentioned job loss" is not losing theirs: staff
			// threads carry no sentiment or risk flags.
			a.Sentiment, a.Flags = nil, nil
		}
		for i := range a.Flags {
			a.Flags[i].Seq = conv.LastSeq // the store stamps msg.Seq with the same value under our lock
		}
		msg := Message{
			ConversationID: conv.ID, ClientID: in.ID, From: "customer", Text: text, Action: in.Action,
			At: e.d.Clock.Now(), Lang: cmp.Or(a.Lang, conv.Lang), Sentiment: a.Sentiment, Flags: a.Flags,
		}
		stored, dup, err := e.d.Store.AddMessage(ctx, msg)
		if err != nil {
			return fmt.Errorf("store message: %w", err)
		}
		if dup {
			frames, err := e.d.Store.FramesReplyingTo(ctx, conv.ID, in.ID)
			if err != nil {
				return fmt.Errorf("load replies to %s: %w", in.ID, err)
			}
			if len(frames) > 0 {
				replayed = frames
				return nil
			}
			// Stored but never answered (a crash mid-turn): answer it now.
		}
		if len(stored.Flags) > 0 {
			// A failure here is not the customer's problem: the alert is
			// raised again when the note is written.
			if err := e.raiseAlerts(ctx, conv, []Message{stored}, nil); err != nil {
				e.log.Error("raise alerts", "conversation_id", conv.ID, "err", err)
			}
		}
		return e.turn(ctx, p, conv, stored, a)
	})
	return replayed, err
}

// turn runs the responder and stores and publishes its replies. While a
// seat holds the conversation the bot keeps quiet and the message goes to
// the seat; while it waits, an answer to the callback offer is taken here.
func (e *Engine) turn(ctx context.Context, p Principal, conv Conversation, msg Message, a Analysis) error {
	if conv.Handoff.Is(HandoffConnected) {
		e.relay(ctx, conv, msg)
		return nil
	}
	conv.Lang = cmp.Or(msg.Lang, conv.Lang)
	if h := conv.Handoff; h.Is(HandoffQueued) && !h.CallbackOfferedAt.IsZero() {
		if pref, keep, ok := callbackAnswer(msg); ok {
			if keep {
				return e.keepWaiting(ctx, conv, msg)
			}
			return e.acceptCallback(ctx, conv, msg, pref)
		}
	}
	_ = e.d.Bus.Publish(ctx, Frame{Type: FrameTyping, ConversationID: conv.ID})
	resp := e.respond(ctx, Turn{Conversation: conv, Principal: p, Message: msg, Analysis: a})

	if resp.State != nil || msg.Lang != "" {
		state := resp.State
		if state == nil {
			state = conv.State
		}
		if err := e.d.Store.SaveState(ctx, conv.ID, conv.Lang, state); err != nil {
			return fmt.Errorf("save state: %w", err)
		}
	}
	now := e.d.Clock.Now()
	frames := make([]Frame, 0, len(resp.Replies)+1)
	for _, r := range resp.Replies {
		frames = append(frames, Frame{
			Type: FrameReply, ConversationID: conv.ID, ReplyTo: msg.ClientID, At: now,
			From: "bot", Text: r.Text, Intent: cmp.Or(r.Intent, "unknown"),
			Cards: r.Cards, QuickReplies: r.QuickReplies,
		})
	}
	req := moreUrgent(resp.Handoff, flagHandoff(msg.Flags))
	if req == nil && conv.Role == RoleBorrower && !resp.End && e.soured(ctx, conv, msg) {
		req = &HandoffRequest{Reason: ReasonNegativeSentiment, Skill: SkillComplaints, Priority: PriorityNormal}
	}
	if req != nil && conv.Role == RoleBorrower && !resp.End {
		f, err := e.queueFrame(ctx, &conv, *req, msg.Flags, msg.ClientID, now)
		if err != nil {
			return err
		}
		frames = append(frames, f)
	}
	if err := e.emit(ctx, conv.ID, frames); err != nil {
		return err
	}
	if resp.End {
		if _, err := e.finish(ctx, conv, "customer"); err != nil {
			return err
		}
	}
	return nil
}

// emit stores frames, then publishes them: a frame is never sent before it is stored.
func (e *Engine) emit(ctx context.Context, conversationID string, frames []Frame) error {
	if len(frames) == 0 {
		return nil
	}
	stored, err := e.d.Store.AppendFrames(ctx, conversationID, frames)
	if err != nil {
		return fmt.Errorf("store replies: %w", err)
	}
	for _, f := range stored {
		if err := e.d.Bus.Publish(ctx, f); err != nil {
			// Followers fill the gap from the store on the next frame or resume.
			e.log.Warn("publish frame", "conversation_id", conversationID, "seq", f.Seq, "err", err)
		}
	}
	return nil
}

// respond enforces the turn deadline even on a responder that ignores its context.
func (e *Engine) respond(ctx context.Context, t Turn) Response {
	r := e.d.Responders[t.Conversation.Role]
	if r == nil {
		return fallback(t.Conversation.Lang, "unavailable")
	}
	budget := e.cfg.TurnTimeout - min(e.cfg.TurnTimeout/10, 3*time.Second)
	rctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	type result struct {
		resp Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- result{err: fmt.Errorf("responder panic: %v", v)}
			}
		}()
		resp, err := r.Respond(rctx, t)
		done <- result{resp, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			e.log.Error("responder", "conversation_id", t.Conversation.ID, "err", res.err)
			return fallback(t.Conversation.Lang, "error")
		}
		if len(res.resp.Replies) == 0 {
			res.resp.Replies = fallback(t.Conversation.Lang, "error").Replies
		}
		return res.resp
	case <-rctx.Done():
		e.log.Warn("turn deadline", "conversation_id", t.Conversation.ID, "budget", budget)
		return fallback(t.Conversation.Lang, "timeout")
	}
}

// End finishes the caller's conversation with its note; ending twice is a no-op.
func (e *Engine) End(ctx context.Context, p Principal, conversationID string) error {
	return e.withLock(ctx, conversationID, func() error {
		conv, err := e.d.Store.Conversation(ctx, conversationID)
		if err != nil {
			return fmt.Errorf("load conversation %s: %w", conversationID, err)
		}
		if !owns(p, conv) {
			return ErrForbidden
		}
		if conv.Status == StatusEnded {
			return nil
		}
		_, err = e.finish(ctx, conv, "customer")
		return err
	})
}

// finish builds the note and ends the conversation in one store transaction.
func (e *Engine) finish(ctx context.Context, conv Conversation, reason string) (Note, error) {
	msgs, err := e.d.Store.Messages(ctx, conv.ID)
	if err != nil {
		return Note{}, fmt.Errorf("load messages %s: %w", conv.ID, err)
	}
	frames, err := e.d.Store.FramesAfter(ctx, conv.ID, 0)
	if err != nil {
		return Note{}, fmt.Errorf("load frames %s: %w", conv.ID, err)
	}
	// Before the note: a conversation whose alerts cannot be stored stays
	// open, and the idle sweep tries again.
	if err := e.raiseAlerts(ctx, conv, msgs, msgs); err != nil {
		return Note{}, err
	}
	now := e.d.Clock.Now()
	note := buildNote(conv, msgs, frames, reason, now)
	note.ID = newID("n")
	note.Summary = e.d.Summarizer.Summarize(ctx, note, transcript(msgs, frames))
	stored, ended, already, err := e.d.Store.Finish(ctx, conv.ID, note, Frame{Type: FrameEnded, ConversationID: conv.ID, At: now})
	if err != nil {
		return Note{}, fmt.Errorf("finish %s: %w", conv.ID, err)
	}
	if conv.Handoff.Active() {
		e.desk.wake() // it leaves the queue or frees its seat
	}
	if !already {
		_ = e.d.Bus.Publish(ctx, ended)
		e.log.Info("conversation ended", "conversation_id", conv.ID, "reason", reason, "note_id", stored.ID)
	}
	return stored, nil
}

// Rate records the customer's satisfaction (1–5) once the conversation ended.
func (e *Engine) Rate(ctx context.Context, p Principal, conversationID string, score int, comment string) error {
	if score < 1 || score > 5 {
		return fmt.Errorf("%w: score must be 1 to 5", ErrInvalid)
	}
	if utf8.RuneCountInString(comment) > e.cfg.MaxTextRunes || !utf8.ValidString(comment) {
		return fmt.Errorf("%w: comment too long", ErrInvalid)
	}
	conv, err := e.d.Store.Conversation(ctx, conversationID)
	if err != nil {
		return fmt.Errorf("load conversation %s: %w", conversationID, err)
	}
	if !owns(p, conv) {
		return ErrForbidden
	}
	if conv.Status != StatusEnded {
		return fmt.Errorf("%w: rate after the conversation ended", ErrInvalid)
	}
	return e.d.Store.SetCSAT(ctx, conversationID, CSAT{Score: score, Comment: strings.TrimSpace(comment), At: e.d.Clock.Now()})
}

// Transcript returns a conversation and its lines in order. Callers authorise.
func (e *Engine) Transcript(ctx context.Context, conversationID string) (Conversation, []TranscriptEntry, error) {
	conv, err := e.d.Store.Conversation(ctx, conversationID)
	if err != nil {
		return Conversation{}, nil, fmt.Errorf("load conversation %s: %w", conversationID, err)
	}
	msgs, err := e.d.Store.Messages(ctx, conversationID)
	if err != nil {
		return Conversation{}, nil, fmt.Errorf("load messages %s: %w", conversationID, err)
	}
	frames, err := e.d.Store.FramesAfter(ctx, conversationID, 0)
	if err != nil {
		return Conversation{}, nil, fmt.Errorf("load frames %s: %w", conversationID, err)
	}
	return conv, transcript(msgs, frames), nil
}

func (e *Engine) withLock(ctx context.Context, conversationID string, fn func() error) error {
	unlock, err := e.d.Locker.Lock(ctx, conversationID)
	if err != nil {
		return fmt.Errorf("lock conversation %s: %w", conversationID, err)
	}
	defer unlock()
	return fn()
}

// owns reports whether p is the conversation's owner.
func owns(p Principal, c Conversation) bool {
	return p.Subject != "" && p.Subject == c.CustomerID && p.Role == c.Role
}

// newID returns a random, URL-safe identifier with a readable prefix.
func newID(prefix string) string {
	var b [10]byte
	_, _ = rand.Read(b[:])
	return prefix + "-" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

// localeLang maps a client locale hint to one of the three scripts.
func localeLang(locale string) string {
	l := strings.ToLower(locale)
	switch {
	case l == "":
		return ""
	case strings.HasPrefix(l, "en"):
		return "en"
	case strings.Contains(l, "hant"), strings.HasPrefix(l, "zh-tw"), strings.HasPrefix(l, "zh-hk"), strings.HasPrefix(l, "zh-mo"):
		return "zh-Hant"
	case strings.HasPrefix(l, "zh"):
		return "zh-Hans"
	}
	return ""
}
