package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/storage/memory"
)

func TestTelegramBinding(t *testing.T) {
	binds := memory.NewBindings()
	r := newRig(t, func(_ *Config, d *Deps) { d.Bindings = binds })
	borrower := token(t, "c-1001", dialog.RoleBorrower)

	status, body := r.do(t, "POST", "/v1/me/telegram-binding", borrower, "{}")
	if status != http.StatusOK {
		t.Fatalf("binding: %d %s", status, body)
	}
	var got struct {
		Code      string `json:"code"`
		ExpiresAt string `json:"expires_at"`
	}
	if err := json.Unmarshal(body, &got); err != nil || len(got.Code) != 8 {
		t.Fatalf("binding body %s: %v", body, err)
	}
	exp, err := time.Parse(time.RFC3339, got.ExpiresAt)
	if err != nil || exp.Location() != time.UTC {
		t.Fatalf("expires_at %q: %v", got.ExpiresAt, err)
	}
	if d := time.Until(exp); d < 9*time.Minute || d > 10*time.Minute {
		t.Fatalf("expires in %v, want about 10 minutes", d)
	}

	// The code binds a chat once, to the caller.
	ctx := t.Context()
	if id, err := binds.Redeem(ctx, got.Code, 77, time.Now()); err != nil || id != "c-1001" {
		t.Fatalf("Redeem = %q, %v", id, err)
	}
	if _, err := binds.Redeem(ctx, got.Code, 78, time.Now()); !errors.Is(err, dialog.ErrNotFound) {
		t.Fatalf("second Redeem: %v", err)
	}
	// A fresh code is refused once expired.
	_, body = r.do(t, "POST", "/v1/me/telegram-binding", borrower, "")
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if _, err := binds.Redeem(ctx, got.Code, 79, time.Now().Add(11*time.Minute)); !errors.Is(err, dialog.ErrNotFound) {
		t.Fatalf("Redeem after expiry: %v", err)
	}

	// Staff and strangers get none; a borrower the book does not know neither.
	for _, tok := range []string{token(t, "m-01", dialog.RoleManager), token(t, "a-01", dialog.RoleAgent), token(t, "c-9999", dialog.RoleBorrower)} {
		if status, body := r.do(t, "POST", "/v1/me/telegram-binding", tok, "{}"); status != http.StatusForbidden || errCode(t, body) != "forbidden" {
			t.Errorf("binding by %s: %d %s", tok[:8], status, body)
		}
	}
	if status, _ := r.do(t, "POST", "/v1/me/telegram-binding", "", "{}"); status != http.StatusUnauthorized {
		t.Errorf("binding without a token: %d", status)
	}
}
