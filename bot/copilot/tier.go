package copilot

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/money"
)

// tierNotes is how many recent notes are read for flags, as the HTTP API's
// tier reads them (channels/web/tier.go).
const tierNotes = 50

// standing is a customer's loans, notes, alerts and tier today.
type standing struct {
	c      book.Customer
	loans  []loanView
	notes  []dialog.Note  // newest first, at most tierNotes
	alerts []dialog.Alert // every alert of the customer, newest first
	flags  []FlagRow      // one per conversation and code, newest first
	tier   string
	why    string // book.Tier's English reason
	basis  TierBasis
	// highCodes are the codes of the open high and critical flags, in order.
	highCodes []string
}

// highSeverity is what makes a flag count against the tier (DOMAIN.md §8).
func highSeverity(s string) bool { return s == "high" || s == "critical" }

// standing reads what the brief, the list and the drafts need of a customer.
//
// The tier is book.Tier's. Its open-flag count is the number of distinct
// (conversation, code) high or critical flags in the customer's recent notes
// (as the HTTP API counts them) and in risk alerts, so a flag counts from the
// moment its alert is raised, before the conversation's note is written.
// Nothing clears a flag yet, acknowledging its alert included: the tier
// stays D until a person clears it, which is a workflow still to come.
func (tr *turn) standing(c book.Customer) (standing, error) {
	s := standing{c: c}
	var err error
	if s.loans, err = tr.loans(c.ID); err != nil {
		return s, err
	}
	if s.notes, err = tr.c.d.Records.Notes(tr.ctx, dialog.NoteQuery{CustomerIDs: []string{c.ID}, Limit: tierNotes}); err != nil {
		return s, fmt.Errorf("notes of %s: %w", c.ID, err)
	}
	if s.alerts, err = tr.c.d.Records.Alerts(tr.ctx, dialog.AlertQuery{CustomerIDs: []string{c.ID}}); err != nil {
		return s, fmt.Errorf("alerts of %s: %w", c.ID, err)
	}
	type key struct{ conv, code string }
	seen := map[key]bool{}
	high := map[key]bool{}
	add := func(f FlagRow) {
		k := key{f.ConversationID, f.Code}
		if highSeverity(f.Severity) && !high[k] {
			high[k] = true
			if !slices.Contains(s.highCodes, f.Code) {
				s.highCodes = append(s.highCodes, f.Code)
			}
		}
		if !seen[k] {
			seen[k] = true
			s.flags = append(s.flags, f)
		}
	}
	for _, n := range s.notes {
		for _, f := range n.Flags {
			add(FlagRow{Code: f.Code, Severity: f.Severity, Evidence: f.Evidence, At: n.EndedAt.UTC(),
				ConversationID: n.ConversationID, NoteID: n.ID, Source: "note"})
		}
	}
	for _, a := range s.alerts {
		if a.Kind != dialog.AlertRisk || a.Code == "" {
			continue
		}
		add(FlagRow{Code: a.Code, Severity: a.Severity, Evidence: a.Evidence, At: a.CreatedAt.UTC(),
			ConversationID: a.ConversationID, NoteID: a.NoteID, Source: "alert"})
	}
	slices.SortStableFunc(s.flags, func(a, b FlagRow) int { return b.At.Compare(a.At) })

	views := make([]book.Loan, 0, len(s.loans))
	balance := decimal.Zero
	for _, l := range s.loans {
		views = append(views, l.view)
		balance = balance.Add(l.view.Balance.Decimal)
		s.basis.OverduePeriods += l.view.OverduePeriods
		s.basis.MaxPaidPeriods = max(s.basis.MaxPaidPeriods, l.view.PaidPeriods)
	}
	s.basis.Balance = money.A(balance)
	s.basis.OpenHighFlags = len(high)
	s.tier, s.why = book.Tier(c, views, len(high))
	return s, nil
}

// openAlerts are the unacknowledged alerts, oldest first.
func (s standing) openAlerts() []dialog.Alert {
	var out []dialog.Alert
	for _, a := range s.alerts {
		if a.Status == dialog.AlertOpen {
			out = append(out, a)
		}
	}
	slices.Reverse(out)
	return out
}

// tierName is the tier's name in the seed practice.
func tierName(lang, tier string) string {
	names := map[string][2]string{
		book.TierA: {"核心客户", "core"}, book.TierB: {"潜力客户", "potential"},
		book.TierC: {"一般客户", "general"}, book.TierD: {"风险客户", "risk"},
	}
	n, ok := names[tier]
	if !ok {
		return tier
	}
	return pick(lang, n[0], n[1])
}

// explainTier states the facts book.Tier decided on, in the manager's language.
func (s standing) explainTier(lang string) string {
	b := s.basis
	flags := make([]string, 0, len(s.highCodes))
	for _, c := range s.highCodes {
		flags = append(flags, flagName(lang, c))
	}
	overdueAmt := decimal.Zero
	for _, l := range s.loans {
		overdueAmt = overdueAmt.Add(l.view.OverdueAmount.Decimal)
	}
	head := pick(lang, s.tier+"类（"+tierName(lang, s.tier)+"）：", "Tier "+s.tier+" ("+tierName(lang, s.tier)+"): ")
	switch s.tier {
	case book.TierD:
		var parts []string
		if b.OverduePeriods > 0 {
			parts = append(parts, pick(lang,
				"逾期 "+strconv.Itoa(b.OverduePeriods)+" 期，共 "+reply.Yuan(money.A(overdueAmt)),
				strconv.Itoa(b.OverduePeriods)+" period(s) overdue, "+reply.CNY(money.A(overdueAmt))))
		}
		if b.OpenHighFlags > 0 {
			parts = append(parts, pick(lang,
				strconv.Itoa(b.OpenHighFlags)+" 个未解除的高风险信号（"+joinList(lang, flags)+"）",
				strconv.Itoa(b.OpenHighFlags)+" open high-severity flag(s) ("+joinList(lang, flags)+")"))
		}
		return head + joinList(lang, parts) + pick(lang, "。逾期或有未解除的高风险信号即列为D类，直到有人解除。",
			". Overdue periods or an open high flag put a customer in D until a person clears it.")
	case book.TierA:
		return head + pick(lang,
			"贷款余额合计 "+reply.Yuan(b.Balance)+"，最长一笔已按期还款 "+strconv.Itoa(b.MaxPaidPeriods)+" 期，无逾期、无高风险信号。",
			reply.CNY(b.Balance)+" outstanding, "+strconv.Itoa(b.MaxPaidPeriods)+" periods repaid on the longest loan, nothing overdue or flagged.")
	case book.TierB:
		return head + pick(lang,
			"贷款余额合计 "+reply.Yuan(b.Balance)+"（最长一笔已还 "+strconv.Itoa(b.MaxPaidPeriods)+" 期），无逾期、无高风险信号。",
			reply.CNY(b.Balance)+" outstanding ("+strconv.Itoa(b.MaxPaidPeriods)+" periods repaid on the longest loan), nothing overdue or flagged.")
	}
	if len(s.loans) == 0 {
		return head + pick(lang, "名下暂无贷款。", "no loans on the book.")
	}
	return head + pick(lang, "贷款余额合计 "+reply.Yuan(b.Balance)+"，无逾期、无高风险信号。", reply.CNY(b.Balance)+" outstanding, nothing overdue or flagged.")
}
