package bot_test

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loandesk/loandesk/bot/signals"
)

// FuzzRead reads any text through the whole understanding, as a turn does:
// it never panics, and what it returns is always well formed.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"", "你好", "我失业了，这个月还不上", "我没有失业", "我同事被裁员了", "如果将来收入下降怎么办",
		"工廠停產了，資金鏈斷了", "I lost my job and can't pay", "贷款１００万，三十年，3厘5",
		"\xff\xfe失业", strings.Repeat("还不上，", 600), "不想活了" + strings.Repeat("\u200b", 50),
	} {
		f.Add(seed)
	}
	a := analyzer(f)
	f.Fuzz(func(t *testing.T, text string) {
		an, sig := a.Read(text)
		switch an.Lang {
		case "zh-Hans", "zh-Hant", "en":
		default:
			t.Fatalf("lang %q", an.Lang)
		}
		if an.Intent == "" {
			t.Fatal("no intent")
		}
		s := sig.Sentiment
		if s.Score < -1 || s.Score > 1 || math.IsNaN(s.Score) {
			t.Fatalf("score %v", s.Score)
		}
		switch {
		case s.Label == signals.Negative && s.Score >= 0, s.Label == signals.Positive && s.Score <= 0,
			s.Label != signals.Negative && s.Label != signals.Neutral && s.Label != signals.Positive:
			t.Fatalf("sentiment %+v", s)
		}
		seen := map[string]bool{}
		for _, fl := range sig.Flags {
			if signals.SeverityOf(fl.Code) == "" || fl.Severity != signals.SeverityOf(fl.Code) {
				t.Fatalf("flag %+v", fl)
			}
			if seen[fl.Code] {
				t.Fatalf("code %s twice", fl.Code)
			}
			seen[fl.Code] = true
			if !utf8.ValidString(fl.Evidence) || fl.Evidence == "" {
				t.Fatalf("evidence %q", fl.Evidence)
			}
		}
	})
}
