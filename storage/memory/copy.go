package memory

import (
	"slices"

	"github.com/loandesk/loandesk/dialog"
)

// The copy helpers keep callers from reaching into stored state through
// shared slices, pointers or raw JSON, in either direction.

func copyConversation(c dialog.Conversation) dialog.Conversation {
	c.State = slices.Clone(c.State)
	c.StartedAt, c.LastActive, c.EndedAt = utc(c.StartedAt), utc(c.LastActive), utc(c.EndedAt)
	c.Handoff = c.Handoff.Clone()
	return c
}

func copyMessage(m dialog.Message) dialog.Message {
	if m.Sentiment != nil {
		s := *m.Sentiment
		m.Sentiment = &s
	}
	m.Flags = slices.Clone(m.Flags)
	m.At = utc(m.At)
	return m
}

func copyCards(cs []dialog.Card) []dialog.Card {
	if cs == nil {
		return nil
	}
	out := make([]dialog.Card, len(cs))
	for i, c := range cs {
		out[i] = slices.Clone(c)
	}
	return out
}

func copyFrame(f dialog.Frame) dialog.Frame {
	f.Cards = copyCards(f.Cards)
	f.QuickReplies = slices.Clone(f.QuickReplies)
	f.At = utc(f.At)
	return f
}

func copyFrames(fs []dialog.Frame) []dialog.Frame {
	out := make([]dialog.Frame, len(fs))
	for i, f := range fs {
		out[i] = copyFrame(f)
	}
	return out
}

func copyNote(n dialog.Note) dialog.Note {
	n.StartedAt, n.EndedAt = utc(n.StartedAt), utc(n.EndedAt)
	n.Intents = slices.Clone(n.Intents)
	n.Cards = copyCards(n.Cards)
	n.Handoff = n.Handoff.Clone()
	n.Flags = slices.Clone(n.Flags)
	if n.CSAT != nil {
		c := *n.CSAT
		c.At = utc(c.At)
		n.CSAT = &c
	}
	return n
}
