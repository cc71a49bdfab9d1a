package redis

import (
	"context"
	crand "crypto/rand"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/loandesk/loandesk/dialog"
)

var _ dialog.Locker = (*Locker)(nil)

// DefaultLockTTL is how long a lock outlives a holder that stopped extending it.
const DefaultLockTTL = 30 * time.Second

const (
	backoffMin = 2 * time.Millisecond
	backoffMax = 50 * time.Millisecond
	// unlockTimeout bounds the Redis calls of unlock, which has no ctx.
	unlockTimeout = 5 * time.Second
)

var (
	// acquireScript takes the lock if it is free, or renews it if ARGV[1]
	// already holds it: a SET applied whose reply was lost, then retried by
	// go-redis, must not leave us waiting on our own lock.
	acquireScript = goredis.NewScript(`
local v = redis.call('GET', KEYS[1])
if not v then
	redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
	return 1
elseif v == ARGV[1] then
	redis.call('PEXPIRE', KEYS[1], ARGV[2])
	return 1
end
return 0`)
	// extendScript renews the lock if the caller still holds it.
	extendScript = goredis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
	return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`)
	// releaseScript deletes the lock if the caller still holds it and tells
	// waiters on every instance.
	releaseScript = goredis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
	redis.call('DEL', KEYS[1])
	redis.call('PUBLISH', ARGV[2], ARGV[3])
	return 1
end
return 0`)
)

// LockerOptions configures a Locker.
type LockerOptions struct {
	// TTL is how long the lock of a holder that stopped (crashed, or lost
	// Redis) outlives it; while held, a watchdog renews it every TTL/3.
	// DefaultLockTTL when zero or less; at least 10ms.
	TTL time.Duration
}

// Locker serialises turns of a conversation across every instance sharing the
// Redis (and key prefix). The lock is the key <prefix>lock:<conversation>
// holding a random token, set if absent with PX ttl (as SET NX PX, in a script
// that also accepts finding our own token); a watchdog extends it every
// ttl/3 while held, and unlock deletes it only if the token is still ours (so
// a stale unlock after expiry never releases another holder).
//
// Within the process, waiters for one conversation queue on an in-process
// semaphore first, kept until unlock, so only one of them at a time talks to
// Redis. That waiter retries with a jittered backoff (2ms doubling to
// 50ms) and is woken early by the <prefix>locks:released message every unlock
// publishes.
//
// If Redis loses the lock while it is held (the watchdog could not renew it
// in time, or Redis failed over), another instance may take it; the holder
// is not told (dialog.Locker has no way to), but the loss is logged.
type Locker struct {
	c   *Client
	ttl time.Duration

	mu      sync.Mutex
	entries map[string]*lockEntry
	waiters map[string]map[chan struct{}]struct{} // waiting on Redis, by conversation
	// The release channel's subscription, opened on first contention.
	listening, listenBusy bool
	// Redis-level retry backoff bounds (tests stretch them).
	backoffMin, backoffMax time.Duration
}

// lockEntry is a one-slot semaphore (so waiting can honour ctx) and a count of
// holders and waiters, so the entry is dropped once nobody uses it.
type lockEntry struct {
	sem  chan struct{}
	refs int
}

// NewLocker returns a locker over c.
func NewLocker(c *Client, opts LockerOptions) *Locker {
	ttl := opts.TTL
	if ttl <= 0 {
		ttl = DefaultLockTTL
	}
	ttl = max(ttl, 10*time.Millisecond)
	return &Locker{
		c: c, ttl: ttl, entries: map[string]*lockEntry{}, waiters: map[string]map[chan struct{}]struct{}{},
		backoffMin: backoffMin, backoffMax: backoffMax,
	}
}

func (l *Locker) key(id string) string    { return l.c.key("lock:" + id) }
func (l *Locker) releasedChannel() string { return l.c.key("locks:released") }

// Lock blocks until conversationID is held or ctx ends. A Redis error ends it
// too, rather than waiting for Redis to come back. unlock is idempotent.
func (l *Locker) Lock(ctx context.Context, conversationID string) (func(), error) {
	h, err := l.lock(ctx, conversationID)
	if err != nil {
		return nil, err
	}
	return h.unlock, nil
}

// held is one acquired lock.
type held struct {
	l      *Locker
	id     string
	key    string
	token  string
	entry  *lockEntry
	cancel context.CancelFunc // stops the watchdog
	done   chan struct{}      // closed when the watchdog returned
	once   sync.Once
}

func (l *Locker) lock(ctx context.Context, id string) (*held, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lock %s: %w", id, err)
	}
	e, err := l.lockLocal(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", id, err)
	}
	key, token := l.key(id), crand.Text()
	var wake chan struct{}
	defer func() {
		if wake != nil {
			l.unwait(id, wake)
		}
	}()
	fail := func(err error) (*held, error) {
		l.unlockLocal(id, e)
		return nil, fmt.Errorf("lock %s: %w", id, err)
	}
	backoff := l.backoffMin
	for {
		n, err := acquireScript.Run(ctx, l.c.rdb, []string{key}, token, l.ttl.Milliseconds()).Int()
		if err != nil {
			if ctx.Err() != nil {
				// The SET may have been applied before ctx ended.
				l.release(key, token, id)
				return fail(ctx.Err())
			}
			return fail(fmt.Errorf("redis: %w", err))
		}
		if n == 1 {
			break
		}
		if wake == nil {
			// Register before the next attempt, so a release in between wakes us.
			wake = l.wait(id)
			continue
		}
		d := backoff/2 + rand.N(backoff/2+1)
		backoff = min(2*backoff, l.backoffMax)
		timer := time.NewTimer(d)
		select {
		case <-wake:
			timer.Stop()
			backoff = l.backoffMin
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return fail(ctx.Err())
		}
	}
	wctx, cancel := context.WithCancel(context.Background())
	h := &held{l: l, id: id, key: key, token: token, entry: e, cancel: cancel, done: make(chan struct{})}
	go h.watch(wctx)
	return h, nil
}

// unlock stops the watchdog, deletes the key if it is still ours and lets the
// next local waiter in.
func (h *held) unlock() {
	h.once.Do(func() {
		h.cancel()
		<-h.done
		if !h.l.release(h.key, h.token, h.id) {
			h.l.c.log.Warn("redis lock: had expired before unlock; another instance may have held it meanwhile", "conversation", h.id, "ttl", h.l.ttl)
		}
		h.l.unlockLocal(h.id, h.entry)
	})
}

// crash stops the watchdog and leaves the local queue without releasing the
// Redis key, as a crashed instance would (tests).
func (h *held) crash() {
	h.once.Do(func() {
		h.cancel()
		<-h.done
		h.l.unlockLocal(h.id, h.entry)
	})
}

// watch renews the lock every ttl/3 until ctx ends or the lock is found lost.
func (h *held) watch(ctx context.Context) {
	defer close(h.done)
	every := max(h.l.ttl/3, time.Millisecond)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := extendScript.Run(ctx, h.l.c.rdb, []string{h.key}, h.token, h.l.ttl.Milliseconds()).Int()
		switch {
		case ctx.Err() != nil:
			return
		case errors.Is(err, goredis.ErrClosed):
			return
		case err != nil:
			h.l.c.log.Warn("redis lock: could not extend; retrying", "conversation", h.id, "err", err)
		case n == 0:
			h.l.c.log.Error("redis lock: lost while held (expired or taken); turns of the conversation may overlap", "conversation", h.id, "ttl", h.l.ttl)
			return
		}
	}
}

// release deletes key if it holds token, publishing the release; it reports
// whether it did.
func (l *Locker) release(key, token, id string) bool {
	ctx, cancel := context.WithTimeout(context.Background(), unlockTimeout)
	defer cancel()
	n, err := releaseScript.Run(ctx, l.c.rdb, []string{key}, token, l.releasedChannel(), id).Int()
	if err != nil {
		if !errors.Is(err, goredis.ErrClosed) {
			l.c.log.Warn("redis lock: could not release; it expires by itself", "conversation", id, "ttl", l.ttl, "err", err)
		}
		return true // not known to be lost
	}
	return n == 1
}

// lockLocal takes the in-process semaphore of id.
func (l *Locker) lockLocal(ctx context.Context, id string) (*lockEntry, error) {
	l.mu.Lock()
	e := l.entries[id]
	if e == nil {
		e = &lockEntry{sem: make(chan struct{}, 1)}
		l.entries[id] = e
	}
	e.refs++
	l.mu.Unlock()
	select {
	case e.sem <- struct{}{}:
		return e, nil
	case <-ctx.Done():
		l.dropRef(id, e)
		return nil, ctx.Err()
	}
}

func (l *Locker) unlockLocal(id string, e *lockEntry) {
	<-e.sem
	l.dropRef(id, e)
}

func (l *Locker) dropRef(id string, e *lockEntry) {
	l.mu.Lock()
	defer l.mu.Unlock()
	e.refs--
	if e.refs == 0 {
		delete(l.entries, id)
	}
}

// wait registers for release messages of id (and opens the release
// subscription if need be, in the background: until it is up, backoff alone
// finds the lock free).
func (l *Locker) wait(id string) chan struct{} {
	ch := make(chan struct{}, 1)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.waiters[id] == nil {
		l.waiters[id] = map[chan struct{}]struct{}{}
	}
	l.waiters[id][ch] = struct{}{}
	if !l.listening && !l.listenBusy {
		l.listenBusy = true
		go l.listen()
	}
	return ch
}

func (l *Locker) unwait(id string, ch chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.waiters[id], ch)
	if len(l.waiters[id]) == 0 {
		delete(l.waiters, id)
	}
}

func (l *Locker) listen() {
	hd := &handler{deliver: l.released, closed: func() {
		l.mu.Lock()
		l.listening = false
		l.mu.Unlock()
	}}
	err := l.c.hub.listen(context.Background(), l.releasedChannel(), hd)
	l.mu.Lock()
	l.listenBusy, l.listening = false, err == nil
	l.mu.Unlock()
	if err != nil && !errors.Is(err, ErrClosed) {
		l.c.log.Warn("redis lock: no release notifications; waiters poll", "err", err)
	}
}

// released wakes this process's Redis waiters for a conversation (hub reader).
func (l *Locker) released(id string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for ch := range l.waiters[id] {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}
