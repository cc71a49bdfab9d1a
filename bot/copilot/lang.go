package copilot

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Reply scripts (the nlu language tags; also book.Customer.Lang's values).
const (
	langHans = "zh-Hans"
	langHant = "zh-Hant"
	langEn   = "en"
)

// msg is one reply before it is put in the manager's script: the Chinese is
// written in Simplified and converted for zh-Hant readers.
type msg struct {
	intent string
	zh, en string
	cards  []dialog.Card
	quick  []choice
}

// choice is a quick reply. The manager's socket sends quick replies back as
// message text (action frames are borrower-only), so an action is a message
// the copilot understands on its own.
type choice struct {
	zh, en             string // labels
	zhAction, enAction string // empty: the label
}

// render puts m in lang's script.
func (c *Copilot) render(lang string, m msg) dialog.Reply {
	r := dialog.Reply{Intent: m.intent, Cards: m.cards}
	if lang == langEn {
		r.Text = m.en
	} else {
		r.Text = c.script(lang, m.zh)
	}
	for _, ch := range m.quick {
		q := dialog.QuickReply{Label: ch.zh, Action: or(ch.zhAction, ch.zh)}
		if lang == langEn {
			q = dialog.QuickReply{Label: ch.en, Action: or(ch.enAction, ch.en)}
		} else {
			q.Label, q.Action = c.script(lang, q.Label), c.script(lang, q.Action)
		}
		r.QuickReplies = append(r.QuickReplies, q)
	}
	return r
}

// script converts Simplified text to Traditional for zh-Hant readers.
func (c *Copilot) script(lang, s string) string {
	if lang != langHant || s == "" {
		return s
	}
	out, err := c.s2t.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// pick is zh or en by lang (zh for both Chinese scripts, before conversion).
func pick(lang, zh, en string) string {
	if lang == langEn {
		return en
	}
	return zh
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// idLike matches the ids a manager types: customer ids (c-1001), loan ids
// (l-1001-6688), alert ids (al-…).
var idLike = regexp.MustCompile(`\b[a-z]{1,3}-[a-z0-9]+(?:-[0-9]+)?\b`)

// scriptless reports whether a normalised message says nothing of its
// script: nothing but ids, digits, punctuation and spaces.
func scriptless(norm string) bool {
	rest := idLike.ReplaceAllString(norm, "")
	for _, r := range rest {
		if r > 0x7f || r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// yuan formats an amount for Chinese text: "5,307.27 元".
func yuan(a money.Amount) string { return group(a.String()) + " 元" }

// cny formats an amount for English text: "CNY 5,307.27".
func cny(a money.Amount) string {
	if a.IsNegative() {
		return "-CNY " + group(money.A(a.Neg()).String())
	}
	return "CNY " + group(a.String())
}

// amount is yuan or cny by lang.
func amount(lang string, a money.Amount) string {
	if lang == langEn {
		return cny(a)
	}
	return yuan(a)
}

// signed writes a change with its sign ("+120.50 元", "-CNY 40.58", "0.00 元").
func signed(lang string, a money.Amount) string {
	if a.IsPositive() {
		return "+" + amount(lang, a)
	}
	return amount(lang, a)
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

// pct formats a rate: "3.2%".
func pct(p money.Percent) string { return p.String() + "%" }

// bpText writes a move in basis points: "下降20个基点" / "down 20bp".
func bpText(lang string, bp int) string {
	switch {
	case bp < 0 && lang == langEn:
		return "down " + strconv.Itoa(-bp) + "bp"
	case bp < 0:
		return "下降" + strconv.Itoa(-bp) + "个基点"
	case lang == langEn:
		return "up " + strconv.Itoa(bp) + "bp"
	}
	return "上升" + strconv.Itoa(bp) + "个基点"
}

// beijing is UTC+8, the bank's clock for what managers read (no DST, no tzdata).
var beijing = time.FixedZone("CST", 8*3600)

// when writes an instant for the manager: "12-02 09:30" Beijing time.
func when(t time.Time) string { return t.In(beijing).Format("01-02 15:04") }

// hours writes a duration in whole hours, at least 1.
func hours(d time.Duration) int { return max(1, int(d.Hours())) }

// productName names a product in the reader's language.
func productName(lang, p string) string {
	zh := map[string]string{"mortgage": "房贷", "consumer": "消费贷", "business": "经营贷"}
	en := map[string]string{"mortgage": "mortgage", "consumer": "consumer loan", "business": "business loan"}
	if lang == langEn {
		return or(en[p], p)
	}
	return or(zh[p], p)
}

// tail is a loan id's last four digits: "尾号6688" in text.
func tail(loanID string) string {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, loanID)
	if len(digits) > 4 {
		return digits[len(digits)-4:]
	}
	return digits
}

// displayName is the customer's name for the reader: the English name for
// English readers when there is one.
func displayName(lang, name, nameEn string) string {
	if lang == langEn && nameEn != "" {
		return nameEn
	}
	return name
}

// flagName names a risk flag code (PROTOCOL.md) in the reader's language.
func flagName(lang, code string) string {
	if n, ok := flagNames[code]; ok {
		return pick(lang, n[0], n[1])
	}
	if code == "" {
		return pick(lang, "回电请求", "callback request")
	}
	return code
}

var flagNames = map[string][2]string{
	"job_loss": {"失业", "job loss"}, "income_drop": {"收入下降", "income drop"}, "illness": {"疾病", "illness"},
	"business_distress": {"经营困难", "business distress"}, "repayment_difficulty": {"还款困难", "repayment difficulty"},
	"intent_to_default": {"拒绝还款倾向", "intent to default"}, "multi_debt": {"多头负债", "multiple debts"},
	"complaint_escalation": {"投诉升级", "complaint escalation"}, "legal_threat": {"法律威胁", "legal threat"},
	"fraud_risk": {"欺诈风险", "fraud risk"}, "contact_change": {"联系方式变更", "contact change"},
	"collateral_issue": {"抵押物问题", "collateral issue"}, "self_harm": {"自伤风险", "self-harm risk"},
}

// joinList joins items for the reader: "甲、乙" / "a, b".
func joinList(lang string, items []string) string {
	if lang == langEn {
		return strings.Join(items, ", ")
	}
	return strings.Join(items, "、")
}
