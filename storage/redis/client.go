// Package redis shares LoanDesk's in-process coordination between several
// instances through one Redis: a dialog.Bus over pub/sub, a dialog.Locker over
// SET NX locks with a watchdog, a seat registry with per-record expiry and a
// fixed-window rate limiter.
//
// Every key and channel starts with Options.Prefix, so several deployments
// (and tests) can share one Redis:
//
//	<prefix>conv:<conversation>   channel  Bus frames of one conversation (JSON)
//	<prefix>lock:<conversation>   string   Locker: the holder's random token, PX ttl
//	<prefix>locks:released        channel  Locker: a conversation id, on every unlock
//	<prefix>seats:expiry          zset     Seats: "<instance>|<seat>" scored by expiry (unix ms, Redis clock)
//	<prefix>seats:records         hash     Seats: "<instance>|<seat>" → JSON presence record
//	<prefix>desk                  channel  Seats.Wake nudges
//	<prefix>rate:<key>            string   Limiter: the window's counter, PX window
package redis

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"

	goredis "github.com/redis/go-redis/v9"
)

// DefaultPrefix namespaces keys and channels when Options.Prefix is empty.
const DefaultPrefix = "loandesk:"

// ErrClosed is returned by calls that need a closed Client's connections.
var ErrClosed = errors.New("redis: client closed")

// Options configures a Client.
type Options struct {
	// Prefix starts every key and channel; DefaultPrefix when empty.
	Prefix string
	// Logger receives connection and lock trouble; slog.Default() when nil.
	Logger *slog.Logger
}

// Client is one instance's connection to the shared Redis: a command pool and
// (opened on first use) one pub/sub connection shared by every Bus
// subscription, Locker and Seats.Woken of this Client.
type Client struct {
	rdb    *goredis.Client
	prefix string
	log    *slog.Logger
	hub    *hub
}

// Open connects to the Redis at url (redis://[user:pass@]host:port/db, rediss://
// or unix://, as goredis.ParseURL reads them) and pings it.
func Open(ctx context.Context, url string, opts Options) (*Client, error) {
	o, err := goredis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("redis: parse url: %w", err)
	}
	rdb := goredis.NewClient(o)
	if err := rdb.Ping(ctx).Err(); err != nil {
		_ = rdb.Close()
		return nil, fmt.Errorf("redis: ping %s: %w", o.Addr, err)
	}
	c := &Client{
		rdb:    rdb,
		prefix: cmp.Or(opts.Prefix, DefaultPrefix),
		log:    cmp.Or(opts.Logger, slog.Default()).With("component", "redis"),
	}
	c.hub = newHub(rdb, c.log)
	return c, nil
}

// Close closes the pub/sub connection (ending every subscription: their
// channels close) and the command pool. Locks still held are not released;
// they expire after their ttl.
func (c *Client) Close() error {
	c.hub.close()
	return c.rdb.Close()
}

// Ping reports whether Redis answers (readiness).
func (c *Client) Ping(ctx context.Context) error {
	if err := c.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis: ping: %w", err)
	}
	return nil
}

// Prefix returns the namespace of this client's keys and channels.
func (c *Client) Prefix() string { return c.prefix }

// Redis returns the underlying go-redis client, for diagnostics and tests.
func (c *Client) Redis() *goredis.Client { return c.rdb }

func (c *Client) key(name string) string { return c.prefix + name }
