package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed web
var webFiles embed.FS

// staticFS is the pages' files (channels/web/web).
func staticFS() fs.FS {
	sub, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

// contentSecurityPolicy allows only the page's own scripts, styles and
// connections: no inline scripts, no third parties.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

// pageRoutes serves the borrower chat at / and /chat, the agent console at
// /agent, and their assets under /assets/.
func (s *Server) pageRoutes(mux *http.ServeMux) {
	files := http.FileServerFS(s.static)
	page := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			securityHeaders(w)
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, s.static, name)
		}
	}
	index := page("index.html")
	mux.HandleFunc("GET /{$}", index)
	mux.HandleFunc("GET /chat", index)
	mux.HandleFunc("GET /agent", page("agent.html"))
	mux.HandleFunc("GET /copilot", page("copilot.html"))
	mux.Handle("GET /assets/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityHeaders(w)
		files.ServeHTTP(w, r)
	}))
}

func securityHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "SAMEORIGIN")
}
