package web

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// sockets tracks the open WebSockets so Shutdown can drain them: http.Server's
// own Shutdown neither sees nor waits for hijacked connections.
type sockets struct {
	mu       sync.Mutex
	conns    map[*conn]struct{}
	wg       sync.WaitGroup
	draining bool
}

// add registers c; it reports false once the server is draining.
func (s *sockets) add(c *conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.draining {
		return false
	}
	if s.conns == nil {
		s.conns = map[*conn]struct{}{}
	}
	s.conns[c] = struct{}{}
	s.wg.Add(1)
	return true
}

func (s *sockets) remove(c *conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	s.wg.Done()
}

// Shutdown refuses new sockets, tells every open one the server is going
// away (close code 1001, so clients reconnect and resume elsewhere or later)
// and waits until their running turns have stored their replies, or ctx ends.
// A message that was not yet stored was never acknowledged; the client sends
// it again with the same id.
func (s *Server) Shutdown(ctx context.Context) error {
	s.sockets.mu.Lock()
	s.sockets.draining = true
	open := make([]*conn, 0, len(s.sockets.conns))
	for c := range s.sockets.conns {
		open = append(open, c)
	}
	s.sockets.mu.Unlock()
	for _, c := range open {
		msg := websocket.FormatCloseMessage(websocket.CloseGoingAway, "server shutting down")
		_ = c.ws.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
		// The read loop ends when the peer answers the close, or at this deadline.
		_ = c.ws.UnderlyingConn().SetReadDeadline(time.Now().Add(2 * time.Second))
	}
	done := make(chan struct{})
	go func() { s.sockets.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// errDraining answers an upgrade attempted during shutdown.
var errDraining = &apiError{http.StatusServiceUnavailable, "shutting_down", "the server is shutting down; reconnect shortly"}
