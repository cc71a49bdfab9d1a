package copilot

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/loandesk/loandesk/bot/reply"
)

// pick is zh or en by lang (zh for both Chinese scripts, before conversion).
func pick(lang, zh, en string) string {
	if lang == reply.En {
		return en
	}
	return zh
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

// bpText writes a move in basis points: "下降20个基点" / "down 20bp".
func bpText(lang string, bp int) string {
	switch {
	case bp < 0 && lang == reply.En:
		return "down " + strconv.Itoa(-bp) + "bp"
	case bp < 0:
		return "下降" + strconv.Itoa(-bp) + "个基点"
	case lang == reply.En:
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
	if lang == reply.En {
		return cmp.Or(en[p], p)
	}
	return cmp.Or(zh[p], p)
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
	if lang == reply.En && nameEn != "" {
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
	if lang == reply.En {
		return strings.Join(items, ", ")
	}
	return strings.Join(items, "、")
}
