package redis_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	neturl "net/url"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/redis"
	"github.com/loandesk/loandesk/storage/redis/redistest"
	"github.com/loandesk/loandesk/storage/storetest"
)

// open connects a client with its own logger, for tests that read the log.
func open(t *testing.T, prefix, query string, log *slog.Logger) *redis.Client {
	t.Helper()
	url := redistest.URL(t)
	if query != "" {
		sep := "?"
		if strings.Contains(url, "?") {
			sep = "&"
		}
		url += sep + query
	}
	c, err := redis.Open(t.Context(), url, redis.Options{Prefix: prefix, Logger: log})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// logBuffer collects log lines (and copies them to t.Log).
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newLog() (*logBuffer, *slog.Logger) {
	b := &logBuffer{}
	return b, slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// waitFor polls cond for up to 5s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestBus(t *testing.T) {
	storetest.RunBus(t, func(t *testing.T) dialog.Bus {
		return redis.NewBus(redistest.Open(t, redistest.Prefix(t)), 8)
	})
}

// splitBus publishes through one instance and subscribes through another.
type splitBus struct{ pub, sub dialog.Bus }

func (b splitBus) Publish(ctx context.Context, f dialog.Frame) error { return b.pub.Publish(ctx, f) }
func (b splitBus) Subscribe(ctx context.Context, id string) (dialog.Subscription, error) {
	return b.sub.Subscribe(ctx, id)
}

// The conformance suite again, with every frame crossing from one client to another.
func TestBusAcrossClients(t *testing.T) {
	storetest.RunBus(t, func(t *testing.T) dialog.Bus {
		prefix := redistest.Prefix(t)
		return splitBus{
			pub: redis.NewBus(redistest.Open(t, prefix), 8),
			sub: redis.NewBus(redistest.Open(t, prefix), 8),
		}
	})
}

func receive(t *testing.T, s dialog.Subscription) dialog.Frame {
	t.Helper()
	select {
	case f, ok := <-s.C():
		if !ok {
			t.Fatal("subscription closed")
		}
		return f
	case <-time.After(5 * time.Second):
		t.Fatal("no frame within 5s")
	}
	return dialog.Frame{}
}

func TestBusCrossInstance(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	a, b := redis.NewBus(redistest.Open(t, prefix), 0), redis.NewBus(redistest.Open(t, prefix), 0)
	other := redis.NewBus(redistest.Open(t, redistest.Prefix(t)), 0) // another deployment
	subA, err := a.Subscribe(t.Context(), "cv-1")
	if err != nil {
		t.Fatal(err)
	}
	defer subA.Close()
	subB, err := b.Subscribe(t.Context(), "cv-1")
	if err != nil {
		t.Fatal(err)
	}
	defer subB.Close()
	subOther, err := other.Subscribe(t.Context(), "cv-1")
	if err != nil {
		t.Fatal(err)
	}
	defer subOther.Close()

	want := fullFrame()
	want.ConversationID = "cv-1"
	if err := a.Publish(t.Context(), want); err != nil {
		t.Fatal(err)
	}
	if err := b.Publish(t.Context(), dialog.Frame{Type: dialog.FrameTyping, ConversationID: "cv-1"}); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]dialog.Subscription{"same instance": subA, "other instance": subB} {
		if got := receive(t, s); !reflect.DeepEqual(got, utcFrame(want)) {
			t.Errorf("%s got\n%#v\nwant\n%#v", name, got, utcFrame(want))
		}
		if got := receive(t, s); got.Type != dialog.FrameTyping {
			t.Errorf("%s got %s frame, want typing", name, got.Type)
		}
	}
	select {
	case f := <-subOther.C():
		t.Fatalf("a bus with another prefix got %s frame", f.Type)
	case <-time.After(50 * time.Millisecond):
	}
}

// fullFrame sets every field of dialog.Frame.
func fullFrame() dialog.Frame {
	card, _ := dialog.NewCard(map[string]any{"kind": "repayment", "amount": "1200.50", "note": "<b>&</b>"})
	return dialog.Frame{
		Type: dialog.FrameReply, ConversationID: "cv-x", Seq: 42, ReplyTo: "c-7",
		At:   time.Date(2025, 3, 4, 5, 6, 7, 891011121, time.FixedZone("HKT", 8*3600)),
		From: "agent", Text: "你好 <ok> & \"quoted\"", Intent: "repayment.schedule",
		Cards:        []dialog.Card{card, dialog.Card(`{"kind":"empty"}`)},
		QuickReplies: []dialog.QuickReply{{Label: "Yes", Action: "yes"}, {Label: "No", Action: "no"}},
		Delta:        "partial", HandoffStatus: "queued", Position: 3, ETASeconds: 120, AgentName: "Ann",
		NoteID:    "note-9",
		Sentiment: &dialog.Sentiment{Label: "negative", Score: -0.75},
		Flags:     []dialog.Flag{{Code: "vulnerable", Severity: "high", Evidence: "I lost my job", Seq: 41}},
	}
}

func utcFrame(f dialog.Frame) dialog.Frame {
	f.At = f.At.UTC()
	return f
}

func TestFrameRoundTrip(t *testing.T) {
	t.Parallel()
	f := fullFrame()
	v := reflect.ValueOf(f)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Fatalf("fullFrame leaves %s unset: set it (and add it to the wire frame)", v.Type().Field(i).Name)
		}
	}
	b, err := redis.EncodeFrame(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := redis.DecodeFrame(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, utcFrame(f)) {
		t.Fatalf("round trip of %s\ngot  %#v\nwant %#v", b, got, utcFrame(f))
	}
	if !strings.Contains(string(b), `<ok> &`) {
		t.Errorf("wire frame escapes HTML: %s", b)
	}
	// Every field has its own JSON key.
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		t.Fatal(err)
	}
	if len(keys) != v.NumField() {
		t.Errorf("wire frame has %d keys for %d fields: %s", len(keys), v.NumField(), b)
	}

	// Nil and empty slices stay apart; zero fields stay zero.
	for _, f := range []dialog.Frame{
		{Type: dialog.FrameTyping, ConversationID: "cv"},
		{Type: dialog.FrameReply, ConversationID: "cv", Cards: []dialog.Card{}, QuickReplies: []dialog.QuickReply{}, Flags: []dialog.Flag{}},
		{Type: dialog.FrameReply, ConversationID: "cv", Sentiment: &dialog.Sentiment{}},
	} {
		b, err := redis.EncodeFrame(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := redis.DecodeFrame(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Errorf("round trip of %s\ngot  %#v\nwant %#v", b, got, f)
		}
	}
}

func TestBusSubscribersShareConnection(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	c := redistest.Open(t, prefix)
	b := redis.NewBus(c, 0)
	var subs []dialog.Subscription
	for i := range 50 {
		s, err := b.Subscribe(t.Context(), fmt.Sprintf("cv-%d", i%10))
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, s)
	}
	n, err := c.Redis().Do(t.Context(), "PUBSUB", "NUMSUB", prefix+"conv:cv-3").Slice()
	if err != nil {
		t.Fatal(err)
	}
	if n[1] != int64(1) {
		t.Errorf("PUBSUB NUMSUB = %v, want one Redis subscriber for five local ones", n)
	}
	for _, s := range subs {
		s.Close()
	}
	// The last local subscriber unsubscribes the Redis channel.
	waitFor(t, "channels unsubscribed", func() bool { return redis.Topics(c) == 0 })
	n, err = c.Redis().Do(t.Context(), "PUBSUB", "NUMSUB", prefix+"conv:cv-3").Slice()
	if err != nil {
		t.Fatal(err)
	}
	if n[1] != int64(0) {
		t.Errorf("PUBSUB NUMSUB = %v after every subscriber left", n)
	}
}

// Subscribing and leaving quickly, over and over, never leaves a subscriber
// deaf: each Subscribe returns only once its channel is subscribed.
func TestBusChurn(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	b := redis.NewBus(redistest.Open(t, prefix), 0)
	pub := redis.NewBus(redistest.Open(t, prefix), 0)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 30 {
				id := fmt.Sprintf("cv-%d", (g+i)%3)
				s, err := b.Subscribe(t.Context(), id)
				if err != nil {
					t.Error(err)
					return
				}
				// Others may publish on id too; ours must arrive.
				mark := fmt.Sprintf("%d-%d", g, i)
				if err := pub.Publish(t.Context(), dialog.Frame{Type: dialog.FrameTyping, ConversationID: id, Text: mark}); err != nil {
					t.Error(err)
				}
				timeout := time.After(5 * time.Second)
			wait:
				for {
					select {
					case f := <-s.C():
						if f.Text == mark {
							break wait
						}
					case <-timeout:
						t.Errorf("subscriber %s never got its frame", mark)
						break wait
					}
				}
				s.Close()
			}
		})
	}
	wg.Wait()
}

func TestBusClientClose(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	c, err := redis.Open(t.Context(), redistest.URL(t), redis.Options{Prefix: prefix, Logger: redistest.Logger(t)})
	if err != nil {
		t.Fatal(err)
	}
	b := redis.NewBus(c, 0)
	s, err := b.Subscribe(t.Context(), "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case _, ok := <-s.C():
		if ok {
			t.Fatal("frame after Close")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("C not closed when the client closed")
	}
	s.Close()
	if _, err := b.Subscribe(t.Context(), "cv-a"); err == nil {
		t.Fatal("Subscribe on a closed client succeeded")
	}
	if err := b.Publish(t.Context(), dialog.Frame{Type: dialog.FrameTyping, ConversationID: "cv-a"}); err == nil {
		t.Fatal("Publish on a closed client succeeded")
	}
}

// A killed pub/sub connection is logged, and go-redis re-subscribes.
func TestBusReconnect(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	logs, log := newLog()
	name := "ldtest-" + strings.TrimSuffix(strings.TrimPrefix(prefix, "ldtest:"), ":")
	c := open(t, prefix, "client_name="+name, log)
	b := redis.NewBus(c, 0)
	s, err := b.Subscribe(t.Context(), "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	list, err := c.Redis().ClientList(t.Context()).Result()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	re := regexp.MustCompile(`^id=(\d+) .*name=` + regexp.QuoteMeta(name) + ` .*cmd=(p?un)?subscribe`)
	for line := range strings.SplitSeq(list, "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			ids = append(ids, m[1])
		}
	}
	if len(ids) != 1 {
		t.Fatalf("found %d pub/sub connections named %s in\n%s", len(ids), name, list)
	}
	if err := c.Redis().Do(t.Context(), "CLIENT", "KILL", "ID", ids[0]).Err(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for seq := int64(1); ; seq++ {
		if err := b.Publish(t.Context(), dialog.Frame{Type: dialog.FrameReply, ConversationID: "cv-a", Seq: seq}); err != nil {
			t.Fatal(err)
		}
		select {
		case <-s.C():
		case <-time.After(20 * time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatalf("no frame after the connection was killed; log:\n%s", logs)
			}
			continue
		}
		break
	}
	waitFor(t, "the reconnect logged", func() bool {
		l := logs.String()
		return strings.Contains(l, "connection lost") && strings.Contains(l, "reconnected")
	})
}

func TestLocker(t *testing.T) {
	storetest.RunLocker(t, func(t *testing.T) dialog.Locker {
		return redis.NewLocker(redistest.Open(t, redistest.Prefix(t)), redis.LockerOptions{})
	})
}

// Two instances contend for one conversation: never two holders at once.
func TestLockerAcrossClients(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	lockers := []*redis.Locker{
		redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{}),
		redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{}),
	}
	var inside, total atomic.Int32
	var perLocker [2]atomic.Int32
	var wg sync.WaitGroup
	start := time.Now()
	for g := range 10 {
		for i, l := range lockers {
			wg.Go(func() {
				for range 20 {
					unlock, err := l.Lock(t.Context(), "cv-a")
					if err != nil {
						t.Errorf("Lock: %v", err)
						return
					}
					if n := inside.Add(1); n != 1 {
						t.Errorf("%d holders at once (goroutine %d)", n, g)
					}
					time.Sleep(50 * time.Microsecond)
					total.Add(1)
					perLocker[i].Add(1)
					inside.Add(-1)
					unlock()
				}
			})
		}
	}
	wg.Wait()
	if total.Load() != 400 {
		t.Fatalf("%d locks taken, want 400", total.Load())
	}
	t.Logf("400 locks over two clients in %v", time.Since(start))
	for _, l := range lockers {
		if n := redis.Entries(l); n != 0 {
			t.Errorf("%d local entries left", n)
		}
	}
}

// A crashed holder's lock expires after the ttl; until then nobody gets it.
func TestLockerExpiresAfterCrash(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	const ttl = 400 * time.Millisecond
	a := redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{TTL: ttl})
	b := redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{TTL: ttl})
	_, crash, err := redis.LockCrashable(t.Context(), a, "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	crashed := time.Now()
	crash()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	unlock, err := b.Lock(ctx, "cv-a")
	if err != nil {
		t.Fatalf("lock of a crashed holder never expired: %v", err)
	}
	defer unlock()
	if waited := time.Since(crashed); waited < ttl/2 {
		t.Fatalf("got the lock %v after the holder crashed; the ttl is %v", waited, ttl)
	}
	// The crashed instance's own later turns wait too (its local queue was freed).
	short, cancel2 := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel2()
	if _, err := a.Lock(short, "cv-a"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Lock while another instance holds it = %v", err)
	}
}

// A turn longer than the ttl keeps its lock: the watchdog renews it.
func TestLockerWatchdog(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	const ttl = 300 * time.Millisecond
	a := redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{TTL: ttl})
	b := redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{TTL: ttl})
	unlock, err := a.Lock(t.Context(), "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 4*ttl)
	defer cancel()
	if _, err := b.Lock(ctx, "cv-a"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Lock during a long turn = %v, want context.DeadlineExceeded", err)
	}
	unlock()
	ctx2, cancel2 := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel2()
	unlockB, err := b.Lock(ctx2, "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	unlockB()
}

// A lock that vanishes while held (expired during a Redis outage, say) is
// logged; the stale unlock does not release the next holder's.
func TestLockerLost(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	logs, log := newLog()
	const ttl = 150 * time.Millisecond
	c := open(t, prefix, "", log)
	a := redis.NewLocker(c, redis.LockerOptions{TTL: ttl})
	b := redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{TTL: time.Minute})
	unlock, err := a.Lock(t.Context(), "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Redis().Del(t.Context(), prefix+"lock:cv-a").Err(); err != nil {
		t.Fatal(err)
	}
	unlockB, err := b.Lock(t.Context(), "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	defer unlockB()
	waitFor(t, "the loss logged", func() bool { return strings.Contains(logs.String(), "lost while held") })
	unlock()
	if !strings.Contains(logs.String(), "expired before unlock") {
		t.Errorf("stale unlock not logged:\n%s", logs)
	}
	if ttl, err := c.Redis().PTTL(t.Context(), prefix+"lock:cv-a").Result(); err != nil || ttl <= 0 {
		t.Fatalf("the new holder's lock is gone after a stale unlock: ttl %v, %v", ttl, err)
	}
}

// A waiter on another instance is woken by the release message, not by polling.
func TestLockerReleaseWakesRemoteWaiter(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	a := redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{})
	b := redis.NewLocker(redistest.Open(t, prefix), redis.LockerOptions{})
	redis.SetBackoff(b, time.Minute, time.Minute) // no polling to speak of
	unlock, err := a.Lock(t.Context(), "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan func(), 1)
	go func() {
		u, err := b.Lock(t.Context(), "cv-a")
		if err != nil {
			t.Error(err)
			close(got)
			return
		}
		got <- u
	}()
	waitFor(t, "the waiter listening", func() bool { return redis.Listening(b) })
	time.Sleep(20 * time.Millisecond) // let it retry once after subscribing
	released := time.Now()
	unlock()
	select {
	case u := <-got:
		t.Logf("remote waiter got the lock %v after the release", time.Since(released))
		if u != nil {
			u()
		}
	case <-time.After(5 * time.Second):
		t.Fatal("remote waiter not woken by the release")
	}
}

func TestSeats(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	s1, s2 := redis.NewSeats(redistest.Open(t, prefix)), redis.NewSeats(redistest.Open(t, prefix))
	ctx := t.Context()
	ann := dialog.Seat{ID: "ann", Name: "Ann", Skills: []string{dialog.SkillHardship}, Capacity: 3}
	bob := dialog.Seat{ID: "bob", Name: "Bob", Skills: []string{dialog.SkillGeneral}}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	list := func(s *redis.Seats) []redis.SeatPresence {
		t.Helper()
		l, err := s.Presence(ctx)
		must(err)
		return l
	}

	if l := list(s1); len(l) != 0 {
		t.Fatalf("empty registry lists %v", l)
	}
	must(s1.Heartbeat(ctx, "i1", ann, dialog.SeatAway, time.Minute))
	must(s2.Heartbeat(ctx, "i2", ann, dialog.SeatAvailable, time.Minute))
	must(s2.Heartbeat(ctx, "i2", bob, dialog.SeatAway, 300*time.Millisecond))
	want := []redis.SeatPresence{
		{Seat: ann, Status: dialog.SeatAvailable, Instances: []string{"i1", "i2"}},
		{Seat: bob, Status: dialog.SeatAway, Instances: []string{"i2"}},
	}
	if got := list(s1); !reflect.DeepEqual(got, want) {
		t.Fatalf("List = %+v, want %+v", got, want)
	}

	// Heartbeats refresh the record: new status, name, skills.
	ann2 := dialog.Seat{ID: "ann", Name: "Ann Lee", Skills: []string{dialog.SkillHardship, dialog.SkillMortgage}, Capacity: 4}
	must(s2.Heartbeat(ctx, "i2", ann2, dialog.SeatAway, time.Minute))
	want[0] = redis.SeatPresence{Seat: ann2, Status: dialog.SeatAway, Instances: []string{"i1", "i2"}}
	if got := list(s1); !reflect.DeepEqual(got, want) {
		t.Fatalf("after a heartbeat List = %+v, want %+v", got, want)
	}

	// Bob's record expires; the registry forgets it.
	waitFor(t, "bob to expire", func() bool { return len(list(s2)) == 1 })
	if n, err := redistest.Open(t, prefix).Redis().HLen(ctx, prefix+"seats:records").Result(); err != nil || n != 2 {
		t.Fatalf("records hash holds %d (%v), want ann's two", n, err)
	}

	// Leaving on one instance keeps the seat listed while another has it.
	must(s1.Leave(ctx, "i2", "ann"))
	want = []redis.SeatPresence{{Seat: ann, Status: dialog.SeatAway, Instances: []string{"i1"}}}
	if got := list(s2); !reflect.DeepEqual(got, want) {
		t.Fatalf("after i2 left List = %+v, want %+v", got, want)
	}
	must(s1.Leave(ctx, "i1", "ann"))
	must(s1.Leave(ctx, "i1", "ann")) // twice is fine
	if l := list(s1); len(l) != 0 {
		t.Fatalf("after everyone left List = %+v", l)
	}

	// Bad input.
	for _, err := range []error{
		s1.Heartbeat(ctx, "", ann, dialog.SeatAvailable, time.Minute),
		s1.Heartbeat(ctx, "a|b", ann, dialog.SeatAvailable, time.Minute),
		s1.Heartbeat(ctx, "i1", dialog.Seat{}, dialog.SeatAvailable, time.Minute),
		s1.Heartbeat(ctx, "i1", ann, "", time.Minute),
		s1.Heartbeat(ctx, "i1", ann, dialog.SeatAvailable, 0),
		s1.Leave(ctx, "i1", ""),
	} {
		if !errors.Is(err, dialog.ErrInvalid) {
			t.Errorf("bad input: %v, want ErrInvalid", err)
		}
	}
}

// The registry's keys expire with their last record.
func TestSeatsKeysExpire(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	c := redistest.Open(t, prefix)
	s := redis.NewSeats(c)
	if err := s.Heartbeat(t.Context(), "i1", dialog.Seat{ID: "ann"}, dialog.SeatAvailable, 250*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := s.Heartbeat(t.Context(), "i2", dialog.Seat{ID: "ann"}, dialog.SeatAvailable, time.Minute); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"seats:expiry", "seats:records"} {
		ttl, err := c.Redis().PTTL(t.Context(), prefix+k).Result()
		if err != nil || ttl < 50*time.Second || ttl > time.Minute {
			t.Errorf("%s ttl %v (%v), want the longest record's minute", k, ttl, err)
		}
	}
}

func TestLimiter(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	l1, l2 := redis.NewLimiter(redistest.Open(t, prefix)), redis.NewLimiter(redistest.Open(t, prefix))
	ctx := t.Context()
	const window = 400 * time.Millisecond
	allow := func(l *redis.Limiter, key string) bool {
		t.Helper()
		ok, err := l.Allow(ctx, key, 3, window)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	start := time.Now()
	var got []bool
	for i := range 5 {
		got = append(got, allow([]*redis.Limiter{l1, l2}[i%2], "cust-1"))
	}
	if time.Since(start) > window/2 {
		t.Skip("machine too slow to stay within one window")
	}
	if want := []bool{true, true, true, false, false}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Allow over two instances = %v, want %v", got, want)
	}
	if !allow(l1, "cust-2") {
		t.Fatal("another key shares the count")
	}
	ttl, err := redistest.Open(t, prefix).Redis().PTTL(ctx, prefix+"rate:cust-1").Result()
	if err != nil || ttl <= 0 || ttl > window {
		t.Fatalf("counter ttl %v (%v), want within the window", ttl, err)
	}
	waitFor(t, "the window to pass", func() bool { return allow(l2, "cust-1") })

	for _, args := range []struct {
		key    string
		limit  int
		window time.Duration
	}{{"", 1, time.Second}, {"k", 0, time.Second}, {"k", 1, 0}} {
		if _, err := l1.Allow(ctx, args.key, args.limit, args.window); !errors.Is(err, dialog.ErrInvalid) {
			t.Errorf("Allow(%+v) = %v, want ErrInvalid", args, err)
		}
	}
}

func TestWake(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	s1, s2 := redis.NewSeats(redistest.Open(t, prefix)), redis.NewSeats(redistest.Open(t, prefix))
	ctx, cancel := context.WithCancel(t.Context())
	w1, w2 := s1.Woken(ctx), s2.Woken(ctx)
	other := redis.NewSeats(redistest.Open(t, redistest.Prefix(t))).Woken(ctx)

	// Several wakes coalesce into one pending nudge per reader.
	for range 3 {
		if err := s1.Wake(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	for name, w := range map[string]<-chan struct{}{"waker": w1, "other instance": w2} {
		select {
		case <-w:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s not woken", name)
		}
	}
	time.Sleep(50 * time.Millisecond) // the later wakes have arrived
	for name, w := range map[string]<-chan struct{}{"waker": w1, "other instance": w2} {
		select {
		case <-w:
		default:
		}
		select {
		case <-w:
			t.Errorf("%s woken more than twice by three coalesced wakes", name)
		default:
		}
	}
	select {
	case <-other:
		t.Error("another deployment's desk woken")
	default:
	}

	cancel()
	for _, w := range []<-chan struct{}{w1, w2, other} {
		select {
		case _, ok := <-w:
			if ok {
				// a late nudge; the close follows
				if _, ok := <-w; ok {
					t.Fatal("Woken channel open after ctx ended")
				}
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Woken channel not closed after ctx ended")
		}
	}
}

func TestOpen(t *testing.T) {
	t.Parallel()
	url := redistest.URL(t)
	c, err := redis.Open(t.Context(), url, redis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Prefix() != redis.DefaultPrefix {
		t.Errorf("default prefix %q", c.Prefix())
	}
	if err := c.Ping(t.Context()); err != nil {
		t.Error(err)
	}
	if err := c.Close(); err != nil {
		t.Error(err)
	}
	if _, err := redis.Open(t.Context(), "http://nope", redis.Options{}); err == nil {
		t.Error("Open of a non-redis url succeeded")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	if _, err := redis.Open(ctx, "redis://127.0.0.1:1/0", redis.Options{}); err == nil {
		t.Error("Open of a closed port succeeded")
	}
}

// freezer is a TCP proxy to Redis whose connections can be frozen: they stay
// open but forward nothing, like a peer lost behind a dead NAT entry.
type freezer struct {
	ln    net.Listener
	mu    sync.Mutex
	pairs []*proxyPair
}

type proxyPair struct {
	a, b   net.Conn
	frozen atomic.Bool
}

func newFreezer(t *testing.T, addr string) *freezer {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &freezer{ln: ln}
	go func() {
		for {
			a, err := ln.Accept()
			if err != nil {
				return
			}
			b, err := net.Dial("tcp", addr)
			if err != nil {
				a.Close()
				continue
			}
			p := &proxyPair{a: a, b: b}
			f.mu.Lock()
			f.pairs = append(f.pairs, p)
			f.mu.Unlock()
			go p.pipe(a, b)
			go p.pipe(b, a)
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, p := range f.pairs {
			p.a.Close()
			p.b.Close()
		}
	})
	return f
}

func (p *proxyPair) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if err != nil {
			p.a.Close()
			p.b.Close()
			return
		}
		if !p.frozen.Load() {
			if _, err := dst.Write(buf[:n]); err != nil {
				return
			}
		}
	}
}

func (f *freezer) freezeAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range f.pairs {
		p.frozen.Store(true)
	}
}

// An idle pub/sub connection is pinged; one that stops answering is replaced.
func TestBusSilentConnectionReplaced(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	u, err := neturl.Parse(redistest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	f := newFreezer(t, u.Host)
	u.Host = f.ln.Addr().String()
	logs, log := newLog()
	c, err := redis.Open(t.Context(), u.String(), redis.Options{Prefix: prefix, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	const health = 100 * time.Millisecond
	redis.SetHealthInterval(c, health)
	s, err := redis.NewBus(c, 0).Subscribe(t.Context(), "cv-a")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pub := redis.NewBus(redistest.Open(t, prefix), 0)

	time.Sleep(4 * health) // idle: pinged, answered
	if err := pub.Publish(t.Context(), dialog.Frame{Type: dialog.FrameReply, ConversationID: "cv-a", Seq: 1}); err != nil {
		t.Fatal(err)
	}
	if f := receive(t, s); f.Seq != 1 {
		t.Fatalf("got seq %d", f.Seq)
	}
	if strings.Contains(logs.String(), "replacing") {
		t.Fatalf("a healthy idle connection was replaced:\n%s", logs)
	}

	f.freezeAll()
	deadline := time.Now().Add(5 * time.Second)
	for seq := int64(2); ; seq++ {
		if err := pub.Publish(t.Context(), dialog.Frame{Type: dialog.FrameReply, ConversationID: "cv-a", Seq: seq}); err != nil {
			t.Fatal(err)
		}
		select {
		case <-s.C():
		case <-time.After(20 * time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatalf("no frame after the connection froze; log:\n%s", logs)
			}
			continue
		}
		break
	}
	if !strings.Contains(logs.String(), "replacing") {
		t.Errorf("replacement not logged:\n%s", logs)
	}
}

// The seat registry conformance suite, the two registries on separate clients.
func TestSeatsConformance(t *testing.T) {
	storetest.RunSeats(t, func(t *testing.T) (dialog.SeatRegistry, dialog.SeatRegistry) {
		prefix := redistest.Prefix(t)
		return redis.NewSeats(redistest.Open(t, prefix)), redis.NewSeats(redistest.Open(t, prefix))
	})
}
