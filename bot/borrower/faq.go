package borrower

import (
	"strings"

	"github.com/loandesk/loandesk/knowledge/kb"
)

// faq answers a policy question from the FAQ; the card and the text carry the same answer.
func (tr *turn) faq() msg {
	text := tr.an.Norm
	if text == "" {
		text = strings.ToLower(tr.t.Message.Text)
	}
	e, ok := kb.Search(tr.a.d.FAQ, text)
	if !ok {
		return msg{
			intent: intentFAQ,
			zh:     "这个问题我暂时没有找到现成的答案，可以为您转接人工客服，或者看看我能帮您做的试算。",
			en:     "I don't have a ready answer to that one. I can put you through to a colleague, or help with one of these.",
			quick:  menu,
		}
	}
	zhCard, enCard := e.Card(langHans), e.Card(langEn)
	card := zhCard
	if tr.lang == langEn {
		card = enCard
	} else if tr.lang == langHant {
		card.Title, card.Answer = tr.a.script(langHant, card.Title), tr.a.script(langHant, card.Answer)
	}
	return msg{
		intent: intentFAQ,
		zh:     zhCard.Title + "：" + zhCard.Answer,
		en:     enCard.Title + ": " + enCard.Answer,
		cards:  tr.cards(card),
	}
}
