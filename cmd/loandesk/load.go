package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// loadCmd drives a running `serve --demo` over the socket the way the mobile
// bank does and reports turn latency: message sent → first reply received.
// It is bounded in connections, turns and time, and stops by itself.
func loadCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	base := fs.String("url", "http://127.0.0.1:8080", "the service's base URL (demo mode)")
	conns := fs.Int("conns", 20, "concurrent borrower sockets (1-500)")
	turns := fs.Int("turns", 25, "messages per socket (1-10000)")
	text := fs.String("text", "贷款100万，30年，利率4.9%，月供多少", "the message each turn sends")
	limit := fs.Duration("max", 2*time.Minute, "stop after this long whatever happens")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if *conns < 1 || *conns > 500 || *turns < 1 || *turns > 10000 {
		return usageError{errors.New("load: --conns 1-500, --turns 1-10000")}
	}
	u, err := url.Parse(*base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return usageError{fmt.Errorf("load: --url %q is not an http(s) URL", *base)}
	}
	ctx, cancel := context.WithTimeout(ctx, *limit)
	defer cancel()

	subs := []string{"c-1001", "c-1002", "c-1003", "c-1004"}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []error
		wg        sync.WaitGroup
	)
	start := time.Now()
	for i := range *conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lat, err := loadOne(ctx, u, subs[i%len(subs)], *turns, *text)
			mu.Lock()
			defer mu.Unlock()
			latencies = append(latencies, lat...)
			if err != nil {
				failures = append(failures, err)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(latencies) == 0 {
		return fmt.Errorf("load: no turn completed: %w", errors.Join(failures...))
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[min(len(latencies)-1, int(float64(len(latencies))*p))] }
	fmt.Fprintf(stdout, "turns %d in %s over %d sockets: %.0f turns/s\n", len(latencies), elapsed.Round(time.Millisecond), *conns, float64(len(latencies))/elapsed.Seconds())
	fmt.Fprintf(stdout, "latency p50 %s  p90 %s  p99 %s  max %s\n", pct(0.50), pct(0.90), pct(0.99), latencies[len(latencies)-1])
	if len(failures) > 0 {
		fmt.Fprintf(stdout, "failed sockets: %d (first: %v)\n", len(failures), failures[0])
	}
	return nil
}

// loadOne is one borrower: a demo token, a socket, turns one after another.
func loadOne(ctx context.Context, base *url.URL, sub string, turns int, text string) ([]time.Duration, error) {
	tok, err := demoToken(ctx, base, sub)
	if err != nil {
		return nil, err
	}
	ws := *base
	ws.Scheme = map[string]string{"http": "ws", "https": "wss"}[base.Scheme]
	ws.Path = "/v1/ws"
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, ws.String(), http.Header{"Authorization": {"Bearer " + tok}})
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	if err := conn.WriteJSON(map[string]any{"type": "hello"}); err != nil {
		return nil, err
	}
	var out []time.Duration
	for i := range turns {
		id := fmt.Sprintf("%s-%d-%d", sub, time.Now().UnixNano(), i)
		sent := time.Now()
		if err := conn.WriteJSON(map[string]any{"type": "message", "id": id, "text": text}); err != nil {
			return out, err
		}
		for {
			var f struct {
				Type    string `json:"type"`
				ReplyTo string `json:"reply_to"`
				Code    string `json:"code"`
			}
			if err := conn.ReadJSON(&f); err != nil {
				return out, err
			}
			if f.Type == "error" {
				return out, fmt.Errorf("error frame %s", f.Code)
			}
			if (f.Type == "reply" || f.Type == "handoff") && f.ReplyTo == id {
				out = append(out, time.Since(sent))
				break
			}
		}
	}
	return out, nil
}

func demoToken(ctx context.Context, base *url.URL, sub string) (string, error) {
	body, _ := json.Marshal(map[string]string{"sub": sub, "role": "borrower"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base.JoinPath("/v1/demo/token").String(), bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("demo token: %w", err)
	}
	defer resp.Body.Close()
	var t struct {
		Token string `json:"token"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&t) != nil || t.Token == "" {
		return "", fmt.Errorf("demo token: status %d (is the service running with --demo?)", resp.StatusCode)
	}
	return t.Token, nil
}
