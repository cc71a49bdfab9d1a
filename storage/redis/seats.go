package redis

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/loandesk/loandesk/dialog"
)

// SeatPresence is one seat as every instance together sees it.
type SeatPresence struct {
	Seat      dialog.Seat
	Status    string   // dialog.SeatAvailable if any instance has it available
	Instances []string // the instances the seat is connected to, sorted
}

// Seats is the registry of seats connected to any instance. Each instance
// heartbeats a presence record per seat it has; a record expires ttl after its
// last heartbeat (by Redis's clock, so instances' clocks need not agree), so
// a crashed instance's seats disappear by themselves.
//
// Records live in <prefix>seats:records (hash "<instance>|<seat>" → JSON),
// their expiry in <prefix>seats:expiry (zset, score = unix ms); List drops the
// expired ones. Both keys expire with their longest-lived record.
type Seats struct {
	c *Client
}

// NewSeats returns the seat registry over c.
func NewSeats(c *Client) *Seats { return &Seats{c: c} }

var (
	// heartbeatScript stores the record (ARGV[3], a JSON object) with the
	// heartbeat's Redis time in microseconds added as "beat_us".
	heartbeatScript = goredis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local beat = string.format('%.0f', tonumber(t[1]) * 1000000 + tonumber(t[2]))
redis.call('ZADD', KEYS[1], string.format('%.0f', now + tonumber(ARGV[2])), ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], string.sub(ARGV[3], 1, -2) .. ',"beat_us":' .. beat .. '}')
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], top[2])
redis.call('PEXPIREAT', KEYS[2], top[2])
return 1`)
	// listSeatsScript drops expired records and returns the live ones.
	listSeatsScript = goredis.NewScript(`
local t = redis.call('TIME')
local now = string.format('%.0f', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000))
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)
for i = 1, #dead, 500 do
	redis.call('HDEL', KEYS[2], unpack(dead, i, math.min(i + 499, #dead)))
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local live = redis.call('ZRANGE', KEYS[1], 0, -1)
local out = {}
for i = 1, #live do
	local rec = redis.call('HGET', KEYS[2], live[i])
	if rec then
		out[#out + 1] = rec
	end
end
return out`)
)

// seatRecord is one instance's presence record of a seat.
type seatRecord struct {
	Instance string   `json:"instance"`
	ID       string   `json:"id"`
	Name     string   `json:"name,omitzero"`
	Skills   []string `json:"skills,omitzero"`
	Capacity int      `json:"capacity,omitzero"`
	Status   string   `json:"status"`
	BeatUS   int64    `json:"beat_us,omitzero"` // Redis time of the heartbeat, added by heartbeatScript
}

func (s *Seats) keys() []string {
	return []string{s.c.key("seats:expiry"), s.c.key("seats:records")}
}

func seatMember(instanceID, seatID string) (string, error) {
	if instanceID == "" || strings.Contains(instanceID, "|") {
		return "", fmt.Errorf("instance id %q: empty or has a '|': %w", instanceID, dialog.ErrInvalid)
	}
	if seatID == "" {
		return "", fmt.Errorf("seat without id: %w", dialog.ErrInvalid)
	}
	return instanceID + "|" + seatID, nil
}

// Heartbeat records (or refreshes) that seat is connected to this instance
// with the given status, until ttl from now unless heartbeated again.
func (s *Seats) Heartbeat(ctx context.Context, instanceID string, seat dialog.Seat, status string, ttl time.Duration) error {
	member, err := seatMember(instanceID, seat.ID)
	if err != nil {
		return fmt.Errorf("seat heartbeat: %w", err)
	}
	if status == "" || ttl < time.Millisecond {
		return fmt.Errorf("seat heartbeat %s: status %q, ttl %v: %w", seat.ID, status, ttl, dialog.ErrInvalid)
	}
	rec, err := json.Marshal(seatRecord{
		Instance: instanceID, ID: seat.ID, Name: seat.Name, Skills: seat.Skills, Capacity: seat.Capacity, Status: status,
	})
	if err != nil {
		return fmt.Errorf("seat heartbeat %s: %w", seat.ID, err)
	}
	if err := heartbeatScript.Run(ctx, s.c.rdb, s.keys(), member, ttl.Milliseconds(), rec).Err(); err != nil {
		return fmt.Errorf("seat heartbeat %s: redis: %w", seat.ID, err)
	}
	return nil
}

// Leave removes this instance's record of a seat; the seat stays listed while
// other instances have it.
func (s *Seats) Leave(ctx context.Context, instanceID, seatID string) error {
	member, err := seatMember(instanceID, seatID)
	if err != nil {
		return fmt.Errorf("seat leave: %w", err)
	}
	keys := s.keys()
	_, err = s.c.rdb.TxPipelined(ctx, func(p goredis.Pipeliner) error {
		p.ZRem(ctx, keys[0], member)
		p.HDel(ctx, keys[1], member)
		return nil
	})
	if err != nil {
		return fmt.Errorf("seat leave %s: redis: %w", seatID, err)
	}
	return nil
}

var _ dialog.SeatRegistry = (*Seats)(nil)

// List is Presence as the dialog desk reads it.
func (s *Seats) List(ctx context.Context) ([]dialog.SeatPresence, error) {
	ps, err := s.Presence(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]dialog.SeatPresence, len(ps))
	for i, p := range ps {
		out[i] = dialog.SeatPresence{Seat: p.Seat, Status: p.Status}
	}
	return out, nil
}

// Presence returns every seat with a live record on some instance, by seat id.
// A seat connected to several instances is available if any has it
// available; its name, skills and capacity (and otherwise its status) come
// from its latest heartbeat.
func (s *Seats) Presence(ctx context.Context) ([]SeatPresence, error) {
	vals, err := listSeatsScript.Run(ctx, s.c.rdb, s.keys()).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("list seats: redis: %w", err)
	}
	type entry struct {
		p     SeatPresence
		fresh seatRecord // the latest heartbeat, which p.Seat comes from
	}
	byID := map[string]*entry{}
	for _, v := range vals {
		var r seatRecord
		if err := json.Unmarshal([]byte(v), &r); err != nil {
			s.c.log.Error("redis seats: undecodable record skipped", "record", v, "err", err)
			continue
		}
		e := byID[r.ID]
		if e == nil {
			e = &entry{}
			byID[r.ID] = e
		}
		if len(e.p.Instances) == 0 || cmp.Or(cmp.Compare(r.BeatUS, e.fresh.BeatUS), cmp.Compare(r.Instance, e.fresh.Instance)) > 0 {
			e.fresh = r
			e.p.Seat = dialog.Seat{ID: r.ID, Name: r.Name, Skills: r.Skills, Capacity: r.Capacity}
			if e.p.Status != dialog.SeatAvailable {
				e.p.Status = r.Status
			}
		}
		if r.Status == dialog.SeatAvailable {
			e.p.Status = dialog.SeatAvailable
		}
		e.p.Instances = append(e.p.Instances, r.Instance)
	}
	out := make([]SeatPresence, 0, len(byID))
	for _, e := range byID {
		slices.Sort(e.p.Instances)
		e.p.Instances = slices.Compact(e.p.Instances)
		out = append(out, e.p)
	}
	slices.SortFunc(out, func(a, b SeatPresence) int { return cmp.Compare(a.Seat.ID, b.Seat.ID) })
	return out, nil
}

func (s *Seats) deskChannel() string { return s.c.key("desk") }

// Wake tells every instance's Woken channels (this one's too) that the queue
// or the seats changed.
func (s *Seats) Wake(ctx context.Context) error {
	if err := s.c.rdb.Publish(ctx, s.deskChannel(), "wake").Err(); err != nil {
		return fmt.Errorf("wake desk: redis: %w", err)
	}
	return nil
}

// Woken delivers the Wake calls of every instance, coalesced: a reader that
// falls behind finds one pending nudge. It returns once the subscription is
// confirmed, so a Wake after it returns is seen; if it could not subscribe it
// logs, retries every second and sends one nudge once subscribed. Wakes sent
// while the pub/sub connection is down are lost, so a desk should also
// recompute now and then. The channel is closed when ctx ends or the Client
// closes.
func (s *Seats) Woken(ctx context.Context) <-chan struct{} {
	n := &nudger{ch: make(chan struct{}, 1)}
	hd := &handler{deliver: func(string) { n.nudge() }, closed: n.close}
	channel := s.deskChannel()
	subscribed := func() {
		context.AfterFunc(ctx, func() {
			s.c.hub.unlisten(channel, hd)
			n.close()
		})
	}
	err := s.c.hub.listen(ctx, channel, hd)
	if err == nil {
		subscribed()
		return n.ch
	}
	go func() {
		for {
			if ctx.Err() != nil || errors.Is(err, ErrClosed) {
				n.close()
				return
			}
			s.c.log.Warn("redis seats: cannot subscribe to desk wakes; retrying", "err", err)
			select {
			case <-ctx.Done():
				n.close()
				return
			case <-time.After(time.Second):
			}
			if err = s.c.hub.listen(ctx, channel, hd); err == nil {
				n.nudge()
				subscribed()
				return
			}
		}
	}()
	return n.ch
}

// nudger is a coalescing, closable signal.
type nudger struct {
	mu     sync.Mutex
	ch     chan struct{}
	closed bool
}

func (n *nudger) nudge() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.closed {
		select {
		case n.ch <- struct{}{}:
		default:
		}
	}
}

func (n *nudger) close() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.closed {
		n.closed = true
		close(n.ch)
	}
}
