package main

import (
	"cmp"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

// config is everything `loandesk serve` reads, once, from flags and LOANDESK_*
// variables; flags win. Defaults make `serve --demo` work on a bare machine.
type config struct {
	Addr           string
	MetricsAddr    string
	DataDir        string
	DatabaseURL    string
	RedisURL       string
	RedisPrefix    string
	LockTTL        time.Duration
	InstanceID     string
	RandomSecret   bool // demo mode made up the JWT secret: tokens are valid on this instance only
	JWTSecret      []byte
	TokenTTL       time.Duration
	Demo           bool
	TurnTimeout    time.Duration
	HandoffWait    time.Duration
	IdleTimeout    time.Duration
	SeatCapacity   int
	MessageLimit   int
	CrisisLine     string
	Hotline        string
	AllowedOrigins []string
	CataloguePath  string
	LLMBaseURL     string
	LLMAPIKey      string
	LLMModel       string
	TelegramToken  string
	TelegramAPIURL string
	LogLevel       slog.Level
}

// loadConfig parses flags over the environment and validates the result,
// naming the variable or flag at fault.
func loadConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	env := func(k, def string) string { return cmp.Or(strings.TrimSpace(getenv(k)), def) }
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	var secret, origins, turn, handoff, idle, ttl, level, capacity, msgLimit, lockTTL string
	fs.StringVar(&c.Addr, "addr", env("LOANDESK_ADDR", ":8080"), "listen address (LOANDESK_ADDR)")
	fs.StringVar(&c.MetricsAddr, "metrics-addr", env("LOANDESK_METRICS_ADDR", "127.0.0.1:9090"), "Prometheus listener; empty disables (LOANDESK_METRICS_ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", env("LOANDESK_DATA_DIR", "./data"), "embedded store folder (LOANDESK_DATA_DIR)")
	fs.StringVar(&c.DatabaseURL, "database-url", env("LOANDESK_DATABASE_URL", ""), "postgres:// URL (LOANDESK_DATABASE_URL)")
	fs.StringVar(&c.RedisURL, "redis-url", env("LOANDESK_REDIS_URL", ""), "redis:// URL: sessions, locks, the seats and fan-out shared by instances (LOANDESK_REDIS_URL)")
	fs.StringVar(&c.RedisPrefix, "redis-prefix", env("LOANDESK_REDIS_PREFIX", "loandesk:"), "prefix of every Redis key and channel (LOANDESK_REDIS_PREFIX)")
	fs.StringVar(&lockTTL, "lock-ttl", env("LOANDESK_LOCK_TTL", "15s"), "how long a crashed instance's conversation locks outlive it in Redis; renewed every third of it while held (LOANDESK_LOCK_TTL)")
	fs.StringVar(&c.InstanceID, "instance-id", env("LOANDESK_INSTANCE_ID", ""), "this instance's name in the shared seat registry; default random (LOANDESK_INSTANCE_ID)")
	fs.StringVar(&secret, "jwt-secret", env("LOANDESK_JWT_SECRET", ""), "HS256 token key; random per start in demo mode (LOANDESK_JWT_SECRET)")
	fs.StringVar(&ttl, "token-ttl", env("LOANDESK_TOKEN_TTL", "12h"), "lifetime of demo tokens (LOANDESK_TOKEN_TTL)")
	fs.BoolVar(&c.Demo, "demo", env("LOANDESK_DEMO", "") == "true", "seed the demo book and enable POST /v1/demo/token (LOANDESK_DEMO=true)")
	fs.StringVar(&turn, "turn-timeout", env("LOANDESK_TURN_TIMEOUT", "30s"), "the per-turn promise (LOANDESK_TURN_TIMEOUT)")
	fs.StringVar(&handoff, "handoff-wait", env("LOANDESK_HANDOFF_WAIT", "30s"), "wait before the callback offer (LOANDESK_HANDOFF_WAIT)")
	fs.StringVar(&capacity, "seat-capacity", env("LOANDESK_SEAT_CAPACITY", "3"), "conversations one agent seat holds at once (LOANDESK_SEAT_CAPACITY)")
	fs.StringVar(&msgLimit, "message-limit", env("LOANDESK_MESSAGE_LIMIT", "60"), "messages one customer or staff member may send per minute, across instances with Redis; 0 = no limit (LOANDESK_MESSAGE_LIMIT)")
	fs.StringVar(&c.CrisisLine, "crisis-line", env("LOANDESK_CRISIS_LINE", "12356"), "crisis line named to a customer who speaks of self-harm (LOANDESK_CRISIS_LINE)")
	fs.StringVar(&c.Hotline, "hotline", env("LOANDESK_HOTLINE", "95xxx"), "the bank's service line named in replies (LOANDESK_HOTLINE)")
	fs.StringVar(&idle, "idle-timeout", env("LOANDESK_IDLE_TIMEOUT", "30m"), "a silent conversation ends (LOANDESK_IDLE_TIMEOUT)")
	fs.StringVar(&origins, "allowed-origins", env("LOANDESK_ALLOWED_ORIGINS", ""), "comma-separated WebSocket origins; empty = same host (LOANDESK_ALLOWED_ORIGINS)")
	fs.StringVar(&c.CataloguePath, "catalogue", env("LOANDESK_CATALOGUE", ""), "product catalogue JSON overriding the defaults (LOANDESK_CATALOGUE)")
	fs.StringVar(&level, "log-level", env("LOANDESK_LOG_LEVEL", "info"), "debug | info | warn | error (LOANDESK_LOG_LEVEL)")
	c.LLMBaseURL = env("LOANDESK_LLM_BASE_URL", "")
	c.LLMAPIKey = env("LOANDESK_LLM_API_KEY", "")
	c.LLMModel = env("LOANDESK_LLM_MODEL", "")
	fs.StringVar(&c.TelegramToken, "telegram-token", env("LOANDESK_TELEGRAM_TOKEN", ""), "start the Telegram bot with this BotFather token (LOANDESK_TELEGRAM_TOKEN)")
	fs.StringVar(&c.TelegramAPIURL, "telegram-api-url", env("LOANDESK_TELEGRAM_API_URL", ""), "a self-hosted Bot API server instead of Telegram's (LOANDESK_TELEGRAM_API_URL)")
	if err := fs.Parse(args); err != nil {
		return config{}, usageError{err}
	}
	if fs.NArg() > 0 {
		return config{}, usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}

	var errs []error
	dur := func(name, v string, dst *time.Duration) {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("%s: %q is not a positive duration", name, v))
			return
		}
		*dst = d
	}
	dur("LOANDESK_TURN_TIMEOUT", turn, &c.TurnTimeout)
	dur("LOANDESK_HANDOFF_WAIT", handoff, &c.HandoffWait)
	dur("LOANDESK_IDLE_TIMEOUT", idle, &c.IdleTimeout)
	dur("LOANDESK_TOKEN_TTL", ttl, &c.TokenTTL)
	dur("LOANDESK_LOCK_TTL", lockTTL, &c.LockTTL)
	if n, err := strconv.Atoi(capacity); err != nil || n < 1 || n > 100 {
		errs = append(errs, fmt.Errorf("LOANDESK_SEAT_CAPACITY: %q is not a whole number from 1 to 100", capacity))
	} else {
		c.SeatCapacity = n
	}
	if n, err := strconv.Atoi(msgLimit); err != nil || n < 0 {
		errs = append(errs, fmt.Errorf("LOANDESK_MESSAGE_LIMIT: %q is not a whole number ≥ 0", msgLimit))
	} else {
		c.MessageLimit = n
	}
	if err := c.LogLevel.UnmarshalText([]byte(level)); err != nil {
		errs = append(errs, fmt.Errorf("LOANDESK_LOG_LEVEL: %q is not a level", level))
	}
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.AllowedOrigins = append(c.AllowedOrigins, o)
		}
	}
	switch {
	case secret != "" && len(secret) < 32:
		errs = append(errs, errors.New("LOANDESK_JWT_SECRET: at least 32 bytes, please"))
	case secret != "":
		c.JWTSecret = []byte(secret)
	case c.Demo:
		c.JWTSecret, c.RandomSecret = make([]byte, 32), true
		_, _ = rand.Read(c.JWTSecret)
	default:
		errs = append(errs, errors.New("LOANDESK_JWT_SECRET: required without --demo"))
	}
	if strings.Contains(c.InstanceID, "|") {
		errs = append(errs, errors.New("LOANDESK_INSTANCE_ID: must not contain '|'"))
	}
	// Adapters that later issues bring: refuse clearly rather than ignore the setting.
	for name, v := range map[string]string{
		"LOANDESK_LLM_BASE_URL": c.LLMBaseURL,
	} {
		if v != "" {
			errs = append(errs, fmt.Errorf("%s: not supported by this build yet (see README, Roadmap)", name))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return config{}, usageError{err}
	}
	return c, nil
}
