package borrower

import (
	"strings"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/knowledge/kb"
)

// faq answers a policy question from the FAQ; the card and the text carry the same answer.
func (tr *turn) faq() reply.Msg {
	text := tr.an.Norm
	if text == "" {
		text = strings.ToLower(tr.t.Message.Text)
	}
	e, ok := kb.Search(tr.a.d.FAQ, text)
	if !ok {
		return reply.Msg{
			Intent: intentFAQ,
			Zh:     "这个问题我暂时没有找到现成的答案，可以为您转接人工客服，或者看看我能帮您做的试算。",
			En:     "I don't have a ready answer to that one. I can put you through to a colleague, or help with one of these.",
			Quick:  menu,
		}
	}
	zhCard, enCard := e.Card(reply.Hans), e.Card(reply.En)
	card := zhCard
	if tr.lang == reply.En {
		card = enCard
	} else if tr.lang == reply.Hant {
		card.Title, card.Answer = tr.a.reply.Script(reply.Hant, card.Title), tr.a.reply.Script(reply.Hant, card.Answer)
	}
	return reply.Msg{
		Intent: intentFAQ,
		Zh:     zhCard.Title + "：" + zhCard.Answer,
		En:     enCard.Title + ": " + enCard.Answer,
		Cards:  tr.cards(card),
	}
}
