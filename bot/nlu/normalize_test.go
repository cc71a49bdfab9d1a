package nlu

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	n, err := NewNormalizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		{"  貸款８０萬　２０年 ", "贷款80万 20年"},
		{"ＬＰＲ調整", "lpr调整"},
		{"Hello\t\n  World", "hello world"},
		{"提前還款５萬，縮短期限", "提前还款5万,缩短期限"},
		{"a\u200bb", "ab"},
		{"\xff", "\ufffd"},
		{"", ""},
	} {
		if got := n.Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	long := strings.Repeat("贷", MaxRunes+500)
	if got := utf8.RuneCountInString(n.Normalize(long)); got != MaxRunes {
		t.Errorf("long input normalised to %d runes, want %d", got, MaxRunes)
	}
}

func TestDetectLang(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct{ in, want string }{
		{"你好", LangHans},
		{"謝謝你的幫忙", LangHant},
		{"轉人工", LangHant},
		{"转人工", LangHans},
		{"LPR降了，我的月供会变吗", LangHans},
		{"LPR調整對我的月供有什麼影響", LangHant},
		{"Can I do 提前还款 on my loan this month", LangEn},
		{"我的loan什么时候到期", LangHans},
		{"著名的乾坤", LangHans},
		{"asdfgh", LangEn},
		{"12345", LangEn},
		{"", LangEn},
	} {
		if got := a.Analyze(tc.in).Lang; got != tc.want {
			t.Errorf("lang(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestAnalyzeBounded checks that hostile input stays cheap and safe.
func TestAnalyzeBounded(t *testing.T) {
	a := newTestAnalyzer(t)
	inputs := []string{
		strings.Repeat("一二三四五六七八九十百千万亿", 1000),
		strings.Repeat("1,", 5000),
		strings.Repeat("\xff\xfe", 5000),
		strings.Repeat("提前还款", 5000),
		strings.Repeat("a ", 50000),
	}
	for _, in := range inputs {
		start := time.Now()
		got := a.Analyze(in)
		if d := time.Since(start); d > 200*time.Millisecond {
			t.Errorf("Analyze took %v on a %d-byte input", d, len(in))
		}
		if utf8.RuneCountInString(got.Norm) > MaxRunes {
			t.Errorf("Norm longer than MaxRunes")
		}
	}
}

func TestAnalyzeWhy(t *testing.T) {
	a := newTestAnalyzer(t)
	got := a.Analyze("我想提前还款10万")
	if got.Intent != IntentPrepayment || !strings.Contains(got.Why, "提前还") {
		t.Errorf("got %s, why %q", got.Intent, got.Why)
	}
	if got.Slots.LoanTail != "" {
		t.Errorf("unexpected loan tail %q", got.Slots.LoanTail)
	}
	if tail := a.Analyze("查一下我尾号6688的那笔贷款").Slots; tail.LoanTail != "6688" || len(tail.Map()) != 0 {
		t.Errorf("loan tail: %+v", tail)
	}
}
