package borrower

import (
	"cmp"
	"encoding/json"
	"regexp"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/knowledge/loan"
)

// stateVersion is bumped when the state's meaning changes; older states are dropped.
const stateVersion = 1

// state is the assistant's memory between turns, kept as JSON in
// dialog.Conversation.State: the question waiting for a slot and what the
// customer has told so far.
type state struct {
	V        int    `json:"v"`
	Lang     string `json:"lang,omitempty"`     // the script replies are written in
	Pending  string `json:"pending,omitempty"`  // the intent waiting for a slot
	Asked    string `json:"asked,omitempty"`    // the slot asked for, or askLoan
	Personal bool   `json:"personal,omitempty"` // the pending question is about the customer's own loan
	Product  string `json:"product,omitempty"`  // the product a quota trial is about
	Slots    slots  `json:"slots"`
	Misses   int    `json:"misses,omitempty"` // turns in a row not understood
}

// slots mirrors nlu.Slots with JSON names from PROTOCOL.md.
type slots struct {
	Principal     *decimal.Decimal `json:"principal,omitempty"`
	MonthlyIncome *decimal.Decimal `json:"monthly_income,omitempty"`
	MonthlyDebt   *decimal.Decimal `json:"monthly_debt,omitempty"`
	PrepayAmount  *decimal.Decimal `json:"prepay_amount,omitempty"`
	AnnualRatePct *decimal.Decimal `json:"annual_rate_pct,omitempty"`
	TermMonths    *int             `json:"term_months,omitempty"`
	ExtendMonths  *int             `json:"extend_months,omitempty"`
	DueDay        *int             `json:"due_day,omitempty"`
	LPRChangeBP   *int             `json:"lpr_change_bp,omitempty"`
	Method        string           `json:"method,omitempty"`
	PrepayMode    string           `json:"prepay_mode,omitempty"`
	LoanTail      string           `json:"loan_tail,omitempty"`
}

func fromNLU(s nlu.Slots) slots {
	return slots{
		Principal: s.Principal, MonthlyIncome: s.MonthlyIncome, MonthlyDebt: s.MonthlyDebt,
		PrepayAmount: s.PrepayAmount, AnnualRatePct: s.AnnualRatePct,
		TermMonths: s.TermMonths, ExtendMonths: s.ExtendMonths, DueDay: s.DueDay, LPRChangeBP: s.LPRChangeBP,
		Method: s.Method, PrepayMode: s.PrepayMode, LoanTail: s.LoanTail,
	}
}

// merge overwrites s with every slot n carries: the newest word wins.
func (s *slots) merge(n slots) {
	setPtr(&s.Principal, n.Principal)
	setPtr(&s.MonthlyIncome, n.MonthlyIncome)
	setPtr(&s.MonthlyDebt, n.MonthlyDebt)
	setPtr(&s.PrepayAmount, n.PrepayAmount)
	setPtr(&s.AnnualRatePct, n.AnnualRatePct)
	setPtr(&s.TermMonths, n.TermMonths)
	setPtr(&s.ExtendMonths, n.ExtendMonths)
	setPtr(&s.DueDay, n.DueDay)
	setPtr(&s.LPRChangeBP, n.LPRChangeBP)
	s.Method = cmp.Or(n.Method, s.Method)
	s.PrepayMode = cmp.Or(n.PrepayMode, s.PrepayMode)
	s.LoanTail = cmp.Or(n.LoanTail, s.LoanTail)
}

func setPtr[T any](dst **T, v *T) {
	if v != nil {
		*dst = v
	}
}

// has reports whether the named slot is filled.
func (s slots) has(name string) bool {
	switch name {
	case slotPrincipal:
		return s.Principal != nil
	case slotIncome:
		return s.MonthlyIncome != nil
	case slotPrepay:
		return s.PrepayAmount != nil || s.PrepayMode == "full"
	case slotRate:
		return s.AnnualRatePct != nil
	case slotTerm:
		return s.TermMonths != nil
	case slotExtend:
		return s.ExtendMonths != nil
	case slotDueDay:
		return s.DueDay != nil
	case slotMethod:
		return s.Method != ""
	case slotBP:
		return s.LPRChangeBP != nil
	case askLoan:
		return s.LoanTail != ""
	}
	return false
}

// Slot names the assistant asks for (PROTOCOL.md slot names), and askLoan
// for "which of your loans".
const (
	slotPrincipal = "principal"
	slotIncome    = "monthly_income"
	slotPrepay    = "prepay_amount"
	slotRate      = "annual_rate_pct"
	slotTerm      = "term_months"
	slotExtend    = "extend_months"
	slotDueDay    = "due_day"
	slotMethod    = "method"
	slotBP        = "lpr_change_bp"
	askLoan       = "loan"
)

// loadState reads a conversation's state; anything unreadable or from another
// version starts afresh rather than failing the turn.
func loadState(raw []byte) state {
	var st state
	if len(raw) == 0 || json.Unmarshal(raw, &st) != nil || st.V != stateVersion {
		return state{V: stateVersion}
	}
	return st
}

func (st state) encode() []byte {
	st.V = stateVersion
	b, err := json.Marshal(st)
	if err != nil { // cannot happen: plain fields only
		return nil
	}
	return b
}

// clearPending forgets the waiting question but keeps the script and the misses count.
func (st *state) clearPending() {
	st.Pending, st.Asked, st.Personal, st.Product, st.Slots = "", "", false, "", slots{}
}

// reread moves a bare answer to the slot that was asked for: "10万" after
// "how much will you prepay?" is read by the NLU as a principal, "1年" after
// "extend by how long?" as a term.
func (s *slots) reread(asked string) {
	switch asked {
	case slotPrepay:
		if s.PrepayAmount == nil && s.Principal != nil {
			s.PrepayAmount, s.Principal = s.Principal, nil
		}
	case slotIncome:
		if s.MonthlyIncome == nil && s.Principal != nil {
			s.MonthlyIncome, s.Principal = s.Principal, nil
		}
	case slotExtend:
		if s.ExtendMonths == nil && s.TermMonths != nil {
			s.ExtendMonths, s.TermMonths = s.TermMonths, nil
		}
	case slotPrincipal:
		if s.Principal == nil && s.PrepayAmount != nil {
			s.Principal, s.PrepayAmount = s.PrepayAmount, nil
		}
	}
}

// numberRun finds a run of characters an amount is written with ("100万",
// "1,000,000", "2萬5", "800k", "一百二十万").
var numberRun = regexp.MustCompile(`(?i)[0-9０-９][0-9０-９,，.]*\s*(万|萬|w|k|m|千|亿|億)?[0-9一二两兩三四五六七八九]?|[零〇一二两兩三四五六七八九十百千万萬亿億壹贰叁肆伍陆柒捌玖拾佰仟点點]+`)

// tailRe finds the four digits a loan is named by ("6688").
var tailRe = regexp.MustCompile(`[0-9]{4}`)

var (
	principalRe = regexp.MustCompile(`等额本金|等額本金|equal principal`)
	installRe   = regexp.MustCompile(`等额本息|等額本息|equal (monthly )?install?ments?|annuity`)
	interestRe  = regexp.MustCompile(`先息后本|先息後本|interest[- ]only`)
)

// fillAsked reads a bare answer to the slot that was asked ("20年", "100万",
// "3.5%", "等额本金"), which the NLU leaves unfilled in a message without a
// question of its own.
func fillAsked(asked, text string, s *slots) {
	if s.has(asked) {
		return
	}
	switch asked {
	case slotPrincipal, slotIncome, slotPrepay:
		for _, run := range numberRun.FindAllString(text, -1) {
			if d, ok := nlu.ParseNumber(run); ok && d.IsPositive() {
				switch asked {
				case slotPrincipal:
					s.Principal = &d
				case slotIncome:
					s.MonthlyIncome = &d
				default:
					s.PrepayAmount = &d
				}
				return
			}
		}
	case slotTerm, slotExtend:
		if n, ok := nlu.ParseTermMonths(text); ok {
			if asked == slotTerm {
				s.TermMonths = &n
			} else {
				s.ExtendMonths = &n
			}
		}
	case slotRate:
		if d, ok := nlu.ParseRatePct(text); ok {
			s.AnnualRatePct = &d
		}
	case slotBP:
		if n, ok := nlu.ParseBasisPoints(text); ok {
			s.LPRChangeBP = &n
		}
	case slotDueDay:
		if n, ok := nlu.ParseDueDay(text); ok {
			s.DueDay = &n
		}
	case askLoan:
		s.LoanTail = tailRe.FindString(text)
	case slotMethod:
		low := strings.ToLower(text)
		switch {
		case principalRe.MatchString(low):
			s.Method = string(loan.EqualPrincipal)
		case installRe.MatchString(low):
			s.Method = string(loan.EqualInstallment)
		case interestRe.MatchString(low):
			s.Method = string(loan.InterestOnly)
		}
	}
}
