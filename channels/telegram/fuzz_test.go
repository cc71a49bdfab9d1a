package telegram

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loandesk/loandesk/dialog"
)

// FuzzRender: any text and card, however odd, renders without panicking into
// non-empty, valid UTF-8 messages within Telegram's limit, with entities
// inside their message.
func FuzzRender(f *testing.F) {
	f.Add("您好！月供 5,307.27 元", `{"kind":"loan_summary","loan_id":"L-1","balance":"1.00"}`, 1)
	f.Add(strings.Repeat("😀\n", 3000), `{"kind":"repayment_schedule","rows":[{"period":1,"payment":"1"}]}`, 3000)
	f.Add("\x00\xff\xfe bad utf-8 \u202e", `{"kind":"x","a":"\u0000","b":1e309}`, 4097)
	f.Add("", `not json`, 0)
	f.Add("\n\n\n", `{"kind":"faq_answer","title":"","source":"s"}`, 1)
	f.Fuzz(func(t *testing.T, text, card string, repeat int) {
		if repeat < 0 || repeat > 5000 {
			repeat = 1
		}
		long := strings.Repeat(text, max(1, repeat%50))
		fr := dialog.Frame{Type: dialog.FrameReply, From: "agent", AgentName: text, Text: long,
			Cards:        []dialog.Card{dialog.Card(card)},
			QuickReplies: []dialog.QuickReply{{Label: text, Action: text}}}
		for _, lang := range []string{"zh-Hans", "zh-Hant", "en", ""} {
			msgs := renderReply(fr, lang, newActionKeys(4))
			for i, m := range msgs {
				u := units(m.text)
				if u > maxUnits || strings.TrimSpace(m.text) == "" || !utf8.ValidString(m.text) {
					t.Fatalf("part %d: %d units, valid %v, %q", i, u, utf8.ValidString(m.text), m.text)
				}
				for _, e := range m.entities {
					if e.Offset < 0 || e.Length <= 0 || e.Offset+e.Length > u {
						t.Fatalf("entity %+v outside %d units", e, u)
					}
				}
				if m.keyboard != nil {
					for _, row := range m.keyboard.InlineKeyboard {
						for _, b := range row {
							if len(b.CallbackData) > 64 || b.Text == "" {
								t.Fatalf("button %+v", b)
							}
						}
					}
				}
			}
		}
		_ = split([]block{{text: text, mono: true}, {text: card}}, 7)
	})
}
