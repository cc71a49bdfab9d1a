package web

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestChatPage(t *testing.T) {
	r := newRig(t)
	for _, path := range []string{"/", "/chat"} {
		res, err := http.Get(r.ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		page := string(b)
		csp := res.Header.Get("Content-Security-Policy")
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "text/html") ||
			!strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Fatalf("%s: %d %q %q", path, res.StatusCode, res.Header.Get("Content-Type"), csp)
		}
		// No inline script, style or event handler: the CSP would block them.
		if regexp.MustCompile(`<script(\s[^>]*)?>[^<]+</script>|<script>|\sstyle=|\son[a-z]+=`).MatchString(page) {
			t.Fatalf("%s has inline code", path)
		}
		for _, want := range []string{`aria-live="polite"`, `role="log"`, `<label for="text"`, `/assets/app.js`, `/assets/app.css`} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s", path, want)
			}
		}
	}
	for path, ctype := range map[string]string{"/assets/app.js": "javascript", "/assets/app.css": "text/css"} {
		res, err := http.Get(r.ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), ctype) || len(b) == 0 {
			t.Fatalf("%s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
	js, _ := webFiles.ReadFile("web/assets/app.js")
	if strings.Contains(string(js), "innerHTML") || strings.Contains(string(js), "?token=") {
		t.Fatal("the page must not parse server text as HTML nor put the token in a URL")
	}
	if res, _ := http.Get(r.ts.URL + "/assets/nope.js"); res.StatusCode != 404 {
		t.Fatalf("missing asset: %d", res.StatusCode)
	}
}

// TestStaticAgentPage: the agent console is served at /agent under the same
// headers as the chat page, with no inline code and no HTML parsing of
// server text.
func TestStaticAgentPage(t *testing.T) {
	r := newRig(t)
	res, err := http.Get(r.ts.URL + "/agent")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	page := string(b)
	csp := res.Header.Get("Content-Security-Policy")
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "text/html") ||
		csp != contentSecurityPolicy || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("/agent: %d %q %q", res.StatusCode, res.Header.Get("Content-Type"), csp)
	}
	if regexp.MustCompile(`<script(\s[^>]*)?>[^<]+</script>|<script>|\sstyle=|\son[a-z]+=`).MatchString(page) {
		t.Fatal("/agent has inline code")
	}
	for _, want := range []string{`/assets/agent.js`, `/assets/agent.css`, `id="queue"`, `data-sub="a-02"`, `aria-live=`} {
		if !strings.Contains(page, want) {
			t.Errorf("/agent lacks %s", want)
		}
	}
	for path, ctype := range map[string]string{"/assets/agent.js": "javascript", "/assets/agent.css": "text/css"} {
		res, err := http.Get(r.ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), ctype) ||
			res.Header.Get("Content-Security-Policy") != contentSecurityPolicy {
			t.Fatalf("%s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
	js, _ := webFiles.ReadFile("web/assets/agent.js")
	if strings.Contains(string(js), "innerHTML") || strings.Contains(string(js), "insertAdjacentHTML") || strings.Contains(string(js), "?token=") {
		t.Fatal("the console must not parse server text as HTML nor put the token in a URL")
	}
}
