package web

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/loandesk/loandesk/dialog"
)

// claims is the token's payload: sub, role, name and the registered times.
type claims struct {
	Role string `json:"role"`
	Name string `json:"name,omitempty"`
	jwt.RegisteredClaims
}

// IssueToken signs an HS256 token for p that expires ttl after now.
func IssueToken(secret []byte, p dialog.Principal, ttl time.Duration, now time.Time) (string, error) {
	if len(secret) == 0 {
		return "", errors.New("issue token: empty secret")
	}
	if p.Subject == "" || !p.Role.Valid() {
		return "", errors.New("issue token: subject and a valid role are required")
	}
	c := claims{
		Role: string(p.Role),
		Name: p.Name,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   p.Subject,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(secret)
}

// errBadToken is every reason a token is refused; callers answer unauthorized
// without saying which.
var errBadToken = errors.New("invalid token")

// verify checks an HS256 token (exp required) and returns its principal.
func (s *Server) verify(token string) (dialog.Principal, error) {
	if token == "" || len(token) > 8192 {
		return dialog.Principal{}, errBadToken
	}
	var c claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return s.cfg.JWTSecret, nil },
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(s.cfg.Now),
	)
	if err != nil {
		return dialog.Principal{}, errBadToken
	}
	p := dialog.Principal{Subject: c.Subject, Role: dialog.Role(c.Role), Name: c.Name}
	if p.Subject == "" || !p.Role.Valid() {
		return dialog.Principal{}, errBadToken
	}
	return p, nil
}

// bearer returns the token of an "Authorization: Bearer" header, or "".
func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	scheme, tok, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(tok)
}

type principalKey struct{}

// principal returns the caller authenticated by requireAuth.
func principal(ctx context.Context) dialog.Principal {
	p, _ := ctx.Value(principalKey{}).(dialog.Principal)
	return p
}

// authed is a handler that runs for an authenticated caller.
type authed func(w http.ResponseWriter, r *http.Request, p dialog.Principal)

// requireAuth answers 401 unless the request carries a valid bearer token,
// and 403 unless the caller's role is one of roles (none: any role).
func (s *Server) requireAuth(h authed, roles ...dialog.Role) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := s.verify(bearer(r))
		if err != nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="loandesk"`)
			writeError(w, errUnauthorized)
			return
		}
		if len(roles) > 0 && !hasRole(p.Role, roles) {
			writeError(w, errForbidden)
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), principalKey{}, p)), p)
	})
}

func hasRole(r dialog.Role, roles []dialog.Role) bool {
	for _, x := range roles {
		if r == x {
			return true
		}
	}
	return false
}
