package copilot

import (
	"time"

	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/money"
)

// Card kinds of the copilot (PROTOCOL.md's Manager section, and note_search,
// customer_list added here). Money is a two-decimal string in yuan, rates
// are percent strings, dates YYYY-MM-DD, instants RFC 3339 in UTC.
const (
	KindBrief     = "customer_brief"
	KindLPR       = "portfolio_lpr_impact"
	KindRenewals  = "renewal_list"
	KindAlerts    = "alert_list"
	KindDraft     = "draft_message"
	KindNotes     = "note_search"
	KindCustomers = "customer_list"
)

// BriefCard (customer_brief) is what a manager reads before a call.
type BriefCard struct {
	Kind     string       `json:"kind"`
	AsOf     string       `json:"as_of"`
	Customer CustomerInfo `json:"customer"`
	// Tier is book.Tier's A/B/C/D; TierReason its English reason;
	// TierExplained the same facts in the manager's language.
	Tier          string    `json:"tier"`
	TierReason    string    `json:"tier_reason"`
	TierExplained string    `json:"tier_explained"`
	TierBasis     TierBasis `json:"tier_basis"`
	Loans         []LoanRow `json:"loans"`
	// RecentNotes are the latest contact notes (newest first, at most 5).
	RecentNotes []NoteRow `json:"recent_notes"`
	// Flags are the risk flags of the recent notes and of alerts whose
	// conversation has no note yet, newest first, one per conversation and code.
	Flags []FlagRow `json:"flags"`
	// OpenAlerts are the customer's unacknowledged alerts, oldest first.
	OpenAlerts    []AlertRow `json:"open_alerts"`
	TalkingPoints []string   `json:"talking_points"` // in the manager's language
}

// CustomerInfo is the customer in a brief; the phone is masked.
type CustomerInfo struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	NameEn  string `json:"name_en,omitempty"`
	Lang    string `json:"lang"`
	Segment string `json:"segment"`
	Phone   string `json:"phone"`
}

// TierBasis are the inputs book.Tier decided on.
type TierBasis struct {
	Balance        money.Amount `json:"balance"` // outstanding across the customer's loans
	OverduePeriods int          `json:"overdue_periods"`
	OpenHighFlags  int          `json:"open_high_flags"`
	MaxPaidPeriods int          `json:"max_paid_periods"`
}

// LoanRow is a loan as of today (book.Account.View).
type LoanRow struct {
	LoanID            string        `json:"loan_id"`
	Product           string        `json:"product"`
	RateType          string        `json:"rate_type"`
	AnnualRatePct     money.Percent `json:"annual_rate_pct"`
	LPRTerm           string        `json:"lpr_term,omitempty"`
	SpreadBP          *int          `json:"spread_bp,omitempty"`
	Balance           money.Amount  `json:"balance"`
	MonthlyPayment    money.Amount  `json:"monthly_payment"`
	NextDueDate       string        `json:"next_due_date"`
	RemainingMonths   int           `json:"remaining_months"`
	OverduePeriods    int           `json:"overdue_periods"`
	OverdueAmount     money.Amount  `json:"overdue_amount"`
	MaturityDate      string        `json:"maturity_date"`
	NextRepricingDate string        `json:"next_repricing_date,omitempty"`
	Status            string        `json:"status"`
}

// NoteRow is a contact note in short.
type NoteRow struct {
	NoteID         string    `json:"note_id"`
	ConversationID string    `json:"conversation_id"`
	EndedAt        time.Time `json:"ended_at"`
	Channel        string    `json:"channel"`
	Summary        string    `json:"summary"`
	Intents        []string  `json:"intents"`
	Flags          []string  `json:"flags"` // codes
}

// FlagRow is one risk flag with the customer's words.
type FlagRow struct {
	Code           string    `json:"code"`
	Severity       string    `json:"severity"`
	Evidence       string    `json:"evidence"`
	At             time.Time `json:"at"`
	ConversationID string    `json:"conversation_id"`
	NoteID         string    `json:"note_id,omitempty"`
	Source         string    `json:"source"` // note | alert
}

// AlertRow is a manager alert; N is its number in the list shown ("确认第N条").
type AlertRow struct {
	N            int       `json:"n,omitempty"`
	ID           string    `json:"id"`
	Kind         string    `json:"alert_kind"` // risk | callback
	CustomerID   string    `json:"customer_id"`
	CustomerName string    `json:"customer_name"`
	Code         string    `json:"code"`
	Severity     string    `json:"severity"`
	Evidence     string    `json:"evidence"`
	Action       string    `json:"action"`
	CreatedAt    time.Time `json:"created_at"`
	DueAt        time.Time `json:"due_at"`
	Status       string    `json:"status"`
	// Overdue: still open past DueAt (the 24-hour rule); OverdueHours how
	// long past, HoursLeft how long until (open ones only).
	Overdue        bool      `json:"overdue"`
	OverdueHours   int       `json:"overdue_hours,omitempty"`
	HoursLeft      int       `json:"hours_left,omitempty"`
	ConversationID string    `json:"conversation_id"`
	NoteID         string    `json:"note_id,omitempty"`
	AckedAt        time.Time `json:"acknowledged_at,omitzero"`
	AckedBy        string    `json:"acknowledged_by,omitempty"`
}

// AlertListCard (alert_list): the manager's alerts, oldest first.
type AlertListCard struct {
	Kind         string     `json:"kind"`
	AsOf         time.Time  `json:"as_of"`
	Status       string     `json:"status"`                // open, or "" for the rows of a list being worked through
	CustomerID   string     `json:"customer_id,omitempty"` // when asked about one customer
	DueHours     int        `json:"due_hours"`             // the contact rule: 24
	Alerts       []AlertRow `json:"alerts"`
	OverdueCount int        `json:"overdue_count"`
	OpenCount    int        `json:"open_count"`
}

// PortfolioCard (portfolio_lpr_impact): every floating loan of the
// manager's customers at its next repricing date, under the latest fixing
// or a what-if move of it.
type PortfolioCard struct {
	Kind     string `json:"kind"`
	AsOf     string `json:"as_of"`
	Scenario string `json:"scenario"`  // latest | what_if
	ChangeBP int    `json:"change_bp"` // the what-if move; 0 for latest
	// LPRDate and the two rates are the latest fixing; Applied* what the
	// repricing uses (the latest moved by ChangeBP).
	LPRDate            string        `json:"lpr_date"`
	OneYearPct         money.Percent `json:"one_year_pct"`
	FiveYearPct        money.Percent `json:"five_year_pct"`
	AppliedOneYearPct  money.Percent `json:"applied_one_year_pct"`
	AppliedFiveYearPct money.Percent `json:"applied_five_year_pct"`
	CustomerID         string        `json:"customer_id,omitempty"` // when asked about one customer
	Loans              []ImpactRow   `json:"loans"`
	TotalMonthlyChange money.Amount  `json:"total_monthly_change"`
	FixedLoans         int           `json:"fixed_loans"` // loans left out: fixed rate
	Skipped            []SkippedLoan `json:"skipped,omitempty"`
}

// ImpactRow is book.Account.RepricingImpact's lpr_impact card with the customer.
type ImpactRow struct {
	CustomerID          string        `json:"customer_id"`
	CustomerName        string        `json:"customer_name"`
	LoanID              string        `json:"loan_id"`
	Product             string        `json:"product"`
	Method              string        `json:"method"`
	LPRTerm             string        `json:"lpr_term"`
	SpreadBP            int           `json:"spread_bp"`
	RepricingDate       string        `json:"repricing_date"`
	Balance             money.Amount  `json:"balance"`          // scheduled, at the repricing date
	RemainingMonths     int           `json:"remaining_months"` // at the repricing date
	OldLPRPct           money.Percent `json:"old_lpr_pct"`
	NewLPRPct           money.Percent `json:"new_lpr_pct"`
	OldRatePct          money.Percent `json:"old_rate_pct"`
	NewRatePct          money.Percent `json:"new_rate_pct"`
	OldPayment          money.Amount  `json:"old_payment"`
	NewPayment          money.Amount  `json:"new_payment"`
	MonthlyChange       money.Amount  `json:"monthly_change"`
	TotalInterestChange money.Amount  `json:"total_interest_change"`
}

// SkippedLoan is a floating loan without an impact, and why.
type SkippedLoan struct {
	LoanID string `json:"loan_id"`
	Reason string `json:"reason"`
}

// RenewalCard (renewal_list): loans maturing between today and Until.
type RenewalCard struct {
	Kind         string       `json:"kind"`
	AsOf         string       `json:"as_of"`
	WindowMonths int          `json:"window_months,omitempty"`
	WindowDays   int          `json:"window_days,omitempty"`
	Until        string       `json:"until,omitempty"`       // empty: any date (one customer's loans)
	CustomerID   string       `json:"customer_id,omitempty"` // when asked about one customer
	Loans        []RenewalRow `json:"loans"`
	// NextOutside is the first loan maturing after Until, when none is inside.
	NextOutside *RenewalRow `json:"next_outside,omitempty"`
}

// RenewalRow is a loan coming to maturity.
type RenewalRow struct {
	CustomerID      string       `json:"customer_id"`
	CustomerName    string       `json:"customer_name"`
	LoanID          string       `json:"loan_id"`
	Product         string       `json:"product"`
	Balance         money.Amount `json:"balance"`
	MonthlyPayment  money.Amount `json:"monthly_payment"`
	RemainingMonths int          `json:"remaining_months"`
	MaturityDate    string       `json:"maturity_date"`
	DaysToMaturity  int          `json:"days_to_maturity"`
	OverduePeriods  int          `json:"overdue_periods"`
	Status          string       `json:"status"`
}

// DraftCard (draft_message): a message for the manager to send, in the
// customer's language, from a template with the customer's figures.
type DraftCard struct {
	Kind         string `json:"kind"`
	Template     string `json:"template"` // repayment_reminder | lpr_explanation | hardship_followup | renewal_offer
	CustomerID   string `json:"customer_id"`
	CustomerName string `json:"customer_name"`
	Lang         string `json:"lang"` // the customer's: zh-Hans | zh-Hant | en
	LoanID       string `json:"loan_id"`
	Text         string `json:"text"`
	// Figures are the values the text quotes, by name (next_payment, next_due_date, …).
	Figures map[string]string `json:"figures"`
}

// NoteSearchCard (note_search): notes (and alerts not yet in a note) that
// mention a risk flag or a phrase, newest first.
type NoteSearchCard struct {
	Kind      string      `json:"kind"`
	Query     string      `json:"query"`           // the phrase searched, or the flag words
	Flags     []string    `json:"flags,omitempty"` // flag codes searched
	SinceDays int         `json:"since_days,omitempty"`
	Matches   []NoteMatch `json:"matches"`
	Customers []string    `json:"customers"` // the names, in order of their newest match
}

// NoteMatch is one note or alert found.
type NoteMatch struct {
	Source         string    `json:"source"` // note | alert
	NoteID         string    `json:"note_id,omitempty"`
	AlertID        string    `json:"alert_id,omitempty"`
	ConversationID string    `json:"conversation_id"`
	CustomerID     string    `json:"customer_id"`
	CustomerName   string    `json:"customer_name"`
	At             time.Time `json:"at"`
	Channel        string    `json:"channel,omitempty"`
	Summary        string    `json:"summary,omitempty"`
	Flags          []FlagRow `json:"flags"`
}

// CustomerListCard (customer_list): the manager's book with tiers.
type CustomerListCard struct {
	Kind      string         `json:"kind"`
	AsOf      string         `json:"as_of"`
	Customers []CustomerRow  `json:"customers"`
	Tiers     map[string]int `json:"tiers"` // count per tier
}

// CustomerRow is one customer with their tier.
type CustomerRow struct {
	CustomerID     string       `json:"customer_id"`
	Name           string       `json:"name"`
	NameEn         string       `json:"name_en,omitempty"`
	Tier           string       `json:"tier"`
	TierReason     string       `json:"tier_reason"`
	Loans          int          `json:"loans"`
	Balance        money.Amount `json:"balance"`
	OverduePeriods int          `json:"overdue_periods"`
	OpenAlerts     int          `json:"open_alerts"`
}

// card marshals a card. The card types above hold strings, numbers, times
// and decimals only, so marshalling cannot fail.
func card(v any) dialog.Card {
	c, _ := dialog.NewCard(v)
	return c
}
