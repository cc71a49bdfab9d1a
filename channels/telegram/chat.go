package telegram

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/loandesk/loandesk/dialog"
)

// chat is one Telegram chat's worker: it handles the chat's updates one at a
// time, in order, and owns the chat's principal and current conversation.
type chat struct {
	b    *Bot
	id   int64
	in   chan *models.Update
	lang atomic.Value // string: the script of the chat's last text, for the adapter's own words
	keys *actionKeys

	// Worker-owned.
	p      dialog.Principal
	follow *following
}

// following is the session the chat forwards; ended is set when its
// conversation ended, so the next message opens a new one.
type following struct {
	sess    *dialog.Session
	ended   atomic.Bool
	retired atomic.Bool // closed on purpose: say nothing more from it
}

func newChat(b *Bot, id int64) *chat {
	c := &chat{b: b, id: id, in: make(chan *models.Update, b.cfg.ChatQueue), keys: newActionKeys(64)}
	c.lang.Store("")
	return c
}

func (c *chat) run(ctx context.Context) {
	defer func() {
		if c.follow != nil {
			c.follow.retired.Store(true)
			c.follow.sess.Close()
		}
	}()
	idle := time.NewTimer(c.b.cfg.ChatIdle)
	defer idle.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-idle.C:
			if c.b.retire(c) {
				return // a quiet chat: its conversation ends by the engine's idle sweep
			}
			idle.Reset(c.b.cfg.ChatIdle)
		case upd := <-c.in:
			c.handle(ctx, upd)
			idle.Reset(c.b.cfg.ChatIdle)
		}
	}
}

func (c *chat) language() string { return c.lang.Load().(string) }

// handle answers one update.
func (c *chat) handle(ctx context.Context, upd *models.Update) {
	switch {
	case upd.CallbackQuery != nil:
		q := upd.CallbackQuery
		action, ok := c.keys.lookup(q.Data)
		if !ok {
			c.b.answerCallback(ctx, q.ID, words(c.language()).expired)
			return
		}
		c.b.answerCallback(ctx, q.ID, "")
		c.post(ctx, dialog.Inbound{ID: inboundID(upd.ID), Action: action})
	case upd.EditedMessage != nil:
		c.note(upd.EditedMessage)
		c.say(ctx, words(c.language()).edited)
	case upd.Message != nil:
		m := upd.Message
		c.note(m)
		if strings.TrimSpace(m.Text) == "" {
			c.say(ctx, words(c.language()).textOnly)
			return
		}
		c.message(ctx, upd.ID, m.Text)
	}
}

// note keeps the script the customer writes in, for the adapter's own words.
func (c *chat) note(m *models.Message) {
	code := ""
	if m.From != nil {
		code = m.From.LanguageCode
	}
	if l := detectLang(m.Text+m.Caption, code); l != "" {
		c.lang.Store(l)
	}
}

func inboundID(updateID int64) string { return "tg:" + strconv.FormatInt(updateID, 10) }

// message handles a text: the binding commands, or a turn of the conversation.
func (c *chat) message(ctx context.Context, updateID int64, text string) {
	cmd, arg := command(text)
	w := words(c.language())
	switch cmd {
	case "/start":
		if arg == "" {
			if c.principal(ctx).Subject != guest(c.id).Subject {
				c.say(ctx, w.already)
			} else {
				c.say(ctx, w.welcome)
			}
			return
		}
		customerID, err := c.b.d.Bindings.Redeem(ctx, arg, c.id, c.b.cfg.Now())
		switch {
		case errors.Is(err, dialog.ErrNotFound):
			c.say(ctx, w.badCode)
		case err != nil:
			c.b.log.Error("redeem binding code", "chat_id", c.id, "err", err)
			c.say(ctx, w.sorry)
		default:
			c.b.log.Info("telegram chat bound", "chat_id", c.id, "customer_id", customerID)
			c.leave(ctx) // the guest conversation stays the guest's
			c.say(ctx, w.bound)
		}
		return
	case "/unbind":
		p := c.principal(ctx)
		if p.Subject == guest(c.id).Subject {
			c.say(ctx, w.notBound)
			return
		}
		if err := c.b.d.Bindings.Unbind(ctx, c.id); err != nil {
			c.b.log.Error("unbind", "chat_id", c.id, "err", err)
			c.say(ctx, w.sorry)
			return
		}
		c.leave(ctx)
		c.b.log.Info("telegram chat unbound", "chat_id", c.id, "customer_id", p.Subject)
		c.say(ctx, w.unbound)
		return
	case "/help":
		c.say(ctx, w.welcome)
		return
	}
	c.post(ctx, dialog.Inbound{ID: inboundID(updateID), Text: text})
}

// command splits "/start@LoanDeskBot CODE" into "/start" and "CODE".
func command(text string) (cmd, arg string) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "/") {
		return "", ""
	}
	cmd, arg, _ = strings.Cut(text, " ")
	cmd, _, _ = strings.Cut(cmd, "@")
	return strings.ToLower(cmd), strings.TrimSpace(arg)
}

// principal is who the chat is now: its bound customer or the guest. A
// change since the last message drops the conversation of the one before.
func (c *chat) principal(ctx context.Context) dialog.Principal {
	p := guest(c.id)
	customerID, err := c.b.d.Bindings.Bound(ctx, c.id)
	switch {
	case err == nil:
		p = dialog.Principal{Subject: customerID, Role: dialog.RoleBorrower}
		if c.b.d.Customers != nil {
			if cu, err := c.b.d.Customers.Customer(ctx, customerID); err == nil {
				p.Name = cu.Name
			}
		}
	case !errors.Is(err, dialog.ErrNotFound):
		// Unsure who this is: a guest sees nothing personal.
		c.b.log.Error("read chat binding", "chat_id", c.id, "err", err)
	}
	if p.Subject != c.p.Subject && c.follow != nil {
		c.follow.retired.Store(true)
		c.follow.sess.Close()
		c.follow = nil
	}
	c.p = p
	return p
}

// leave ends the current conversation (its note is written) and stops following it.
func (c *chat) leave(ctx context.Context) {
	fl := c.follow
	if fl == nil {
		return
	}
	fl.retired.Store(true)
	c.follow = nil
	if !fl.ended.Load() {
		if err := c.b.d.Engine.End(ctx, c.p, fl.sess.Conversation.ID); err != nil && !errors.Is(err, dialog.ErrForbidden) {
			c.b.log.Warn("end conversation", "conversation_id", fl.sess.Conversation.ID, "err", err)
		}
	}
	fl.sess.Close()
}

// post sends a message or action to the chat's conversation, opening one
// when there is none or the current one ended.
func (c *chat) post(ctx context.Context, in dialog.Inbound) {
	p := c.principal(ctx)
	pctx, cancel := context.WithTimeout(ctx, postTimeout)
	defer cancel()
	if (c.follow == nil || c.follow.ended.Load()) && !c.open(ctx, p) {
		return
	}
	_, err := c.b.d.Engine.Post(pctx, p, c.follow.sess.Conversation.ID, in)
	if errors.Is(err, dialog.ErrEnded) || errors.Is(err, dialog.ErrNotFound) {
		if !c.open(ctx, p) {
			return
		}
		_, err = c.b.d.Engine.Post(pctx, p, c.follow.sess.Conversation.ID, in)
	}
	// Replayed frames (a redelivered update) were sent when first answered.
	if err != nil {
		if errors.Is(err, dialog.ErrInvalid) {
			c.say(ctx, words(c.language()).tooLong)
			return
		}
		c.b.log.Error("post", "chat_id", c.id, "err", err)
		c.say(ctx, words(c.language()).sorry)
	}
}

// open starts a new conversation and its forwarder.
func (c *chat) open(ctx context.Context, p dialog.Principal) bool {
	if old := c.follow; old != nil {
		old.retired.Store(true)
		old.sess.Close()
		c.follow = nil
	}
	sess, err := c.b.d.Engine.Open(ctx, p, dialog.OpenRequest{Channel: "telegram", Locale: c.language()})
	if err != nil {
		c.b.log.Error("open conversation", "chat_id", c.id, "err", err)
		c.say(ctx, words(c.language()).sorry)
		return false
	}
	fl := &following{sess: sess}
	c.follow = fl
	c.b.wg.Add(1)
	go func() {
		defer c.b.wg.Done()
		c.forward(ctx, fl)
	}()
	return true
}

// forward sends a session's frames to the chat, in seq order.
func (c *chat) forward(ctx context.Context, fl *following) {
	lastPos := -1
	for f := range fl.sess.Frames() {
		if fl.retired.Load() {
			continue // drain until closed
		}
		lang := c.language()
		switch f.Type {
		case dialog.FrameReply:
			lastPos = -1
			for _, m := range renderReply(f, lang, c.keys) {
				c.b.send.send(ctx, c.id, m)
			}
		case dialog.FrameHandoff:
			if f.HandoffStatus == dialog.HandoffQueued && f.Position == lastPos {
				continue // the same place again
			}
			if f.HandoffStatus == dialog.HandoffQueued {
				lastPos = f.Position
			}
			if text := handoffText(f, lang); text != "" {
				for _, m := range split([]block{{text: text}}, maxUnits) {
					c.b.send.send(ctx, c.id, m)
				}
			}
		case dialog.FrameEnded:
			fl.ended.Store(true)
		}
	}
}

// say sends the adapter's own words.
func (c *chat) say(ctx context.Context, text string) {
	for _, m := range split([]block{{text: text}}, maxUnits) {
		c.b.send.send(ctx, c.id, m)
	}
}

// actionKeys maps short callback_data keys (Telegram allows 64 bytes) to
// quick-reply actions, keeping the newest n.
type actionKeys struct {
	mu   sync.Mutex
	n    int
	seq  int
	keys map[string]string
	ring []string
}

func newActionKeys(n int) *actionKeys { return &actionKeys{n: n, keys: map[string]string{}} }

func (k *actionKeys) add(action string) string {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.seq++
	key := "q" + strconv.FormatInt(int64(k.seq), 36)
	k.keys[key] = action
	k.ring = append(k.ring, key)
	if len(k.ring) > k.n {
		delete(k.keys, k.ring[0])
		k.ring = k.ring[1:]
	}
	return key
}

func (k *actionKeys) lookup(key string) (string, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	a, ok := k.keys[key]
	return a, ok
}
