package telegram

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/go-telegram/bot"
)

// sender sends messages within Telegram's limits: per chat and global
// spacing, retry_after honoured on 429, network errors retried with backoff.
type sender struct {
	api *bot.Bot
	cfg Config
	log *slog.Logger

	mu     sync.Mutex
	global time.Time           // the next free global slot
	chats  map[int64]time.Time // the next free slot per chat
}

func newSender(api *bot.Bot, cfg Config, log *slog.Logger) *sender {
	return &sender{api: api, cfg: cfg, log: log, chats: map[int64]time.Time{}}
}

// reserve books the next slot free both globally and for the chat and
// returns when it is.
func (s *sender) reserve(chatID int64) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	at := latest(now, s.global, s.chats[chatID])
	s.global = at.Add(s.cfg.GlobalInterval)
	s.chats[chatID] = at.Add(s.cfg.PerChatInterval)
	if len(s.chats) > 4096 {
		for id, t := range s.chats {
			if t.Before(now) {
				delete(s.chats, id)
			}
		}
	}
	return at
}

func latest(ts ...time.Time) time.Time {
	var m time.Time
	for _, t := range ts {
		if t.After(m) {
			m = t
		}
	}
	return m
}

// pause books a chat's next slot no earlier than until (after a 429).
func (s *sender) pause(chatID int64, until time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if until.After(s.chats[chatID]) {
		s.chats[chatID] = until
	}
}

func sleep(ctx context.Context, until time.Time) bool {
	d := time.Until(until)
	if d <= 0 {
		return ctx.Err() == nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// send delivers one message, or logs why it could not.
func (s *sender) send(ctx context.Context, chatID int64, m outMsg) {
	params := &bot.SendMessageParams{ChatID: chatID, Text: m.text, Entities: m.entities}
	if m.keyboard != nil {
		params.ReplyMarkup = m.keyboard
	}
	tries, throttled := 0, 0
	for {
		if !sleep(ctx, s.reserve(chatID)) {
			return
		}
		_, err := s.api.SendMessage(ctx, params)
		if err == nil {
			return
		}
		var tmr *bot.TooManyRequestsError
		switch {
		case errors.As(err, &tmr) && throttled < 5:
			throttled++
			wait := min(time.Duration(max(tmr.RetryAfter, 1))*time.Second, s.cfg.MaxRetryAfter)
			s.log.Warn("telegram rate limited", "chat_id", chatID, "retry_after", wait)
			s.pause(chatID, time.Now().Add(wait))
			continue
		case permanent(err) || ctx.Err() != nil:
			s.log.Error("send message", "chat_id", chatID, "err", err)
			return
		}
		tries++
		if tries >= s.cfg.SendTries {
			s.log.Error("send message: giving up", "chat_id", chatID, "tries", tries, "err", err)
			return
		}
		backoff := s.cfg.RetryBackoff << (tries - 1)
		s.log.Warn("send message: retrying", "chat_id", chatID, "in", backoff, "err", err)
		if !sleep(ctx, time.Now().Add(backoff)) {
			return
		}
	}
}

// permanent reports errors Telegram gave a verdict on; retrying them changes nothing.
func permanent(err error) bool {
	for _, e := range []error{bot.ErrorBadRequest, bot.ErrorForbidden, bot.ErrorUnauthorized, bot.ErrorNotFound, bot.ErrorConflict} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
