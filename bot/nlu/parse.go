package nlu

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The exported parsers read one kind of number from a short string such as
// a form field or a phrase of a message. They accept Simplified text and the
// Traditional forms of the characters numbers are written with (萬, 兩, 點,
// 個, 號); run full text through a Normalizer first. None of them panics;
// each returns ok=false when the string does not state what it reads.

// ParseNumber reads a string that is exactly one amount: Arabic or Chinese
// numerals, mixed ("1.5万", "2萬5" = 25000, "一百二十万五千", "卅", "两"),
// with thousands separators ("1,200,000"), Latin magnitudes ("50w" = 500000,
// "30k", "1.2m") and an optional currency (元, 块, ¥, rmb).
func ParseNumber(s string) (decimal.Decimal, bool) {
	rs := liteFold(strings.TrimSpace(s))
	if len(rs) == 0 {
		return decimal.Zero, false
	}
	ms := scanNumbers(rs)
	if len(ms) != 1 {
		return decimal.Zero, false
	}
	m := ms[0]
	start := skipSpace(rs, 0, 1)
	if start < len(rs) && strings.ContainsRune("¥$￥", rs[start]) {
		start = skipSpace(rs, start+1, 1)
	}
	if hasWordAt(rs, start, "rmb") || hasWordAt(rs, start, "cny") {
		start = skipSpace(rs, start+3, 1)
	}
	if m.start != start || (m.kind != kindPlain && m.kind != kindMoney) {
		return decimal.Zero, false
	}
	rest := strings.TrimSpace(string(rs[m.end:]))
	switch rest {
	case "", "元", "块", "块钱", "yuan", "rmb", "cny":
		return m.val, true
	}
	return decimal.Zero, false
}

// ParseRatePct reads an annual interest rate in percent from a phrase:
// "3.5%", "年化3.6", "利率3.85", "百分之四", "月利率0.5%" (= 6), "年息3厘5"
// (= 3.5). A bare "3厘5" is not read: 厘 means 1% a year, 0.1% a month or
// 0.01% a day depending on the basis, so without one it stays unfilled.
func ParseRatePct(s string) (decimal.Decimal, bool) {
	rs := liteFold(s)
	if r := findRate(rs, scanNumbers(rs)); r != nil {
		return *r, true
	}
	return decimal.Zero, false
}

// ParseBasisPoints reads a rate move in basis points: "10个基点", "10bp",
// "0.25个百分点" (25), "降了0.1%" (-10). Cuts (下调, 降, cut, fall) are
// negative, rises (上调, 涨, rise) positive; a move with no direction is not
// read.
func ParseBasisPoints(s string) (int, bool) {
	rs := liteFold(s)
	if bp := findBP(rs, scanNumbers(rs)); bp != nil {
		return *bp, true
	}
	return 0, false
}

// ParseTermMonths reads the first duration as a number of months: "30年"
// (360), "分5年还" (60), "36期" (36), "6个月", "半年" (6), "一年半" (18),
// "25 years" (300). Calendar years (2024年) and months (3月) are not durations.
func ParseTermMonths(s string) (int, bool) {
	rs := liteFold(s)
	for _, m := range scanNumbers(rs) {
		if m.kind == kindMonths {
			return m.months, true
		}
	}
	return 0, false
}

// ParseDueDay reads a day of the month: "15号", "25日", "the 25th", "10号发工资"
// (10); with two days, the one moved to ("从5号改到20号" → 20).
func ParseDueDay(s string) (int, bool) {
	rs := liteFold(s)
	if d := findDueDay(rs, scanNumbers(rs)); d != nil {
		return *d, true
	}
	return 0, false
}
