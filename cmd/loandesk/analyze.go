package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/loandesk/loandesk/bot"
	"github.com/loandesk/loandesk/bot/nlu"
)

// analysisLine is one line of `loandesk analyze` output (PROTOCOL.md).
type analysisLine struct {
	Text      string         `json:"text"`
	Lang      string         `json:"lang"`
	Intent    string         `json:"intent"`
	Slots     map[string]any `json:"slots"`
	Sentiment sentimentOut   `json:"sentiment"`
	Flags     []flagOut      `json:"flags"`
}

type sentimentOut struct {
	Label string  `json:"label"`
	Score float64 `json:"score"`
}

type flagOut struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Evidence string `json:"evidence"`
}

// analyze reads {"text": …} JSON lines and writes one analysis per line. A
// line that is not such an object gets {"error": …} in its place, so output
// lines stay aligned with input lines.
func analyze(ctx context.Context, stdin io.Reader, stdout io.Writer) error {
	a, err := newReader()
	if err != nil {
		return err
	}
	in := bufio.NewScanner(stdin)
	in.Buffer(make([]byte, 64*1024), 1<<20)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for n := 1; in.Scan(); n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimSpace(in.Text())
		if line == "" {
			continue
		}
		var req struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal([]byte(line), &req); err != nil || req.Text == nil {
			_ = enc.Encode(map[string]string{"error": fmt.Sprintf("line %d: want a JSON object with a \"text\" string", n)})
			continue
		}
		if err := enc.Encode(readLine(a, *req.Text)); err != nil {
			return fmt.Errorf("write line %d: %w", n, err)
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	return nil
}

// newReader builds the understanding that analyze and eval share with serve.
func newReader() (bot.Analyzer, error) {
	a, err := nlu.New()
	if err != nil {
		return bot.Analyzer{}, fmt.Errorf("load understanding: %w", err)
	}
	return bot.NewAnalyzer(a), nil
}

// readLine is both readings of text in the protocol's shape; flags is [] when
// there are none, never null.
func readLine(a bot.Analyzer, text string) analysisLine {
	an, sig := a.Read(text)
	flags := make([]flagOut, 0, len(sig.Flags))
	for _, f := range sig.Flags {
		flags = append(flags, flagOut{Code: f.Code, Severity: f.Severity, Evidence: f.Evidence})
	}
	return analysisLine{
		Text: text, Lang: an.Lang, Intent: an.Intent, Slots: an.Slots.Map(),
		Sentiment: sentimentOut{Label: sig.Sentiment.Label, Score: sig.Sentiment.Score},
		Flags:     flags,
	}
}
