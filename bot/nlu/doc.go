// Package nlu is the borrower assistant's understanding of text: it
// normalises a message (width, script, case, spaces), detects its language,
// reads the numbers in it in every form borrowers write them, decides one of
// the protocol's intents by ordered, named rules and fills the protocol's
// slots. It is deterministic and explainable: every Analysis says in Why
// which rule and which cue decided.
//
// Decisions worth knowing:
//   - Work is bounded: only the first MaxRunes (2,000) runes are read and at
//     most 32 numbers are considered, so the longest message, hostile ones
//     included, takes well under a millisecond; typical messages take tens
//     of µs. Every cue is found in one pass over the message (cueindex.go)
//     and Traditional script is converted from tables read out of opencc's
//     dictionaries (t2s.go); tests hold both to the plain versions.
//   - Language: no Han character → en; more Latin words than Han characters
//     → en; otherwise zh-Hant when one character is distinctly Traditional
//     (changed by opencc t2s and not also ordinary Simplified, like 乾 or 著),
//     else zh-Hans.
//   - Intent rules run in a fixed order: self-harm → hardship; fraud in
//     progress (安全账户, 验证码, impersonation) → human_handoff; an explicit,
//     un-negated ask for a person; complaints; the borrower's own hardship
//     (negated, third-party and hypothetical statements do not count);
//     intermediary offers (包装流水, 中介) and policy questions (fees,
//     documents, definitions, consequences, contact changes) → faq; then the
//     services (method, due date, prepayment, LPR, extension, quota, status,
//     schedule); bare loan figures → repayment_schedule; mild pressure →
//     hardship; the social turns (goodbye before thanks before greeting);
//     anything about loans → faq; else unknown.
//   - Slots are filled only for the intent's own request (a hardship message
//     has no term even if it says 两期) and only when the text states them;
//     which amount is income, debt, prepayment or principal is decided by the
//     nearest telling word before it (or a close one after it, "3,000 in
//     other repayments"). Annual income is divided by 12 and rounded to
//     cents. For method_change the slot is the target method (the other one
//     when only the current method is named).
//   - 厘 is read only with its basis: 年息3厘 = 3%, 月息3厘 = 0.3%/month =
//     3.6%/year, 日息 per day ×365; a bare "3厘5" fills nothing. Monthly and
//     daily percentages are annualised the same way (simple, ×12 / ×365).
//   - LPR moves take their sign from a direction word (下调/降/cut → negative,
//     上调/涨/rise → positive); a move with no direction fills nothing.
//   - The loan tail (尾号6688) is kept in Slots.LoanTail but is not a protocol
//     slot, so Slots.Map leaves it out.
package nlu
