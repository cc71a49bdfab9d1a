package signals

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/loandesk/loandesk/bot/nlu"
)

// Sentiment labels.
const (
	Negative = "negative"
	Neutral  = "neutral"
	Positive = "positive"
)

// Severities, lowest first.
const (
	Low      = "low"
	Medium   = "medium"
	High     = "high"
	Critical = "critical"
)

// Sentiment is a message's tone: Label, and Score in −1…1.
type Sentiment struct {
	Label string
	Score float64
}

// Flag is one risk signal: Code from DOMAIN.md §5, its Severity, and the
// clause of the original text that raised it.
type Flag struct {
	Code     string
	Severity string
	Evidence string
	Why      string // the cue that matched, for explanations and eval output
}

// Result is what Detect found in one message.
type Result struct {
	Sentiment Sentiment
	Flags     []Flag // at most one per code, in order of first evidence
	// RuledOut are the codes whose cues the scope rules found not to be
	// the borrower's situation now (negated, someone else's, past,
	// supposed), at most once each.
	RuledOut []string
}

// Detector finds sentiment and flags. It is safe for concurrent use.
type Detector struct {
	norm *nlu.Normalizer
	lx   *lexicon
	pool sync.Pool // of *reading, so a message costs few allocations
}

// New builds a Detector that matches text the way the NLU does. It indexes
// the lexicon (a few milliseconds); build one per process.
func New(n *nlu.Normalizer) *Detector {
	return &Detector{norm: n, lx: buildLexicon()}
}

// Detect reads one message. an is the NLU's reading of the same text (its
// Text is the message as written, its Intent a hint for tone). It never
// panics, whatever the input.
func (d *Detector) Detect(an nlu.Analysis) Result {
	r := d.read(an.Text, an.Norm)
	defer d.release(r)
	res := Result{Sentiment: r.sentiment(an.Intent)}
	for _, f := range r.flags {
		p := &policies[f.code]
		res.Flags = append(res.Flags, Flag{Code: p.name, Severity: p.severity, Evidence: r.evidence(f.tok), Why: f.why})
	}
	for _, s := range r.suppressed {
		if s.reason == reasonGrace {
			continue // grace asked is the borrower's own plea now, only too mild to flag
		}
		if name := policies[s.code].name; !slices.Contains(res.RuledOut, name) {
			res.RuledOut = append(res.RuledOut, name)
		}
	}
	return res
}

// SeverityOf returns a flag code's severity (DOMAIN.md §5), or "" for an unknown code.
func SeverityOf(code string) string {
	return severities[code]
}

var severities = map[string]string{
	"self_harm":            Critical,
	"fraud_risk":           High,
	"intent_to_default":    High,
	"job_loss":             High,
	"business_distress":    High,
	"collateral_issue":     High,
	"repayment_difficulty": High,
	"legal_threat":         High,
	"complaint_escalation": Medium,
	"income_drop":          Medium,
	"illness":              Medium,
	"multi_debt":           Medium,
	"contact_change":       Low,
}

// reading is the working state of one Detect call.
type reading struct {
	lx      *lexicon
	text    string // the original, as written
	norm    string // its normalised form
	al      alignment
	toks    []token
	segs    []segment
	clauseQ []uint8  // per clause: what it asks
	later   []uint32 // per token: what the rest of its clause says
	sources []uint8  // per sentence: lenders named, up to 2

	flagged    codeSet
	codeTone   [numCodes]float32
	flags      []raised
	suppressed []suppression // cues that scope ruled out, for tests
	tone       float32       // sum of the sentiment words
	irony      float32       // of which bare praise that may be sarcastic
	please     float32       // of which a bare 唔该, please when the message asks for something
	defyOnly   bool          // intent_to_default rests on defiance alone
	willPay    bool          // the customer says they will pay (我又不是不还)
	feared     bool          // a plight feared for oneself counted as worry
	bankLate   bool          // the bank's reminder said to be late, counted as a complaint
	polite     bool          // a please word (唔该, please, 麻烦你)
	thanksOnly float32       // bare thanks alone in their clause
	steady     float32       // of which a steady state (稳定, steady)
	laugh      float32       // of which laughter (哈哈, lol)
	joke       bool          // something said is taken back as a joke (开玩笑的)
	goodWay    uint64        // sentences (up to 64) that say "in a good way": their complaint words are delight
	grave      bool          // release or burden spoken of (解脱, 拖累): a death spoken softly is self-harm
	backRef    int           // the last token that looks back on a period (那段时间), -1 if none
	resAt      [8]int32      // tokens that say a situation is over, in order (up to 8)
	resN       int
	deniedAt   [numCodes]int32 // 1 + the token where the borrower denies the code for themselves (我没被裁)
	otherTone  bool            // a complaint against someone else counted as the speaker's annoyance
	owedTone   bool            // a debtor's refusal to pay the borrower back counted as their trouble
	sparedTone bool            // a plight others suffer that the borrower is spared counted as good news
	holding    uint8           // the marks the scan passed (holds)
	bait       float32         // praise in a sentence that names a stranger (秒批): their offer's, if it is a scam
	sinceAt    []sinceRes      // words that say a plight told before them is over for its owner (stable job ever since)
	pastStory  uint64          // sentences (up to 64) that tell a dated past on to what came of it: their tone words are the story's
	nowSent    uint64          // sentences (up to 64) that name the present (今天, 现在)
	believed   bool            // a belief told (还以为, I was sure): laughter at it is mirth
	handedOver bool            // money or a code handed over (I sent them the code): a scam believed is one
	pastTurn   [64]int32       // per past story: where what came of it later is first told
	bankSues   bool            // a lawsuit was read as the bank's (银行会起诉吗): the process asked about after it is too
	closeWorry bool            // someone the borrower knows spoke of ending their life: counted as the speaker's worry
	pray       float32         // of which a 🙏, please when the message asks for something politely (求算一下🙏)
}

// sinceRes is a word that ends, for whoever it speaks of, the plights
// told before it (Back in 2021 I was unemployed…, but I've had a stable
// job for two years now).
type sinceRes struct {
	tok   int
	codes codeSet
	subj  subject
}

// raised is a flag decided, before its evidence is cut.
type raised struct {
	code code
	tok  int
	why  string
	subj subject // whose situation, as read
}

// suppression is a cue that was found but ruled out, and why.
type suppression struct {
	code   code
	why    string
	reason string
	tok    int // the cue's token
}

// read aligns, scans and judges one message.
func (d *Detector) read(text, norm string) *reading {
	r, _ := d.pool.Get().(*reading)
	if r == nil {
		r = &reading{}
	}
	*r = reading{
		lx: d.lx, text: text, norm: norm, al: r.al,
		toks: r.toks[:0], segs: r.segs[:0], clauseQ: r.clauseQ[:0], later: r.later[:0],
		flags: r.flags[:0], suppressed: r.suppressed[:0], sinceAt: r.sinceAt[:0],
	}
	if !r.al.align(text, norm) {
		r.norm = d.norm.Normalize(text)
		if r.norm == norm || !r.al.align(text, r.norm) {
			r.al.proportional(text, r.norm)
		}
	}
	r.scan()
	r.judge()
	return r
}

// release returns r to the pool without the customer's words.
func (d *Detector) release(r *reading) {
	r.text, r.norm = "", ""
	d.pool.Put(r)
}

// addTone counts the sentiment word at k: a negated positive word turns
// mildly negative (不满意 has its own entry), a negated negative one
// neutral (不担心), and what follows "but" weighs more.
func (r *reading) addTone(k int, tone float32) {
	tk := &r.toks[k]
	sg := &r.segs[tk.seg]
	e := tk.e
	if e == nil {
		e = &entry{} // a sentiment pattern: a plain word
	}
	// An emoji is the customer's mood wherever it stands: it is neither
	// asked about nor negated (好久不见😄).
	if e.emoji {
		if tone > 0 && e.role&roleThanks != 0 {
			r.pray += tone * sg.weight
		}
		r.tone += tone * sg.weight
		return
	}
	// Praise asked about is not praise (审批很快吗), nor is a mild worry
	// (手续复杂吗); a strong word still is (是不是太高了), thanks are
	// thanks, and a reproach is one (为什么又扣了两次?).
	// 不满12个月, 不满一年: under a count, not displeasure.
	if e.word == "不满" && countFollows(r.norm[tk.t:]) {
		return
	}
	// This LPR cut is killing me, in a good way: a complaint's words turned
	// to delight in their sentence.
	if tone < 0 && sg.sent < 64 && r.goodWay&(1<<sg.sent) != 0 {
		return
	}
	q := r.question(sg.clause)
	if tone > -1 && e.role&roleThanks == 0 && q&yesNoQuestion != 0 && !(tone < 0 && q&whyQuestion != 0) {
		return
	}
	if r.negated(k) {
		if tone < 0 {
			return
		}
		tone = -tone / 2
	} else if tone > 0 && e.role&roleIrony != 0 && r.alone(k) {
		r.irony += tone * sg.weight
	} else if tone > 0 && e.role&rolePlease != 0 {
		r.please += tone * sg.weight
	} else if tone > 0 && e.role&roleThanks != 0 && r.alone(k) {
		r.thanksOnly += tone * sg.weight
	} else if tone > 0 && e.role&roleSteady != 0 {
		r.steady += tone * sg.weight
	} else if tone > 0 && e.role&roleLaugh != 0 {
		r.laugh += tone * sg.weight
	}
	r.tone += tone * sg.weight
}

// reassured reports whether a cue was ruled out as negated, as someone
// else's or as only supposed: a steady state told beside it reassures.
func (r *reading) reassured() bool {
	for _, s := range r.suppressed {
		// (万一我生病住院了…现在身体挺好的: beside a plight only supposed.)
		// (我店里有个熟客说他们公司倒闭了，我自己生意还行: beside one
		// reported in someone else's words.)
		// (新闻老说“收入下降还不起房贷”，我这边还行: beside one quoted from
		// the news or heard of.)
		if s.reason == "negated" || s.reason == "someone else" || s.reason == "hypothetical" || s.reason == "reported" ||
			s.reason == "quoted" || s.reason == "hearsay" {
			return true
		}
	}
	return false
}

// longAccount is how many sentences make a message a long account, whose
// steady states are background.
const longAccount = 3

// sentences counts the message's sentences.
func (r *reading) sentences() int {
	if len(r.segs) == 0 {
		return 0
	}
	return int(r.segs[len(r.segs)-1].sent) + 1
}

// alone reports whether the token at k is the only word of its clause
// (Great, … Brilliant.).
func (r *reading) alone(k int) bool {
	c := r.segs[r.toks[k].seg].clause
	return (k == 0 || r.segs[r.toks[k-1].seg].clause != c) &&
		(k+1 == len(r.toks) || r.segs[r.toks[k+1].seg].clause != c)
}

// Sentiment thresholds on the score; a raw sum of ±0.4 or more (one mild
// word) leaves neutral.
const (
	negativeBelow = -0.25
	positiveAbove = 0.25
	// flagCeiling is the highest score a message with a flag that sounds
	// bad can have: a borrower in trouble who says thanks is still in
	// trouble. (A calm question about an intermediary's offer, a new phone
	// number: those flags have no tone.)
	flagCeiling = -0.3
)

// askingIntent are the intents that ask for something: a bare 唔该 in them
// is please.
var askingIntent = map[string]bool{
	"quota_trial": true, "repayment_schedule": true, "loan_status": true, "prepayment": true,
	"term_extension": true, "method_change": true, "due_date_change": true, "lpr_impact": true,
	"human_handoff": true, "faq": true,
}

// sentiment sums the words, the flags and the intent's hint, and squashes
// the sum into −1…1.
func (r *reading) sentiment(intent string) Sentiment {
	// The intent's hint breaks a tie; it never turns what the words say
	// (a worried message the NLU took for thanks stays worried).
	raw := r.tone
	if r.please > 0 && askingIntent[intent] {
		raw -= r.please // 转真人客服，唔该: please, not thanks
	}
	if r.polite && r.thanksOnly > 0 && askingIntent[intent] && r.tone-r.please-r.thanksOnly <= 0 {
		raw -= r.thanksOnly // 唔该帮我转真人, thanks: a polite request, not thanks for anything
	}
	if r.polite && r.pray > 0 && askingIntent[intent] && r.tone-r.please-r.thanksOnly-r.pray <= 0 {
		raw -= r.pray // 求算一下🙏: the hands join to ask, not to thank
	}
	// 我朋友的公司倒闭了，我自己工作很稳定; 我的工作很稳定，没有被裁员的问题:
	// a steady state set against a plight that is someone else's or
	// denied is reassurance, not good news. So is one told among the
	// details of a long account that asks for a service (我和爱人都在事业
	// 单位…收入稳定…请问改完之后第一个月要还多少?): background, where a
	// short 收入稳定，想了解一下能贷多少 says it as its news.
	if r.steady > 0 && (r.reassured() || askingIntent[intent] && r.sentences() >= longAccount) {
		raw -= r.steady
	}
	// 哈哈，感觉自己要破产了，开玩笑的: the laughter is the joke's; and
	// laughter alone (哈哈哈, lol), with nothing it laughs at, is no mood.
	// (哈哈笑死，我还以为要罚一大笔，原来不收: laughter at a belief proved
	// wrong is mirth.)
	if r.joke || r.laugh > 0 && math.Abs(float64(r.tone-r.laugh)) < 1e-6 && !r.believed {
		raw -= r.laugh
	}
	// 有人加我微信…能走内部通道秒批: a stranger's offer is the bait, not
	// the speaker's delight, once it is a scam.
	if r.bait != 0 && r.flagged.has(fraudRisk) {
		raw -= r.bait
	}
	if hint := intentTone[intent]; hint*raw >= 0 {
		raw += hint
	}
	// "Great, another fee nobody told me about. Brilliant.": bare praise
	// around a plain complaint is sarcasm.
	if r.irony > 0 && r.tone-r.irony <= -1 {
		raw -= 2 * r.irony
	}
	grave := false
	for _, f := range r.flags {
		t := r.codeTone[f.code]
		raw += t
		grave = grave || t < 0
	}
	score := math.Tanh(float64(raw) / 1.5)
	if grave {
		score = min(score, flagCeiling)
	}
	score = math.Round(score*100) / 100
	switch {
	case score <= negativeBelow:
		return Sentiment{Label: Negative, Score: score}
	case score >= positiveAbove:
		return Sentiment{Label: Positive, Score: score}
	}
	return Sentiment{Label: Neutral, Score: score}
}

// maxEvidence bounds evidence, in runes.
const maxEvidence = 80

// evidence returns the customer's own words for the cue at k: its segment
// of the original, trimmed, or a window of it around the cue when longer.
func (r *reading) evidence(k int) string {
	tk := &r.toks[k]
	sg := &r.segs[tk.seg]
	ev := trim(r.al.span(r.text, int(sg.s), int(sg.t)))
	if longerThan(ev, maxEvidence) {
		ev = r.window(int(sg.s), int(sg.t), int(tk.s), int(tk.t))
	}
	if ev == "" {
		ev = trim(r.al.span(r.text, int(tk.s), int(tk.t)))
	}
	if !utf8.ValidString(ev) {
		ev = strings.ToValidUTF8(ev, "")
	}
	return ev
}

// window cuts maxEvidence runes of the original segment [s,t) around the
// cue [cs,ct), all in normalised offsets.
func (r *reading) window(s, t, cs, ct int) string {
	o0, o1 := int(r.al.orig[s]), int(r.al.orig[t])
	c0, c1 := int(r.al.orig[cs]), int(r.al.orig[ct])
	c0, c1 = max(c0, o0), min(max(c1, c0), o1)
	budget := maxEvidence - utf8.RuneCountInString(r.text[c0:c1])
	// Half the room before the cue, the rest after.
	a := c0
	for n := 0; n < budget/2 && a > o0; n++ {
		_, size := utf8.DecodeLastRuneInString(r.text[o0:a])
		a -= size
	}
	budget -= utf8.RuneCountInString(r.text[a:c0])
	b := c1
	for n := 0; n < budget && b < o1; n++ {
		_, size := utf8.DecodeRuneInString(r.text[b:o1])
		b += size
	}
	// Staff read it: a Latin word is not cut (ved for 500k…), so the
	// window gives back the part of a word at either end.
	for a < c0 && cutsWord(r.text[o0:a], r.text[a:c0]) {
		_, size := utf8.DecodeRuneInString(r.text[a:c0])
		a += size
	}
	for b > c1 && cutsWord(r.text[c1:b], r.text[b:o1]) {
		_, size := utf8.DecodeLastRuneInString(r.text[c1:b])
		b -= size
	}
	return trim(r.text[a:b])
}

// cutsWord reports whether the place between before and after falls
// inside a Latin word or number.
func cutsWord(before, after string) bool {
	x, _ := utf8.DecodeLastRuneInString(before)
	y, _ := utf8.DecodeRuneInString(after)
	return latinWord(x) && latinWord(y)
}

// latinWord reports whether c belongs to a word of Latin letters or digits.
func latinWord(c rune) bool {
	return c == '\'' || c == '\u2019' || unicode.IsDigit(c) || unicode.Is(unicode.Latin, c)
}

// longerThan reports whether s has more than n runes, reading at most n+1.
func longerThan(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	for range s {
		if n == 0 {
			return true
		}
		n--
	}
	return false
}

// trim drops what the normaliser ignores from both ends.
func trim(s string) string {
	return strings.TrimFunc(s, func(c rune) bool {
		return unicode.IsSpace(c) || dropped(c)
	})
}

// countFollows reports whether s starts with a number (12, 一, 两, 半).
func countFollows(s string) bool {
	c, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return c >= '0' && c <= '9' || strings.ContainsRune("一二两三四五六七八九十半几", c)
}
