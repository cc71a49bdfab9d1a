package nlu

import (
	"strings"
	"testing"
)

var benchTexts = []string{
	"你好",
	"贷款100万，30年，利率3.5%，月供多少",
	"我的收入每月8千，想借30万分5年还，可以吗",
	"提前還款5萬，縮短期限",
	"If I pay off 50,000 early and keep the same monthly payment, how many months do I save?",
	"我同事被裁员了，我想问问如果以后遇到这种情况银行有什么政策",
	"五年期LPR下调10个基点，我每个月能少还多少",
}

// BenchmarkAnalyze measures a typical mix of messages; the target is well
// under 1 ms per message.
func BenchmarkAnalyze(b *testing.B) {
	a := newTestAnalyzer(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Analyze(benchTexts[i%len(benchTexts)])
	}
}

// BenchmarkAnalyzeLong measures the worst case the MaxRunes bound allows.
func BenchmarkAnalyzeLong(b *testing.B) {
	a := newTestAnalyzer(b)
	long := strings.Repeat("我的收入每月8千，想借30萬分5年還，可以嗎？", 200)
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(long)
	}
}
