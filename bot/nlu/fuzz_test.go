package nlu

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// fuzzSeeds are the number forms and messages the fuzzers start from.
var fuzzSeeds = []string{
	"30个w", "5 grand", "延长多两年", "工资3号发 还款日改到5号", "agent pls", "我想把车贷一口气全部结清",
	"", "两", "三十五万", "一百二十万五千", "1.5万", "2萬5", "8千", "卅", "十年", "半年", "一年半",
	"50w", "30k", "1.2m", "1,200,000", "3.5%", "年化3.6", "利率3.85", "百分之四", "年息3厘5", "3厘5",
	"10个基点", "10bp", "0.25个百分点", "LPR下调10个基点", "rates rise 10 basis points", "-20bp",
	"30年", "分5年还", "36期", "25 years", "15号", "the 25th", "10号发工资", "從5號改到20號",
	"贷款100万，30年，利率3.5%，月供多少", "How much can I borrow if I earn 30k a month?",
	"我失业了，这个月还不上", "轉接人工坐席", "asdfgh", "\xff\xfe", "１２，０００", "九九九九九九九九九九九九亿亿亿",
	"0.0000000000001%", "99999999999999999999999", "万万万", "十十十", "点点", "三点", "二零二四年",
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	n, err := NewNormalizer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := n.Normalize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, out)
		}
		if c := utf8.RuneCountInString(out); c > MaxRunes {
			t.Fatalf("Normalize(%q) has %d runes, more than %d", s, c, MaxRunes)
		}
		if again := n.Normalize(out); again != out {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", s, out, again)
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := ParseNumber(s); ok && v.IsNegative() {
			t.Fatalf("ParseNumber(%q) = %s, negative", s, v)
		}
	})
}

func FuzzParseRatePct(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := ParseRatePct(s); ok && (!v.IsPositive() || v.GreaterThan(d100)) {
			t.Fatalf("ParseRatePct(%q) = %s, outside (0, 100]", s, v)
		}
	})
}

func FuzzParseBasisPoints(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := ParseBasisPoints(s); ok && (v < -1000 || v > 1000) {
			t.Fatalf("ParseBasisPoints(%q) = %d, outside ±1000", s, v)
		}
	})
}

func FuzzParseTermMonths(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := ParseTermMonths(s); ok && (v < 1 || v > 606) {
			t.Fatalf("ParseTermMonths(%q) = %d, outside 1..606", s, v)
		}
	})
}

func FuzzParseDueDay(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := ParseDueDay(s); ok && (v < 1 || v > 31) {
			t.Fatalf("ParseDueDay(%q) = %d, outside 1..31", s, v)
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	a := newTestAnalyzer(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := a.Analyze(s)
		if !slices.Contains(Intents, got.Intent) {
			t.Fatalf("Analyze(%q): intent %q not in the protocol", s, got.Intent)
		}
		if got.Lang != LangHans && got.Lang != LangHant && got.Lang != LangEn {
			t.Fatalf("Analyze(%q): lang %q", s, got.Lang)
		}
		if got.Why == "" || got.Rule == "" {
			t.Fatalf("Analyze(%q): no reason given (why %q, rule %q)", s, got.Why, got.Rule)
		}
		sl := got.Slots
		for _, d := range []*decimal.Decimal{sl.Principal, sl.MonthlyIncome, sl.MonthlyDebt, sl.PrepayAmount, sl.AnnualRatePct} {
			if d != nil && d.IsNegative() {
				t.Fatalf("Analyze(%q): negative amount %s in %v", s, d, sl.Map())
			}
		}
		for _, n := range []*int{sl.TermMonths, sl.ExtendMonths, sl.DueDay} {
			if n != nil && *n <= 0 {
				t.Fatalf("Analyze(%q): non-positive count %d in %v", s, *n, sl.Map())
			}
		}
	})
}
