package nlu

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var benchTexts = []string{
	"你好",
	"贷款100万，30年，利率3.5%，月供多少",
	"我的收入每月8千，想借30万分5年还，可以吗",
	"提前還款5萬，縮短期限",
	"If I pay off 50,000 early and keep the same monthly payment, how many months do I save?",
	"我同事被裁员了，我想问问如果以后遇到这种情况银行有什么政策",
	"五年期LPR下调10个基点，我每个月能少还多少",
}

// BenchmarkAnalyze measures a typical mix of messages; the target is well
// under 1 ms per message.
func BenchmarkAnalyze(b *testing.B) {
	a := newTestAnalyzer(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Analyze(benchTexts[i%len(benchTexts)])
	}
}

// BenchmarkAnalyzeLong measures the worst case the MaxRunes bound allows.
func BenchmarkAnalyzeLong(b *testing.B) {
	a := newTestAnalyzer(b)
	long := strings.Repeat("我的收入每月8千，想借30萬分5年還，可以嗎？", 200)
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(long)
	}
}

// A story a borrower might paste: about 600 runes of Simplified Chinese
// with a few figures, that names its intent only at the end.
const benchStory = "你好，我想说一下我家里最近的情况，可能有点长，麻烦耐心看完。" +
	"我是前年在你们银行办的房贷，当时贷了120万，期限25年，选的是等额本息，每个月大概还六千多。" +
	"那时候我和我爱人两个人都有工作，我在一家做外贸的公司做财务，她在学校当老师，收入还算稳定，" +
	"每个月加起来有两万出头，还完房贷还能存一点钱。去年下半年开始，公司的订单一直在减少，" +
	"老板说是海外客户那边需求下降了，先是取消了年终奖，后来又把大家的底薪降了三成，" +
	"今年三月份干脆让我们部门一半的人回家待岗，只发最低工资。我现在每个月到手只有三千左右，" +
	"我爱人的工资要交孩子的学费和补习班，还要给老人看病，家里的开销一下子就紧张起来了。" +
	"这半年我们已经把能省的都省了，外卖不点了，旅游也取消了，但还是很吃力。" +
	"我们也想过把车卖掉，但是车子本身也不值多少钱，而且我爱人每天上班要开车送孩子。" +
	"我不是不想还钱，之前三十多期一次都没有逾期过，征信一直很好，我也很珍惜这个记录。" +
	"我在网上看到有人说可以申请延长贷款期限，把月供降下来，等情况好转了再提前还一部分。" +
	"也有人说可以先只还利息，过一年再恢复正常还款，我不太清楚你们银行有没有这样的政策。" +
	"我想问一下，如果我把剩下的期限从二十二年延长到三十年，月供大概能少多少，利息会多出来多少，" +
	"需要准备什么材料，要不要去网点办理，审批大概要多长时间，会不会影响我的征信记录。" +
	"另外，如果公司下个月恢复正常上班，我是不是还可以改回原来的期限？谢谢你们，辛苦了。"

// A pasted Traditional Chinese complaint-and-question, repeated past
// MaxRunes: the Traditional-heavy worst case.
var benchLongHant = strings.Repeat("您好，我是貴行的老客戶，這幾年一直在這裡辦理房屋貸款，"+
	"之前的服務態度還算可以，但是最近幾個月發生了很多讓人難以理解的事情。"+
	"我的薪資轉帳帳戶在每個月十號入帳，可是扣款日期卻是每個月五號，"+
	"導致帳戶餘額經常不夠，系統就會連續扣款好幾次，還產生了額外的費用。"+
	"我打過電話詢問，對方說要等後台處理，結果兩個禮拜過去了還是沒有任何消息。"+
	"我想知道能不能把還款日期調整到發薪日之後，還有之前額外產生的費用能不能退還給我，"+
	"另外這種情況會不會影響到我的信用紀錄，因為我明年還打算申請一筆裝修貸款。", 9)

// A pasted repayment schedule, repeated past MaxRunes: the digit-heavy
// worst case (scanNumbers stops at maxMentions, the rest is still read).
var benchLongDigits = strings.Repeat("第12期 2024年3月15日 應還4,388.17元，本金2,150.33元，利息2,237.84元，剩餘本金998,849.67元；", 40)

// One cue repeated past MaxRunes: every occurrence is checked for a
// negator and a hypothesis before it, the hostile worst case for classify.
var benchLongRepeat = strings.Repeat("逾期", MaxRunes/2+100)

// benchCases are the messages the per-case benchmarks time, from a typical
// turn to the longest text MaxRunes lets through.
var benchCases = []struct{ name, text string }{
	{"zh-Hans", "我的收入每月8千，想借30万分5年还，可以吗"},
	{"zh-Hant", "提前還款5萬，縮短期限的話，每個月的月供會變多少？"},
	{"en", "If I pay off 50,000 early and keep the same monthly payment, how many months do I save?"},
	{"story-600", benchStory},
	{"max-hant-2000", benchLongHant},
	{"max-digits-2000", benchLongDigits},
	{"max-repeat-2000", benchLongRepeat},
}

// BenchmarkAnalyzeCases times Analyze per kind of message; the budget for
// the whole analysis of one message is 1 ms at p99.
func BenchmarkAnalyzeCases(b *testing.B) {
	a := newTestAnalyzer(b)
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				a.Analyze(c.text)
			}
		})
	}
}

// BenchmarkNormalize times the normaliser alone, which other readers of
// the text (the signals pass) also call on clauses.
func BenchmarkNormalize(b *testing.B) {
	n := newTestAnalyzer(b).Normalizer()
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				n.Normalize(c.text)
			}
		})
	}
}

// TestBenchCases keeps the benchmark texts what their names say.
func TestBenchCases(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range benchCases {
		got := a.Analyze(c.text)
		n := utf8.RuneCountInString(c.text)
		if strings.HasPrefix(c.name, "max-") && n <= MaxRunes {
			t.Errorf("%s: %d runes, want more than MaxRunes", c.name, n)
		}
		t.Logf("%s: %d runes, lang %s, intent %s (%s)", c.name, n, got.Lang, got.Intent, got.Why)
	}
}
