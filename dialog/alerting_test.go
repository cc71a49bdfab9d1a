package dialog_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
)

// cueAnalyzer flags messages by keyword, so tests can choose severities.
type cueAnalyzer struct{}

var cues = []struct{ word, code, severity string }{
	{"失业", "job_loss", "high"},
	{"不想活", "self_harm", "critical"},
	{"安全账户", "fraud_risk", "high"},
	{"降薪", "income_drop", "medium"},
	{"换号", "contact_change", "low"},
}

func (cueAnalyzer) Analyze(_ context.Context, text string) dialog.Analysis {
	a := dialog.Analysis{Lang: "zh-Hans", Sentiment: &dialog.Sentiment{Label: "neutral"}}
	for _, c := range cues {
		if strings.Contains(text, c.word) {
			a.Flags = append(a.Flags, dialog.Flag{Code: c.code, Severity: c.severity, Evidence: text})
		}
	}
	return a
}

// flakyAlerts fails RaiseAlerts while failing is set, like a store that
// went away between storing the message and raising its alert.
type flakyAlerts struct {
	*memory.Store
	failing atomic.Bool
}

func (s *flakyAlerts) RaiseAlerts(ctx context.Context, alerts []dialog.Alert) ([]dialog.Alert, error) {
	if s.failing.Load() {
		return nil, errors.New("store unavailable")
	}
	return s.Store.RaiseAlerts(ctx, alerts)
}

func alertRig(t *testing.T) (*dialog.Engine, *flakyAlerts, *clock) {
	t.Helper()
	st := &flakyAlerts{Store: memory.NewStore()}
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	eng, err := dialog.NewEngine(dialog.Config{}, dialog.Deps{
		Store: st, Bus: memory.NewBus(memory.DefaultBuffer), Locker: memory.NewLocker(), Clock: clk,
		Analyzer: cueAnalyzer{}, Responders: map[dialog.Role]dialog.Responder{dialog.RoleBorrower: &echo{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eng.Stop)
	return eng, st, clk
}

func startConv(t *testing.T, eng *dialog.Engine) string {
	t.Helper()
	s, err := eng.Open(t.Context(), alice, dialog.OpenRequest{Channel: "web"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s.Conversation.ID
}

func alertsOf(t *testing.T, st dialog.Store) []dialog.Alert {
	t.Helper()
	as, err := st.Alerts(t.Context(), dialog.AlertQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return as
}

func TestHighFlagRaisesOneAlertDueIn24Hours(t *testing.T) {
	eng, st, clk := alertRig(t)
	id := startConv(t, eng)
	postTo(t, eng, id, "m1", "想问问提前还款")
	postTo(t, eng, id, "m2", "我上个月失业了")
	postTo(t, eng, id, "m3", "失业以后一直没找到工作") // the same code again: still one alert
	postTo(t, eng, id, "m4", "我换号了")        // low: a note, not an alert

	as := alertsOf(t, st)
	if len(as) != 1 {
		t.Fatalf("alerts %+v, want one job_loss alert", as)
	}
	a := as[0]
	want := clk.Now()
	if a.Code != "job_loss" || a.Severity != "high" || a.Kind != dialog.AlertRisk || a.Status != dialog.AlertOpen ||
		a.Action != dialog.ActionContact || a.CustomerID != "c-1001" || a.ConversationID != id ||
		a.Evidence != "我上个月失业了" || a.Seq != 1 || !a.CreatedAt.Equal(want) || !a.DueAt.Equal(want.Add(24*time.Hour)) {
		t.Fatalf("alert %+v", a)
	}
	if a.NoteID != "" {
		t.Errorf("note id %q before the conversation ended", a.NoteID)
	}
	if err := eng.End(t.Context(), alice, id); err != nil {
		t.Fatal(err)
	}
	n, err := st.NoteOf(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if as := alertsOf(t, st); len(as) != 1 || as[0].NoteID != n.ID {
		t.Errorf("after the note: %+v, want the one alert linked to note %s", as, n.ID)
	}
}

func TestCriticalAndFraudFlagsAskForImmediateHandoff(t *testing.T) {
	eng, st, _ := alertRig(t)
	id := startConv(t, eng)
	postTo(t, eng, id, "m1", "我不想活了")
	postTo(t, eng, id, "m2", "有人让我把钱转到安全账户")
	got := map[string]dialog.Alert{}
	for _, a := range alertsOf(t, st) {
		got[a.Code] = a
	}
	if a := got["self_harm"]; a.Severity != "critical" || a.Action != dialog.ActionImmediate {
		t.Errorf("self_harm alert %+v", a)
	}
	if a := got["fraud_risk"]; a.Severity != "high" || a.Action != dialog.ActionImmediate {
		t.Errorf("fraud_risk alert %+v", a)
	}
}

func TestIncomeDropAlertsOnlyWhenRepeated(t *testing.T) {
	eng, st, clk := alertRig(t)
	first := startConv(t, eng)
	postTo(t, eng, first, "m1", "公司降薪了")
	if as := alertsOf(t, st); len(as) != 0 {
		t.Fatalf("one mention alerted: %+v", as)
	}
	if err := eng.End(t.Context(), alice, first); err != nil {
		t.Fatal(err)
	}
	if as := alertsOf(t, st); len(as) != 0 {
		t.Fatalf("the note of one mention alerted: %+v", as)
	}

	clk.Add(10 * 24 * time.Hour)
	second := startConv(t, eng)
	postTo(t, eng, second, "m1", "又降薪了，压力很大")
	as := alertsOf(t, st)
	if len(as) != 1 || as[0].Code != "income_drop" || as[0].ConversationID != second || as[0].Action != dialog.ActionContact {
		t.Fatalf("second mention ten days later: %+v, want an income_drop alert", as)
	}

	// Twice within one conversation, with no history, is repeated too.
	eng2, st2, _ := alertRig(t)
	third := startConv(t, eng2)
	postTo(t, eng2, third, "m1", "降薪了")
	if got := len(alertsOf(t, st2)); got != 0 {
		t.Fatalf("%d alerts after one mention", got)
	}
	postTo(t, eng2, third, "m2", "降薪以后每月少了三千")
	if as := alertsOf(t, st2); len(as) != 1 || as[0].Seq != 1 {
		t.Errorf("alerts %+v, want one for the second mention (seq 1)", as)
	}
}

func TestAlertLostToAFailureIsRaisedWithTheNote(t *testing.T) {
	eng, st, _ := alertRig(t)
	id := startConv(t, eng)
	st.failing.Store(true)
	postTo(t, eng, id, "m1", "我失业了") // the turn is answered even though the alert failed
	if err := eng.End(t.Context(), alice, id); err == nil {
		t.Fatal("the conversation ended without its alert")
	}
	if c, _ := st.Conversation(t.Context(), id); c.Status == dialog.StatusEnded {
		t.Fatal("ended while the alert could not be stored")
	}
	st.failing.Store(false)
	if err := eng.End(t.Context(), alice, id); err != nil {
		t.Fatal(err)
	}
	if as := alertsOf(t, st); len(as) != 1 || as[0].Code != "job_loss" || as[0].Seq != 0 {
		t.Fatalf("alerts %+v, want the job_loss alert of message 1", as)
	}
}

func postTo(t *testing.T, eng *dialog.Engine, conv, id, text string) {
	t.Helper()
	if _, err := eng.Post(t.Context(), alice, conv, dialog.Inbound{ID: id, Text: text}); err != nil {
		t.Fatalf("post %s: %v", id, err)
	}
}
