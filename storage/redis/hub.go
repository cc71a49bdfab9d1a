package redis

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

const (
	// subscribeTimeout bounds the wait for Redis to confirm a SUBSCRIBE.
	subscribeTimeout = 5 * time.Second
	// healthInterval is how long the pub/sub connection may stay silent before
	// it is pinged; a ping unanswered for another interval replaces it.
	healthInterval = 30 * time.Second
)

// hub multiplexes one Client's channel subscriptions over a single
// goredis.PubSub: a Redis channel is subscribed when its first handler arrives
// and unsubscribed when its last leaves, and one reader goroutine hands every
// message to the channel's handlers in the order Redis sent them.
//
// listen returns only once Redis has confirmed the SUBSCRIBE, so a message
// published (from any connection) after listen returns reaches the handler.
// Confirmations are matched per channel by counting the SUBSCRIBE and
// UNSUBSCRIBE commands still unconfirmed (Redis answers each, in order).
type hub struct {
	rdb    *goredis.Client
	log    *slog.Logger
	health time.Duration // healthInterval; tests shorten it

	ctx    context.Context // ends at close
	cancel context.CancelFunc
	done   chan struct{} // closed when the reader exits

	mu      sync.RWMutex // the reader holds it for reading while it calls handlers
	ps      *goredis.PubSub
	topics  map[string]*topic
	started bool
	closed  bool
}

type topic struct {
	handlers   map[*handler]struct{}
	subscribed bool          // the last command sent for the channel was SUBSCRIBE
	inflight   int           // SUBSCRIBE/UNSUBSCRIBE commands not confirmed yet
	ready      chan struct{} // closed once Redis confirmed the current SUBSCRIBE
	isReady    bool
}

// handler receives one channel's messages.
type handler struct {
	// deliver runs on the reader goroutine with the hub read-locked: it must
	// not block nor call the hub. Once unlisten returns it is not called again.
	deliver func(payload string)
	// closed, if set, is called (outside the hub's lock) when the hub closes
	// while the handler is listening.
	closed func()
}

func newHub(rdb *goredis.Client, log *slog.Logger) *hub {
	ctx, cancel := context.WithCancel(context.Background())
	return &hub{rdb: rdb, log: log, health: healthInterval, ctx: ctx, cancel: cancel, done: make(chan struct{}), topics: map[string]*topic{}}
}

// listen adds hd to channel's handlers and waits until Redis has confirmed the
// subscription (or ctx ends, or subscribeTimeout passes: then hd is removed).
func (h *hub) listen(ctx context.Context, channel string, hd *handler) error {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return ErrClosed
	}
	if !h.started {
		h.started = true
		h.ps = h.rdb.Subscribe(h.ctx) // connects lazily
		go h.run(h.ps)
	}
	t := h.topics[channel]
	if t == nil {
		t = &topic{handlers: map[*handler]struct{}{}}
		h.topics[channel] = t
	}
	t.handlers[hd] = struct{}{}
	if !t.subscribed {
		t.subscribed, t.isReady, t.ready = true, false, make(chan struct{})
		t.inflight++
		if err := h.ps.Subscribe(ctx, channel); err != nil {
			h.mu.Unlock()
			h.unlisten(channel, hd)
			return fmt.Errorf("redis: subscribe %s: %w", channel, err)
		}
	}
	ready := t.ready
	h.mu.Unlock()

	timer := time.NewTimer(subscribeTimeout)
	defer timer.Stop()
	var err error
	select {
	case <-ready:
		return nil
	case <-ctx.Done():
		err = ctx.Err()
	case <-timer.C:
		err = fmt.Errorf("redis did not confirm the subscription within %v", subscribeTimeout)
	case <-h.ctx.Done():
		err = ErrClosed
	}
	h.unlisten(channel, hd)
	return fmt.Errorf("redis: subscribe %s: %w", channel, err)
}

// unlisten removes hd; the last handler of a channel unsubscribes it.
func (h *hub) unlisten(channel string, hd *handler) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := h.topics[channel]
	if t == nil {
		return
	}
	if _, ok := t.handlers[hd]; !ok {
		return
	}
	delete(t.handlers, hd)
	if len(t.handlers) > 0 || !t.subscribed {
		return
	}
	t.subscribed = false
	t.inflight++
	ctx, cancel := context.WithTimeout(h.ctx, subscribeTimeout)
	defer cancel()
	if err := h.ps.Unsubscribe(ctx, channel); err != nil {
		// go-redis dropped the channel from its set and reconnects without
		// it; the old connection's confirmations will never come.
		h.log.Debug("redis pubsub: unsubscribe failed", "channel", channel, "err", err)
		delete(h.topics, channel)
	}
}

// confirm accounts for Redis's answer to one SUBSCRIBE or UNSUBSCRIBE.
func (h *hub) confirm(kind, channel string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := h.topics[channel]
	if t == nil {
		return
	}
	if t.inflight > 0 {
		t.inflight--
	}
	if t.inflight > 0 {
		return
	}
	switch {
	case t.subscribed && kind == "subscribe":
		if !t.isReady {
			t.isReady = true
			close(t.ready)
		}
	case !t.subscribed && len(t.handlers) == 0:
		delete(h.topics, channel)
	}
}

// dispatch hands a message to its channel's handlers.
func (h *hub) dispatch(channel, payload string) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if t := h.topics[channel]; t != nil {
		for hd := range t.handlers {
			hd.deliver(payload)
		}
	}
}

// connLost forgets the confirmations the lost connection owed: go-redis
// re-subscribes every subscribed channel on its next connection, and the first
// confirmation there makes a waiting listen return.
func (h *hub) connLost() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch, t := range h.topics {
		t.inflight = 0
		if !t.subscribed && len(t.handlers) == 0 {
			delete(h.topics, ch)
		}
	}
}

// replace swaps in a new PubSub subscribed to every wanted channel, for a
// connection that stopped answering pings without failing.
func (h *hub) replace(old *goredis.PubSub) *goredis.PubSub {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return old
	}
	h.ps = h.rdb.Subscribe(h.ctx)
	var channels []string
	for ch, t := range h.topics {
		t.inflight = 0
		switch {
		case t.subscribed:
			channels = append(channels, ch)
		case len(t.handlers) == 0:
			delete(h.topics, ch)
		}
	}
	if len(channels) > 0 {
		ctx, cancel := context.WithTimeout(h.ctx, subscribeTimeout)
		if err := h.ps.Subscribe(ctx, channels...); err != nil {
			h.log.Warn("redis pubsub: re-subscribe on a new connection failed; go-redis retries", "err", err)
		}
		cancel()
	}
	ps := h.ps
	h.mu.Unlock()
	_ = old.Close()
	return ps
}

func (h *hub) subscribedCount() int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	n := 0
	for _, t := range h.topics {
		if t.subscribed {
			n++
		}
	}
	return n
}

// run is the reader: it receives from ps until the hub closes.
func (h *hub) run(ps *goredis.PubSub) {
	defer close(h.done)
	failures := 0
	pinged := false
	for {
		msg, err := ps.ReceiveTimeout(h.ctx, h.health)
		if h.ctx.Err() != nil {
			return
		}
		if err != nil {
			if isTimeout(err) {
				if pinged {
					h.log.Warn("redis pubsub: connection silent after a ping; replacing it", "silence", 2*h.health)
					ps, pinged = h.replace(ps), false
					continue
				}
				if err := ps.Ping(h.ctx); err != nil {
					h.log.Debug("redis pubsub: ping failed", "err", err)
				}
				pinged = true
				continue
			}
			if failures == 0 {
				h.log.Warn("redis pubsub: connection lost; go-redis reconnects and re-subscribes", "err", err)
			}
			failures++
			pinged = false
			h.connLost()
			select {
			case <-h.ctx.Done():
				return
			case <-time.After(min(100*time.Millisecond<<min(failures-1, 5), 2*time.Second)):
			}
			continue
		}
		pinged = false
		if failures > 0 {
			h.log.Info("redis pubsub: reconnected", "failures", failures, "channels", h.subscribedCount())
			failures = 0
		}
		switch m := msg.(type) {
		case *goredis.Message:
			h.dispatch(m.Channel, m.Payload)
		case *goredis.Subscription:
			h.confirm(m.Kind, m.Channel)
		case *goredis.Pong:
		}
	}
}

// close ends every subscription and waits for the reader to exit.
func (h *hub) close() {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return
	}
	h.closed = true
	var hs []*handler
	for _, t := range h.topics {
		for hd := range t.handlers {
			hs = append(hs, hd)
		}
	}
	h.topics = nil
	ps, started := h.ps, h.started
	h.cancel()
	h.mu.Unlock()
	if ps != nil {
		_ = ps.Close()
	}
	for _, hd := range hs {
		if hd.closed != nil {
			hd.closed()
		}
	}
	if started {
		<-h.done
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
