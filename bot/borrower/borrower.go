// Package borrower is the deterministic borrower assistant: it answers a
// customer's turn from the NLU's reading of it, fills missing slots over
// several turns, runs the knowledge/ calculators and phrases their cards in
// the customer's script. Every figure in a reply's text is taken from one of
// its cards.
package borrower

import (
	"cmp"
	"context"
	"regexp"
	"strings"

	"github.com/loandesk/loandesk/bot/nlu"
	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/lpr"
)

// turn is one Respond call's working set.
type turn struct {
	a    *Assistant
	ctx  context.Context
	t    dialog.Turn
	an   nlu.Analysis
	st   *state
	lang string
	sl   slots // the slots of this question: pending ones merged with this message's

	hist *lpr.History // read once a turn, when needed
	own  *ownLoans    // the caller's loans, read once a turn

	person *dialog.HandoffRequest // a person is asked for after the replies
}

// askPerson asks the core for a seat after this turn's replies.
func (tr *turn) askPerson(reason, skill, priority string) {
	tr.person = &dialog.HandoffRequest{Reason: reason, Skill: skill, Priority: priority}
}

// Respond answers one customer message. It returns ctx's error when ctx ends
// first; a failing book is answered with an apology, not an error.
func (a *Assistant) Respond(ctx context.Context, t dialog.Turn) (dialog.Response, error) {
	if err := ctx.Err(); err != nil {
		return dialog.Response{}, err
	}
	an, ok := t.Analysis.Detail.(nlu.Analysis)
	if !ok {
		if p, isPtr := t.Analysis.Detail.(*nlu.Analysis); isPtr && p != nil {
			an = *p
		} else {
			an = a.d.Analyzer.Analyze(t.Message.Text)
		}
	}
	st := loadState(t.Conversation.State)
	tr := &turn{a: a, ctx: ctx, t: t, an: an, st: &st}
	tr.lang = a.replyLang(t, an, st)
	st.Lang = tr.lang

	msgs, end := tr.answer()
	if err := ctx.Err(); err != nil {
		return dialog.Response{}, err
	}
	resp := dialog.Response{State: st.encode(), End: end && st.Pending == "", Handoff: tr.person}
	for _, m := range msgs {
		resp.Replies = append(resp.Replies, a.reply.Render(tr.lang, m))
	}
	return resp, nil
}

// replyLang picks the script to answer in: the message's own, unless the
// message cannot tell (a chosen quick reply, "20年") and the conversation
// already has one.
func (a *Assistant) replyLang(t dialog.Turn, an nlu.Analysis, st state) string {
	lang := cmp.Or(an.Lang, t.Analysis.Lang, t.Conversation.Lang, st.Lang, reply.Hans)
	switch lang {
	case reply.Hans, reply.Hant, reply.En:
	default:
		lang = reply.Hans
	}
	if st.Lang == "" {
		return lang
	}
	if t.Message.Action != "" {
		return st.Lang
	}
	if st.Lang == reply.Hant && lang == reply.Hans && a.neutral(t.Message.Text) {
		return reply.Hant
	}
	return lang
}

// Intents (PROTOCOL.md).
const (
	intentGreeting  = "greeting"
	intentThanks    = "thanks"
	intentGoodbye   = "goodbye"
	intentQuota     = "quota_trial"
	intentSchedule  = "repayment_schedule"
	intentStatus    = "loan_status"
	intentPrepay    = "prepayment"
	intentExtend    = "term_extension"
	intentMethod    = "method_change"
	intentDueDay    = "due_date_change"
	intentLPR       = "lpr_impact"
	intentHardship  = "hardship"
	intentComplaint = "complaint"
	intentHuman     = "human_handoff"
	intentFAQ       = "faq"
	intentUnknown   = "unknown"
)

// answer routes the turn. end reports a goodbye.
func (tr *turn) answer() (msgs []reply.Msg, end bool) {
	intent := tr.an.Intent
	st := tr.st
	cur := fromNLU(tr.an.Slots)
	if st.Pending != "" {
		cur.reread(st.Asked)
		fillAsked(st.Asked, tr.t.Message.Text, &cur)
	}
	if intent == intentUnknown && cur == (slots{}) {
		st.Misses++
	} else {
		st.Misses = 0
	}

	if st.Pending != "" && tr.continues(intent, cur) {
		intent = st.Pending
		st.Slots.merge(cur)
		tr.sl = st.Slots
	} else {
		st.clearPending()
		tr.sl = cur
	}

	if tr.flagged("self_harm") || selfHarmRe.MatchString(tr.an.Norm) || selfHarmRe.MatchString(strings.ToLower(tr.t.Message.Text)) {
		st.clearPending()
		if intent != intentHuman {
			intent = intentHardship
		}
		tr.askPerson(dialog.ReasonSelfHarm, dialog.SkillHardship, dialog.PriorityCritical)
		return []reply.Msg{tr.safety(intent)}, false
	}
	var out []reply.Msg
	if tr.flagged("fraud_risk") || fraudRe.MatchString(tr.an.Norm) || fraudRe.MatchString(strings.ToLower(tr.t.Message.Text)) {
		w := fraudWarning()
		switch intent {
		case intentUnknown, intentFAQ, intentHuman:
			// Nothing else was asked: the warning stands, and a person follows up.
			w.Intent = intentHuman
			st.clearPending()
			h := tr.handoff(intentHuman)
			h.Zh = "为了您的资金安全，" + strings.TrimPrefix(h.Zh, "好的，")
			h.En = "For the safety of your money, " + strings.TrimPrefix(h.En, "Of course — ")
			tr.askPerson(dialog.ReasonFraud, dialog.SkillGeneral, dialog.PriorityCritical)
			return append(out, w, h), false
		}
		w.Intent = intent
		out = append(out, w)
		tr.askPerson(dialog.ReasonFraud, dialog.SkillGeneral, dialog.PriorityCritical)
	}

	// A customer who tells us of hardship while asking something else gets
	// the hardship options first (DOMAIN.md §5), then the answer; one who
	// threatens to take it further gets a person.
	hard := tr.hardshipFlag() != nil
	switch intent {
	case intentUnknown, intentFAQ, intentGreeting, intentThanks:
		if hard {
			intent = intentHardship
		}
	case intentHardship, intentComplaint, intentHuman, intentGoodbye:
	default:
		if hard {
			out = append(out, tr.hardship())
		}
	}
	if intent != intentHuman && (tr.flagged("legal_threat") || tr.flagged("complaint_escalation")) {
		intent = intentComplaint
	}
	// The FAQ already explains how to update contact details.
	if tr.flagged("contact_change") && intent != intentFAQ {
		if intent == intentUnknown {
			return append(out, tr.contactChange()), false
		}
		defer func() { msgs = append(msgs, tr.contactChange()) }()
	}

	switch intent {
	case intentGreeting:
		out = append(out, tr.greeting())
	case intentThanks:
		out = append(out, tr.thanks())
	case intentGoodbye:
		out = append(out, tr.goodbye())
		return out, true
	case intentQuota, intentSchedule, intentStatus, intentPrepay, intentExtend,
		intentMethod, intentDueDay, intentLPR:
		out = append(out, tr.loanQuestion(intent))
	case intentHardship:
		out = append(out, tr.hardship())
	case intentComplaint:
		out = append(out, tr.handoff(intent))
		tr.askPerson(dialog.ReasonComplaint, dialog.SkillComplaints, dialog.PriorityNormal)
	case intentHuman:
		out = append(out, tr.handoff(intent))
		tr.askPerson(dialog.ReasonRequested, tr.skillAsked(), dialog.PriorityNormal)
	case intentFAQ:
		out = append(out, tr.faq())
	default:
		out = append(out, tr.unknown())
		if st.Misses >= 2 {
			tr.askPerson(dialog.ReasonNotUnderstood, dialog.SkillGeneral, dialog.PriorityNormal)
		}
	}
	return out, false
}

// continues reports whether a message answers the pending question rather
// than asking a new one: it names the pending intent, says nothing the NLU
// recognises as a question, or fills the slot that was asked for.
func (tr *turn) continues(intent string, cur slots) bool {
	st := tr.st
	switch intent {
	case st.Pending:
		return true
	case intentUnknown:
		// Something unreadable gets the question again, once.
		return cur != (slots{}) || st.Misses < 2
	case intentHardship, intentComplaint, intentHuman, intentGoodbye, intentThanks, intentGreeting:
		return false
	}
	// Another question that happens to carry the asked slot ("提前还10万" after
	// "how much?") answers this one; an FAQ-looking "贷款100万" does too.
	return cur.has(st.Asked)
}

// loanQuestion answers the calculator and own-loan intents, asking for what is missing.
func (tr *turn) loanQuestion(intent string) reply.Msg {
	st := tr.st
	personal := st.Pending == intent && st.Personal
	if st.Pending != intent {
		personal = tr.aboutOwnLoan(intent)
	}
	if personal {
		return tr.ownLoan(intent)
	}
	return tr.calculate(intent)
}

// ask records the pending question and returns the question to the customer.
func (tr *turn) ask(intent, slot string, personal bool, m reply.Msg) reply.Msg {
	tr.st.Pending, tr.st.Asked, tr.st.Personal = intent, slot, personal
	tr.st.Slots = tr.sl
	m.Intent = intent
	return m
}

// done clears the pending question once it is answered.
func (tr *turn) done(m reply.Msg) reply.Msg {
	tr.st.clearPending()
	return m
}

// ownLoanRe finds a customer speaking of a loan they hold, on normalised text.
var ownLoanRe = regexp.MustCompile(`我的|我(家|这|那)?(笔|个)?(房贷|贷款|车贷|经营贷|消费贷|月供|借款)|我(下|这|上)个?月|我.*(还有|还剩|剩下|尾号)|尾号|\bmy\b|\bmine\b`)

// aboutOwnLoan decides whether a question is about the customer's own loan
// or a calculation on figures they give. Loan status always is; figures to
// calculate with make it a calculation; the adjustment questions (prepay,
// extend, switch, due day, LPR) are about a borrower's own loan whenever they
// hold one.
func (tr *turn) aboutOwnLoan(intent string) bool {
	switch intent {
	case intentStatus:
		return true
	case intentQuota:
		return false
	}
	if tr.sl.Principal != nil {
		return false
	}
	if tr.sl.LoanTail != "" || ownLoanRe.MatchString(tr.an.Norm) || ownLoanRe.MatchString(strings.ToLower(tr.t.Message.Text)) {
		return true
	}
	if intent == intentSchedule || tr.t.Principal.Role != dialog.RoleBorrower {
		return false
	}
	accts, err := tr.accounts()
	return err != nil || len(accts) > 0
}
