package signals

import (
	"strings"
	"testing"

	"github.com/loandesk/loandesk/bot/nlu"
)

var benchTexts = []string{
	"我最近失业了，这个月的房贷可能还不上",
	"贷款100万，30年，利率3.5%，月供多少",
	"我同事被裁员了，我想问问如果以后遇到这种情况银行有什么政策",
	"工廠停產了，資金鏈斷了",
	"I lost my job last month and I'm worried about making my payments",
	"有个中介说能帮我包装流水提高额度，收费5000，靠谱吗",
	"谢谢你的帮忙",
}

// analyses runs the NLU once per text, outside the timed loop.
func analyses(b *testing.B, texts []string) (*Detector, []nlu.Analysis) {
	a, d := newTestDetector(b)
	ans := make([]nlu.Analysis, len(texts))
	for i, t := range texts {
		ans[i] = a.Analyze(t)
	}
	return d, ans
}

// BenchmarkDetect measures a typical mix of messages; the target is well
// under 30µs each.
func BenchmarkDetect(b *testing.B) {
	d, ans := analyses(b, benchTexts)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.Detect(ans[i%len(ans)])
	}
}

// BenchmarkDetectLong measures a message at the NLU's MaxRunes bound; the
// target is under 0.5ms.
func BenchmarkDetectLong(b *testing.B) {
	for _, bc := range []struct{ name, unit string }{
		{"hans", "我最近失业了，这个月的房贷可能还不上，老婆也住院了。"},
		{"hant", "我最近失業了，這個月的房貸可能還不上，老婆也住院了。"},
		{"en", "I lost my job last month and I'm worried about making my payments. "},
		{"no-punctuation", "失业还不上住院逾期网贷投诉律师安全账户我同事如果"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			text := strings.Repeat(bc.unit, nlu.MaxRunes/len([]rune(bc.unit))+1)
			d, ans := analyses(b, []string{text})
			b.ReportAllocs()
			for b.Loop() {
				d.Detect(ans[0])
			}
		})
	}
}

// BenchmarkNew measures building a Detector (the lexicon index).
func BenchmarkNew(b *testing.B) {
	a, _ := newTestDetector(b)
	b.ReportAllocs()
	for b.Loop() {
		New(a.Normalizer())
	}
}
