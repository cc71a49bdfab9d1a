// Package loan is LoanDesk's exact loan arithmetic: payments, repayment
// schedules and the previews of changes to a loan (prepayment, extension,
// method switch, due-day change), all under the bank's convention in
// DOMAIN.md §1–§2.
//
// Every figure is a decimal: the monthly rate is kept at money.Precision
// places, and money is rounded half-up to the fen only at the points the
// convention names (the installment, each period's interest, the per-period
// principal of equal-principal loans). Functions are pure; invalid input is
// reported as a *FieldError naming the request field, so the HTTP layer can
// answer 400 invalid_<field>.
package loan
