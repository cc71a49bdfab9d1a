package signals

// code is a risk flag of DOMAIN.md §5, as a small index.
type code int8

const (
	noCode code = iota - 1
	selfHarm
	fraudRisk
	intentToDefault
	jobLoss
	businessDistress
	collateralIssue
	repaymentDifficulty
	legalThreat
	complaintEscalation
	incomeDrop
	illness
	multiDebt
	contactChange
	numCodes
)

// subject is whose situation a clause speaks of.
type subject uint8

const (
	subjNone     subject = iota // not said: the borrower, as in most messages
	subjSelf                    // 我, I, my; also the household (我家, 家里)
	subjSpouse                  // 老公, wife, partner
	subjFamily                  // parents, children, siblings
	subjOther                   // colleagues, friends, neighbours, someone
	subjBank                    // 你们, the bank, its collectors
	subjAnaphor                 // 他, she, they: whoever was named last
	subjStranger                // 有人, someone, a guy: nobody the borrower knows
)

// other reports whether s is someone other than the borrower, their family
// and the bank.
func other(s subject) bool { return s == subjOther || s == subjStranger }

// subjects is a set of subjects.
type subjects uint8

func (s subjects) has(x subject) bool { return s&(1<<x) != 0 }

func subjectSet(xs ...subject) subjects {
	var s subjects
	for _, x := range xs {
		s |= 1 << x
	}
	return s
}

// policy is how a code's cues are read.
type policy struct {
	name     string
	severity string
	// own lists the subjects whose situation counts as the borrower's.
	own subjects
	// situation codes describe a state of affairs, so a question about the
	// state in general, a fear of it, a future or a finished past one do
	// not count.
	situation bool
	// threat codes are said conditionally on purpose ("再乱扣款我就投诉"),
	// so a condition counts against them only inside their own clause.
	threat bool
	// tone is what the flag adds to the sentiment when a cue does not say.
	tone float32
}

var (
	borrower  = subjectSet(subjNone, subjSelf, subjSpouse, subjBank)
	household = subjectSet(subjNone, subjSelf, subjSpouse, subjFamily, subjBank)
	speaker   = subjectSet(subjNone, subjSelf, subjSpouse)
	// A scam is the borrower's whoever carries it out (有人自称银行), but
	// not when a friend is its victim.
	anyone = subjectSet(subjNone, subjSelf, subjSpouse, subjFamily, subjBank, subjStranger)
)

// policies is indexed by code. Spouses count for job and income (the
// household's money); any family member counts for illness, repayment and
// debts; a lawsuit is the borrower's own only (银行会起诉吗 is the bank's).
var policies = [numCodes]policy{
	selfHarm:            {"self_harm", Critical, borrower, false, true, -1.5},
	fraudRisk:           {"fraud_risk", High, anyone, false, false, -1},
	intentToDefault:     {"intent_to_default", High, borrower, false, true, -1},
	jobLoss:             {"job_loss", High, borrower, true, false, -1},
	businessDistress:    {"business_distress", High, borrower, true, false, -1},
	collateralIssue:     {"collateral_issue", High, household, true, false, -1},
	repaymentDifficulty: {"repayment_difficulty", High, household, true, false, -1},
	legalThreat:         {"legal_threat", High, speaker, false, true, -1},
	complaintEscalation: {"complaint_escalation", Medium, borrower, false, true, -1},
	incomeDrop:          {"income_drop", Medium, borrower, true, false, -1},
	illness:             {"illness", Medium, household, true, false, -1},
	multiDebt:           {"multi_debt", Medium, household, true, false, -1},
	contactChange:       {"contact_change", Low, borrower, false, false, 0},
}

// speculative reports whether fear or likelihood ("担心被裁", "might lose my
// job") keeps a code from being raised. Difficulty repaying is the
// exception: "可能还不上" is the signal itself.
func (c code) speculative() bool {
	return policies[c].situation && c != repaymentDifficulty && c != multiDebt
}
