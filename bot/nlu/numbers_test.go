package nlu

import "testing"

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"两", "2", true},
		{"三十五万", "350000", true},
		{"一百二十万五千", "1205000", true},
		{"1.5万", "15000", true},
		{"2萬5", "25000", true},
		{"2万5", "25000", true},
		{"1万2", "12000", true},
		{"三千五", "3500", true},
		{"8千", "8000", true},
		{"卅", "30", true},
		{"廿五", "25", true},
		{"十", "10", true},
		{"十五", "15", true},
		{"一千零五", "1005", true},
		{"50w", "500000", true},
		{"50W", "500000", true},
		{"30k", "30000", true},
		{"1.2m", "1200000", true},
		{"30个w", "300000", true},
		{"5 grand", "5000", true},
		{"2 million", "2000000", true},
		{"2.3 mil", "2300000", true},
		{"5 lakh", "500000", true},
		{"1.5 crore", "15000000", true},
		{"168 万", "1680000", true},
		{"1,200,000", "1200000", true},
		{"１２０００", "12000", true},
		{"800元", "800", true},
		{"¥500", "500", true},
		{"rmb 3000", "3000", true},
		{"5千万", "50000000", true},
		{"1亿", "100000000", true},
		{"三点五", "3.5", true},
		{"壹拾万", "100000", true},
		{"拾万", "100000", true},
		{"拾伍万", "150000", true},
		{"二十万", "200000", true},
		{"100万", "1000000", true},
		{"30万元", "300000", true},
		{"", "", false},
		{"万一", "", false},
		{"两三万", "", false},
		{"十几", "", false},
		{"30年", "", false},
		{"abc", "", false},
		{"3.5%", "", false},
		{"12345678901234567890", "", false},
	} {
		got, ok := ParseNumber(tc.in)
		if ok != tc.ok || ok && got.String() != tc.want {
			t.Errorf("ParseNumber(%q) = %s, %v; want %s, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseRatePct(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"3.5%", "3.5", true},
		{"at four percent", "4", true},
		{"利率3.5%", "3.5", true},
		{"年化3.6", "3.6", true},
		{"利率3.85", "3.85", true},
		{"年利率百分之四", "4", true},
		{"百分之三点五", "3.5", true},
		{"at 3.85%", "3.85", true},
		{"3.85 percent", "3.85", true},
		{"月利率0.5%", "6", true},
		{"年息3厘5", "3.5", true},
		{"月息5厘", "6", true},
		{"3厘5", "", false},
		{"首付30%", "", false},
		{"3.85", "", false},
		{"利率很高", "", false},
	} {
		got, ok := ParseRatePct(tc.in)
		if ok != tc.ok || ok && got.String() != tc.want {
			t.Errorf("ParseRatePct(%q) = %s, %v; want %s, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseBasisPoints(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"下调10个基点", -10, true},
		{"LPR降了10bp", -10, true},
		{"利率下调0.25个百分点", -25, true},
		{"上调15个基點", 15, true},
		{"LPR涨了5个基点", 5, true},
		{"a 25 bp cut", -25, true},
		{"the LPR was cut by 10 basis points", -10, true},
		{"The 5-year LPR dropped by 25 basis points", -25, true},
		{"rates rise 0.1 percentage points", 10, true},
		{"LPR降了0.1%", -10, true},
		{"LPR从3.95%降到3.85%", -10, true},
		{"-20bp", -20, true},
		{"10个基点", 0, false},
		{"LPR是3.85%", 0, false},
	} {
		got, ok := ParseBasisPoints(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("ParseBasisPoints(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseTermMonths(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"30年", 360, true},
		{"分5年还", 60, true},
		{"20年", 240, true},
		{"36期", 36, true},
		{"25 years", 300, true},
		{"18 months", 18, true},
		{"2 yaers", 24, true},
		{"18 mths", 18, true},
		{"a 20-year mortgage", 240, true},
		{"an 18-month loan", 18, true},
		{"by a year and a half", 18, true},
		{"five years", 60, true},
		{"十年", 120, true},
		{"半年", 6, true},
		{"一年半", 18, true},
		{"3年半", 42, true},
		{"6个月", 6, true},
		{"兩年", 24, true},
		{"1.5年", 18, true},
		{"36月", 36, true},
		{"2024年", 0, false},
		{"3月", 0, false},
		{"五年期LPR", 0, false},
		{"几年", 0, false},
		{"30岁", 0, false},
	} {
		got, ok := ParseTermMonths(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("ParseTermMonths(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseDueDay(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"15号", 15, true},
		{"每月25日", 25, true},
		{"the 25th", 25, true},
		{"on the 1st", 1, true},
		{"10号发工资", 10, true},
		{"二十号", 20, true},
		{"從5號改到20號", 20, true},
		{"工资3号发 还款日改到5号", 5, true},
		{"工资从每月10号改成25号发了，还款日调到26号", 26, true},
		{"my pay day changed to the 28th, move my debit to the 29th", 29, true},
		{"32号", 0, false},
		{"第3号", 0, false},
		{"三点", 0, false},
	} {
		got, ok := ParseDueDay(tc.in)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("ParseDueDay(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestNumberMayStart checks that the scanner's quick test skips no rune a
// number can start with.
func TestNumberMayStart(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if numberMayStart(r) {
			continue
		}
		for _, rs := range [][]rune{{r}, {r, '分', '之', '5'}, {r, '年'}, {r, '5', '万'}, {r, 'e', 'n', ' ', 'y', 'e', 'a', 'r', 's'}} {
			if _, ok := scanAt(rs, 0); ok {
				t.Fatalf("scanAt reads a number at %q, which numberMayStart skips", string(rs))
			}
		}
	}
}
