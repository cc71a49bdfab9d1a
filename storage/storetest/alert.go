package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
)

var alertTests = []test{
	{"RaiseAlerts", testRaiseAlerts},
	{"RaiseAlertsInvalid", testRaiseAlertsInvalid},
	{"ConcurrentRaiseAlerts", testConcurrentRaiseAlerts},
	{"Alerts", testAlerts},
	{"AlertNoteID", testAlertNoteID},
	{"AcknowledgeAlert", testAcknowledgeAlert},
	{"ConcurrentAcknowledgeAlert", testConcurrentAcknowledgeAlert},
}

// riskAlert is an open risk alert for a flag raised at minute `minute`.
func riskAlert(id, convID, customer, code string, minute int) dialog.Alert {
	return dialog.Alert{
		ID: id, Kind: dialog.AlertRisk, CustomerID: customer, ConversationID: convID,
		Seq: 3, Code: code, Severity: "high", Evidence: `我"失业"了 & <没钱>`, Action: dialog.ActionContact,
		CreatedAt: at(minute), DueAt: at(minute).Add(dialog.AlertDue), Status: dialog.AlertOpen,
	}
}

// stored is a as an adapter returns it: times in UTC, NoteID from the conversation.
func stored(a dialog.Alert, noteID string) dialog.Alert {
	a.CreatedAt, a.DueAt, a.NoteID = a.CreatedAt.UTC(), a.DueAt.UTC(), noteID
	if !a.AckedAt.IsZero() {
		a.AckedAt = a.AckedAt.UTC()
	}
	return a
}

func mustRaise(t *testing.T, s Store, as ...dialog.Alert) []dialog.Alert {
	t.Helper()
	out, err := s.RaiseAlerts(ctx(t), as)
	if err != nil {
		t.Fatalf("RaiseAlerts: %v", err)
	}
	return out
}

func mustAlerts(t *testing.T, s Store, q dialog.AlertQuery) []dialog.Alert {
	t.Helper()
	out, err := s.Alerts(ctx(t), q)
	if err != nil {
		t.Fatalf("Alerts(%+v): %v", q, err)
	}
	return out
}

func alertIDs(as []dialog.Alert) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

func testRaiseAlerts(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	risk := riskAlert("al-1", "cv-1", "c-1", "job_loss", 1)
	callback := dialog.Alert{
		ID: "al-2", Kind: dialog.AlertCallback, CustomerID: "c-1", ConversationID: "cv-1", Seq: 5,
		Evidence: "明天下午", Action: dialog.ActionContact, CreatedAt: at(2), DueAt: at(2).Add(dialog.AlertDue),
		Status: dialog.AlertOpen,
	}
	risk.NoteID = "n-ignored" // derived from the conversation, never taken from the caller
	got := mustRaise(t, s, risk, callback)
	want := []dialog.Alert{stored(risk, ""), stored(callback, "")}
	equal(t, "raised", got, want)
	equal(t, "Alerts", mustAlerts(t, s, dialog.AlertQuery{}), []dialog.Alert{want[1], want[0]})

	// Raising again, as the core does after a crash or at the note, is a no-op
	// whatever the new ids; only a new (conversation, kind, code) is stored.
	again := riskAlert("al-3", "cv-1", "c-1", "job_loss", 9)
	again.Severity, again.Evidence = "critical", "changed"
	cbAgain := callback
	cbAgain.ID = "al-4"
	fresh := riskAlert("al-5", "cv-1", "c-1", "repayment_difficulty", 3)
	got = mustRaise(t, s, again, cbAgain, fresh)
	equal(t, "raised again", got, []dialog.Alert{stored(fresh, "")})
	equal(t, "raised exactly as before", mustRaise(t, s, risk, callback, fresh), []dialog.Alert{})
	equal(t, "first kept", mustAlerts(t, s, dialog.AlertQuery{}), []dialog.Alert{stored(fresh, ""), want[1], want[0]})

	// The key is the whole triple: another conversation or kind is another alert.
	mustCreate(t, s, conv("cv-2", "c-1", at(0)))
	other := riskAlert("al-6", "cv-2", "c-1", "job_loss", 4)
	otherKind := riskAlert("al-7", "cv-1", "c-1", "job_loss", 5)
	otherKind.Kind = dialog.AlertCallback
	equal(t, "other conversation and kind", alertIDs(mustRaise(t, s, other, otherKind)), []string{"al-6", "al-7"})

	// Twice in one batch stores one; nothing to raise is not an error.
	dup1, dup2 := riskAlert("al-8", "cv-2", "c-1", "illness", 6), riskAlert("al-9", "cv-2", "c-1", "illness", 7)
	equal(t, "duplicate in a batch", alertIDs(mustRaise(t, s, dup1, dup2)), []string{"al-8"})
	equal(t, "empty batch", mustRaise(t, s), []dialog.Alert{})
	equal(t, "all stored", len(mustAlerts(t, s, dialog.AlertQuery{})), 6)
}

func testRaiseAlertsInvalid(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	mustRaise(t, s, riskAlert("al-1", "cv-1", "c-1", "job_loss", 1))
	valid := riskAlert("al-ok", "cv-1", "c-1", "illness", 2)
	for _, tc := range []struct {
		name string
		mut  func(*dialog.Alert)
	}{
		{"no id", func(a *dialog.Alert) { a.ID = "" }},
		{"no conversation", func(a *dialog.Alert) { a.ConversationID = "" }},
		{"no kind", func(a *dialog.Alert) { a.Kind = "" }},
		{"no customer", func(a *dialog.Alert) { a.CustomerID = "" }},
		{"no status", func(a *dialog.Alert) { a.Status = "" }},
		{"an unknown status", func(a *dialog.Alert) { a.Status = "closed" }},
		{"an id taken by another alert", func(a *dialog.Alert) { a.ID = "al-1" }},
	} {
		bad := riskAlert("al-bad", "cv-1", "c-1", "legal_threat", 3)
		tc.mut(&bad)
		// The valid alert goes first: a refused batch stores nothing.
		_, err := s.RaiseAlerts(ctx(t), []dialog.Alert{valid, bad})
		wantErr(t, "RaiseAlerts with "+tc.name, err, dialog.ErrInvalid)
	}
	_, err := s.RaiseAlerts(ctx(t), []dialog.Alert{valid, riskAlert("al-ok", "cv-1", "c-1", "multi_debt", 3)})
	wantErr(t, "RaiseAlerts with one id twice", err, dialog.ErrInvalid)
	_, err = s.RaiseAlerts(ctx(t), []dialog.Alert{valid, riskAlert("al-x", "cv-missing", "c-1", "job_loss", 3)})
	wantErr(t, "RaiseAlerts for an unknown conversation", err, dialog.ErrNotFound)
	equal(t, "only the first alert is stored", alertIDs(mustAlerts(t, s, dialog.AlertQuery{})), []string{"al-1"})
}

// testConcurrentRaiseAlerts: the turn and the note, or two instances, raising
// the same flag at once store one alert, and exactly one raiser reports it.
func testConcurrentRaiseAlerts(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	const racers = 8
	results := make([][]dialog.Alert, racers)
	errs := make([]error, racers)
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			results[i], errs[i] = s.RaiseAlerts(ctx(t), []dialog.Alert{riskAlert(fmt.Sprintf("al-%d", i), "cv-1", "c-1", "job_loss", i)})
		})
	}
	wg.Wait()
	var winners []dialog.Alert
	for i := range racers {
		if errs[i] != nil {
			t.Fatalf("concurrent RaiseAlerts: %v", errs[i])
		}
		winners = append(winners, results[i]...)
	}
	if len(winners) != 1 {
		t.Fatalf("%d raisers stored an alert, want exactly 1: %s", len(winners), show(winners))
	}
	equal(t, "the one stored", mustAlerts(t, s, dialog.AlertQuery{}), winners)
}

func testAlerts(t *testing.T, s Store) {
	for _, c := range []struct{ conv, customer string }{{"cv-a", "c-1"}, {"cv-b", "c-2"}, {"cv-c", "c-3"}} {
		mustCreate(t, s, conv(c.conv, c.customer, at(0)))
	}
	mustRaise(t, s,
		riskAlert("al-1", "cv-a", "c-1", "job_loss", 10),
		riskAlert("al-2", "cv-b", "c-2", "job_loss", 20),
		riskAlert("al-3", "cv-a", "c-1", "illness", 30),
		riskAlert("al-4", "cv-c", "c-3", "legal_threat", 40),
		riskAlert("al-5", "cv-a", "c-1", "multi_debt", 50),
		// Same instant as al-5: the higher id comes first.
		riskAlert("al-6", "cv-b", "c-2", "illness", 50),
	)
	if _, err := s.AcknowledgeAlert(ctx(t), "al-3", "m-01", at(60)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		q    dialog.AlertQuery
		want []string
	}{
		{"all, newest first", dialog.AlertQuery{}, []string{"al-6", "al-5", "al-4", "al-3", "al-2", "al-1"}},
		{"nil customers: any", dialog.AlertQuery{CustomerIDs: nil, Limit: 2}, []string{"al-6", "al-5"}},
		{"empty customers: none", dialog.AlertQuery{CustomerIDs: []string{}}, []string{}},
		{"one customer", dialog.AlertQuery{CustomerIDs: []string{"c-1"}}, []string{"al-5", "al-3", "al-1"}},
		{"two customers", dialog.AlertQuery{CustomerIDs: []string{"c-2", "c-3"}}, []string{"al-6", "al-4", "al-2"}},
		{"unknown customer", dialog.AlertQuery{CustomerIDs: []string{"c-9"}}, []string{}},
		{"by id", dialog.AlertQuery{IDs: []string{"al-2", "al-5"}}, []string{"al-5", "al-2"}},
		{"by id and customer", dialog.AlertQuery{IDs: []string{"al-2", "al-5"}, CustomerIDs: []string{"c-1"}}, []string{"al-5"}},
		{"empty ids: none", dialog.AlertQuery{IDs: []string{}}, []string{}},
		{"open", dialog.AlertQuery{Status: dialog.AlertOpen}, []string{"al-6", "al-5", "al-4", "al-2", "al-1"}},
		{"acknowledged", dialog.AlertQuery{Status: dialog.AlertAcknowledged}, []string{"al-3"}},
		{"open, one customer", dialog.AlertQuery{Status: dialog.AlertOpen, CustomerIDs: []string{"c-1"}}, []string{"al-5", "al-1"}},
		{"since is inclusive", dialog.AlertQuery{Since: at(40)}, []string{"al-6", "al-5", "al-4"}},
		{"since in another zone", dialog.AlertQuery{Since: at(40).UTC()}, []string{"al-6", "al-5", "al-4"}},
		{"since after all", dialog.AlertQuery{Since: at(51)}, []string{}},
		{"since, status, customers, limit", dialog.AlertQuery{Since: at(15), Status: dialog.AlertOpen, CustomerIDs: []string{"c-1", "c-2"}, Limit: 2}, []string{"al-6", "al-5"}},
		{"limit", dialog.AlertQuery{Limit: 3}, []string{"al-6", "al-5", "al-4"}},
	} {
		equal(t, "Alerts("+tc.name+")", alertIDs(mustAlerts(t, s, tc.q)), tc.want)
	}
}

// testAlertNoteID: an alert links to its conversation's note once there is one.
func testAlertNoteID(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	a := riskAlert("al-1", "cv-1", "c-1", "job_loss", 1)
	equal(t, "raised before the note", mustRaise(t, s, a), []dialog.Alert{stored(a, "")})
	equal(t, "listed before the note", mustAlerts(t, s, dialog.AlertQuery{}), []dialog.Alert{stored(a, "")})

	mustFinish(t, s, note("n-1", "cv-1", "c-1", at(10), "job_loss"))
	equal(t, "listed after the note", mustAlerts(t, s, dialog.AlertQuery{}), []dialog.Alert{stored(a, "n-1")})
	acked, err := s.AcknowledgeAlert(ctx(t), "al-1", "m-01", at(11))
	if err != nil {
		t.Fatal(err)
	}
	if acked.NoteID != "n-1" {
		t.Fatalf("acknowledged alert without its note: %s", show(acked))
	}
	// Raised at the note (or after it): the note id comes back at once.
	late := riskAlert("al-2", "cv-1", "c-1", "illness", 2)
	equal(t, "raised after the note", mustRaise(t, s, late), []dialog.Alert{stored(late, "n-1")})
}

func testAcknowledgeAlert(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	a := riskAlert("al-1", "cv-1", "c-1", "job_loss", 1)
	mustRaise(t, s, a)

	got, err := s.AcknowledgeAlert(ctx(t), "al-1", "m-01", at(5))
	if err != nil {
		t.Fatalf("AcknowledgeAlert: %v", err)
	}
	want := stored(a, "")
	want.Status, want.AckedAt, want.AckedBy = dialog.AlertAcknowledged, at(5).UTC(), "m-01"
	equal(t, "acknowledged", got, want)
	equal(t, "listed acknowledged", mustAlerts(t, s, dialog.AlertQuery{}), []dialog.Alert{want})

	// A second acknowledgement keeps the first one's time and author.
	again, err := s.AcknowledgeAlert(ctx(t), "al-1", "m-02", at(9))
	if err != nil {
		t.Fatalf("second AcknowledgeAlert: %v", err)
	}
	equal(t, "acknowledged twice", again, want)
	equal(t, "listed after two", mustAlerts(t, s, dialog.AlertQuery{}), []dialog.Alert{want})

	_, err = s.AcknowledgeAlert(ctx(t), "al-missing", "m-01", at(5))
	wantErr(t, "AcknowledgeAlert(unknown id)", err, dialog.ErrNotFound)
	_, err = s.AcknowledgeAlert(ctx(t), "", "m-01", at(5))
	wantErr(t, "AcknowledgeAlert(empty id)", err, dialog.ErrNotFound)

	mustRaise(t, s, riskAlert("al-2", "cv-1", "c-1", "illness", 2))
	_, err = s.AcknowledgeAlert(ctx(t), "al-2", "", at(5))
	wantErr(t, "AcknowledgeAlert by nobody", err, dialog.ErrInvalid)
	_, err = s.AcknowledgeAlert(ctx(t), "al-2", "m-01", time.Time{})
	wantErr(t, "AcknowledgeAlert at the zero time", err, dialog.ErrInvalid)
	equal(t, "refused acknowledgements change nothing",
		alertIDs(mustAlerts(t, s, dialog.AlertQuery{Status: dialog.AlertOpen})), []string{"al-2"})
}

// testConcurrentAcknowledgeAlert: two managers clicking at once see one acknowledgement.
func testConcurrentAcknowledgeAlert(t *testing.T, s Store) {
	mustCreate(t, s, conv("cv-1", "c-1", at(0)))
	mustRaise(t, s, riskAlert("al-1", "cv-1", "c-1", "job_loss", 1))
	const racers = 8
	results := make([]dialog.Alert, racers)
	errs := make([]error, racers)
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			results[i], errs[i] = s.AcknowledgeAlert(ctx(t), "al-1", fmt.Sprintf("m-%02d", i), at(10+i))
		})
	}
	wg.Wait()
	for i := range racers {
		if errs[i] != nil {
			t.Fatalf("concurrent AcknowledgeAlert: %v", errs[i])
		}
		equal(t, "every acknowledger sees the first", results[i], results[0])
	}
	equal(t, "stored as returned", mustAlerts(t, s, dialog.AlertQuery{}), results[:1])
}
