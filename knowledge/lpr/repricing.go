package lpr

import (
	"fmt"
	"time"

	"github.com/loandesk/loandesk/knowledge/loan"
)

// Repricing rules of a floating loan (DOMAIN.md §3, configurable per loan).
const (
	RuleJan1        = "jan1" // January 1 each year; the default
	RuleAnniversary = "anniversary"
	RuleEvery3M     = "every_3m"
	RuleEvery6M     = "every_6m"
	RuleEvery12M    = "every_12m"
)

// Repricing is a loan's repricing rule; the empty Rule means RuleJan1.
type Repricing struct {
	Rule string
}

// Next is NextRepricingDate under r.
func (r Repricing) Next(startDate, after time.Time) time.Time {
	return NextRepricingDate(r.Rule, startDate, after)
}

// ValidRule reports an unknown rule as a FieldError on repricing_rule.
func ValidRule(rule string) error {
	if _, ok := ruleMonths(rule); !ok {
		return &loan.FieldError{Field: "repricing_rule", Msg: fmt.Sprintf("unknown rule %q", rule)}
	}
	return nil
}

// ruleMonths is the step of a rule counted from the start date, 0 for
// January 1 (counted from the calendar).
func ruleMonths(rule string) (int, bool) {
	switch rule {
	case "", RuleJan1:
		return 0, true
	case RuleAnniversary, RuleEvery12M:
		return 12, true
	case RuleEvery6M:
		return 6, true
	case RuleEvery3M:
		return 3, true
	}
	return 0, false
}

// NextRepricingDate is the first repricing date strictly after both after and
// the loan's start date. Dates counted from the start keep its day, clamped
// to month end (a loan started on Jan 31 reprices quarterly on Apr 30, Jul 31…);
// "anniversary" and "every_12m" are the same dates. An unknown rule is
// treated as the default, January 1; validate rules with ValidRule.
func NextRepricingDate(rule string, startDate, after time.Time) time.Time {
	start, from := dateOf(startDate), dateOf(after)
	if from.Before(start) {
		from = start
	}
	step, _ := ruleMonths(rule)
	if step == 0 {
		return time.Date(from.Year()+1, time.January, 1, 0, 0, 0, 0, time.UTC)
	}
	// Jump close to from, then step forward; at most a couple of iterations.
	months := (from.Year()-start.Year())*12 + int(from.Month()-start.Month())
	k := max(1, months/step)
	for {
		d := loan.DueDate(start, start.Day(), k*step)
		if d.After(from) {
			return d
		}
		k++
	}
}
