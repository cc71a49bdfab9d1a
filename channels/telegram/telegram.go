// Package telegram is the Telegram transport for the borrower assistant: it
// turns Bot API updates (github.com/go-telegram/bot, long polling or a
// webhook) into dialog engine calls and the engine's frames back into chat
// messages. A chat is bound to a bank customer with a one-time code from
// POST /v1/me/telegram-binding (/start CODE) until /unbind; an unbound chat
// talks to the assistant as a guest, "tg:<chat id>", which the book does not
// know, so it gets general answers and no personal data.
//
// The library stays inside this package: no go-telegram type crosses its API.
package telegram

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// Config tunes the adapter; zero values take the defaults noted per field.
type Config struct {
	// Token is the bot's token from BotFather (LOANDESK_TELEGRAM_TOKEN). Required.
	Token string
	// APIURL is a self-hosted Bot API server (LOANDESK_TELEGRAM_API_URL);
	// empty: https://api.telegram.org.
	APIURL string
	// WebhookURL switches from long polling to a webhook: Start registers it
	// with setWebhook and Handler serves the updates Telegram posts there.
	WebhookURL string
	// WebhookSecret is checked against X-Telegram-Bot-Api-Secret-Token.
	WebhookSecret string
	// PollTimeout is the long-polling wait (30s); the HTTP client waits a second longer.
	PollTimeout time.Duration
	// PerChatInterval spaces messages to one chat (1s); GlobalInterval spaces
	// all messages (1/30 s), Telegram's published limits.
	PerChatInterval time.Duration
	GlobalInterval  time.Duration
	// SendTries bounds attempts at one message on network errors (3), with
	// exponential backoff from RetryBackoff (500ms). A 429 waits its retry_after
	// (at most MaxRetryAfter, 60s) and does not count as a try, up to 5 times.
	SendTries     int
	RetryBackoff  time.Duration
	MaxRetryAfter time.Duration
	// ChatQueue is how many updates may wait behind a chat's running turn (32).
	ChatQueue int
	// ChatIdle is how long a chat's worker and session live without an update (1h);
	// the next update starts them again.
	ChatIdle time.Duration
	// HTTPClient makes the Bot API calls; nil: a client with PollTimeout+10s.
	HTTPClient *http.Client
	// Now is the clock (time.Now in UTC).
	Now func() time.Time
}

func (c Config) withDefaults() Config {
	c.PollTimeout = cmp.Or(c.PollTimeout, 30*time.Second)
	c.PerChatInterval = cmp.Or(c.PerChatInterval, time.Second)
	c.GlobalInterval = cmp.Or(c.GlobalInterval, time.Second/30)
	c.SendTries = cmp.Or(c.SendTries, 3)
	c.RetryBackoff = cmp.Or(c.RetryBackoff, 500*time.Millisecond)
	c.MaxRetryAfter = cmp.Or(c.MaxRetryAfter, time.Minute)
	c.ChatQueue = cmp.Or(c.ChatQueue, 32)
	c.ChatIdle = cmp.Or(c.ChatIdle, time.Hour)
	if c.Now == nil {
		c.Now = func() time.Time { return time.Now().UTC() }
	}
	return c
}

// Engine is the slice of *dialog.Engine the adapter calls.
type Engine interface {
	Open(ctx context.Context, p dialog.Principal, req dialog.OpenRequest) (*dialog.Session, error)
	Post(ctx context.Context, p dialog.Principal, conversationID string, in dialog.Inbound) ([]dialog.Frame, error)
	End(ctx context.Context, p dialog.Principal, conversationID string) error
}

var _ Engine = (*dialog.Engine)(nil)

// Bindings maps chats to customers. Storage adapters implement it, with
// IssueCode for the web side. Unknown, used and expired codes and unbound
// chats are dialog.ErrNotFound.
type Bindings interface {
	// Redeem uses a one-time code up and binds the chat to its customer.
	Redeem(ctx context.Context, code string, chatID int64, now time.Time) (customerID string, err error)
	// Bound returns the customer a chat is bound to.
	Bound(ctx context.Context, chatID int64) (customerID string, err error)
	// Unbind forgets the chat's binding; an unbound chat is no error.
	Unbind(ctx context.Context, chatID int64) error
}

// Customers names a bound chat's customer; optional.
type Customers interface {
	Customer(ctx context.Context, id string) (book.Customer, error)
}

// Deps are the adapter's collaborators. Engine and Bindings are required.
type Deps struct {
	Engine    Engine
	Bindings  Bindings
	Customers Customers
	Logger    *slog.Logger
}

// postTimeout bounds one engine call; the engine enforces the turn deadline itself.
const postTimeout = 2 * time.Minute

// Bot is the running adapter. Start it once; Stop ends polling, the chat
// workers and their sessions.
type Bot struct {
	cfg  Config
	d    Deps
	log  *slog.Logger
	api  *bot.Bot
	send *sender
	seen *seenSet

	mu     sync.Mutex
	chats  map[int64]*chat
	ctx    context.Context // the run context, set by Start
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New builds the adapter; it does no I/O (the token is checked by Start).
func New(cfg Config, d Deps) (*Bot, error) {
	switch {
	case cfg.Token == "":
		return nil, errors.New("telegram: Config.Token is required")
	case d.Engine == nil:
		return nil, errors.New("telegram: Deps.Engine is required")
	case d.Bindings == nil:
		return nil, errors.New("telegram: Deps.Bindings is required")
	}
	cfg = cfg.withDefaults()
	log := d.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	b := &Bot{cfg: cfg, d: d, log: log.With("channel", "telegram"), seen: newSeenSet(4096), chats: map[int64]*chat{}}
	client := cfg.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: cfg.PollTimeout + 10*time.Second}
	}
	opts := []bot.Option{
		bot.WithSkipGetMe(),
		bot.WithHTTPClient(cfg.PollTimeout+time.Second, client),
		bot.WithDefaultHandler(b.onUpdate),
		bot.WithNotAsyncHandlers(), // onUpdate only queues, so updates keep their order
		bot.WithAllowedUpdates(bot.AllowedUpdates{"message", "edited_message", "callback_query"}),
		bot.WithErrorsHandler(func(err error) { b.log.Warn("bot api", "err", err) }),
	}
	if cfg.APIURL != "" {
		opts = append(opts, bot.WithServerURL(cfg.APIURL))
	}
	if cfg.WebhookSecret != "" {
		opts = append(opts, bot.WithWebhookSecretToken(cfg.WebhookSecret))
	}
	api, err := bot.New(cfg.Token, opts...)
	if err != nil {
		return nil, fmt.Errorf("telegram: %w", err)
	}
	b.api = api
	b.send = newSender(api, cfg, b.log)
	return b, nil
}

// Start checks the token (getMe), then polls for updates (deleting any
// webhook first, as Telegram refuses getUpdates beside one) or, with
// WebhookURL, registers the webhook and serves Handler. It returns at once.
func (b *Bot) Start(ctx context.Context) error {
	me, err := b.api.GetMe(ctx)
	if err != nil {
		return fmt.Errorf("telegram getMe: %w", err)
	}
	if b.cfg.WebhookURL != "" {
		if _, err := b.api.SetWebhook(ctx, &bot.SetWebhookParams{URL: b.cfg.WebhookURL, SecretToken: b.cfg.WebhookSecret,
			AllowedUpdates: []string{"message", "edited_message", "callback_query"}}); err != nil {
			return fmt.Errorf("telegram setWebhook: %w", err)
		}
	} else if _, err := b.api.DeleteWebhook(ctx, &bot.DeleteWebhookParams{}); err != nil {
		return fmt.Errorf("telegram deleteWebhook: %w", err)
	}
	run, cancel := context.WithCancel(context.WithoutCancel(ctx))
	b.mu.Lock()
	b.ctx, b.cancel = run, cancel
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		if b.cfg.WebhookURL != "" {
			b.api.StartWebhook(run)
		} else {
			b.api.Start(run) // the library keeps the offset: each update is fetched once
		}
	}()
	b.log.Info("telegram bot started", "username", me.Username, "webhook", b.cfg.WebhookURL != "")
	return nil
}

// Handler serves webhook updates (mount it at WebhookURL's path).
func (b *Bot) Handler() http.Handler { return b.api.WebhookHandler() }

// Stop ends polling and every chat's worker and session; turns in flight finish first.
func (b *Bot) Stop() {
	b.mu.Lock()
	cancel := b.cancel
	b.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	b.wg.Wait()
}

// onUpdate routes an update to its chat's worker, once per update id.
func (b *Bot) onUpdate(ctx context.Context, _ *bot.Bot, upd *models.Update) {
	if upd == nil || !b.seen.add(upd.ID) {
		return
	}
	chatID, ok := chatOf(upd)
	if !ok {
		return
	}
	if !b.deliver(chatID, upd) {
		b.log.Warn("chat queue full; update dropped", "chat_id", chatID, "update_id", upd.ID)
		if q := upd.CallbackQuery; q != nil {
			b.answerCallback(ctx, q.ID, "")
		}
	}
}

// deliver hands an update to its chat's worker, starting one on first use.
// It holds b.mu while it sends, so a worker retiring for idleness (which
// takes b.mu to check its queue is empty) never loses an update. It reports
// false only when the chat's queue is full; after Stop it drops silently.
func (b *Bot) deliver(id int64, upd *models.Update) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ctx == nil || b.ctx.Err() != nil {
		return true
	}
	c := b.chats[id]
	if c == nil {
		c = newChat(b, id)
		b.chats[id] = c
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			c.run(b.ctx)
		}()
	}
	select {
	case c.in <- upd:
		return true
	default:
		return false
	}
}

// retire removes an idle chat's worker unless an update is waiting for it.
func (b *Bot) retire(c *chat) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(c.in) > 0 || b.chats[c.id] != c {
		return false
	}
	delete(b.chats, c.id)
	return true
}

func chatOf(upd *models.Update) (int64, bool) {
	switch {
	case upd.Message != nil:
		return upd.Message.Chat.ID, true
	case upd.EditedMessage != nil:
		return upd.EditedMessage.Chat.ID, true
	case upd.CallbackQuery != nil:
		q := upd.CallbackQuery
		if m := q.Message.Message; m != nil {
			return m.Chat.ID, true
		}
		if m := q.Message.InaccessibleMessage; m != nil {
			return m.Chat.ID, true
		}
		return q.From.ID, q.From.ID != 0 // a private chat's id is the user's
	}
	return 0, false
}

func (b *Bot) answerCallback(ctx context.Context, id, text string) {
	if _, err := b.api.AnswerCallbackQuery(ctx, &bot.AnswerCallbackQueryParams{CallbackQueryID: id, Text: text}); err != nil {
		b.log.Warn("answer callback query", "err", err)
	}
}

// guest is an unbound chat's principal: a subject no book knows.
func guest(chatID int64) dialog.Principal {
	return dialog.Principal{Subject: "tg:" + strconv.FormatInt(chatID, 10), Role: dialog.RoleBorrower}
}

// seenSet remembers the last n update ids, so a redelivered update is handled once.
type seenSet struct {
	mu   sync.Mutex
	ids  map[int64]struct{}
	ring []int64
	next int
}

func newSeenSet(n int) *seenSet {
	return &seenSet{ids: make(map[int64]struct{}, n), ring: make([]int64, 0, n)}
}

// add reports whether id is new.
func (s *seenSet) add(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.ids[id]; ok {
		return false
	}
	if len(s.ring) < cap(s.ring) {
		s.ring = append(s.ring, id)
	} else {
		delete(s.ids, s.ring[s.next])
		s.ring[s.next] = id
		s.next = (s.next + 1) % len(s.ring)
	}
	s.ids[id] = struct{}{}
	return true
}
