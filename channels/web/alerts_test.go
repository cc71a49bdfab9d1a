package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// testClock is a settable Config.Now.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

var alertT0 = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// alertSpec is one seeded alert; an empty code makes it a callback.
type alertSpec struct {
	id, customer, code string
	minute             int
}

// seedAlerts stores one conversation per customer and raises an alert on
// each straight into the rig's store, at alertT0 plus the given minutes.
func seedAlerts(t *testing.T, r *rig, specs ...alertSpec) {
	t.Helper()
	ctx := t.Context()
	for _, sp := range specs {
		convID := "cv-" + sp.id
		if err := r.store.CreateConversation(ctx, dialog.Conversation{ID: convID, CustomerID: sp.customer,
			Role: dialog.RoleBorrower, Channel: "web", StartedAt: alertT0, LastActive: alertT0}); err != nil {
			t.Fatal(err)
		}
		at := alertT0.Add(time.Duration(sp.minute) * time.Minute)
		kind, severity := dialog.AlertRisk, "high"
		if sp.code == "" {
			kind, severity = dialog.AlertCallback, ""
		}
		if _, err := r.store.RaiseAlerts(ctx, []dialog.Alert{{
			ID: sp.id, Kind: kind, CustomerID: sp.customer, ConversationID: convID, Seq: 2, Code: sp.code,
			Severity: severity, Evidence: "我失业了", Action: dialog.ActionContact,
			CreatedAt: at, DueAt: at.Add(dialog.AlertDue), Status: dialog.AlertOpen,
		}}); err != nil {
			t.Fatal(err)
		}
	}
}

type wireAlert struct {
	ID             string    `json:"id"`
	Kind           string    `json:"kind"`
	CustomerID     string    `json:"customer_id"`
	CustomerName   string    `json:"customer_name"`
	ConversationID string    `json:"conversation_id"`
	Seq            int64     `json:"seq"`
	Code           string    `json:"code"`
	Severity       string    `json:"severity"`
	Evidence       string    `json:"evidence"`
	Action         string    `json:"action"`
	CreatedAt      time.Time `json:"created_at"`
	DueAt          time.Time `json:"due_at"`
	Status         string    `json:"status"`
	AckedAt        time.Time `json:"acknowledged_at"`
	AckedBy        string    `json:"acknowledged_by"`
}

// listAlerts GETs path and returns the alert ids in order, failing on anything but 200.
func listAlerts(t *testing.T, r *rig, path, tok string) ([]wireAlert, []string) {
	t.Helper()
	status, body := r.do(t, "GET", path, tok, "")
	var as []wireAlert
	if err := json.Unmarshal(body, &as); status != 200 || err != nil || as == nil {
		t.Fatalf("GET %s: %d %s (%v)", path, status, body, err)
	}
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	return as, ids
}

func sameIDs(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("%s: got %v, want %v", what, got, want)
	}
}

func TestAlertsOfTheManagersBook(t *testing.T) {
	r := newRig(t)
	seedAlerts(t, r,
		alertSpec{"al-1", "c-1001", "job_loss", 1},
		alertSpec{"al-2", "c-1002", "repayment_difficulty", 2},
		alertSpec{"al-3", "c-1004", "job_loss", 3},
		alertSpec{"al-4", "c-1003", "", 4}, // a callback
	)
	m01, m02 := token(t, "m-01", dialog.RoleManager), token(t, "m-02", dialog.RoleManager)

	as, ids := listAlerts(t, r, "/v1/alerts", m01)
	sameIDs(t, "m-01's alerts, newest first", ids, "al-4", "al-2", "al-1")
	for i, name := range []string{"王强", "李娜", "张伟"} {
		if as[i].CustomerName != name {
			t.Errorf("%s customer_name %q, want %q", as[i].ID, as[i].CustomerName, name)
		}
	}
	want := wireAlert{ID: "al-1", Kind: "risk", CustomerID: "c-1001", CustomerName: "张伟", ConversationID: "cv-al-1",
		Seq: 2, Code: "job_loss", Severity: "high", Evidence: "我失业了", Action: "contact",
		CreatedAt: alertT0.Add(time.Minute), DueAt: alertT0.Add(time.Minute + 24*time.Hour), Status: "open"}
	if as[2] != want {
		t.Fatalf("alert on the wire:\n got  %+v\n want %+v", as[2], want)
	}
	_, body := r.do(t, "GET", "/v1/alerts?limit=1", m01, "")
	var raw []map[string]any
	if err := json.Unmarshal(body, &raw); err != nil || len(raw) != 1 {
		t.Fatalf("%s %v", body, err)
	}
	for _, k := range []string{"note_id", "acknowledged_at", "acknowledged_by"} {
		if _, ok := raw[0][k]; ok {
			t.Errorf("an open alert of an open conversation has %s: %s", k, body)
		}
	}

	_, ids = listAlerts(t, r, "/v1/alerts", m02)
	sameIDs(t, "m-02 sees only c-1004's", ids, "al-3")
	if status, body := r.do(t, "GET", "/v1/alerts", token(t, "m-99", dialog.RoleManager), ""); status != 200 || string(body) != "[]\n" {
		t.Fatalf("a manager with no book: %d %q", status, body)
	}

	// Filters.
	_, ids = listAlerts(t, r, "/v1/alerts?limit=2", m01)
	sameIDs(t, "limit", ids, "al-4", "al-2")
	_, ids = listAlerts(t, r, "/v1/alerts?since="+alertT0.Add(2*time.Minute).Format(time.RFC3339), m01)
	sameIDs(t, "since is inclusive", ids, "al-4", "al-2")
	_, ids = listAlerts(t, r, "/v1/alerts?since=2026-11-20T17:02:00%2B08:00", m01)
	sameIDs(t, "since with an offset", ids, "al-4", "al-2")
	_, ids = listAlerts(t, r, "/v1/alerts?status=acknowledged", m01)
	sameIDs(t, "nothing acknowledged yet", ids)

	// The book is read at request time: a customer handed over takes their alerts along.
	c, err := r.store.Customer(t.Context(), "c-1001")
	if err != nil {
		t.Fatal(err)
	}
	c.ManagerID = "m-02"
	if err := r.store.SeedBook(t.Context(), []book.Customer{c}, nil, nil); err != nil {
		t.Fatal(err)
	}
	_, ids = listAlerts(t, r, "/v1/alerts", m02)
	sameIDs(t, "m-02 after the handover", ids, "al-3", "al-1")
	_, ids = listAlerts(t, r, "/v1/alerts", m01)
	sameIDs(t, "m-01 after the handover", ids, "al-4", "al-2")
}

func TestAlertsRefusals(t *testing.T) {
	r := newRig(t)
	seedAlerts(t, r, alertSpec{"al-1", "c-1001", "job_loss", 1})
	m01 := token(t, "m-01", dialog.RoleManager)
	for _, tok := range []string{
		token(t, "c-1001", dialog.RoleBorrower), token(t, "a-01", dialog.RoleAgent), token(t, "admin", dialog.RoleAdmin),
	} {
		if status, body := r.do(t, "GET", "/v1/alerts", tok, ""); status != 403 || errCode(t, body) != "forbidden" {
			t.Errorf("GET: %d %s", status, body)
		}
		if status, body := r.do(t, "POST", "/v1/alerts/al-1/ack", tok, ""); status != 403 || errCode(t, body) != "forbidden" {
			t.Errorf("POST ack: %d %s", status, body)
		}
	}
	if status, _ := r.do(t, "GET", "/v1/alerts", "", ""); status != 401 {
		t.Errorf("no token: %d", status)
	}
	for q, code := range map[string]string{
		"?status=closed": "invalid_status", "?status=OPEN": "invalid_status", "?status=%00": "invalid_status",
		"?since=yesterday": "invalid_since", "?since=2026-13-01": "invalid_since", "?since=" + strings.Repeat("9", 3000): "invalid_since",
		"?limit=0": "invalid_limit", "?limit=501": "invalid_limit", "?limit=x": "invalid_limit",
		"?limit=-1": "invalid_limit", "?limit=99999999999999999999": "invalid_limit",
	} {
		status, body := r.do(t, "GET", "/v1/alerts"+q, m01, "")
		if status != 400 || errCode(t, body) != code {
			t.Errorf("%.40s: %d %s, want 400 %s", q, status, body, code)
		}
	}
	if status, _ := r.do(t, "GET", "/v1/alerts/al-1/ack", m01, ""); status != http.StatusMethodNotAllowed {
		t.Errorf("GET on the ack path: %d", status)
	}
}

func TestAcknowledgeAlert(t *testing.T) {
	clk := &testClock{t: alertT0.Add(time.Hour)}
	r := newRig(t, func(c *Config, _ *Deps) { c.Now = clk.Now })
	seedAlerts(t, r,
		alertSpec{"al-1", "c-1001", "job_loss", 1},
		alertSpec{"al-2", "c-1004", "job_loss", 2},
		alertSpec{"al-3", "c-1002", "illness", 3},
	)
	m01, m02 := token(t, "m-01", dialog.RoleManager), token(t, "m-02", dialog.RoleManager)

	// Another manager's alert and an unknown id answer alike: nothing leaks.
	_, unknown := r.do(t, "POST", "/v1/alerts/al-nope/ack", m02, "")
	for _, path := range []string{"/v1/alerts/al-1/ack", "/v1/alerts/al-nope/ack", "/v1/alerts/%ff/ack",
		"/v1/alerts/" + strings.Repeat("x", 4000) + "/ack"} {
		status, body := r.do(t, "POST", path, m02, `{"garbage":`)
		if status != 404 || errCode(t, body) != "not_found" || string(body) != string(unknown) {
			t.Errorf("POST %.40s by m-02: %d %s", path, status, body)
		}
	}
	if _, ids := listAlerts(t, r, "/v1/alerts?status=open", m01); len(ids) != 2 {
		t.Fatalf("a refused ack changed something: %v", ids)
	}

	status, body := r.do(t, "POST", "/v1/alerts/al-1/ack", m01, "")
	var got wireAlert
	if err := json.Unmarshal(body, &got); status != 200 || err != nil {
		t.Fatalf("ack: %d %s", status, body)
	}
	if got.ID != "al-1" || got.Status != "acknowledged" || got.AckedBy != "m-01" || !got.AckedAt.Equal(alertT0.Add(time.Hour)) ||
		got.CustomerName != "张伟" || got.Evidence != "我失业了" {
		t.Fatalf("acknowledged alert: %s", body)
	}

	// Again, later: the first acknowledgement stands and the answer is the same.
	clk.Set(alertT0.Add(5 * time.Hour))
	if status, again := r.do(t, "POST", "/v1/alerts/al-1/ack", m01, `{}`); status != 200 || string(again) != string(body) {
		t.Fatalf("second ack: %d %s\nfirst: %s", status, again, body)
	}
	_, ids := listAlerts(t, r, "/v1/alerts?status=acknowledged", m01)
	sameIDs(t, "acknowledged", ids, "al-1")
	_, ids = listAlerts(t, r, "/v1/alerts?status=open", m01)
	sameIDs(t, "still open", ids, "al-3")
	_, ids = listAlerts(t, r, "/v1/alerts?status=open", m02)
	sameIDs(t, "m-02's untouched", ids, "al-2")
}
