package signals

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loandesk/loandesk/bot/nlu"
)

// FuzzDetect reads any text, as the NLU hands it over and as a caller who
// filled only Text would: Detect never panics, labels and severities are
// valid, the score is in range and agrees with the label, each code is
// raised once at most, and evidence is a piece of the message as written.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"",
		"我最近失业了，这个月的房贷可能还不上",
		"工廠停產了，資金鏈斷了",
		"I lost my job last month and I'm worried about making my payments",
		"我同事被裁员了，我想问问如果以后遇到这种情况银行有什么政策",
		"有个中介说能帮我包装流水提高额度，收费5000，靠谱吗",
		"  \n\t\u200b\ufeff",
		"\xff\xfe失业\xc0了",
		"ＩＴ公司把我裁了！ 我老婆住院了",
		"不不不没有没有如果如果但是但是",
		strings.Repeat("失业", 1100),
	} {
		f.Add(s)
	}
	a, d := newTestDetector(f)
	f.Fuzz(func(t *testing.T, s string) {
		an := a.Analyze(s)
		for _, in := range []nlu.Analysis{an, {Text: s}, {Text: s, Norm: an.Norm + "x"}} {
			checkResult(t, s, d.Detect(in))
		}
	})
}

func checkResult(t *testing.T, s string, res Result) {
	t.Helper()
	switch sn := res.Sentiment; {
	case sn.Label != Negative && sn.Label != Neutral && sn.Label != Positive:
		t.Fatalf("%q: label %q", s, sn.Label)
	case !(sn.Score >= -1 && sn.Score <= 1):
		t.Fatalf("%q: score %v", s, sn.Score)
	case (sn.Score <= negativeBelow) != (sn.Label == Negative) || (sn.Score >= positiveAbove) != (sn.Label == Positive):
		t.Fatalf("%q: label %s for score %v", s, sn.Label, sn.Score)
	}
	seen := map[string]bool{}
	for _, fl := range res.Flags {
		if seen[fl.Code] {
			t.Fatalf("%q: %s raised twice: %s", s, fl.Code, describe(res))
		}
		seen[fl.Code] = true
		if fl.Severity == "" || fl.Severity != SeverityOf(fl.Code) {
			t.Fatalf("%q: %s has severity %q", s, fl.Code, fl.Severity)
		}
		if fl.Why == "" || fl.Evidence == "" {
			t.Fatalf("%q: %s has why %q, evidence %q", s, fl.Code, fl.Why, fl.Evidence)
		}
		if !utf8.ValidString(fl.Evidence) || utf8.ValidString(s) && !strings.Contains(s, fl.Evidence) {
			t.Fatalf("%q: %s evidence %q is not a piece of the message", s, fl.Code, fl.Evidence)
		}
		if n := utf8.RuneCountInString(fl.Evidence); n > maxEvidence {
			t.Fatalf("%q: %s evidence has %d runes", s, fl.Code, n)
		}
	}
}
