// Package redistest connects tests to a real Redis: LOANDESK_TEST_REDIS_URL,
// or redis://127.0.0.1:6379/0 by default. Tests skip when it is unreachable,
// unless CI is set: then they fail.
package redistest

import (
	"context"
	"crypto/rand"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	lredis "github.com/loandesk/loandesk/storage/redis"
)

// DefaultURL is used when LOANDESK_TEST_REDIS_URL is empty.
const DefaultURL = "redis://127.0.0.1:6379/0"

var (
	probeOnce sync.Once
	probeURL  string
	probeErr  error
)

// URL returns the test Redis's URL once it answered a ping; otherwise it skips
// the test (fails it when the CI environment variable is set).
func URL(t testing.TB) string {
	t.Helper()
	probeOnce.Do(func() {
		probeURL = os.Getenv("LOANDESK_TEST_REDIS_URL")
		if probeURL == "" {
			probeURL = DefaultURL
		}
		probeErr = ping(probeURL)
	})
	if probeErr != nil {
		msg := "no test Redis at " + probeURL + " (set LOANDESK_TEST_REDIS_URL): " + probeErr.Error()
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return probeURL
}

func ping(url string) error {
	o, err := goredis.ParseURL(url)
	if err != nil {
		return err
	}
	o.MaxRetries = -1
	c := goredis.NewClient(o)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return c.Ping(ctx).Err()
}

// Prefix returns a fresh key prefix ("ldtest:<random>:") and deletes every key
// under it when the test ends. It skips the test like URL without a Redis.
func Prefix(t testing.TB) string {
	t.Helper()
	url := URL(t)
	prefix := "ldtest:" + rand.Text()[:12] + ":"
	t.Cleanup(func() {
		if err := Clean(url, prefix); err != nil {
			t.Errorf("redistest: clean %s*: %v", prefix, err)
		}
	})
	return prefix
}

// Clean deletes every key starting with prefix (which must hold no glob characters).
func Clean(url, prefix string) error {
	o, err := goredis.ParseURL(url)
	if err != nil {
		return err
	}
	c := goredis.NewClient(o)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	iter := c.Scan(ctx, 0, prefix+"*", 500).Iterator()
	var keys []string
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	if err := iter.Err(); err != nil {
		return err
	}
	for len(keys) > 0 {
		n := min(len(keys), 500)
		if err := c.Del(ctx, keys[:n]...).Err(); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// Open connects a Client with prefix to the test Redis and closes it when the
// test ends (before Prefix's cleanup, which was registered earlier).
func Open(t testing.TB, prefix string) *lredis.Client {
	t.Helper()
	c, err := lredis.Open(t.Context(), URL(t), lredis.Options{Prefix: prefix, Logger: Logger(t)})
	if err != nil {
		t.Fatalf("redistest: open: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("redistest: close: %v", err)
		}
	})
	return c
}

// Logger returns a logger writing to t.Log until the test's cleanup runs (so
// a goroutine logging late does not panic the test binary).
func Logger(t testing.TB) *slog.Logger {
	w := &testWriter{t: t}
	t.Cleanup(func() {
		w.mu.Lock()
		w.done = true
		w.mu.Unlock()
	})
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct {
	mu   sync.Mutex
	t    testing.TB
	done bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(strings.TrimSuffix(string(p), "\n"))
	}
	return len(p), nil
}
