package signals

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loandesk/loandesk/bot/nlu"
)

// flagCase is one message and the one code it must (or must not) raise.
type flagCase struct {
	text string
	want bool
}

// TestFlagsByCode checks each code in Simplified, Traditional and English,
// and the statements that must not raise it: negated, about someone else,
// hypothetical, or a question about the rule.
func TestFlagsByCode(t *testing.T) {
	a, d := newTestDetector(t)
	tests := map[string][]flagCase{
		"self_harm": {
			{"我真的不想活了", true},
			{"活著沒意思，不如死了算了", true},
			{"Some days I just want to end it all.", true},
			{"我不会自杀的，放心", false},
			{"我朋友说他不想活了", false},
			{"I would never kill myself.", false},
		},
		"fraud_risk": {
			{"有人自称银行工作人员让我把钱转到安全账户", true},
			{"對方讓我把驗證碼告訴他", true},
			{"有个中介说能帮我包装流水，收费五千", true},
			{"Someone pretending to be from the bank asked for my verification code.", true},
			{"A broker offered to raise my limit for a fee.", true},
			{"收不到验证码怎么办", false},
			{"听说最近有人冒充银行客服", false},
			{"如果有人让我转到安全账户怎么办", false},
			{"Do you ever ask customers for verification codes?", false},
		},
		"intent_to_default": {
			{"我不想还了，爱怎么办怎么办", true},
			{"反正我也不打算還了", true},
			{"I'm not going to pay anymore.", true},
			{"我不是不想还，是真的周转不开", false},
			{"如果不还会怎么样", false},
			{"What happens if I stop paying?", false},
			{"我不想还这么多利息", false},
		},
		"job_loss": {
			{"我最近失业了", true},
			{"我被公司資遣了", true},
			{"I was laid off last month.", true},
			{"我老公被裁员了", true},
			{"My wife lost her job.", true},
			{"我没有失业", false},
			{"I haven't lost my job.", false},
			{"我同事被裁员了", false},
			{"My friend's company went bankrupt.", false},
			{"万一失业了怎么办", false},
			{"What if I lose my job?", false},
			{"失业的话可以申请延期吗", false},
			{"去年失业过，现在已经找到工作了", false},
			{"听说有人被裁员了", false},
			{"我担心会被裁员", false},
			{"我爸失业了", false},
		},
		"business_distress": {
			{"生意不好做，订单掉了一大半", true},
			{"工廠停產了，資金鏈斷了", true},
			{"Business has been really slow this year.", true},
			{"我的生意没有受影响", false},
			{"我朋友的厂子停产了", false},
			{"如果生意不好可以延期吗", false},
		},
		"collateral_issue": {
			{"抵押的那套房子被法院查封了", true},
			{"抵押的房子被拍賣了", true},
			{"Our house was repossessed.", true},
			{"我的房子没有被查封", false},
			{"听说邻居的房子被法拍了", false},
			{"如果还不上，房子会被拍卖吗", false},
		},
		"repayment_difficulty": {
			{"这个月的房贷可能还不上", true},
			{"手頭有點緊", true},
			{"I'm kind of short on cash this month.", true},
			{"我已经逾期两期了", true},
			{"这个月钱不太够", true},
			{"我没有逾期", false},
			{"I can afford the payments.", false},
			{"我同事说他还不上了", false},
			{"如果还不上会怎么样", false},
			{"逾期一天会上征信吗", false},
			{"逾期超過90天會怎樣", false},
		},
		"legal_threat": {
			{"我已经找了律师，准备起诉你们银行", true},
			{"我會去法院告你們", true},
			{"I'm going to sue you.", true},
			{"我没打算起诉", false},
			{"银行会起诉我吗", false},
			{"Will you take me to court?", false},
			{"抵押的房子被法院查封了", false},
		},
		"complaint_escalation": {
			{"你们的客服太差劲了，我要投诉", true},
			{"再這樣亂扣款我就打12378", true},
			{"I'll report you to the regulator.", true},
			{"我不是要投诉，只是问问", false},
			{"催收电话一天打十几个，太过分了", false},
			{"I'm not complaining.", false},
			{"我朋友投诉过你们", false},
		},
		"income_drop": {
			{"工资降了一半", true},
			{"最近沒什麼收入", true},
			{"My salary was cut.", true},
			{"我的收入没有减少", false},
			{"如果将来收入下降怎么办", false},
			{"我同事降薪了", false},
			{"Will my payment change if my income goes down?", false},
		},
		"illness": {
			{"家里老人生病做手术花了很多钱", true},
			{"我老婆住院了", true},
			{"I'm in hospital.", true},
			{"我没有生病", false},
			{"我同事住院了", false},
			{"万一生病住院怎么办", false},
			{"生病住院可以申请延期吗", false},
			{"I'm sick of this.", false},
		},
		"multi_debt": {
			{"我在好几个网贷平台都有借款，拆东墙补西墙", true},
			{"現在以貸養貸", true},
			{"I have several payday loans.", true},
			{"我没有网贷", false},
			{"网贷会影响房贷审批吗", false},
			{"我朋友欠了很多网贷", false},
		},
		"contact_change": {
			{"我换手机号了，以后联系这个号", true},
			{"我搬家了", true},
			{"I have a new phone number.", true},
			{"我没有换号", false},
			{"我朋友搬家了", false},
			{"如果换了手机号要怎么办", false},
		},
	}
	for code, cases := range tests {
		for _, c := range cases {
			got := detect(a, d, c.text)
			if has := slices.Contains(codes(got), code); has != c.want {
				t.Errorf("%s in %q: got %v, want %v; flags %s, ruled out %s", code, c.text, has, c.want, describe(got), ruledOutText(a, d, c.text))
			}
		}
	}
}

func ruledOutText(a *nlu.Analyzer, d *Detector, text string) string {
	an := a.Analyze(text)
	return ruledOut(d, an.Text, an.Norm)
}

// TestSeveralFlags checks that one message raises each of its codes once,
// in the order of their evidence.
func TestSeveralFlags(t *testing.T) {
	a, d := newTestDetector(t)
	tests := []struct {
		text string
		want []string
	}{
		{"我最近失业了，这个月的房贷可能还不上", []string{"job_loss", "repayment_difficulty"}},
		{"我老婆住院了，手头很紧，下个月的钱可能要晚几天", []string{"illness", "repayment_difficulty"}},
		{"反正我也还不起，你们爱怎么办怎么办吧", []string{"repayment_difficulty", "intent_to_default"}},
		{"I lost my job and my wife is in hospital, so I can't pay this month.", []string{"job_loss", "illness", "repayment_difficulty"}},
		{"失业了，还不上，还不起，真的还不了", []string{"job_loss", "repayment_difficulty"}},
	}
	for _, tt := range tests {
		got := codes(detect(a, d, tt.text))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestEvidence checks that evidence is the clause the customer wrote, in
// their script, trimmed, and that Why names the cue.
func TestEvidence(t *testing.T) {
	a, d := newTestDetector(t)
	tests := []struct {
		text, code, evidence, why string
	}{
		{"你好。我最近失业了，这个月的房贷可能还不上", "job_loss", "我最近失业了", "失业了"},
		{"你好。我最近失业了，这个月的房贷可能还不上", "repayment_difficulty", "这个月的房贷可能还不上", "还不上"},
		{"工廠停產了，資金鏈斷了", "business_distress", "工廠停產了", "停产了"},
		{"謝謝。  我老婆住院了 ，手頭很緊", "illness", "我老婆住院了", "住院了"},
		{"謝謝。  我老婆住院了 ，手頭很緊", "repayment_difficulty", "手頭很緊", "手头很紧"},
		{"ＩＴ公司把我裁了！", "job_loss", "ＩＴ公司把我裁了", "把我裁"},
		{"Hello. I LOST MY JOB last month, and money is tight", "job_loss", "I LOST MY JOB last month", "lost my job"},
		{"我没有失业，但是老公被裁员了", "job_loss", "老公被裁员了", "被裁员了"},
		{"第一行\n我被裁员了\n第三行", "job_loss", "我被裁员了", "被裁员了"},
	}
	for _, tt := range tests {
		res := detect(a, d, tt.text)
		i := slices.IndexFunc(res.Flags, func(f Flag) bool { return f.Code == tt.code })
		if i < 0 {
			t.Errorf("%q: no %s in %s", tt.text, tt.code, describe(res))
			continue
		}
		f := res.Flags[i]
		if f.Evidence != tt.evidence || f.Why != tt.why {
			t.Errorf("%q %s: evidence %q why %q, want %q and %q", tt.text, tt.code, f.Evidence, f.Why, tt.evidence, tt.why)
		}
		if f.Severity != SeverityOf(tt.code) {
			t.Errorf("%q %s: severity %q, want %q", tt.text, tt.code, f.Severity, SeverityOf(tt.code))
		}
	}
}

// TestLongEvidence checks that evidence from a long clause is a window of
// at most maxEvidence runes around the cue, taken from the original.
func TestLongEvidence(t *testing.T) {
	a, d := newTestDetector(t)
	text := strings.Repeat("這是一段很長很長的說明", 12) + "我被裁員了" + strings.Repeat("後面還有很多很多的內容", 12)
	res := detect(a, d, text)
	if len(res.Flags) != 1 {
		t.Fatalf("flags %s, want one job_loss", describe(res))
	}
	ev := res.Flags[0].Evidence
	if n := utf8.RuneCountInString(ev); n > maxEvidence || n < maxEvidence-2 {
		t.Errorf("evidence has %d runes, want about %d: %q", n, maxEvidence, ev)
	}
	if !strings.Contains(ev, "我被裁員了") || !strings.Contains(text, ev) {
		t.Errorf("evidence %q is not the original around the cue", ev)
	}
}

// TestEvidenceWordBoundaries checks that a window cut from a long English
// segment starts and ends between words: staff read it.
func TestEvidenceWordBoundaries(t *testing.T) {
	a, d := newTestDetector(t)
	for _, text := range []string{
		"Back when we first moved in we had approved for 500k with a broker and everything was fine and dandy for years and then I got laid off in March with no warning at all from the company, which was awful, and since then nothing has gone right for us",
		"I have worked really hard for years and we were approved for 500k at first, then I got laid off in March with no warning from the company and now I lie awake worrying about every single repayment on the flat",
		"My wife and I had been saving steadily for the deposit since twenty nineteen and everything looked good until I was made redundant last month along with most of the engineering department downstairs",
	} {
		res := detect(a, d, text)
		if len(res.Flags) == 0 {
			t.Fatalf("%q: no flag", text)
		}
		for _, f := range res.Flags {
			ev := f.Evidence
			i := strings.Index(text, ev)
			if i < 0 {
				t.Fatalf("evidence %q is not the original", ev)
			}
			if i > 0 && latinWord(rune(text[i-1])) && latinWord(rune(ev[0])) {
				t.Errorf("evidence starts mid-word: %q", ev)
			}
			if j := i + len(ev); j < len(text) && latinWord(rune(text[j])) && latinWord(rune(ev[len(ev)-1])) {
				t.Errorf("evidence ends mid-word: %q", ev)
			}
		}
	}
}

// TestSentiment checks the tone conventions.
func TestSentiment(t *testing.T) {
	a, d := newTestDetector(t)
	tests := []struct{ text, want string }{
		{"謝謝你的幫忙", Positive},
		{"好的，明白了，谢谢", Positive},
		{"Thanks, that's all for today", Positive},
		{"你们这个服务真不错，续贷很快就批了", Positive},
		{"收入挺稳定的，想看看能不能多贷一点", Positive},
		{"贷款能不能延长几年，月供太高了", Negative},
		{"催收电话一天打十几个，打到我单位去了，太过分了", Negative},
		{"刚才有人自称银行工作人员让我把钱转到安全账户", Negative},
		{"有个中介说能帮我包装流水提高额度，收费5000，靠谱吗", Neutral},
		{"我换手机号了，以后联系这个号", Neutral},
		{"我月薪两万，能贷多少？", Neutral},
		{"LPR降了，我的月供会变吗", Neutral},
		{"我想换一种还款方式，前期压力小一点的", Neutral},
		{"我没有失业，只是想了解一下提前还款", Neutral},
		{"你好", Neutral},
		{"不满意", Negative},
		{"我不担心", Neutral},
		{"谢谢，但是你们的效率太低了", Negative},
		{"This is ridiculous.", Negative},
		{"我老婆住院了，谢谢你们", Negative}, // trouble outweighs politeness
	}
	for _, tt := range tests {
		s := detect(a, d, tt.text).Sentiment
		if s.Label != tt.want {
			t.Errorf("%q: %s (%.2f), want %s", tt.text, s.Label, s.Score, tt.want)
		}
		if s.Score < -1 || s.Score > 1 {
			t.Errorf("%q: score %v out of range", tt.text, s.Score)
		}
		if (s.Score <= negativeBelow) != (s.Label == Negative) || (s.Score >= positiveAbove) != (s.Label == Positive) {
			t.Errorf("%q: label %s does not follow score %.2f", tt.text, s.Label, s.Score)
		}
	}
}

// TestAlignment checks that the NLU's normalised text lines up with the
// original without normalising again, and that a caller who filled only
// Text still gets evidence from the original.
func TestAlignment(t *testing.T) {
	a, d := newTestDetector(t)
	texts := []string{
		"我最近失业了，这个月的房贷可能还不上",
		"工廠停產了，資金鏈斷了",
		"  Ｉ　lost\tmy job\u200b，手頭很緊  ",
		"第一行\r\n\r\n第二行 我被裁员了\n",
		"帳戶\x00被凍結了",
		strings.Repeat("我失業了，", nlu.MaxRunes/5+10),
		"café naïve İstanbul 12,000元 3.5%",
	}
	for _, c := range readCases(t) {
		texts = append(texts, c.text)
	}
	for _, text := range texts {
		var al alignment
		if !al.align(text, a.Analyze(text).Norm) {
			t.Errorf("%q does not align with its normalised form", text)
		}
	}
	for _, text := range texts[:7] {
		full := d.Detect(a.Analyze(text))
		bare := d.Detect(nlu.Analysis{Text: text})
		if describe(full) != describe(bare) {
			t.Errorf("%q: with Norm %s, without %s", text, describe(full), describe(bare))
		}
	}
	// Wrong Norm: the detector normalises itself.
	res := d.Detect(nlu.Analysis{Text: "我失業了", Norm: "something else"})
	if describe(res) != "[job_loss(失业了: 我失業了)]" {
		t.Errorf("with a wrong Norm: %s", describe(res))
	}
}

// TestLexiconNormalised checks that every lexicon word is written the way
// the normaliser writes text, or it could never match.
func TestLexiconNormalised(t *testing.T) {
	a, d := newTestDetector(t)
	n := a.Normalizer()
	for _, e := range d.lx.entries {
		if got := n.Normalize(e.word); got != e.word && !strings.Contains(e.word, "\u2019") && !strings.Contains(e.word, "帐") {
			t.Errorf("lexicon word %q normalises to %q", e.word, got)
		}
		if strings.ContainsAny(e.word, ",.!?;:。、\n") {
			t.Errorf("lexicon word %q holds a clause boundary", e.word)
		}
	}
}

// TestLexiconTones checks that thanks are positive words: an entry made
// for its role alone would shadow the tone of a shorter one inside it.
func TestLexiconTones(t *testing.T) {
	_, d := newTestDetector(t)
	for _, e := range d.lx.entries {
		if e.role&roleThanks != 0 && e.tone <= 0 {
			t.Errorf("thanks word %q has tone %v", e.word, e.tone)
		}
	}
}

// TestTrie compares the trie with a direct search for the longest word.
func TestTrie(t *testing.T) {
	words := []string{"a", "ab", "abc", "b", "bcd", "失业", "失业了", "没有", "没有收入", "ill", "i", "hi"}
	tr := buildTrie(words, nil)
	for _, s := range []string{"abcd", "xabc", "失业了吗", "我没有收入", "没有", "this hi", "ill-advised", "i'll", "bill", "'ab' 'i'", "don't'ab"} {
		for i := range s {
			e, end, _ := tr.longest(s, i)
			wantE, wantEnd := -1, i
			if !midWord(s, i) {
				for j, w := range words {
					if strings.HasPrefix(s[i:], w) && len(w) > wantEnd-i && endOK(s, i+len(w), len(w)) {
						wantE, wantEnd = j, i+len(w)
					}
				}
			}
			if e != wantE || (e >= 0 && end != wantEnd) {
				t.Errorf("longest(%q, %d) = %d,%d; want %d,%d", s, i, e, end, wantE, wantEnd)
			}
		}
	}
}

// TestConcurrentDetect shares one Detector between goroutines (run with -race).
func TestConcurrentDetect(t *testing.T) {
	a, d := newTestDetector(t)
	ans := []nlu.Analysis{a.Analyze("我最近失业了，这个月的房贷可能还不上"), a.Analyze("谢谢"), a.Analyze("I'll report you to the regulator.")}
	want := make([]string, len(ans))
	for i, an := range ans {
		want[i] = describe(d.Detect(an))
	}
	done := make(chan struct{})
	for g := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range 200 {
				k := (g + i) % len(ans)
				if got := describe(d.Detect(ans[k])); got != want[k] {
					t.Errorf("concurrent Detect: %s, want %s", got, want[k])
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}
