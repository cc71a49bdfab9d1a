package signals

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestProbe prints what Detect makes of each line of the file named by
// SIGNALS_PROBE (tokens, flags, cues ruled out, sentiment): a tool for
// reading misses, skipped unless the variable is set.
func TestProbe(t *testing.T) {
	path := os.Getenv("SIGNALS_PROBE")
	if path == "" {
		t.Skip("SIGNALS_PROBE not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, d := newTestDetector(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		if _, rest, ok := strings.Cut(text, "\t"); ok {
			if _, rest2, ok := strings.Cut(rest, "\t"); ok {
				text = rest2
			}
		}
		an := a.Analyze(text)
		res := d.Detect(an)
		r := d.read(an.Text, an.Norm)
		var toks []string
		for _, tk := range r.toks {
			w := r.norm[tk.s:tk.t]
			if tk.pat >= 0 {
				w = "P:" + w
			}
			toks = append(toks, fmt.Sprintf("%s/s%d", w, tk.seg))
		}
		var rs []string
		for _, s := range r.suppressed {
			rs = append(rs, policies[s.code].name+"("+s.why+": "+s.reason+")")
		}
		d.release(r)
		fmt.Printf("%s\n  intent=%s sent=%s %.2f flags=%s\n  ruled out=%v\n  toks=%s\n", text, an.Intent, res.Sentiment.Label, res.Sentiment.Score, describe(res), rs, strings.Join(toks, " "))
	}
}
