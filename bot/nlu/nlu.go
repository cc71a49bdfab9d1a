package nlu

import "strings"

// Analysis is what the assistant understood from one message. Sentiment and
// risk flags are another package's job; callers compose them alongside.
type Analysis struct {
	Text   string // the message as written
	Norm   string // normalised: Simplified, half-width, lowercase, single spaces; at most MaxRunes runes
	Lang   string // LangHans, LangHant or LangEn
	Intent string // one of Intents
	Slots  Slots
	Why    string // the rule and cue that decided the intent, for people
	Rule   string // the rule that decided the intent (RuleClassifier when the fallback did), for code
	// Plight is the flag code (DOMAIN.md §5) of the borrower's plight the
	// intent was read from (job_loss, illness…; empty when the intent came
	// from anything else).
	// A caller that finds the plight is not the borrower's own after all
	// reads the message again with AnalyzeDisowned.
	Plight string
}

// RuleClassifier is the Rule of an intent the fallback classifier chose.
const RuleClassifier = "classifier"

// Analyzer understands borrower messages. It is safe for concurrent use.
type Analyzer struct {
	norm *Normalizer
	cues *cueIndex
	nb   *naiveBayes // nil: no fallback classifier
}

// New builds an Analyzer; it loads the script dictionaries and indexes the
// cue lists and trains the fallback classifier on testdata/labelled.tsv
// (some 30 ms), so build one per process.
func New() (*Analyzer, error) {
	n, err := NewNormalizer()
	if err != nil {
		return nil, err
	}
	a := &Analyzer{norm: n, cues: newCueIndex(wholeTextCues())}
	if useClassifier {
		a.nb = trainNB(n, labelledTSV)
	}
	return a, nil
}

// Normalizer returns the normaliser the Analyzer uses, for other readers of
// text that must match the same way.
func (a *Analyzer) Normalizer() *Normalizer { return a.norm }

// ruledOut reports whether the rules saw the cues of class in t and
// discounted them (a hardship that is over or someone else's, a complaint
// denied, a person not asked for): the classifier may not bring it back.
func ruledOut(t *text, class string) bool {
	switch class {
	case IntentHardship:
		for _, h := range hardshipRules {
			if t.has(h.cues) {
				return true
			}
		}
		return t.has(cueOverdue) || t.has(cueSelfHarm)
	case IntentComplaint:
		return t.has(cueEscalation) || t.has(cueGrievance)
	case IntentHumanHandoff:
		return t.has(cueHandoff) || t.has(cueFraudVictimStrong) || t.has(cueFraudVictim) || t.has(cueFraudInProgress)
	}
	return false
}

// chatTypos are pinyin-keyboard slips common enough to read as meant
// (车代 for 车贷), and the Simplified spellings opencc leaves apart from the
// ones the cues use (帳戶 becomes 帐户, 紀錄 纪录); each keeps its length,
// so nothing after it moves.
var chatTypos = strings.NewReplacer("月贡", "月供", "车代", "车贷", "房代", "房贷", "网代", "网贷", "代款", "贷款", "利律", "利率", "想题前", "想提前", "帐", "账", "纪录", "记录", "甚么", "什么")

// readAs reads regional words as the ones the cues know (Taiwan's 月付金 is
// 月供, Cantonese 唔变 不变, Sichuan 啥子 什么). The Analysis keeps the message's own words; only matching and
// slots read this form, so a change of length moves nothing they share.
var readAs = strings.NewReplacer("月付金", "月供", "月付", "月供", "唔变", "不变", "啥子", "什么", "咋个", "怎么", "还来得及", "仍来得及") // 还来得及: still in time, no repaying

// englishSlips are common English misspellings read as meant (montly,
// mortage); applied only to text with Latin letters.
var englishSlips = strings.NewReplacer("montly", "monthly", "mothly", "monthly", "mortage", "mortgage", "morgage", "mortgage", "mortgae", "mortgage", "intrest", "interest", "paymnet", "payment", "repaymnet", "repayment")

// hasLatin reports whether s has an ASCII letter.
func hasLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetterByte(s[i]) {
			return true
		}
	}
	return false
}

// Analyze understands one message. It never panics, whatever the input
// (invalid UTF-8 included), and reads at most MaxRunes runes of it.
func (a *Analyzer) Analyze(text string) Analysis { return a.analyze(text, true) }

// AnalyzeDisowned is Analyze with no plight read as the borrower's own: for
// a caller whose finer reading of whose a plight is (the signals pass)
// found that the one Analysis.Plight names is someone else's, past or
// supposed.
func (a *Analyzer) AnalyzeDisowned(text string) Analysis { return a.analyze(text, false) }

func (a *Analyzer) analyze(text string, ownPlights bool) Analysis {
	norm, st := a.norm.normalize(text)
	read := norm
	if strings.Contains(read, "’") {
		read = strings.ReplaceAll(read, "’", "'") // I’m, don’t: phone keyboards
	}
	read = readAs.Replace(chatTypos.Replace(read))
	if hasLatin(read) {
		read = englishSlips.Replace(read)
	}
	t := newText(read, a.cues)
	ms := scanNumbers(t.rs)
	markElapsed(t.rs, ms)
	v := classify(t, ms, ownPlights)
	intent, rule, why := v.intent, v.rule, ""
	if rule == ruleUnknown || rule == ruleDomainFallback {
		if c, w, ok := a.nb.fallback(read, v, func(class string) bool { return ruledOut(t, class) }); ok {
			intent, rule, why = c, RuleClassifier, w
		}
	}
	if why == "" {
		why = v.why()
	}
	return Analysis{
		Text:   text,
		Norm:   norm,
		Lang:   detectLang(st),
		Intent: intent,
		Slots:  extractSlots(t.rs, t, intent, ms),
		Why:    why,
		Rule:   rule,
		Plight: v.plight,
	}
}
