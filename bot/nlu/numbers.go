package nlu

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// numKind says what a number in the text measures, decided by the words
// written right next to it.
type numKind uint8

const (
	kindPlain   numKind = iota // a bare number: "4000", "十五"
	kindMoney                  // has a magnitude or currency: 30万, 50w, 30k, 1.2m, 800元, ¥500
	kindMonths                 // a duration or a count of instalments: 30年, 36期, 6个月, 半年, 25 years
	kindDays                   // a number of days: 3天
	kindDay                    // a day of the month: 15号, 25日, the 25th
	kindPercent                // a rate in percent: 3.5%, 百分之四, 千分之五
	kindPoints                 // percentage points: 0.25个百分点 (×100 = bp)
	kindBP                     // basis points: 10个基点, 10bp
	kindLi                     // N厘: a rate whose basis depends on 年/月/日 before it
	kindOther                  // ordinals, ages, years, long digit strings, approximations: never a slot
)

// mention is one number found in normalised text, with its rune span.
type mention struct {
	start, end int // runes [start, end) in the scanned text, unit included
	kind       numKind
	val        decimal.Decimal
	months     int  // for kindMonths
	neg        bool // a '-' sign was written before it (used for bp only)
	hasDot     bool // written with a decimal point
	cn         bool // written (partly) with Chinese numerals
}

var (
	d10    = decimal.NewFromInt(10)
	d12    = decimal.NewFromInt(12)
	d100   = decimal.NewFromInt(100)
	d1000  = decimal.NewFromInt(1000)
	d10k   = decimal.NewFromInt(10000)
	d1m    = decimal.NewFromInt(1000000)
	d100k  = decimal.NewFromInt(100000)   // an Indian lakh
	d10m   = decimal.NewFromInt(10000000) // an Indian crore
	d100m  = decimal.NewFromInt(100000000)
	d1b    = decimal.NewFromInt(1000000000)
	dTenth = decimal.New(1, -1)
)

// The tables below are switches, not maps: scanNumbers asks them about
// every rune of a message.

// cnDigit returns the value of a Chinese digit (including the financial
// capitals).
func cnDigit(r rune) (int64, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '两', '贰':
		return 2, true
	case '三', '叁':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// cnUnit returns the value of a place-value character below 万, or 0.
func cnUnit(r rune) int64 {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	}
	return 0
}

// cnTens returns the value of a single-character multiple of ten (廿 20,
// 卅 30, 卌 40), or 0.
func cnTens(r rune) int64 {
	switch r {
	case '廿':
		return 20
	case '卅':
		return 30
	case '卌':
		return 40
	}
	return 0
}

// percentPrefixes are the fractions written before their number: 百分之四,
// 千分之五, 万分之五, with what turns the number into percent.
var percentPrefixes = []struct {
	prefix string
	div    decimal.Decimal
}{{"百分之", decimal.NewFromInt(1)}, {"千分之", d10}, {"万分之", d100}}

// liteFold is the cheap part of normalisation for the exported parsers,
// which take raw strings: width, case, and the Traditional forms of the
// characters numbers are written with.
func liteFold(s string) []rune {
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		r = unicode.ToLower(foldWidth(r))
		switch r {
		case '萬':
			r = '万'
		case '億':
			r = '亿'
		case '兩':
			r = '两'
		case '點':
			r = '点'
		case '個':
			r = '个'
		case '號':
			r = '号'
		case '貳':
			r = '贰'
		case '參', '叁':
			r = '叁'
		case '陸':
			r = '陆'
		case '釐':
			r = '厘'
		case '調':
			r = '调'
		case '漲':
			r = '涨'
		case '幾':
			r = '几'
		case '週':
			r = '周'
		}
		rs = append(rs, r)
	}
	if len(rs) > MaxRunes {
		rs = rs[:MaxRunes]
	}
	return rs
}

// maxMentions bounds the numbers read from one message: a request states a
// handful; past this the text is a paste, not a question.
const maxMentions = 32

// scanNumbers finds the numbers in rs (normalised text), at most maxMentions, and classifies each
// by its unit. It never fails: anything it cannot read is skipped.
func scanNumbers(rs []rune) []mention {
	var out []mention
	for i := 0; i < len(rs) && len(out) < maxMentions; {
		if !numberMayStart(rs[i]) {
			i++
			continue
		}
		if m, ok := scanAt(rs, i); ok {
			out = append(out, m)
			i = max(m.end, i+1)
			continue
		}
		i++
	}
	return out
}

// numberMayStart reports whether scanAt can read a number starting with r
// (a percent prefix, 半年, an English number word, a numeral): a cheap
// test for the runes of a message that start none.
func numberMayStart(r rune) bool {
	return r == '百' || r == '千' || r == '万' || r == '半' || isASCIILetter(r) || isASCIIDigit(r) || startsCN(r)
}

// scanAt reads a number starting at rs[i], if one starts there.
func scanAt(rs []rune, i int) (mention, bool) {
	// 百分之四, 千分之五, 万分之五: the fraction comes first.
	for _, p := range percentPrefixes {
		if r := rs[i]; r != '百' && r != '千' && r != '万' {
			break // none of the prefixes starts here
		}
		if hasPrefixAt(rs, i, p.prefix) {
			j := i + utf8.RuneCountInString(p.prefix)
			v, end, info, ok := readNumeral(rs, j)
			if !ok {
				return mention{}, false
			}
			if approxAt(rs, end) {
				return mention{start: i, end: end, kind: kindOther, val: v, cn: info.cn}, true // 百分之十几: no rate to read
			}
			return mention{start: i, end: end, kind: kindPercent, val: v.Div(p.div), hasDot: info.dot, cn: info.cn}, true
		}
	}
	r := rs[i]
	if r == '半' && hasPrefixAt(rs, i+1, "年") && (i == 0 || !isDigitRune(rs[i-1]) && rs[i-1] != '上' && rs[i-1] != '下') {
		// (下半年 is the second half of the year: a when, not a term)
		return mention{start: i, end: i + 2, kind: kindMonths, val: decimal.New(5, -1), months: 6, cn: true}, true
	}
	if r == '半' && (i == 0 || !isDigitRune(rs[i-1]) && rs[i-1] != '个') {
		// 减息半厘, 降了半个百分点: half a point (一个半百分点 is read whole)
		for _, h := range halfUnits {
			if hasPrefixAt(rs, i+1, h.unit) {
				return mention{start: i, end: i + 1 + utf8.RuneCountInString(h.unit), kind: h.kind, val: decimal.New(5, -1), cn: true, hasDot: true}, true
			}
		}
	}
	if r == 'h' || r == 'a' || r == 'q' {
		for _, h := range englishFractions {
			if (i == 0 || !isASCIILetter(rs[i-1])) && hasWordAt(rs, i, h.words) {
				return mention{start: i, end: i + utf8.RuneCountInString(h.words), kind: h.kind, val: h.val, hasDot: true}, true
			}
		}
	}
	if isASCIILetter(r) {
		return scanEnglishNumber(rs, i)
	}
	if !isASCIIDigit(r) && !startsCN(r) || r == '拾' && i > 0 && strings.ContainsRune("收捡", rs[i-1]) {
		return mention{}, false // (收拾, 捡拾: tidying, not ten)
	}
	if i > 0 && (isASCIIDigit(rs[i-1]) || isASCIILetter(rs[i-1]) && isASCIIDigit(r) && !(i > 1 && (rs[i-1] == 'w' || rs[i-1] == 'k') && isASCIIDigit(rs[i-2]))) {
		// (借3w5年: the 5 after 3w starts the term)
		return mention{}, false // inside a token such as "a123" or a long digit run
	}
	v, end, info, ok := readNumeral(rs, i)
	if !ok {
		return mention{}, false
	}
	m := mention{start: i, end: end, val: v, hasDot: info.dot, cn: info.cn}
	if approxAt(rs, end) {
		info.approx = true // 十几个, 30多万
	}
	if info.digits > 15 || info.approx {
		m.kind = kindOther // account, card or phone numbers; 两三万, 十几
		return m, true
	}
	if i > 0 && rs[i-1] == '-' && (i == 1 || !isASCIIDigit(rs[i-2])) {
		m.neg = true
	}
	if i > 0 && (rs[i-1] == '第' || rs[i-1] == '几' || rs[i-1] == '多' && !(i > 1 && strings.ContainsRune("长延加再", rs[i-2])) || i > 1 && rs[i-1] == '后' && rs[i-2] == '最' || rs[i-1] == '同') {
		// 第一, 几十, 多一点, 最后一个月, 同一日 are no amounts; 延长多两年 (two more years) is.
		m.kind = kindOther
		return m, true
	}
	m.kind = kindPlain
	if info.mag {
		m.kind = kindMoney
	}
	// Prefix currency: ¥500, $500, rmb 500.
	if k := skipSpace(rs, i-1, -1); k >= 0 && (rs[k] == '¥' || rs[k] == '$' || rs[k] == '￥') || hasSuffixAt(rs, i, "rmb") || hasSuffixAt(rs, i, "rmb ") || hasSuffixAt(rs, i, "cny ") {
		m.kind = kindMoney
	}
	classifyUnit(rs, &m)
	return m, true
}

// classifyUnit reads the unit after a numeral and sets kind, value and end.
func classifyUnit(rs []rune, m *mention) {
	j := m.end
	// Latin magnitude suffixes: 50w, 30k, 1.2m, 2 million.
	k := skipSpace(rs, j, 1)
	if !m.cn {
		for _, s := range []struct {
			word  string
			mul   decimal.Decimal
			tight bool // must follow the digits directly
		}{
			{"million", d1m, false}, {"thousand", d1000, false}, {"lakhs", d100k, false}, {"lakh", d100k, false}, {"crores", d10m, false}, {"crore", d10m, false}, {"billion", d1b, false}, {"grand", d1000, false},
			{"mil", d1m, false}, {"mn", d1m, true}, {"bn", d1b, true}, {"wan", d10k, false},
			{"w", d10k, true}, {"k", d1000, true}, {"m", d1m, true},
		} {
			at := k
			if s.tight {
				at = j
				if s.word == "w" && j+1 < len(rs) && rs[j] == '个' {
					at = j + 1 // 30个w, chat slang for 30万
				}
			}
			if hasWordAt(rs, at, s.word) {
				m.val = m.val.Mul(s.mul)
				m.kind = kindMoney
				j = at + len([]rune(s.word))
				if s.word == "w" && j < len(rs) && isDigitRune(rs[j]) && (j+1 >= len(rs) || !isDigitRune(rs[j+1]) && !isASCIILetter(rs[j+1]) && !strings.ContainsRune("年个月期天", rs[j+1])) {
					// 3w5, chat for 3万5 (35,000)
					m.val = m.val.Add(decimal.NewFromInt(digitValue(rs[j])).Mul(d1000))
					j++
				}
				k = skipSpace(rs, j, 1)
				break
			}
		}
	}
	m.end = j
	if !m.cn {
		k = skipMore(rs, k) // "2 more years", "6 extra months"
		if j < len(rs) && rs[j] == '-' && (hasWordAt(rs, j+1, "year") || hasWordAt(rs, j+1, "month")) {
			k = j + 1 // a 20-year mortgage
		}
	}
	// Units written in Chinese sit right after the number (one space allowed).
	u := j
	if u < len(rs) && rs[u] == ' ' {
		u++
	}
	set := func(kind numKind, n int) {
		m.kind = kind
		m.end = u + n
	}
	if u+1 < len(rs) && (rs[u] == '月' && strings.ContainsRune("供薪入收利息底初租缴付", rs[u+1]) || rs[u] == '年' && strings.ContainsRune("薪收入化底初终息", rs[u+1])) {
		return // 4.2 月供, 30万年薪, 80万 年息3厘5: the word after the number starts with 月/年
	}
	switch {
	case hasPrefixAt(rs, u, "元") || hasPrefixAt(rs, u, "块") || hasWordAt(rs, k, "yuan") || hasWordAt(rs, k, "rmb") || hasWordAt(rs, k, "cny") || hasWordAt(rs, k, "dollars"):
		if m.kind == kindPlain || m.kind == kindMoney {
			m.kind = kindMoney
		}
		m.end = u + 1
	case hasPrefixAt(rs, u, "%"):
		set(kindPercent, 1)
	case hasPrefixAt(rs, u, "个半百分点") || hasPrefixAt(rs, u, "个半个百分点"):
		// 降了一个半百分点: one and a half points
		m.val = m.val.Add(decimal.New(5, -1))
		if hasPrefixAt(rs, u, "个半个百分点") {
			set(kindPoints, 6)
		} else {
			set(kindPoints, 5)
		}
	case hasPrefixAt(rs, u, "个百分点") || hasPrefixAt(rs, u, "百分点"):
		set(kindPoints, len([]rune("百分点")))
		if rs[u] == '个' {
			m.end++
		}
	case hasWordAt(rs, k, "percentage point") || hasWordAt(rs, k, "percentage points") || hasWordAt(rs, k, "ppt") || hasWordAt(rs, k, "pp"):
		m.kind, m.end = kindPoints, wordEnd(rs, k)
	case hasWordAt(rs, k, "points") || hasWordAt(rs, k, "point"):
		setPoints(m, wordEnd(rs, k))
	case hasWordAt(rs, k, "percent") || hasWordAt(rs, k, "pct"):
		m.kind, m.end = kindPercent, wordEnd(rs, k)
	case hasPrefixAt(rs, u, "个基点") || hasPrefixAt(rs, u, "基点") || hasPrefixAt(rs, u, "个bp"):
		set(kindBP, 2)
		if rs[u] == '个' {
			m.end++
		}
	case hasPrefixAt(rs, u, "个点") || hasPrefixAt(rs, u, "点子"):
		// Colloquial "点" is a percentage point for small numbers (降了0.1个点,
		// 1个点) and a basis point for the sizes LPR moves come in (降了15个点);
		// Cantonese says 点子 (减咗10点子).
		kind := kindBP
		if m.val.LessThan(decimal.NewFromInt(5)) {
			kind = kindPoints
		}
		n := 2
		if hasPrefixAt(rs, u, "个点子") {
			n = 3
		}
		set(kind, n)
	case hasWordAt(rs, k, "bp") || hasWordAt(rs, k, "bps") || hasWordAt(rs, k, "basis point") || hasWordAt(rs, k, "basis points"):
		m.kind = kindBP
		m.end = wordEnd(rs, k)
		if hasPrefixAt(rs, k, "basis point") {
			m.end = wordEnd(rs, wordEnd(rs, k)+1)
		}
	case hasPrefixAt(rs, u, "码") || hasPrefixAt(rs, u, "碼") || hasPrefixAt(rs, u, "个码"):
		// 升息一码, 减息一个码: a quarter of a percentage point.
		m.val = m.val.Mul(decimal.NewFromInt(25))
		if rs[u] == '个' {
			set(kindBP, 2)
		} else {
			set(kindBP, 1)
		}
	case hasPrefixAt(rs, u, "厘"):
		set(kindLi, 1)
		// 3厘5 = 3.5厘, 3厘85 = 3.85厘
		n := 0
		for m.end+n < len(rs) && isDigitRune(rs[m.end+n]) {
			n++
		}
		if e := m.end + n; e < len(rs) && strings.ContainsRune("年个月期天号岁次", rs[e]) {
			n = 0 // 月息8厘12期: the digits count the term
		}
		if n == 1 || n == 2 {
			for i, unit := 0, dTenth; i < n; i, unit = i+1, unit.Mul(dTenth) {
				m.val = m.val.Add(decimal.NewFromInt(digitValue(rs[m.end])).Mul(unit))
				m.end++
			}
		}
	case hasPrefixAt(rs, u, "周岁") || hasPrefixAt(rs, u, "岁") || hasWordAt(rs, k, "years old") || hasWordAt(rs, k, "year old"):
		m.kind = kindOther
		m.end = u + 1
	case hasPrefixAt(rs, u, "年"):
		setDuration(rs, m, m.val.Mul(d12), u+1)
		if hasPrefixAt(rs, m.end, "级") || hasPrefixAt(rs, m.end, "期") && rateTenor(rs, m.end+1) {
			m.kind = kindOther // 五年期LPR is a tenor, not a term
		} else if hasPrefixAt(rs, m.end, "期") {
			m.end++ // 三十年期的贷款 is a term
		} else if m.kind == kindMonths && hasPrefixAt(rs, m.end, "半") {
			m.months += 6
			m.end++
		}
	case hasPrefixAt(rs, u, "个半月"):
		m.kind = kindOther
		m.end = u + 3
	case hasPrefixAt(rs, u, "个多月"):
		m.kind = kindOther
		m.end = u + 3
	case hasPrefixAt(rs, u, "个月"):
		setDuration(rs, m, m.val, u+2)
	case hasPrefixAt(rs, u, "期"):
		setDuration(rs, m, m.val, u+1)
	case hasPrefixAt(rs, u, "月") && !m.cn && m.val.GreaterThan(d12):
		setDuration(rs, m, m.val, u+1) // 36月; 3月 is March
	case hasPrefixAt(rs, u, "月"):
		m.kind = kindOther
		m.end = u + 1
	case anyWordAt(rs, k, yearWords):
		setDuration(rs, m, m.val.Mul(d12), wordEnd(rs, k))
	case anyWordAt(rs, k, monthWords) || hasWordAt(rs, k, "installments") || hasWordAt(rs, k, "instalments"):
		setDuration(rs, m, m.val, wordEnd(rs, k))
	case hasPrefixAt(rs, u, "天") || hasWordAt(rs, k, "days") || hasWordAt(rs, k, "day"):
		m.kind = kindDays
		m.end = max(u+1, wordEnd(rs, k))
		if rs[u] == '天' {
			m.end = u + 1
		}
	case hasPrefixAt(rs, u, "号") && u+1 < len(rs) && strings.ContainsRune("线楼门床位桌柜窗院馆铺", rs[u+1]):
		m.kind = kindOther // 4号线, 12号楼: a line or a building, not a day
		m.end = u + 2
	case hasPrefixAt(rs, u, "号") || hasPrefixAt(rs, u, "日"):
		setDay(m, u+1)
	case hasWordAt(rs, j, "th") || hasWordAt(rs, j, "st") || hasWordAt(rs, j, "nd") || hasWordAt(rs, j, "rd"):
		setDay(m, j+2)
	case hasPrefixAt(rs, u, "个") || hasPrefixAt(rs, u, "次") || hasPrefixAt(rs, u, "点") || hasPrefixAt(rs, u, "分钟") || hasPrefixAt(rs, u, "小时") || hasPrefixAt(rs, u, "人") || hasPrefixAt(rs, u, "套") || hasPrefixAt(rs, u, "笔"):
		m.kind = kindOther
		m.end = u + 1
	}
}

// halfUnits follow 半 for half a point of a rate.
var halfUnits = []struct {
	unit string
	kind numKind
}{{"个百分点", kindPoints}, {"百分点", kindPoints}, {"厘", kindLi}, {"个点", kindPoints}}

// englishFractions are rate moves said in words.
var englishFractions = []struct {
	words string
	kind  numKind
	val   decimal.Decimal
}{
	{"half a percentage point", kindPoints, decimal.New(5, -1)},
	{"half a percent", kindPercent, decimal.New(5, -1)},
	{"half a point", kindPoints, decimal.New(5, -1)},
	{"a quarter of a percentage point", kindPoints, decimal.New(25, -2)},
	{"a quarter of a percent", kindPercent, decimal.New(25, -2)},
	{"a quarter point", kindPoints, decimal.New(25, -2)},
	{"quarter of a point", kindPoints, decimal.New(25, -2)},
	{"a quarter of a point", kindPoints, decimal.New(25, -2)},
}

// englishNumbers are the number words borrowers use for terms ("five years").
var englishNumbers = map[string]int64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
	"eighteen": 18, "twenty": 20, "thirty": 30,
}

// ordinals are the day words borrowers write ("the first of the month").
var ordinals = map[string]int64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
	"twentieth": 20, "last": 0,
}

// scanEnglishNumber reads a number word at the start of a Latin word; only
// durations are kept ("five years", "six months").
func scanEnglishNumber(rs []rune, i int) (mention, bool) {
	if i > 0 && isASCIILetter(rs[i-1]) {
		return mention{}, false
	}
	e := wordEnd(rs, i)
	if d, ok := ordinals[string(rs[i:e])]; ok {
		// "the first of the month": a day only with the month named.
		k := skipSpace(rs, e, 1)
		for _, tail := range []string{"of the month", "of each month", "of every month"} {
			if hasPrefixAt(rs, k, tail) {
				m := mention{start: i, val: decimal.NewFromInt(d)}
				setDay(&m, k+len(tail))
				return m, true
			}
		}
		return mention{}, false
	}
	switch w := string(rs[i:e]); w {
	case "a", "an", "another":
		// "by a year", "for a year", "another year": one, with the unit
		// right after; "30k a year" is a rate, not a duration.
		if w != "another" {
			p := skipSpace(rs, i-1, -1) + 1
			ws := p
			for ws > 0 && isASCIILetter(rs[ws-1]) {
				ws--
			}
			if prev := string(rs[ws:p]); prev != "by" && prev != "for" {
				return mention{}, false
			}
		}
		k := skipMore(rs, skipSpace(rs, e, 1))
		m := mention{start: i, val: decimal.NewFromInt(1)}
		switch {
		case hasWordAt(rs, k, "year") && hasPrefixAt(rs, k+4, " and a half"):
			setDuration(rs, &m, decimal.NewFromInt(18), k+4+len(" and a half")) // a year and a half
		case hasWordAt(rs, k, "year"):
			setDuration(rs, &m, d12, k+4)
		case hasWordAt(rs, k, "month"):
			setDuration(rs, &m, decimal.NewFromInt(1), k+5)
		default:
			return mention{}, false
		}
		return m, true
	}
	if string(rs[i:e]) == "half" {
		// "half a year", "half year"
		k := skipSpace(rs, e, 1)
		if hasWordAt(rs, k, "a") {
			k = skipSpace(rs, k+1, 1)
		}
		if hasWordAt(rs, k, "year") {
			return mention{start: i, end: k + 4, kind: kindMonths, val: decimal.New(5, -1), months: 6}, true
		}
		return mention{}, false
	}
	v, ok := englishNumbers[string(rs[i:e])]
	if !ok {
		return mention{}, false
	}
	m := mention{start: i, end: e, kind: kindPlain, val: decimal.NewFromInt(v)}
	k := skipMore(rs, skipSpace(rs, e, 1))
	switch {
	case anyWordAt(rs, k, yearWords):
		setDuration(rs, &m, m.val.Mul(d12), wordEnd(rs, k))
	case anyWordAt(rs, k, monthWords):
		setDuration(rs, &m, m.val, wordEnd(rs, k))
	case hasWordAt(rs, k, "points") || hasWordAt(rs, k, "point"):
		setPoints(&m, wordEnd(rs, k))
	case hasWordAt(rs, k, "percent") || hasWordAt(rs, k, "pct"):
		m.kind, m.end = kindPercent, wordEnd(rs, k) // at four percent
	default:
		return mention{}, false
	}
	return m, true
}

// skipMore skips "more", "extra", "additional" or "further" and the space
// after it at rs[k], for "two more years".
func skipMore(rs []rune, k int) int {
	for _, w := range []string{"more", "extra", "additional", "further"} {
		if hasWordAt(rs, k, w) {
			if n := skipSpace(rs, k+len(w), 1); hasWordAt(rs, n, "year") || hasWordAt(rs, n, "years") || hasWordAt(rs, n, "month") || hasWordAt(rs, n, "months") {
				return n
			}
		}
	}
	return k
}

// setDuration makes m a duration of the given number of months when that is
// a whole, plausible number (1–600 months); "2024年" is a date, not a term.
// setPoints reads "points" after a number as 个点 is read: percentage
// points for a small number ("drops 0.15 points"), basis points for the
// sizes LPR moves come in ("a 25 point cut").
func setPoints(m *mention, end int) {
	m.kind, m.end = kindBP, end
	if m.val.LessThan(decimal.NewFromInt(5)) {
		m.kind = kindPoints
	}
}

func setDuration(rs []rune, m *mention, months decimal.Decimal, end int) {
	m.end = end
	if m.kind == kindMoney || !months.IsInteger() || months.LessThan(decimal.NewFromInt(1)) || months.GreaterThan(decimal.NewFromInt(600)) {
		m.kind = kindOther
		return
	}
	m.kind = kindMonths
	m.months = int(months.IntPart())
}

// setDay makes m a day of the month when it is a whole number 1–31.
func setDay(m *mention, end int) {
	m.end = end
	if m.kind == kindMoney || !m.val.IsInteger() || m.val.LessThan(decimal.NewFromInt(1)) || m.val.GreaterThan(decimal.NewFromInt(31)) {
		m.kind = kindOther
		return
	}
	m.kind = kindDay
}

// numeralInfo describes how a numeral was written.
type numeralInfo struct {
	digits int  // Arabic digits before the point
	dot    bool // has a decimal point
	cn     bool // uses Chinese digits or place values
	mag    bool // has 万/亿/千/百 after Arabic digits, or 万/亿 in Chinese: an amount
	approx bool // 两三万, 十几, 二零二四: a range, a vague amount or a digit string
}

// readNumeral reads Arabic and Chinese numerals mixed freely ("1.5万",
// "2万5", "一百二十万五千", "三点五", "1,200,000") starting at rs[i]. It
// returns the value, the index after the numeral and how it was written.
func readNumeral(rs []rune, i int) (decimal.Decimal, int, numeralInfo, bool) {
	var (
		info     numeralInfo
		total    decimal.Decimal // 亿 part and above
		wan      decimal.Decimal // 万 section
		section  decimal.Decimal // below 万
		pending  decimal.Decimal
		hasPend  bool
		lastUnit int64 = 1
		zero     bool
		any      bool
		lastCN   bool // previous token was a bare Chinese digit
		afterBig int  // index right after the last 万/亿, 0 if none
	)
	j := i
	for j < len(rs) && j-i < 40 {
		r := rs[j]
		switch {
		case isASCIIDigit(r):
			if hasPend {
				return decimal.Zero, 0, info, false
			}
			v, n, digits, dot, ok := readArabic(rs, j)
			if !ok {
				return decimal.Zero, 0, info, false
			}
			pending, hasPend, any = v, true, true
			info.digits = max(info.digits, digits)
			info.dot = info.dot || dot
			lastCN = false
			j = n
			if j+1 < len(rs) && rs[j] == ' ' && (rs[j+1] == '万' || rs[j+1] == '亿') {
				j++ // 168 万: a space typed before the magnitude
			}
			continue
		case isCNDigit(r):
			d, _ := cnDigit(r)
			if r == '零' || r == '〇' {
				if !any && j+2 < len(rs) && rs[j+1] == '点' && isCNDigit(rs[j+2]) {
					// 零点二五: a fraction of one
					frac, n := readCNFraction(rs, j+2)
					pending, hasPend, any, lastCN = frac, true, true, true
					info.cn, info.dot = true, true
					j = n
					continue
				}
				if lastCN {
					info.approx = true // 二零二四: a digit string
				}
				zero = true
				j++
				any = true
				lastCN = true
				continue
			}
			if lastUnit > 10 && (hasPend && lastCN || !hasPend && r == '一') && j+2 < len(rs) && rs[j+1] == '个' && strings.ContainsRune("月星礼", rs[j+2]) ||
				hasPend && lastCN && lastUnit > 10 && j+1 < len(rs) && strings.ContainsRune("个年月期天号日岁次周", rs[j+1]) {
				break // 两千五一个月, 九千一个月: the 一 counts the month, not the pay
			}
			if hasPend {
				info.approx = true // 两三万
				if lastCN {
					pending = pending.Mul(d10).Add(decimal.NewFromInt(d))
				}
			} else {
				pending, hasPend = decimal.NewFromInt(d), true
			}
			info.cn, any, lastCN = true, true, true
			// 三点五: a decimal point between Chinese digits.
			if j+2 < len(rs) && rs[j+1] == '点' && isCNDigit(rs[j+2]) {
				frac, n := readCNFraction(rs, j+2)
				pending = pending.Add(frac)
				info.dot = true
				j = n
				continue
			}
			j++
			continue
		case cnTens(r) > 0:
			if hasPend {
				return decimal.Zero, 0, info, false
			}
			section = section.Add(decimal.NewFromInt(cnTens(r)))
			lastUnit, info.cn, any, lastCN = 10, true, true, false
			j++
			continue
		case cnUnit(r) > 0:
			if !any && r != '十' && r != '拾' {
				return decimal.Zero, 0, info, false
			}
			if !hasPend {
				pending = decimal.NewFromInt(1)
			}
			u := cnUnit(r)
			section = section.Add(pending.Mul(decimal.NewFromInt(u)))
			hasPend, lastUnit, zero, lastCN = false, u, false, false
			info.cn, any = true, true
			if u >= 100 {
				info.mag = true
			}
			j++
			continue
		case r == '万' || r == '亿':
			if !any {
				return decimal.Zero, 0, info, false
			}
			if hasPend {
				section = section.Add(pending)
			}
			if r == '万' {
				wan = wan.Add(section).Mul(d10k)
				lastUnit = 10000
			} else {
				total = total.Add(wan).Add(section).Mul(d100m)
				wan = decimal.Zero
				lastUnit = 100000000
			}
			section, hasPend, zero, lastCN = decimal.Zero, false, false, false
			info.mag, info.cn = true, true
			j++
			afterBig = j
			continue
		}
		break
	}
	if !any {
		return decimal.Zero, 0, info, false
	}
	if afterBig > 0 && j > afterBig && j < len(rs) && strings.ContainsRune("年个期月天号日岁次%倍成周厘", rs[j]) {
		// 80万20年, 三十五万十年: what follows 万 has a unit of its own.
		hasPend, j, section = false, afterBig, decimal.Zero
	}
	if hasPend {
		// 2万5 = 25000, 三千五 = 3500, 十五 = 15, 一千零五 = 1005.
		if lastUnit > 10 && !zero && !pending.GreaterThanOrEqual(d10) && pending.IsInteger() {
			pending = pending.Mul(decimal.NewFromInt(lastUnit / 10))
		}
		section = section.Add(pending)
	}
	// A trailing 点 that is not followed by a digit ("三点") is not ours.
	return total.Add(wan).Add(section), j, info, true
}

// readArabic reads "1200000", "1,200,000" or "3.85" at rs[i].
func readArabic(rs []rune, i int) (v decimal.Decimal, end, intDigits int, dot, ok bool) {
	var b strings.Builder
	j := i
	for j < len(rs) && isASCIIDigit(rs[j]) {
		b.WriteRune(rs[j])
		j++
	}
	intDigits = j - i
	// Thousands separators: only after a first group of 1–3 digits, each
	// followed by exactly three digits.
	if intDigits <= 3 {
		for j+3 < len(rs)+0 && rs[j] == ',' && isASCIIDigit(rs[j+1]) && isASCIIDigit(rs[j+2]) && isASCIIDigit(rs[j+3]) && (j+4 >= len(rs) || !isASCIIDigit(rs[j+4])) {
			b.WriteString(string(rs[j+1 : j+4]))
			j += 4
			intDigits += 3
		}
	}
	if j+1 < len(rs) && rs[j] == '.' && isASCIIDigit(rs[j+1]) {
		b.WriteByte('.')
		j++
		n := 0
		for j < len(rs) && isASCIIDigit(rs[j]) {
			if n < 12 {
				b.WriteRune(rs[j])
			}
			n++
			j++
		}
		dot = true
	}
	if intDigits > 15 {
		return decimal.Zero, j, intDigits, dot, true
	}
	v, err := decimal.NewFromString(b.String())
	if err != nil {
		return decimal.Zero, 0, 0, false, false
	}
	return v, j, intDigits, dot, true
}

// readCNFraction reads the digits after 点 in 三点五 as a fraction.
func readCNFraction(rs []rune, i int) (decimal.Decimal, int) {
	f := decimal.Zero
	scale := dTenth
	j := i
	for j < len(rs) && isCNDigit(rs[j]) && j-i < 8 {
		d, _ := cnDigit(rs[j])
		f = f.Add(decimal.NewFromInt(d).Mul(scale))
		scale = scale.Mul(dTenth)
		j++
	}
	return f, j
}

func isASCIIDigit(r rune) bool  { return r >= '0' && r <= '9' }
func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
func isCNDigit(r rune) bool     { _, ok := cnDigit(r); return ok }
func isDigitRune(r rune) bool   { return isASCIIDigit(r) || isCNDigit(r) && r != '零' && r != '〇' }

// approxAt reports a numeral left open at end (十几, 30多万, 百分之十几).
func approxAt(rs []rune, end int) bool {
	return end < len(rs) && strings.ContainsRune("几多余来", rs[end])
}

// startsCN reports whether a Chinese numeral may start with r. Place values
// cannot: 千万别 ("never"), 万一 ("in case"), 百分之 is read separately;
// ten can, in its common and its banker's form (十万, 拾万).
func startsCN(r rune) bool {
	return isCNDigit(r) || r == '十' || r == '拾' || cnTens(r) > 0
}

func digitValue(r rune) int64 {
	if isASCIIDigit(r) {
		return int64(r - '0')
	}
	d, _ := cnDigit(r)
	return d
}

// hasPrefixAt reports whether rs[i:] starts with p.
func hasPrefixAt(rs []rune, i int, p string) bool {
	if i < 0 {
		return false
	}
	for _, r := range p {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasSuffixAt reports whether p ends right before rs[i].
func hasSuffixAt(rs []rune, i int, p string) bool {
	pr := []rune(p)
	return i-len(pr) >= 0 && hasPrefixAt(rs, i-len(pr), p)
}

// hasWordAt is hasPrefixAt for Latin words: the match must not run on into
// another letter ("m" does not match "months").
func hasWordAt(rs []rune, i int, w string) bool {
	if !hasPrefixAt(rs, i, w) {
		return false
	}
	e := i + len([]rune(w))
	return e >= len(rs) || !isASCIILetter(rs[e])
}

// anyWordAt reports whether one of ws is the Latin word at rs[i].
func anyWordAt(rs []rune, i int, ws []string) bool {
	for _, w := range ws {
		if hasWordAt(rs, i, w) {
			return true
		}
	}
	return false
}

// yearWords and monthWords name a term's unit, with the short forms and
// the typos thumbs make ("2 yaers").
var (
	yearWords  = []string{"years", "year", "yrs", "yr", "yaers", "yeras", "yeaes", "yers", "yesrs"}
	monthWords = []string{"months", "month", "mos", "mths", "mnths", "monhts", "monts", "motnhs"}
)

// wordEnd returns the index after the Latin word at rs[i].
func wordEnd(rs []rune, i int) int {
	for i < len(rs) && isASCIILetter(rs[i]) {
		i++
	}
	return i
}

// skipSpace moves from i in direction dir past spaces; it may return -1 or
// len(rs).
func skipSpace(rs []rune, i, dir int) int {
	for i >= 0 && i < len(rs) && rs[i] == ' ' {
		i += dir
	}
	return i
}

// rateTenor reports whether the text at k, after N年期, names a rate
// (五年期LPR, 一年期以上的利率, 5年期贷款市场报价利率): the years are then the
// rate's tenor, not the loan's term. A loan's own term (三十年期，每月要还几多)
// is followed by anything else.
func rateTenor(rs []rune, k int) bool {
	for _, skip := range []string{"以上", "以下", "的"} {
		if hasPrefixAt(rs, k, skip) {
			k += len([]rune(skip))
		}
	}
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	for _, w := range []string{"lpr", "利率", "贷款市场", "报价", "基准"} {
		if hasPrefixAt(rs, k, w) {
			return true
		}
	}
	return k >= len(rs)
}
