// Package reply writes the bots' replies for their reader: the Chinese in the
// script the reader writes, quick replies with their actions, and money and
// rates as LoanDesk shows them. The borrower assistant and the manager copilot
// both answer through it, so a figure reads the same wherever it appears.
package reply

import (
	"cmp"
	"fmt"

	"github.com/longbridgeapp/opencc"

	"github.com/loandesk/loandesk/dialog"
)

// Reply scripts: the nlu language tags, which book.Customer.Lang uses too.
const (
	Hans = "zh-Hans"
	Hant = "zh-Hant"
	En   = "en"
)

// Msg is one reply before it is put in the reader's script: the Chinese is
// written in Simplified and converted for zh-Hant readers.
type Msg struct {
	Intent string
	Zh, En string
	Cards  []dialog.Card
	Quick  []Choice
}

// Choice is a quick reply in both languages. Its actions come back to the
// bot as text, so each must be a message the bot understands on its own.
type Choice struct {
	Zh, En             string // labels
	ZhAction, EnAction string // empty: the label
}

// Writer puts replies in the reader's script.
type Writer struct {
	s2t *opencc.OpenCC
}

// NewWriter loads the Simplified→Traditional (Taiwan) dictionaries.
func NewWriter() (*Writer, error) {
	cc, err := opencc.New("s2tw")
	if err != nil {
		return nil, fmt.Errorf("load opencc s2tw: %w", err)
	}
	return &Writer{s2t: cc}, nil
}

// Render puts m in lang's script, its quick replies included.
func (w *Writer) Render(lang string, m Msg) dialog.Reply {
	r := dialog.Reply{Intent: m.Intent, Cards: m.Cards}
	if lang == En {
		r.Text = m.En
	} else {
		r.Text = w.Script(lang, m.Zh)
	}
	for _, c := range m.Quick {
		q := dialog.QuickReply{Label: c.Zh, Action: cmp.Or(c.ZhAction, c.Zh)}
		if lang == En {
			q = dialog.QuickReply{Label: c.En, Action: cmp.Or(c.EnAction, c.En)}
		} else {
			q.Label, q.Action = w.Script(lang, q.Label), w.Script(lang, q.Action)
		}
		r.QuickReplies = append(r.QuickReplies, q)
	}
	return r
}

// Script converts Simplified text to Traditional for zh-Hant readers. Text
// the dictionaries cannot convert is better shown as written than not at all.
func (w *Writer) Script(lang, s string) string {
	if lang != Hant || s == "" {
		return s
	}
	out, err := w.s2t.Convert(s)
	if err != nil {
		return s
	}
	return out
}
