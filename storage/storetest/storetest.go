// Package storetest is the one conformance suite every storage adapter runs:
// memory, sqlite and (later) postgres must all pass the same contracts that
// dialog's port doc comments promise, plus the book and fixing methods.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

// Store is what an adapter must provide: dialog's Store and the bank's book.
type Store interface {
	dialog.Store
	Book
}

// Run runs the whole suite; open must return a fresh, empty store for each call
// (and arrange its own cleanup with t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) Store) {
	tests := []test{
		{"Conversations", testConversations},
		{"SaveState", testSaveState},
		{"Handoffs", testHandoffs},
		{"Messages", testMessages},
		{"MessagesOnEnded", testMessagesOnEnded},
		{"Frames", testFrames},
		{"FrameRoundTrip", testFrameRoundTrip},
		{"ConcurrentAppend", testConcurrentAppend},
		{"Finish", testFinish},
		{"ConcurrentFinish", testConcurrentFinish},
		{"NoteRoundTrip", testNoteRoundTrip},
		{"OpenConversations", testOpenConversations},
		{"ConversationsOf", testConversationsOf},
		{"Notes", testNotes},
		{"SetCSAT", testSetCSAT},
		{"NotFound", testNotFound},
		{"Isolation", testIsolation},
		{"Ping", func(t *testing.T, s Store) {
			if err := s.Ping(t.Context()); err != nil {
				t.Fatalf("Ping: %v", err)
			}
		}},
	}
	tests = append(tests, alertTests...)
	tests = append(tests, bookTests...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, open(t))
		})
	}
}

type test struct {
	name string
	fn   func(t *testing.T, s Store)
}

// cst is a non-UTC zone: the suite writes local times and expects UTC back.
var cst = time.FixedZone("CST", 8*3600)

// t0 has nanoseconds, so adapters must keep full precision.
var t0 = time.Date(2025, 3, 20, 9, 30, 15, 123456789, cst)

func at(minutes int) time.Time { return t0.Add(time.Duration(minutes) * time.Minute) }

func conv(id, customer string, started time.Time) dialog.Conversation {
	return dialog.Conversation{
		ID: id, CustomerID: customer, Role: dialog.RoleBorrower, Channel: "web",
		Status: dialog.StatusOpen, Lang: "zh-Hans", StartedAt: started, LastActive: started,
	}
}

func mustCreate(t *testing.T, s Store, c dialog.Conversation) {
	t.Helper()
	if err := s.CreateConversation(t.Context(), c); err != nil {
		t.Fatalf("CreateConversation(%s): %v", c.ID, err)
	}
}

func mustLoad(t *testing.T, s Store, id string) dialog.Conversation {
	t.Helper()
	c, err := s.Conversation(t.Context(), id)
	if err != nil {
		t.Fatalf("Conversation(%s): %v", id, err)
	}
	return c
}

func reply(replyTo, text string, when time.Time) dialog.Frame {
	return dialog.Frame{Type: dialog.FrameReply, ReplyTo: replyTo, From: "bot", Text: text, Intent: "faq", At: when}
}

func mustAppend(t *testing.T, s Store, id string, fs ...dialog.Frame) []dialog.Frame {
	t.Helper()
	out, err := s.AppendFrames(t.Context(), id, fs)
	if err != nil {
		t.Fatalf("AppendFrames(%s): %v", id, err)
	}
	return out
}

func note(id, convID, customer string, ended time.Time, flags ...string) dialog.Note {
	n := dialog.Note{
		ID: id, ConversationID: convID, CustomerID: customer, Channel: "web",
		StartedAt: ended.Add(-time.Hour), EndedAt: ended, EndReason: "customer", Lang: "zh-Hans",
		Summary: "asked about " + id, Intents: []string{"faq"},
		Sentiment: dialog.NoteSentiment{Label: "neutral"},
	}
	for _, f := range flags {
		n.Flags = append(n.Flags, dialog.Flag{Code: f, Severity: "high", Evidence: "words", Seq: 1})
	}
	return n
}

func endedFrame(when time.Time) dialog.Frame {
	return dialog.Frame{Type: dialog.FrameEnded, At: when}
}

func mustFinish(t *testing.T, s Store, n dialog.Note) dialog.Note {
	t.Helper()
	stored, _, already, err := s.Finish(t.Context(), n.ConversationID, n, endedFrame(n.EndedAt))
	if err != nil || already {
		t.Fatalf("Finish(%s) = already %v, %v", n.ConversationID, already, err)
	}
	return stored
}

// equal fails the test with both values when got and want differ.
func equal[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got  %s\n want %s", what, show(got), show(want))
	}
}

func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%#v", v)
	}
	return string(b)
}

func wantErr(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("%s: got error %v, want %v", what, err, target)
	}
}

func ctx(t *testing.T) context.Context { return t.Context() }

func seqs(fs []dialog.Frame) []int64 {
	out := make([]int64, len(fs))
	for i, f := range fs {
		out[i] = f.Seq
	}
	return out
}

func noteIDs(ns []dialog.Note) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.ID
	}
	return out
}
