package web

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/loandesk/loandesk/dialog"
)

// More frame error codes.
const (
	codeBusy           = "busy"            // the per-socket turn queue is full; retry later
	codeNoConversation = "no_conversation" // end or rate before any conversation was opened
	codeNotEnded       = "not_ended"       // rate before the conversation ended
	codeAlreadyHello   = "already_open"    // a second hello on a socket that follows a conversation
	codeRateLimited    = "rate_limited"    // more messages than the limit allows in its window
)

// postTimeout bounds one engine call made for a socket. Turns are not
// cancelled when the socket goes away (their replies are stored for resume);
// the engine enforces the turn deadline itself.
const postTimeout = 2 * time.Minute

// serveWS upgrades GET /v1/ws. The token comes from the Authorization header
// (a bad one is a plain 401 before the upgrade) or from the first frame, a
// hello, within HelloTimeout. Never from the URL.
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	var p *dialog.Principal
	if r.Header.Get("Authorization") != "" {
		pr, err := s.verify(bearer(r))
		if err != nil {
			writeError(w, errUnauthorized)
			return
		}
		p = &pr
	}
	up := websocket.Upgrader{
		ReadBufferSize:  4096,
		WriteBufferSize: 4096,
		CheckOrigin:     s.checkOrigin,
		Error: func(w http.ResponseWriter, r *http.Request, status int, reason error) {
			code := "bad_request"
			if status == http.StatusForbidden {
				code = codeForbidden
			}
			writeError(w, &apiError{status, code, reason.Error()})
		},
	}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader answered
	}
	c := newConn(s, ws, p)
	if !s.sockets.add(c) {
		_ = ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseTryAgainLater, errDraining.Message), time.Now().Add(time.Second))
		ws.Close()
		return
	}
	defer s.sockets.remove(c)
	s.metrics.wsOpen.Inc()
	s.metrics.wsTotal.Inc()
	defer s.metrics.wsOpen.Dec()
	c.run(context.WithoutCancel(r.Context()))
}

// checkOrigin allows requests without Origin (non-browser clients), the
// configured origins ("*" for any) or, with none configured, the same host.
func (s *Server) checkOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	if len(s.cfg.AllowedOrigins) == 0 {
		u, err := url.Parse(origin)
		return err == nil && strings.EqualFold(u.Host, r.Host)
	}
	for _, o := range s.cfg.AllowedOrigins {
		if o == "*" || strings.EqualFold(strings.TrimSuffix(o, "/"), origin) {
			return true
		}
	}
	return false
}

// outFrame is one item for the write pump: a text frame, or a close.
type outFrame struct {
	data      []byte
	close     bool
	closeCode int
	reason    string
}

// conn is one WebSocket. The read loop (run) decodes and authorises frames;
// the write pump is the only writer; the turn worker runs engine calls one at
// a time, in arrival order, and owns the conversation state; a forwarder per
// session copies the engine's frames to the pump.
type conn struct {
	s      *Server
	ws     *websocket.Conn
	ctx    context.Context
	cancel context.CancelFunc
	send   chan outFrame
	turns  chan clientFrame
	closed atomic.Bool

	// read loop only (set before the worker sees any turn)
	p      dialog.Principal
	authed bool

	// worker only
	follow *following
	convID string
	locale string
	seat   *seatConn // agents: the desk
}

// following is the session a connection currently forwards.
type following struct {
	sess    *dialog.Session
	retired atomic.Bool // replaced on purpose: its end does not close the socket
}

func newConn(s *Server, ws *websocket.Conn, p *dialog.Principal) *conn {
	c := &conn{
		s: s, ws: ws,
		send:  make(chan outFrame, s.cfg.SendBuffer),
		turns: make(chan clientFrame, s.cfg.TurnQueue),
	}
	if p != nil {
		c.p, c.authed = *p, true
	}
	return c
}

func (c *conn) run(parent context.Context) {
	c.ctx, c.cancel = context.WithCancel(parent)
	defer c.cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	pumped := make(chan struct{})
	go func() { defer close(pumped); c.writePump() }()
	go func() { defer wg.Done(); c.worker() }()
	if c.authed && c.p.Role == dialog.RoleAgent {
		c.queue(clientFrame{Type: inJoin}) // a header token: the seat joins without a hello
	}
	c.readLoop()
	if c.closed.Load() {
		// A close was queued behind frames the peer must still get (an error
		// frame explaining why): let the pump write them first.
		select {
		case <-pumped:
		case <-time.After(c.s.cfg.WriteWait):
		}
	}
	c.cancel()
	<-pumped
	wg.Wait()
}

// readLoop reads frames until the socket fails or closes.
func (c *conn) readLoop() {
	cfg := c.s.cfg
	c.ws.SetReadLimit(cfg.MaxFrameBytes)
	helloBy := cfg.Now().Add(cfg.HelloTimeout)
	_ = c.ws.SetReadDeadline(time.Now().Add(cfg.HelloTimeout))
	if c.authed {
		_ = c.ws.SetReadDeadline(time.Now().Add(cfg.PongWait))
	}
	c.ws.SetPongHandler(func(string) error {
		if c.authed {
			return c.ws.SetReadDeadline(time.Now().Add(cfg.PongWait))
		}
		return nil
	})
	for {
		mt, data, err := c.ws.ReadMessage()
		if err != nil {
			var ne net.Error
			if !c.authed && errors.As(err, &ne) && ne.Timeout() {
				c.fail(codeUnauthorized, "send a hello frame with a token within "+cfg.HelloTimeout.String())
			}
			return
		}
		if c.authed {
			_ = c.ws.SetReadDeadline(time.Now().Add(cfg.PongWait))
		}
		if mt != websocket.TextMessage {
			c.s.metrics.framesIn.WithLabelValues("binary").Inc()
			c.sendError(codeInvalidFrame, "frames must be JSON text", "")
			continue
		}
		f, ferr := decodeFrame(data)
		c.s.metrics.framesIn.WithLabelValues(frameLabel(f.Type, ferr)).Inc()
		if !c.authed {
			c.authenticate(f, ferr, helloBy)
			if !c.authed {
				return
			}
			continue
		}
		if ferr != nil {
			c.sendError(ferr.Code, ferr.Message, ferr.ReplyTo)
			continue
		}
		c.dispatch(f)
	}
}

// authenticate handles the first frame of a socket without a header token:
// only a hello with a valid token is accepted; anything else ends the socket.
func (c *conn) authenticate(f clientFrame, ferr *frameError, helloBy time.Time) {
	if ferr != nil || f.Type != inHello || f.Token == "" || c.s.cfg.Now().After(helloBy) {
		c.fail(codeUnauthorized, "the first frame must be a hello with a valid token")
		return
	}
	p, err := c.s.verify(f.Token)
	if err != nil {
		c.fail(codeUnauthorized, "invalid token")
		return
	}
	c.p, c.authed = p, true
	_ = c.ws.SetReadDeadline(time.Now().Add(c.s.cfg.PongWait))
	f.Token = ""
	c.dispatch(f)
}

// dispatch authorises a frame by role and answers or queues it.
//
//	borrower: hello, message, action, end, rate; agent frames → forbidden
//	manager:  hello, message (the copilot); action, end, rate and agent frames → forbidden
//	agent:    hello, status, claim, message, resolve, return_to_bot; the rest forbidden
//	admin:    hello, ping; everything else forbidden
func (c *conn) dispatch(f clientFrame) {
	if f.Type == inPing {
		c.enqueueJSON(struct {
			Type string `json:"type"`
		}{"pong"}, "pong")
		return
	}
	if f.Type == inHello && f.Token != "" {
		p, err := c.s.verify(f.Token)
		if err != nil || p.Subject != c.p.Subject || p.Role != c.p.Role {
			c.fail(codeUnauthorized, "the hello token does not match this socket's identity")
			return
		}
	}
	role := c.p.Role
	switch f.Type {
	case inHello:
		if role != dialog.RoleAdmin {
			c.queue(f)
		} // admins: authenticated, nothing to open
		return
	case inMessage:
		if role != dialog.RoleAdmin {
			if c.allowed(f) {
				c.queue(f)
			}
			return
		}
	case inAction:
		if role == dialog.RoleBorrower {
			if c.allowed(f) {
				c.queue(f)
			}
			return
		}
	case inEnd, inRate:
		if role == dialog.RoleBorrower {
			c.queue(f)
			return
		}
	case inStatus, inClaim, inResolve, inReturnToBot:
		if role == dialog.RoleAgent {
			c.queue(f)
			return
		}
	}
	c.sendError(codeForbidden, "not allowed for this role", f.ID)
}

// allowed applies the per-subject message limit (shared by every instance
// with a shared limiter); a refused frame is answered rate_limited and is
// not stored: the client may send it again, with the same id, later.
func (c *conn) allowed(f clientFrame) bool {
	cfg := c.s.cfg
	if c.s.d.Limiter == nil || cfg.MessageLimit <= 0 {
		return true
	}
	ok, err := c.s.d.Limiter.Allow(c.ctx, "msg:"+string(c.p.Role)+":"+c.p.Subject, cfg.MessageLimit, cfg.MessageWindow)
	if err != nil {
		c.s.log.Warn("rate limiter unavailable; allowing", "err", err)
		return true
	}
	if !ok {
		c.s.metrics.rateLimited.Inc()
		c.sendError(codeRateLimited, "too many messages; wait a moment and send it again", f.ID)
	}
	return ok
}

// queue hands a frame to the turn worker, or answers busy when its queue is full.
func (c *conn) queue(f clientFrame) {
	select {
	case c.turns <- f:
	default:
		c.sendError(codeBusy, "too many frames waiting; retry shortly", f.ID)
	}
}

// worker runs engine calls for this socket one at a time.
func (c *conn) worker() {
	defer func() {
		if c.follow != nil {
			c.follow.retired.Store(true)
			c.follow.sess.Close()
		}
		c.leaveDesk()
	}()
	for {
		select {
		case <-c.ctx.Done():
			return
		case f := <-c.turns:
			c.handle(f)
		}
	}
}

func (c *conn) handle(f clientFrame) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(c.ctx), postTimeout)
	defer cancel()
	if c.p.Role == dialog.RoleAgent {
		c.handleAgent(ctx, f)
		return
	}
	switch f.Type {
	case inHello:
		if c.follow != nil {
			c.sendError(codeAlreadyHello, "this socket already follows a conversation", f.ID)
			return
		}
		c.locale = f.Locale
		c.open(ctx, f.ConversationID, f.LastSeq, f.ID)
	case inMessage, inAction:
		c.post(ctx, f)
	case inEnd:
		if c.convID == "" {
			c.sendError(codeNoConversation, "no conversation to end", f.ID)
			return
		}
		if err := c.s.d.Engine.End(ctx, c.p, c.convID); err != nil {
			c.engineError(err, f.ID, "end")
		}
	case inRate:
		if c.convID == "" {
			c.sendError(codeNoConversation, "no conversation to rate", f.ID)
			return
		}
		err := c.s.d.Engine.Rate(ctx, c.p, c.convID, f.Score, f.Comment)
		if errors.Is(err, dialog.ErrInvalid) {
			c.sendError(codeNotEnded, "rate the conversation after it ended", f.ID)
			return
		}
		if err != nil {
			c.engineError(err, f.ID, "rate")
		}
	}
}

// open starts (conversationID "") or resumes a conversation, sends its
// welcome and starts forwarding its frames. An unknown id starts a new one
// (welcome resumed:false); someone else's is refused with forbidden.
func (c *conn) open(ctx context.Context, conversationID string, lastSeq int64, replyTo string) bool {
	req := dialog.OpenRequest{ConversationID: conversationID, LastSeq: lastSeq, Channel: "web", Locale: c.locale}
	sess, err := c.s.d.Engine.Open(c.ctx, c.p, req)
	if errors.Is(err, dialog.ErrNotFound) && conversationID != "" {
		req.ConversationID, req.LastSeq = "", 0
		sess, err = c.s.d.Engine.Open(c.ctx, c.p, req)
	}
	if err != nil {
		c.engineError(err, replyTo, "open")
		return false
	}
	if old := c.follow; old != nil {
		old.retired.Store(true)
		old.sess.Close()
	}
	fl := &following{sess: sess}
	c.follow, c.convID = fl, sess.Conversation.ID
	c.enqueueJSON(welcomeFrame{Type: dialog.FrameWelcome, ConversationID: sess.Conversation.ID,
		Seq: sess.Conversation.LastSeq, Resumed: sess.Resumed}, dialog.FrameWelcome)
	go c.forward(fl)
	return true
}

// forward copies a session's frames to the pump. A session that ends while
// still followed (the engine or the bus gave up) closes the socket so the
// client resumes from its last seq.
func (c *conn) forward(fl *following) {
	for f := range fl.sess.Frames() {
		if f.Type == dialog.FrameCustomerMessage {
			continue // for the seat: it carries the staff-only sentiment and flags
		}
		c.sendFrame(f)
	}
	if !fl.retired.Load() && c.ctx.Err() == nil {
		c.closeWith(websocket.CloseGoingAway, "conversation stream ended; resume with last_seq")
	}
}

// post sends a message or action to the conversation, opening one first when
// the socket has none, and a new one when the current has ended.
func (c *conn) post(ctx context.Context, f clientFrame) {
	if c.convID == "" && !c.open(ctx, "", 0, f.ID) {
		return
	}
	in := dialog.Inbound{ID: f.ID, Text: f.Text, Action: f.Action}
	replayed, err := c.s.d.Engine.Post(ctx, c.p, c.convID, in)
	if errors.Is(err, dialog.ErrEnded) || errors.Is(err, dialog.ErrNotFound) {
		if !c.open(ctx, "", 0, f.ID) {
			return
		}
		replayed, err = c.s.d.Engine.Post(ctx, c.p, c.convID, in)
	}
	if err != nil {
		c.engineError(err, f.ID, "post")
		return
	}
	for _, fr := range replayed {
		c.sendFrame(fr)
	}
}

// engineError maps a core error to an error frame.
func (c *conn) engineError(err error, replyTo, op string) {
	switch {
	case errors.Is(err, dialog.ErrForbidden):
		c.sendError(codeForbidden, "not your conversation", replyTo)
	case errors.Is(err, dialog.ErrInvalid):
		c.sendError(codeInvalidFrame, "the engine refused the frame", replyTo)
	case errors.Is(err, dialog.ErrNotFound):
		c.sendError(codeNotFound, "no such conversation", replyTo)
	default:
		c.s.log.Error("websocket "+op, "conversation_id", c.convID, "subject", c.p.Subject, "err", err)
		c.sendError(codeInternal, "something went wrong; please retry", replyTo)
	}
}

// sendFrame encodes a core frame for the pump.
func (c *conn) sendFrame(f dialog.Frame) { c.enqueueJSON(wireFrame(f), f.Type) }

func (c *conn) sendError(code, msg, replyTo string) {
	c.enqueueJSON(errorFrame{Type: dialog.FrameError, Code: code, Message: msg, ReplyTo: replyTo}, dialog.FrameError)
}

func (c *conn) enqueueJSON(v any, typ string) {
	b, err := json.Marshal(v)
	if err != nil {
		c.s.log.Error("encode frame", "type", typ, "err", err)
		return
	}
	if c.enqueue(outFrame{data: b}) {
		c.s.metrics.framesOut.WithLabelValues(frameTypeLabel(typ)).Inc()
	}
}

// enqueue never blocks: a socket whose buffer is full is too slow and is closed.
func (c *conn) enqueue(o outFrame) bool {
	if c.closed.Load() {
		return false
	}
	select {
	case c.send <- o:
		return true
	default:
		c.s.metrics.slowDrops.Inc()
		c.s.log.Warn("websocket too slow; closing")
		c.closed.Store(true)
		c.cancel()
		return false
	}
}

// fail sends an error frame and closes the socket after it (policy violation).
func (c *conn) fail(code, msg string) {
	c.sendError(code, msg, "")
	c.closeWith(websocket.ClosePolicyViolation, code)
}

// closeWith closes gracefully once the frames queued before it are written.
func (c *conn) closeWith(code int, reason string) {
	if c.enqueue(outFrame{close: true, closeCode: code, reason: reason}) {
		c.closed.Store(true)
	}
}

// writePump is the socket's only writer: frames, pings and the close.
func (c *conn) writePump() {
	cfg := c.s.cfg
	ticker := time.NewTicker(cfg.PingInterval)
	defer func() {
		ticker.Stop()
		_ = c.ws.Close()
	}()
	closeMsg := func(code int, reason string) {
		_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, clip(reason, 120)),
			time.Now().Add(cfg.WriteWait))
	}
	for {
		select {
		case <-c.ctx.Done():
			closeMsg(websocket.CloseTryAgainLater, "closing")
			return
		case o := <-c.send:
			if o.close {
				closeMsg(o.closeCode, o.reason)
				// Give the peer a moment to answer the close, then drop the TCP connection.
				c.cancelAfter(time.Second)
				return
			}
			_ = c.ws.SetWriteDeadline(time.Now().Add(cfg.WriteWait))
			if err := c.ws.WriteMessage(websocket.TextMessage, o.data); err != nil {
				c.cancel()
				return
			}
		case <-ticker.C:
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(cfg.WriteWait)); err != nil {
				c.cancel()
				return
			}
		}
	}
}

// cancelAfter lets the read loop see the peer's close answer for up to d.
func (c *conn) cancelAfter(d time.Duration) {
	_ = c.ws.SetReadDeadline(time.Now().Add(d))
	c.cancel()
}

// frameLabel is the metrics label of a client frame, bounded to known types.
func frameLabel(typ string, err *frameError) string {
	if err != nil && (err.Code == codeUnknownType || err.Code == codeInvalidFrame) {
		return "invalid"
	}
	return typ
}

func frameTypeLabel(typ string) string {
	switch typ {
	case dialog.FrameWelcome, dialog.FrameReply, dialog.FrameReplyDelta, dialog.FrameTyping,
		dialog.FrameHandoff, dialog.FrameEnded, dialog.FrameError, dialog.FrameCustomerMessage,
		"pong", "queue", "assigned":
		return typ
	}
	return "other"
}
