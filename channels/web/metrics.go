package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/loandesk/loandesk/dialog"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the web channel's Prometheus series, on a registry of their own.
type metrics struct {
	reg         *prometheus.Registry
	requests    *prometheus.CounterVec   // by route pattern, method, status code
	latency     *prometheus.HistogramVec // by route pattern, method
	wsOpen      prometheus.Gauge
	wsTotal     prometheus.Counter
	framesIn    *prometheus.CounterVec // by client frame type
	framesOut   *prometheus.CounterVec // by server frame type
	slowDrops   prometheus.Counter
	rateLimited prometheus.Counter
}

// newMetrics registers the series; desk, when set, is read at scrape time for the seat gauges.
func newMetrics(desk func() dialog.DeskStats) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loandesk_http_requests_total", Help: "HTTP requests by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "loandesk_http_request_duration_seconds", Help: "HTTP request latency by route pattern (WebSocket excluded).",
			Buckets: prometheus.DefBuckets,
		}, []string{"route", "method"}),
		wsOpen: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "loandesk_ws_connections", Help: "Open WebSocket connections.",
		}),
		wsTotal: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "loandesk_ws_connections_total", Help: "WebSocket connections accepted.",
		}),
		framesIn: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loandesk_ws_frames_in_total", Help: "WebSocket client frames by type.",
		}, []string{"type"}),
		framesOut: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loandesk_ws_frames_out_total", Help: "WebSocket server frames by type.",
		}, []string{"type"}),
		slowDrops: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "loandesk_ws_slow_closed_total", Help: "WebSocket connections closed because they could not keep up.",
		}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "loandesk_ws_rate_limited_total", Help: "Client messages refused by the per-subject rate limit.",
		}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.wsOpen, m.wsTotal, m.framesIn, m.framesOut, m.slowDrops, m.rateLimited,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if desk != nil {
		gauge := func(name, help string, v func(dialog.DeskStats) float64) prometheus.Collector {
			return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 { return v(desk()) })
		}
		m.reg.MustRegister(
			gauge("loandesk_handoff_queue_length", "Conversations waiting for a seat.", func(s dialog.DeskStats) float64 { return float64(s.Waiting) }),
			gauge("loandesk_handoff_oldest_wait_seconds", "How long the longest-waiting customer has waited for a seat.", func(s dialog.DeskStats) float64 { return s.OldestWait.Seconds() }),
			gauge("loandesk_handoff_held", "Conversations a seat holds now.", func(s dialog.DeskStats) float64 { return float64(s.Held) }),
			gauge("loandesk_seats_connected", "Agent seats connected to this instance.", func(s dialog.DeskStats) float64 { return float64(s.SeatsConnected) }),
			gauge("loandesk_seats_available", "Connected agent seats that are available.", func(s dialog.DeskStats) float64 { return float64(s.SeatsAvailable) }),
		)
	}
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// instrument wraps the mux itself, so r.Pattern is the matched route after
// ServeHTTP returns; unmatched requests count under "unmatched".
func (m *metrics) instrument(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := wrap(w)
		mux.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" || route == "/" {
			route = "unmatched"
		}
		method := methodLabel(r.Method)
		m.requests.WithLabelValues(route, method, strconv.Itoa(sw.status())).Inc()
		if !sw.hijacked {
			m.latency.WithLabelValues(route, method).Observe(time.Since(start).Seconds())
		}
	})
}

// methodLabel keeps the method label's cardinality bounded.
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions:
		return m
	}
	return "other"
}
