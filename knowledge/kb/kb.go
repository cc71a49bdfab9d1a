// Package kb is LoanDesk's small FAQ: bilingual policy answers and their
// retrieval by keyword overlap. Answers state policy plainly; any figure in
// them must agree with the product catalogue's defaults.
package kb

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// Entry is one question and its answer. Keywords are matched as lower-case
// substrings (Chinese has no word breaks); write them in Simplified Chinese
// and lower-case English.
type Entry struct {
	ID       string   `json:"id"`
	TitleZh  string   `json:"title_zh"`
	TitleEn  string   `json:"title_en"`
	AnswerZh string   `json:"answer_zh"`
	AnswerEn string   `json:"answer_en"`
	Source   string   `json:"source"`
	Keywords []string `json:"keywords"`
}

// Search returns the entry whose keywords best cover text, which the caller
// has normalised (Simplified script, half-width). A keyword counts its length
// in characters, so specific phrases ("提前多久", "90天") outweigh common ones
// ("逾期"); ties go to the earlier entry. false when no keyword occurs.
func Search(entries []Entry, normalizedZhOrEnText string) (Entry, bool) {
	text := strings.ToLower(normalizedZhOrEnText)
	best, bestScore := -1, 0
	for i, e := range entries {
		score := 0
		for _, k := range e.Keywords {
			if k != "" && strings.Contains(text, strings.ToLower(k)) {
				score += utf8.RuneCountInString(k)
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return Entry{}, false
	}
	return entries[best], true
}

// KindFAQ is the card kind of a FAQCard.
const KindFAQ = "faq_answer"

// FAQCard is the faq_answer card.
type FAQCard struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Answer string `json:"answer"`
	Source string `json:"source"`
}

// MarshalJSON adds "kind".
func (c FAQCard) MarshalJSON() ([]byte, error) {
	type plain FAQCard
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{KindFAQ, plain(c)})
}

// Card renders e in a language: "en" is English; anything else is Chinese in
// Simplified script (the channel converts to Traditional for zh-Hant readers).
func (e Entry) Card(lang string) FAQCard {
	if lang == "en" {
		return FAQCard{ID: e.ID, Title: e.TitleEn, Answer: e.AnswerEn, Source: e.Source}
	}
	return FAQCard{ID: e.ID, Title: e.TitleZh, Answer: e.AnswerZh, Source: e.Source}
}
