package dialog

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Summarizer writes a note's summary. The default is extractive; a responder
// package or an LLM adapter may supply a better one.
type Summarizer interface {
	Summarize(ctx context.Context, n Note, t []TranscriptEntry) string
}

// buildNote aggregates a conversation into its note; the summary is added by the Summarizer.
func buildNote(conv Conversation, msgs []Message, frames []Frame, reason string, now time.Time) Note {
	n := Note{
		ConversationID: conv.ID, CustomerID: conv.CustomerID, Channel: conv.Channel,
		StartedAt: conv.StartedAt, EndedAt: now, EndReason: reason, Lang: conv.Lang,
		Intents: []string{}, Cards: []Card{}, Flags: []Flag{},
		Sentiment: NoteSentiment{Label: "neutral"}, Handoff: conv.Handoff.Clone(),
	}
	for _, f := range frames {
		if f.Type != FrameReply {
			continue
		}
		if f.Intent != "" && f.Intent != "unknown" && !slices.Contains(n.Intents, f.Intent) {
			n.Intents = append(n.Intents, f.Intent)
		}
		n.Cards = append(n.Cards, f.Cards...)
	}
	var scored []Sentiment
	for _, m := range msgs {
		if m.Sentiment != nil {
			scored = append(scored, *m.Sentiment)
		}
		for _, fl := range m.Flags {
			fl.Seq = m.Seq
			if !slices.Contains(n.Flags, fl) {
				n.Flags = append(n.Flags, fl)
			}
		}
	}
	if len(scored) > 0 {
		lowest := slices.MinFunc(scored, func(a, b Sentiment) int {
			switch {
			case a.Score < b.Score:
				return -1
			case a.Score > b.Score:
				return 1
			}
			return 0
		})
		last := scored[len(scored)-1]
		n.Sentiment = NoteSentiment{Label: last.Label, MinScore: lowest.Score, LastScore: last.Score}
		// A manager must see that the customer was upset even if they calmed down.
		if lowest.Label == "negative" {
			n.Sentiment.Label = "negative"
		}
	}
	return n
}

// transcript merges messages and reply frames: a message stamped with seq N
// came after frame N and before frame N+1.
func transcript(msgs []Message, frames []Frame) []TranscriptEntry {
	out := make([]TranscriptEntry, 0, len(msgs)+len(frames))
	mi := 0
	flush := func(upTo int64) {
		for mi < len(msgs) && msgs[mi].Seq < upTo {
			m := msgs[mi]
			flags := make([]Flag, len(m.Flags))
			for i, fl := range m.Flags {
				fl.Seq = m.Seq
				flags[i] = fl
			}
			out = append(out, TranscriptEntry{Seq: m.Seq, From: m.From, Text: m.Text, At: m.At, Sentiment: m.Sentiment, Flags: flags})
			mi++
		}
	}
	for _, f := range frames {
		flush(f.Seq)
		switch f.Type {
		case FrameReply:
			out = append(out, TranscriptEntry{Seq: f.Seq, From: f.From, AgentName: f.AgentName, Text: f.Text, At: f.At, Intent: f.Intent, Cards: f.Cards})
		case FrameHandoff:
			out = append(out, TranscriptEntry{Seq: f.Seq, From: "system", Text: "handoff: " + f.HandoffStatus, At: f.At})
		case FrameEnded:
			out = append(out, TranscriptEntry{Seq: f.Seq, From: "system", Text: "ended", At: f.At})
		}
	}
	flush(1 << 62)
	return out
}

// ExtractiveSummarizer summarises without a model: the topics, the customer's
// first words, the risk signals and how it ended, in the conversation's language.
type ExtractiveSummarizer struct{}

// Summarize implements Summarizer.
func (ExtractiveSummarizer) Summarize(_ context.Context, n Note, t []TranscriptEntry) string {
	var first string
	for _, e := range t {
		if e.From == "customer" {
			first = clip(e.Text, 80)
			break
		}
	}
	codes := make([]string, 0, len(n.Flags))
	for _, f := range n.Flags {
		if !slices.Contains(codes, f.Code) {
			codes = append(codes, f.Code)
		}
	}
	ph := summaryPhrasesFor(n.Lang)
	var b strings.Builder
	if first == "" {
		b.WriteString(ph.silent)
	} else {
		fmt.Fprintf(&b, ph.topics, orNone(n.Intents, ph.none), first)
	}
	if len(codes) > 0 {
		fmt.Fprintf(&b, ph.signals, strings.Join(codes, ph.sep))
	}
	if n.Sentiment.Label == "negative" {
		b.WriteString(ph.upset)
	}
	if n.EndReason != "" { // "" while the conversation is still open (a seat's context)
		fmt.Fprintf(&b, ph.ended, n.EndReason)
	}
	return b.String()
}

// summaryPhrases are the extractive summary's fixed words in one language.
type summaryPhrases struct{ silent, topics, none, signals, sep, upset, ended string }

// summaryPhrasesFor picks English for English conversations and Chinese
// otherwise: notes are read by the bank's staff.
func summaryPhrasesFor(lang string) summaryPhrases {
	if lang == "en" {
		return summaryPhrases{
			silent: "The customer opened the chat and said nothing.",
			topics: "Topics: %s. The customer wrote: \u201c%s\u201d.", none: "none recognised",
			signals: " Risk signals: %s.", sep: ", ",
			upset: " The customer was upset at some point.", ended: " Ended: %s.",
		}
	}
	return summaryPhrases{
		silent: "客户打开了对话但未发言。",
		topics: "咨询事项：%s。客户原话：\u201c%s\u201d。", none: "未识别",
		signals: "风险信号：%s。", sep: "、",
		upset: "客户情绪有明显负面。", ended: "结束方式：%s。",
	}
}

func orNone(xs []string, none string) string {
	if len(xs) == 0 {
		return none
	}
	return strings.Join(xs, ", ")
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// fallback is the core's own answer when no responder could: honest, in the
// customer's language, with a way to a person.
func fallback(lang, why string) Response {
	var text string
	switch lang {
	case "en":
		text = "Sorry, I couldn't work that out just now. Please ask again in a moment, or tap below to reach a person."
		if why == "timeout" {
			text = "Sorry, this is taking longer than it should. Please ask again in a moment, or tap below to reach a person."
		}
		return Response{Replies: []Reply{{Text: text, Intent: "unknown", QuickReplies: []QuickReply{{Label: "Talk to a person", Action: "talk to a person"}}}}}
	case "zh-Hant":
		text = "抱歉，我暫時無法處理這個問題。請稍後再問一次，或點選下方聯繫人工客服。"
		if why == "timeout" {
			text = "抱歉，處理時間比預期長。請稍後再問一次，或點選下方聯繫人工客服。"
		}
		return Response{Replies: []Reply{{Text: text, Intent: "unknown", QuickReplies: []QuickReply{{Label: "轉人工", Action: "轉人工"}}}}}
	}
	text = "抱歉，我暂时无法处理这个问题。请稍后再问一次，或点击下方联系人工客服。"
	if why == "timeout" {
		text = "抱歉，处理时间比预期长。请稍后再问一次，或点击下方联系人工客服。"
	}
	return Response{Replies: []Reply{{Text: text, Intent: "unknown", QuickReplies: []QuickReply{{Label: "转人工", Action: "转人工"}}}}}
}
