package web

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/loandesk/loandesk/dialog"
)

func signed(t *testing.T, method jwt.SigningMethod, key any, c jwt.MapClaims) string {
	t.Helper()
	s, err := jwt.NewWithClaims(method, c).SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestJWTRefusals(t *testing.T) {
	r := newRig(t)
	now := time.Now()
	valid := jwt.MapClaims{"sub": "c-1001", "role": "borrower", "name": "x", "exp": now.Add(time.Hour).Unix()}
	with := func(k string, v any) jwt.MapClaims {
		c := jwt.MapClaims{}
		for kk, vv := range valid {
			c[kk] = vv
		}
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
		return c
	}
	cases := map[string]string{
		"missing":      "",
		"garbage":      "not-a-jwt",
		"expired":      signed(t, jwt.SigningMethodHS256, testSecret, with("exp", now.Add(-time.Minute).Unix())),
		"no exp":       signed(t, jwt.SigningMethodHS256, testSecret, with("exp", nil)),
		"wrong secret": signed(t, jwt.SigningMethodHS256, []byte("another-secret"), valid),
		"HS384":        signed(t, jwt.SigningMethodHS384, testSecret, valid),
		"HS512":        signed(t, jwt.SigningMethodHS512, testSecret, valid),
		"alg none":     signed(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, valid),
		"bad role":     signed(t, jwt.SigningMethodHS256, testSecret, with("role", "root")),
		"no role":      signed(t, jwt.SigningMethodHS256, testSecret, with("role", nil)),
		"missing sub":  signed(t, jwt.SigningMethodHS256, testSecret, with("sub", nil)),
		"empty sub":    signed(t, jwt.SigningMethodHS256, testSecret, with("sub", "")),
		"not before":   signed(t, jwt.SigningMethodHS256, testSecret, with("nbf", now.Add(time.Hour).Unix())),
	}
	for name, tok := range cases {
		t.Run(name, func(t *testing.T) {
			status, body := r.do(t, "GET", "/v1/lpr", tok, "")
			if status != http.StatusUnauthorized || errCode(t, body) != "unauthorized" {
				t.Fatalf("got %d %s", status, body)
			}
		})
	}
	t.Run("scheme", func(t *testing.T) {
		req, _ := http.NewRequest("GET", r.ts.URL+"/v1/lpr", nil)
		req.Header.Set("Authorization", "Basic "+signed(t, jwt.SigningMethodHS256, testSecret, valid))
		res, err := r.ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("got %d", res.StatusCode)
		}
	})
	t.Run("token in query is ignored", func(t *testing.T) {
		status, _ := r.do(t, "GET", "/v1/lpr?access_token="+signed(t, jwt.SigningMethodHS256, testSecret, valid), "", "")
		if status != http.StatusUnauthorized {
			t.Fatalf("got %d", status)
		}
	})
	t.Run("valid", func(t *testing.T) {
		status, body := r.do(t, "GET", "/v1/lpr", signed(t, jwt.SigningMethodHS256, testSecret, valid), "")
		if status == http.StatusUnauthorized || status == http.StatusForbidden {
			t.Fatalf("got %d %s", status, body)
		}
	})
}

func TestIssueTokenRoundTrip(t *testing.T) {
	r := newRig(t)
	p := dialog.Principal{Subject: "m-01", Role: dialog.RoleManager, Name: "陈经理"}
	tok, err := IssueToken(testSecret, p, time.Minute, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.srv.verify(tok)
	if err != nil || got != p {
		t.Fatalf("got %+v %v", got, err)
	}
	if _, err := IssueToken(nil, p, time.Minute, time.Now()); err == nil {
		t.Fatal("empty secret accepted")
	}
	if _, err := IssueToken(testSecret, dialog.Principal{Subject: "x", Role: "root"}, time.Minute, time.Now()); err == nil {
		t.Fatal("bad role accepted")
	}
}

func TestHealthAndErrors(t *testing.T) {
	r := newRig(t)
	if status, _ := r.do(t, "GET", "/healthz", "", ""); status != 200 {
		t.Fatalf("healthz %d", status)
	}
	if status, body := r.do(t, "GET", "/readyz", "", ""); status != 200 {
		t.Fatalf("readyz %d %s", status, body)
	}
	status, body := r.do(t, "GET", "/v1/nope", "", "")
	if status != 404 || errCode(t, body) != "not_found" {
		t.Fatalf("unknown path %d %s", status, body)
	}
}

func TestMetricsHandler(t *testing.T) {
	r := newRig(t)
	r.do(t, "GET", "/healthz", "", "")
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.quiet()
	wants := []string{
		`loandesk_http_requests_total{code="200",method="GET",route="GET /healthz"} 1`,
		`loandesk_ws_connections 1`,
		`loandesk_ws_frames_in_total{type="ping"} 1`,
		`loandesk_ws_frames_out_total{type="pong"} 1`,
		`loandesk_http_request_duration_seconds_bucket`,
	}
	// The write pump counts a frame after writing it, so the client may read
	// the pong a moment before the counter moves.
	var missing []string
	for deadline := time.Now().Add(2 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		rec := newRecorder()
		r.srv.MetricsHandler().ServeHTTP(rec, mustReq(t, "GET", "/metrics"))
		missing = missing[:0]
		for _, want := range wants {
			if !contains(rec.Body.String(), want) {
				missing = append(missing, want)
			}
		}
		if len(missing) == 0 || time.Now().After(deadline) {
			break
		}
	}
	for _, m := range missing {
		t.Errorf("metrics lack %q", m)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	r := newRig(t)
	status, body := r.do(t, "GET", "/v1/calc/schedule", token(t, "c-1001", dialog.RoleBorrower), "")
	if status != http.StatusMethodNotAllowed || errCode(t, body) != "method_not_allowed" {
		t.Fatalf("%d %s", status, body)
	}
	status, body = r.do(t, "DELETE", "/v1/lpr", "", "")
	if status != http.StatusMethodNotAllowed || errCode(t, body) != "method_not_allowed" {
		t.Fatalf("%d %s", status, body)
	}
}

func TestShutdownEndsSocketsWithGoingAway(t *testing.T) {
	r := newRig(t)
	c := r.dial(t, bearerHeader(token(t, "c-1001", dialog.RoleBorrower)))
	c.quiet()
	done := make(chan error, 1)
	go func() { done <- r.srv.Shutdown(context.Background()) }()
	if code := c.closed(); code != 1001 {
		t.Fatalf("close code %d", code)
	}
	c.ws.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
