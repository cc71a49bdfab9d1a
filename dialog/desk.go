package dialog

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"
)

// Seat skills (DOMAIN.md §6): a handoff is routed to a seat with its skill first.
const (
	SkillHardship   = "hardship"
	SkillComplaints = "complaints"
	SkillMortgage   = "mortgage"
	SkillGeneral    = "general"
)

// Handoff priorities, most urgent first.
const (
	PriorityCritical = "critical"
	PriorityHigh     = "high"
	PriorityNormal   = "normal"
)

// Seat presence.
const (
	SeatAvailable = "available"
	SeatAway      = "away"
)

// priorityRank orders priorities, most urgent lowest.
func priorityRank(p string) int {
	switch p {
	case PriorityCritical:
		return 0
	case PriorityHigh:
		return 1
	}
	return 2
}

// HandoffRequest asks the core for a person: why, which skill, how urgent.
type HandoffRequest struct {
	Reason   string
	Skill    string
	Priority string
}

// Seat is a call-centre agent's place at the desk.
type Seat struct {
	ID       string
	Name     string
	Skills   []string
	Capacity int // concurrent conversations; 0 takes Config.SeatCapacity
}

// QueueItem is one conversation waiting for a seat, as agents see it.
type QueueItem struct {
	ConversationID string
	CustomerID     string
	Reason         string
	Skill          string
	Priority       string
	QueuedAt       time.Time
	Flags          []Flag // the customer's flags so far, with the seq of their message
	// Position is the item's place in the whole queue (1 first).
	Position int
	// SuggestedAgentID is the least busy available seat with the skill (or, with
	// none, any available seat); "" when no seat is free.
	SuggestedAgentID string
	// visible lists the seats shown this item (see deskSnapshot.visibleTo).
	visible []string
}

// SeatWatch delivers the queue one seat may see, newest view only, whenever it changes.
type SeatWatch struct {
	c     chan []QueueItem
	leave func()
}

// C delivers queue views; a slow reader sees only the latest.
func (w *SeatWatch) C() <-chan []QueueItem { return w.c }

// Leave removes this connection from the desk; the seat stays while it has others.
func (w *SeatWatch) Leave() { w.leave() }

// seatState is one seat's presence and its watching connections.
type seatState struct {
	seat     Seat
	status   string
	watchers map[*SeatWatch][]QueueItem // the view last sent to each
}

// desk routes handoffs to seats (DOMAIN.md §6). The queue itself lives in the
// Store (Store.Handoffs), so it survives restarts; presence lives here.
type desk struct {
	mu     sync.Mutex
	seats  map[string]*seatState
	claims map[string]*sync.Mutex // by agent: one claim at a time, so capacity holds across a seat's sockets
	flags  map[string]queueFlags  // by waiting conversation, read again once it was active since
	snap   deskSnapshot           // the latest computed queue
	poke   chan struct{}
}

func newDesk() *desk {
	return &desk{seats: map[string]*seatState{}, claims: map[string]*sync.Mutex{}, flags: map[string]queueFlags{}, poke: make(chan struct{}, 1)}
}

// claimLock serialises one agent's claims.
func (d *desk) claimLock(agentID string) func() {
	d.mu.Lock()
	m := d.claims[agentID]
	if m == nil {
		m = new(sync.Mutex)
		d.claims[agentID] = m
	}
	d.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// queueFlags is a waiting conversation's flags as of its LastActive and
// LastSeq (a message moves the first, its replies the second; either tells
// the cache it is stale, even on a clock that stood still).
type queueFlags struct {
	asOf  time.Time
	seq   int64
	flags []Flag
}

// wake asks the desk loop to recompute the queue soon; calls coalesce.
func (d *desk) wake() {
	select {
	case d.poke <- struct{}{}:
	default:
	}
}

// deskSnapshot is the queue and seat load at one moment.
type deskSnapshot struct {
	items  []QueueItem       // priority order
	held   map[string]string // conversation → agent holding it
	load   map[string]int    // agent → conversations held
	seats  map[string]Seat   // connected seats
	status map[string]string // connected seats' presence
	conns  map[string]Conversation
}

// free reports whether a seat is available with room for another conversation.
func (s deskSnapshot) free(id string, capacity int) bool {
	seat, ok := s.seats[id]
	return ok && s.status[id] == SeatAvailable && s.load[id] < cmp.Or(seat.Capacity, capacity)
}

// compute reads the active handoffs and routes them over the connected seats.
func (e *Engine) computeDesk(ctx context.Context) (deskSnapshot, error) {
	convs, err := e.d.Store.Handoffs(ctx)
	if err != nil {
		return deskSnapshot{}, err
	}
	d := e.desk
	d.mu.Lock()
	snap := deskSnapshot{
		held: map[string]string{}, load: map[string]int{}, seats: map[string]Seat{},
		status: map[string]string{}, conns: map[string]Conversation{},
	}
	for id, st := range d.seats {
		snap.seats[id], snap.status[id] = st.seat, st.status
	}
	d.mu.Unlock()
	if e.d.Seats != nil {
		remote, err := e.d.Seats.List(ctx)
		if err != nil {
			// Route over the local seats alone rather than stop routing.
			e.log.Warn("list seats", "err", err)
		}
		for _, sp := range remote {
			if _, local := snap.seats[sp.Seat.ID]; !local {
				snap.seats[sp.Seat.ID], snap.status[sp.Seat.ID] = sp.Seat, sp.Status
			}
		}
	}

	for _, c := range convs {
		snap.conns[c.ID] = c
		h := c.Handoff
		if h.State == HandoffConnected {
			snap.held[c.ID] = h.AgentID
			snap.load[h.AgentID]++
			continue
		}
		item := QueueItem{
			ConversationID: c.ID, CustomerID: c.CustomerID, Reason: h.Reason, Skill: h.Skill,
			Priority: h.Priority, QueuedAt: h.QueuedAt,
		}
		if item.Flags, err = e.queueFlags(ctx, c); err != nil {
			return deskSnapshot{}, err
		}
		snap.items = append(snap.items, item)
	}
	d.mu.Lock()
	for id := range d.flags {
		if _, ok := snap.conns[id]; !ok {
			delete(d.flags, id)
		}
	}
	d.mu.Unlock()
	slices.SortStableFunc(snap.items, func(a, b QueueItem) int {
		return cmp.Or(cmp.Compare(priorityRank(a.Priority), priorityRank(b.Priority)), a.QueuedAt.Compare(b.QueuedAt))
	})
	ids := make([]string, 0, len(snap.seats))
	for id := range snap.seats {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for i := range snap.items {
		it := &snap.items[i]
		it.Position = i + 1
		it.SuggestedAgentID, it.visible = e.route(snap, ids, it.Skill)
	}
	return snap, nil
}

// queueFlags are a waiting conversation's flags, first of each code, with
// the seq of their message. A conversation's messages change only when its
// LastActive or LastSeq moves, so the desk reads them once per change, not
// on every look.
func (e *Engine) queueFlags(ctx context.Context, c Conversation) ([]Flag, error) {
	d := e.desk
	d.mu.Lock()
	cached, ok := d.flags[c.ID]
	d.mu.Unlock()
	if ok && cached.asOf.Equal(c.LastActive) && cached.seq == c.LastSeq {
		return cached.flags, nil
	}
	msgs, err := e.d.Store.Messages(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	flags := []Flag{}
	for _, m := range msgs {
		for _, f := range m.Flags {
			f.Seq = m.Seq
			if !slices.ContainsFunc(flags, func(g Flag) bool { return g.Code == f.Code }) {
				flags = append(flags, f)
			}
		}
	}
	d.mu.Lock()
	d.flags[c.ID] = queueFlags{asOf: c.LastActive, seq: c.LastSeq, flags: flags}
	d.mu.Unlock()
	return flags, nil
}

// route picks who sees a queued item and who it is suggested to: seats with
// the skill first; when none of them is free, every connected seat, so no
// customer waits on an absent specialist. The suggestion is the least busy
// free seat among them.
func (e *Engine) route(snap deskSnapshot, ids []string, skill string) (suggested string, visible []string) {
	skilled := func(id string) bool {
		return skill == "" || slices.Contains(snap.seats[id].Skills, skill)
	}
	anySkilledFree := slices.ContainsFunc(ids, func(id string) bool { return skilled(id) && snap.free(id, e.cfg.SeatCapacity) })
	best := -1
	for _, id := range ids {
		if anySkilledFree && !skilled(id) {
			continue
		}
		visible = append(visible, id)
		if snap.free(id, e.cfg.SeatCapacity) && (best < 0 || snap.load[id] < best) {
			suggested, best = id, snap.load[id]
		}
	}
	return suggested, visible
}

// visibleTo reports whether agent may see and claim a queued conversation.
func (s deskSnapshot) visibleTo(agentID, conversationID string) bool {
	for _, it := range s.items {
		if it.ConversationID == conversationID {
			return slices.Contains(it.visible, agentID)
		}
	}
	return false
}

// viewFor is the queue one seat is shown.
func (s deskSnapshot) viewFor(agentID string) []QueueItem {
	out := []QueueItem{}
	for _, it := range s.items {
		if slices.Contains(it.visible, agentID) {
			out = append(out, it)
		}
	}
	return out
}

// eta estimates a wait for position pos: a free seat picks up within
// half a minute; past the free seats, one average handling time per round
// of available seats.
func (e *Engine) eta(s deskSnapshot, pos int) int {
	free, avail := 0, 0
	for id, seat := range s.seats {
		if s.status[id] != SeatAvailable {
			continue
		}
		avail++
		free += max(0, cmp.Or(seat.Capacity, e.cfg.SeatCapacity)-s.load[id])
	}
	if pos <= free {
		return 30
	}
	rounds := (pos-free-1)/max(avail, 1) + 1
	return rounds * int(e.cfg.AverageHandle/time.Second)
}

// JoinDesk connects one of an agent's sockets to the desk. The seat becomes
// available on its first connection and leaves with its last.
func (e *Engine) JoinDesk(p Principal, seat Seat) (*SeatWatch, error) {
	if p.Role != RoleAgent || p.Subject == "" || seat.ID != p.Subject {
		return nil, ErrForbidden
	}
	d := e.desk
	w := &SeatWatch{c: make(chan []QueueItem, 1)}
	d.mu.Lock()
	st := d.seats[seat.ID]
	if st == nil {
		st = &seatState{seat: seat, status: SeatAvailable, watchers: map[*SeatWatch][]QueueItem{}}
		d.seats[seat.ID] = st
	}
	st.watchers[w] = nil
	d.mu.Unlock()
	w.leave = sync.OnceFunc(func() {
		d.mu.Lock()
		delete(st.watchers, w)
		gone := len(st.watchers) == 0 && d.seats[seat.ID] == st
		if gone {
			delete(d.seats, seat.ID)
		}
		d.mu.Unlock()
		if gone && e.d.Seats != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			if err := e.d.Seats.Leave(ctx, e.cfg.InstanceID, seat.ID); err != nil {
				e.log.Warn("seat leave", "agent_id", seat.ID, "err", err)
			}
			cancel()
		}
		d.wake()
	})
	d.wake()
	return w, nil
}

// SetSeatStatus records an agent's presence: available or away.
func (e *Engine) SetSeatStatus(p Principal, status string) error {
	if status != SeatAvailable && status != SeatAway {
		return ErrInvalid
	}
	d := e.desk
	d.mu.Lock()
	st := d.seats[p.Subject]
	if st != nil && p.Role == RoleAgent {
		st.status = status
	}
	d.mu.Unlock()
	if st == nil || p.Role != RoleAgent {
		return ErrForbidden
	}
	d.wake()
	return nil
}

// runDesk recomputes the queue on every change and every tick: it sends each
// seat its view when that changed, tells waiting customers their new place,
// and offers a callback to those who waited longer than HandoffWait.
func (e *Engine) runDesk(ctx context.Context) {
	t := time.NewTicker(e.cfg.QueueTick)
	defer t.Stop()
	beat := time.NewTicker(e.cfg.SeatTTL / 3)
	defer beat.Stop()
	var woken <-chan struct{}
	if e.d.Seats != nil {
		wctx, cancel := context.WithCancel(ctx)
		defer cancel()
		woken = e.d.Seats.Woken(wctx)
	}
	for {
		select {
		case <-e.stop:
			return
		case <-e.desk.poke:
			// A change here: other instances' desks look too.
			e.heartbeat(ctx)
			if e.d.Seats != nil {
				if err := e.d.Seats.Wake(ctx); err != nil {
					e.log.Warn("wake other desks", "err", err)
				}
			}
		case <-woken:
		case <-beat.C:
			e.heartbeat(ctx)
			continue
		case <-t.C:
		}
		if err := e.publishDesk(ctx); err != nil {
			e.log.Error("desk", "err", err)
		}
	}
}

// heartbeat renews this instance's seats in the registry.
func (e *Engine) heartbeat(ctx context.Context) {
	if e.d.Seats == nil {
		return
	}
	d := e.desk
	d.mu.Lock()
	seats := make([]SeatPresence, 0, len(d.seats))
	for _, st := range d.seats {
		seats = append(seats, SeatPresence{Seat: st.seat, Status: st.status})
	}
	d.mu.Unlock()
	for _, sp := range seats {
		if err := e.d.Seats.Heartbeat(ctx, e.cfg.InstanceID, sp.Seat, sp.Status, e.cfg.SeatTTL); err != nil {
			e.log.Warn("seat heartbeat", "agent_id", sp.Seat.ID, "err", err)
		}
	}
}

func (e *Engine) publishDesk(ctx context.Context) error {
	snap, err := e.computeDesk(ctx)
	if err != nil {
		return err
	}
	d := e.desk
	d.mu.Lock()
	d.snap = snap
	for id, st := range d.seats {
		view := snap.viewFor(id)
		for w, last := range st.watchers {
			if last != nil && queueEqual(last, view) {
				continue
			}
			st.watchers[w] = view
			select { // latest wins: drop an unread older view
			case <-w.c:
			default:
			}
			w.c <- view
		}
	}
	d.mu.Unlock()

	var moved []QueueItem
	for _, it := range snap.items {
		if snap.conns[it.ConversationID].Handoff.Position != it.Position {
			moved = append(moved, it)
		}
	}

	now := e.d.Clock.Now()
	for _, it := range moved {
		e.tellPosition(ctx, it.ConversationID, snap, it.Position)
	}
	for _, it := range snap.items {
		c := snap.conns[it.ConversationID]
		if c.Handoff.CallbackOfferedAt.IsZero() && now.Sub(it.QueuedAt) >= e.cfg.HandoffWait {
			e.offerCallback(ctx, it.ConversationID, snap, it.Position)
		}
	}
	return nil
}

// queueEqual compares two views on what an agent is shown.
func queueEqual(a, b []QueueItem) bool {
	return slices.EqualFunc(a, b, func(x, y QueueItem) bool {
		return x.ConversationID == y.ConversationID && x.Position == y.Position && x.Priority == y.Priority &&
			x.SuggestedAgentID == y.SuggestedAgentID && slices.Equal(x.Flags, y.Flags)
	})
}

// position is where a conversation would stand if queued now with priority
// (used before the desk loop has seen it).
func (s deskSnapshot) position(conversationID, priority string, queuedAt time.Time) int {
	pos := 1
	for _, it := range s.items {
		if it.ConversationID == conversationID {
			continue
		}
		r, mine := priorityRank(it.Priority), priorityRank(priority)
		if r < mine || (r == mine && !it.QueuedAt.After(queuedAt)) {
			pos++
		}
	}
	return pos
}

// DeskStats is the desk at its last look, for metrics.
type DeskStats struct {
	Waiting, Held                  int
	SeatsConnected, SeatsAvailable int
	OldestWait                     time.Duration
}

// DeskStats reports the queue and seats as the desk loop last saw them.
func (e *Engine) DeskStats() DeskStats {
	d := e.desk
	d.mu.Lock()
	defer d.mu.Unlock()
	st := DeskStats{Waiting: len(d.snap.items), Held: len(d.snap.held), SeatsConnected: len(d.seats)}
	for _, s := range d.seats {
		if s.status == SeatAvailable {
			st.SeatsAvailable++
		}
	}
	for _, it := range d.snap.items {
		st.OldestWait = max(st.OldestWait, e.d.Clock.Now().Sub(it.QueuedAt))
	}
	return st
}
