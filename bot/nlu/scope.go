package nlu

import (
	"strings"
	"unicode/utf8"
)

// Scope: whether a cue speaks of the borrower's own situation now, or is
// negated, someone else's, supposed, general or over.

// questionFormPairs are A-not-A questions (有没有人工, 能不能), each with
// what it means: not negations.
var questionFormPairs = []string{"有没有", "有", "有冇", "有", "系唔系", "系", "可唔可以", "可以", "能唔能", "能", "得唔得", "得", "使唔使", "使", "会唔会", "会", "好唔好", "好", "是不是", "是", "能不能", "能", "可不可以", "可以", "要不要", "要", "会不会", "会", "行不行", "行", "do not know", ""}

var questionForms = strings.NewReplacer(questionFormPairs...)

// hasQuestionForm reports whether s may hold one of questionFormPairs: all
// but the last have 不 or 没.
func hasQuestionForm(s string) bool {
	for _, r := range s {
		if r == '不' || r == '没' || r == '唔' || r == '冇' {
			return true
		}
	}
	return strings.Contains(s, "do not know")
}

// negatedAt reports whether a negator stands shortly before the cue at i:
// within 3 runes for Chinese, within four words for English.
func negatedAt(t *text, i int, cue string) bool {
	window, margin := 3, 3
	switch {
	case isLetterByte(cue[0]):
		window, margin = 18, 6 // English words are longer
	case cue[0] < utf8.RuneSelf:
		window = 5 // a number called (不会去打12378): the verb sits between
	}
	// Read a few runes more than the window, so a question form or a word
	// the window would cut in two (能|不能, 特|别) is recognised whole.
	a := t.tailStart(t.clauseStart(i), i, window+margin)
	if !t.hasIn(a, i, cueNegation) {
		return false
	}
	bef := notNegations.Replace(t.s[a:i])
	if hasQuestionForm(bef) {
		bef = questionForms.Replace(bef)
	}
	return has(lastRunes(bef, window), cueNegation) || hasSuffixAny(strings.TrimRight(bef, " "), cueNotBecause)
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// notNegations are words holding a negator that negate nothing (特别,
// 不错, 不少), each replaced by a neutral stand-in; 任何 is dropped, so
// 没有任何还款困难 is as near its negator as 没有还款困难.
var notNegations = strings.NewReplacer("特别", "特", "分别", "分", "区别", "区", "类别", "类", "级别", "级", "个别", "个", "告别", "告", "差别", "差", "识别", "识", "辨别", "辨", "性别", "性", "别人", "人", "别的", "的", "别家", "家", "不错", "好", "不少", "多", "不久", "久", "不仅", "仅", "不但", "但", "不管", "管", "不过", "过", "不断", "断", "不停", "停", "差不多", "差", "不得不", "得", "没想到", "想", "不如", "如", "任何", "")

// Cues that make a statement about someone else, about the future or
// about a past that is over, not the borrower's situation now.
var (
	cueThirdParty      = []string{"房东", "landlord", "几户", "好几户", "coworker", "co-worker", "workmate", "隔篱", "佢话", "猫", "狗", "宠物", "cat", "dog", "pet", "同事", "朋友", "同学", "邻居", "表弟", "表哥", "表姐", "表妹", "堂弟", "堂哥", "堂姐", "堂妹", "cousin", "隔壁", "亲戚", "别人", "他人", "有人", "听说", "新闻", "客户", "同行", "别家", "colleague", "friend", "neighbor", "neighbour", "someone", "somebody", "people", "others", "brother-in-law", "a borrower", "borrowers", "flatmate", "roommate", "housemate", "室友", "几千人", "几百人", "很多人", "好多人", "一批人", "舅舅", "叔叔", "姑姑", "阿姨", "姨妈", "伯伯", "舅妈", "婶婶", "姑父", "姨父", "侄子", "外甥", "uncle", "aunt", "many people", "阿哥", "阿姐", "细佬", "细妹", "家姐", "thousands of people", "thousands of workers", "a guy", "some guy", "this guy", "a woman", "a man", "群里", "有个人", "那户", "upstairs", "downstairs", "楼上那户", "楼上的", "楼上邻居", "楼下那户", "楼下的", "楼下邻居"}
	cueOtherPerson     = []string{"coworker", "co-worker", "workmate", "隔壁", "隔篱", "business partner", "brother-in-law", "sister-in-law", "同事", "朋友", "同学", "邻居", "表弟", "表哥", "表姐", "表妹", "堂弟", "堂哥", "堂姐", "堂妹", "亲戚", "cousin", "colleague", "friend", "neighbor", "neighbour", "flatmate", "roommate", "housemate", "室友", "阿姨", "舅舅", "叔叔", "姑姑", "姨妈", "uncle", "aunt", "stranger", "a stranger", "some guy", "a guy", "a man", "a woman", "租客", "房客", "tenant"}
	cueFamily          = []string{"家里", "屋企", "家中", "家人", "家"}
	cueHypothetical    = []string{"如果", "假如", "假设", "假使", "倘若", "万一", "要是", "若是", "一旦", "哪天", "将来", "未来", "if", "in case", "suppose", "supposing", "what happens", "would", "in the event", "hypothetically", "let's say"}
	cueHypotheticalEnd = []string{"的话", "的时候"}
	cueGeneric         = []string{"just curious", "好奇问一下", "好奇问下", "一般", "通常", "一般来说", "的客户", "的借款人", "这类人", "对于", "usually", "typically", "in general", "generally", "normally", "people who", "customers who", "borrowers who", "those who", "anyone who", "do you offer", "does the bank offer", "do you have any", "does paying", "will paying", "would paying", "does being", "does missing", "will missing", "does a late", "will a late", "would a late", "does a bank", "do banks", "would a bank", "out of curiosity", "a customer", "for a uni", "for an assignment", "for homework"}
	cueResolved        = []string{"回稳", "稳住了", "sorted since", "全清掉了", "都清掉了", "出院好了", "追回来了", "要回来了", "官司打赢", "生意返晒", "返晒嚟", "身体没问题", "身体很好", "身体挺好", "已经处理好了", "都处理好了", "at my current firm", "at my current job", "with my current employer", "at my current company", "my current job", "现在的单位", "现在这家公司", "跳槽到新公司", "比原来还高", "比原来高", "back in a full-time job", "back in a job", "back in work", "back at work", "当天就补", "第二天就补", "马上就补", "补上了", "补交了", "caught up", "已经解封", "解封了", "早就解决了", "已经解决了", "started a new job", "got a new job", "new job in", "found work", "稳定咗", "稳定了", "全回来了", "都回来了", "比以前还好", "比以前更好", "早就入职", "入职了新", "入职新", "顺利还上", "缓过来", "好转了", "恢复过来", "挺过来", "熬过来", "都过去了", "现在正常", "早就正常", "现在没事", "back on track", "back on my feet", "现在好了", "早好了", "已经好了", "都好了", "康复", "痊愈", "硬朗", "都还清了", "已经还清", "早就还清", "全部还清了", "早就全部还清", "早已还清", "已经全部还清", "早就还完", "已经还完了", "早还清", "找到工作", "找到新工作", "重新上班", "恢复正常", "恢复了", "完全好了", "全好了", "身体好了", "身体也好了", "身体没事了", "已经没事了", "好利索了", "治好了", "治愈", "all better now", "fully healed", "healthy now", "recovered", "all good now", "fine now", "back to work", "found a new job", "all paid off", "paid it all off", "sorted out", "resolved", "早就没事", "早没事", "早就好", "behind me", "fully recovered", "all fine now", "没事了", "早就出院", "已经出院", "出院了", "出院上班", "订单又回来", "生意好起来", "好起来了", "long ago", "paid it off", "back to normal", "冇事", "已经冇事", "返咗工", "返工了", "复工", "恢复上班", "都补上", "补缴了", "已经补上", "早就稳定", "工作稳定", "fully back", "went fine", "went well", "all went well", "back to full time", "back to full-time", "full time now", "all sorted", "sorted now", "回暖", "好转", "没问题了", "已经没问题", "现在没问题", "正常还了", "早都正常", "都正常还", "正常还款了", "现在新工作", "换了新工作", "收入涨了", "收入也涨了", "paid me in full", "already paid me", "paid us in full", "对我没影响", "对我没有影响", "没影响到我", "no impact on me", "didn't affect me", "doesn't affect me", "hasn't affected me", "早就结清", "都还上了", "现在都还上", "long sorted", "that's sorted", "后来都准时", "后来都按时", "之后都按时", "之后都准时", "都准时缴", "都按时缴", "都准时还", "好返晒", "已经好返", "doing well now", "she's doing well", "he's doing well", "home and doing well", "she's home now", "he's home now", "back home now", "补齐了", "都补齐", "已经补齐", "i've had a stable job", "have had a stable job", "stable job now", "steady job now", "found a stable job", "been working again", "红火起来", "又红火", "生意又好了", "cleared it straight away", "cleared it right away", "paid it straight away", "paid it right away", "all caught up", "想通了", "都按时还", "每期都按时", "long since sorted", "恢复得很好", "恢复得不错", "恢复得挺好", "总算过去了", "那段过去了", "已经过去了", "careful now", "已经全部结清", "结清注销", "all cleared now", "they're all cleared", "all cleared", "揾到新工", "揾到工", "揾到份新工", "出咗院", "佢出咗院", "越做越好", "生意越来越好"}
)

// afterTold skips a frame of speech told to the borrower (朋友跟我说他…,
// "a friend told me she…"): the 我 in it is the listener, not the subject.
func afterTold(t *text, a, b int) int {
	if c, k := t.firstOfIn(a, b, cueToldMe); k >= 0 {
		return k + len(c)
	}
	return a
}

// cueToldMe is speech reported to the borrower.
var cueToldMe = []string{"跟我说", "和我说", "对我说", "告诉我", "跟我讲", "同我讲", "话我知", "跟我提", "told me", "tells me", "telling me", "said to me", "mentioned to me"}

// quoted reports whether i stands inside a quotation opened earlier in its
// sentence and not yet closed (“…”, 「…」).
func quoted(t *text, i int) bool {
	before := t.s[t.sentenceStart(i):i]
	return strings.Count(before, "“") > strings.Count(before, "”") || strings.Count(before, "「") > strings.Count(before, "」")
}

// notBecause reports a plight given as the reason something is not done
// ("I'm not borrowing because I'm short on cash").
func notBecause(t *text, i int) bool {
	cs := t.clauseStart(i)
	_, k := t.lastOfIn(cs, i, cueBecause)
	return k >= 0 && t.hasIn(cs, k, cueNotDoing)
}

// cueBecause gives a reason; cueNotDoing before it says what the reason is
// not for.
var (
	cueBecause  = []string{"because", "因为"}
	cueNotDoing = []string{"not borrowing", "not applying", "not asking", "not taking out", "not doing this", "不是要借", "不是借"}
)

// cueNews before a plight in its sentence makes it the news's; cueRumour
// after it, a story that did not happen.
var (
	cueNews   = []string{"新闻", "报道", "新闻话", "头条", "in the news", "on the news", "news piece", "news story", "news article", "news report", "read an article", "saw an article", "headline", "reported that", "on tv"}
	cueRumour = []string{"还没定下来", "还没确定", "还没定", "not confirmed", "nothing is confirmed", "nothing's confirmed", "结果没", "结果不但没", "结果并没", "结果也没", "最后也没", "到头来没", "谣言", "传言", "只是传闻", "虚惊一场", "rumour", "rumor", "false alarm", "turned out to be nothing", "never happened"}
)

// cueLongAgo right after a plight in its clause dates it long past.
var cueLongAgo = []string{"years ago", "long ago", "多年前", "好多年前", "几年前", "好几年前"}

// cueWouldBring after a plight in a clause that asks makes it supposed.
var cueWouldBring = []string{"会怎么", "会怎样", "会如何", "会点", "会有", "会不会", "会被", "会影响", "多久会", "多久就会", "多久银行会", "多长时间会", "几个月会", "几个月银行会", "几期会", "how long before", "how long until", "how many months before", "will there be", "would there be", "will it", "would it", "will that", "would that"}

// cuePurpose just before a plight in its clause names what is to be
// avoided, not what happened.
var cuePurpose = []string{"不想等到", "不要等到", "别等到", "before it gets to", "免得", "以免", "省得", "to avoid", "so i don't get", "so i dont get", "so that i don't"}

// cueClassNoun right before a plight makes it a class of borrowers'.
var cueClassNoun = []string{"借款人", "贷款人", "客户", "borrowers", "customers", "people"}

// cueSelfFine sets the borrower's own situation against a plight told
// before it; cueSomeoneElse names whose the plight was.
var (
	cueSelfFine    = []string{"我自己生意还行", "我自己生意还好", "我自己生意不错", "我自己工作很稳定", "我自己工作稳定", "我自己缴得起", "我自己还得起", "我自己付得起", "我自己供得起", "我自己没事", "我自己还好", "我这边没问题", "我这边没事", "我没事", "跟我没关系", "与我无关", "but i'm fine", "but i am fine", "i'm fine though", "i'm fine", "my own business is doing fine", "my own business is fine", "my own business is doing well", "my own salary covers", "my own income", "my own job is", "we're fine", "we are fine", "my own loan's fine", "my own loan is fine", "我自己的贷款没问题", "我的贷款没问题", "我自己那笔", "我自己的那笔", "my own loan", "that's not me", "nothing like that has happened to me", "my own job is secure", "my own job is fine", "不是我家", "not mine", "not my flat", "not my house", "还是照常缴", "还是照常还", "照常缴", "my own repayments aren't affected", "aren't affected", "isn't affected", "not affected", "不受影响", "my mortgage is fine", "mortgage is fine", "my loan is fine", "i have savings"}
	cueSomeoneElse = []string{"他", "她", "他们", "佢", "he", "she", "his", "her", "they", "their", "him", "sister", "brother", "father", "mother", "dad", "mum", "mom", "friend", "colleague", "neighbour", "neighbor", "tenant", "customer", "cousin", "姐", "哥", "弟", "妹", "爸", "妈", "老豆", "老母", "朋友", "同事", "邻居", "房客", "租客", "常客", "顾客", "客户", "亲戚", "那户", "upstairs", "downstairs", "楼上那户", "楼上的", "楼上邻居", "楼下那户", "楼下的", "楼下邻居"}
)

// cueJoke after a plight takes it back (感觉自己要破产了，开玩笑的).
var cueJoke = []string{"开玩笑", "开个玩笑", "说笑", "讲笑", "玩笑话", "just kidding", "only joking", "just joking", "kidding"}

// cueNobody denies a plight for everyone in its clause ("nobody in my
// family is sick", 家里没有人生病).
var cueNobody = []string{"nobody", "no one", "none of us", "没有人", "没人", "冇人", "not that"}

// cueNotBecause denies the reason that follows (不是因为还不起，是…),
// longer than a negation's window.
var cueNotBecause = []string{"不是因为", "并不是因为", "并非因为", "not because"}

// cueRecord after a plight makes it a record asked about.
var cueRecord = []string{"记录", "病史", "history", "record"}

// cueStill says a plight goes on.
var cueStill = []string{"还没", "还在", "仍然", "仍在", "至今", "到现在还", "一直", "still"}

// cueOnBehalf asks on someone else's behalf: what follows in the sentence
// is their situation, not the borrower's.
var cueOnBehalf = []string{"帮他代问", "他让我问", "她让我问", "他叫我问", "她叫我问", "he asked me to check", "she asked me to check", "帮她代问", "代问", "帮他问", "帮她问", "替他问", "替她问", "代他问", "代她问", "帮他咨询", "帮她咨询", "替他咨询", "替她咨询", "帮他打听", "帮她打听", "帮朋友问", "替朋友问", "帮同事问", "帮同学问", "帮亲戚问", "帮邻居问", "帮佢问", "替佢问", "让我帮忙问", "让我帮他问", "让我帮她问", "叫我帮忙问", "叫我帮他问", "叫我帮她问", "托我问", "asked me to ask", "wants me to ask", "asking for a friend", "asking on behalf", "asking on his behalf", "asking on her behalf", "asking for him", "asking for her", "托我帮忙问", "托我帮忙", "他托我", "她托我", "叫我帮手问", "帮手问下", "帮佢问下", "佢叫我问", "叫我问下", "叫我帮佢问", "让我帮忙打听", "叫我帮忙打听", "让我打听", "叫我打听", "替他打听", "替她打听", "佢问我"}

// whose says whose situation, and when, a cue at i speaks of.
type owner uint8

const (
	ownNow       owner = iota // the borrower, now
	ownNegated                // "我没有失业"
	ownOther                  // a colleague, a friend, the news
	ownIfOrUsual              // 如果失业, 生病的话, 一般
	ownPast                   // 以前住过院，现在早好了
)

// cueVoidAfter are continuations that make a cue mean something else:
// 宽限期 is a term of the contract, not a plea for time.
var cueVoidAfter = map[string][]string{
	"发错":           {"了 不好意思", "了,不好意思", "了不好意思", "了 抱歉", "了,抱歉", "了抱歉", "了 sorry", "了,sorry", "了sorry", "人了", "群了"},                                                                                         // 发错了 不好意思: the customer's own slip
	"资金链":          {"差点"},                                                                                                                                                                                   // 资金链差点断了: a near miss
	"not paying":   {" anything early", " early", " it off early", " off early", " anything extra", " extra", " ahead"},                                                                                      // not paying anything early: no prepayment, not a refusal to pay
	"sick":         {" and tired", " of it"},                                                                                                                                                                 // sick and tired of waiting: fed up, not ill
	"pay part of":  {" loan early", " the loan early", " my loan early", " it early", " it off early", " the mortgage early", " my mortgage early", " the principal", " my principal", " the balance early"}, // paying early: a prepayment, not a shortfall
	"i make":       {" an extra", " a lump", " an additional", " a one-off", " a one-time", " a partial", " a payment", " an early", " a prepayment", " sure", " it", " ends meet"},                          // "how do I make an extra 20k payment": paying, not earning
	"no job":       {" loss", " issue", " problem", " worries", " concern", " change"},                                                                                                                       // "no job loss, no illness": a checklist, all no
	"拆东墙补西墙":       {"那种事", "的事我不"},                                                                                                                                                                          // 拆东墙补西墙那种事我不干: not done
	"欠银行":          {"钱会", "的钱会", "会被"},                                                                                                                                                                      // 欠银行钱会被抓去关: a saying, not the borrower's balance
	"中介":           {"那里卖", "卖", "挂牌"},                                                                                                                                                                       // 挂到中介那里卖了: an estate agent, not a loan broker
	"someone":      {" to know", " to fix", " to look into", " to sort"},                                                                                                                                     // "I just want someone to know it's broken": a complaint
	"sue":          {" me"},                                                                                                                                                                                  // "Sue me if you like": daring the bank, not threatening it
	"监管":           {"账户", "帐户"},                                                                                                                                                                             // 转到监管账户: a scammer's "safe account", not the regulator
	"cash flow":    {" is great", " is good", " is fine", " is healthy", " is strong", " has improved", " is better"},                                                                                        // cash flow is great now
	"settle":       {"d"},                                                                                                                                                                                    // that was settled long ago
	"works":        {" out"},                                                                                                                                                                                 // what 400k works out to: a sum
	"好难":           {"听", "看", "用", "吃", "搞"},
	"人工":           {"都未出", "未出", "都冇出", "冇出", "每月", "每个月", "一个月", "减", "加", "冇", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "得", "有", "几多", "少", "低", "高", "收入", "太", "唔够"},
	"doesn't work": {" for me", " for us"},
	"宽限":           {"期"},
	"借几多":          {"年", "个月", "期"}, // 最长可以借几多年: how long, not how much
	"借多少":          {"年", "个月", "期"},
	"hardship":     {" program", " programme", " plan", " policy", " scheme", " option", " assistance", " support", " team"},
	"struggling":   {" to understand", " to find"},
	"公积金":          {"贷"},
	"that's all":   {" behind", " in the past", " over"},
	"律师":           {"朋友", "建议", "说", "费", "是气话"},                                                                                                                                                                                                                                                                                                                                                                                                                                                        // 律师朋友让我先问清楚: a friend, advice
	"paid on time": {" every", " since", " ever since", " each"},                                                                                                                                                                                                                                                                                                                                                                                                                                         // a good record, not a grievance
	"生意差":          {"点"},                                                                                                                                                                                                                                                                                                                                                                                                                                                                                // 生意差点撑不下去: a near miss
	"退回来":          {"了"},                                                                                                                                                                                                                                                                                                                                                                                                                                                                                // 已经退回来了: done
	"lawyer":       {"'s handling", "'s dealing", "'s doing", "'s helping", "'s sorting", " is dealing", " is deal", " deals with", " says", " said", " thinks", " told", " advised", " is checking", " is reviewing", " is handling", " is looking"},                                                                                                                                                                                                                                                    // advice, not a threat
	"不想还":          {"等额", "先息", "这种", "现在这种"},                                                                                                                                                                                                                                                                                                                                                                                                                                                           // 不想还等额本息了: the method, not the debt
	"裁了":           {"很多", "一批", "不少", "一些", "两个人", "两人", "两个同事", "二个人", "二人", "二个同事", "三个人", "三人", "三个同事", "四个人", "四人", "四个同事", "五个人", "五人", "五个同事", "六个人", "六人", "六个同事", "七个人", "七人", "七个同事", "八个人", "八人", "八个同事", "九个人", "九人", "九个同事", "十个人", "十人", "十个同事", "几个人", "几人", "几个同事", "好几个人", "好几人", "好几个同事", "1个人", "1人", "1个同事", "2个人", "2人", "2个同事", "3个人", "3人", "3个同事", "4个人", "4人", "4个同事", "5个人", "5人", "5个同事", "6个人", "6人", "6个同事", "7个人", "7人", "7个同事", "8个人", "8人", "8个同事", "9个人", "9人", "9个同事"}, // 部门裁了好几个人: others
	"不想活":          {"成", "得像", "了的朋友", "的朋友", "了的人", "的人"},                                                                                                                                                                                                                                                                                                                                                                                                                                              // 不想活成我爸那样: a way of life
	"工资":           {"卡"},
	"逾期":           {"罚息的事", "罚息那件事", "罚款的事"},                                             // 帮我把逾期罚息的事处理得很清楚: a charge handled, not a payment missed
	"起诉":           {"赢了", "赢"},                                                           // 那家公司我起诉赢了: won against a debtor, over
	"收入":           {"也没什么变化", "没什么变化", "也没变", "没变", "没有变化", "也没有变化", "也稳定", "很稳定", "稳定"}, // 收入也没什么变化: nothing to try a quota on                                                                                                              // 工资卡 is a card
	"salary":       {" to a", " into", " account", " card", " goes into", " is paid into"},
	"要准备":          {"多少"},
	"法拍":           {"房", "的房"},                         // 看中了一套法拍房: a house to buy
	"behind":       {" on his", " on her", " on their"}, // behind on his car loan: his
	"late on":      {" his", " her", " their"},
	"overdue":      {" fee", " charge", " penalty", " interest"},                                                                  // an overdue fee on my statement: a charge
	"账单":           {"寄", "发到", "送到", "地址", "的地址", "和通知", "和短信", "都发", "都寄", "别再寄", "不要再寄", "别寄", "请改寄", "麻烦寄", "请寄", "改寄", "要寄"}, // 账单麻烦寄到新地址: where, not what
	"需要准备":         {"多少"},
}

// forcedOn before paying more makes it a cost someone suffers; ownBoss
// before a supervisor makes them the borrower's, not the bank's.
var (
	forcedOn = []string{"害他每月", "害我每月", "害他每个月", "害我每个月", "害他", "害我", "害得他", "害得我", "搞到我"}
	ownBoss  = []string{"我", "我的", "我们", "公司", "单位"}
)

// cueVoidBefore are words a cue is the tail of, with another meaning:
// 一口气 is "in one go", not a tone of voice.
var cueVoidBefore = map[string][]string{
	"想死":               {"到", "得"},                                                             // 排队排到想死: hyperbole
	"冒充":               {"催收的人", "催收员", "催收"},                                                  // 催收的人冒充法院: the bank's collector, a complaint
	"missed a payment": {"thinking i'd ", "thought i'd ", "thought i had ", "thinking i had "}, // a fright, not a fact
	"lawyer":           {"'s a ", "is a ", "was a "},                                           // my brother's a lawyer: a job
	"settle":           {"let's ", "lets ", "let us "},                                         // "let's settle it": a disagreement
	"中介":               {"挂到", "挂在", "房产", "地产", "租房", "挂"},
	"多缴":               forcedOn, // 害他每月多缴两千: paying more forced on him, not a prepayment
	"多交":               forcedOn,
	"多还":               forcedOn,
	"主管":               ownBoss, // 跟我主管讲我欠钱: the borrower's boss, not ours
	"领导":               ownBoss,
	"先还":               {"迟啲", "迟些", "晚点", "迟点", "晚些", "过几天"},                     // 可唔可以迟啲先还: later, not early
	"complain":         {"ready to ", "was going to ", "about to ", "wanted to "}, // came in ready to complain, but…
	"phone number":     {"same "},                                                 // same phone number, same address: nothing changed
	"address":          {"same "},
	"什么意思":             {"没", "没有", "冇"},                              // 活着真没什么意思: meaningless, not "what does it mean"
	"媒体":               {"自", "做"},                                    // 我是做自媒体的: a job
	"doesn't work":     {"st ", "nd ", "rd ", "th ", "date ", "day "}, // the 1st doesn't work anymore: a date that does not suit
	"借钱":               {"找我", "向我", "跟我", "问我"},                      // 老来找我借钱: borrowing from the borrower
	"逾期":               {"以为自己", "以为我", "还以为自己", "以为已经", "给我算", "算我"}, // 之前以为自己逾期了: a fright, not a fact
	"口气":               {"一", "松", "缓", "了", "舒", "叹"},
	"more months":      {"how many "},                                                             // how many more months till it's done: what is left, not an extension
	"好的":               {"挺", "很", "蛮", "真", "太", "还", "服务"},                                      // 服务挺好的: praise, not "OK"
	"发错":               {"手滑", "我", "刚才", "刚刚", "不好意思", "不好意思,", "抱歉", "抱歉,", "sorry ", "sorry,"}, // 手滑发错了: the borrower's own slip
	"服务好":              {"说你们", "说"},                                                              // 那个说你们服务好的朋友: someone's praise reported
	"i'm done":         {"before ", "until ", "till ", "when "},                                   // how many are left before I'm done: no farewell
	"in my name":       {"only ", "is ", "'s ", "are ", "was ", "is only "},                       // the mortgage is only in my name: whose it is
	"真系差":              {"记性", "身体", "心情", "运气"},                                                  // 记性真系差: about oneself
	"投诉":               {"本来都想", "本来想", "原本想", "本来打算", "差点就", "差点"},                               // 本来都想投诉了，结果…: not now
	"多少本金":             {"每期还", "每一期还", "每个月还", "每月还"},                                            // 每一期还多少本金: the schedule
	"账单":               {"寄"},                                                                     // 寄账单的地址: where it goes
	"几次":               {"好"},                                                                     // 催了好几次: several times, not how many
	"sick":             {"worried "},                                                              // worried sick: anxious, not ill
	"律师":               {"做", "是", "当", "执业", "是执业"},                                              // 我本身就是做律师的: a job
	"works":            {"which ", "that ", "it "},                                                // "which works but isn't ideal": no question how it works
	"扣了两次":             {"是不是也", "是不是", "有没有", "会不会"},                                             // 是不是也扣了两次: asked, not complained of
	"多扣":               {"是不是", "有没有", "会不会"},
	"多收":               {"是不是", "有没有", "会不会"},                                                                                           // 会不会多收利息: asked, not complained of
	"你们银行的人":           {"自称", "冒充", "说是", "假装"},                                                                                        // 自称你们银行的人: the caller's claim, not a question whether it is
	"killing me":       {"app is ", "this app is ", "website is ", "the app is ", "the wait is ", "the queue is "},                      // the app is killing me: a grievance
	"piling up":        {"medical bills are ", "hospital bills are ", "medical bills ", "hospital bills ", "treatment bills are "},      // the illness's bills: its cost, not a shortfall
	"to court":         {"take me ", "takes me ", "taking me ", "drag me "},                                                             // daring the bank, not threatening it
	"recovered":        {"unlikely to be ", "never be ", "not be ", "won't be ", "can't be ", "cannot be ", "not been ", "never been "}, // receivables unlikely to be recovered: not over
	"厉害":               {"得", "得太", "得很", "得好", "得超", "得非常", "得特别", "得最", "得更"},                                                         // 亏得太厉害: how badly, not praise
}

// cueDenial opening a clause denies all of it (不是说我没工作了啊; 不是我太太
// 被减薪，是她同事); cueButRather after it turns to what is so (不是不想还
// 而是没钱还).
var (
	cueDenial    = []string{"不是说", "并不是", "不是", "并非", "唔系", "it's not that", "it isn't that", "not that"}
	cueButRather = []string{"而是", "是因为", "只是", "but", "it's that"}
)

// deniedClause reports whether the clause of i opens with a denial that
// reaches i.
func deniedClause(t *text, i int) bool {
	a := t.clauseStart(i)
	head := strings.TrimLeft(t.s[a:i], " ")
	for _, d := range cueDenial {
		if strings.HasPrefix(head, d) {
			return !t.hasIn(a+len(d), i, cueButRather)
		}
	}
	return false
}

// cueConcession opens a clause granted only to be set aside; cueContrary
// after it says the borrower's own lot went the other way.
var (
	cueConcession = []string{"虽然", "尽管", "虽说", "虽", "although", "even though", "though", "while"}
	cueContrary   = []string{"反而", "反倒", "倒是", "instead", "actually went up", "actually grew", "actually busier", "on the contrary"}
)

// cueCrowdEvent are plights that fall on a workplace or a trade (裁员,
// 降薪), not a person; cueTurn then cueSpared after one in its sentence
// say the borrower was spared (我们公司在裁员，不过我的部门没有受影响;
// 部门裁了一半人，我反倒升了职).
var (
	cueCrowdEvent = []string{"订单大减", "订单减少", "效益不好", "裁员", "裁了", "降薪", "减薪", "layoffs", "laying off", "cutting jobs", "pay cuts"}
	cueTurn       = []string{"不过", "但是", "但", "可是", "倒是", "反倒", "反而", "却", "but", "though", "however"}
	cueNotAmong   = []string{"没轮到", "没有轮到", "轮不到", "没有我", "没我的份", "i was spared", "没在名单里", "不在名单里", "不在名单上", "没在名单上", "名单里没有我", "名单上没有我", "没裁到我", "没有裁到我", "逃过一劫", "躲过一劫", "wasn't on the list", "was not on the list", "not on the list", "wasn't one of them", "i survived", "dodged"}
	cueSpared     = []string{"没有受影响", "没受影响", "不受影响", "没受到影响", "没啥事", "没什么事", "没事", "升了职", "升职了", "升职", "涨了", "加薪", "not affected", "unaffected", "wasn't affected", "weren't affected", "safe", "kept my job", "still have my job", "got promoted", "got a raise"}
)

// crowdSpared reports a crowd event at i whose sentence then turns to the
// borrower spared.
func crowdSpared(t *text, i int, c string) bool {
	if !isCue(c, cueCrowdEvent) {
		return false
	}
	e := t.sentenceEndAfter(i + len(c))
	_, k := t.firstOfIn(i+len(c), e, cueTurn)
	if k < 0 {
		e = t.sentenceEndAfter(e + 1) // or the sentence after: 外面都在说裁员。我们单位倒是没啥事
		_, k = t.firstOfIn(i+len(c), e, cueTurn)
	}
	if k >= 0 && t.hasIn(k, e, cueSpared) {
		return true
	}
	// 部门裁了一批人，我没在名单里: the borrower not among them, no turn needed
	return t.hasIn(i+len(c), t.sentenceEndAfter(i+len(c)), cueNotAmong)
}

// cleftOther reports a plight told as "the one who … is X" where X is
// someone else (被裁的是我们组长, 住院的是邻居), not the borrower or
// their family (住院的是我妈).
func cleftOther(rest string) bool {
	rest, ok := strings.CutPrefix(rest, "的是")
	if !ok {
		return false
	}
	for _, p := range []string{"我们", "我的", "我"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest = r
			break
		}
	}
	return hasPrefixAny(rest, cueThirdParty) || hasPrefixAny(rest, cueBoss)
}

// cueBoss are people at work a cleft may name (被裁的是我们组长).
var cueBoss = []string{"组长", "领导", "主管", "经理", "老板", "the boss", "my manager", "my boss"}

// conceded reports a cue c at i in a clause opened by a concession whose
// sentence then says the opposite happened (反而).
func conceded(t *text, i int, c string) bool {
	a := t.clauseStart(i)
	head := strings.TrimLeft(t.s[a:i], " ")
	if !hasPrefixAny(head, cueConcession) {
		return false
	}
	return t.hasIn(i+len(c), t.sentenceEndAfter(i+len(c)), cueContrary)
}

// cueWhyWould opens a question that means "I wouldn't" (我干嘛要找律师告
// 你们？); cueDenyAnswer answers a question the borrower put to themself
// ("Walk away from the loan? Never crossed my mind.").
var (
	cueWhyWould   = []string{"干嘛要", "干吗要", "何必", "why would i", "why would we", "why on earth would i"}
	cueDenyAnswer = []string{"never crossed my mind", "no way", "of course not", "not a chance", "absolutely not", "hell no", "当然不会", "当然没有", "怎么可能", "不可能", "绝对不会", "才不会", "想都没想过", "从来没想过"}
)

// rhetorical reports the cue at i in a question that denies it: one
// opened by "why would I", or answered at once by the borrower's own no.
func rhetorical(t *text, i int) bool {
	if t.hasIn(t.clauseStart(i), i, cueWhyWould) {
		return true
	}
	e := t.sentenceEndAfter(i)
	if e >= len(t.s) || !strings.HasPrefix(t.s[e:], "?") && !strings.HasPrefix(t.s[e:], "？") {
		return false
	}
	_, size := utf8.DecodeRuneInString(t.s[e:])
	next := strings.TrimLeft(t.s[e+size:], " ")
	return hasPrefixAny(next, cueDenyAnswer)
}

// cueMine names the borrower's own thing.
var cueMine = []string{"我抵押的", "我的", "我家", "我那", "我这"}

// heardOfMine reports 听说 at j telling news of the borrower's own thing
// named before it (我抵押的那间店面，听说下个月要被法拍了), no one else named
// between it and the cue at i.
func heardOfMine(t *text, c string, j, i int) bool {
	return c == "听说" && t.hasIn(t.sentenceStart(j), j, cueMine) && !t.hasIn(j, i, cueOtherPerson)
}

// cueHeShe open a sentence on someone already named.
var cueHeShe = []string{"他", "她", "佢", "he ", "she ", "they "}

// pronounOfOther reports a cue at i in a sentence that opens on he or she
// right after a sentence naming another person (a colleague, a friend), the
// borrower not coming back into it before i.
func pronounOfOther(t *text, i int) bool {
	ss := t.sentenceStart(i)
	if ss == 0 || !hasPrefixAny(strings.TrimLeft(t.s[ss:i], " "), cueHeShe) || t.hasIn(ss, i, cueMe) {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(t.s[:ss]) // the mark that ends the sentence before
	prev := t.sentenceStart(ss - size)
	return t.hasIn(prev, ss, cueOtherPerson)
}

// voided reports whether the cue c at i is followed, or preceded, by
// words that void it.
func (t *text) voided(c string, i int) bool {
	if c == "尾号" && phoneTail(t, i) {
		return true
	}
	for _, v := range cueVoidBefore[c] {
		if strings.HasSuffix(t.s[:i], v) {
			return true
		}
	}
	if voids, ok := cueVoidAfter[c]; ok {
		rest := t.s[i+len(c):]
		for _, v := range voids {
			if strings.HasPrefix(rest, v) {
				return true
			}
		}
	}
	return false
}

func (t *text) whose(c string, i int) owner {
	if t.voided(c, i) {
		return ownNegated
	}
	if negatedAt(t, i, c) || t.hasIn(t.clauseStart(i), i, cueNobody) || notBecause(t, i) || deniedClause(t, i) || rhetorical(t, i) {
		return ownNegated
	}
	if t.hasIn(t.sentenceStart(i), t.sentenceEndAfter(i+len(c)), cueOnBehalf) {
		// 我同学被裁了，想帮他问问失业了能不能缓一缓; 我表弟做生意亏了，他让我
		// 帮忙问问: the ask on someone's behalf, before or after, makes the
		// sentence theirs.
		return ownOther
	}
	rest := t.s[i+len(c):] // what follows the cue
	if hasPrefixAny(rest, []string{" scare", "风波虚惊", "虚惊"}) {
		return ownIfOrUsual // "after that layoff scare": feared, not had
	}
	if hasPrefixAny(rest, []string{"之前", "前会", " before"}) && t.asksIn(t.clauseStart(i), t.clauseEndAfter(i+len(c))) {
		return ownIfOrUsual // 抵押物被处置之前银行会先通知吗: before it would happen, asked (not 失业之前月薪两万)
	}
	if strings.Contains(t.s[i+len(c):t.clauseEndAfter(i+len(c))], "那种") {
		return ownIfOrUsual // 被法院查封拍卖的那种: a kind of house, not the borrower's
	}
	if hasPrefixAny(rest, []string{"的人", "的客户", "的借款人", "客户", "人士", "人群", "群体", "借款人", " borrowers", " customers"}) {
		return ownIfOrUsual // 银行对失业的人有没有方案: people in that plight
	}
	if cleftOther(rest) {
		return ownOther // 被裁的是我们组长，不是我: the one it happened to is named after
	}
	from := t.clauseStart(i)
	if _, k := t.firstOfIn(t.sentenceStart(i), from, cueOtherPerson); k >= 0 {
		from = k // 我表姐做了个大手术，住院一个多月: she is still the subject
	}
	if pronounOfOther(t, i) {
		return ownOther // 我和同事聊到降息。他…去年还因为生意不好断供过: he is the colleague
	}
	if c3, j := t.firstOfIn(from, i, cueThirdParty); j >= 0 && !(c3 == "有人" && t.hasIn(max(from, j-9), j, cueFamily)) && !t.hasIn(afterTold(t, j+len(c3), i), i, cueMe) && !heardOfMine(t, c3, j, i) {
		// 家里有人生病 is the family's, and so the borrower's; "someone
		// called and I gave them the code" is the borrower's.
		return ownOther
	}
	ss := t.sentenceStart(i)
	if t.hasIn(ss, i, cueHypothetical) {
		return ownIfOrUsual
	}
	if c[0] < utf8.RuneSelf && englishQuestionStart[firstWord(t.s[ss:i])] && !t.hasIn(ss, i, cueFirstPerson) {
		// "Does a payment that's a few days late show up on the credit
		// report?": a question about payments in general, nobody's own
		return ownIfOrUsual
	}
	se := t.sentenceEndAfter(i + len(c))
	if t.hasIn(i+len(c), min(t.clauseEndAfter(i+len(c)), i+len(c)+30), cueHypotheticalEnd) || t.hasIn(ss, se, cueGeneric) || t.hasIn(i+len(c), se, cueJoke) {
		return ownIfOrUsual
	}
	if quoted(t, i) {
		return ownIfOrUsual // 合同里写的“抵押物被处置”是什么意思: words quoted, not told
	}
	if n, k := t.firstOfIn(t.sentenceStart(i), i, cueNews); k >= 0 && !t.hasIn(k+len(n), i, cueMe) {
		return ownOther // 新闻话有间大厂执笠，几千人失业: the news
	}
	if t.hasIn(t.tailStart(t.clauseStart(i), i, 6), i, cuePurpose) {
		return ownIfOrUsual // 免得以后上当: what the borrower guards against
	}
	if e := t.clauseEndAfter(i + len(c)); t.hasIn(i+len(c), e, cueWouldBring) && t.asksIn(t.clauseStart(i), e) {
		return ownIfOrUsual // 晚几天缴会有罚息吗: what lateness would bring, asked
	}
	if conceded(t, i, c) || crowdSpared(t, i, c) {
		return ownOther // 虽然公司普遍降薪，但我们部门反而涨了: the firm's lot, not ours
	}
	if t.hasIn(i+len(c), t.sentenceEndAfter(i+len(c)), cueRumour) {
		return ownPast // 公司说要降薪原来只是谣言: it never happened
	}
	if t.hasIn(t.tailStart(t.clauseStart(i), i, 4), i, cueClassNoun) {
		return ownIfOrUsual // 对借款人失业这种情况有没有政策: borrowers in that plight
	}
	if t.hasIn(i+len(c), len(t.s), cueSelfFine) && t.hasIn(t.sentenceStart(i), t.sentenceEndAfter(i+len(c)), cueSomeoneElse) {
		// 我房客说他最近生意不好…没关系我自己缴得起; "my sister is behind on
		// her car loan, but I'm fine": theirs, set against the borrower's own
		return ownOther
	}
	if t.hasIn(i+len(c), t.clauseEndAfter(i+len(c)), cueLongAgo) && !t.hasIn(ss, se, cueStill) {
		return ownPast // "I got scammed years ago, so I'm careful now"
	}
	for r, k := range t.matchesIn(i+len(c), len(t.s), cueResolved) {
		if !t.voided(r, k) {
			return ownPast // a resolution anywhere after it: "…pause payments. I'm back to full time now"
		}
	}
	if t.hasIn(i+len(c), min(t.clauseEndAfter(i+len(c)), i+len(c)+30), cueRecord) {
		return ownPast // 以前的住院和手术记录会不会影响审批: a record, not a plight
	}
	if strings.HasPrefix(rest, "过") && !strings.HasPrefix(rest, "过来") && !t.hasIn(i+len(c), se, cueStill) {
		return ownPast // 前年失业过一阵子: been through it
	}
	return ownNow
}

// ownCue finds a cue that speaks of the borrower's own situation now: not
// negated, not about a colleague, not hypothetical, not over.
func ownCue(t *text, cues []string) (string, bool) {
	for c, i := range t.matches(cues) {
		if t.whose(c, i) == ownNow {
			return c, true
		}
	}
	return "", false
}

// othersStory reports whether the sentence holding i opens on someone
// else (我同事前阵子房贷逾期了，被…催了好几次), so what it tells is theirs
// until the borrower speaks of themselves; 搞到我同事都知道，太离谱 names a
// colleague only on the way.
func othersStory(t *text, i int) bool {
	ss := t.sentenceStart(i)
	c, j := t.firstOfIn(ss, t.clauseEndAfter(ss), cueOtherPerson)
	return j >= 0 && j < i && !t.hasIn(j+len(c), i, cueMe)
}

// isCue reports whether c is one of cues.
func isCue(c string, cues []string) bool {
	for _, x := range cues {
		if x == c {
			return true
		}
	}
	return false
}

// phoneTail reports 尾号 at i told of a phone named earlier in its sentence
// with no loan, card or account named between (我手机号换了，尾号8812).
func phoneTail(t *text, i int) bool {
	p, k := t.lastOfIn(t.sentenceStart(i), i, cuePhoneNoun)
	return k >= 0 && !t.hasIn(k+len(p), i, cueTailOwner)
}

// cuePhoneNoun names a phone; cueTailOwner what else a number's last
// digits may be of.
var cuePhoneNoun = []string{"手机", "号码", "电话", "phone", "mobile"}
var cueTailOwner = []string{"贷", "卡", "账户", "账号", "合同", "loan", "card", "account"}
