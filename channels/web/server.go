package web

import (
	"cmp"
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/product"
)

// Config tunes the web channel; zero values take the defaults noted per field.
type Config struct {
	// JWTSecret verifies HS256 tokens and signs demo tokens. Required.
	JWTSecret []byte
	// Demo enables POST /v1/demo/token (404 otherwise).
	Demo bool
	// AllowedOrigins lists the browser origins ("https://bank.example") that may
	// open the WebSocket; "*" allows any. Empty: only the request's own host.
	// Requests without an Origin header (non-browser clients) are allowed.
	AllowedOrigins []string
	// MaxBodyBytes bounds an HTTP request body (64 KiB).
	MaxBodyBytes int64
	// MaxFrameBytes bounds a WebSocket client frame (16 KiB).
	MaxFrameBytes int64
	// PingInterval is how often the server pings a socket (25s); PongWait is
	// how long it waits for any frame or pong before closing (60s).
	PingInterval time.Duration
	PongWait     time.Duration
	// WriteWait bounds one socket write (10s).
	WriteWait time.Duration
	// HelloTimeout is how long an unauthenticated socket may take to send hello (10s).
	HelloTimeout time.Duration
	// SendBuffer is how many frames may wait for a slow socket before it is
	// closed (256); TurnQueue how many client turns may wait behind the one
	// running (16).
	SendBuffer int
	TurnQueue  int
	// DemoTokenTTL is the lifetime of a demo token (12h).
	DemoTokenTTL time.Duration
	// MessageLimit is how many messages and actions one subject may send per
	// MessageWindow (default 1m); 0 means no limit.
	MessageLimit  int
	MessageWindow time.Duration
	// Now is the clock (time.Now in UTC).
	Now func() time.Time
}

func (c Config) withDefaults() Config {
	c.MaxBodyBytes = cmp.Or(c.MaxBodyBytes, 64<<10)
	c.MaxFrameBytes = cmp.Or(c.MaxFrameBytes, 16<<10)
	c.PingInterval = cmp.Or(c.PingInterval, 25*time.Second)
	c.PongWait = cmp.Or(c.PongWait, 60*time.Second)
	c.WriteWait = cmp.Or(c.WriteWait, 10*time.Second)
	c.HelloTimeout = cmp.Or(c.HelloTimeout, 10*time.Second)
	c.SendBuffer = cmp.Or(c.SendBuffer, 256)
	c.TurnQueue = cmp.Or(c.TurnQueue, 16)
	c.DemoTokenTTL = cmp.Or(c.DemoTokenTTL, 12*time.Hour)
	c.MessageWindow = cmp.Or(c.MessageWindow, time.Minute)
	if c.Now == nil {
		c.Now = func() time.Time { return time.Now().UTC() }
	}
	if c.PongWait <= c.PingInterval {
		c.PongWait = c.PingInterval * 2
	}
	return c
}

// Engine is the slice of *dialog.Engine the web channel calls.
type Engine interface {
	Open(ctx context.Context, p dialog.Principal, req dialog.OpenRequest) (*dialog.Session, error)
	Post(ctx context.Context, p dialog.Principal, conversationID string, in dialog.Inbound) ([]dialog.Frame, error)
	End(ctx context.Context, p dialog.Principal, conversationID string) error
	Rate(ctx context.Context, p dialog.Principal, conversationID string, score int, comment string) error
	Transcript(ctx context.Context, conversationID string) (dialog.Conversation, []dialog.TranscriptEntry, error)

	// Human seats.
	JoinDesk(p dialog.Principal, seat dialog.Seat) (*dialog.SeatWatch, error)
	SetSeatStatus(p dialog.Principal, status string) error
	Claim(ctx context.Context, p dialog.Principal, conversationID string) error
	Take(ctx context.Context, p dialog.Principal, conversationID string) (dialog.SeatContext, *dialog.Session, error)
	Held(ctx context.Context, p dialog.Principal) ([]string, error)
	AgentPost(ctx context.Context, p dialog.Principal, conversationID string, in dialog.Inbound) ([]dialog.Frame, error)
	Resolve(ctx context.Context, p dialog.Principal, conversationID, outcome, note string) error
	ReturnToBot(ctx context.Context, p dialog.Principal, conversationID string) error
	AgentMaySee(ctx context.Context, p dialog.Principal, customerID, conversationID string) (bool, error)
	DeskStats() dialog.DeskStats
}

var _ Engine = (*dialog.Engine)(nil)

// Limiter counts a key's events in fixed windows (storage/memory in one
// process, storage/redis across instances).
type Limiter interface {
	Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error)
}

// Bindings issues the one-time codes a borrower sends the Telegram bot as
// /start CODE; the Telegram channel redeems them. Storage adapters implement it.
type Bindings interface {
	IssueCode(ctx context.Context, customerID string, ttl time.Duration, now time.Time) (code string, expiresAt time.Time, err error)
}

// Deps are the web channel's collaborators. Engine, Store and Book are required.
type Deps struct {
	Engine Engine
	// Store reads conversations and notes and answers readiness.
	Store dialog.Store
	Book  Book
	// Catalogue prices the quota trial; the zero value means product.Defaults().
	Catalogue product.Catalogue
	// Limiter counts messages per subject; nil disables the limit.
	Limiter Limiter
	// Bindings issues Telegram binding codes; nil: POST /v1/me/telegram-binding is 501.
	Bindings Bindings
	Logger   *slog.Logger
}

// Server serves the HTTP API, the WebSocket and the pages.
type Server struct {
	cfg     Config
	d       Deps
	log     *slog.Logger
	metrics *metrics
	static  fs.FS
	sockets sockets
	shipped []lpr.Fixing // the embedded LPR history, parsed once (about 120 µs a parse)
}

// New builds a server; it does no I/O.
func New(cfg Config, d Deps) *Server {
	if d.Catalogue.Products == nil {
		d.Catalogue = product.Defaults()
	}
	log := d.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var desk func() dialog.DeskStats
	if d.Engine != nil {
		desk = d.Engine.DeskStats
	}
	return &Server{cfg: cfg.withDefaults(), d: d, log: log, metrics: newMetrics(desk), static: staticFS(), shipped: lpr.Shipped()}
}

// Handler is the API and the pages with request ids, access logs, panic
// recovery and request metrics.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.routes(mux)
	var h http.Handler = s.metrics.instrument(mux)
	h = recoverer(s.log)(h)
	h = accessLog(s.log)(h)
	h = requestID(h)
	return h
}

// MetricsHandler serves the Prometheus text format from the server's own registry.
func (s *Server) MetricsHandler() http.Handler { return s.metrics.handler() }

func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.HandleFunc("GET /v1/ws", s.serveWS)
	mux.HandleFunc("POST /v1/demo/token", s.demoToken)

	mux.Handle("POST /v1/calc/schedule", s.requireAuth(s.calcSchedule))
	mux.Handle("POST /v1/calc/quota", s.requireAuth(s.calcQuota))
	mux.Handle("POST /v1/calc/prepayment", s.requireAuth(s.calcPrepayment))
	mux.Handle("POST /v1/calc/lpr-impact", s.requireAuth(s.calcLPRImpact))
	mux.Handle("GET /v1/lpr", s.requireAuth(s.getLPR))
	mux.Handle("POST /v1/lpr", s.requireAuth(s.postLPR, dialog.RoleAdmin))

	mux.Handle("POST /v1/me/telegram-binding", s.requireAuth(s.telegramBinding, dialog.RoleBorrower))
	mux.Handle("GET /v1/me/loans", s.requireAuth(s.myLoans, dialog.RoleBorrower))
	mux.Handle("GET /v1/customers/{id}", s.requireAuth(s.customer, dialog.RoleManager, dialog.RoleAgent))
	mux.Handle("GET /v1/customers/{id}/loans", s.requireAuth(s.customerLoans, dialog.RoleManager, dialog.RoleAgent))
	mux.Handle("GET /v1/conversations/{id}", s.requireAuth(s.conversation))
	mux.Handle("GET /v1/notes", s.requireAuth(s.notes, dialog.RoleManager, dialog.RoleAgent))
	mux.Handle("GET /v1/alerts", s.requireAuth(s.alerts, dialog.RoleManager))
	mux.Handle("POST /v1/alerts/{id}/ack", s.requireAuth(s.ackAlert, dialog.RoleManager))

	s.pageRoutes(mux)
	// Everything else is a JSON 404, or 405 when the path exists for another method.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); pattern != "/" && pattern != "" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeError(w, &apiError{http.StatusMethodNotAllowed, codeMethod, "method not allowed"})
			return
		}
		writeError(w, errNotFound)
	})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz answers 200 when the store answers a ping within 2s, 503 otherwise.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if s.d.Store == nil {
		writeError(w, &apiError{http.StatusServiceUnavailable, codeUnavailable, "no store configured"})
		return
	}
	if err := s.d.Store.Ping(ctx); err != nil {
		s.log.Warn("readiness: store ping failed", "err", err)
		writeError(w, &apiError{http.StatusServiceUnavailable, codeUnavailable, "storage is not reachable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}
