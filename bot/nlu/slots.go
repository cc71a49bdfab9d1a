package nlu

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Slots are the values a message states, under PROTOCOL.md's slot names.
// A nil pointer or empty string means the message did not state it.
type Slots struct {
	Principal, MonthlyIncome, MonthlyDebt, PrepayAmount *decimal.Decimal
	AnnualRatePct                                       *decimal.Decimal
	TermMonths, ExtendMonths, DueDay, LPRChangeBP       *int
	Method, PrepayMode                                  string
	// LoanTail is the loan or account tail the customer named ("6688" in
	// 尾号6688). It is for looking the loan up and is not a protocol slot, so
	// Map leaves it out.
	LoanTail string
}

// Repayment methods and prepayment modes as the protocol spells them.
const (
	MethodEqualInstallment = "equal_installment"
	MethodEqualPrincipal   = "equal_principal"
	MethodInterestOnly     = "interest_only"
	ModeReducePayment      = "reduce_payment"
	ModeShortenTerm        = "shorten_term"
	ModeFull               = "full"
)

// Map returns the set slots under their protocol names with JSON-ready
// values: amounts and rates as decimal strings ("300000", "3.5"), counts as
// ints.
func (s Slots) Map() map[string]any {
	m := map[string]any{}
	dec := func(k string, d *decimal.Decimal) {
		if d != nil {
			m[k] = d.String()
		}
	}
	num := func(k string, n *int) {
		if n != nil {
			m[k] = *n
		}
	}
	str := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	dec("principal", s.Principal)
	dec("monthly_income", s.MonthlyIncome)
	dec("monthly_debt", s.MonthlyDebt)
	dec("prepay_amount", s.PrepayAmount)
	dec("annual_rate_pct", s.AnnualRatePct)
	num("term_months", s.TermMonths)
	num("extend_months", s.ExtendMonths)
	num("due_day", s.DueDay)
	num("lpr_change_bp", s.LPRChangeBP)
	str("method", s.Method)
	str("prepay_mode", s.PrepayMode)
	return m
}

// slotSet says which slots an intent may carry. A number is only a slot of
// the request the message makes: "逾期两期" in a hardship message is not a
// term, "收费5000" in a question about an intermediary is not a principal.
type slotSet struct {
	principal, income, debt, prepay, rate, term, extend, day, bp, method, mode bool
}

var intentSlots = map[string]slotSet{
	IntentQuotaTrial:        {principal: true, income: true, debt: true, rate: true, term: true},
	IntentRepaymentSchedule: {principal: true, rate: true, term: true, method: true},
	IntentPrepayment:        {principal: true, prepay: true, rate: true, term: true, method: true, mode: true},
	IntentTermExtension:     {term: true, extend: true},
	IntentMethodChange:      {principal: true, rate: true, term: true, method: true},
	IntentDueDateChange:     {day: true},
	IntentLPRImpact:         {principal: true, rate: true, term: true, bp: true},
	IntentLoanStatus:        {principal: true}, // 我那笔50万的装修贷还欠多少
}

// Context cues that tell which amount is which. Each list is matched
// against the text right before the number (nearest cue wins), except the
// "after" lists which must follow it closely.
var (
	cueIncomeAnnual   = []string{"年纯收入", "年净收入", "一年纯收入", "一年净收入", "一年税前", "一年税后", "一年到手", "一年收入有", "年薪", "年收入", "年入", "一年收入", "一年挣", "一年赚", "年工资", "annual income", "annual salary", "yearly income", "income per year", "annual package", "yearly package", "annual pay", "yearly salary"}
	cueIncome         = []string{"净袋", "净落袋", "袋落袋", "落袋", "月薪", "月收入", "月入", "收入", "工资", "薪水", "薪资", "税后", "到手", "能拿", "拿到手", "每月拿", "月拿", "一个月拿", "挣", "赚", "income", "salary", "earn", "earning", "earnings", "make", "making", "take home", "take-home", "paid", "salary of", "income of", "paycheck", "wage", "wages", "人工", "粮", "月粮", "退休金", "养老金", "退休工资", "长俸", "纯收入", "净收入", "pension", "i'm on", "i am on", "we're on", "package", "揾", "月揾", "my pay", "pay is", "pay of", "进账", "进项", "draw", "i draw", "pay myself"}
	cueDebt           = []string{"有车贷", "有房贷", "车贷一个月", "车贷每个月", "房贷一个月", "房贷每个月", "一个月还", "每月供", "房贷要还", "房贷每月", "车贷每月", "车贷还", "房贷还", "每月房贷", "每月车贷", "还车贷", "还房贷", "还信用卡", "还网贷", "还贷款", "还花呗", "供车", "供楼", "信用卡", "月供", "要还", "每月还", "每个月还", "还款", "负债", "其他贷款", "别的贷款", "花呗", "借呗", "网贷", "debt", "debts", "repayments", "repayment", "car loan", "credit card", "other loans", "existing loan", "obligations", "pay back", "i pay", "i'm paying", "i am paying", "already pay", "already paying", "paying", "供紧", "供紧车", "供紧楼", "要供", "repay", "already repay", "i repay", "instalments", "installments", "emi", "emis", "每月还有", "每个月还有", "每月还要", "每个月还要", "月付", "车贷月付", "房贷月付", "月还", "现有贷款", "现在的贷款"}
	cueDebtAfter      = []string{"/mo on", "/mo for", "/mo in", "/month on", "/month for", "in loan", "in monthly", "car payment", "car loan payment", "mortgage payment", "credit card payment", "loan payment", "on a van", "on my van", "on a truck", "on my truck", "on a motorbike", "on a student loan", "on a personal loan", "for my car", "for my credit", "for my mortgage", "on my car", "on my credit", "on my mortgage", "on another", "on other", "on a car", "on my other", "on loans", "for another", "for other", "towards", "in other", "other repayments", "of other", "in repayments", "in debt", "of debt", "debt", "a month on", "a month for", "a month in", "per month on", "per month for", "monthly on", "monthly for", "的其他贷款", "的房贷", "的车贷", "的负债", "的月供", "房贷要还", "车贷要还", "贷款要还", "already going to", "already going toward", "already goes to", "going to a", "going to my", "goes to a", "goes to my", "going toward", "going towards", "goes toward", "goes towards", "toward", "toward a", "toward my"}
	cueIncomeAfter    = []string{"coming in", "monthly salary", "monthly income", "salary", "income", "take-home", "take home", "after tax", "的工资", "的月薪", "的收入", "的薪水", "工资", "月薪"}
	cuePrincipalAfter = []string{"mortgage", "loan", "home loan", "car loan", "的贷款", "的房贷", "的消费贷", "的经营贷", "的车贷", "的信贷", "贷款", "房贷", "消费贷", "经营贷", "consumer loan", "personal loan", "business loan", "renovation loan"}
	perMonthAfter     = []string{"a month", "per month", "monthly", "/month", "/mo", "every month", "each month", "一个月", "每月", "每个月", "in total each month", "in total a month", "in total per month", "total each month", "a month in total", "each month in total"}
	cuePrepay         = []string{"pay part of", "part of my mortgage early", "part of the loan early", "提前还款", "提前还", "提前还贷", "提前偿还", "提前归还", "还掉", "先还", "多还", "部分还款", "还一部分", "prepay", "prepayment", "pay off", "pay back", "pay down", "repay", "paying off", "put", "提早还", "提早", "clear", "redeem", "提前清偿", "清偿", "sold my", "sold the", "卖了", "卖掉", "卖咗", "拿去冲", "冲房贷", "冲贷款", "拿来冲", "用来冲", "chuck", "throw", "lump-sum payment of", "lump sum of", "lump-sum", "手上有", "手头有", "手里有", "手上多了", "手里多了", "手头多了", "攒了", "存了", "闲钱", "lump sum"}
	cuePrincipal      = []string{"still owe", "i owe", "we owe", "outstanding is", "outstanding of", "贷款", "借款", "借", "贷", "本金", "总额", "余额", "还剩", "剩余", "剩下", "房贷", "loan", "borrow", "borrowing", "mortgage", "principal", "balance", "for", "周转", "还差", "还欠", "仲欠", "尚欠"}
	annualBefore      = []string{"一年", "每年", "全年", "年收入", "年薪", "annual", "yearly", "a year", "per year"} // 一年一共挣30万
	annualAfter       = []string{"a year", "per year", "per annum", "annually", "yearly", "每年", "一年"}
)

// extractSlots fills the slots the intent may carry from the mentions.
func extractSlots(rs []rune, t *text, intent string, ms []mention) Slots {
	var s Slots
	allow := intentSlots[intent]
	ms = ownFigures(t, ms)
	if tail := loanTail(rs, ms); tail != "" {
		s.LoanTail = tail
	}
	if allow.principal || allow.income || allow.debt || allow.prepay {
		assignAmounts(t, intent, allow, ms, &s)
	}
	if allow.rate {
		if intent == IntentLPRImpact {
			s.AnnualRatePct = statedRate(t, ms)
		} else {
			s.AnnualRatePct = rateNow(t, intent, ms)
		}
	}
	if allow.term || allow.extend {
		assignTerms(t, intent, allow, ms, &s)
	}
	if allow.day {
		s.DueDay = findDueDay(rs, ms)
	}
	if allow.bp {
		s.LPRChangeBP = findBP(rs, ms)
	}
	if allow.method {
		if intent == IntentMethodChange {
			s.Method = targetMethod(t)
		} else {
			s.Method = onlyMethod(t, methodHits(t))
		}
	}
	if allow.mode {
		s.PrepayMode = prepayMode(t)
	}
	if s.PrepayMode == ModeFull && s.PrepayAmount != nil && s.Principal != nil && s.PrepayAmount.Equal(*s.Principal) {
		s.PrepayAmount = nil // 还剩4.2万本金…把这4.2万一次性结清: the balance, named twice
	}
	return s
}

// amountRole names the slot an amount fills.
type amountRole int

const (
	roleNone amountRole = iota
	rolePrincipal
	roleIncome
	roleIncomeAnnual
	roleDebt
	rolePrepay
	rolePrepayNamed // the sum to prepay, named by what follows it: beats any other
	rolePrice       // what something costs: no slot
)

// isAmount reports whether m can be a sum of money: written with a
// magnitude or currency, or a bare whole number of at least 100 (a rate or
// a count is smaller).
func isAmount(m mention) bool {
	switch m.kind {
	case kindMoney:
		return true
	case kindPlain:
		return m.val.IsInteger() && m.val.GreaterThanOrEqual(d100)
	}
	return false
}

func assignAmounts(t *text, intent string, allow slotSet, ms []mention, s *Slots) {
	// A figure told as then (2012年刚毕业的时候月薪才3500, "back in 2015 I
	// was earning about 9,000") gives way to a later one of the same kind
	// told as now.
	var then map[**decimal.Decimal]bool
	past := false
	set := func(p **decimal.Decimal, v decimal.Decimal) bool {
		if *p != nil && !(then[p] && !past) {
			return false
		}
		v = v.Round(2)
		*p = &v
		if past {
			if then == nil {
				then = make(map[**decimal.Decimal]bool)
			}
			then[p] = true
		} else {
			delete(then, p)
		}
		return true
	}
	var (
		unassigned  []mention
		principalAt mention // the amount taken as the principal
		amounts     int
	)
	ownPay := allow.income && slices.ContainsFunc(ms, func(m mention) bool {
		return isAmount(m) && isIncome(amountRoleOf(t, m)) && !partnersFigure(t, m)
	})
	for _, m := range ms {
		if !isAmount(m) || isTailMention(t.rs, m) {
			continue
		}
		role := amountRoleOf(t, m)
		if role == rolePrice || wasBefore(t.rs, m) {
			continue // (月薪从八千涨到1.2万: the pay is 1.2万)
		}
		if ownPay && isIncome(role) && partnersFigure(t, m) {
			continue // 他月薪一万二…我月收入9500: the borrower's own pay, told beside the partner's
		}
		if (role == roleIncome || role == roleIncomeAnnual || role == roleDebt) && hasSuffixAny(strings.TrimRight(before(t.rs, m.start, 6), " 还又"), cueDelta) {
			continue // 反而涨了两千，现在月入1.8万: the rise, not the pay
		}
		if intent == IntentPrepayment && (role == roleNone || role == rolePrepay) && hasSuffixAny(strings.TrimRight(before(t.rs, m.start, 6), " "), cueGathered) {
			role = rolePrepayNamed // 年终奖十八万，加上存款凑了30万，想提前还: the sum gathered
		}
		past = toldThen(t, int(t.offs[m.start]))
		if past && role == rolePrincipal && onLoanNow[intent] {
			amounts++
			continue // 房贷是2020年办的，当时贷了50万…想改成等额本金: what it was, not what is owed
		}
		if perMonth := monthlyNear(t.rs, m); perMonth && role == rolePrincipal && intent == IntentQuotaTrial && s.MonthlyIncome != nil && has(before(t.rs, m.start, 30), cueLoanNoun) {
			role = roleDebt // 另外每月还要还一笔房贷4200: another loan's payment
		} else if perMonth && (role == rolePrincipal || role == rolePrepay || role == roleNone || role == roleDebt && !allow.debt) && intent != IntentQuotaTrial {
			continue // 现在每个月还5800: today's payment, not a loan's size or a sum to prepay
		}
		ok := false
		switch role {
		case roleIncome:
			ok = allow.income && set(&s.MonthlyIncome, m.val)
		case roleIncomeAnnual:
			ok = allow.income && set(&s.MonthlyIncome, m.val.Div(d12))
		case roleDebt:
			ok = allow.debt && set(&s.MonthlyDebt, m.val)
		case rolePrepay:
			ok = allow.prepay && set(&s.PrepayAmount, m.val)
		case rolePrepayNamed:
			if allow.prepay {
				s.PrepayAmount = nil
				ok = set(&s.PrepayAmount, m.val)
			}
		case rolePrincipal:
			ok = allow.principal && set(&s.Principal, m.val)
			if !ok && s.Principal != nil && intent == IntentPrepayment && allow.prepay {
				ok = set(&s.PrepayAmount, m.val) // 房贷还剩八十万，手上有三十万闲着…拿去提前还: the second sum
			}
		}
		allowed := role == roleIncome && allow.income || role == roleIncomeAnnual && allow.income ||
			role == roleDebt && allow.debt || (role == rolePrepay || role == rolePrepayNamed) && allow.prepay || role == rolePrincipal && allow.principal
		if !ok && !allowed {
			unassigned = append(unassigned, m)
		}
		if ok && role == rolePrincipal {
			principalAt = m
		}
		amounts++
	}
	past = false
	switch {
	case intent == IntentQuotaTrial && s.Principal != nil && saidPerMonth(t.rs, principalAt):
		// said per month, it is pay ("how much could I borrow on 18k a
		// month") or, when pay is known, a debt ("a student loan at 1,800
		// a month")
		if s.MonthlyIncome == nil {
			s.MonthlyIncome, s.Principal = s.Principal, nil
		} else if s.MonthlyDebt == nil {
			s.MonthlyDebt, s.Principal = s.Principal, nil
		}
	case intent == IntentPrepayment && amounts == 1 && s.PrepayAmount == nil && s.Principal != nil && t.hasIn(0, int(t.offs[principalAt.start]), cuePrepay):
		// 还掉一部分房贷，30万; 拟提前偿还部分本金两万元: the one amount after
		// the prepayment is what is prepaid
		s.PrepayAmount, s.Principal = s.Principal, nil
	}
	// An amount with no telling word is the principal of a schedule, the
	// prepaid sum of a prepayment ("提前还20万…") and, said per month, the
	// income of a quota trial ("15k a month, no other debts").
	for _, m := range unassigned {
		switch intent {
		case IntentRepaymentSchedule:
			set(&s.Principal, m.val)
		case IntentPrepayment:
			set(&s.PrepayAmount, m.val)
		case IntentQuotaTrial:
			if saidPerMonth(t.rs, m) {
				set(&s.MonthlyIncome, m.val) // 15k a month, 现在每月两万二
			} else if allow.principal && sumAsked(t.rs, m) {
				set(&s.Principal, m.val) // "Could I get RMB 1.2 million", "Is 150k doable"
			}
		case IntentLPRImpact, IntentLoanStatus, IntentMethodChange:
			if namesLoan(t.rs, m) || hasSuffixAny(strings.TrimRight(before(t.rs, m.start, 4), " "), cueLoanBefore) {
				set(&s.Principal, m.val) // 我100万的房贷, my 300,000 car loan
			}
		}
	}
}

func isIncome(r amountRole) bool { return r == roleIncome || r == roleIncomeAnnual }

// partnersFigure reports a figure whose clause last names the borrower's
// partner, or points back to someone, rather than the borrower (我老婆…一个
// 月6千, she's a doctor earning 40k); 我和老婆两人加起来 and "we" are the
// household's.
func partnersFigure(t *text, m mention) bool {
	i := int(t.offs[m.start])
	cs := t.clauseStart(i)
	c, pe := t.nearestEnd(cs, i, cuePartner)
	if c == "" || strings.HasSuffix(t.s[:pe-len(c)], "其") {
		return false // (其他: other, not him)
	}
	_, me := t.nearestEnd(cs, i, cueMe)
	return me < pe
}

// cuePartner names the borrower's partner or points back to someone named.
var cuePartner = []string{"老公", "老婆", "爱人", "媳妇", "太太", "丈夫", "妻子", "他", "她", "佢", "husband", "wife", "partner", "she", "she's", "he", "he's", "his", "her"}

// sumAsked reports whether a sum is the one asked for: "could I get RMB
// 1.2 million", "is 150k doable".
func sumAsked(rs []rune, m mention) bool {
	b := strings.TrimRight(before(rs, m.start, 20), " ")
	for _, c := range cueCurrencyWord {
		b = strings.TrimRight(strings.TrimSuffix(b, c), " ")
	}
	return hasSuffixAny(b, cueCanIGet) || hasPrefixAny(strings.TrimLeft(after(rs, m.end, 12), " "), cueDoable)
}

var (
	cueCurrencyWord = []string{"rmb", "cny", "yuan", "a", "an"}
	cueDoable       = []string{"doable", "possible", "feasible", "realistic"}
)

// cueGathered right before a sum makes it the total gathered from the
// sums told before it.
var cueGathered = []string{"凑了", "凑够", "凑齐", "凑到", "凑出", "一共凑了", "总共凑了", "加起来有", "加起来共", "一共有", "总共有", "in total", "altogether"}

// cueDelta right before a sum makes it a change, not a level.
var cueDelta = []string{"涨了", "多了", "加了", "升了", "降了", "少了", "减了", "涨咗", "加咗", "多咗", "少咗", "减咗", "raised by", "went up by", "gone up by", "up by", "down by", "a raise of", "a rise of", "pay rise of", "increase of"}

// onLoanNow are the services on the loan as it stands today.
var onLoanNow = map[string]bool{IntentMethodChange: true, IntentTermExtension: true, IntentPrepayment: true, IntentLoanStatus: true}

// cueThen dates what follows it in its sentence to a past since changed;
// cueNowAgain after it brings the sentence back to the present.
var (
	cueThen     = []string{"当时", "当初", "当年", "之前", "早几年", "前几年", "几年前", "那时", "签约时", "签约的时候", "签合同时", "签合同的时候", "when i signed", "when we signed", "when we took out", "when i took out", "at signing", "刚毕业", "刚工作", "刚进", "刚入职", "以前", "back in", "when i first", "at the time", "years ago", "used to"}
	cueNowAgain = []string{"现在", "目前", "如今", "而家", "今年", "now", "today", "these days", "currently"}
)

// toldThen reports a figure at i in a sentence that dates it to then.
func toldThen(t *text, i int) bool {
	ss := t.sentenceStart(i)
	_, k := t.firstOfIn(ss, i, cueThen)
	if k < 0 {
		k = datedOrigin(t, ss, i)
	}
	return k >= 0 && !t.hasIn(k, i, cueNowAgain) && !t.hasIn(k, i, cueWish) // (…当年选的是缩短年限，所以我想提前还20万: a wish is now)
}

// datedOrigin returns where a year dates the loan's taking out before i in
// its sentence (2021年买房贷了150万; 2017年在你们这贷的，一共贷了85万), or -1:
// figures told there are what the loan was then.
func datedOrigin(t *text, ss, i int) int {
	s := t.s[ss:i]
	for k := 0; k+4 < len(s); k++ {
		if !isYearAt(s, k) {
			continue
		}
		if e := t.clauseEndAfter(ss + k); t.hasIn(ss+k, min(e, i), cueTookOut) {
			return ss + k
		}
	}
	return -1
}

// isYearAt reports a year 19xx or 20xx written before 年 at s[k:].
func isYearAt(s string, k int) bool {
	if k > 0 && s[k-1] >= '0' && s[k-1] <= '9' || !strings.HasPrefix(s[k+4:], "年") {
		return false
	}
	if !(strings.HasPrefix(s[k:], "19") || strings.HasPrefix(s[k:], "20")) {
		return false
	}
	return s[k+2] >= '0' && s[k+2] <= '9' && s[k+3] >= '0' && s[k+3] <= '9'
}

// cueTookOut is the loan taken out, in a clause a year dates.
var cueTookOut = []string{"办的", "办了", "贷了", "贷的", "买房", "买的", "借了", "签的", "took out", "took the loan", "borrowed"}

// saidPerMonth reports an amount said per month, after it (15k a month)
// or right before it (现在每月两万二).
func saidPerMonth(rs []rune, m mention) bool {
	return hasPrefixCue(strings.TrimLeft(after(rs, m.end, 12), " "), perMonthAfter) ||
		hasSuffixAny(strings.TrimRight(before(rs, m.start, 6), " "), perMonthBefore)
}

// ownFigures drops the figures told of someone else (我朋友去年借了20万，
// 年化5.2%: their loan, their rate).
func ownFigures(t *text, ms []mention) []mention {
	if !t.ownDone {
		// every extractSlots of a message reads the same mentions; whose
		// they are is worked out once
		t.own, t.ownDone = ownFiguresOf(t, ms), true
	}
	return t.own
}

func ownFiguresOf(t *text, ms []mention) []mention {
	var own []mention
	for k, m := range ms {
		if m.kind != kindBP && m.kind != kindPoints && othersFigure(t, int(t.offs[m.start])) && !(m.kind == kindPercent && t.has(cueLPR)) {
			// (an LPR move heard from a neighbour is still the move)
			if own == nil {
				own = append(make([]mention, 0, len(ms)), ms[:k]...)
			}
			continue
		}
		if own != nil {
			own = append(own, m)
		}
	}
	if own == nil {
		return ms
	}
	return own
}

// othersFigure reports a figure told of someone else: its sentence opens
// on another person, the borrower has not spoken of themselves since, and
// its clause asks for nothing (听朋友说…，想看看贷款两百万 is the borrower's).
func othersFigure(t *text, i int) bool {
	cs := t.clauseStart(i)
	if t.asksIn(cs, t.clauseEndAfter(i)) {
		return false
	}
	if t.hasIn(t.sentenceStart(i), i, cueSays) && !t.hasIn(t.sentenceStart(i), t.clauseEndAfter(i), cueTheyBorrowed) {
		return false // 朋友说消费贷年化3厘5挺划算的: a rate reported, not their loan
	}
	if t.has(cueForKin) {
		return false // 想帮我妹妹问问，她年薪24万: asked for them, their figures are the ask
	}
	if t.hasIn(t.clauseStart(i), i, cueGaveMe) {
		return false // "My aunt gave me 60,000", 婆婆给了我们30万: now the borrower's
	}
	if othersStory(t, i) || kinStory(t, i) {
		return true
	}
	// 我弟弟前年在别的银行借过20万; "my sister took out a 150k loan": the
	// clause's own subject is someone else, and the borrower is not named
	// between them and the figure.
	c, j := t.firstOfIn(cs, i, cueKin)
	if j < 0 || j-cs > 6 || strings.HasSuffix(t.s[:j], "其") || t.hasIn(j+len(c), i, cueMe) || t.hasIn(j+len(c), i, cueToMe) {
		return false // ("My father gave me 100,000…": now the borrower's)
	}
	// a pronoun is someone else's only once a relative or friend was named
	// (我表哥…，他…的20万装修贷); "she earns 20k and I earn 15k" is the household
	return !isCue(c, cuePronoun) || t.hasIn(t.sentenceStart(i), j, cueKinNoun)
}

// kinStory reports a figure in a sentence that opens on a relative or
// friend (我姐去年在别的银行贷了一百五十万买房，利率才3.1) with the
// borrower not named since: theirs.
func kinStory(t *text, i int) bool {
	ss := t.sentenceStart(i)
	c, j := t.firstOfIn(ss, i, cueKinNoun)
	if j < 0 {
		return false
	}
	switch strings.TrimSpace(t.s[ss:j]) {
	case "", "我", "我的", "我家", "my":
		return !t.hasIn(j+len(c), i, cueMe) && !t.hasIn(j+len(c), i, cueToMe)
	}
	return false
}

// cueGaveMe hands a sum to the borrower.
var cueGaveMe = []string{"gave me", "lent me", "gave us", "lent us", "给了我", "给我们", "借给我", "给我"}

// cueToMe names the borrower as the object or owner ("gave me", "my loan").
var cueToMe = []string{"me", "my", "us", "our"}

// cuePronoun are the kin words that only point back.
var cuePronoun = []string{"他", "她", "佢", "he ", "she ", "his ", "her "}

// cueForKin asks on someone's behalf.
var cueForKin = []string{"帮我爸", "帮我妈", "帮我妹", "帮我姐", "帮我哥", "帮我弟", "替我爸", "替我妈", "想帮", "帮他问", "帮她问", "替他", "替她", "帮佢", "for my mum", "for my mom", "for my dad", "for my parents", "for my sister", "for my brother", "on behalf of", "asking for my", "帮朋友问", "替朋友问", "帮同事问", "for a friend", "asking for a friend"}

// cueSays reports speech; cueTheyBorrowed, a loan the other person took.
var (
	cueSays         = []string{"说", "讲", "话", "告诉", "says", "said", "told", "tells", "reckons"}
	cueTheyBorrowed = []string{"借了", "借过", "贷了", "贷过", "办了", "还完", "还清", "borrowed", "took out", "has a", "had a", "got a", "批了", "申请了", "办下来", "他借", "她借", "他贷", "她贷", "he borrowed", "she borrowed"}
)

// cueKin are the people whose loans a borrower tells of beside their own.
// cueKinNoun names a relative or friend; cueKin adds the pronouns that
// point back to one.
var cueKinNoun = []string{"爸", "妈", "父亲", "母亲", "哥", "姐", "弟", "妹", "表哥", "表姐", "朋友", "同事", "邻居", "细佬", "家姐", "sister", "brother", "father", "mother", "dad", "mum", "mom", "cousin", "friend", "colleague", "neighbour", "neighbor", "姊", "姊姊"}

var cueKin = []string{"爸", "妈", "父亲", "母亲", "哥", "姐", "弟", "妹", "表哥", "表姐", "朋友", "同事", "邻居", "他", "她", "佢", "细佬", "家姐", "my dad", "my father", "my mum", "my mom", "my mother", "my brother", "my sister", "my cousin", "my friend", "a friend", "a colleague", "my colleague", "my neighbour", "my neighbor", "he ", "she ", "his ", "her ", "姊", "姊姊", "my parents", "my brother-in-law", "my sister-in-law", "my in-laws", "my uncle", "my aunt", "a buddy", "my buddy", "a mate", "my mate"}

// wasBefore reports the first figure of a change, "from X to Y".
func wasBefore(rs []rune, m mention) bool {
	bef := strings.TrimRight(before(rs, m.start, 6), " ")
	if !hasSuffixAny(bef, []string{"从", "由", "from"}) {
		return false
	}
	return has(after(rs, m.end, 6), []string{"到", "至", "变成", "to "})
}

// cueLoanBefore right before an amount makes it the loan's size (我房贷200万).
var cueLoanBefore = []string{"房贷", "贷款", "按揭", "楼按", "车贷", "mortgage of", "loan of"}

// monthlyNear reports an amount said per month, or in a clause that
// names the month just before it (每個月要繳快九千, 每月还要还一笔房贷4200).
func monthlyNear(rs []rune, m mention) bool {
	if hasPrefixCue(strings.TrimLeft(after(rs, m.end, 24), " "), perMonthAfterStrict) || hasSuffixAny(strings.TrimRight(before(rs, m.start, 6), " "), perMonthBefore) {
		return true
	}
	cl := clauseBefore(rs, m.start)
	if k := strings.LastIndex(cl, " "); k >= 0 {
		cl = cl[k+1:] // 每月还款额怎么算 贷款50万: a space parts Chinese phrases
	}
	return has(cl, perMonthNear) // not "monthly payment on 300k": English says it after
}

// perMonthAfterStrict after an amount makes it monthly; a Chinese 每月 after
// it starts the next phrase (我房贷200万每月能少还多少).
var perMonthAfterStrict = []string{"a month", "per month", "monthly", "/month", "/mo", "every month", "each month", "一个月", "in total each month", "in total a month", "in total per month", "total each month", "a month in total", "each month in total"}

// perMonthNear in the clause before an amount makes it monthly.
var perMonthNear = []string{"每月", "每个月", "一个月"}

// cueLoanNoun names another loan in a quota trial's clause.
var cueLoanNoun = []string{"房贷", "车贷", "贷款", "信用贷", "消费贷", "经营贷", "网贷", "信用卡", "花呗", "借呗", "mortgage", "car loan", "loan", "credit card", "信贷", "信用贷款", "私人贷款", "personal loan", "student loan"}

// cuePrepayAfter right after a sum makes it the one to prepay.
var cuePrepayAfter = []string{"提前还", "提早还", "出来提前还", "出嚟提早还", "去提前还", "来提前还", "拿去提前还", "to prepay", "of that to prepay", "to pay down the", "to pay off part", "toward the mortgage", "towards the mortgage", "toward the loan", "towards the loan", "toward my mortgage", "towards my mortgage", "toward my loan", "towards my loan", "towards it", "toward it"}

// perMonthBefore said right before an amount makes it monthly.
var perMonthBefore = []string{"每月", "每个月", "一个月", "月"}

// namesLoan reports whether the amount m is a loan's size: followed by a
// loan word (100万的房贷, 50万的装修贷, a 300,000 car loan).
func namesLoan(rs []rune, m mention) bool {
	aft := strings.TrimPrefix(strings.TrimLeft(after(rs, m.end, 8), " "), "的")
	if hasPrefixCue(aft, cuePrincipalAfter) {
		return true
	}
	for i, r := range []rune(aft) {
		if i > 3 || isDigitRune(r) {
			break
		}
		if r == '贷' {
			return true
		}
	}
	return false
}

// phraseMarks end the phrase a sum belongs to: a word after one tells the
// next sum, not this one.
const phraseMarks = ",，、;；:："

// amountRoleOf decides what an amount is from the words around it.
func amountRoleOf(t *text, m mention) amountRole {
	aft := strings.TrimLeft(after(t.rs, m.end, 24), " ")
	for _, c := range cueDebtAfter {
		if i := indexCue(aft, c, 0); i >= 0 && i <= 3 && !strings.ContainsAny(aft[:i], phraseMarks) {
			return roleDebt
		}
	}
	// "1.2m a year coming in": the period may stand between the sum and
	// what it is.
	rest, annual := aft, false
	for _, c := range annualAfter {
		if r, ok := strings.CutPrefix(aft, c); ok {
			rest, annual = strings.TrimLeft(r, " "), true
			break
		}
	}
	for _, c := range cueIncomeAfter {
		if i := indexCue(rest, c, 0); i >= 0 && i <= 1 && !strings.ContainsAny(rest[:i], phraseMarks) {
			// (每月还六千，月薪一万三: the pay is the next clause's sum)
			if annual {
				return roleIncomeAnnual
			}
			return roleIncome
		}
	}
	a, b := t.beforeSpan(m.start, 24)
	if c, d := t.nearestIn(a, b, cueValued); c != "" && d <= 1 {
		return rolePrice // "the flat's valued at 1.2m", 成交价是九百二十万: what it is worth, not a loan
	}
	if c, e := t.nearestEnd(a, b, cueDownPayment); c != "" && utf8.RuneCountInString(t.s[e:b]) <= 4 && !has(t.s[e:b], cueBorrowWord) {
		return rolePrice // 首付付了一百二十万: what was paid down, neither a loan nor pay (not 首付之后贷款一百二十万)
	}
	inClause := aft
	if k := strings.IndexAny(aft, phraseMarks); k >= 0 {
		inClause = aft[:k] // 房贷还剩九十万，想提前还20万: the next clause's sum
	}
	for _, c := range cuePrepayAfter {
		if i := indexCue(inClause, c, 0); i >= 0 && i <= 12 {
			return rolePrepayNamed // 拿这30万提前还, "use 45,000 of that to prepay"
		}
	}
	type cand struct {
		role amountRole
		cues []string
	}
	// The nearest telling word decides (the longer at equal distance); a
	// bare "for" only when nothing else tells ("sold my car for 60,000 …
	// put it toward my mortgage": for names a price).
	best, bestDist, bestLen, bestCue := roleNone, -1, 0, ""
	for _, skipFor := range []bool{true, false} {
		for _, c := range []cand{
			{roleIncomeAnnual, cueIncomeAnnual}, {roleIncome, cueIncome}, {roleDebt, cueDebt},
			{rolePrepay, cuePrepay}, {rolePrincipal, cuePrincipal},
		} {
			cue, d := t.nearestIn(a, b, c.cues)
			if d < 0 || skipFor && cue == "for" {
				continue
			}
			if bestDist < 0 || d < bestDist || d == bestDist && len(cue) > bestLen {
				best, bestDist, bestLen, bestCue = c.role, d, len(cue), cue
			}
		}
		if bestDist >= 0 {
			break
		}
	}
	if best == rolePrincipal && bestCue == "for" && has(clauseBefore(t.rs, m.start), cueSold) {
		return rolePrepay // "sold my old car for 60,000 and want to put it toward my loan": what there is to prepay
	}
	if best == rolePrincipal && bestCue == "for" && has(clauseBefore(t.rs, m.start), cuePriced) {
		return rolePrice // "a flat we like for roughly 2.4 million": its price, not the loan
	}
	if best == roleIncome && (has(after(t.rs, m.end, 20), annualAfter) || has(clauseBefore(t.rs, m.start), annualBefore)) {
		best = roleIncomeAnnual
	}
	if bestDist < 0 || bestDist > 2 {
		for _, c := range cuePrincipalAfter {
			if indexCue(aft, c, 0) == 0 {
				return rolePrincipal // a 300k mortgage, 50万的贷款
			}
		}
		if a := strings.TrimLeft(after(t.rs, m.end, 6), " "); strings.HasPrefix(a, "的") && strings.ContainsRune(strings.SplitN(a, "，", 2)[0], '贷') && !has(after(t.rs, m.end, 20), cuePaidOff) {
			return rolePrincipal // 十五万的装修贷 (not 8万的装修贷去年已经结清了)
		}
	}
	return best
}

// hasPrefixCue reports whether s starts with one of cues.
func hasPrefixCue(s string, cues []string) bool {
	for _, c := range cues {
		if indexCue(s, c, 0) == 0 {
			return true
		}
	}
	return false
}

// loanTail finds the digits after 尾号 / ending in.
func loanTail(rs []rune, ms []mention) string {
	for _, m := range ms {
		if isTailMention(rs, m) {
			return string(rs[m.start:m.end])
		}
	}
	return ""
}

func isTailMention(rs []rune, m mention) bool {
	if m.cn || m.hasDot || m.end-m.start < 3 || m.end-m.start > 6 {
		return false
	}
	b := before(rs, m.start, 16)
	return has(b, []string{"尾号", "尾数", "后四位", "末四位", "ending in", "ending with", "last four digits", "last 4 digits", "ends in", "ends with", "account ending", "loan ending", "card ending", "number ending", "ending"})
}

// Rate cues: the words that make a bare number a rate, and the ones that
// make a percentage something else.
var (
	cueRate        = []string{"利率", "利律", "利息", "年利率", "年化", "年息", "息", "rate", "interest", "apr", "at"}
	cueRateMonthly = []string{"月利率", "月息", "月利", "monthly rate", "per month interest"}
	cueRateDaily   = []string{"日利率", "日息", "日利", "daily rate"}
	cueRateAnnual  = []string{"年利率", "年息", "年化", "年利", "annual", "息率"}
	cueNotRate     = []string{" up ", "up by", "increased by", "grew by", "增长", "增长了", "首付", "成数", "down payment", "downpayment", "负债率", "dti", "ltv", "收入的", "涨了", "跌了", "降薪", "涨薪", "加薪", "减薪", "raise", "pay rise", "pay cut", "salary cut", "salary by", "pay by", "cut by", "reduced by", "slashed by", "fell by", "dropped by"}
)

// findRate returns the annual rate in percent the text states, converting
// monthly and daily rates. N厘 is only read with its basis written (年息3厘
// = 3%, 月息3厘 = 0.3% a month = 3.6% a year); a bare 厘 is left alone
// because lenders use it for both.
func findRate(rs []rune, ms []mention) *decimal.Decimal {
	var then *decimal.Decimal // a rate told as then, kept in case no other follows
	for _, m := range ms {
		if m.kind != kindPercent && m.kind != kindPlain && m.kind != kindLi && m.kind != kindPoints {
			continue // amounts, terms, days: no rate, and no window to read
		}
		bef := before(rs, m.start, 8)
		if has(bef, cueNotRate) {
			continue
		}
		_, rateDist := nearestBefore(bef, cueRate)
		var pct decimal.Decimal
		switch m.kind {
		case kindPercent:
			if hasPrefixAny(strings.TrimLeft(after(rs, m.end, 10), " "), cuePctNotRate) {
				continue // a 30% raise, 30% off
			}
			pct = m.val
		case kindPlain:
			// 年化3.6, 利率3.85, rate 3.5: a bare number right after a rate word.
			// Chinese numerals only as a decimal right after the word (利率三点五).
			if m.cn && !(m.hasDot && rateDist == 0) || rateDist < 0 || rateDist > 2 || m.val.GreaterThan(decimal.NewFromInt(36)) || m.val.LessThanOrEqual(decimal.Zero) {
				continue
			}
			pct = m.val
		case kindPoints:
			// 利率4个点: points said of a rate word, with no move, are the rate
			if rateDist < 0 || rateDist > 1 || has(bef, cueDown) || has(bef, cueUp) {
				continue
			}
			pct = m.val
		case kindLi:
			switch {
			case has(bef, cueRateAnnual):
				pct = m.val
			case has(bef, cueRateMonthly):
				pct = m.val.Mul(dTenth)
			case has(bef, cueRateDaily):
				pct = m.val.Div(d100)
			case rateDist >= 0 && (rateDist <= 1 || rateDist <= 3 && hasSuffixAny(bef, cueRateHedge)):
				pct = m.val // 利率3厘1, 利率假设3.5厘: a loan's rate is yearly unless said otherwise
			default:
				continue
			}
		default:
			continue
		}
		switch {
		case has(bef, cueRateMonthly):
			pct = pct.Mul(d12)
		case has(bef, cueRateDaily):
			pct = pct.Mul(decimal.NewFromInt(365))
		}
		if pct.LessThanOrEqual(decimal.Zero) || pct.GreaterThan(d100) {
			continue
		}
		pct = pct.Round(4)
		if has(clauseBefore(rs, m.start), cueRateThen) || depositRate(rs, m) {
			// 我阿媽話佢嗰陣買樓利息成八厘…年利率3.8%，每個月要供幾多: the rate
			// of another time, where the one asked with follows; 存定期，可利率才
			// 1.5%: a deposit's rate, not the loan's
			if then == nil {
				then = &pct
			}
			continue
		}
		return &pct
	}
	return then
}

// rateNow finds the rate among the figures not told as then; a rate of
// then (2019年买的，当时利率5.39%; "when we signed in 2019… at 4.65%") is
// kept for a new loan's sums only when no other is told, and is no
// figure of a service on the loan as it stands.
func rateNow(t *text, intent string, ms []mention) *decimal.Decimal {
	var then []mention
	now := ms
	for k, m := range ms {
		if m.kind != kindPercent && m.kind != kindPlain && m.kind != kindLi && m.kind != kindPoints || !toldThen(t, int(t.offs[m.start])) {
			if then != nil {
				now = append(now, m)
			}
			continue
		}
		if then == nil {
			now = append(make([]mention, 0, len(ms)), ms[:k]...)
		}
		then = append(then, m)
	}
	if r := findRate(t.rs, now); r != nil || then == nil || onLoanNow[intent] {
		return r
	}
	return findRate(t.rs, then)
}

// cueRateHedge between a rate word and its figure supposes or rounds it.
var cueRateHedge = []string{"假设", "假定", "大概", "大约", "约"}

// cueRateDeposit before a rate in its sentence makes it a deposit's or an
// investment's rate.
var cueRateDeposit = []string{"存定期", "定期存款", "存款利率", "定存", "理财", "fixed deposit", "savings account", "savings rate", "deposit rate"}

// depositRate reports a rate told after a deposit or an investment in its
// sentence with no loan named between (存定期，可利率才1.5%), not after
// the loan (存款利率才1.5%，我的房贷利率3.6%).
func depositRate(rs []rune, m mention) bool {
	s := before(rs, m.start, m.start) // the sentence so far
	c, d := nearestBefore(s, cueRateDeposit)
	return d >= 0 && !has(s[lastCue(s, c):], cueLoanNoun)
}

// cueRateThen in a rate's clause dates it to another time (嗰陣 reads
// as 𠮶阵 once normalised).
var cueRateThen = []string{"𠮶阵", "𠮶时", "那时候", "那时", "那阵", "当年", "back then", "in those days"}

// Term cues: durations that are not the loan's term (elapsed time, tenors,
// deadlines) and the words that make a duration an extension.
var (
	cueNotTermBefore = []string{"已经", "已", "还了", "过去", "最近", "这", "近", "前", "上", "逾期", "晚", "推迟", "工作", "收入", "工资", "挣", "赚", "每", "发了", "奖", "ago", "bonus", "company", "employer", "firm", "worked", "working", "job", "for the past", "for the last", "past", "last", "paid", "付了", "过", "失业", "住院", "停工", "out of work for", "off work for", "unemployed for", "in hospital for", "满", "等满", "开了", "罚", "退休还有", "退休还剩", "工期要", "工期", "for the next", "要等", "等了", "等上", "结婚", "那", "存的是", "存了", "存款", "定存"}
	cueNotTermAfter  = []string{"了", "后", "以后", "之后", "内", "前", "以上", "以来", "ago", "later", "old", "lpr", "期lpr", "loan prime", "就", "内就", "的老", "楼龄", "房龄", "下来", "overdue", "逾期", "的定期", "定期", "定存", "存款", "入", "薪", "deposit", "fixed deposit", "cd", "behind", "in arrears"}
	cueExtendBy      = []string{"延长", "展期", "延期", "拉长", "再延", "多", "加", "增加", "extend", "extension", "by", "another", "additional", "more"}
	cueTermTarget    = []string{"到", "至", "为", "成", "to"}
)

// cueTenure earlier in the clause makes a duration time spent in a job.
var cueTenure = []string{"been at", "been with", "worked at", "worked for", "worked there", "working at", "working for", "been working", "employed", "在这家公司", "在公司干", "在单位干", "工作了", "上班了", "干了", "renting", "rented", "been living", "lived here", "lived in", "living in"}

func assignTerms(t *text, intent string, allow slotSet, ms []mention, s *Slots) {
	rs := t.rs
	if intent == IntentTermExtension && allow.extend {
		// 辞职在家带两年孩子…把房贷期限延长三年: the duration right after the
		// extension verb is the one asked for.
		for _, m := range ms {
			if m.kind == kindMonths && (afterExtendVerb(rs, m) || extendBy(t, m)) {
				months := m.months
				s.ExtendMonths = &months
				break
			}
		}
	}
	for _, m := range ms {
		if m.kind != kindMonths || onLoanNow[intent] && toldThen(t, int(t.offs[m.start])) {
			continue // (当初借了四十五万，分五年: the term it had)
		}
		n := 6
		if m.start > 0 && rs[m.start-1] < utf8.RuneSelf {
			n = 16 // "for the remaining 17 years"
		}
		bef := before(rs, m.start, n)
		months := m.months
		if (intent == IntentQuotaTrial || intent == IntentTermExtension || intent == IntentMethodChange) && (hasSuffixAny(strings.TrimRight(bef, " "), cueLeft) || hasPrefixAny(strings.TrimLeft(after(rs, m.end, 12), " "), cueLeftAfter)) {
			continue // 车贷还剩一年半, 房贷剩15年, "12 years left": what a loan has left, not the term asked
		}
		if intent == IntentTermExtension {
			if _, d := nearestBefore(bef, []string{"从", "from"}); d >= 0 && d <= 1 {
				continue // 从20年延长到25年: the current term
			}
			aft := strings.TrimLeft(after(rs, m.end, 12), " ")
			if hasSuffixAny(strings.TrimRight(bef, " "), []string{"是"}) || hasPrefixAny(aft, []string{"的", "mortgage", "loan", "home loan", "term"}) {
				if allow.term && s.TermMonths == nil {
					s.TermMonths = &months // 房贷是20年的, a 20-year mortgage: the term it has
				}
				continue
			}
			if c, d := nearestBefore(bef, cueTermTarget); d == 0 || d == 1 && c[0] < 0x80 {
				if allow.term && s.TermMonths == nil {
					s.TermMonths = &months
				}
				continue
			}
			if allow.extend && s.ExtendMonths == nil {
				s.ExtendMonths = &months
			}
			continue
		}
		if allow.term && s.TermMonths == nil {
			s.TermMonths = &months
		}
	}
}

// afterExtendVerb reports a duration right after an extension verb (延长
// 一年, "extend it by 2 years"): the time asked for.
func afterExtendVerb(rs []rune, m mention) bool {
	return hasSuffixAny(strings.TrimRight(before(rs, m.start, 6), " 个"), cueExtendVerb)
}

// extendBy reports "by N years" in a clause that asks for an extension
// ("could you extend our mortgage term by three years").
func extendBy(t *text, m mention) bool {
	if !strings.HasSuffix(strings.TrimRight(before(t.rs, m.start, 6), " "), " by") {
		return false
	}
	i := int(t.offs[m.start])
	return t.hasIn(t.clauseStart(i), i, cueExtension)
}

// markElapsed turns the durations that are no loan's term into kindOther,
// so no rule counts them as a figure: time spent (工作了7年, "I've run a
// bakery for seven years", 住院一个月), an age (二十年的老公寓), a time
// ago or since, one instalment (有一期晚还了) and "a month" said of a sum
// (两千五一个月, 一个月挣一万).
func markElapsed(rs []rune, ms []mention) {
	for k := range ms {
		m := &ms[k]
		if m.kind == kindPlain && isHotline(rs, *m) {
			m.kind = kindOther // 打了12378: a number to call, not a sum
			continue
		}
		if m.kind == kindPlain && isYear(rs, *m) {
			m.kind = kindOther // "took out the mortgage in 2020": a year, not a sum
			continue
		}
		if m.kind != kindMonths {
			continue
		}
		if elapsed(rs, ms, k) {
			m.kind = kindOther
		}
	}
}

// isHotline reports a service number written bare: the regulators' and
// consumer lines (12378, 12363, 12315) and the banks' 955xx.
func isHotline(rs []rune, m mention) bool {
	if m.end-m.start != 5 || m.hasDot {
		return false
	}
	n := string(rs[m.start:m.end])
	return hotlines[n] || strings.HasPrefix(n, "955")
}

// hotlines are the public service numbers a borrower may name.
var hotlines = map[string]bool{"12378": true, "12363": true, "12315": true, "12345": true, "12358": true, "12321": true}

// isYear reports a bare calendar year after a word that dates (in 2020,
// since 2018, back in 2019).
func isYear(rs []rune, m mention) bool {
	if m.hasDot || m.end-m.start != 4 || m.val.LessThan(decimal.NewFromInt(1950)) || m.val.GreaterThan(decimal.NewFromInt(2099)) {
		return false
	}
	if aft := strings.TrimLeft(after(rs, m.end, 12), " "); hasPrefixAny(aft, perMonthAfterStrict) || hasPrefixAny(aft, []string{"左右", "块", "元", "yuan", "rmb", "a year", "per year", "k "}) {
		return false // 月入在2000左右, "around 2000 a month": a sum
	}
	return hasSuffixAny(strings.TrimRight(before(rs, m.start, 12), " "), cueDating)
}

// cueDating right before a year makes it a date.
var cueDating = []string{"in", "since", "from", "until", "till", "year", "back in", "early", "mid", "late", "before", "after"}

// elapsed reports whether the duration ms[k] is no loan's term.
func elapsed(rs []rune, ms []mention, k int) bool {
	m := ms[k]
	if afterExtendVerb(rs, m) {
		return false // 延长一年还款期: the time asked for
	}
	if m.months == 1 && (rs[m.end-1] == '期' || k > 0 && isAmount(ms[k-1]) && m.start-ms[k-1].end <= 1) {
		return true // 有一期晚还了: one instalment; 两千五一个月: per month
	}
	n := 6
	if m.start > 0 && rs[m.start-1] < utf8.RuneSelf {
		n = 40 // English cues are longer: "we've been paying this loan for about seven years"
	}
	bef := before(rs, m.start, n)
	if _, d := nearestBefore(bef, cueNotTermBefore); d >= 0 && d <= 1 {
		return true
	}
	if spentVerb(bef) {
		return true
	}
	if has(clauseBefore(rs, m.start), cueTenure) {
		return true // "I've been at the same company six years": time in a job
	}
	an := 4
	if n > 6 || m.end < len(rs) && rs[m.end] < utf8.RuneSelf {
		an = 16 // "two months overdue"
	}
	aft := strings.TrimLeft(after(rs, m.end, an), " ")
	if hasPrefixAny(strings.TrimPrefix(aft, "期"), cueNotTermAfter) {
		// (两年期的定期: a deposit's term)
		return true
	}
	if !m.cn || m.months != 1 && m.months != 12 || m.end >= len(rs) {
		return false
	}
	e := m.end
	if strings.ContainsRune("都也就", rs[e]) && e+1 < len(rs) {
		e++ // 一个月都要五千几
	}
	// 一个月1.8万, 一个月挣, 一年学费十五万: "a month", "a year", not a term
	return isDigitRune(rs[e]) || startsCN(rs[e]) || strings.ContainsRune("挣赚收工到能大的还供要交缴付花开流营薪进省少多得掏税拿净纯毛学租", rs[e]) && !settledIn(rs, e)
}

// cueSpentHedge may stand between a verb and the time it took (干了快12年).
var cueSpentHedge = []string{"快", "差不多", "将近", "近", "大概", "大约", "约", "足足", "整整", "差唔多", "成", "about", "almost", "nearly", "over", "around", "the last", "the past"}

// cueTermVerb before 了 makes the duration a loan's term after all
// (贷了30年, 借了三年, 分了36期).
var cueTermVerb = []string{"贷", "借", "分", "按", "办", "签", "批", "选", "定", "申请"}

// spentVerb reports a duration told as time spent: a verb with 了 or 咗
// right before it (做了7年, 教了15年, 供咗差唔多7年), or an English perfect
// with for ("I've run a bakery for seven years", "we've been paying it
// for about seven years").
func spentVerb(bef string) bool {
	b := strings.TrimRight(bef, " ")
	for {
		c, d := nearestBefore(b, cueSpentHedge)
		if c == "" || d != 0 {
			break
		}
		b = strings.TrimRight(strings.TrimSuffix(b, c), " ")
	}
	for _, le := range []string{"了", "咗", "左"} {
		if v, ok := strings.CutSuffix(b, le); ok && v != "" && !hasSuffixAny(v, cueTermVerb) {
			return true
		}
	}
	if w, ok := strings.CutSuffix(b, " for"); ok || strings.HasSuffix(b, "for") {
		if !ok {
			w = strings.TrimSuffix(b, "for")
		}
		return has(w, cuePerfect)
	}
	return false
}

// cuePerfect before "for" and a duration makes it time spent.
var cuePerfect = []string{"have been", "has been", "had been", "been", "worked", "lived", "run", "owned", "had it", "had the", "had my", "had this", "i've had", "we've had", "i've run", "we've run", "i've worked", "i've lived", "been paying"}

// cuePctNotRate after a percentage makes it a change of pay, a share or a fee,
// not an interest rate.
var cuePctNotRate = []string{"raise", "pay rise", "pay raise", "increase", "cut", "pay cut", "salary cut", "off", "of my", "of the", "的工资", "的收入", "工资", "收入", "的违约金", "违约金", "的手续费", "手续费", "的罚息", "罚息", "penalty", "fee", "prepayment penalty", "early repayment charge"}

// statedRate is the borrower's own rate named beside an LPR move: after a
// rate word, with no move around it (利率3.95%, not 降了0.25% or
// 从3.95%降到3.85%).
func statedRate(t *text, ms []mention) *decimal.Decimal {
	rs := t.rs
	var own []mention
	for _, m := range ms {
		if toldThen(t, int(t.offs[m.start])) {
			continue // 签约时利率是4.35%，后来随着LPR调过几次: the rate it was
		}
		bef, aft := before(rs, m.start, 8), after(rs, m.end, 4)
		if _, d := nearestBefore(bef, cueRate); d < 0 || has(bef, cueDown) || has(bef, cueUp) || has(aft, cueDown) || has(aft, cueUp) ||
			hasPrefixAny(strings.TrimLeft(aft, " "), []string{"到", "至", "to"}) {
			continue
		}
		own = append(own, m)
	}
	return findRate(rs, own)
}

// cueExtendVerb right before a duration makes it the extension asked for.
var cueExtendVerb = []string{"延长", "延期", "展期", "往后展", "再展", "再延", "延", "多延", "extend it by", "extended by", "extend by", "extend the loan by", "extend my loan by", "by another", "stretch the loan by", "stretch it by", "stretch my loan by", "stretch by", "lengthen it by", "lengthen the loan by"}

// settledIn reports 还清/还完 at i: 一年还清 is a term, 一个月还三千 is not.
func settledIn(rs []rune, i int) bool {
	return hasPrefixAny(string(rs[i:min(len(rs), i+2)]), []string{"还清", "还完", "还晒"})
}

// cueLeft right before a duration makes it what is left of a loan.
var cueLeft = []string{"还剩", "剩下", "剩", "还有", "还要再还", "再还", "还要还", "还得还", "remaining", "the remaining", "剩余", "剩下的"}

// cueLeftAfter after a duration makes it what a loan has left.
var cueLeftAfter = []string{"left", "remaining", "to go"}

// findDueDay returns the day the due date should move to: the day after a
// target word (改到15号, to the 25th), else the first day that is not the
// current one (从5号…); with no day written as one, a bare 1–31 right after
// a target word ("change repayment day to 20").
func findDueDay(rs []rune, ms []mention) *int {
	var first *int
	days := 0
	for _, m := range ms {
		if m.kind == kindDay {
			days++
		}
	}
	for _, m := range ms {
		if m.kind != kindDay {
			continue
		}
		if days > 1 && (paydayBefore(rs, m) || hasPrefixAny(strings.TrimLeft(after(rs, m.end, 4), " "), cuePaydayAfter) || paidThen(rs, m)) {
			continue // "my pay day changed to the 28th, move my debit to the 29th"
		}
		d := int(m.val.IntPart())
		if days > 1 && hasPrefixAny(strings.TrimLeft(after(rs, m.end, 16), " "), cueDayNow) {
			continue // "due on the 1st right now … the 28th"
		}
		bef := before(rs, m.start, 10)
		if _, dist := nearestBefore(bef, cueDayTarget); dist >= 0 && (dist <= 3 || dist <= 5 && hasSuffixAny(bef, cueEachMonthOf)) {
			return &d // 改到25号, 调到每个月的二十八号
		}
		if _, dist := nearestBefore(bef, []string{"从", "原来", "原本", "本来", "现在是", "目前是", "from the", "from", "currently"}); dist >= 0 && dist <= 3 {
			continue
		}
		if first == nil {
			first = &d
		}
	}
	if first != nil {
		return first
	}
	for _, m := range ms {
		if m.kind != kindPlain || m.hasDot || m.val.LessThan(decimal.NewFromInt(1)) || m.val.GreaterThan(decimal.NewFromInt(31)) {
			continue
		}
		if _, dist := nearestBefore(before(rs, m.start, 10), cueDayTarget); dist >= 0 && dist <= 3 {
			d := int(m.val.IntPart())
			return &d
		}
	}
	return nil
}

// cueEachMonthOf may stand between a target word and its day.
var cueEachMonthOf = []string{"每个月的", "每月的", "每个月"}

// paidThen reports a day followed by a bare 发 that ends its clause
// (新公司改成了每月20号发。): when pay comes, not the debit.
func paidThen(rs []rune, m mention) bool {
	if m.end >= len(rs) || rs[m.end] != '发' {
		return false
	}
	if m.end+1 == len(rs) {
		return true
	}
	c, s := marks(rs[m.end+1])
	return c || s
}

// paydayBefore reports whether the clause before the day m names pay day
// after the last due-date word in it: in "工资3号发 还款日改到5号" the 5th
// is the due day asked for, in "工资从10号改成25号发" the 25th is pay day.
func paydayBefore(rs []rune, m mention) bool {
	cl := clauseBefore(rs, m.start)
	p := -1
	for _, c := range cuePayday {
		if i := lastCue(cl, c); i >= 0 && !hasPrefixAny(cl[i+len(c):], cueNotYet) {
			p = max(p, i) // not 工资还没到: late pay this month, not a payday named
		}
	}
	if p < 0 {
		return false
	}
	for _, c := range cueDueDateWord {
		if lastCue(cl, c) > p {
			return false
		}
	}
	return true
}

// fullAsked reports a full settlement asked for, not one told as done
// (去年全部还清了).
func fullAsked(t *text) bool {
	for c, i := range t.matches(cueFull) {
		done := strings.HasPrefix(t.s[i+len(c):], "了") && (t.hasIn(t.clauseStart(i), i, cueOver) || t.hasIn(t.clauseStart(i), i, cuePastTime))
		if !done && !t.hasIn(t.clauseStart(i), i+len(c), cueDoneBefore) {
			return true
		}
	}
	return false
}

// cueRatherThan sets one mode against the other.
var cueRatherThan = []string{"rather than", "instead of", "而不是", "而唔系"}

// cuePrefer picks the mode named right after it ("I'd rather lower the
// monthly payment…", 宁愿减少月供).
var cuePrefer = []string{"rather", "prefer", "宁愿", "宁可", "更想", "更倾向", "倾向于"}

// preferredMode returns the mode a stated preference picks of two named.
func preferredMode(t *text) string {
	if m := ownMode(t); m != "" {
		return m // 我哥选的是减少月供…我这次打算保持月供不变: his choice told, mine asked
	}
	if c, q := t.firstOf(cueRatherThan); q >= 0 {
		// "have the payment go down rather than the term get shorter": the
		// one named last before it; "rather than shortening the term, reduce
		// the payment": not the one right after it
		_, r := t.lastOfIn(0, q, cueReducePayment)
		_, s := t.lastOfIn(0, q, cueShortenTerm)
		switch {
		case r > s:
			return ModeReducePayment
		case s > r:
			return ModeShortenTerm
		}
		return otherMode(t, q+len(c))
	}
	c, p := t.firstOf(cuePrefer)
	if p < 0 {
		return ""
	}
	if hasPrefixAny(strings.TrimLeft(t.s[p+len(c):], " "), []string{"not", "不", "唔"}) {
		return otherMode(t, p+len(c)) // "I'd rather not shorten the term, just reduce the payment"
	}
	return firstMode(t, p)
}

// ownMode returns the one mode named as the borrower's own when the other
// is named only as someone else's (or as past), or "".
func ownMode(t *text) string {
	own := func(cues []string) (mine, theirs bool) {
		for c, i := range t.matches(cues) {
			if kinsChoice(t, i) || t.whose(c, i) != ownNow {
				theirs = true
			} else {
				mine = true
			}
		}
		return mine, theirs
	}
	r, rOther := own(cueReducePayment)
	s, sOther := own(cueShortenTerm)
	switch {
	case r && !s && sOther:
		return ModeReducePayment
	case s && !r && rOther:
		return ModeShortenTerm
	}
	return ""
}

// kinsChoice reports a mode told in a sentence that opens on a relative
// or friend, the borrower not named since and nothing asked in its clause
// (我哥去年提前还了20万，选的是减少月供).
func kinsChoice(t *text, i int) bool {
	ss := t.sentenceStart(i)
	c, j := t.firstOfIn(ss, i, cueKin)
	return j >= 0 && j-ss <= 6 && !t.hasIn(j+len(c), i, cueMe) && !t.asksIn(t.clauseStart(i), t.clauseEndAfter(i))
}

// firstMode returns the mode named first from a on, or "".
func firstMode(t *text, a int) string {
	_, r := t.firstOfIn(a, len(t.s), cueReducePayment)
	_, s := t.firstOfIn(a, len(t.s), cueShortenTerm)
	switch {
	case r >= 0 && (s < 0 || r < s):
		return ModeReducePayment
	case s >= 0:
		return ModeShortenTerm
	}
	return ""
}

// otherMode returns the mode other than the first one named from a on.
func otherMode(t *text, a int) string {
	switch firstMode(t, a) {
	case ModeReducePayment:
		return ModeShortenTerm
	case ModeShortenTerm:
		return ModeReducePayment
	}
	return ""
}

// twoMethods returns the first mention of each of exactly two methods
// named, in the order written.
func twoMethods(hits []methodHit) (first, second methodHit, ok bool) {
	seen := map[string]methodHit{}
	for _, h := range hits {
		if o, dup := seen[h.method]; !dup || h.at < o.at {
			seen[h.method] = h
		}
	}
	if len(seen) != 2 {
		return first, second, false
	}
	var hs []methodHit
	for _, h := range seen {
		hs = append(hs, h)
	}
	first, second = hs[0], hs[1]
	if second.at < first.at {
		first, second = second, first
	}
	return first, second, true
}

// cueMethodNow right before a method says the loan is on it now.
var cueMethodNow = []string{"i'm on", "i am on", "we're on", "we are on", "currently on", "我现在是", "现在是", "目前是", "我这笔是", "我的是"}

// cueNotYet after a pay word says it has not come yet.
var cueNotYet = []string{"还没", "没到", "未到", "没发", "还未", "hasn't", "has not", "isn't in", "not in yet"}

// cueMethodTo between two methods leads from the current to the target.
var cueMethodTo = []string{"改成", "改为", "换成", "换为", "转成", "转为", "变成", "变为", "调整为", "调成", "切换到", "切换成", "改做", "转做", "switch to", "switch it to", "change to", "change it to", "move to", "move it to", "convert to", "convert it to"}

// cueDayNow right after a day makes it the current one.
var cueDayNow = []string{"right now", "currently", "now", "at the moment", "at present", "现在", "目前", "而家"}

// cuePayday names the day pay arrives, which is not the day asked for
// when another is named.
var cuePayday = []string{"工资", "发薪", "薪水", "出粮", "pay day", "payday", "salary", "paid", "wages", "paycheck", "pays"}

// cuePaydayAfter right after a day makes it pay day (每月5号发薪水).
var cuePaydayAfter = []string{"发工资", "发薪", "出粮", "到账", "工资到账", "发钱", "才发", "才到账", "才出粮"}

// hasPrefixAny reports whether s starts with one of cues.
func hasPrefixAny(s string, cues []string) bool {
	for _, c := range cues {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with one of cues.
func hasSuffixAny(s string, cues []string) bool {
	for _, c := range cues {
		if strings.HasSuffix(s, c) {
			return true
		}
	}
	return false
}

// clauseBefore returns the runes of the clause before rs[pos].
func clauseBefore(rs []rune, pos int) string {
	a := pos
	for a > 0 {
		if clause, _ := marks(rs[a-1]); clause {
			break
		}
		a--
	}
	return string(rs[a:pos])
}

// cueDayTarget comes right before the day a due date moves to.
var cueDayTarget = []string{"改到", "改成", "改为", "调到", "调整到", "换到", "换成", "挪到", "推到", "到", "成", "to the", "to", "改去", "转去", "调去", "改做", "pay on the", "so i pay on"}

// Direction words for LPR and rate moves.
var (
	cueDown = []string{"下调", "降", "下降", "减", "少", "下行", "调低", "cut", "cuts", "fall", "falls", "fell", "drop", "drops", "dropped", "lower", "lowered", "decrease", "reduce", "reduced", "down", "decline", "declined", "reduction", "reductions", "往下", "下走", "往下走", "砍", "slash", "slashed", "trim", "trimmed", "下来"}
	cueUp   = []string{"加咗", "加了", "加左", "上调", "涨", "上升", "升", "提高", "调高", "上浮", "加息", "rise", "rose", "raise", "raised", "increase", "increased", "hike", "up", "higher", "increases", "往上", "上走", "往上走", "如果加", "再加", "要是加", "假如加", "若加", "会加", "又加"}
)

// findBP returns the LPR move in basis points: N个基点/N bp, N个百分点 (×100),
// or a percentage next to a direction word (降了0.1%). The sign comes from
// the direction word; a move without one is not filled.
func findBP(rs []rune, ms []mention) *int {
	for _, m := range ms {
		var bp decimal.Decimal
		switch m.kind {
		case kindBP:
			bp = m.val
		case kindLi:
			if m.val.GreaterThan(decimal.NewFromInt(1)) {
				continue
			}
			bp = m.val.Mul(d100) // 减咗0.25厘: Hong Kong's 厘 of a rate move is a percentage point
		case kindPoints, kindPercent:
			bp = m.val.Mul(d100)
		default:
			continue
		}
		if bp.GreaterThan(decimal.NewFromInt(1000)) {
			continue
		}
		n := 10
		if m.start > 1 && rs[m.start-2] < utf8.RuneSelf {
			n = 24 // "dropped by 25 basis points": English words are longer
		}
		bef, aft := before(rs, m.start, n), after(rs, m.end, n)
		if isSpread(bef) {
			continue // LPR减30个基点, LPR + 50bp: the loan's spread, not a move
		}
		dir := bef // the direction told in the move's own phrase (收入減少，LPR又加25點子)
		if k := strings.LastIndexAny(dir, phraseMarks); k >= 0 {
			dir = dir[k+1:]
		}
		_, dDown := nearestBefore(dir, cueDown)
		_, dUp := nearestBefore(dir, cueUp)
		sign := 0
		next := strings.TrimPrefix(strings.TrimLeft(aft, " "), "lpr ")
		switch {
		case m.neg:
			sign = -1
		case hasPrefixAny(next, cueDownNext):
			sign = -1 // "the 25bp cut announced this week", however high it was before
		case hasPrefixAny(next, cueUpNext):
			sign = 1
		case dDown >= 0 && (dUp < 0 || dDown < dUp):
			sign = -1
		case dUp >= 0:
			sign = 1
		case has(aft, cueDown):
			sign = -1
		case has(aft, cueUp):
			sign = 1
		}
		if sign == 0 || m.kind == kindPercent && dDown < 0 && dUp < 0 && !hasPrefixAny(next, cueDownNext) && !hasPrefixAny(next, cueUpNext) {
			continue
		}
		if _, d := nearestBefore(bef, []string{"到", "至", "为", "to"}); m.kind == kindPercent && d >= 0 && d <= 1 {
			continue // 降到3.85% is a level, not a move
		}
		if _, d := nearestBefore(strings.TrimRight(bef, " "), cueRateLevel); m.kind == kindPercent && d >= 0 && d <= 1 {
			continue // 基准利率上浮，年利率5.39%: the rate it was, whatever moved before it
		}
		v := int(bp.Round(0).IntPart()) * sign
		return &v
	}
	return levelChange(rs, ms)
}

// cueRateLevel right before a percentage names a rate, not a move.
var cueRateLevel = []string{"利率", "利率是", "利率为", "年利率", "年利率是", "年化", "年息", "rate", "rate is", "rate of", "rate was", "rate at"}

// cueDownNext and cueUpNext right after a move name its direction.
var (
	cueDownNext = []string{"cut", "reduction", "drop", "decrease", "下调", "降息", "的降幅", "的下调"}
	cueUpNext   = []string{"hike", "rise", "increase", "上调", "加息", "的升幅", "的上调"}
)

// cueSpread ends the text before a loan's spread over the LPR.
var cueSpread = []string{"lpr加", "lpr减", "lpr+", "lpr-", "lpr +", "lpr -", "lpr plus", "lpr minus", "lpr加上", "lpr减去", "加点", "减点", "基础上加", "基础上减", "上浮", "下浮", "spread of", "spread", "margin of", "margin", "plus", "minus"}

// isSpread reports whether bef, the text right before a number, makes it
// a spread over the LPR rather than a move of it.
func isSpread(bef string) bool {
	bef = strings.TrimRight(bef, " ")
	for _, c := range cueSpread {
		if strings.HasSuffix(bef, c) {
			return true
		}
	}
	return false
}

// levelChange reads a move written as two levels: 从3.95%降到3.85%,
// from 3.95% to 3.85%.
func levelChange(rs []rune, ms []mention) *int {
	var pcts []mention
	for _, m := range ms {
		if m.kind == kindPercent {
			pcts = append(pcts, m)
		}
	}
	if len(pcts) != 2 {
		return nil
	}
	mid := string(rs[pcts[0].end:pcts[1].start])
	if !has(mid, []string{"到", "至", "to"}) {
		return nil
	}
	v := int(pcts[1].val.Sub(pcts[0].val).Mul(d100).Round(0).IntPart())
	if v == 0 || v > 1000 || v < -1000 {
		return nil
	}
	return &v
}

// Method names.
var (
	cueEqualInstallment = []string{"等额本息", "equal installment", "equal instalment", "equal monthly installment", "equal monthly instalment", "equal monthly payment", "equal payment", "annuity", "本息平均摊还", "本息平均", "equal-installment", "equal-instalment", "fixed amount every month", "same amount every month", "fixed monthly payment", "level payments", "每个月扣的钱都一样", "每个月一样", "每月一样", "每月固定", "固定金额", "金额固定", "月供固定", "供一样", "每个月供一样", "供一样嘅数", "一样嘅数", "金额都一样", "还款金额都一样", "还款额都一样", "每期一样", "每期都一样", "还一样多", "一样多的", "每个月还一样", "供款平均", "月供平均", "还款平均"}
	cueEqualPrincipal   = []string{"等额本金", "equal principal", "本金平均摊还", "平均摊还本金", "equal-principal", "declining payments", "decreasing payments", "越还越少", "前面多还", "递减", "逐月递减", "每月递减", "越嚟越少", "越来越少", "more at the start", "less over time", "pay more at first", "more at first", "本金固定", "每月本金一样", "每个月本金一样", "本金每月一样", "fixed principal", "same principal", "前面还得多", "前面还的多", "前多后少", "先多后少"}
	cueInterestOnly     = []string{"just the interest", "only the interest", "only pay interest", "pay only interest", "just pay interest", "interest payments only", "先息后本", "只还利息", "只付利息", "先还利息", "按月付息", "到期还本", "interest only", "interest-only", "只缴利息", "只交利息", "只供利息", "不还本金", "只还息"}
	cueMethodTarget     = []string{"onto", "over to", "改成", "改为", "换成", "换为", "转成", "转为", "变成", "变为", "调整为", "调成", "切换到", "切换成", "改", "换", "转", "to", "into", "for", "prefer", "rather have", "go with", "变更为", "变更成", "改做", "转做"}
	cueMethodSource     = []string{"从", "原来", "现在是", "目前是", "现在用", "from", "currently", "i'm on", "i am on", "on"}
)

// cueInsteadOf right before a method makes it the one left behind.
var cueInsteadOf = []string{"instead of", "rather than", "而不是", "不要"}

type methodHit struct {
	method string
	at     int
}

func methodHits(t *text) []methodHit {
	var hits []methodHit
	for _, c := range []struct {
		m    string
		cues []string
	}{{MethodEqualInstallment, cueEqualInstallment}, {MethodEqualPrincipal, cueEqualPrincipal}, {MethodInterestOnly, cueInterestOnly}} {
		for _, i := range t.matches(c.cues) {
			hits = append(hits, methodHit{c.m, i})
		}
	}
	return hits
}

// onlyMethod returns the method named when exactly one is the borrower's:
// a method in a relative's or friend's words (My sister insists equal
// installments is cheaper) is theirs.
func onlyMethod(t *text, hits []methodHit) string {
	own := hits[:0:0]
	for _, h := range hits {
		if !othersSaying(t, h.at) && !kinsChoice(t, h.at) {
			own = append(own, h)
		}
	}
	return oneMethod(own)
}

// oneMethod returns the method named when exactly one is.
func oneMethod(hits []methodHit) string {
	m := ""
	for _, h := range hits {
		if m != "" && m != h.method {
			return ""
		}
		m = h.method
	}
	return m
}

// targetMethod returns the method a method_change asks for: the one after
// 改成/to, or the other one when only the current method is named (there
// are two to choose from).
func targetMethod(t *text) string {
	hits := methodHits(t)
	if first, second, ok := twoMethods(hits); ok {
		if t.hasIn(first.at, second.at, cueMethodTo) {
			return second.method // 我这笔是先息后本，想换成…逐月递减的那种: from one to the other
		}
		for _, h := range []methodHit{first, second} {
			if t.nearWithin(0, h.at, cueMethodNow, 4) {
				// "equal principal saves a lot… I'm on equal installments
				// now. Can I switch mine over?": away from the one they are on
				if h == first {
					return second.method
				}
				return first.method
			}
		}
	}
	if len(hits) == 2 && hits[0].method != hits[1].method {
		// "a fixed amount instead of the declining payments": the one
		// after instead of is the current method, the other the target.
		for k, h := range hits {
			if t.nearWithin(0, h.at, cueInsteadOf, 6) { // "instead of the "
				return hits[1-k].method
			}
		}
	}
	for _, h := range hits {
		if t.nearWithin(0, h.at, cueMethodTarget, 2) {
			return h.method
		}
	}
	if m := oneMethod(hits); m != "" {
		if t.nearWithin(0, hits[0].at, cueMethodSource, 3) {
			switch m {
			case MethodEqualInstallment:
				return MethodEqualPrincipal
			case MethodEqualPrincipal:
				return MethodEqualInstallment
			}
			return ""
		}
		return m
	}
	return ""
}

// Prepayment modes.
var (
	cueReducePayment = []string{"lower emi", "lower my emi", "reduce my emi", "reduce the emi", "smaller emi", "cutting the payment", "cut the payment", "cutting my payment", "lowering the payment", "减少月供", "月供能减少", "月供减少多少", "月供会减少", "月供能降", "月供降多少", "少多少月供", "月供少多少", "少还多少月供", "月供减少", "降低月供", "月供降低", "月供能少", "月供少", "月供会少", "月供变少", "月供可以少", "少还月供", "减月供", "每月少还", "每个月少还", "减少每月", "减少每个月", "减少还款额", "期限不变", "年限不变", "期数不变", "年期不变", "不缩短", "期限保持不变", "reduce payment", "keep the same term", "same term", "keep the term", "term unchanged", "term the same", "how much lower", "reduce my payment", "reduce the payment", "reduce my monthly", "reduce the monthly", "lower my monthly", "lower the monthly", "lower payment", "smaller monthly", "smaller payment", "reduce monthly", "pay less each month", "pay less every month", "pay less per month", "cut the monthly", "cut my monthly", "cut my payment", "lower monthly", "smaller installment", "smaller instalment", "lower the payment", "lower my payment", "lower payments", "lower the installment", "reduce the installment", "lower installment", "月付金降低", "月付降低", "交的钱少", "扣的钱少", "还的钱少", "每个月少交", "每月少交", "少扣点", "少交点", "少扣一点", "少交一点", "bring my monthly payment down", "bring the payment down", "bring my payment down", "bring down my", "bring the monthly payment down", "bring my monthly down", "monthly payment down", "reduce the instalment", "reduce my instalment", "lower the instalment", "降低每月", "降低每个月", "每月的月供", "lower-monthly-payment", "lower monthly payment option", "lower-payment", "供款少", "供款减少", "供少啲", "月供少啲", "payments go down", "payment go down", "payment goes down", "payments down", "cut the instalment", "cut the installment", "年期唔变", "减少每个月嘅供款", "减少每个月的供款", "减少供款", "减少每月供款", "减供"}
	cueShortenTerm   = []string{"same monthly instalment", "same monthly installment", "缩短", "缩减期限", "减少期限", "减少年限", "缩短期限", "缩短年限", "缩短还款期", "缩短贷款期限", "缩短时间", "缩期", "期限缩短", "年限缩短", "少还几年", "少还几个月", "提前几年还完", "月供不变", "保持月供", "月供保持不变", "shorten", "same monthly payment", "keep my payment", "keep the payment", "keep my monthly", "fewer months", "months do i save", "years do i save", "finish earlier", "pay it off sooner", "reduce the term", "same payment", "same payments", "my payments the same", "the payment the same", "the payments the same", "payment unchanged", "payments unchanged", "月付不变", "月付维持不变", "月供维持不变", "维持月供", "cut the number of months", "number of months", "shorter term", "cut the term", "reduce the number of", "keep the monthly payment", "monthly payment the same", "keep the monthly", "same emi", "keeping the same", "keep the same emi", "finish sooner", "月供唔变", "供款唔变", "paying the same amount", "same amount each month", "same amount every month", "keep paying the same", "扣的钱不变", "每月还的数不变", "还的数不变", "扣的钱一样", "每月还款不变", "月还款不变", "还款额不变", "每个月扣的钱不变", "installment as it is", "payment as it is", "keeping my installment", "keep my installment", "installment the same", "installment unchanged", "instalment as it is", "instalment unchanged", "instalment the same", "keeping my instalment", "keep the instalment", "keep the installment", "keeping the instalment", "keeping the installment", "emi unchanged", "emi the same", "repayment unchanged", "repayments unchanged", "keep my instalment", "月供维持唔变", "月供保持唔变", "供款不变", "keep the monthly the same", "月供额不变", "月供金额不变", "月付金额不变", "月付维持一样", "月供维持一样", "月供保持一样", "月付保持一样", "月供额维持不变", "月供额保持不变"}
	cueFull          = []string{"the whole remaining", "whole balance", "the whole loan", "entire balance", "entire remaining", "一把全结", "一把结清", "全结了", "一次性", "一次过", "所有贷款", "全部贷款", "所有的贷款", "all my loans", "all of my loan", "全数", "completely", "entirely", "in its entirety", "the full amount", "全额", "in one go", "the whole balance", "the entire balance", "whole mortgage", "whole loan", "entire loan", "entire mortgage", "一次还清", "一次结清", "一次过还清", "一笔还清", "全部结清", "全数还清", "提前还清", "还清贷款", "还清房贷", "还清剩下", "把贷款还清", "把房贷还清", "settle in full", "pay off everything", "clear the loan", "clear my loan", "clear the balance", "clear my mortgage", "一次性还清", "全部还清", "一次性全部", "全部还完", "结清", "还清全部", "一次性还完", "全额还款", "全部提前还", "剩下的全部", "剩余的全部", "全部还掉", "一次性结清", "pay off the whole", "pay off the entire", "pay off the full", "pay off the remaining", "pay off the rest", "in full", "pay it all off", "pay everything off", "full repayment", "settle the loan", "settle my loan", "close the loan", "close my loan", "pay off my loan completely", "pay off my mortgage completely", "一口气", "一笔过", "redeem", "fully redeem", "full redemption", "还晒", "清晒", "my whole", "clear my whole", "pay off my whole", "entire personal", "the whole thing", "whole thing", "be done with it", "一口气全", "全还", "一次全还", "全部缴清", "一次缴清", "缴清"}
)

// cueKeepTerm keeps the term as it is: a term word near "reduce" in "keep
// the term and reduce the monthly payment" does not shorten it.
// lessIsTime reports that every 少 (less) in the text starts a shorter
// term (月供不变能少还几年): no smaller payment is asked.
func lessIsTime(t *text) bool {
	n := 0
	for c, i := range t.matches(cueLess) {
		if s, k := t.firstOfIn(i, min(len(t.s), i+len(c)+12), cueShortenTerm); k != i || len(s) <= len(c) {
			return false
		}
		n++
	}
	return n > 0
}

var cueKeepTerm = []string{"keep the term", "keep the same term", "same term", "term unchanged", "term the same", "期限不变", "年限不变", "年期不变", "期数不变", "期限保持不变"}

// cuePaymentWord and cueLess make a reduce-payment ask when the first is
// followed closely by the second (月供可以降多少, payment be lower).
var (
	cuePaymentWord = []string{"月供", "每月还款", "每月还", "每个月还", "月付", "monthly payment", "monthly repayment", "payment", "payments", "installment", "instalment"}
	cueLess        = []string{"减", "降", "少", "低", "lower", "less", "smaller", "drop", "go down", "decrease", "reduce", "cheaper"}
	cueTermWord    = []string{"期限", "年限", "年期", "还款期", "期数", "term", "loan term"}
	cueShorter     = []string{"短", "缩", "shorter", "shorten", "reduce", "cut"}
)

// near reports whether a cue of what is followed within a few words by a
// cue of how (月供可以降多少, payment be lower), or preceded right before by
// one (降月供, lower my monthly payment).
func near(t *text, what, how []string, runes int) bool {
	for c, i := range t.matches(what) {
		n, m := 3*runes, 6 // bytes: runes Chinese runes after, two before
		if c[0] < utf8.RuneSelf {
			n, m = 6*runes, 14
		}
		e := min(t.clauseEndAfter(i+len(c)), i+len(c)+n)
		if t.hasIn(i+len(c), e, how) {
			return true
		}
		if a := max(t.clauseStart(i), i-m); t.hasIn(t.tailStart(a, i, 8), i, how) {
			return true
		}
	}
	return false
}

// prepayMode returns the prepayment mode asked about; none when the two
// partial modes are compared.
// cueBothModes names the term and the payment side by side, to choose.
var cueBothModes = []string{"年限和月供", "月供和年限", "期限和月供", "月供和期限", "年限还是月供", "月供还是年限", "期限还是月供", "月供还是期限", "term or the payment", "payment or the term", "term or the monthly", "monthly or the term"}

func prepayMode(t *text) string {
	reduce := t.has(cueReducePayment) || near(t, cuePaymentWord, cueLess, 4) && !lessIsTime(t)
	shorten := t.has(cueShortenTerm) || near(t, cueTermWord, cueShorter, 4) && !t.has(cueKeepTerm)
	if reduce && shorten {
		if m := preferredMode(t); m != "" {
			return m
		}
	}
	switch {
	case reduce && shorten || t.has(cueBothModes):
		return "" // 年限和月供到底该减哪个: both offered, none chosen
	case reduce:
		return ModeReducePayment
	case shorten:
		return ModeShortenTerm
	case fullAsked(t):
		return ModeFull
	}
	return ""
}

// cueValued right before a sum makes it what a property is worth.
// cueDownPayment names the part of the price paid up front.
var cueDownPayment = []string{"首付", "首期", "down payment", "downpayment", "deposit of"}

var cueValued = []string{"valued at", "worth", "估值", "市值", "成交价", "成交价是", "评估价", "售价", "总价", "房价", "楼价", "总房款", "房款", "price of", "priced at", "asking price"}

// cuePriced in the clause before "for" and a sum makes it a price (a flat
// we like for 2.4 million); cueSold, what was got for something sold.
var cuePriced = []string{"flat", "house", "home", "apartment", "place", "property", "car", "bought", "found", "listed", "priced", "asking"}

var cueSold = []string{"sold", "卖了", "卖掉", "卖咗", "出售"}
