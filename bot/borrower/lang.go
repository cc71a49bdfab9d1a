package borrower

import (
	"strconv"
	"strings"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Reply scripts (the nlu language tags).
const (
	langHans = "zh-Hans"
	langHant = "zh-Hant"
	langEn   = "en"
)

// msg is one reply before it is put in the customer's script: the Chinese is
// written in Simplified and converted for zh-Hant readers.
type msg struct {
	intent string
	zh, en string
	cards  []dialog.Card
	quick  []choice
}

// choice is a quick reply in both languages. The actions are messages the
// NLU understands, because the core analyses a chosen action like typed text.
type choice struct {
	zh, en             string // labels
	zhAction, enAction string // empty: the label
}

// render puts m in lang's script.
func (a *Assistant) render(lang string, m msg) dialog.Reply {
	r := dialog.Reply{Intent: m.intent, Cards: m.cards}
	if lang == langEn {
		r.Text = m.en
	} else {
		r.Text = a.script(lang, m.zh)
	}
	for _, c := range m.quick {
		q := dialog.QuickReply{Label: c.zh, Action: cmpOr(c.zhAction, c.zh)}
		if lang == langEn {
			q = dialog.QuickReply{Label: c.en, Action: cmpOr(c.enAction, c.en)}
		} else {
			q.Label, q.Action = a.script(lang, q.Label), a.script(lang, q.Action)
		}
		r.QuickReplies = append(r.QuickReplies, q)
	}
	return r
}

// script converts Simplified text to Traditional for zh-Hant readers.
func (a *Assistant) script(lang, s string) string {
	if lang != langHant || s == "" {
		return s
	}
	out, err := a.s2t.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// neutral reports whether s reads the same in both Chinese scripts ("20年"),
// so it says nothing about which one the customer writes.
func (a *Assistant) neutral(s string) bool {
	return a.script(langHant, s) == s
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// yuan formats an amount for Chinese text: "5,307.27 元".
func yuan(a money.Amount) string { return group(a.String()) + " 元" }

// cny formats an amount for English text: "CNY 5,307.27".
func cny(a money.Amount) string { return "CNY " + group(a.String()) }

// signedYuan and signedCNY write a change with its sign ("+120.50 元", "-CNY 40.58").
func signedYuan(a money.Amount) string {
	if a.IsPositive() {
		return "+" + yuan(a)
	}
	return yuan(a)
}

func signedCNY(a money.Amount) string {
	if a.IsNegative() {
		return "-" + cny(money.A(a.Neg()))
	}
	if a.IsPositive() {
		return "+" + cny(a)
	}
	return cny(a)
}

// group inserts thousands separators into a decimal string ("-1234567.80" →
// "-1,234,567.80").
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return sign + b.String()
}

// pct formats a rate: "4.9%".
func pct(p money.Percent) string { return p.String() + "%" }

// months in Chinese and English.
func zhMonths(n int) string {
	if n%12 == 0 && n >= 12 {
		return strconv.Itoa(n/12) + " 年（" + strconv.Itoa(n) + " 期）"
	}
	return strconv.Itoa(n) + " 个月"
}

func enMonths(n int) string {
	if n == 1 {
		return "1 month"
	}
	if n%12 == 0 && n >= 12 {
		y := n / 12
		if y == 1 {
			return "1 year (12 months)"
		}
		return strconv.Itoa(y) + " years (" + strconv.Itoa(n) + " months)"
	}
	return strconv.Itoa(n) + " months"
}

func zhMethod(m string) string {
	switch m {
	case "equal_installment":
		return "等额本息"
	case "equal_principal":
		return "等额本金"
	case "interest_only":
		return "先息后本"
	}
	return m
}

func enMethod(m string) string {
	switch m {
	case "equal_installment":
		return "equal installments"
	case "equal_principal":
		return "equal principal"
	case "interest_only":
		return "interest only"
	}
	return m
}
