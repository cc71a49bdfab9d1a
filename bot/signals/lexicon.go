package signals

// The lexicon. Every word is written in the normaliser's form (Simplified
// Chinese, lowercase, half-width; TestLexiconNormalised checks), separated
// by "|". Matching is leftmost-longest, so a longer entry shadows the
// shorter ones inside it: that is how 没有收入 is a cue while 没有 alone is
// a negator, and how 不好意思 is not a negated 好意. Blockers exist only
// to shadow.

// cueSet is a list of words that raise code.
type cueSet struct {
	code  code
	opt   cueOpt
	tone  float32 // overrides the code's tone when non-zero
	words string
}

// cueOpt refines how a cue is read.
type cueOpt uint16

const (
	// optAnyone: the cue says whose problem it is by itself (货款收不回:
	// the debtor is someone else), so no subject check.
	optAnyone cueOpt = 1 << iota
	// optCalm: raising the flag does not make the message negative (an
	// intermediary's offer asked about calmly, a new phone number).
	optCalm
	// optOwn: a weak cue (逾期, 网贷) that counts only when the sentence
	// has said before it that it is the borrower's (我, 已经, 这个月), or
	// says that it happened (…了).
	optOwn
	// optStranger: the cue counts only when a stranger or an intermediary
	// was named in the sentence (对方说能帮我删逾期记录): asked of the bank
	// it is an ordinary request.
	optStranger
	// optDefy: defiance (你们看着办, do whatever you want) that is a refusal
	// to pay only when no complaint or lawsuit is what the customer means.
	optDefy
	// optCollat: damage (报废了, totalled) that is a collateral issue only
	// when the sentence names the collateral (抵押的车, the house).
	optCollat
	// optNotCollat: an accident that is the pledged car's, not a person's,
	// when the sentence names the car (抵押的车…出了车祸).
	optNotCollat
	// optSelf: the cue names the borrower itself (把我裁, laid me off);
	// set automatically for words containing 我, my, me or I.
	optSelf
	// optGrave: a death spoken of softly (我要是走了, if I die) that is
	// self-harm only when the message also speaks of release or burden
	// (也算一种解脱, 拖累家里).
	optGrave
	// optHanded: the cue counts only once money or a code was handed over
	// in the message (转了两万…现在人联系不上了).
	optHanded
)

// patternSet raises code when a head word is followed within gap units of
// the same segment by a tail word (收入…减少, 让我…验证码); a unit is a CJK
// rune or a Latin word.
type patternSet struct {
	code         code
	opt          cueOpt
	tone         float32
	gap          int
	heads, tails string
}

var cueSets = []cueSet{
	// Blind rounds 144–149: a trade losing year after year (这两年一直亏,
	// 连年亏损) and its cash chain about to snap (资金链快断了) are business
	// distress, as 资金链断了 is.
	{code: businessDistress, words: `这两年一直亏|这几年一直亏|这一年一直亏|今年一直亏|连年亏损|年年亏|年年亏损|一直亏本|一直在亏本|资金链快断了|资金链快要断了|资金链都快断了|资金链要断了|资金链快撑不住了`},
	// Blind rounds 144–149: a repayment told colloquially as beyond reach:
	// this month damn tight, the instalment a stretch, debts that will not
	// turn over (这边还完那边又到期，有点转不过来了), no money and that is
	// that (没钱就是没钱).
	{code: repaymentDifficulty, words: `有点转不过来|有点转不过来了|实在转不过来|又转不过来了|真的转不过来了|没钱就是没钱|冇钱就系冇钱|
		this month damn tight|this month very tight|this month really tight|this month so tight|this month super tight|this month quite tight|month damn tight|damn tight this month`},
	// Blind rounds 144–149: the borrower out of work now, in Cantonese
	// (间厂执咗，我而家冇开工), and laid off said in quotation marks
	// (被公司“优化”了).
	{code: jobLoss, words: `被公司"优化"了|被公司"优化"|被"优化"了|被"优化"|被公司“优化”了|被公司“优化”|被“优化”了|被“优化”|被公司「优化」了|被「优化」了|被“毕业”了|被公司“毕业”了|而家冇开工|宜家冇开工|依家冇开工|现在冇开工|而家冇工开|宜家冇工开|而家冇工返|冇得开工|冇工返|而家冇嘢做|失咗业|冇咗份工|份工冇咗|丢咗份工`},
	// Blind rounds 141–143: a payment said to be going to come late or not
	// at all (这期可能要迟交, I might not make next month's payment), as
	// 迟缴 and can't make the payment are; a whole department gone at the
	// borrower's firm (成個部門都冇咗) is the job lost; a trade's heavy loss
	// (做生意蚀咗好多钱, 亏了好多) is business distress, whoever's it is.
	{code: repaymentDifficulty, words: `迟交|会迟交|要迟交|可能迟交|可能要迟交|得迟交|只能迟交|晚交|要晚交|得晚交|迟啲交|
		might not make|may not make|might not be able to make|may not be able to make|might not be able to pay|may not be able to pay|might not manage the payment|may not manage the payment`},
	{code: jobLoss, words: `成个部门都冇咗|成个部门冇咗|成个部门都冇晒|整个部门都没了|整个部门没了|整个部门都被裁了|整个部门被裁了|整个部门都撤了|整个部门被撤了|整个部门解散了|整个部门都解散了|部门被撤了|部门被撤销了|部门解散了|
		my whole department was cut|my whole department was let go|my entire department was cut|our whole department was cut|our whole team was let go|my whole team was let go`},
	{code: businessDistress, words: `亏了好多|亏了不少|赔了好多|赔了不少|蚀咗好多|蚀咗唔少|蚀咗好多钱|蚀咗成|蚀晒|蚀本|蚀了好多`},
	// Blind rounds 135–140: no money at all, said as a fact (反正也没钱,
	// 根本没钱, 实在冇钱), where a bare 没钱 may be for anything; loans
	// borrowed all round (到处借网贷周转, 东借西借).
	{code: repaymentDifficulty, words: `反正也没钱|反正没钱|反正都没钱|根本没钱|实在没钱|真的没钱|确实没钱|本来就没钱|反正都冇钱|反正冇钱|根本冇钱|实在冇钱|真系冇钱`},
	// More time asked for a payment (give me some more time for this
	// month's EMI, 迟啲先还): grace when asked, the difficulty when it is
	// the instalment due after a hardship told.
	{code: repaymentDifficulty, words: `give me some more time|give me more time|give me a bit more time|give me a little more time|give me a few more days|give me some time to pay|迟啲先还|迟啲先供|迟啲先交|迟啲至还|晚点再还|晚点还|晚些还|晚一点还`},
	// The pledged home to be sold in a hurry for cash (急着要卖掉换钱), once
	// the sentence names it: not a calm plan.
	{code: collateralIssue, opt: optCollat, words: `急着卖|急着要卖|急着卖掉|急着要卖掉|急于卖|急于出售|急着出手|急着出售|急卖|急售|卖掉换钱|卖了换钱|卖房换钱|卖楼套现|急住卖|急住放盘|急住出手|
		need to sell it fast|need to sell it quickly|have to sell it quickly|selling it in a hurry|sell it in a hurry|a quick sale|fire sale`},
	// A move back to one's home town (搬咗返鄉下住, moved back to my hometown).
	{code: contactChange, opt: optCalm, words: `搬咗返乡下|搬咗返老家|搬返乡下|搬返老家|搬回乡下|搬回农村|返乡下住|回乡下住|回老家住了|搬咗返|
		moved back to my hometown|moved back to my home town|moved back to my village|moved back to the village|moved back to the countryside|moved back home to`},
	// Health told as poor, or the hospital visited again and again
	// (身体不太好，三天两头跑医院, in and out of the doctor's).
	{code: illness, words: `身体不太好|身体不大好|身体不怎么好|身体一直不好|身体欠佳|身体差|身体越来越差|身体唔好|身体唔系几好|三天两头跑医院|三天两头去医院|经常跑医院|老跑医院|天天跑医院|跑医院|往医院跑|成日去医院|成日睇医生|
		my health isn't good|my health has been poor|my health has been bad|health hasn't been good|health has been failing|back and forth to the hospital|back and forth to hospital|constantly at the hospital|always at the hospital|in and out of the doctor's`},
	{code: multiDebt, words: `到处借网贷|四处借网贷|到处借贷|四处借贷|到处借款|四处借钱|东借西借|周围借遍了|能借的都借了|借遍了`},
	// Blind rounds 135–140: a lawsuit said as going on now (or I'm suing
	// you; the words are also a consequence's I'll, so nothing before
	// them negates them); the media named bare or as a second target
	// beside a lawyer (I'm contacting my lawyer and the media, 找律师和媒体).
	{code: legalThreat, words: `i'm suing|i am suing|we're suing|we are suing|im suing`},
	{code: complaintEscalation, words: `the media|the news media|和媒体|跟媒体|同媒体|及媒体|还有媒体|同埋媒体|和记者|同记者`},
	// Blind rounds 129–134: a payment forgotten (上个月忘了还, forgot to
	// pay) is a payment late; a debtor who owes the borrower for goods
	// (客户欠我货款) is the business's trouble; a season's crop cut down
	// (减产, 歉收); one card paid by swiping another (刷这张卡去还那张卡);
	// a loan taken out in the borrower's name by someone who got their code
	// (took out a loan in my name); a sale the court ordered (sold by court
	// order).
	// (Forgetting feared is no lateness: 怕忘记还款, so the family is weak.)
	{code: repaymentDifficulty, opt: optOwn, words: `忘了还|忘记还|忘记还了|忘了还款|忘记还款|忘了交|忘记交|忘了供|忘记供|漏还了|漏交了|忘咗还|忘记咗还|忘咗供|忘咗交|
		forgot to pay|forgot to make the payment|forgot to make my payment|forgot about the payment|forgot the payment|forgot my payment|forgot to pay the instalment|forgot to pay the installment`},
	{code: businessDistress, words: `减产|大幅减产|歉收|收成不好|收成很差|收成差|收成不行|失收|
		crop failed|crop failure|lost the harvest|lost most of the harvest|lost most of the crop|lost half the crop|harvest failed`},
	{code: multiDebt, words: `刷这张卡去还那张|刷这张卡还那张|刷这张去还那张|刷这张还那张|刷一张去还一张|刷一张卡还一张|刷一张卡去还另一张|刷一张还另一张|用一张卡去还另一张|拿一张卡去还另一张|
		paying one card off with another|pay one card off with another|using one card to pay another|use one credit card to pay another|robbing one card to pay another`},
	{code: fraudRisk, words: `took out a loan in my name|taken out a loan in my name|took out loans in my name|taken out loans in my name|took a loan in my name|opened a loan in my name|applied for a loan in my name|borrowed in my name|
		got my otp|got hold of my otp|stole my otp|used my otp|got my one-time password|冒用我的身份|盗用我的身份|冒用我的名义|盗用我的名义|用我的身份证贷了|冒名贷款|以我的名义贷了|用我的名义贷了`},
	{code: collateralIssue, words: `sold by court order|sold by order of the court|sold under a court order|being sold by the court|court-ordered sale|court ordered sale|forced sale by the court|auctioned by the court|repossessed by court order`},
	// Blind rounds 129–134: the one a stranger had the money sent to who
	// can no longer be reached (按对方说的转了两万…现在人联系不上了) is the
	// scam done; it counts only once money was handed over.
	{code: fraudRisk, opt: optStranger | optHanded, words: `人联系不上了|联系不上了|人联系不到了|联系不到了|人失联了|失联了|把我拉黑了|拉黑了我|把我拉黑|人跑路了|人不见了|人间蒸发|
		now i can't reach him|now i can't reach them|now i can't reach her|can't reach them anymore|can't reach him anymore|he blocked me|she blocked me|they blocked me|disappeared with my money|vanished with my money`},
	// Blind rounds 129–134: the collateral badly damaged (the house I put up
	// as collateral was badly damaged in the flood), once the sentence names it.
	{code: collateralIssue, opt: optCollat, words: `badly damaged|seriously damaged|severely damaged|heavily damaged|was damaged|got damaged|been damaged|washed away|flood damage|storm damage|fire damage`},
	// Blind rounds 123–128: the payment said to bounce for want of money
	// (这期月供肯定扣不成功); this month's payment to be missed (I'm going
	// to miss this month's payment); not enough every month (每个月都凑不齐),
	// which the 连…都 tail would otherwise hide.
	{code: repaymentDifficulty, words: `肯定扣不成功|肯定扣不了|肯定扣不到|肯定扣唔到|估计扣不成功|估计扣不了|会扣不成功|
		miss this month's|miss next month's|miss this payment|miss the next payment|miss my next payment|miss this instalment|miss this installment|
		都凑不齐|都凑不够|都凑不出`},
	// Blind rounds 123–128: the act dared back with 就 and the verb again
	// (要收房就收吧, 要拍就拍卖吧); a restaurant bleeding cash and suppliers'
	// credit cut off; a lawyer to be brought in (getting a lawyer involved).
	{code: intentToDefault, opt: optDefy, words: `就收吧|就收啦|就收咯|就来收吧|就拿去吧|就拍吧|就拍卖吧|就封吧|就卖吧`},
	{code: businessDistress, words: `bleeding cash|bleeding money|haemorrhaging cash|hemorrhaging cash|haemorrhaging money|hemorrhaging money|losing money hand over fist|
		cut off our credit|cut off my credit|cut our credit|stopped giving us credit|won't give us credit anymore|suppliers want cash upfront|停了我们的账期|不给我们赊账|不给赊账了|断了我们的货`},
	{code: legalThreat, words: `i'm getting a lawyer involved|i'm getting lawyers involved|i'm getting a lawyer|i'm bringing in a lawyer|i'm involving a lawyer|i'm involving my lawyer|i'm lawyering up|getting a lawyer involved|get a lawyer involved|getting lawyers involved|get lawyers involved|bring in a lawyer|bringing in a lawyer|bring a lawyer in|involve a lawyer|involving a lawyer|involve my lawyer|lawyering up|lawyer up`},
	// Blind rounds 112–116: life not wanted said in chat (dont wanna live);
	// robbing one lender to pay another said as digging (挖东墙补西墙); a
	// lawyer to be found with a measure word (找个律师聊聊); the borrower on
	// the layoff list, or told to leave (名单里也有我, 交接完就得走人);
	// defiance in chat (do whatever u want).
	{code: selfHarm, words: `don't wanna live|do not wanna live|don't wanna be alive|don't want to be alive|do not want to be alive`},
	{code: multiDebt, words: `挖东墙补西墙|挖东墙补西|拆东补西|挖东补西|拆了东墙补西墙`},
	{code: legalThreat, words: `找个律师|找一个律师|请个律师|请一个律师|揾个律师|找律师聊聊|找个律师聊聊|找律师谈谈|找个律师谈谈`},
	{code: jobLoss, words: `名单里也有我|名单上也有我|名单里有我|名单上有我|就得走人|得走人了|要走人了|叫我走人|让我走人|请我走人`},
	{code: intentToDefault, opt: optDefy, words: `do whatever u want|do what u want|do whatever you like|do whatever u like`},
	{code: intentToDefault, words: `i am done paying|i'm done with paying|i am done with paying`},
	// Blind rounds 100–105: a condition found that needs lifelong pills
	// (后面得长期吃药); a payment still unpaid days on (到现在还没还); the
	// money said to be gone with the object first (钱我是真没有了); income
	// down to nothing (收入几乎归零); a season's crop lost (一分钱没挣着,
	// 颗粒无收) and the customers all gone (客人全跑光了); a card paid with
	// another card (拿另一张卡来还); fake salary credits offered for a fee;
	// the question whether everyone would be better off without one
	// (I wonder if everyone would be better off), which "I wonder" would
	// otherwise read as a condition.
	{code: illness, words: `得长期吃药|要长期吃药|需要长期吃药|长期吃药|长期服药|终身服药|终身吃药|一辈子吃药|on medication for life|medication for life|lifelong medication`},
	{code: repaymentDifficulty, words: `到现在还没还|到现在都没还|到现在也没还|至今没还|至今未还|至今还没还|到而家都未还|到而家仲未还|
		钱我是真没有了|钱我是真没有|钱我真没有了|钱我是真的没有了|钱是真没有了|钱真的没有了|钱我是真冇|钱真系冇`},
	{code: incomeDrop, words: `收入几乎归零|收入归零|收入基本归零|收入几乎为零|收入直接归零|收入等于零|收入几乎没有了|income dropped to zero|income is down to zero|income went to zero`},
	{code: businessDistress, words: `一分钱没挣着|一分钱没挣到|一分钱都没挣着|一分钱都没挣到|一分钱也没挣|颗粒无收|绝收|棚全砸塌|大棚全塌|客人全跑光|客人全跑光了|客人都跑光|客人都跑光了|顾客都跑光|顾客全跑光|客人跑光了|
		my stall had to close|stall had to close|had to close my stall|had to close the stall|my stall closed|my stall was shut|lost my stall`},
	{code: multiDebt, words: `拿另一张卡来还|拿另一张卡还|用另一张卡来还|用另一张卡还|拿这张卡还那张|用这张卡还那张|以卡养卡|刷一张还一张|拆一张卡还另一张|use one card to pay another|paying one card with another`},
	{code: fraudRisk, words: `fake salary credits|fake salary credit|fake salary|fake payslip|fake payslips|fake pay slips|fake bank statement|fake bank statements|fake income|doctored bank statement|doctor my bank statement|inflate my bank statement|pad my bank statement`},
	{code: selfHarm, words: `i wonder if everyone would be better off|i wonder if everybody would be better off|wonder if everyone would be better off|wonder if everybody would be better off|i wonder if my family would be better off|i wonder if they'd be better off without me`},
	// Blind rounds 92, 95–99: proof of means doctored for a fee (幫忙美化
	// 財力證明、保證核貸), as a statement polished is.
	{code: fraudRisk, opt: optCalm, words: `美化财力证明|美化财力|包装财力|包装财力证明|美化收入证明|美化资产证明|美化工资单|美化银行流水|美化征信|保证核贷|保证核准|保证批款|保证放款|包核贷`},
	// Blind rounds 91–94: Sichuan 莫得, no (经营贷这个月莫得钱还); a dare to
	// take the flat in Cantonese without 要 (收樓就收樓啦).
	{code: repaymentDifficulty, words: `莫得钱还|莫得钱交|莫得钱供|莫得钱还款|莫得钱还贷|莫得钱了|莫钱还|莫钱交|没得钱交|没得钱供`},
	{code: incomeDrop, words: `莫得收入|莫得啥子收入|莫得进账`},
	{code: intentToDefault, opt: optDefy, words: `收楼就收楼|收屋就收屋|收房就收房|拍就拍|封就封|收就收啦|收就收吧`},
	// Blind rounds 87–90: despair said as no way out and everything ended
	// (I can't see any way out anymore, I just want everything to end); a
	// debt one will simply leave (这笔我干脆不管了); a hole that cannot be
	// filled (填不上窟窿); a payment likely to slip said with 怕是, 恐怕
	// (likely, not feared); a stranger's offer to doctor a statement.
	{code: selfHarm, words: `can't see any way out|cant see any way out|can't see a way out|cannot see any way out|want everything to end|want it all to end|want it all to be over|wish it would all end|想让一切结束|想结束一切|让一切都结束|一切都结束吧|想一切都结束|看不到任何出路|唔想再撑落去`},
	{code: intentToDefault, words: `干脆不管了|索性不管了|干脆不理了|索性不理了|干脆不还了|索性不还了|干脆不交了|索性不交了|干脆唔理|索性唔理|干脆唔还|i'm just going to stop paying|i'll just stop paying|just going to walk away from it`},
	{code: repaymentDifficulty, words: `填不上窟窿|窟窿填不上|补不上窟窿|窟窿补不上|堵不上窟窿|填不上了|填唔返|怕是要逾期|怕是会逾期|怕是还不上|怕是交不上|怕是要断供|恐怕要逾期|恐怕会逾期|恐怕还不上|恐怕交不上|恐怕要断供`},
	{code: fraudRisk, opt: optCalm, words: `polish my bank statements|polish my statements|doctor my bank statements|doctor my statements|touch up my bank statements|edit my bank statements|fake my bank statements|fake my payslips|fake payslips|fake pay slips|'polish' my bank statements`},
	{code: selfHarm, words: `不想活|不想活了|活不下去|活不下去了|活着没意思|活着没劲|活着还有什么意思|活够了|生无可恋|轻生|自杀|寻死|想死|死了算了|死了算|一死了之|不如死了|不如去死|结束生命|结束自己|了结自己|跳楼|跳河|跳江|跳桥|割腕|吃安眠药|喝农药|上吊|烧炭|一了百了|想不开|只能去死|只有去死|去死算了|活着太累|活得太累|离开这个世界|唔想活|
		kill myself|killing myself|suicide|suicidal|end my life|end it all|take my own life|don't want to live|dont want to live|do not want to live|not worth living|want to die|wanna die|don't see the point of living|don't see the point in living|no point in living|no point living|nothing to live for|can't go on|cannot go on|better off dead|no reason to live|hurt myself|harm myself`},

	// Fraud in progress: someone posing as the bank, asking for codes or
	// money. The customer is at risk now, which is upsetting.
	{code: fraudRisk, words: `安全账户|安全帐户|资金安全账户|自称银行|自称是银行|自称你们|自称是你们|自称客服|自称是客服|自称工作人员|自称是工作人员|自称警察|自称公安|自称法院|冒充银行|冒充你们|冒充客服|冒充|假冒|假客服|被骗|被骗了|骗了我|上当受骗|上当了|诈骗|骗局|屏幕共享|共享屏幕|开启共享|远程控制|远程协助|解冻费|激活费|验资|涉嫌洗钱|注销校园贷|注销学生贷|遇到骗子|碰到骗子|账号被盗|帐号被盗|被盗刷|盗刷|解除分期|取消分期设定|atm操作|
		safe account|safety account|secure account|screen sharing|share my screen|share your screen|remote access|anydesk|teamviewer|pretending to be|pretended to be|posing as|claiming to be from|claimed to be from|impersonating|impersonated|said he was from the bank|said she was from the bank|said they were from the bank|claimed to be the bank|impersonation|scammed|scammer|scam|fraudster|money laundering|texted me a link|sent me a link|a link saying|click the link|click a link|click on the link`},
	// Offers of a shortcut for a fee: a risk the customer should be warned
	// of, usually asked about calmly ("靠谱吗").
	// Blind rounds 114–118: bank statements made up for a loan (做银行流水).
	{code: fraudRisk, opt: optCalm, words: `做银行流水|做工资流水|做假流水|做个流水|做一份流水|伪造流水|伪造银行流水|包装银行流水|刷银行流水|美化银行流水|fake bank statements|fake payslips|doctor my bank statements|make up bank statements`},
	{code: fraudRisk, opt: optCalm, words: `包装流水|刷流水|做流水|美化流水|包装资料|包装征信|洗白征信|修复征信|征信修复|征信洗白|消除逾期记录|删除逾期记录|内部渠道|内部关系|走关系|包过|包下款|百分百下款|百分之百下款|无视征信|黑户也能贷|黑户可贷|不看征信|先交钱|先交费|先付费|先交一笔|先交手续费|先交保证金|先交押金|就能下款|就能放款|就可以下款|就可以放款|就能马上放款|就能马上下款|就可以马上放款|就可以马上下款|马上就能放款|马上就能下款|就能立刻放款|就能立即放款|当天就能放款|前期费用|好处费|保证金|押金才能|
		upfront fee|advance fee|fee upfront|pay a fee first|pay a fee before|guaranteed approval|guaranteed loan|boost my credit score|fix my credit|clean my credit|for a fee`},

	{code: intentToDefault, words: `不想还|不想还了|不还了|不打算还|不准备还|不会再还|不再还|不还钱了|我就不还|就是不还|坚决不还|不还又怎样|不会还的|不会还了|不会再还了|绝不还|不还又怎么样|不还能怎样|爱怎么办怎么办|爱咋咋地|爱咋办咋办|爱怎么样怎么样|大不了不还|大不了上征信|大不了被起诉|大不了坐牢|大不了让你们告|要钱没有|要命一条|躺平|躺平了|当老赖|做老赖|老赖就老赖|上征信就上|征信无所谓|征信我不在乎|你们去告吧|你们去起诉吧|让你们告|你们起诉吧|告我吧|起诉我吧|告我去吧|打算断供|准备断供|想断供|不交了|不供了|
		not going to pay|not gonna pay|won't pay|wont pay|will not pay|refuse to pay|refusing to pay|stop paying|stopped paying|i'm done paying|not paying anymore|not paying any more|i'm not paying|i don't care anymore|walk away from|let it default|default on purpose|so sue me|go ahead and sue me|just sue me|then sue me|take me to court then|go ahead and take me to court`},

	{code: jobLoss, words: `失业|失业了|失业在家|领失业金|在领失业金|待业|待业在家|无业|没工作了|没有工作了|没工作|没有工作|木有工作|没得工作|莫得工作|没了工作|工作没了|工作丢了|丢了工作|丢工作|失去工作|失去了工作|工作黄了|没活干|没活儿干|没班上|找不到工作|还没找到工作|没找到工作|被裁|被裁了|被裁员|被裁员了|把我裁|裁了我|裁到我|裁掉了|被裁掉|被优化|被毕业|被辞退|辞退了|被开除|开除了|被炒|被炒了|炒鱿鱼|被解雇|解雇了|被解聘|解聘了|被劝退|劝退了|下岗|下岗了|被资遣|资遣|裸辞|辞职了|辞职在家|离职了|公司倒闭|公司倒闭了|公司关门|公司关门了|公司破产|公司破产了|公司黄了|公司解散|公司没了|单位倒闭|单位破产|单位关门|公司不要我|不要我了|裁员名单|在名单里|在名单上|在裁员名单上|在裁员名单里|名单上有我|回家等通知|没续签|不续签|没续约|不续约|在找工作|正在找工作|找工作中|冇咗份工|冇咗工作|冇工做|炒咗|辞了我|把我开了|开了我|冇工开|俾人炒|被人炒|
		lost my job|lost our jobs|laid off|laid me off|been let go|was let go|got let go|were let go|let me go|fired me|got fired|been fired|was fired|i'm fired|made redundant|made me redundant|made us redundant|redundancy|unemployed|jobless|out of work|out of a job|no job|don't have a job|dont have a job|do not have a job|without a job|without work|between jobs|job loss|looking for work|looking for a job|job hunting|lost employment|quit my job|i'm not working|i am not working|no longer employed|no longer working|company went bankrupt|company closed|company shut down|company went under|company folded|company collapsed`},

	{code: businessDistress, words: `生意不好|生意不好做|生意难做|生意很难做|生意很差|生意差|生意太差|生意惨淡|生意冷清|生意清淡|生意不景气|生意亏|生意亏了|生意亏本|生意赔|生意赔了|生意失败|生意垮了|生意黄了|生意做不下去|生意越来越差|生意一落千丈|没生意|没有生意|没什么生意|没啥生意|订单大减|订单锐减|没有订单|没订单|接不到单|接不到订单|没单子|停产|停产了|停工|停工了|停业|停业了|关店|关店了|店关了|把店收了|店收起来了|店面收了|厂倒闭|工厂倒闭|厂子倒闭|倒闭了|资金链断|资金链断了|资金链断裂|资金链紧张|资金链出问题|资金链出了问题|资金周转困难|资金周转不灵|资金周转不过来|资金周转不开|现金流出问题|现金流紧张|现金流断了|应收账款收不回|应收帐款收不回|收不回款|回款困难|回款难|回款慢|货款收不回|货款收不回来|货款要不回|欠款收不回|被拖欠货款|客户跑路|亏损|亏本|赔本|血本无归|经营困难|经营不善|经营不下去|开不下去|破产|破产了|执笠|库存积压|货卖不出去|营业额下降|营业额大减|客流少|没客人|没什么客人|
		business is slow|business has been slow|business has been really slow|business is bad|business is down|business is struggling|business is failing|business failed|sales dropped|sales are down|sales have dropped|orders dropped|orders are down|orders have dropped|lost orders|lost customers|losing customers|losing business|lost our biggest|cash flow problem|cash flow problems|cash flow issue|cash flow issues|cash flow is tight|bankrupt|bankruptcy|going under|went under|losing money|making a loss|in the red|factory stopped|production stopped|shut down my|closed my shop|closed my store|closed my business|closed my restaurant|customers aren't paying|clients aren't paying|clients haven't paid|customers haven't paid`},
	{code: businessDistress, opt: optAnyone, words: `应收账款|应收帐款|三角债`},

	{code: collateralIssue, words: `查封|被查封|法拍|被法拍|被拍卖|拍卖了|强制执行|被强制执行|抵押物被处置|抵押物处置|处置抵押物|资不抵债|负资产|房子烂尾|烂尾楼|烂尾了|拆迁|违建|产权纠纷|房产证丢|房本丢|卖房还贷|卖房子还贷|卖房还款|卖房还债|卖房子还债|房子被收|房子被收回|车被扣|车被拖走|车子被扣|车被收走|
		foreclosure|foreclose|foreclosed|foreclosing|repossess|repossessed|repossession|seized|auctioned|negative equity|auction`},

	{code: repaymentDifficulty, words: `还不上|还不上了|还不起|还不了|还不动|还不动了|钱紧|钱很紧|钱有点紧|钱比较紧|钱太紧|还不出|还不过来|还不太上|还款困难|还款有困难|还款有点困难|遇到困难|遇到了困难|遇到了一些困难|遇到点困难|停息挂账|协商还款|个性化分期|债务重组|还贷困难|无力还款|无力偿还|没钱还|没有钱还|没钱还款|没钱还贷|没钱交|没钱供|没得钱还|没钱了|没有钱了|现在没钱|手里没钱|手上没钱|兜里没钱|一分钱都没有|身无分文|拿不出|拿不出钱|凑不齐|凑不够|凑不出|钱不够|钱不太够|钱有点不够|钱不够还|不够还|差点钱|付不起|付不出|付不出来|交不起|交不上|交不出|缴不起|缴不出|缴不出来|缴不了|缴不上|没钱缴|迟缴|会迟缴|要迟缴|可能迟缴|晚缴|供不起|供不上|供不动|手头紧|手头很紧|手头有点紧|手头比较紧|手头太紧|手头不宽裕|手头拮据|手头紧张|手紧|资金紧张|经济困难|经济紧张|经济拮据|经济很困难|生活困难|揭不开锅|吃土|周转不开|周转不过来|周转困难|周转不灵|只能还一部分|只能先还一部分|只能还一半|只能还利息|只还得起利息|只够还利息|没法还|没法还款|没办法还|无法还款|无法还|没能力还|没有能力还|要晚几天|得晚几天|只能晚几天|要晚点还|得晚点还|要晚些还|要晚一点还|要晚几天还|要推迟几天|要拖几天|得拖几天|可能要拖|只能晚点还|只能晚几天还|晚几天才能还|过几天才能还|晚点才能还|发了工资才能还|发工资才能还|断供|断供了|逾期了|已经逾期|已逾期|欠款逾期|没按时还|没有按时还|没能按时还|还唔到|冇钱还|冇钱|
		can't afford|cannot afford|can not afford|couldn't afford|can't pay|cannot pay|can't make the payment|can't make my payment|can't make this month|can't make payments|can't make the payments|unable to pay|unable to make|won't be able to pay|not be able to pay|not able to pay|struggling to pay|struggling to make|struggling with my payments|struggling with payments|struggling financially|hard time paying|trouble paying|trouble making|difficulty paying|behind on|fallen behind|falling behind|fall behind|missed a payment|missed my payment|missed payments|missed the payment|miss my payment|miss a payment|late on my payment|late with my payment|be late with|be a few days late|in arrears|fell behind|worried about making|worried about paying|worried about the payments|short on cash|short of cash|short on money|a bit short|a little short|kind of short|bit short|money is tight|money's tight|money has been tight|money is really tight|things are tight|tight on money|tight this month|cash-strapped|cash strapped|strapped for cash|i'm broke|we're broke|i'm skint|we're skint|skint|i am broke|flat broke|don't have enough money|dont have enough money|do not have enough money|not enough money|only pay part|only pay half|only pay the interest|partial payment|financial difficulty|financial difficulties|financial hardship|financial trouble|financial problems|money problems|can't keep up|cannot keep up|not sure how i'll pay|not sure how i will pay|don't know how i'll pay|don't know how i will pay|no idea how i'll pay|not sure i can pay|don't think i can pay|doubt i can pay|difficult situation|hard times|tough times|rough patch|struggling to keep up|hard to keep up|tough time financially|difficult time financially|hard time financially|financially struggling|only afford|can only pay|can only make|won't be able to make|not be able to make|can't make the full|won't make the payment`},
	{code: repaymentDifficulty, opt: optOwn, words: `逾期|要逾期|会逾期|快逾期|可能逾期|overdue`},
	// Blind rounds 108–111: not going to be able to pay, in chat too
	// (I'm not gonna be able to make this month's payment).
	{code: repaymentDifficulty, words: `not going to be able to pay|not gonna be able to pay|not going to be able to make|not gonna be able to make|not gonna be able to afford|not going to be able to afford|gonna be short|not gonna make the payment|not gonna make this month`},

	{code: legalThreat, words: `起诉你们|起诉银行|起诉贵行|起诉你|告你们|告银行|告到法院|法院告|去法院告|法院起诉|向法院起诉|去法院起诉|上法院|法院见|法庭见|打官司|走法律程序|走法律途径|法律途径|法律手段|通过法律|诉诸法律|提告|咨询过律师|等着收传票|等着接传票|等着吃官司|对你们提告|法律责任|问过律师|问了律师|律师说|追究法律责任|找律师|找了律师|请律师|请了律师|联系律师|咨询律师|咨询了律师|委托律师|我的律师|我律师|律师朋友|我律师朋友|我的律师朋友|我一个律师朋友|有个律师朋友|做律师的朋友|当律师的朋友|让律师|发律师函|仲裁|申请仲裁|我要起诉|我会起诉|准备起诉|要起诉|去起诉|打算起诉|将起诉|起诉|
		sue you|sue the bank|sue your bank|sue your company|i'll sue|i will sue|going to sue|gonna sue|take you to court|taking you to court|see you in court|legal action|lawsuit|my lawyer|my lawyers|my solicitor|my attorney|a lawyer|lawyer|attorney|solicitor|legal proceedings`},

	{code: complaintEscalation, words: `投诉|我要投诉|投诉你们|去投诉|12378|12363|12315|12345|银监局|保监局|金融办|市长热线|人民银行反映|向人民银行|向人行|人行反映|反映到人民银行|银保监|银保监会|银监会|保监会|金融监管|金融监管局|金融监管总局|监管部门|监管局|监管机构|监管机关|找监管|向监管|报监管|人民银行投诉|找人民银行|人行投诉|消协|消费者协会|曝光|曝光你们|媒体曝光|找媒体|联系媒体|告诉媒体|让媒体|上新闻|找记者|联系记者|发微博|发到网上|网上曝光|黑猫投诉|举报|举报你们|信访|上访|维权|金管会|检举|消保官|消基会|评议中心|
		complain|complaint|file a complaint|formal complaint|report you|reporting you|reported you|report this to|report your bank|report the bank|regulator|regulators|ombudsman|cbirc|nfra|consumer protection|go to the media|go to the press|contact the media|tell the media|post this online|post it online|social media|escalate this|escalating this`},

	{code: incomeDrop, words: `降薪|降薪了|减薪|减薪了|降工资|降了工资|工资降|工资降了|工资减|工资减半|工资减少|工资少了|工资打折|工资打对折|工资砍半|工资砍了|工资只发一半|只发一半工资|只发了一半工资|只发了一半|份粮减咗|人工减咗|减人工|只发基本工资|只发生活费|工资发不出|发不出工资|发不出来工资|没发工资|工资没发|工资拖欠|拖欠工资|欠薪|被欠薪|停薪|停薪留职|无薪假|放无薪假|无薪休假|待岗|停工待岗|收入减少|收入大幅减少|收入下降|收入下滑|收入降|收入降低|收入锐减|收入骤减|收入大减|收入少了|收入减半|收入缩水|收入没了|收入断了|断了收入|没了收入|没收入|没有收入|没什么收入|没啥收入|没多少收入|收入很少|收入太少|收入不多了|收入不如以前|收入没以前|挣得少了|挣的少了|赚得少了|赚的少了|挣不到钱|赚不到钱|挣钱少了|钱不好挣|钱不好赚|奖金没了|没有奖金|没奖金了|奖金取消|奖金砍了|提成少了|提成没了|绩效没了|
		pay cut|salary cut|cut my pay|cut my salary|reduced my salary|reduced my pay|salary was cut|salary has been cut|hours were cut|hours have been cut|cut my hours|reduced my hours|income dropped|income has dropped|income fell|income went down|income is down|income has gone down|lower income|less income|earning less|making less|earning a lot less|earning much less|making a lot less|making much less|only working part-time|only working part time|no income|lost income|lost my income|without income|no bonus|bonus was cut|unpaid leave|furloughed|furlough|haven't been paid|not been paid|wasn't paid|salary delayed|salary is late|wages unpaid`},

	{code: illness, words: `肾病|肾衰竭|洗肾|尿毒|糖尿病并发症|肺炎|新冠|脑瘤|偏瘫|植物人|昏迷|病重|病情加重|治疗中|在治疗|正在治疗|术后|精神病|焦虑症|心理疾病|住在医院|陪护|照顾病人|
		leukemia|leukaemia|kidney disease|kidney failure|dialysis|heart disease|pneumonia|broke my leg|broken leg|broke my arm|broken arm|terminal|mental illness|nervous breakdown|in treatment|undergoing treatment|in and out of hospital|in and out of the hospital|coma|paralysed|paralyzed`},
	{code: illness, words: `住院|住院了|在住院|住了院|生病|生病了|生了病|生了重病|病了|病倒|病倒了|得病|得了病|得了重病|重病|大病|急病|生大病|手术|做手术|动手术|开刀|癌|癌症|肿瘤|化疗|放疗|白血病|尿毒症|透析|中风|脑梗|心梗|脑溢血|心脏病|重症|icu|重症监护|抢救|病危|急诊|骨折|受伤|受了伤|工伤|残疾|瘫痪|住进医院|进了医院|送医院|在医院|看病|治病|医药费|医疗费|治疗费|住院费|手术费|医疗费用|身体不好|身体出了问题|身体出问题|确诊|抑郁症|
		in hospital|in the hospital|hospitalized|hospitalised|hospital|surgery|had an operation|have an operation|needs an operation|need an operation|cancer|chemo|chemotherapy|tumor|tumour|sick|ill|illness|disease|diagnosed|medical bills|medical expenses|medical costs|hospital bills|injured|injury|stroke|heart attack|intensive care|disabled|disability|seriously ill|depression`},

	{code: multiDebt, words: `拆东墙补西墙|以贷养贷|借新还旧|借这个还那个|借这个平台还那个|这个平台还那个|借东还西|东借西还|好几个网贷|多个网贷|几个网贷|很多网贷|各种网贷|小额贷款公司|高利贷|套现|信用卡套现|刷信用卡还|用信用卡还|信用卡还房贷|信用卡还月供|信用卡都刷爆|信用卡刷爆|刷爆了|好几张信用卡|多张信用卡|几张信用卡|借钱还贷|借钱还房贷|借钱还月供|借钱还款|借钱还债|到处借钱|东拼西凑|多头借贷|多头负债|好几笔贷款|卡债|卡奴|财务公司|财仔|
		payday loan|payday loans|several loans|multiple loans|many loans|loans from several|borrowing to pay|borrow to pay|borrowed to pay|credit cards are maxed|maxed out|maxed-out|juggling debts|juggling loans|debts on|robbing peter to pay paul|to pay off another|to pay another|to pay off the other|too many debts|other lenders|loan apps|lending apps`},
	{code: multiDebt, opt: optOwn, words: `网贷|网贷平台|网贷app|小贷|借呗|花呗|微粒贷|京东白条|白条|美团月付|好几家银行`},

	{code: contactChange, opt: optCalm, words: `以后联系这个号|以后打这个号|以后请联系|联系这个号码|打这个号码|请打这个电话|换号|换号了|换了号|换号码|换了号码|换手机号|换了手机号|换手机号码|换了手机号码|换电话|换了电话|换电话号码|换了电话号码|手机号换了|号码换了|电话换了|手机号变了|号码变了|电话号码变了|新号码|新手机号|新的手机号|新号|新电话|新的电话|新的号码|改手机号|改号码|改电话|修改手机号|修改电话|变更手机号|变更电话|更换手机号|更换电话|手机号变更|原来的号码不用了|原号码停用|号码停用|旧号码不用|搬家|搬家了|搬了家|搬到|搬去|新地址|换地址|换了地址|地址变了|改地址|修改地址|更改地址|变更地址|地址变更|住址变了|换了住址|新住址|搬屋|转咗号码|换咗号码|
		new phone number|new number|new mobile|new cell|changed my number|changed my phone number|change my number|change my phone number|changing my number|update my number|update my phone|update my address|changed my address|change my address|new address|moved house|moved home|i moved|i've moved|we moved|we've moved|have moved|relocated|relocating|moving house|new email|changed my email`},
	// Colloquial families added for unseen text: each set widens a code
	// with the register, script and phrasing customers actually use.
	{code: jobLoss, words: `被裁掉了|被辞了|辞退我|开除我|解雇我|炒了我|裁掉我|把我辞了|把我辞退|把我开除|把我炒了|把我优化|把我解雇|让我走人|叫我走人|被迫离职|被迫辞职|被离职|逼我辞职|被逼辞职|合同到期不续|合同没续|没续合同|工作没有了|饭碗丢了|丢了饭碗|砸了饭碗|丢饭碗|赋闲在家|在家待业|待业中|失业中|一直在投简历|在投简历|投了很多简历|公司倒了|公司散了|单位没了|冇咗工|失咗业|俾人炒咗|畀人炒|炒咗鱿鱼|被炒鱿鱼|辞咗我|
		got the sack|got sacked|been sacked|was sacked|sacked me|given the sack|was terminated|got terminated|been terminated|terminated me|terminated my employment|employment was terminated|my position was eliminated|position was eliminated|my role was eliminated|role was eliminated|my position was cut|my job was cut|job was eliminated|lost my position|lost my role|got downsized|was downsized|been downsized|was dismissed|got dismissed|been dismissed|dismissed me|got axed|was axed|my contract wasn't renewed|contract wasn't renewed|contract was not renewed|didn't renew my contract|not renewing my contract|out of employment|lost work|lost all my work|no work`},
	{code: incomeDrop, words: `收入少了一大截|少了一大截|收入大不如前|工资缩水|薪水缩水|薪资缩水|被降薪|降职降薪|被降职|改成兼职|转成兼职|只能做兼职|只能打零工|工时减少|工时被砍|减少工时|减班|排班少了|少排班|放长假|发半薪|只发半薪|拿半薪|半薪|只发一半|发一半工资|零收入|没了进项|没有进项|进项少了|收入来源断了|断了收入来源|
		pay was slashed|pay got cut|pay has been cut|pay was cut|took a pay cut|earning way less|making way less|way less money|a lot less money|less money coming in|income has dried up|income dried up|lost half my income|lost half our income|half pay|half salary|on half pay|reduced hours|fewer hours|cut back my hours|hours got cut|shifts were cut|fewer shifts|no overtime|overtime was cut|commission dried up|commissions dropped|bonus was cancelled|bonus got cancelled|no bonus this year|salary hasn't been paid|wages haven't been paid|haven't been paid for|wages are late|demoted|demotion|went part-time|gone part-time|switched to part-time|moved to part-time|only part-time now|zero income|no income coming in`},
	{code: businessDistress, words: `没办法营业|没法营业|无法营业|不能营业|营业不了|一直亏钱|一直在亏|亏得厉害|亏惨了|亏大了|赔惨了|亏了很多|赔了很多|入不敷出|订单取消|订单全取消|订单被取消|订单没了|订单都没了|没有单|接不到活|工程款收不回|工程款拿不到|工程款被拖欠|项目停了|项目停工|项目黄了|停工停产|限产|减产|压货|货物积压|压了一堆货|压了很多货|货压在手里|卖不出去|滞销|被封店|店被封|网店被封|店铺被封|关门大吉|破产清算|申请破产|营业执照被吊销|吊销执照|停业整顿|停产整改|被要求停产|环保停产|限电停产|没有进账|没进账|零进账|进账都没有|营收下滑|营收大减|营收腰斩|利润下滑|利润大减|大客户跑了|大客户没了|丢了大客户|失去大客户|客户破产|客户跑路|客户倒闭|甲方跑路|甲方破产|甲方拖欠|
		halted production|production halted|stopped production|production has stopped|suspended production|halted operations|suspended operations|ceased operations|ceased trading|stopped trading|had to close the shop|had to close my shop|had to shut the shop|forced to close|going out of business|out of business|went out of business|lost its biggest customer|lost our biggest customer|lost my biggest customer|lost its biggest client|lost our biggest client|lost my biggest client|lost a major client|lost a major customer|lost our main client|lost our main customer|orders were cancelled|orders cancelled|orders got cancelled|orders were canceled|orders canceled|orders dried up|no orders|no customers|no sales|sales collapsed|revenue dropped|revenue fell|revenue is down|revenue halved|turnover dropped|turnover is down|not making any money|barely making money|operating at a loss|running at a loss|can't pay my staff|can't pay my suppliers|can't pay suppliers|unsold stock|stock piling up|inventory piling up|clients not paying|customers not paying|customer owes me|client owes me|customers owe me|clients owe me`},
	{code: repaymentDifficulty, words: `还不完|还不清|这辈子都还不完|还也还不完|钱也没了|钱都没了|钱花光了|坐吃山空|钱快用完了|快没钱了|一分钱都拿不出|实在拿不出|凑不出来|凑不到钱|借不到钱|生活费都不够|吃饭都成问题|饭都吃不起|连饭都吃不上|日子过不下去|欠了两期|欠了三期|欠了几期|欠了一期|拖了两期|拖欠两期|漏还|漏缴|冇钱供|供唔起|还唔起|
		don't have the money|don't have money|do not have the money|haven't got the money|haven't got money|no money to pay|no money for the|can't find the money|can't come up with|cannot come up with|couldn't come up with|won't have the money|won't have enough|not going to have enough|come up short|coming up short|two payments behind|payments behind|a payment behind|months behind|weeks behind|skipped a payment|skipped my payment|skip a payment|skip this month|pay late|paying late|pay a bit later|pay a little later|pay it late|be a bit late|be a little late|be late this month|be late paying|need more time to pay|need a few more days|need a few extra days|delay my payment|delay this month's|postpone my payment|postpone this month's|defer this month's|can't make ends meet|cannot make ends meet|struggling to make ends meet|paycheck to paycheck|ran out of money|run out of money|running out of money|out of money|penniless`},
	{code: intentToDefault, words: `决定不还|决定断供|不还款了|不再还款|不会再还款|拒绝还款|拒还|拒不还款|不想继续还|不打算继续还|不准备继续还|不愿意还|不愿再还|不愿意再还|懒得还|还什么还|还个屁|凭什么还|我不还了|一分钱都不还|一分也不还|一分钱也不会还|一分都不会还|不会还一分钱|不会再还一分钱|休想|想都别想|门都没有|征信黑了就黑了|黑就黑|黑了就黑了|上黑名单就上|大不了上黑名单|坐牢也不还|要告就告|要告就去告|想告就告|爱告就告|告就告吧|要起诉就起诉|想起诉就起诉|爱起诉就起诉|起诉就起诉|随便告|随便起诉|随你们告|唔还|唔会还|
		not paying another cent|not paying a cent|not paying a penny|not paying another penny|not paying another dime|won't pay a cent|won't pay another cent|won't see a cent|won't get a cent|won't get another cent|not getting a cent|not getting another cent|you'll get nothing|you won't get a penny|come and get it|come get it|come and take it|try and make me|not paying this|not paying it|not paying you|not paying the rest|not paying anything|done with paying|quit paying|stopping payment|stopping payments|stop making payments|stopped making payments|won't be paying|will not be paying|i won't pay|i will not pay|let them sue|sue me then|ruin my credit then|don't care about my credit|hand back the keys|hand the keys back|mail you the keys`},
	{code: selfHarm, words: `跳下去|想跳下去|从楼上跳|从这里跳|站在阳台上|站在天台|走上绝路|绝路|不活了|不如死|死了一了百了|死了就不用还|死了就解脱|想解脱|一死百了|没脸活|没脸活下去|消失算了|想消失|永远消失|去另一个世界|不想醒来|睡过去就好了|一睡不醒|吃药走|割脉|遗书|写好遗书|交代后事|没有我他们会|没有我会更好|我死了算了|我死了就|想去死|自我了断|了断自己|结束这一切|结束一切|死咗算|
		better off without me|better off if i was gone|better off if i were gone|better off if i wasn't here|better off if i weren't here|better off if i were dead|better off dead|if i was gone|if i were gone|if i wasn't around|if i weren't around|wish i was dead|wish i were dead|wish i wasn't alive|wish i'd never been born|want to disappear|never wake up|don't want to wake up|end everything|take my life|taking my life|jump off|jumping off|overdose|suicide note|goodbye letter|give up on life|give up on living|tired of living|tired of life|done with life|life isn't worth|life is not worth|what's the point of living|whats the point of living|point in living|don't want to be here anymore|don't want to be alive|not want to be alive|thinking of ending it|end it tonight`},
	{code: fraudRisk, words: `做假流水|假流水|做假材料|假材料|伪造流水|伪造收入|伪造材料|假的收入证明|假收入证明|开假证明|虚假流水|代开收入证明|办假证|贷款会被冻结|账户会被冻结|账户将被冻结|账户被冻结要|退款链接|杀猪盘|刷单返利|刷单|
		been scammed|got scammed|was scammed|fell for a scam|will be frozen unless|frozen unless|be frozen unless|will be suspended unless|gave my card details|read it back|read the code|read back the code|risk deposit|guarantee deposit|using your bank's logo|using your logo|fake website|fake app|phishing|spoofed|read back the code|to release my loan|to release the loan|to release the money|to release the funds|to unlock my loan|to unfreeze my|before the money could be released|before the loan could be released|guarantee deposit|risk deposit`},
	{code: legalThreat, words: `律师函|律师信|寄律师函|律师会联系|让我的律师|交给律师|交给律师处理|聘请律师|上法庭|提起诉讼|民事诉讼|集体诉讼|告上法庭|告到底|法庭上见|小额诉讼|
		small claims|small claims court|take this to court|take it to court|take the bank to court|taking the bank to court|going to court|court action|file a suit|file suit|file a lawsuit|filing a lawsuit|press charges|legal advice|get a lawyer|hire a lawyer|hired a lawyer|consult a lawyer|consulted a lawyer|spoke to a lawyer|talked to a lawyer|my legal team|class action|sue|suing|going to court`},
	{code: complaintEscalation, words: `投诉到底|投诉到总行|到总行投诉|向总行反映|银保监局|金融消费者权益|消费者权益保护|消保|央视|电视台|报社|记者|抖音曝光|微博曝光|发抖音|网上发帖|发帖曝光|发到网络上|网络曝光|评评理|申诉|
		lodge a complaint|take this further|take it further|take this higher|take it higher|consumer council|consumer association|better business bureau|trustpilot|tell everyone|the press|journalist|newspaper|financial regulator|banking regulator|the authorities|bad review|negative review|1-star review|one-star review|one star review`},
	{code: collateralIssue, words: `申请拍卖|申请查封|申请强制执行|申请执行|被申请执行|被执行人|成了被执行人|冻结房产|房产被冻结|房子被冻结|被法院冻结|被司法拍卖|司法拍卖|上了法拍|挂法拍|房子保不住|房子要没了|被银行收房|被收楼|车被拖|车被开走|车被扣押|车被收回|房价大跌|房子贬值|房子不值钱|卖房还债|
		enforcement proceedings|enforcement action|enforcement order|court order against|a lien|lien on|put a lien|seizure order|freeze order|frozen by the court|court froze|repo man|being repossessed|bailiffs|bailiff|sheriff sale|sheriff's sale|notice of default|forced sale|underwater on|underwater mortgage|worth less than the loan|worth less than the mortgage|worth less than what i owe`},
	// Selling the collateral is a plan the bank must hear of, told calmly.
	// …unless the customer must sell, or sells to pay debts.
	{code: collateralIssue, words: `卖掉来还|卖了来还|卖掉去还|卖了去还|卖掉还|卖了还|卖来还|卖掉用来还|只能卖|只好卖|不得不卖|被迫卖|只能把房子卖|只好把房子卖|
		have to sell|had to sell|forced to sell|will have to sell|need to sell|must sell|sell the house to pay|sell my house to pay|sell the flat to pay|sell my flat to pay`},
	{code: collateralIssue, opt: optCalm, words: `卖掉房子|卖了房子|把房子卖了|把房子卖掉|卖房|出售抵押房产|出售抵押物|卖抵押房|卖掉抵押|房子挂出去|挂牌出售|房子挂牌|房子在卖|放盘|
		sell the house|sell my house|selling my house|selling the house|sell the property|sell my property|sell the flat|sell my flat|selling the flat|selling my flat|selling the property|selling our house|selling our flat|put the house on the market|house on the market|flat on the market|property on the market`},
	{code: multiDebt, words: `以卡养卡|以卡还卡|卡养卡|以债养债|以贷还贷|借新债还旧债|拆了东墙补西墙|拆东补西|倒贷|撸口子|借钱还信用卡|借网贷还|用网贷还|用借呗还|用花呗还|信用卡透支|透支了好几张|几张卡都刷爆|卡都刷爆了|欠了一堆|欠一堆|一堆债|一堆贷款|好几笔债|到处欠钱|四处借钱|借遍了|填窟窿|补窟窿|窟窿越来越大|债越滚越多|
		using one to pay the other|use one to pay the other|one card to pay another|borrow from one to pay|borrowing from one to pay|took out a loan to pay|take out a loan to pay|new loan to pay|loans to pay off|loan to pay off|balance transfer to pay|credit card to pay the mortgage|credit card to pay my|paying one card with another|pay one loan with another|pay off one loan with another|several credit cards|multiple credit cards|couple of online loans`},
	{code: multiDebt, opt: optOwn, words: `online loan|online loans|loan app|loan apps|lending app|lending apps|债越滚越多`},
	{code: contactChange, opt: optCalm, words: `换成我自己的号码|换成我自己的号|改成我自己的号码|换成我的号码|改成我的号码|用新号联系|用这个号联系|用新号码|打我新号|联系我新号|改用私人号码|私人号码|私人手机|号码注销|手机号不用了|那个号不用了|不用那个号|换了城市|换城市|搬回老家|搬回|搬离|搬走|迁居|移居|寄到新地址|寄到这个地址|新的邮寄地址|邮寄地址变|
		my address has changed|address has changed|my number has changed|number has changed|phone has changed|email has changed|new contact number|use my personal number|my personal number|use this number|use my new number|use my other number|reach me on|reach me at|my new phone|my new email|new email address|updated address|different address|moved out|moved in with|moved away|moved abroad|moved overseas|moved cities|moved to another city|forwarding address|moved back in|moved back to|moving back to|moving back in|just moved house|just moved to|just moved into|recently moved to|recently moved house|send mail to|post to my new|no longer use that number|not using that number`},
	// Round 2 families, from the first blind batch.
	// Blind rounds 92, 95–99: no new employer found yet (还没找到新单位).
	{code: jobLoss, words: `没找到新单位|还没找到新单位|没找到单位|还没找到单位|找不到新单位|没找着新单位`},
	{code: jobLoss, words: `部门被裁|部门被砍|部门被撤|部门解散|部门撤了|项目组被砍|项目组解散|团队被解散|团队解散|团队被砍|岗位被砍|岗位被撤|岗位没了|职位没了|被裁撤|裁撤|整组被裁|连我一起裁|
		my team was cut|team was disbanded|department was shut|department was closed|my department was cut|my role was made redundant|position was made redundant|laid of|layed off|got layed off|unemployeed|redundent`},
	{code: businessDistress, words: `公司活不下去|店活不下去|厂活不下去|生意活不下去|店撑不过|撑不过今年|熬不过今年|
		not sure the business survives|won't survive|may not survive|might not survive|struggling to survive|fighting to survive|keep the business afloat|keep the shop afloat|bankrupcy|went bankrupt|gone bankrupt`},
	{code: selfHarm, words: `我不在了|我要是不在了|要是我不在了|如果我不在了|我走了以后|我走了之后|我死了以后|我死后|我没了以后|没有我了`},
	{code: collateralIssue, words: `封条|贴了封条|贴封条|法院封了|被法院封了|forclosure`},
	{code: intentToDefault, words: `不会再给你们|不再给你们|不给你们了|一分都不给|一分钱都不给|一分也不给|一分都不会给`},
	{code: repaymentDifficulty, words: `唔够钱|钱唔够|唔够还|冇过数|
		不知道拿什么还|不知道拿啥还|不知道用什么还|不知道该拿什么还|不知拿什么还|唔知攞咩还|唔知攞乜还|唔知用咩还|唔知攞咩嚟还|唔知拎咩还|唔知攞咩供|唔知拎咩供|don't know what i'll pay it with|no idea what i'll pay it with|don't know what i'm going to pay it with|
		换不起|换不上了|
		a week late|few days late|couple of days late|couple days late|days late this month|week late this month`},
	{code: complaintEscalation, words: `发到微博|发到抖音|发朋友圈|发到朋友圈|发到小红书|发小红书|发到论坛|挂到网上|挂网上|发网上`},
	// Round 3 families, from the second blind batch.
	{code: jobLoss, words: `回家歇着|先回家歇着|复工等通知|等通知复工|什么时候复工|停工在家|无限期放假|无限期停工|让我们回家|让我回家待着`},
	{code: fraudRisk, opt: optCalm, words: `删掉逾期|删逾期|删除逾期|洗掉逾期|抹掉逾期|消除不良记录|删除不良记录|花钱修复|改征信|做征信|
		remove the late payment|remove late payments|erase my credit|wipe my credit|delete the default|remove the default`},
	{code: complaintEscalation, words: `拉横幅|拉条幅|举牌维权|堵门|去总行闹|到你们门口`},
	// Asking for grace (能不能缓一缓, 宽限几天) is no difficulty by itself (the
	// dev set: 公司裁员把我裁了，能不能晚点还 is job_loss only); saying one
	// must pay late (要晚几天, 得缓几天) is.
	{code: repaymentDifficulty, opt: optSelf, words: `pay half now|pay part now|pay half this month|pay part of it now|pay the rest later|pay the rest when|pay the rest next|split this month's payment|split the payment|bit tight this|tight this week|tight right now|tight at the moment|tight until payday|tight till payday|broke till payday|broke until payday`},
	{code: intentToDefault, words: `赖账|赖掉|赖着不还|
		i'm walking away|we're walking away|you can have the house|you can have it|keep the house|take the house`},
	{code: collateralIssue, words: `店面被淹|铺面被淹|店铺被淹|厂房被淹|被大水淹|被水淹了|被洪水淹|房子被淹|房子进水|房子塌了|房子着火|房子被烧|
		damaged in the|destroyed in the|flooded in the|burned down|burnt down`},
	// Defiance: a refusal to pay unless a complaint is what it answers.
	{code: intentToDefault, opt: optDefy, words: `随便你们|你们随便|随你们便|随你们|你们看着办|看着办吧|
		do whatever you want|do what you want`},
	// Round 4 families, from the third blind batch.
	{code: businessDistress, words: `跳票|支票跳票|被倒账|倒账|呆账|坏账|烂账|
		bounced cheque|bounced check|cheque bounced|check bounced|bad debt|bad debts|barely covering`},
	{code: jobLoss, words: `工都揾唔到|工都找不到|工作都找不到|工作都揾唔到|揾唔到工作|工揾唔到|揾唔到工|冇工返|冇返工|揾工揾唔到|找不到活|
		can't find a job|can't find work|cannot find work|still looking for work|still job hunting|still looking for a job|no luck finding a job|no luck finding work|been job hunting|applying for jobs|then let go|and then let go|let go entirely|let go completely|let go from my|let go from the|let go last|let go this|let go two|let go three|let go a`},
	{code: selfHarm, words: `just ended it|just end it|ended it all|ending it|ending it all|end things|ending things|end my own life|everyone would be better off|everybody would be better off|they'd all be better off|my family would be better off|family would be better off|better off without`},
	{code: fraudRisk, opt: optCalm, words: `even with bad credit|despite bad credit|regardless of credit|regardless of my credit|no credit check|get my loan approved|get the loan approved|get me approved|approve my loan no matter`},
	{code: repaymentDifficulty, words: `迟几日|晚几日|迟两日|晚两日|迟啲供|迟少少|迟一排|
		a month behind|month behind|a week behind|two months behind|three months behind|behind by a month|behind by two`},
	{code: multiDebt, words: `overdraft to pay|card to pay the overdraft|to pay the overdraft|using my overdraft|overdraft is maxed|overdraft maxed|maxed my overdraft`},
	{code: incomeDrop, words: `zero-hours|zero hours contract|short time working|on short time`},
	// Blind rounds 119–120: a payment refused in other words (you won't
	// see another payment from me, I'm stopping my payments) and a shop
	// with no trade left (间舖冇晒生意).
	{code: intentToDefault, words: `won't see another payment|won't see any more payments|won't see another penny|won't be seeing another payment|stopping my payments|stopping my repayments|stopping my mortgage payments|i'm stopping payment`},
	{code: intentToDefault, opt: optSelf, words: `won't see another payment from me|won't see another cent from me|won't see another penny from me|won't see any more payments from me|won't see a cent from me`},
	{code: businessDistress, words: `冇晒生意|冇乜生意|冇生意|没生意了|没有生意了|一点生意都没有|一单生意都没有|no business coming in`},
	// Round 5 families, from the fourth blind batch.
	{code: businessDistress, words: `laid off staff|laid off workers|laid off employees|laid off half|lay off staff|lay off workers|lay off half|let staff go|let half the staff go|let half our staff go|let workers go|cut staff|cutting staff|裁了一半员工|裁掉一半人|工人都遣散了|员工都遣散了|遣散员工|遣散工人`},
	{code: intentToDefault, opt: optDefy, words: `你们自己处理吧|你们自己看着处理|你们处理吧|爱怎么处理就怎么处理|爱怎么处理怎么处理`},
	// Round 6 families, from the fifth blind batch.
	{code: jobLoss, words: `被遣散|都被遣散|遣散了我|拿了遣散费|遣散费|合同到期了|合同到期没续|劳动合同到期|合同结束了|
		got severance|severance pay|redundancy pay|redundancy payment|contract ended|my contract ran out|contract has ended|contract finished|contract expired|nothing new has come up|no new work|haven't found anything`},
	{code: repaymentDifficulty, words: `缴不完|交不完|付不完|供不完|只有一半|只够一半|只凑到一半|只凑了一半|只凑到|
		only have half|only have about half|only have part|only got half|only have enough for|have only half`},
	{code: selfHarm, words: `是家里的负担|是家人的负担|是全家的负担|成了家里的负担|家里的累赘|是个累赘|消失了大家|我消失了|消失了就好|大家会比较轻松|大家会更轻松|没有我大家|
		burden to my family|i'm a burden|i am a burden|just a burden|not waking up|not wake up|stop existing|not exist anymore|not being here anymore|not be here anymore`},
	{code: complaintEscalation, words: `fca|cfpb|hkma|金管局|financial conduct authority|trading standards|citizens advice|financial ombudsman|my mp|my congressman|consumer watchdog|watchdog`},
	{code: collateralIssue, words: `worth less than what we owe|worth less than what i owe|worth less than we owe|worth less than i owe|less than what we owe|less than what i owe`},
	// Round 8 families, from the seventh blind batch.
	{code: repaymentDifficulty, words: `剩下的下周补|剩下的下个月补|剩下的过几天补|余下的下周补|剩下的晚点补|剩下的月底补|剩下的发工资再补|还差三千|还差两千|还差几千|还差一千|还差几百`},
	{code: collateralIssue, words: `凶宅|房子卖不掉|房子卖不出去|房子不值钱`},
	{code: selfHarm, words: `想过去死|想过死|想过自杀|想过轻生|想过了断|想过跳楼|想过一了百了|thought about killing myself|thought about ending it|thought about ending my life|thought about suicide`},
	{code: incomeDrop, words: `no pay for|without pay|no salary|no wages|no income for|unpaid for`},
	// Round 9 families, from the eighth blind batch.
	{code: businessDistress, words: `公司账上快没钱|公司账上没钱|账上快没钱|账上没钱了|公司没钱了|店里没钱了|公司账上没什么钱`},
	// Round 10 families, from the ninth blind batch (Cantonese, financial
	// homonyms).
	{code: selfHarm, words: `唔想再活|活唔落去|唔想活落去|不想再活|不想再活下去|不想活下去|唔想再生存`},
	{code: collateralIssue, words: `收返我层楼|收返层楼|收楼|收返间屋|收屋|银主盘|收回房子|收回房产|要收房|收我的房|要把房子收回|把房子收回`},
	{code: fraudRisk, words: `fake loan|fake lender|fake loan app|fake bank|fake agent|fake officer|scam app|scam loan|bogus|phony|got my id|got my bank details|stole my identity|identity theft|id theft`},
	{code: repaymentDifficulty, words: `be short on the payment|short on my payment|short for the payment|short this month|short this week|going to be short|pay the rest on|pay the remainder|pay the balance on|pay the difference later|唔够钱供|唔够钱还|唔够钱俾`},
	// Round 11 families, from the tenth blind batch.
	{code: repaymentDifficulty, words: `紧巴巴|紧巴巴的|日子紧|好手紧|还没还上|没还上|上个月的还没|上期还没还|上期没还|上个月没还|上个月的月供没还|上个月的没还|上个月的月供我还没|
		short each month|short every month|short on the mortgage|short on my mortgage|short for the mortgage`},
	{code: incomeDrop, words: `七成工资|八成工资|六成工资|五成工资|七成薪水|八成薪水|七折工资|八折工资|七成人工|八成人工`},
	{code: intentToDefault, words: `不会再往这个无底洞|不再往无底洞|不想再往里扔钱|不会再往里扔钱|不想再填这个坑|不会再填这个坑|无底洞里扔钱`},
	{code: intentToDefault, opt: optDefy, words: `你们自己看着办|自己看着办`},
	{code: businessDistress, words: `zero bookings|no bookings|bookings dried up|bookings are down|no guests|empty rooms|empty tables|no footfall|no walk-ins|dead quiet|zero customers|zero sales|no visitors|一个客人都没有|客人都没有|门可罗雀|没人来吃|没人来买|没人订房|入住率很低`},
	{code: collateralIssue, opt: optCollat, words: `报废|报废了|撞坏了|撞烂了|全损|烧毁|烧毁了|被烧了|塌了|被淹了|漏水严重|totaled|totalled|written off|write-off|destroyed|burned down|burnt down|flooded|wrecked`},
	// Round 12 families, from the eleventh blind batch.
	{code: jobLoss, words: `在第一批名单|第一批名单里|名单里有我|我在名单|我也在名单|我也在里面|也包括我|连我也被`},
	{code: businessDistress, words: `被清退|清退了|被商场清退|被赶走了|商场不续约|不续租了|货全压在手里|压在手里`},
	{code: repaymentDifficulty, words: `剩下的等|等发了工资再补|发了工资再补|发工资再补|剩下的再补|剩下的过段时间`},
	{code: selfHarm, words: `睡过去不要醒|不要醒了|不想醒了|不想再醒|永远不醒|睡过去就好|一觉睡过去`},
	{code: collateralIssue, opt: optCollat, words: `过户了|被过户了|偷偷过户|私自过户|偷偷卖了|被卖了|被偷偷卖|被转卖`},
	{code: contactChange, opt: optCalm, words: `use my work email|use my personal email|use my new email|use this email|use my work number|use my work phone|email me at|contact me by email|my work email from now on|use my personal phone`},
	// Round 13 families, from the twelfth blind batch.
	{code: illness, words: `加护病房|急诊室|大出血|难产|早产|保温箱|抢救室|手术室|住院部|病床|病房`},
	{code: legalThreat, words: `透过律师|通过律师|律师处理|交由律师|让律师处理|律师来处理|由律师|请律师处理|through my lawyer|through a lawyer|via my lawyer`},
	{code: selfHarm, words: `don't want to be here|do not want to be here|dont want to be here`},
	{code: illness, opt: optNotCollat, words: `车祸|出车祸|出了车祸|accident|car accident|car crash`},
	{code: collateralIssue, opt: optCollat, words: `冻结了|被冻结|被冻结了|被法院冻结了|frozen|got frozen|been frozen`},
	// Round 15 families, from the fourteenth blind batch.
	{code: jobLoss, words: `employer went bust|employer went under|employer closed|employer shut down|employer folded|employer collapsed|company went bust|firm went bust|firm closed|went into administration|went into liquidation`},
	{code: repaymentDifficulty, words: `钱不凑手|不凑手|手头不凑手|not going to be able to pay|not going to be able to make|going to struggle to pay`},
	{code: businessDistress, words: `生意太难做|生意太难|生意真难做|生意越来越难做|生意难做了`},
	// Blind rounds 18–21 families.
	{code: complaintEscalation, words: `i'm going to the media|i'm going to the press|i'm going to the papers|i'm going to the newspapers|i'll go to the media|i'll go to the press|i will go to the media|we're going to the media|i'm taking this to the media|i'll take this to the media|i'm taking it to the media|going to the media|going to the press|going to the papers|to the media|to the papers|to the newspapers`},
	// Self-harm, widened generously: jumping from a roof, a building or a
	// bridge in all three scripts, ending or taking one's life, not waking up.
	{code: selfHarm, words: `跳落去|想跳落去|跳咗落去|跳落街|跳落楼|跳落海|跳下楼|跳楼死|天台跳|楼顶跳|顶楼跳|阳台跳|天台上跳|从天台跳|从楼顶跳|从顶楼跳|从阳台跳|从桥上跳|从窗户跳|由天台跳|由楼顶跳|由窗口跳|由桥上跳|跳海|跳轨|卧轨|跳地铁|投河|投江|投海|寻短见|寻短|自寻短见|自尽|自残|伤害自己|结束我的生命|结束自己的生命|结束我自己|了结生命|了结此生|了此残生|好想死|真想死|想死了|生不如死|不想再醒来|唔想醒|唔想再醒|唔想醒返|唔想生存|想死咗|死咗就|死咗佢|服毒|吞安眠药|吃一整瓶|吞一整瓶|割手腕|
		ending my life|ending my own life|taking my own life|take my own life|think about dying|thinking about dying|think about suicide|thinking about suicide|thoughts of suicide|suicidal thoughts|want it all to end|wish it would all end|jump off a bridge|jump off the roof|jump off a building|jump from the roof|jump from a bridge|jump from the building|throw myself off|throw myself in front|jump in front of a train|step in front of a train|walk in front of a train|lie down in front of a train|slit my wrists|cut my wrists|hang myself|hanging myself|take all my pills|take all the pills|go to sleep and never wake up|don't want to exist|rather be dead|want to be dead|wanna be dead|can't go on living|no will to live|lost the will to live|done with living|unalive`},
	{code: contactChange, opt: optCalm, words: `changed my mobile|changed my cell|got a new phone number|got a new mobile|new mobile number|new cell number|new contact number|switched numbers`},
	{code: repaymentDifficulty, words: `没还了|没有还了|几个月没还|好几个月没还|没交了|没缴了|没供了|断缴|停缴了|欠缴|拖缴|晚缴了|缴不起了|
		no way i can pay|no way i can make|no way i can afford|no way i can cover|no way we can pay|no way we can make|no way i'll be able to|no way i will be able to|no way we'll be able to|no way to pay|no way of paying|no way i can keep up|there's no way i can|impossible to pay|impossible for me to pay|impossible to make the payment`},
	{code: intentToDefault, words: `不缴了|都不缴了|不再缴|不再缴了|不打算缴|不想缴了|不会再缴|不打算再缴|不打算再还|不准备再还|没打算再还|不想再还了|不想再还下去|不打算再供|不想再供了|不会再供|不再供了|不打算再交|不再交了|不付了|不想付了|不打算付了|唔供了|唔再供|唔会再供|唔还了|唔会再还|唔想还|唔想供|唔俾钱|
		not paying any more|i'm not going to pay|i am not going to pay|we're not going to pay|not going to pay it|not going to pay anymore`},
	// Daring the bank to sue or chase is a refusal to pay unless the
	// customer says they will pay (要告就去告，我又不是不还).
	{code: intentToDefault, opt: optDefy, words: `要告就告|要告就去告|想告就告|爱告就告|告就告吧|要起诉就起诉|想起诉就起诉|爱起诉就起诉|起诉就起诉|随便告|随便起诉|随你们告|你们去告吧|你们去起诉吧|让你们告|你们起诉吧|告我吧|起诉我吧|告我去吧|大不了被起诉|大不了让你们告|要催就去催|要催就催|想催就催|爱催就催|爱怎么催|随便催|随便你们催|随你们催|催也没用|催也没有用|有本事就去告|有本事你们就去告|有本事去告|有本事告我|有本事来告|有本事就告|有本事你们就告|有种就告|有种去告|去告我吧|来告我啊|你们就去告我|
		so sue me|go ahead and sue me|just sue me|then sue me|take me to court then|go ahead and take me to court|let them sue|sue me then|chase me all you want|call all you want`},
	{code: businessDistress, words: `拖着货款|拖欠货款|拖我货款|拖着不结|一直不结|迟迟不结|不给结|货款不结|账款不结|结不了款|结不到款|压在外面|钱压在外面|款压在外面|压在客户那|压在客户手里|收唔返数|收唔到数|追唔到数|数收唔返|数收唔到|数追唔返|
		late-paying clients|clients are late paying|customers are late paying|clients paying late|customers paying late|unpaid invoices|invoices unpaid|invoices haven't been paid|invoices are unpaid|outstanding invoices|chasing invoices|chasing unpaid|customers owe us|clients owe us|tied up in receivables`},
	{code: collateralIssue, words: `假扣押|被假扣押|被扣押|扣押了|遭扣押|法院扣押|被法院扣押|查扣|被查扣|扣押令|被查封咗|俾法院封|法院封咗|被封咗|
		provisional attachment|writ of attachment|attachment order|under attachment`},
	{code: jobLoss, words: `被layoff|被layoff了|被lay off|被laid off|被fire|被fire了|被fired|俾人fire|俾公司fire|
		layoff notice|layoff letter|in the layoffs|in the latest layoffs|caught in the layoffs|part of the layoffs|hit by the layoffs|got a layoff|pink slip`},
	// Sick pay says who is ill; cut to it, it is less income too.
	{code: illness, words: `病假工资|sick pay|on sick pay|statutory sick pay`},
	{code: incomeDrop, words: `只拿病假工资|只发病假工资|只有病假工资|不到以前的一半|不到原来的一半|只有以前的一半|只有原来的一半|
		cut me to|less than half my usual|less than half my normal|less than half my salary|less than half of my salary|less than half my pay|a fraction of my salary|a fraction of my usual|earning half what i used to|earn half what i used to|half of what i used to earn|half what i used to earn|half what i used to make`},
	// Blind rounds 22–29 families.
	// A court selling or sealing the pledged flat, said in Cantonese
	// (畀法院拍賣咗, 俾法院查封咗) as in Mandarin.
	{code: collateralIssue, words: `拍卖咗|被拍卖咗|俾法院拍卖|畀法院拍卖|被法院拍卖|法院拍卖咗|法院拍卖了|查封咗|畀法院查封|俾法院查封|被法院查封|法院查封咗|法院查封了|俾银行收咗|畀银行收咗|收咗楼|收咗层楼|
		auctioned off|sold at auction|put up for auction|the court seized|court has seized|court seized`},
	// Hiring a lawyer and suing, in Cantonese (搵咗律師, 入稟告你哋).
	{code: legalThreat, words: `告你哋|告到你哋|入禀|入禀法院|入禀告|揾律师|揾咗律师|请咗律师|已经揾咗律师|同你哋打官司|同你打官司`},
	{code: repaymentDifficulty, words: `交唔到|供唔到|俾唔到|畀唔到|交唔出|冇钱交|冇钱俾|冇钱畀|唔够钱交|周转唔到|周转唔过来`},
	{code: illness, words: `住紧院|住紧医院|入咗院|入咗医院|入院|留医|喺医院`},
	{code: jobLoss, words: `被裁的人里有我|被裁的有我|裁的就是我|裁到我头上`},
	{code: incomeDrop, words: `go part-time|go part time|had to go part-time|going part-time|going part time|drop to part-time|dropped to part-time|cut back to part-time|cut down to part-time`},
	{code: businessDistress, words: `business afloat|company afloat|shop afloat|restaurant afloat|store afloat|firm afloat|factory afloat|生意做唔落去`},
	// Blind rounds 34–35: a tip-off to the press (向媒體爆料, 爆料俾傳媒, 找记者报料,
	// go to the papers) is a threat to escalate, like 找媒体 and 曝光.
	{code: complaintEscalation, words: `爆料|要爆料|去爆料|媒体爆料|向媒体爆料|跟媒体爆料|给媒体爆料|找媒体爆料|爆料给媒体|爆料给记者|向记者爆料|找记者爆料|跟记者爆料|
		报料|媒体报料|向媒体报料|找媒体报料|向记者报料|找记者报料|报料给媒体|报料给记者|爆料俾传媒|爆料畀传媒|爆料俾记者|爆料畀记者|报料俾传媒|报料畀传媒|
		俾传媒|畀传媒|揾传媒|揾记者|找传媒|向传媒|通知传媒|话俾传媒知|上报纸|上头条|
		go to the papers|go to the newspapers|tip off the press|tip off the media|tip off the papers|call the papers|call the newspapers|contact the press|contact the papers|
		tell the press|tell the papers|talk to the press|talk to a reporter|talk to reporters|call a reporter|contact a reporter|contact a journalist|talk to a journalist|call a journalist`},
	// A dare to sell or seize the collateral (房子要拍賣就拍賣吧) is a refusal
	// to pay, not news about the collateral.
	{code: intentToDefault, opt: optDefy, words: `要拍卖就拍卖|想拍卖就拍卖|爱拍卖就拍卖|拍卖就拍卖|要拍就拍|要收就收|想收就收|爱收就收|要收楼就收楼|要收房就收房|要封就封|要查封就查封|想查封就查封|房子你们拿去|房子你们收走|层楼你哋攞去|
		foreclose if you want|go ahead and foreclose|go ahead and repossess|repossess it then|take the house then|go ahead and take the house|auction it for all i care|sell it for all i care`},
	// Blind rounds 30–33 families.
	// Cantonese 唔切, not in time (还唔切, 供唔切), and its Mandarin sibling.
	{code: repaymentDifficulty, words: `还唔切|供唔切|俾唔切|畀唔切|交唔切|找唔切|来不及还|来不及供|来不及交|
		can't keep up with|cannot keep up with|couldn't keep up with`},
	// Only part of the money got together (只凑够了一半的钱).
	{code: repaymentDifficulty, words: `只凑够|只凑够了|只凑齐|只凑齐了|只凑了|只凑出|只凑得到|只凑到了|只攒够|只攒够了|凑够了一半|凑了一半|只够一半|凑得一半|得一半钱|
		only scraped together|only managed to scrape|only managed to get together|only got together|only raised half|could only scrape together`},
	// A lost job in Cantonese (份工冇咗, 丢咗份工).
	{code: jobLoss, words: `丢咗份工|甩咗份工|冇咗份job|冇咗份工作|份工冇咗|份工冇埋|份工无咗|冇晒份工`},
	// Selling the pledged flat in Cantonese and English: a plan told calmly.
	{code: collateralIssue, opt: optCalm, words: `卖咗层楼|卖层楼|卖咗间屋|卖间屋|卖咗个铺|卖楼还|卖咗楼|
		sell the mortgaged|selling the mortgaged|sell the pledged|selling the pledged|sell the collateral|selling the collateral`},
	// Blind rounds 36–41 families.
	// A caller who said they were from the bank (Someone rang saying they
	// were from your bank, 有人扮你哋銀行打嚟): a stranger's impersonation.
	{code: fraudRisk, opt: optStranger, words: `saying they were from|saying he was from|saying she was from|said they were from|said he was from|said she was from|claiming they were from|claiming he was from|claiming she was from|claimed they were from|claimed he was from`},
	{code: fraudRisk, words: `扮你哋银行|扮银行|扮你们银行|扮银行职员|扮你哋职员|扮银行嘅人|假扮银行|假扮你们|假扮你哋|假扮成|扮成银行|装成银行|装作银行|冒认|冒认银行|冒认你哋|伪装成银行|伪装成你们`},
	// Refusing to pay in Cantonese (唔打算再還, 你哋鍾意點就點).
	{code: intentToDefault, words: `唔打算还|唔打算再还|唔准备还|唔准备再还|唔打算供|唔打算再供|唔想再还|唔想再供|唔会再俾|唔再俾钱`},
	{code: intentToDefault, opt: optDefy, words: `钟意点就点|你哋钟意点就点|想点就点|你哋想点就点|随便你哋|你哋睇住办|睇住办`},
	// Money asked first by a stranger (有財務公司話要我先過數).
	{code: fraudRisk, opt: optCalm | optStranger, words: `先过数|先转数|先入数|先俾钱|先畀钱|先打钱|先汇款|先打款`},
	{code: jobLoss, words: `retrenched|retrenchment|been retrenched|got retrenched|被retrench`},
	// Only part of the payment (I can only manage half, 今期只可以還一半).
	{code: repaymentDifficulty, words: `只可以还一半|只可以还部分|只可以供一半|只可以俾一半|只可以畀一半|只还得一半|只供得起一半|只可以还利息|只可以供利息|只还到一半|只能够还一半|只能够供一半|净系还到一半|净系还得一半|净系供到一半|净系供得一半|净系俾到一半|净系畀到一半|净系还到部分|净系还到利息|净系供到利息|净系还得起一半|净系供得起一半|
		迟咗两个月|迟咗几个月|迟咗一个月|迟咗三个月|迟咗两期|迟咗几期|迟咗一期|迟咗供|迟咗还|迟咗交|两个月冇供|几个月冇供|两个月冇还|几个月冇还|两个月没供|两期没还|两期冇供`},
	{code: repaymentDifficulty, opt: optOwn, words: `冇供|冇供款|冇还款`},
	// The pledged home that cannot be kept (I can't keep the flat, 層樓保唔住).
	{code: collateralIssue, words: `can't keep the flat|can't keep the house|can't keep my house|can't keep my flat|can't keep our house|can't keep our flat|cannot keep the house|cannot keep the flat|保唔住层楼|层楼保唔住|保唔住间屋|保不住房子|保不住了房子`},
	// Paid a fraction of the usual (only about 60% of my usual pay).
	{code: incomeDrop, words: `of my usual pay|of my normal pay|of my usual salary|of my normal salary|of my full pay|of my full salary|of my regular pay|of my regular salary|of my usual wage|of my normal wage`},
	// Blind rounds 42–45: a link clicked or a PIN typed in for a stranger's
	// text; the shop's money that will not turn over (进货的钱都周转不过来)
	// is the business's, not a repayment; a shop's trade fallen or closed
	// after holding on (生意跌咗七成, 頂唔住執咗); the job gone with more
	// words between (工作上个月也丢了, 活儿也没了); no income at all.
	{code: fraudRisk, words: `clicked the link|clicked a link|clicked on the link|clicked on a link|clicked the link in|typed in my pin|typed my pin|entered my pin|put in my pin|gave them my pin|gave him my pin|gave her my pin|typed in my card pin|entered my card pin|typed in my password|entered my password on|点了链接|点开了链接|点了那个链接|点开那个链接|点了短信里的链接|点了短信链接|点开短信链接|链接里输入|链接里填了|链接里面输入|在链接里填|揿咗条link|按咗条link|点咗条link|揿咗个link|按咗个link`},
	{code: businessDistress, words: `进货的钱都周转不过来|进货的钱都周转不开|进货的钱都周转不灵|进货的钱都周转困难|进货的钱也周转不过来|进货的钱也周转不开|进货的钱也周转不灵|进货的钱也周转困难|进货的钱周转不过来|进货的钱周转不开|进货的钱周转不灵|进货的钱周转困难|进货钱都周转不过来|进货钱都周转不开|进货钱都周转不灵|进货钱都周转困难|进货资金周转不过来|进货资金周转不开|进货资金周转不灵|进货资金周转困难|货款都周转不过来|货款都周转不开|货款都周转不灵|货款都周转困难|货款周转不过来|货款周转不开|货款周转不灵|货款周转困难|店里的钱都周转不过来|店里的钱都周转不开|店里的钱都周转不灵|店里的钱都周转困难|店里资金周转不过来|店里资金周转不开|店里资金周转不灵|店里资金周转困难|生意上的钱周转不过来|生意上的钱周转不开|生意上的钱周转不灵|生意上的钱周转困难|生意上资金周转不过来|生意上资金周转不开|生意上资金周转不灵|生意上资金周转困难|生意上周转不过来|生意上周转不开|生意上周转不灵|生意上周转困难|
		生意跌|生意跌咗|生意跌了|生意下跌|生意大跌|生意跌晒|生意少咗|生意差咗|生意做唔落去|做唔落去间舖|顶唔住执咗|顶唔住执笠|顶唔顺执咗|撑不住关门了|撑不住关了|撑不下去关门了|撑不住倒闭了|熬不住关门了|
		sales dropped|sales fell|sales are down|trade dropped|trade has dropped|takings are down|takings dropped|turnover dropped|turnover is down|
		cut our takings|cut my takings|cut our sales|cut our trade|cut our turnover|halved our takings|halved our sales|halved our trade|takings have halved|takings have dropped|takings have fallen|shut one of our|closed one of our|had to shut one of|had to close one of`},
	{code: jobLoss, words: `活儿也没了|活也没了|活儿没了|活都没了|活儿都没了|工也没了|工作也没了|饭碗也丢了`},
	{code: incomeDrop, words: `改成按业绩发工资|改成按业绩发|改成按提成发|改成纯提成|改成绩效工资|只发底薪|只拿底薪|一分收入都没有|一分钱收入都没有|一点收入都没有|一分收入也没有|一点收入也没有|收入一分都没有|收入一分也没有|分文收入都没有|冇一分收入|一毫收入都冇`},
	// Blind rounds 46–48: a shop's trade that never picked up
	// (生意一直冇起色); only part of this month's payment for now
	// (只能先缴一万); a scam text that threatens to freeze the account.
	{code: businessDistress, words: `生意冇起色|生意一直冇起色|生意都冇起色|生意没起色|生意一直没起色|生意都没起色|生意没有起色|生意一直没有起色|生意不见起色|生意一直不见起色|生意毫无起色|生意一直毫无起色`},
	{code: repaymentDifficulty, words: `只能先缴|只能先交|只能先付|只能先供|只可以先供|只可以先缴|只够先缴|只够先交`},
	{code: fraudRisk, words: `唔系就会冻结|唔系就冻结|否则会冻结|否则就会冻结|否则将冻结|否则冻结|不然就冻结|不然会冻结|不然就会冻结|or your account will be frozen|or your account will be suspended|or we will freeze your`},
	// Blind rounds 49–54: not wanting to pay said softly (我都不太想还了,
	// I've stopped caring whether I pay you back); money for the next
	// payment that may not come together (下期的钱不知道凑不凑得齐, not sure
	// I'll have enough); freelance work dried up. (A pay cut told as a
	// discount, 工资打了七折, and paying only part, we can only cover half of
	// this month's, widen patterns above.)
	{code: intentToDefault, words: `不太想还|不太想还了|不太想再还|不怎么想还|不是很想还|不大想还|有点不想还|都不太想还|不太想供|不太想交|不太想缴|唔系好想还|唔太想还|
		还不还无所谓|还不还都无所谓|管它还不还|不在乎还不还|懒得管还不还|
		stopped caring whether i pay|stopped caring if i pay|stopped caring about paying|stopped caring whether we pay|don't care whether i pay|don't care if i pay|don't care if i ever pay|don't care if we pay|no longer care whether i pay|no longer care if i pay|couldn't care less whether i pay|couldn't care less if i pay|don't really care if i pay`},
	{code: repaymentDifficulty, words: `凑不凑得齐|凑不凑得够|凑不凑得出|凑不凑得到|凑唔凑得齐|凑唔凑得够|凑唔凑到|凑得齐吗|凑得够吗|不一定凑得齐|不一定凑得够|未必凑得齐|未必凑得够|
		not sure i'll have enough|not sure we'll have enough|don't know if i'll have enough|don't know if we'll have enough|no idea if i'll have enough|not sure i'll have the money|not sure we'll have the money|may not have enough for|might not have enough for`},
	// Blind rounds 144–149: little work coming in for one paid by the job
	// (最近活儿少, 工地活少), and what one earns now set against what one
	// earned before (一个月才挣三四千，以前能挣一万: judge.go asks for the now).
	{code: incomeDrop, words: `活儿少|活少|活儿少了|活少了|活儿不多|活不多|没什么活|没啥活|活儿也少|开工不足|冇乜开工|
		以前能挣|以前能赚|以前可以挣|以前可以赚|以前能挣到|以前能赚到|以前一个月能挣|以前一个月能赚|原来能挣|原来能赚|以前挣|以前赚`},
	{code: incomeDrop, words: `活越来越少|接的活越来越少|接的活少了一大半|活少了一大半|工作量少了一大半|冇乜工开|冇咩工开|
		work has dried up|work has basically dried up|work has mostly dried up|work has pretty much dried up|work has completely dried up|work has all but dried up|work's dried up|work dried up|work is drying up|work has been drying up|gigs have dried up|gigs dried up|freelance work has dried up|freelance work dried up`},
	// Blind rounds 52, 55–59: not knowing where the money will come from
	// (patterns below); paying on time that cannot be done (冇辦法準時還,
	// can't pay on time); a payment that may not be afforded (未必供得起);
	// a court sale applied for (申请强制拍卖, 申请法院处置); no point going
	// on; a death spoken of softly beside release (我要是走了…也算一种解脱);
	// no new work found yet (还没找到新活); a move in Cantonese (搬咗屋); a
	// stranger who guarantees approval for a fee (保证批到).
	{code: repaymentDifficulty, words: `没办法准时还|没办法按时还|没法准时还|没法按时还|无法准时还|无法按时还|不能准时还|不能按时还|没办法准时交|没办法按时交|没办法准时缴|没办法按时缴|无法按时缴|无法准时缴|冇办法准时还|冇办法按时还|冇法准时还|冇办法准时供|冇办法按时供|冇办法准时交|冇办法还|冇法还|冇办法供|
		未必供得起|未必还得起|未必交得起|未必付得起|未必缴得起|未必俾得起|不一定供得起|不一定还得起|不一定交得起|不一定缴得起|唔一定供得起|唔一定还得起|
		can't pay on time|cannot pay on time|won't be able to pay on time|unable to pay on time|not able to pay on time|
		don't know where the money|no idea where the money|not sure where the money|don't know where i'll find the money|no idea where i'll find the money|don't know where to find the money|no idea where to find the money|don't know where i'll get the money|no idea where i'll get the money`},
	{code: collateralIssue, words: `强制拍卖|申请强制拍卖|被申请强制拍卖|申请法院处置|被申请法院处置|法院处置|被法院处置|申请处置|申请法拍|申请司法拍卖|申请法院拍卖|
		applied to the court to sell|applied for a court sale|court-ordered sale|court ordered sale`},
	{code: selfHarm, words: `don't see the point of going on|don't see the point in going on|see no point in going on|no point in going on|no point going on|what's the point of going on|whats the point of going on|can't see the point of going on|don't see the point anymore|don't see the point of anything anymore|no point in anything anymore`},
	{code: selfHarm, opt: optGrave, words: `我要是走了|要是我走了|如果我走了|我如果走了|万一我走了|我哪天走了|哪天我走了|我走了的话|我要是死了|要是我死了|如果我死了|
		if i died|if i die|if i were to die|if i was to die|when i'm gone|once i'm gone|if i'm gone`},
	{code: jobLoss, words: `没找到新活|还没找到新活|找不到新活|没找到活|还没找到活|没找到新工作|还没找到新工作|没找着工作|还没找着工作|没找到新的工作|还没找到新的工作|冇揾到工|未揾到工|仲未揾到工|仲未揾到新工|未揾到新工|冇揾到新工|未揾到份工|冇揾到份工|仲未揾到份工|未揾到工作|冇揾到工作|仲未揾到工作|揾唔到新工`},
	{code: contactChange, opt: optCalm, words: `搬咗屋|搬咗去|搬咗家|搬咗过去|搬咗嚟|啱啱搬咗`},
	{code: fraudRisk, opt: optCalm | optStranger, words: `保证批到|保证能批|保证批|包批到|包你批|一定批到|肯定批到|保证批出|保证通过`},
	{code: businessDistress, words: `no foot traffic|hardly any foot traffic|barely any foot traffic|hardly any customers|barely any customers|no customers anymore|没人流|没有人流|没什么人流|人流少了|人流很少|冇人流|冇乜人流|一个客人也没有|一个顾客都没有|一个顾客也没有`},
	{code: businessDistress, opt: optAnyone, words: `customer owes me|client owes me|customers owe me|clients owe me`},
	// Blind rounds 60–67: a lawyer already lined up (我已經找好律師, got
	// myself a lawyer); a fee a stranger wants before a loan is released
	// (an 'activation fee'); a court that ordered the pledged home sold.
	{code: legalThreat, words: `找好律师|找好了律师|请好律师|请好了律师|约好律师|约好了律师|律师找好了|律师已经找好|律师都找好了|已经找了律师|已经请了律师|已经找律师|揾好律师|揾咗律师|请咗律师|
		got myself a lawyer|lawyered up|lined up a lawyer|have a lawyer lined up|already have a lawyer|already got a lawyer|engaged a lawyer|retained a lawyer|instructed a solicitor|instructed my solicitor`},
	{code: fraudRisk, words: `activation fee|unlock fee|unfreeze fee|unfreezing fee|release fee|clearance fee|account activation fee|解锁费|放款费|开通费`},
	{code: collateralIssue, words: `法院判决拍卖|法院裁定拍卖|法院下令拍卖|判决拍卖|裁定拍卖|判咗拍卖|法院判咗拍卖|法院已经判决拍卖|
		possession order|order for possession|order for sale|ordered the sale of|ordered a sale of|ordered the repossession|ordered the auction`},
	// Blind rounds 68–71: dismissed without the word (老板说以后不用来上班了,
	// 卷铺盖走人, they walked me out with a box of my things, a contract
	// not renewed: 不续聘).
	{code: jobLoss, words: `以后不用来上班|以后不用来上班了|以后都不用来上班|以后都不用来上班了|以后不用再来上班|不用再来上班|不用再来上班了|叫我以后不用来|让我以后不用来|以后唔使返工|以后唔使返嚟|唔使再返工|唔使再返嚟|卷铺盖|卷铺盖走人|收拾东西走人|执包袱|执包袱走人|不续聘|没续聘|没有续聘|不再续聘|不跟我续约|不跟我续签|唔续约|
		walked me out|walked me off|escorted me out|escorted me off|escorted out of the building|escorted off the premises|cleared out my desk|clear out my desk|cleared my desk|box of my things|boxed up my things|took my badge|took away my badge|told me not to come back|told me not to come in anymore|told me not to come in any more|told me not to bother coming back|don't need to come in anymore|won't renew my contract|not renewing my contract`},
	// Saying one will pay a few days late (这个月想先延后几天还, 迟啲还) is
	// the difficulty; asked about (可唔可以迟啲还?) it is grace asked.
	{code: repaymentDifficulty, words: payLate},
	// Behind by a sum (I'm thousands behind, 2k behind) or just behind.
	{code: repaymentDifficulty, words: `i'm behind|we're behind|i am behind|we are behind|i'm a bit behind|i'm way behind|i'm so far behind|i'm really behind|i've got behind|we've got behind|i've fallen behind|we've fallen behind`},
	// A deposit or a charge a stranger wants to "activate" or "release" a
	// loan, like the activation fee.
	{code: fraudRisk, words: `activation deposit|activation charge|activation payment|unlock deposit|unlocking fee|release deposit|release charge|unfreeze deposit|unfreezing deposit|disbursement fee|disbursement deposit|解冻金|激活金|激活押金|解冻押金|放款押金|放款保证金|开通押金|解锁押金`},
	// Moving to a new home told ahead (I'm moving to a new flat next month,
	// 下个月搬新家): the address changes.
	{code: contactChange, opt: optCalm, words: `搬新家|搬去新家|搬进新家|搬入新家|搬新屋|搬入新屋|搬去新屋|
		moving to a new flat|moving into a new flat|moving to a new house|moving into a new house|moving to a new place|moving into a new place|moving to a new apartment|moving into a new apartment|moving to a new home|moving into a new home|moving into our new|moving into my new|moving flats|moving apartments|moved to a new flat|moved into a new flat|moved to a new house|moved into a new house|moved to a new place|moved into a new place|moved to a new apartment|moved into a new apartment|moved into our new|moved into my new`},
	// Blind rounds 72–75: no point in waking up (I don't see the point of
	// waking up tomorrow, 明天不想醒, 睡着就不要醒了, 醒唔翻就好), wishing to
	// vanish, everyone better off without me. Seeing no point in an errand
	// (no point calling again) is not: the patterns below want waking, a
	// tomorrow or going on.
	{code: selfHarm, words: `can't carry on|cannot carry on|can't carry on like this|can't keep going like this|cannot keep going like this|再也不醒来|再也不要醒来|再也不醒|不再醒来|永远不要醒来|永远不醒来|不醒来就好|不想醒|不想醒过来|不想再醒过来|不要醒过来|不要再醒|别再醒|别醒了|不用再醒|睡着就不要醒|睡着了就不要醒|睡着就别醒|睡着了就别醒|睡了就别醒|睡下去就不要醒|睡过去就别醒|一觉不醒就好|一睡不醒就好|醒不过来就好|醒不来就好|最好醒不过来|最好别醒|希望醒不过来|希望不要醒|希望明天不要醒|不想看到明天|不想面对明天|不想有明天|不想再有明天|明天有什么意义|明天还有什么意义|醒来有什么意义|醒来还有什么意义|醒来也没意义|醒来有什么意思|
		醒唔翻就好|醒唔返就好|最好醒唔翻|最好醒唔返|醒唔翻都好|醒唔返都好|唔想醒翻|唔想再醒翻|唔好再醒|瞓着咗唔好醒|瞓着唔好醒|瞓咗唔使醒|一瞓唔醒就好|唔想见到听日|唔想面对听日|
		wish i could disappear|wish i could just disappear|wish i could vanish|wish i could just vanish|just want to disappear|just want to vanish|want to vanish|wish i would disappear|wish i didn't exist|wish i did not exist|
		hope i don't wake up|hope i never wake up|hope i dont wake up|wish i wouldn't wake up|wish i didn't have to wake up|don't want tomorrow to come|don't want to see tomorrow|don't want to face tomorrow|can't face tomorrow|cannot face tomorrow|can't face another day|cannot face another day|why bother waking up|why even wake up|why wake up|nothing to wake up for|no reason to wake up|no reason to get up|
		all be better off without me|be better off without me|better off without me around|be better off if i disappeared|better off if i disappeared|better off if i just disappeared`},
	// Told not to go to work any more (明天起不用再去上班了, 以后唔使再返).
	{code: jobLoss, words: `不用再去上班|不用再去上班了|以后不用去上班|以后不用去上班了|以后都不用去上班|明天起不用上班|明天起不用去上班|明天开始不用上班|明天开始不用去上班|下个月起不用上班|不用再去公司|不用再去公司了|以后不用去公司|以后唔使返|唔使再去返工|听日唔使返工|听日起唔使返工|
		told me not to come in|told us not to come in|don't need to come in from|no need to come in from|not to come back to work|told me to go home and not come back`},
	// Not able to give the money (俾唔出, 畀唔出), behind in Cantonese
	// (欠咗兩期供款), the payment more than can be covered, a debit that
	// will bounce, an account with nothing in it, a payment that isn't
	// going to happen.
	{code: repaymentDifficulty, words: `俾唔出|畀唔出|供唔出|还唔出|拎唔出|攞唔出|俾唔起|畀唔起|欠咗两期|欠咗三期|欠咗几期|欠咗一期|欠咗两个月|欠咗几个月|拖咗两期|拖咗几期|拖咗一期|
		more than we can cover|more than i can cover|more than we can afford|more than i can afford|more than we can pay|more than i can pay|more than we can manage|more than i can manage|beyond what we can pay|beyond what i can pay|beyond what we can afford|beyond what i can afford|
		nothing in the account until|nothing in my account until|nothing in that account until|nothing in our account until|nothing left in the account|nothing left in my account|my account is empty|the account is empty|account's empty|account is empty until`},
	// Someone claiming to be the bank's staff (someone claiming to be your
	// loan officer): a stranger's impersonation, as with claimed.
	{code: fraudRisk, words: `claiming to be your|claiming to be from your|claiming to work for your|claiming to be a bank|claiming to be the bank|claiming he was from your|claiming she was from your|claiming they were from your`},
	// Blind rounds 76–81: the court about to sell the pledged home (法院说
	// 下个月要拍卖); the story sent to the press (把聊天记录发给媒体);
	// self-harm said softly (不想再做人, 就是个拖累, I can't live like this
	// anymore, everyone would manage fine without me, if I just wasn't
	// around, I just want it all to stop).
	{code: collateralIssue, words: `要拍卖|要被拍卖|准备拍卖|即将拍卖|将被拍卖|将要拍卖|要拿去拍卖|要法拍|要被法拍|快要拍卖|快被拍卖|拍卖日期|拍卖公告|
		going to be auctioned|will be auctioned|to be auctioned|is being auctioned|up for auction`},
	{code: complaintEscalation, words: `发给媒体|发到媒体|交给媒体|寄给媒体|捅给媒体|捅到媒体|发给记者|交给记者|捅给记者|让媒体曝光|找报社|发给报社|
		send it to the media|send this to the media|send it to the press|send this to the press|give it to the press|hand it to the press|send it to a journalist|send this to a journalist`},
	{code: selfHarm, words: `不想做人|不想再做人|不想做人了|唔想做人|唔想再做人|唔想做人喇|没脸做人|冇面做人|是家里的拖累|是家人的拖累|是全家的拖累|成了家里的拖累|是个拖累|就是个拖累|只是个拖累|
		can't live like this anymore|cannot live like this anymore|can't keep living like this|cannot keep living like this|can't go on living like this|don't want to keep living|don't want to go on living|
		everyone would manage fine without me|everyone would manage without me|everyone would be fine without me|everybody would be fine without me|everyone would cope without me|they'd all be fine without me|they would all be fine without me|my family would be fine without me|my family would manage without me|my kids would be fine without me|
		if i just wasn't around|if i just weren't around|if i wasn't around anymore|if i weren't around anymore|if i just wasn't here|if i wasn't here anymore|easier if i wasn't|easier if i weren't|easier if i was gone|easier if i were gone|easier without me|
		want it all to stop|want everything to stop|make it all stop|taking all my pills|taking all the pills|took all my pills`},
	// …or spoken of as going (不如走了算了) beside release or burden.
	{code: selfHarm, opt: optGrave, words: `不如走了算了|走了算了|我走了算了|不如走了|一走了之`},
}

var patternSets = []patternSet{
	// Blind rounds 141–143: pay said to slide down and down (工资就一路往下掉).
	{code: incomeDrop, gap: 4, heads: `工资|薪水|薪资|月薪|收入|人工|份粮`, tails: `往下掉|一路往下掉|一直往下掉|往下跌|一路下滑|一直下滑|一路走低|越来越少`},
	// Blind rounds 129–134 sentiment: a post reached (现在做到部门经理了,
	// 当上了主管) is good news, as a promotion is.
	// The bank's own rate told to it as a bit high (你们这利率有点高) is
	// displeasure; a loan's interest given as the reason to pay it off
	// (这笔消费贷利息有点高，想还掉) is a motive.
	{code: noCode, tone: -0.5, gap: 2, heads: `你们|贵行|your`, tails: `利率有点高|利息有点高|利率偏高|利息偏高|rate is a bit high|rates are a bit high|rate's a bit high`},
	{code: noCode, tone: 1, gap: 3, heads: `做到|做到了|当上|当上了|升到|升到了|升上|升上了|熬到`, tails: `经理|部门经理|主管|总监|店长|组长|合伙人|manager`},
	// Blind rounds 129–134: a debtor of the trade's who owes the borrower
	// (下游客户欠我货款); a crop cut down by the weather (冰雹把果子打掉了
	// 七成) and its purchase price pressed down (收购价…压到了2块5); the
	// pledged home sold, verb first (准备卖咗抵押畀你哋嗰层楼; a head like 准备卖
	// would hide the 卖掉 of 准备卖掉, so the verb alone heads).
	{code: businessDistress, gap: 6, heads: `客户|几个客户|大客户|下游|下游客户|甲方|经销商|代理商|买家`, tails: `欠我|欠我们|欠了我|欠了我们|欠着我|欠着我们`},
	{code: businessDistress, gap: 4, heads: `果子|庄稼|收成|粮食|作物|果树|果园|苗|菜地|大棚|crop|crops|harvest`,
		tails: `打掉了|打掉|打坏了|打烂了|冻死了|冻坏了|淹死了|淹了|冲毁了|冲走了|旱死了|毁了|毁掉了|减产|绝收|wiped out|destroyed|ruined|failed`},
	// Blind rounds 144–149: a bonus with its amount between it and its
	// coming in (My annual bonus of 150,000 came in last month).
	{code: noCode, tone: 1, gap: 5, heads: `bonus|annual bonus`, tails: `came in|came through|landed|has landed|just landed|arrived|hit my account|was paid out`},
	// Blind rounds 144–149: the instalment said to be a stretch (November's
	// instalment might be a stretch for me).
	{code: repaymentDifficulty, gap: 3, heads: `instalment|installment|instalments|installments|emi|payment|payments|mortgage|repayment|repayments`,
		tails: `might be a stretch|may be a stretch|will be a stretch|going to be a stretch|gonna be a stretch|is going to be a stretch`},
	// Blind rounds 144–149: the weather named as what cut the crop down,
	// the crop told in an earlier clause (种了三十亩葡萄，一场冰雹全打没了).
	{code: businessDistress, gap: 6, heads: `冰雹|一场冰雹|雹子|暴雨|一场暴雨|洪水|一场洪水|大水|台风|一场台风|霜冻|一场霜冻|倒春寒|干旱|大旱|旱灾|虫灾|蝗灾|hail|a hailstorm|hailstorm|the hailstorm|frost|drought|the flood|the floods`,
		tails: `打没了|全打没了|打光了|全打光了|打烂了|全打烂了|冻死了|全冻死了|旱死了|全旱死了|淹死了|全淹死了|冲没了|全冲没了|绝收|颗粒无收|
		wiped out the crop|wiped out my crop|wiped out our crop|wiped out the harvest|destroyed the crop|destroyed my crop|destroyed our crop|killed the crop|flattened the crop|ruined the harvest|ruined the crop|ruined my crop|ruined our crop`},
	{code: businessDistress, gap: 8, heads: `收购价|收购价格|收购价钱|收购的价格|批发价|出厂价|果价|菜价|猪价|粮价|purchase price|farm-gate price|wholesale price`,
		tails: `压到|压到了|压低|压低了|压了|降到|降到了|跌到|跌到了|砍到|砍到了|掉到|掉到了|腰斩|slashed|cut to|dropped to|fell to|halved`},
	{code: collateralIssue, opt: optCalm, gap: 2, heads: `卖咗|卖掉|卖了|卖出|出售`,
		tails: `抵押咗畀你|抵押咗俾你|抵押咗喺你|抵押咗给你|抵押了给你们|抵押畀你|抵押俾你|抵押喺你|抵押给你们|抵押在你们|抵押给银行|抵押在银行|抵押嘅|抵押的`},
	// Blind rounds 129–134: the collateral said damaged, flooded or
	// burned, however many words between (The house I put up as
	// collateral for my business loan was badly damaged).
	{code: collateralIssue, gap: 8, heads: `collateral|as collateral`, tails: `damaged|destroyed|flooded|burned|burnt|washed away|seized|repossessed|foreclosed|auctioned`},
	// Blind rounds 123–128: the home put up for sale because one must (we've
	// had to put the mortgaged house up for sale).
	{code: collateralIssue, gap: 4, heads: `had to put|have to put|having to put|forced to put|had to list|have to list|forced to list`,
		tails: `up for sale|on the market`},
	// Blind rounds 123–128: the shop closed in Cantonese (间铺头执咗, 间舖
	// 执埋); the old number cancelled or stopped (号也注销了).
	{code: businessDistress, gap: 5, heads: `间铺|间舖|铺头|舖头|间店|间餐厅|档口|个档`, tails: `执咗|执埋|执咗笠|收咗档|关咗门|执咗门`},
	{code: contactChange, opt: optCalm, gap: 2, heads: `号|号码|手机号|电话号码|旧号|旧号码|旧手机号`, tails: `注销了|注销咗|停机了|停用了|销号了|冇用了|不用了`},
	// Blind rounds 123–128: money borrowed on several apps or platforms (我在
	// 四五个app上都借了钱).
	{code: multiDebt, gap: 1, heads: `几个|好几个|多个|两三个|三四个|四五个|五六个|六七个|七八个|好几家|几家|多家`,
		tails: `app上都借|app上借|app都借|app借|app上都欠|平台上都借|平台都借|平台借|平台上借|平台都欠|loan apps`},
	// Blind rounds 123–128: no way left with the month's payment (下个月真的
	// 没办法了, 今期真系冇计了).
	{code: repaymentDifficulty, gap: 3, heads: `这个月|下个月|这期|下期|今个月|呢个月|今期|呢期`,
		tails: `没办法了|没法了|没辙了|冇办法了|冇计了|冇符了|实在没办法|真的没办法|真系冇办法`},
	// Blind rounds 112–116: no point in keeping on paying (I don't see the
	// point in paying this anymore) is the refusal, where an errand one sees
	// no point in is none: the tail says the paying goes on or stops.
	{code: intentToDefault, gap: 2,
		heads: `don't see the point in|don't see the point of|do not see the point in|can't see the point in|see no point in|there's no point in|no point in|what's the point in|what's the point of|whats the point of`,
		tails: `paying this anymore|paying it anymore|paying anymore|paying any more|paying this any more|paying this loan anymore|paying the loan anymore|paying back anymore|paying you anymore|paying you guys anymore|keep paying|keep paying this|keep paying it|continuing to pay|continue paying|carrying on paying`},
	// A payment said to hang in doubt (下期月供怕是悬了) is the difficulty.
	{code: repaymentDifficulty, gap: 3, heads: `月供|供款|还款|按揭`,
		tails: `悬了|怕是悬了|恐怕悬了|要悬了|够呛|怕是够呛|恐怕够呛|玄了|悬乎了`},
	// A deposit or fee a stranger wants paid before the loan is released
	// (guy says i gotta pay a 3k deposit before the loan gets released).
	{code: fraudRisk, opt: optCalm | optStranger, gap: 3, heads: `pay|pay a|pay an|pay the|paying|paying a`,
		tails: `deposit before|deposit first|deposit upfront|deposit up front|fee before the loan|deposit to release|deposit to get the loan|deposit so the loan`},
	// Blind rounds 106–107: not seeing how one will pay, said with a
	// future (I don't see how I'll pay the loan, can't see how we're going
	// to cover it); a number or an address said to be changing (my phone
	// number is changing, 地址快要换了).
	{code: repaymentDifficulty, gap: 3, heads: `don't see how i'll|don't see how we'll|don't see how i will|don't see how we will|don't see how i'm going to|don't see how we're going to|don't see how i'm gonna|
		can't see how we'll|can't see how i will|can't see how i'm going to|can't see how we're going to|cannot see how i'll|cannot see how i can|cannot see how we can|honestly don't see how i can|
		can't see how i|can't see how we|don't see how i|don't see how we|cannot see how i|cannot see how we`,
		tails: `keep paying|keep up|carry on paying|continue paying|keep making|keep covering|pay|cover|afford|keep up|make the payment|make the payments|make my payment|make my payments|make the repayments|make repayments|make ends meet`},
	{code: contactChange, opt: optCalm, gap: 1, heads: `address|number|phone|email|mobile|contact details|phone number`,
		tails: `is changing|are changing|will be changing|is going to change|are going to change|is about to change|will be different|changes next week|changes next month`},
	// Blind rounds 100–105: the firm one worked at for years closed
	// (做咗十幾年嗰間公司執笠咗) is the job lost, as 我上班的公司倒闭 is; pay
	// only half received (這個月薪水只領一半); an old number stopped
	// (舊電話號碼已經停用咗) is a contact change.
	// Blind rounds 144–149: the firm's layoffs that reached the borrower
	// or their partner (the company has done layoffs and he is also
	// affected, 公司裁员我也中招了).
	{code: jobLoss, gap: 5, heads: `layoffs|layoff|redundancies|job cuts|裁员|裁人|大裁员`,
		tails: `is also affected|was also affected|is affected|was affected|got affected|has been affected|have been affected|affected too|also affected|among them|one of them|中招了|也中招了|中招|被波及|也被波及了|被波及了|也受影响了|也在名单上|在名单上|有我|有我份|都有我`},
	{code: jobLoss, gap: 8, heads: `做咗|做了|干了|待了|返咗`,
		tails: `公司执笠|公司执笠咗|公司执咗笠|公司倒闭|公司倒闭了|公司关门|公司关门了|厂执笠|厂倒闭|厂倒闭了|工厂倒闭|厂子倒闭`},
	{code: incomeDrop, gap: 4, heads: `工资|薪水|薪资|月薪|人工|份粮`,
		tails: `只领一半|只领了一半|只发一半|只发了一半|只拿一半|只拿了一半|只有一半|得一半|出一半|减一半`},
	{code: contactChange, gap: 6, heads: `旧电话号码|旧电话|旧号码|旧手机号|旧手机号码|旧号|原来的号码|原来的手机号|以前的号码|以前的手机号`,
		tails: `停用|停用了|停用咗|已经停用|已停用|不用了|注销了|注销咗|唔用了|冇用了`},
	// (A stall had to close: my stall at the night market had to close.)
	{code: businessDistress, gap: 6, heads: `my stall|our stall|my hawker stall|my market stall`, tails: `had to close|has closed|closed down|was shut|was closed|shut down|is gone`},
	// Blind rounds 92, 95–99: told one's last day at work (They told me
	// Friday was my last day, 通知我干到月底) is being let go.
	{code: jobLoss, gap: 4, heads: `told me|told us|informed me|informed us|notified me|said|通知我|告诉我|跟我说|通知我们`,
		tails: `my last day|our last day|my last day at work|my last working day|last day at work|最后一天上班|上班到月底|干到月底|做到月底|干到这个月底|做到这个月底`},
	// Life said to have no meaning at all (活著一點意思都沒有).
	{code: selfHarm, gap: 2, heads: `活着|活下去|人生`, tails: `一点意思都没有|一点意思也没有|没有意思|没意思|没什么意思|没啥意思|冇意思|冇乜意思|毫无意义|没有意义|没意义`},
	// Blind rounds 92, 95–99: this month said to be tight (今個月真係好緊,
	// 这个月有点紧), as money tight is; time that is tight is not (blocked).
	{code: repaymentDifficulty, gap: 3, heads: `这个月|这月|本月|今个月|呢个月|今期|呢期|这期`, tails: `好紧|很紧|有点紧|太紧|比较紧|紧巴巴|超紧|有啲紧|紧过头`},
	// Not even a single one (连个短信提醒都没有, 连句道歉都冇): a reproach.
	{code: noCode, tone: -0.5, gap: 6, heads: `连个|连句|连条|连声|连一句|连一条|连一声|连封`,
		tails: `都没有|也没有|都冇`},
	// Blind rounds 91–94: a freeze threatened unless a code is handed over
	// (a text saying my loan is 'frozen' unless I share the OTP).
	{code: fraudRisk, gap: 3,
		heads: `unless i share|unless i give|unless i send|unless i provide|unless i hand over|unless we share|unless you share|unless you give|unless you send|unless you provide|除非提供|除非告诉|除非发|除非把|除非报`,
		tails: `otp|the otp|code|the code|verification code|security code|one-time code|pin|password|验证码|动态码|短信验证码|密码`},
	{code: jobLoss, gap: 3, heads: `lost|lose|losing`, tails: `job|jobs|employment`},
	{code: jobLoss, gap: 2, heads: `工作|饭碗|份工|份job`, tails: `没了|没有了|丢了|丢掉了|黄了|冇咗|冇晒|丢咗|无咗|冇埋`},
	{code: jobLoss, gap: 6, heads: `工作|饭碗|份工|份job`, tails: `也丢了|丢了|丢掉了|也丢掉了|都丢了|丢咗|都丢咗`},
	{code: jobLoss, gap: 6, heads: `公司|单位|老板`, tails: `倒闭|倒闭了|关门|关门了|破产|破产了|黄了|解散|跑路|跑路了`},

	{code: businessDistress, gap: 6,
		heads: `生意|买卖|订单|单子|营业额|销售额|销量|客流|客源|客人|店里的流水|店里流水|生意流水|营业流水|门店流水|每天流水|店里|店|店铺|门店|饭店|餐馆|厂|工厂|厂里|厂子|工作室|回款|货款|工程款|尾款|账款|帐款`,
		tails: `都不到|还不到|都唔够|收唔返|收唔到|追唔返|攞唔返|收唔回|收唔返嚟|不好|不行|差|很差|太差|难做|不好做|太难做|太难做了|很难做|真难做|难做了|不好做了|只有去年|只有以前|只剩|不到去年|只有原来|掉|掉了|少|少了|减少|下滑|下降|暴跌|大跌|锐减|骤减|大减|腰斩|一落千丈|没了|停了|亏|亏了|亏损|冷清|惨淡|萎缩|不景气|搞垮|搞垮了|垮了|垮掉了|关门|关门了|关了|倒闭|倒闭了|破产|破产了|停产|停产了|黄了|撑不下去|做不下去|开不下去|撑不住|快撑不住|扛不住|顶不住|收不回|收不回来|拿不回来|要不回来|没结|结不了|拿不到|拖着|被拖欠|一直拖|几乎不开门|基本不开门|不怎么开门|都不开门|冇乜开门|开开停停`},
	{code: businessDistress, gap: 4,
		heads: `business|sales|orders|customers|clients|revenue|shop|store|restaurant|factory`,
		tails: `slow|bad|down|dropped|dried up|fell|failing|struggling|collapsed|terrible|dead|slumped|plummeted|halved|closed|shut|shut down|went bust|bust|went under|dying|is dying|that's dying|barely opens|barely open|hardly opens|hardly open|barely opened`},

	{code: incomeDrop, gap: 4,
		heads: `收入|工资|薪水|薪资|月薪|底薪|工钱|薪酬|奖金|提成|绩效|年终奖|家里收入|家庭收入|份工资|份薪水`,
		tails: `降|降了|下降|下滑|降低|减少|减了|少了|减半|砍|砍了|锐减|骤减|大减|缩水|打折|对折|打了对折|打了七折|打七折|打了八折|打八折|打了六折|打六折|打了五折|打五折|打了九折|打九折|打了折|打了个折|按七折发|按八折发|按六折发|没了|没有了|断了|发不出|没发|没有发|拖欠|拖着|拖了|迟发|晚发|停发|欠着|只发|只发了|发不全|没发全|发不足|只发一部分|不按时发|迟迟不发|不发了|只有一半|少一半|少了一半|掉了|不到以前|不如以前|只有以前|只有原来|
			被扣了一大半|扣了一大半|被扣了大半|扣了大半|被扣了一半|扣了一半|扣掉一半|扣掉了一半|扣掉一大半|被扣掉一大半|扣咗一半|扣咗大半|扣咗一大半|少咗|减咗|跌咗|冇咗|降咗|少咗一大截|少咗好多|少咗一半|减咗一半|跌咗好多|跌咗一半`},
	// Blind rounds 108–111: pay paid at a discount, however long it has
	// been (工资连着三个月打了对折): a discount can only be a cut.
	{code: incomeDrop, gap: 8,
		heads: `收入|工资|薪水|薪资|月薪|底薪|工钱|薪酬|人工|份粮`,
		tails: `打折|对折|打对折|打了对折|打了七折|打七折|打了八折|打八折|打了六折|打六折|打了五折|打五折|打了九折|打九折|打了折|打了个折|按七折发|按八折发|按六折发|按五折发|减半|砍半|砍了一半|少了一半|只发一半|只发了一半`},
	{code: incomeDrop, gap: 2, heads: `cut|cuts|reduced|slashed|halved`, tails: `pay|salary|wages|hours|bonus`},
	{code: incomeDrop, gap: 4,
		heads: `salary|income|wages|my pay|our pay|earnings|hours|bonus|commission|paycheck`,
		tails: `cut|reduced|dropped|fell|decreased|went down|gone down|halved|slashed|down|lower|delayed|stopped|scrapped|cancelled|canceled|axed|withdrawn|pulled`},

	{code: collateralIssue, gap: 6,
		heads: `房子|房产|抵押物|抵押的房|抵押房|抵押的车|车子|铺面|商铺|厂房|抵押的厂房|抵押的土地|抵押的地`,
		tails: `查封|被查封|冻结|被冻结|拍卖|被拍卖|法拍|被收走|被收回|收走|被扣|处置|被处置|贬值|跌价|不值钱|塌了|烧了|被烧|被淹|被水淹|淹了|泡水|烂尾|拆了|被拆`},
	{code: collateralIssue, gap: 4, heads: `house|home|property|flat|car|apartment|condo|building|premises`, tails: `seized|repossessed|foreclosed|auctioned|damaged|destroyed|flooded|burned`},

	{code: repaymentDifficulty, gap: 3, heads: `月供|房贷|车贷|贷款|还款`, tails: `断了|断供|断供了|停了两|交不上|供不上`},
	{code: repaymentDifficulty, gap: 3, heads: `money|cash|finances|things`, tails: `tight|short`},
	{code: repaymentDifficulty, gap: 2, heads: `可能要|可能得|估计要|估计得|恐怕要|只能`, tails: `晚点|晚几天|晚些|晚一点|拖几天|推迟|迟几天|延后|逾期|缓几天|缓两天|缓一缓|宽限几天`},
	{code: repaymentDifficulty, gap: 3, heads: `手里|手头|手上|兜里`, tails: `紧|很紧|有点紧|太紧|比较紧|不宽裕|没钱|没什么钱`},
	{code: repaymentDifficulty, gap: 3,
		heads: `经济|经济上|家里|家里经济|生活|资金|手头|财务|最近`,
		tails: `困难|有困难|有点困难|有些困难|很困难|比较困难|出了问题|出问题|吃紧|紧张|紧巴巴|拮据`},

	{code: multiDebt, gap: 2, heads: `two|three|four|five|six|several|multiple|many|a few|a bunch of|a lot of`, tails: `credit cards|payday loans|loans|lenders|loan apps`},

	{code: multiDebt, gap: 4, heads: `欠了|欠着|借了|还欠`, tails: `网贷|网贷平台|高利贷|小贷|财务公司`},

	{code: multiDebt, opt: optOwn, gap: 4,
		heads: `好几个|好几家|几个|几家|多个|多家|很多|好多|十几个|七八个|其他|其它|别的|另外几个|两家|三家|四家|五家|两个|三个|四个|五个|好多间|几间|多间`,
		tails: `网贷|网贷app|平台|贷款平台|借款平台|信用卡|小贷|贷款app|借款app|贷款|借款|银行借|财务公司|app上借|app借|app上借了|平台上借|平台上借了|平台借了`},

	{code: contactChange, opt: optCalm, gap: 3,
		heads: `改|修改|更改|变更|更换|换|换了|更新|换咗|转咗`,
		tails: `手机号|手机号码|电话号码|号码|联系电话|预留手机号|手机|电话|地址|住址|联系地址|通讯地址|联系方式|邮箱|电子邮箱`},

	{code: contactChange, opt: optCalm, gap: 2,
		heads: `手机号|手机号码|电话号码|号码|联系电话|预留手机号|手机|电话|地址|住址|联系地址|通讯地址|联系方式|邮箱|电子邮箱`,
		tails: `换了|变了|改了|换咗|变更了|更换了|不用了|停用了|改成|改为|换成|变成|更新为|改到`},

	{code: selfHarm, gap: 2, heads: `活着|活下去|人生`, tails: `没意思|没什么意思|没啥意思|有什么意思|有什么意义|还有什么意义|有啥意义|没意义|没有意义|太累|好累|没劲|没希望|没有希望`},

	// Blind rounds 119–120: a caller styled an adviser (自称贷款顾问).
	{code: fraudRisk, gap: 8, heads: `自称|冒充|假冒|声称|说他是|说自己是`, tails: `贷款顾问|信贷顾问|理财顾问|融资顾问|额度顾问|loan adviser`},

	// Someone asks for a code, a password or a transfer.
	{code: fraudRisk, gap: 8,
		heads: `问我要|找我要|跟我要|向我要|要我|让我|叫我|索要|索取|要求我|要求提供|告诉他|告诉对方|发给他|发给对方|报给|念给|读给|给他|给对方`,
		tails: `验证码|短信验证码|动态码|动态密码|校验码|银行卡密码|卡密码|取款密码|支付密码|转账|转帐|转钱|把钱转|汇款|打款|转到|转进|转入|屏幕共享|共享屏幕|开视频会议|视频会议|腾讯会议|会议软件|远程软件|共享软件|点链接|点击链接|点开链接|扫码|扫二维码|
			短信里的六位数|短信上的六位数|短信里的数字|短信上的数字|短信里的码|短信上的码|短信里那串数字|短信上那串数字|短信里的那串数字|短信码|六位数的码|六位数字码`},
	{code: fraudRisk, gap: 6, heads: `验证码|动态码|校验码`, tails: `告诉了对方|告诉人家|告诉了人家|给了人家|发给了对方|报给了对方|说给对方听|念给了对方|告诉他|告诉了他|告诉对方|发给他|发给了他|发给对方|给他了|给了他|给对方|报给|念给|发过去|发回去|转发给|回复过去|发送过去|才能解冻|解冻|解封`},
	{code: fraudRisk, gap: 4, heads: `asked me for|asked for|asking for|ask me for|wants my|wanted my|give them|give him|tell them|send them|send him|gave|told|shared`,
		tails: `verification code|security code|one-time code|otp|pin|password|code`},
	{code: fraudRisk, gap: 8, heads: `自称|冒充|假冒|声称|说他是|说自己是|说是`, tails: `银行|客服|工作人员|经理|警察|公安|法院|检察院|银保监|监管|你们`},
	// An intermediary offering a loan or a higher limit, or a fee first.
	{code: fraudRisk, opt: optCalm, gap: 12,
		heads: `中介|贷款中介|代办|有人|有个人|陌生人|一个人|对方|有家公司|有个公司|一家公司|有个机构|机构`,
		tails: `包装|提额|提高额度|提高贷款额度|帮我贷|帮我办|帮忙办|保证下款|包批|包通过|内部渠道|做高|刷高|提高征信|征信评分|提高评分|做征信|修复|洗白|美化`},
	{code: fraudRisk, opt: optCalm, gap: 8, heads: `中介|贷款中介|代办`, tails: `收费|手续费|服务费|返点|点费`},
	{code: fraudRisk, opt: optCalm, gap: 8,
		heads: `先交|先付|先转|预付|先缴|交了|交完|付了|放款前|放款之前|下款前|下款之前|到账前`,
		tails: `手续费|保证金|押金|服务费|会员费|解冻费|好处费|费用|交钱|交费|缴费|付费|付钱|转账|才能放款|才能下款|才放款|才能贷|才能到账|才给放款`},
	{code: fraudRisk, opt: optCalm, gap: 8,
		heads: `someone|a guy|a man|a woman|a broker|broker|an agent|caller|a company`,
		tails: `for a fee|raise my limit|increase my limit|boost my limit|get me a loan|guaranteed approval|guarantee approval|guarantee the loan`},

	// 被公司裁了, 俾老细炒咗, 被公司优化了: let go by someone named between.
	{code: jobLoss, gap: 4, heads: `被|俾|畀|遭`, tails: `裁|裁了|裁员|裁员了|裁掉|裁掉了|辞退|辞退了|开除|开除了|炒了|炒咗|炒鱿鱼|解雇|解雇了|劝退|劝退了|辞了|裁咗|辞咗|踢走|踢走了|优化了|优化掉|优化掉了|优化咗`},
	// 停发绩效, cut my pay: the cut named before the pay.
	{code: incomeDrop, gap: 3, heads: `停发|扣发|减发|少发|拖欠|克扣|砍了|取消了|降了|减了|停了|没了|扣了`, tails: `绩效|奖金|工资|提成|年终奖|薪水|薪资|补贴|津贴|加班费|底薪`},
	{code: incomeDrop, gap: 3, heads: `到手|到手的|实发|拿到手|每月到手|入息|份粮|时薪|日薪|加班费|补贴|津贴`, tails: `少了|少|缩水|变少|减少|减了|打折|砍|砍了|只剩|剩一半|不到一半|少了一半|少了一大截|少了一大半|大不如前|不如从前|腰斩|没了|降了|下降`},
	{code: incomeDrop, gap: 3, heads: `pay|wage|wages|paycheck|paycheque|take-home`, tails: `was cut|was slashed|was reduced|was halved|got cut|got slashed|got reduced|got halved|been cut|been slashed|been reduced|been halved|slashed|halved|docked`},
	{code: businessDistress, gap: 6,
		heads: `餐厅|饭馆|酒店|网店|淘宝店|档口|摊位|摊子|小店|铺子|工程项目|外贸|出口|货|库存|仓库|大客户|下游|上游|营收|利润|经营|进账|公司生意|公司业务`,
		tails: `不好|不行|差|很差|太差|难做|掉|掉了|少|少了|减少|下滑|下降|暴跌|大跌|锐减|骤减|大减|腰斩|一落千丈|没了|停了|亏|亏了|亏损|冷清|惨淡|萎缩|不景气|垮了|关门|关门了|关了|倒闭|倒闭了|破产|破产了|停产|停产了|黄了|撑不下去|做不下去|开不下去|撑不住|扛不住|收不回|收不回来|拿不回来|要不回来|取消|取消了|被取消|全取消了|砍了|断了|封了|被封|被封了|关停|积压|压着|卖不出去|卖不掉|卖不动|滞销|亏钱|赔钱|一直亏|在亏|赔了|跑了|跑路|跑路了|拖欠|都没有|停摆|瘫痪|难以为继|整改|停业|缩水`},
	{code: businessDistress, gap: 6, heads: `生意|订单|单子|客人|店里|店|店铺|门店|厂|工厂|厂里|厂子`, tails: `下跌|下跌了|狂跌|跳水|断崖式下跌|断崖式下滑|断崖式下降|断崖下跌|直线下降|直线下滑|一路下跌|取消|取消了|被取消|全取消了|砍了|断了|封了|被封|被封了|关停|积压|卖不出去|卖不掉|卖不动|滞销|亏钱|赔钱|一直亏|在亏|赔了|停摆|整改|停业|缩水|倒了`},
	{code: businessDistress, gap: 4,
		heads: `production|operations|trade|trading|turnover|profits|profit|margins|workshop|plant|mill|farm|contracts|inventory|business|sales|orders|customers|clients|revenue|shop|store|restaurant|factory`,
		tails: `halted|stopped|suspended|ceased|cancelled|canceled|piling up|unsold|tanked|plunged|crashed|shrunk|shrinking|fell apart|at a loss|in the red|idle|idled|closed down|folded|evaporated|disappeared|vanished|gone|dead|wiped out|devastated|destroyed|killed|ruined|hit hard|crushed`},
	{code: businessDistress, gap: 3, heads: `lost|losing|lose`, tails: `biggest customer|biggest client|main customer|main client|major customer|major client|key customer|key client|largest customer|largest client|best customer|best client|customers|clients|contract|contracts|orders`},
	{code: repaymentDifficulty, gap: 3, heads: `月供|房贷|车贷|贷款|还款|还贷|供楼|供款|这期|经营贷`, tails: `跟不上|负担不起|负担不了|拖着|还不完|还不清`},
	{code: repaymentDifficulty, gap: 3, heads: `missed|miss|skipped|skip|late on|late with|behind on|behind with`, tails: `payment|payments|installment|installments|instalment|instalments|repayment|repayments|mortgage|emi`},
	// Savings spent (积蓄都花光了, my savings are gone) is hardship told, not
	// inability to pay: removed in rounds 30–33; only the tone stays.
	{code: intentToDefault, gap: 3, heads: `不打算|不准备|不想|不愿意|不愿|没打算|懒得|决定不|坚决不|绝不|不会|不再`, tails: `继续还|还下去|继续供|供下去|继续交|交下去|还钱了|继续还款|还这笔|还你们|还一分`},
	{code: intentToDefault, gap: 2, heads: `决定|打算|准备|我要|就要|干脆|索性|从今天起|从现在起`, tails: `停止还款|停止还贷|停止供款|停止付款|停供|断供|不还|不还了|不交了|不供了`},
	{code: intentToDefault, gap: 3, heads: `征信|信用|credit`, tails: `黑就黑|黑了就黑了|烂就烂|烂了就烂了|花就花|花了就花了|无所谓|不在乎|我不管|爱咋咋|can burn|be damned`},
	{code: multiDebt, gap: 4, heads: `两三个|三四个|四五个|五六个|六七个|七八个|八九个|十来个|十多个|二十多个|好些|一堆|两三家|三四家|四五家|五六家|七八家|十几家|几十个|两张|三张|四张|五张|好几张|几张|多张|两三张|三四张|2个|3个|4个|5个|6个|7个|8个|9个|2家|3家|4家|5家|6家|2张|3张|4张|5张`, tails: `网贷|网贷app|平台|贷款平台|借款平台|信用卡|小贷|贷款app|借款app|财务公司`},
	{code: multiDebt, gap: 3, heads: `loans with|loans from|loans on|borrowed from|borrowing from|debts with|owe money to|in debt to|two|three|four|five|six|seven|eight|several|multiple|many|a few|a bunch of|a lot of|a couple of|couple of|a couple|various|different`, tails: `different apps|different lenders|different platforms|different lending apps|different loan apps|lending apps|online loans|loan companies|finance companies|credit lines|creditors|lenders|payday lenders|loan apps|credit cards|payday loans`},
	{code: multiDebt, gap: 3, heads: `juggling|juggle|juggled`, tails: `debts|loans|cards|credit cards|payments|bills|lenders|repayments`},
	{code: collateralIssue, gap: 6, heads: `房子|房产|抵押物|抵押的房|抵押房|抵押的车|车子|铺面|商铺|店面|抵押的店面|厂房`, tails: `申请拍卖|申请查封|申请执行|强制执行|要执行|被执行|保不住|被占|霸占|封了|被封|被封了|贴了封条|被贴封条|扣了|被扣了|被人扣了|扣走|开走|拖走|收走了|被拖走|被开走`},
	{code: collateralIssue, gap: 4, heads: `house|home|property|flat|apartment|car|collateral|land|premises`, tails: `frozen|attached|underwater|condemned|demolished|worthless|lost value|lost its value|dropped in value|enforcement|lien`},
	// (Blind rounds 92, 95–99: the flat named as pledged with the bank,
	// 把抵押在你們這裡的那間公寓賣掉.)
	{code: collateralIssue, opt: optCalm, gap: 6, heads: `房子|房产|抵押物|抵押的房|抵押房|铺面|商铺|店面|抵押的车|抵押车|车子|公寓|
		抵押在你们这里的|抵押在你们这的|抵押在你们那里的|抵押在你们那的|抵押在你们行的|抵押在你们银行的|抵押在贵行的|抵押在银行的`, tails: `卖掉|卖了|出售|要卖|挂牌|挂出去|在卖`},
	{code: collateralIssue, opt: optCalm, gap: 3, heads: `sell|selling|sold|sale of`, tails: `house|flat|apartment|property|home|condo|mortgaged property|collateral`},
	{code: fraudRisk, gap: 4, heads: `said he was|said she was|said they were|says he's|says she's|says they're|said he's|said she's|says he is|says she is|claimed he was|claimed she was|claims to be|claimed to work for|claims to work for|says he works for|said he works for|said she works for|pretending to work for|posing as`, tails: `from your|from the bank|from your bank|a bank|bank officer|bank employee|bank staff|loan officer|loan department|customer service|police|court|officer|your staff|your manager|your colleague`},
	{code: fraudRisk, gap: 4, heads: `wants|wanted|requested|requesting|give it to|tell him|tell her|give him|gave him|give her|gave her|gave them|read it to|sent him|sent them|sent her`, tails: `verification code|security code|one-time code|otp|pin|card pin|password|card number|card details|cvv|the code|my code`},
	{code: fraudRisk, gap: 8, heads: `自称|冒充|假冒|声称|说他是|说自己是|说是`, tails: `专员|放款专员|信贷经理|贷款专员|客户经理|银行的人|官方|公检法|警官|检察官|监管局`},
	{code: contactChange, opt: optCalm, gap: 3, heads: `改用|以后用|以后打|请用|请打|用新|打新|联系新|请改用|之后请改用`, tails: `手机号|手机号码|电话号码|号码|联系电话|手机|电话|私人号码|邮箱`},
	{code: contactChange, opt: optCalm, gap: 1, heads: `address|number|phone|email|mobile|contact details|phone number`, tails: `has changed|have changed|changed|is different|are different|will change`},
	{code: repaymentDifficulty, gap: 4,
		heads: `can't cover|cannot cover|couldn't cover|won't cover|will not cover|won't be able to cover|wont be able to cover|will not be able to cover|not be able to cover|not going to be able to cover|not gonna be able to cover|not gonna cover|not going to cover|unable to cover|no longer able to cover|can no longer cover|not enough to cover|isn't enough to cover|won't be enough to cover|don't think it will cover|don't think it'll cover|barely cover|struggling to cover|struggle to cover|hard to cover|trouble covering|can't afford|cannot afford`,
		tails: `payment|payments|mortgage|installment|instalment|repayment|repayments|loan|the rest`},
	{code: jobLoss, gap: 4, heads: `部门|项目组|团队|岗位|职位|科室|整个组|我们组|整个部门`, tails: `被砍|砍了|砍掉|被裁|裁了|撤了|被撤|撤掉|解散|解散了|撤销|没了|被优化|取消了|被取消`},
	{code: businessDistress, gap: 4, heads: `client|customer|buyer|distributor|wholesaler`, tails: `stopped paying us|stopped paying me|stop paying us|stopped paying our|not paying us|won't pay us|refuse to pay us|refusing to pay us|cancelled|canceled|pulled out|walked away|went bust|went bankrupt|stopped ordering|stopped paying|won't pay|hasn't paid|defaulted`},
	{code: businessDistress, gap: 3, heads: `cancelled|canceled|pulled|lost|dropped`, tails: `order|orders|contract|contracts|deal|deals`},
	{code: repaymentDifficulty, gap: 5, heads: `payment|payments|instalment|installment|repayment|mortgage payment|this month's payment`, tails: `late|a bit late|a little late|a week late|few days late|delayed|bounced|going to bounce|will bounce`},
	// Blind rounds 114–118: part of this month's instalment asked to pay
	// first (这个月房贷先还一部分可以吗); part of the loan paid early is a
	// prepayment (想先还一部分贷款).
	{code: repaymentDifficulty, gap: 5, heads: `这个月|这期|本月|下个月|下期|今个月|呢个月|呢期|月供`,
		tails: `先还一部分|先还一半|先还部分|先交一半|先交一部分|先付一半|先付一部分|先供一半|先俾一半|先畀一半|先还部份`},
	{code: repaymentDifficulty, gap: 3, heads: `只能|只能先|只够|只好先|只好|暂时只能|只还得起`, tails: `还一半|还一部分|还利息|还一点|还几千|交一半|交一部分|付一半|付一部分|还个利息|还点利息`},
	{code: intentToDefault, gap: 2, heads: `一分|一分钱|一毛|一毛钱|一个子儿|一个子|a cent|a penny|a dime`, tails: `都不会|也不会|都不给|也不给|都不还|也不还|都不交|都不会再|都别想|也别想|都没有|you won't get|you'll never see`},
	{code: complaintEscalation, gap: 2, heads: `发到|发在|发去|挂到|挂在|放到|贴到|曝光到|post it on|post this on|put it on|share it on`, tails: `微博|网上|抖音|小红书|朋友圈|论坛|知乎|头条|媒体|网络上|twitter|weibo|facebook|reddit|tiktok|social media|the internet|online`},
	{code: incomeDrop, gap: 3, heads: `工资|薪水|薪资|工钱|收入`, tails: `停了|停掉|停掉了|也停了|都停了`},
	{code: fraudRisk, opt: optCalm | optStranger, gap: 6, heads: `逾期记录|不良记录|征信记录|信用记录|信用纪录|信贷记录|信用报告|黑名单|征信|credit record|credit report|credit history`, tails: `wiped|cleared|cleaned|fixed|repaired|删掉|删除|删了|消除|洗掉|抹掉|清除|修复|洗白|处理掉|消掉`},
	{code: complaintEscalation, gap: 4, heads: `人民银行|人行|银保监|金融监管局|监管局|金管会|总行`, tails: `反映|投诉|举报|告你们|告状|闹|拉横幅|门口|说理|讨说法|讨个说法`},
	{code: repaymentDifficulty, gap: 2, heads: `卡里|卡上|账户里|账上|余额|户口`, tails: `还差|差|不够|不足|唔够`},
	{code: repaymentDifficulty, gap: 3, heads: `房贷|月供|还款|这期|车贷|贷款`, tails: `晚了|迟了|晚交了|迟交了|拖了|延迟了|超期了|过期了`},
	{code: repaymentDifficulty, gap: 3, heads: `don't know how i'm going to|don't know how i'll|don't know how we're going to|don't know how we'll|not sure how i'm going to|not sure how we're going to|no idea how i'm going to|no idea how we're going to|no idea how i'll|can't see how i'll|can't see how i can|don't see how i can|don't see how we can|
		idk how i'm gonna|idk how im gonna|idk how i'll|idk how ill|idk how we're gonna|dunno how i'm gonna|dunno how im gonna|dunno how i'll|don't know how i'm gonna|don't know how im gonna|no idea how i'm gonna|no idea how im gonna|not sure how i'm gonna|not sure how im gonna`, tails: `pay|make|cover|afford|keep up|manage`},
	{code: multiDebt, gap: 4, heads: `背着|背了|身上背着|身上背了|两笔|三笔|几笔|好几笔|五六笔|三四笔|四五笔|多笔|2笔|3笔|4笔|5笔`, tails: `网贷|网贷app|贷款|高利贷|小贷|债|信用卡`},
	{code: businessDistress, gap: 3, heads: `工厂|厂|厂里|公司|店|店里|生意|门店|企业|公司账上|账上`, tails: `周转不灵|周转不开|周转不过来|周转困难|资金紧张|现金流紧张|现金流断了|资金链紧张`},
	{code: jobLoss, gap: 6, heads: `找工作|找工|揾工|投简历|投了简历|面试|工作`, tails: `找不到|都找不到|没找到|没着落|没下文|没回音|揾唔到|都揾唔到`},
	{code: incomeDrop, gap: 3, heads: `put on|moved to|switched to|moved onto|put onto|cut to`, tails: `zero-hours|zero hours|reduced hours|short time|half pay|half time|part-time|part time`},
	{code: fraudRisk, opt: optCalm | optStranger, gap: 4, heads: `pay|paying|transfer|send|deposit`, tails: `first|upfront|up front|in advance|beforehand`},
	{code: multiDebt, gap: 2, heads: `overdraft|credit card|credit cards|card|loan|loans|payday loan|one`, tails: `to pay the credit card|to pay the card|to pay the loan|to pay off the card|to pay off the loan|to pay the other|to pay off the other|to pay another|to pay the mortgage|to cover the mortgage|to pay my mortgage|to pay off my credit|to clear the card`},
	{code: businessDistress, opt: optAnyone, gap: 3, heads: `员工|工人|伙计|师傅|staff|workers|employees`, tails: `放假了|遣散了|都走了|走了一半|辞了|裁了一半|发不出工资|都放假了|let go|laid off`},
	{code: businessDistress, opt: optAnyone, gap: 3, heads: `had to let|let|laid off|lay off|cut|cutting`, tails: `staff|workers|employees|half the staff|our staff|my staff|half our staff`},
	{code: repaymentDifficulty, gap: 3, heads: `房贷|月供|还款|车贷|供楼|供款|供楼钱|月供钱|房贷钱|还款的钱|供楼嘅钱`, tails: `不够|不够了|肯定不够|凑不够|差一截|不够还|唔够|唔够了|都唔够|都不够|不太够|唔太够`},
	{code: contactChange, opt: optCalm | optAnyone, gap: 6, heads: `请打|以后打|有事打|有事请打|有事联系|请联系|打我|联系我|please call|call my|contact my|reach me through|reach me via`, tails: `电话|号码|手机|手机号|number|phone|mobile`},
	{code: intentToDefault, gap: 2, heads: `不打算再管|不想再管|不再管|懒得管|不想管|不管`, tails: `贷款|这笔|房贷|月供|这个贷款|这笔贷款|这笔钱`},
	{code: jobLoss, gap: 4, heads: `团队|部门|整个团队|我们整个团队|我们部门`, tails: `被遣散|遣散了|都被遣散|都被遣散了`},
	{code: incomeDrop, gap: 3, heads: `bringing home|bring home|taking home|take home|earning|making|getting paid|paid`, tails: `less|a lot less|much less|way less|less than half|half`},
	{code: incomeDrop, gap: 2, heads: `cut|cuts|reduced|slashed|halved|scrapped|changed`, tails: `commission|commissions|commission structure|overtime|shifts|allowance|bonuses|my hours|our hours`},
	{code: repaymentDifficulty, gap: 3, heads: `only manage|can only manage|could only manage|only managing|only have|only got|only has|have only|got only|can only cover|could only cover|only cover|only covering|only be able to pay|only able to pay|only going to be able to pay|only be able to cover|only able to cover|only be able to make|only able to make`, tails: `half|part|some of|a portion|a third|enough for the interest`},
	{code: multiDebt, gap: 3, heads: `owe money to|owe|borrowed from|loans from|loans on|debts with|debt to|borrowing from|in debt to`, tails: `apps|lending apps|loan apps|platforms|lenders|companies|banks|credit cards|places`},
	{code: multiDebt, gap: 3, heads: `欠了|欠着|还欠|借了`, tails: `几家|好几家|好多家`},
	{code: repaymentDifficulty, gap: 2, heads: `钱|这期的钱|月供|房贷|这个月|这期`, tails: `还差|还差一点|差一点|差几千|差一些`},
	{code: fraudRisk, opt: optCalm | optStranger, gap: 4, heads: `wants|wanted|asking for|asked for|charge|charges|charging|needs|requires`, tails: `upfront|up front|in advance|beforehand`},
	{code: incomeDrop, gap: 2, heads: `只能拿|只拿|只拿到|只领|只能领|只有`, tails: `一半工资|半薪|一半薪水|基本工资|底薪|生活费|一半的工资|一半人工`},
	{code: repaymentDifficulty, gap: 4, heads: `short`, tails: `mortgage|payment|payments|loan|repayment|installment|instalment`},
	{code: businessDistress, gap: 4, heads: `guesthouse|hotel|hostel|salon|café|cafe|bar|pub|gym|studio|clinic|stall|bookings|footfall|foot traffic|民宿|客栈|美容院|理发店|健身房|诊所|培训班`, tails: `empty|dead|quiet|closed|dried up|down|dropped|gone|没人|冷清|关门|倒闭|亏|亏了|撑不下去|没生意`},
	{code: incomeDrop, gap: 2, heads: `overtime|shifts|allowance|commission|commissions|tips`, tails: `cut|been cut|reduced|slashed|stopped|gone|dried up|halved|scrapped`},
	{code: businessDistress, gap: 3, heads: `货|货物|库存|存货|stock|inventory`, tails: `压在手里|全压着|全压在|堆着|卖不动|卖不掉|卖不出去|sitting unsold|piling up`},
	{code: repaymentDifficulty, gap: 3, heads: `只能先|只能|只够|只好先`, tails: `还两千|还三千|还一千|还几百|还五千|还一点点|还两万|还一万|交两千|交一千`},
	{code: businessDistress, gap: 3, heads: `wiped out|killed|ruined|destroyed|devastated|hit|crushed|decimated`, tails: `business|shop|restaurant|company|sales|trade|bookings|orders`},
	// Blind rounds 18–21 patterns.
	{code: selfHarm, gap: 3, heads: `天台|楼顶|顶楼|阳台|桥上|大桥|天桥|窗户|高楼|rooftop|balcony`, tails: `跳|跳下|跳下去|跳落|跳落去|跳下来|跳出去|跃下|一跃而下|往下跳|jump|jumping|jump off|jump from|throw myself`},
	{code: contactChange, opt: optCalm, gap: 2, heads: `changed|change|changing|updated|update|updating|switched|switching|got a new|have a new`, tails: `mobile number|mobile phone|mobile no|cell number|cellphone|cellphone number|phone number|contact number|telephone number|email address|email|home address|mailing address|postal address|address|contact details|contact info`},
	{code: businessDistress, gap: 6, heads: `客户|几个客户|大客户|下游|甲方|经销商|代理商|买家|customers|clients`, tails: `拖着|一直拖|拖了|拖了半年|拖了好久|拖了几个月|一拖再拖|拖着不结|拖欠|不结|不付|一直不付|不给钱|不打款|跑了|跑路了|欠着不给|拖着货款|拖欠货款|压着货款|压款|拖住|一直拖住|拖住唔还|唔还|唔俾钱|唔畀钱|唔找数|唔付|不还|不还钱|赖账|赖着不还|late paying|paying late|haven't paid|won't pay`},
	{code: incomeDrop, gap: 3, heads: `进账|每月进账|入账|进项|赚的|挣的|赚的钱|挣的钱|到手的钱|挣得|赚得|挣得比以前|赚得比以前|挣得比去年|赚得比去年`, tails: `少多了|少了不少|只剩以前|剩以前|只剩下以前|只剩原来|只剩之前|剩不到以前|剩不到原来|剩不到之前|不到原来|不到之前|只有原来|不到以前|只有以前|剩不到一半|不到一半|只剩一半|剩一半|少了一半|少一半|减半|砍半|少了很多|少了好多|少了一大半|大不如前`},
	{code: jobLoss, gap: 4, heads: `被|俾|畀|遭`, tails: `layoff|layoff了|layoff咗|lay off|laid off|fire|fire了|fired|fire咗`},
	{code: repaymentDifficulty, gap: 3, heads: `只能|只能先|只够|只好先|只好|暂时只能|只还得起`, tails: `缴一部分|缴一半|缴部分|缴利息|还部分|交部分|付部分|付利息|交利息|缴一点|供一半|供一部分|供利息`},
	// 让俺报验证码, 说是你们银行的: a scam told in dialect, the bank named whole.
	{code: fraudRisk, gap: 8, heads: `让俺|叫俺|要俺|问俺要|找俺要|跟俺要|向俺要|让咱|叫咱`, tails: `验证码|短信验证码|动态码|动态密码|校验码|银行卡密码|卡密码|取款密码|支付密码|转账|转钱|把钱转|汇款|打款|转到|屏幕共享|共享屏幕|点链接|扫码|扫二维码`},
	{code: fraudRisk, gap: 8, heads: `自称|冒充|假冒|声称|说他是|说自己是|说是`, tails: `你们银行|贵行|你们的客服|你们客服|你们行|银行的|银行客服|银行工作人员`},
	{code: incomeDrop, gap: 3, heads: `put me on|moved me to|dropped me to|reduced me to|cut to|put on|moved to|down to|reduced to`, tails: `sick pay|statutory sick pay|病假工资|basic pay|base pay|base salary|minimum wage|half salary|reduced pay`},
	// Blind rounds 22–29 patterns.
	// A link that asks for the card or the code (点链接填银行卡和验证码).
	{code: fraudRisk, gap: 8, heads: `点链接|点击链接|点开链接|点连结|点击连结|点开连结|按链接|按连结|揿链接|㩒链接|揿连结|㩒连结|链接里|连结里|通过链接|打开链接|打开连结|click the link|click on the link|tap the link|open the link`,
		tails: `填|填写|输入|填入|验证码|动态码|银行卡号|卡号|银行卡|卡密码|密码|身份证|card number|card details|the code|verification code|password|pin`},
	// What is left after paying the debts is not enough (工资全拿去还网贷都不够).
	{code: repaymentDifficulty, gap: 10, heads: `拿去还|用来还|全拿去还|都拿去还|全部用来还|拿来还|攞去还|攞嚟还|用嚟还`, tails: `都不够|也不够|不够|还不够|不够用|都唔够|唔够`},
	{code: repaymentDifficulty, gap: 1,
		heads: `not sure i can|not sure we can|not sure if i can|not sure if we can|not sure i'll be able to|not sure we'll be able to|don't know if i can|don't know if we can|unsure i can|unsure if i can|doubt i can|doubt we can`,
		tails: `cover|pay|afford|make the payment|make my payment|make this month|make the mortgage|make my mortgage|meet the payment|meet my payment|keep up`},
	// I was one of the people they let go.
	{code: jobLoss, gap: 5, heads: `i was one of|i'm one of|i am one of|i was among|i'm among|we were among|we were one of`, tails: `let go|laid off|cut|fired|made redundant|sacked|axed|terminated|to go`},
	// 人工少咗一大截, 減咗我三成人工: a Cantonese wage cut.
	{code: incomeDrop, gap: 1, heads: `人工|份人工|份粮`, tails: `少咗|减咗|打咗七折|打咗八折|打咗六折|打咗折|打了七折|打了八折|跌咗|冇咗|少了|减了|降了|砍了|少咗一大截|少了一大截|减半|打折|打对折|缩水|少咗好多|少咗一半`},
	{code: incomeDrop, gap: 4, heads: `减咗|扣咗|砍咗|降咗|削咗|减了我|降了我|砍了我|扣了我`, tails: `人工|份粮`},
	{code: businessDistress, gap: 6, heads: `生意|盘生意|店|铺头|舖头|间铺|间舖|铺位|舖位|厂|工厂|厂里`, tails: `做唔落去|撑唔落去|挨唔落去|开唔落去|挨唔住|顶唔住|执笠|冇生意|做唔住|停咗工|停晒工|停咗产|开唔到工|冇单做|冇晒单|冇单落|冇乜单|冇咩单|冇单|接唔到单`},
	// Blind rounds 34–35: the orders all gone (啲訂單全部冇晒, 订单全部没了, all our orders are gone).
	{code: businessDistress, gap: 4, heads: `订单|啲订单|啲单|生意|客源|客路`, tails: `冇晒|冇咗|全部冇晒|全冇晒|都冇晒|冇埋|跌晒|全没了|全部没了|全都没了|都没有了|全部取消|全部取消了`},
	{code: businessDistress, gap: 3, heads: `orders|contracts|customers|clients|bookings`, tails: `are gone|have gone|all gone|are all gone|have all gone|gone|vanished|disappeared|have stopped|stopped coming|stopped coming in`},
	// Blind rounds 30–33 patterns.
	// A fee paid to a stranger for a favour (交两千手续费就能帮我把月供降一半).
	{code: fraudRisk, opt: optCalm | optStranger, gap: 4,
		heads: `手续费|服务费|保证金|押金|会员费|好处费|工本费|解冻费|激活费|疏通费|a fee|fee of|processing fee|admin fee|service fee|handling fee|deposit of`,
		tails: `就能秒批|就可以秒批|就秒批|就能马上批|就能立刻批|就即刻批|即刻批|就马上批|就会批|就可以批|就保证|就保证批|保证批到|就包批|就一定批|就肯定批|就批到|就可以批到|就能批到|就即刻|即刻|就能帮|就能把|就能给|就可以帮|就可以把|就帮我|就给我|就能降|就能减|就能批|就能下款|就能通过|就能提额|就可以降|就可以减|帮我把|帮我降|帮我减|and they'll|and they will|they'll|they can|he can|she can|to lower|to reduce|to cut my|to get my|to unlock|to release|to approve|to unfreeze`},
	// Asked to send or share a code (I need to send the verification code).
	{code: fraudRisk, gap: 2,
		heads: `need to send|have to send|had to send|must send|asked to send|told to send|asked me to send|told me to send|wants me to send|want me to send|need to give|have to give|asked to give|need to share|have to share|asked to share|need to forward|asked me to forward|need to provide|asked to provide|reply with|text back|read out`,
		tails: `verification code|security code|one-time code|one time code|otp|code|pin|password`},
	// The pledged flat put up for sale (打算把抵押的那套房子卖掉): a plan told calmly.
	{code: collateralIssue, opt: optCalm, gap: 4,
		heads: `抵押的那套房|抵押的房子|抵押的房|抵押房|抵押物|抵押的那套|抵押的那间|抵押的铺面|抵押的店面|抵押给你们的|抵押给银行的`,
		tails: `卖掉|卖了|卖出去|出售|放盘|挂牌|挂出去|卖咗|转卖`},
	// I can't make the next payment.
	{code: repaymentDifficulty, gap: 3, heads: `can't make|cannot make|can not make|couldn't make|won't be able to make`,
		tails: `payment|payments|repayment|repayments|installment|instalment|mortgage`},
	// I don't think I can keep up with the payments.
	{code: repaymentDifficulty, gap: 1,
		heads: `don't think i can|don't think we can|do not think i can|dont think i can|don't think i'll be able to|don't think we'll be able to|don't see how i can|can't see how i can`,
		tails: `cover|pay|afford|make the payment|make my payment|make this month|make the mortgage|make my mortgage|meet the payment|meet my payment|keep up|keep up with`},
	// Blind rounds 36–41 patterns.
	// A code read out or handed to a stranger (我畀咗個驗證碼佢, I read them the SMS code).
	{code: fraudRisk, opt: optStranger, gap: 4,
		heads: `畀咗|俾咗|给咗|给了|告诉了|念了|报了|发了|read them|read him|read her|gave them|gave him|gave her|told them|told him|told her|sent them|sent him|sent her`,
		tails: `验证码|短信验证码|动态码|校验码|动态密码|sms code|the code|verification code|security code|otp|one-time code|one time code`},
	// The court acting on the pledged flat (The court just froze the flat).
	{code: collateralIssue, gap: 3, heads: `court|the court`, tails: `froze|seized|has seized|has frozen|auctioned|put a charge on|put a lien on`},
	// Blind rounds 46–48: approval sped up for a fee paid first (he can
	// fast-track my loan if I pay a processing fee first); a link in a
	// text to update one's details (叫我撳條連結入去更新資料); a restaurant
	// or shop half empty.
	{code: fraudRisk, opt: optCalm | optStranger, gap: 14,
		heads: `fast-track|fast track|speed up|guarantee|guaranteed|get my loan approved|get the loan approved|get it approved|包批|包过|保证批|加急审批|走快速通道`,
		tails: `processing fee|admin fee|service fee|handling fee|a fee|upfront fee|手续费|服务费|好处费|保证金`},
	{code: fraudRisk, gap: 8,
		heads: `点链接|点击链接|点开链接|点连结|点击连结|点开连结|按链接|按连结|揿链接|㩒链接|揿连结|㩒连结|链接里|连结里|通过链接|打开链接|打开连结|揿条连结|㩒条连结|按条连结|点条连结|揿条链接|㩒条链接|按条链接|点条链接|揿条link|按条link|click the link|click on the link|tap the link|open the link`,
		tails: `更新资料|更新个人资料|更新信息|更新账户|更新户口资料|更新账户资料|update your details|update my details|update your information|update my information|verify your account|verify my account`},
	// Blind rounds 108–111: a stranger's fee named and then wanted first
	// (a text… if I pay a 2,000 processing fee first), however long the sum
	// between pay and first.
	{code: fraudRisk, opt: optCalm | optStranger, gap: 2,
		heads: `processing fee|admin fee|service fee|handling fee|application fee|approval fee|arrangement fee|insurance fee|verification fee|fee|deposit`,
		tails: `first|upfront|up front|in advance|beforehand|before my loan|before the loan|before it's released|before they release|before releasing|before disbursement`},
	// Too little on the card when the payment was taken (卡里只有三千).
	{code: repaymentDifficulty, gap: 1, heads: `卡里|卡上|账户里|账户上|户口里|户口度`, tails: `只有|只剩|只剩下|就剩|就剩下|就得|钱不够|余额不够|不够扣`},
	{code: businessDistress, gap: 4, heads: `restaurant|my restaurant|our restaurant|shop|my shop|our shop|store|my store|our store|餐厅|饭店|餐馆`,
		tails: `half empty|half-empty|half empty since|empty most days|deserted|冷冷清清|空了一半|坐不满|没几个客人|冇乜客`},
	// Blind rounds 52, 55–59 patterns.
	// Not knowing where next month's money will come from (我真不知道下个月的
	// 月供要从哪里凑出来, no idea where next month's mortgage money will come from).
	{code: repaymentDifficulty, gap: 10,
		heads: `不知道|不晓得|真不知道|都不知道|不知道要|不知道该|唔知|真系唔知|don't know where|do not know where|no idea where|not sure where`,
		tails: `从哪里凑|从哪凑|去哪凑|去哪里凑|上哪凑|上哪儿凑|哪里凑|哪凑|从哪里找钱|去哪找钱|去哪里找钱|上哪找钱|上哪儿找钱|哪里找钱|边度揾钱|去边度揾|点凑|点揾钱|
			money will come from|money's going to come from|money is going to come from|i'll find the money|i'm going to find the money|to find the money|i'll get the money|i'm going to get the money`},
	// A pay fallen from one figure to another (工资从一万二降到了六千).
	{code: incomeDrop, gap: 8, heads: `收入|工资|薪水|薪资|月薪|月收入|底薪|工钱|人工|份粮|到手`,
		tails: `降到|降到了|降至|降为|掉到|掉到了|跌到|跌到了|跌至|减到|减到了|减至|减为|砍到|砍到了|跌咗落|减咗去|跌咗去`},
	// The workplace closed (我上班的那家厂子去年底关了门): the job lost.
	// (Blind rounds 92, 95–99: the former workplace too, 之前上班的厂子,
	// 原来那家公司.)
	{code: jobLoss, gap: 8,
		heads: `之前上班的|以前上班的|原来上班的|之前打工的|以前打工的|原来打工的|之前工作的|以前工作的|原来工作的|原来那家公司|原来的公司|原来的单位|原来那家厂|原来的厂|上班的那家|上班的厂|上班的厂子|上班的公司|上班的单位|打工的厂|打工的厂子|打工的公司|我上班的|我打工的|我工作的|我上班那|我打工那|上班那厂|打工那厂|我干活的|我干活那|where i work|where i worked|the company i work for|the company i worked for|the firm i work for|the factory i work at|the place i work`,
		tails: `厂子倒闭|厂倒闭|工厂倒闭|公司倒闭|公司倒闭了|公司关门|公司关门了|公司破产|公司破产了|倒闭|倒闭了|关门|关门了|关了门|关了|破产|破产了|黄了|散了|closed|closed down|shut down|went bust|went under|folded|went bankrupt|collapsed`},
	// Borrowing again to pay this loan (为了还你们这笔，又在两个APP上借了钱).
	{code: multiDebt, gap: 12, heads: `为了还|为了还上|为了还清|为了凑|为了交|为了供|为了还款|为了还贷|为了还房贷|为了还月供`,
		tails: `借了钱|又借了|又借|刷信用卡|刷了信用卡|套现|app上借|平台上借|网贷|高利贷|借呗|花呗`},
	// A big client gone, told at length (the big client that made up 40% of
	// my orders walked away in spring).
	{code: businessDistress, gap: 10,
		heads: `big client|biggest client|main client|major client|key client|largest client|big customer|biggest customer|main customer|major customer|key customer|largest customer|big clients|biggest clients|main clients|major clients|key clients|largest clients|big customers|biggest customers|main customers|major customers|key customers|largest customers|大客户|最大的客户|主要客户`,
		tails: `walked away|pulled out|went bust|went bankrupt|went under|stopped ordering|left us|dropped us|跑了|跑路了|倒闭了|取消合作|终止合作|不跟我们合作了`},
	// Staff let go (I've had to let two of my four staff go).
	{code: businessDistress, opt: optAnyone, gap: 5, heads: `let|had to let|have had to let|i've had to let|we've had to let`, tails: `staff go|workers go|employees go|staff members go`},
	// Blind rounds 60–67 patterns.
	// The job gone with a time between (我份工上個禮拜冇咗).
	{code: jobLoss, gap: 6, heads: `份工|份job`, tails: `冇咗|冇晒|无咗|冇埋|没了`},
	// Even the rent or food in doubt (連下個月租都唔知點交, 连房租都交不起).
	{code: repaymentDifficulty, gap: 8, heads: `连|连个|连句|连条|连声|连一句|连一条|连一声|连封`,
		tails: `都唔知点交|都唔知点俾|都唔知点畀|都唔知点还|都唔知点供|都不知道怎么交|都不知道怎么付|都不知道怎么还|都交不起|都交不出|都付不起|都付不出|都交唔起|都俾唔起|都畀唔起|都成问题|都快交不起|都快付不起|都凑不齐|都凑不够|都唔够|都不够`},
	// Only part paid, with the bank named between (這期只能先還你們一部分).
	{code: repaymentDifficulty, gap: 4, heads: `只能先还|只能还|只可以先还|只可以还|只够还|只好先还|只好还|只能先交|只能先付|只能先缴`,
		tails: `一部分|一半|部分|小部分|一点|一点点|利息|几千|两千|三千|一千|几百|五千|一万|两万`},
	// A court that ordered the pledged home sold (The court has ordered the sale of the flat).
	{code: collateralIssue, gap: 3, heads: `court|the court|a court|judge|the judge`, tails: `ordered the sale|ordered a sale|ordered the repossession|ordered repossession|ordered the auction|ordered the seizure|granted possession|granted a possession order|sealed|sealed off|sealed up`},
	{code: collateralIssue, gap: 4, heads: `house|home|property|flat|apartment|premises|shop`, tails: `sealed|sealed off|sealed up|padlocked`},
	// This one cannot be fitted in (这个月你们这笔实在排不上了).
	{code: repaymentDifficulty, gap: 4, heads: `这笔|这期|你们这笔|你们这期|月供|房贷|车贷|这个月的|呢期|呢笔`, tails: `排不上|排不上了|顾不上|顾不上了|轮不到|轮不上|排唔到|顾唔到`},
	// Blind rounds 68–71 patterns.
	// Behind by a sum (I'm thousands behind, we're two grand behind).
	{code: repaymentDifficulty, gap: 3, heads: `i'm|we're|i am|we are|i've got|we've got|i've fallen|we've fallen|i've gotten`, tails: `behind`},
	// Money a stranger wants before the loan is released (a man says I
	// have to pay a deposit before your bank can release my loan).
	{code: fraudRisk, opt: optStranger, gap: 8, heads: `deposit|fee|charge|payment|pay|transfer|押金|保证金|手续费|费用`,
		tails: `release my loan|release the loan|release the funds|release the money|release my money|unlock my loan|unfreeze my loan|disburse my loan|disburse the loan|才能放款|才可以放款|先可以放款|先至放款|先放款`},
	// Blind rounds 72–75 patterns.
	// Where (哪儿) the money will come from, with 儿.
	{code: repaymentDifficulty, gap: 10,
		heads: `不知道|不晓得|真不知道|都不知道|不知道要|不知道该`,
		tails: `从哪儿凑|哪儿凑|去哪儿凑|从哪儿找钱|去哪儿找钱|哪儿找钱|从哪儿弄钱|去哪儿弄钱|哪儿弄钱|从哪里弄钱|去哪里弄钱|上哪弄钱|哪里弄钱`},
	// A payment that isn't going to happen, a debit that will bounce.
	{code: repaymentDifficulty, gap: 3,
		heads: `payment|payments|mortgage|repayment|instalment|installment|direct debit|the debit|debit|standing order|this month's`,
		tails: `cannot make it|can't make it|cant make it|confirm cannot make it|confirm can't make it|won't make it|not gonna make it|isn't going to happen|is not going to happen|won't happen|ain't happening|isn't happening|not happening|going to bounce|will bounce|is going to bounce`},
	// Only part paid over (只能先打一半过去), the rest made up later
	// (剩下的下旬再补).
	{code: repaymentDifficulty, gap: 3, heads: `只能先打|只能打|只能先转|只能转|只能先存|只能存|只能先给|只能给|只够打|只够转|只可以打|只可以转`,
		tails: `一半|一部分|部分|一点|几千|两千|三千|一千|五千|一万`},
	{code: repaymentDifficulty, gap: 4, heads: `剩下的|余下的|剩余的|其余的|剩低嘅|剩返嘅`,
		tails: `再补|补上|补齐|才补|迟啲补|再补返|先补`},
	// The customers' money held back (货款压了大半年, 一分没收回来).
	{code: businessDistress, gap: 6, heads: `货款|账款|工程款|尾款|回款|欠款`,
		tails: `压了|压着|压住|没收回来|没收回|没要回来|一分没收|收不上来|一分都没收到|一分钱没收到|拖了|拖咗`},
	// An old landline or work address that no longer works.
	{code: contactChange, opt: optCalm, gap: 3, heads: `座机|固话|固定电话|单位电话|办公电话|单位地址|工作地址|landline|work address|office address|work number`,
		tails: `不能用了|用不了了|都不能用了|不能再用|不再使用|作废了|不用了|停用了|换了|变了|no longer works|doesn't work anymore|won't work|is no longer valid|no longer valid|has changed|changed`},
	// No point in waking up, in tomorrow or in going on (I don't see the
	// point of waking up tomorrow anymore); an errand (calling again) is
	// no tail.
	{code: selfHarm, gap: 2,
		heads: `don't see the point of|don't see the point in|do not see the point of|do not see the point in|can't see the point of|can't see the point in|cannot see the point of|don't see any point in|don't see any point to|see no point in|see no point to|there's no point in|there is no point in|no point in|what's the point of|whats the point of|what is the point of|what's the point in|no reason to|don't have a reason to|have no reason to|nothing left to`,
		tails: `waking up|wake up|waking up tomorrow|tomorrow|another day|facing tomorrow|face tomorrow|facing another day|face another day|carrying on|carry on|keep going|keeping going|being alive|staying alive|being here|living anymore|living any more|trying anymore|go on|going on|keep living|get up in the morning|getting up in the morning|live for`},
	// Blind rounds 76–81 patterns.
	// Late on the loan itself (I'm already late on this loan).
	{code: repaymentDifficulty, gap: 2, heads: `late on|late with|behind on|behind with`, tails: `loan|loans|car loan|this loan|my loan`},
	// Not sure how one will cover it (Not sure how I'll cover next month's
	// installment).
	{code: repaymentDifficulty, gap: 3, heads: `not sure how i'll|not sure how i will|not sure how we'll|not sure how we will|not sure how i can|unsure how i'll|no idea how i will|don't know how i will|don't know how we will`,
		tails: `pay|make|cover|afford|keep up|manage|meet`},
	// The payment that just isn't there (the next installment just isn't there).
	{code: repaymentDifficulty, gap: 3,
		heads: `payment|payments|mortgage|repayment|instalment|installment|the money for|money for the|this month's`,
		tails: `isn't there|just isn't there|is not there|won't be there|just won't be there|simply isn't there|isn't going to be there`},
	// The workplace one worked at closed (since the clinic I worked at closed).
	{code: jobLoss, gap: 4, heads: `worked at|worked for|was working at|was working for|used to work at|used to work for`,
		tails: `closed|closed down|shut down|shut|went bust|went under|folded|went bankrupt|collapsed|went into administration`},
	// Blind rounds 84–86: receivables that will not come back, said with
	// words between (應收賬又收唔返, 货款一直收不回来).
	{code: businessDistress, gap: 3, heads: `应收账|应收帐|应收账款|应收帐款|账款|帐款|数尾`,
		tails: `收唔返|收唔翻|收唔到|追唔返|收不回|收不回来|要不回|要不回来|追不回|追不回来`},
	// The pledged flat left with an agent to sell (抵押的那套房子我已经挂到中介那里卖了).
	{code: collateralIssue, opt: optCalm, gap: 6,
		heads: `抵押的那套房|抵押的房子|抵押的房|抵押房|抵押物|抵押的那套|抵押的那间|抵押的铺面|抵押的店面|抵押给你们的|抵押给银行的`,
		tails: `挂到中介|挂给中介|挂在中介|挂了中介|挂中介|挂咗中介|交给中介|委托中介|放到中介|放盘|放咗盘|挂牌|挂出去卖|挂出来卖`},
	// A code or a PIN to be typed in for a stranger (I have to enter my card
	// PIN and the code… via a link).
	{code: fraudRisk, opt: optStranger, gap: 3,
		heads: `have to enter|need to enter|must enter|asked me to enter|asks me to enter|told me to enter|wants me to enter|to enter my|enter my|type in my|key in my|input my|have to type|need to type`,
		tails: `pin|card pin|code|the code|password|card number|card details|verification code|cvv`},
	// Hedged self-harm: not thinking one can go on living (I don't think I
	// can keep living like this); life that is only suffering (活着就是受罪).
	{code: selfHarm, gap: 2, heads: `don't think i can|do not think i can|dont think i can|not sure i can|don't know if i can|don't know how much longer i can`,
		tails: `keep living|go on living|keep living like this|live like this|live like this anymore`},
	// Pay up rather than down (工资没降反而涨了): good news said across words.
	{code: noCode, tone: 1, gap: 4, heads: `工资|收入|薪水|薪资|月薪|人工|底薪|salary|pay|income|wages`,
		tails: `反而涨了|反倒涨了|反而还涨了|反而加了|反而升了|反而多了|不降反升|不降反涨|went up instead|rose instead|increased instead`},
	// Blind rounds 114–118: charged or recorded late despite paying on time
	// (a late fee when I paid on time, 却多出一条逾期记录) is annoyance.
	{code: noCode, tone: -1, gap: 8, heads: `late fee|late fees|late charge|late charges|late penalty|marked late|marked as late|reported late|reported as late`,
		tails: `paid on time|paid it on time|made on time|went through on time|left on time|on time|paid on the due date|paid by the due date|paid before the due date|on the due date`},
	// Blind rounds 123–128: income come up (现在收入上来了, 收入都涨了).
	{code: noCode, tone: 1, gap: 2, heads: `工资|收入|薪水|薪资|月薪|人工|底薪`, tails: `上来了|上去了|涨了|涨咗|提高了|起来了`},
	// Blind rounds 114–118: pay that is more now (月薪还多了五千).
	{code: noCode, tone: 1, gap: 2, heads: `工资|收入|薪水|薪资|月薪|年薪|人工|底薪|份粮`, tails: `多了|多咗|多出了`},
	{code: selfHarm, gap: 2, heads: `活着|活下去|人生`, tails: `受罪|就是受罪|是受罪|是种折磨|是折磨|就是折磨|没盼头|没有盼头|没奔头|没有奔头`},
	// Blind rounds 108–111: pay raised to a new figure (年薪从24万涨到了36万)
	// and a promotion to a named post (升了部门经理) are good news.
	{code: noCode, tone: 1, gap: 8, heads: `年薪|工资|收入|薪水|薪资|月薪|底薪|人工`, tails: `涨到了|涨到|加到了|提到了|调到了|涨了不少|涨了一大截`},
	{code: noCode, tone: 1, gap: 4, heads: `升了|升为|升上|升做|升咗|提拔为|提拔成|提拔做|当上了|当上`, tails: `经理|主管|总监|店长|组长|主任|部长|副总|合伙人|领班`},
}

// role is what a marker does to the cues around it.
type role uint64

const (
	roleNeg         role = 1 << iota // negates a cue a few runes after it
	roleHypo                         // opens a condition for the rest of the sentence
	roleHypoAfter                    // makes the clause before it a condition (的话)
	roleThen                         // the consequence of a condition (就, I'll)
	roleSpec                         // fear or likelihood
	roleFuture                       // the future
	rolePast                         // a finished past
	roleStill                        // a state that goes on (还没, still)
	roleReal                         // a statement of fact (已经, 其实) ends a condition
	roleHearsay                      // someone else's story
	roleNow                          // the borrower's present (最近, 这个月)
	roleQuestion                     // a question (吗, how)
	roleConseq                       // a consequence asked about or foretold (会, will)
	roleGeneric                      // a class of people, not the borrower (的人, people who)
	roleContrast                     // 但是, but: starts a new segment
	roleThanks                       // thanks count even inside a question
	roleYesNo                        // a yes/no question (吗, 是不是)
	roleWhy                          // a reproach (为什么, 凭什么, why): its mild words still count
	roleLoss                         // money or a code already handed over (已经转了, blocked me)
	roleTarget                       // someone a borrower might sue who is not the bank (客户, tenant)
	roleSay                          // 说, says: after someone else, their words follow
	roleLoan                         // the borrower\'s loan or payment (房贷, 这期, my mortgage)
	roleFeel                         // the speaker\'s own reaction (好吓人, worried): theirs even in a story
	roleIrony                        // bare praise (Great, Brilliant.) that turns sarcastic in a complaint
	roleRoutine                      // a lawyer\'s everyday work (conveyancing, 过户): no threat
	roleImpersonate                  // 自称, claiming to be: what follows is who a caller pretends to be
	roleDefine                       // a question about what something is (区别, 一般, what is): not about doing it
	roleDisclaim                     // 先说明, just to be clear: what follows is reassurance, not news
	roleEmployer                     // a workplace (厂里, 公司, 效益): whose trouble it is depends on the borrower
	roleOwnBusiness                  // a business the borrower owns (我的店, my shop)
	roleNegSubj                      // nobody, 没有人: negates its whole clause
	roleCollateral                   // the pledged house or car (抵押的车, the flat)
	rolePassive                      // 被, by: the person after it acts on the subject
	roleSalary                       // a wage (工资, salary): income told of as pay
	roleAsk                          // 我想知道, I\'d like to know: the asker, not whose situation it is
	rolePlease                       // bare 唔该: thanks alone, please after a request (转真人客服，唔该)
	roleWillPay                      // 我又不是不还, I will pay: defiance is then no refusal to pay
	roleAskPolite                    // please, 麻烦: a request asked politely, whose bare thanks are please too
	roleStaff                        // 员工, staff: the borrower's employees, someone else only in their own clause
	roleCourt                        // 法院, the court: an authority acting on the collateral
	roleBackRef                      // 那段时间, at the time: the story looks back on a period that is over
	roleDated                        // 去年, 上次, last year: a time in the past
	roleGrace                        // pay a bit later, few days late: grace, no difficulty when asked for
	roleSteady                       // 稳定, steady: a state told as reassurance when set against a plight not the borrower's
	roleJoke                         // 开玩笑的, just kidding: what was said is taken back as a joke
	roleLaugh                        // 哈哈, lol: laughter, the joke's when a joke is taken back
	roleNotice                       // 还款提醒, payment reminder: the bank's message, whose lateness is not the borrower's
	roleHarass                       // 催收, 乱打, collectors: calls that harass, not a number given
	roleNewsAfter                    // 的新闻, in the news: what came before in the clause is a story told
	roleWhen                         // 时, 的时候: a dated past looked back on as a time
	roleMedJob                       // 当护士, as a nurse: the borrower works where the sick are
	roleHomemaker                    // 在家带孩子, stay-at-home: no income by choice, not a drop
	roleGrave                        // 解脱, 拖累: release or burden, spoken beside a death
	roleGoodWay                      // in a good way, 好的那种: the sentence's complaint words are delight
	rolePurpose                      // 免得, 以免, to avoid: the rest of its clause is what is to be avoided
	roleCreditor                     // 借给, 欠我, lent: the borrower is owed money
	roleTrade                        // 生意, 店里: the borrower's trade, whose money that will not turn over is the business's
	roleSaidThreat                   // 说要, threatened to: a threat told as words said before
	roleThirdParty                   // 航空公司, the airline: a firm other than the bank that a complaint may be against
	roleWindfall                     // bonus: good news when its amount stands right before it (a 100k bonus)
	roleTrueQ                        // 真的吗, is that true: asks whether what was said holds
	roleBelief                       // I was sure, 还以为: a belief that a turn (but) in its sentence may prove wrong
	roleTurn                         // 轮到我, my turn: someone else's plight told before has now come to the borrower
	roleGig                          // 自由职业, freelancer, 跑网约车: one paid by the job, whose work drying up is pay, not a business
)

type markerSet struct {
	role  role
	words string
}

var markerSets = []markerSet{
	// Blind rounds 106–107: a near miss someone caused (害我差点逾期, your
	// app nearly made me miss a payment) negates as 差点 does; the tone word
	// 害我差点 would otherwise hide the 差点 in it.
	{roleNeg, `害我差点|害我差一点|害得我差点|害得我差一点|害我险些|差点害我|险些害我|nearly made me|almost made me|nearly caused me to|almost caused me to`},
	// Blind rounds 100–105: the works pledged (作抵押的厂房) names the
	// collateral.
	{roleCollateral, `抵押在你们这儿的|押在你们这儿的|作抵押的|做抵押的|作为抵押的|抵押的厂房|作抵押的厂房|厂房`},
	// Blind rounds 100–105: Cantonese 上年, last year (上年失業嗰陣), is
	// dated as 去年 is; a nurse named by grade (a staff nurse in a Shanghai
	// hospital) works where the sick are; a former business partner sued
	// is the borrower's debtor; a lawyer on a house purchase does routine
	// work.
	{roleDated | roleNow, `上年|上一年`},
	{roleMedJob, `staff nurse|registered nurse|senior nurse|nurse in a|nurse in the|doctor in a|doctor in the|work as a nurse|working as a nurse|work as a doctor|working as a doctor`},
	{roleTarget, `business partner|former business partner|ex-business partner|my former partner|生意伙伴|前合伙人`},
	{roleRoutine, `house purchase|home purchase|property purchase|flat purchase|for the purchase|the paperwork for|handling the paperwork|买房的手续|买房手续`},
	// Blind rounds 92, 95–99: the start of the year looked back on as a
	// period (年初那会儿资金周转不过来) is a dated past; a kind described
	// (就是被法院查封拍卖的那种) is a class, nobody's situation.
	{roleDated, `年初|今年年初|年头|开年|年初的时候`},
	{roleGeneric, `的那种|那一种`},
	// Another lender, or the bank named only to be denied (my lawyer is
	// dealing with the other lender, not with you): a lawsuit elsewhere.
	{roleTarget, `the other lender|other lender|another lender|the lender|other lenders|the other bank|another bank|not with you|not against you|not you guys|not with your bank|not against your bank`},
	// Blind rounds 91–94: a question asked on someone's behalf in
	// Cantonese (我幫佢問吓: their words follow).
	{roleSay, `接到电话说|接到个电话说|接了个电话说|接到一个电话说|来电话说|电话里讲|一个电话说|电话打来说`},
	{roleSay, `claiming i was|claiming that i was|claiming i'm|claiming i am|claiming that i'm|claimed i was|claimed that i was|claims i'm|claims i am|claims that i'm|claims i was|claiming we were|claimed we were|
		声称我|说是我已经|硬说我|非说我|一口咬定我`},
	{roleSay, `帮佢问|帮佢问吓|帮佢问下|帮佢问问|替佢问|代佢问|帮佢哋问`},
	// A threat told as said before in Cantonese (上次話要投訴你哋), as 说要;
	// a dated past in English said with back (a few years back).
	// Blind rounds 135–140: a refusal thought of once (以前我也想过干脆不还了)
	// is told as thought before, as one said is.
	{roleSaidThreat, `想过|也想过|都想过|曾经想过|曾想过|动过念头|起过念头|谂过|都谂过|also thought about|once thought about|thought about just|had thought about|considered just`},
	{roleSaidThreat | roleSay, `话要|话过要|讲要|话会|讲过会`},
	{roleDated, `a few years back|a couple of years back|some years back|years back|a while back|a long time back`},
	// Blind rounds 87–90: a belief proved wrong in English (thinking I'd
	// missed a payment); a debt denied before defiance (我又没欠你们钱); a
	// thing no one sues (I'd sue the weather).
	{roleNeg, `thinking i'd|thinking i had|thinking that i'd|thought i had|i thought i had|convinced i'd|sure i'd`},
	{roleWillPay, `又没欠你们|我又没欠|又没有欠你们|我没欠你们|没欠你们钱|我又冇欠|冇欠你哋|i don't owe you|i owe you nothing|i don't owe you anything`},
	{roleNow, `呢半年|呢一年|呢两年|呢几年|呢年|呢几个礼拜|呢两个礼拜|呢个礼拜|呢季|呢个季度`},
	{roleTarget, `the weather|the rain|the traffic|the universe|mother nature|老天爷|老天|这天气|这鬼天气`},
	{roleNeg, `差点|差点就|差一点|差一点就|险些|没|没有|没被|没能|没再|不|不是|不太|并非|未|从未|不会|不想|不要|不用|不需要|无需|别|不打算|不准备|没打算|没想过|不至于|还不至于|还没到|还不到|倒没有|唔|冇|未曾|木有|
		not|no|never|haven't|hasn't|hadn't|didn't|don't|doesn't|isn't|aren't|wasn't|weren't|wouldn't|havent|hasnt|didnt|dont|doesnt|isnt|arent|wasnt|no longer|nothing|none|neither|nor|hardly`},
	{roleNeg | roleStill, `还没|还没有|尚未`},
	{roleSpec | roleQuestion, `会不会|是不是要`},
	{roleHypo, `我要是|我若是|我如果|我假如|我万一|如遇|若遇|比如|比如说|例如|比方说|譬如|如果|如果说|假如|假设|假使|假若|倘若|如若|若是|要是|万一|一旦|哪怕|就算|即使|即便|纵然|设想|只要|
		if|what if|even if|in case|let's say|lets say|imagine if|suppose|supposing|assuming|hypothetically|were to|whether|what happens when`},
	// Blind rounds 68–71: a purpose (免得逾期, 以免, to avoid) is a
	// condition for the rest of its own clause only (我想申请延期，免得逾期，
	// 我失业了还不上).
	{rolePurpose, `以防|以防万一|以免|免得|省得|免致|防止|避免|为了避免|为免|
		avoid|prevent|so as not to|in order not to`},
	{roleHypoAfter, `的话|情况下|的情况|这种情况|这样的情况`},
	{roleThen, `就|我就|那就|那我就|就会|就要|就去|then|i'll|i will|we'll|we will|i'm going to|i'm taking|i am taking|we're taking|i'm gonna|i'm reporting|i'm filing|i'm calling|i'll be|i'm suing|i am suing|we're suing|we are suing|im suing|i'm contacting|i'm going straight`},
	{roleSpec, `可能会|可能要|可能|也许|或许|说不定|担心|担忧|害怕|怕|恐怕|估计|预计|快要|好像要|在裁员|要裁员|准备裁员|可能裁员|裁员潮|开始裁员|
		might|may|could|afraid|worried that|worried i|worried i'll|worried i will|worried i might|afraid i'll|afraid i will|afraid i might|scared i'll|fear|possibly|probably|likely|chance|at risk|risk of`},
	{roleFuture, `将来|未来|今后|日后|往后|in the future|someday|some day`},
	{rolePast, `以前|曾经|早年|几年前|前几年|年轻时|年轻的时候|那时候|当年|used to|years ago|in the past|previously|back then`},
	{roleStill, `一直|至今|到现在|仍然|依然|还在|still|ever since`},
	{roleReal, `其实|实际上|事实上|actually|in fact`},
	{roleReal | roleNow, `已经|目前|眼下|already`},
	{roleHearsay, `听说|听人说|据说|新闻|网上说|传言|heard that|i heard|news`},
	// Possessives name the borrower's things, not who acts: someone at my
	// office, 有人在我们公司.
	{roleNow, `my|our|mine|me|us|我们公司|我们单位|我们厂|我公司|我单位|我们部门|我们小区|我们这|最近|近来|近期|现在|如今|刚|刚刚|刚才|已|这个月|本月|这月|上个月|上月|这两个月|这几个月|这段时间|这阵子|前段时间|前阵子|前几天|这几天|上周|这周|本周|昨天|今天|今年|这半年|半年来|这一年|这期|这一期|下个月|下月|
		recently|currently|right now|now|this month|last month|last week|this week|lately|these days|at the moment|this year`},
	{roleQuestion, `吗|么|呢|怎么办|怎么样|怎样|如何|怎么|能不能|可不可以|可以吗|能否|是否|有没有|是不是|什么|啥|多少|哪些|哪个|
		what|how|can|does|do|is it|are there|should|which|why`},
	{roleConseq, `会|影响|后果|will|would`},
	{roleYesNo, `吗|么|是否|能否|可不可以|能不能|有没有|是不是|可以吗`},
	// Blind rounds 123–128: Cantonese asks with 唔 between a word and itself
	// (可唔可以, 得唔得), which is no negator.
	{roleQuestion | roleYesNo, `可唔可以|得唔得|系唔系|使唔使|会唔会|能唔能|好唔好|啱唔啱`},
	// A pattern's head (这个月的) still dates the clause as 这个月 does.
	{roleNow, `这个月的`},
	{roleGeneric, `的小微企业主|的企业主|的小微企业|的中小企业|的企业|的商户|的个体户|的店主|的小老板|的生意人|的家庭|
		的人|人员|人群|群体|的客户|客户们|这类人|这种人|借款人|people who|those who|anyone who|someone who|customers who|borrowers who|people that|for people|for those|in case of`},
	{roleContrast, `但是|可是|不过|然而|但|只是|而是|however|but|though|although`},
	{roleThanks, `谢谢|谢谢你|谢谢您|感谢|非常感谢|多谢|谢啦|谢了|感激|辛苦了|麻烦你了|多谢晒|唔该晒|thank|thanks|thank you|thx|ty|appreciate|appreciated|cheers|👍|🙏|thnks|thnx|thanx|thks|tks|thankz|thanku|thank u|thnk u|thnk you|tyvm`},
	{roleNeg, `nobody|no one|no-one|不再|不愿|不愿意|绝不|坚决不|决定不`},
	// Blind rounds 108–111: a threat denied with won't (I won't sue you);
	// won't hesitate and won't think twice promise it instead.
	{roleNeg, `won't|wont`},
	{roleLoan, `房贷|月供|车贷|经营贷|消费贷|信用贷|贷款|这期|本期|这笔|这一期|mortgage|loan|installment|instalment|repayment|payment`},
	{roleWhy | roleQuestion, `so why|then why|why on earth|why the hell|why the heck|why did i get|why was i charged|why am i being|why have i been|why do you keep|why do you always|凭什么还`},
	{roleWhy | roleQuestion, `为什么|为啥|凭什么|怎么又|怎么老是|怎么总是|干嘛|干吗|why|how come`},
	// Money or a code already handed over: a scam that happened.
	{roleLoss, `被骗|被骗了|骗了我|上当了|上当受骗|钱被转走|被转走|转走了|被划走|划走了|联系不上|联系不到|不理我|不理我了|拉黑|拉黑了|把我拉黑|删了我|把我删了|跑路了|失联|失联了|报警|报了警|转了|汇了|汇过去|转过去|打过去|交了|付了|给了他|给了对方|被盗|被盗刷|盗刷|
		blocked me|blocked my number|stopped answering|not answering|won't answer|can't reach him|can't reach her|can't reach them|disappeared|vanished|took my money|money is gone|money's gone|money was taken|money was stolen|stolen|left my account|drained|emptied|called the police|contacted the police|police report|reported it to the police|i paid|i've paid|i have paid|i already paid|i sent|i've sent|i transferred|i've transferred|i wired|i gave him|i gave them|i gave her|i entered|i shared|i told him|been scammed|got scammed|was scammed|fell for|lost money|lost my money|lost my savings`},
	// Someone a borrower might take to court who is not the bank.
	{roleTarget, `的客户|欠我|欠我的|客户|那个客户|欠款人|债务人|欠我钱|老赖|租客|房客|承包商|开发商|物业|装修公司|保险公司|前夫|前妻|老板|雇主|甲方|供应商|合伙人|
		tenant|tenants|customer|client|debtor|contractor|developer|builder|landlord|insurer|insurance company|employer|my boss|supplier|ex-husband|ex-wife|her`},
	// 他说, my friend says: their words follow.
	// Blind rounds 129–134: words said to the borrower (佢成日同我讲压力好大)
	// are the speaker's before 我, the listener.
	// Blind rounds 144–149: a relative who keeps on at the borrower
	// (老念叨让我们早点还完省心, keeps saying) says; their words are theirs.
	{roleSay, `念叨|老念叨|总念叨|一直念叨|念叨着|唠叨|老唠叨|总唠叨|keeps saying|keep saying|keeps telling me|keeps telling us|keeps on at me|keeps nagging`},
	{roleSay, `同我讲|同我话|同我说|对我说|和我说|跟我讲|同我讲过|跟我讲过|对我讲`},
	{roleSay, `说|话|讲|表示|告诉我|跟我说|让我问问|让我问一下|让我帮他问|让我帮她问|让我帮忙问|让我来问|叫我问问|叫我问一下|托我问|托我问问|帮他问问|帮她问问|帮他问一下|帮她问一下|替他问|替她问|asked me to ask|wants me to ask|asked me to check|wanted me to ask|said|says|say|told me|tells me|telling me`},
	{roleYesNo | roleQuestion, `靠谱吗|靠不靠谱|是真的吗|真的假的|可信吗|可以信吗|能信吗|是不是骗子|是不是骗局|是不是真的|是真是假|真的还是假的|系咪真|系唔系真|真唔真|系咪骗|系唔系骗|系咪呃人|系唔系呃人|靠唔靠谱|靠唔靠得住|靠不靠得住|靠得住吗|可靠吗|可不可靠|信唔信得过|信得过吗|is this real|is this legit|is it legit|is that legit|is this genuine|is this a scam|is it a scam|should i trust`},
	{roleLoan, `morgage|mortage|payement|paymnet`},
	{roleNow, `呢几个月|呢两个月|呢三个月|呢几期|呢两期|呢段时间|呢阵|呢次|呢笔|呢个月|呢排|呢几日|呢期|而家|今个月|今期|this week|today|this morning|yesterday`},
	{roleFeel, `吓人|好吓人|很吓人|可怕|好可怕|担心|担忧|害怕|怕|慌|好慌|心慌|有点慌|好担心|很担心|scary|terrifying|terrified|worried|worry|scared|afraid|anxious|nervous|frightening`},
	{rolePlease, `唔该`},
	{roleIrony, `great|brilliant|perfect|wonderful|fantastic|lovely|awesome|太好了|真棒|好极了|真行|厉害|牛|好样的|漂亮`},
	{roleRoutine, `conveyancing|conveyancer|redemption statement|completion|handling the sale|handling the purchase|the purchase|probate|power of attorney|notary|公证|过户|办过户|房产过户|买房手续|遗嘱|产权登记`},
	{roleImpersonate, `自称|自称是|冒充|假冒|声称|说是|说他是|说自己是|claiming to be|claimed to be|claims to be|pretending to be|pretended to be|posing as|impersonating`},
	{roleDefine, `区别|什么区别|有什么区别|什么意思|是什么|一般|通常|哪个好|difference|what is|what's|what does|mean|means|usually|in general|typically|generally`},
	// Blind rounds 84–86: how a customer normally does it, asked for a
	// course (It's for a uni assignment, 写论文用的).
	{roleDefine, `normally|for a uni assignment|for an assignment|for my assignment|for a school project|for a class project|for my thesis|for my dissertation|for my coursework|for a uni project|写论文|写论文用|毕业论文|课程作业|做作业用|写作业用|交功课|做功课用`},
	{roleDisclaim, `先说明|先说明一下|先说清楚|说明一下|声明一下|先声明|澄清一下|just to be clear|to be clear|to clarify|for the record|just so you know`},
	{roleEmployer, `之前上班的|以前上班的|原来上班的|之前打工的|以前打工的|原来打工的|之前工作的|以前工作的|原来工作的|原来那家公司|原来的公司|原来的单位|原来那家厂|原来的厂|上班的那家|上班的厂|上班的厂子|上班的公司|上班的单位|打工的厂|打工的厂子|打工的公司|
		效益|厂里|公司|单位|老板|工厂|网点|分行|支行|办公室|我上班的|我工作的|我打工的|我上班那家|我打工那家|我上班那|我打工那|我干活的|我干活那|上班那厂|打工那厂|employer|company|firm|my work|at work|the office|our office|the branch|worked at|work at|worked for|work for|where i work|where i worked|call centre|call center|headquarters|the plant|the warehouse`},
	// Blind rounds 114–118: the firm one works for, named with us (我们公司).
	{roleEmployer, `我们公司|我们单位|我公司|我单位|我们部门`},
	// Blind rounds 129–134: a ward or a team of the borrower's workplace
	// (我们科室上个月裁了两个人) is the workplace.
	{roleEmployer, `我们科室|我们组|我们项目组|我们团队|我们这个部门|我们这组`},
	// Blind rounds 129–134: lent to someone (老李借了我两万块…到现在还没还):
	// the borrower is owed.
	{roleCreditor, `借了我|借咗我|借走了我|借走我`},
	// Blind rounds 144–149: one paid by the job (a freelancer, a ride-hail
	// driver, a hand on a building site, not its contractor), whose
	// clients or orders drying up are their pay falling, not a business
	// failing.
	{roleGig, `自由职业|自由职业者|做自由职业|搞自由职业|跑网约车|开网约车|跑滴滴|开滴滴|跑出租|开出租|开的士|揸的士|跑外卖|送外卖|跑快递|送快递|打零工|做零工|打散工|做散工|在工地干活|在工地打工|工地打工|工地干活|工地上干活|在工地上班|地盘开工|接私活|
		freelance|freelancer|freelancing|gig work|gig worker|ride-hailing|ride-hail|grab driver|uber driver|delivery rider|food delivery|taxi driver|cab driver|odd jobs|work on a building site|labourer on a building site`},
	{roleOwnBusiness, `family business|our family business|the family business|家里的生意|家族生意|屋企盘生意|我的店|我开的|我们店|自己的店|自己开|我的公司|我的厂|自己的公司|我家的店|my shop|my business|my restaurant|my company|our shop|our business|our restaurant|my store|our store|my factory|our factory`},
	{roleNegSubj, `没有人|没人|谁也没|谁都没|家里没人|我们家没人|无人|nobody|no one|none of us|neither of us|no-one`},
	{roleCollateral, `抵押在你们这里的|抵押在你们这的|抵押在你们那里的|抵押在你们那的|抵押在你们行的|抵押在你们银行的|抵押在贵行的|抵押在银行的|
		抵押给你们的|抵押给银行的|抵押给你们|抵押给银行|押给你们|押给银行|抵押的那辆车|抵押的那套房|抵押的那套|抵押的那间|pledged|抵押的车|抵押车|抵押的房子|抵押的房|抵押房|抵押物|抵押的店面|抵押的铺面|房子|车子|我的车|the car|my car|the house|our house|my house|the flat|my flat|the property|mortgaged|collateral`},
	{rolePassive, `被|俾|畀|遭|by`},
	{roleSalary, `工资|薪水|薪资|月薪|底薪|工钱|薪酬|奖金|提成|绩效|年终奖|人工|份粮|salary|wage|wages|pay|paycheck|bonus|commission|overtime|hours|shifts`},
	{roleWillPay, `是想还|想还的|我想还|会想办法还|想办法还|不是不还|又不是不还|不是不想还|并不是不还|又不是不想还|没说不还|没有说不还|我会还的|会还的|一定会还|肯定会还|会还上的|会还清的|不是赖账|不是要赖|不会赖账|唔系唔还|唔系唔想还|
		i will pay|i'll pay|i'm not refusing|not refusing to pay|i want to pay|i intend to pay|i'll pay it back|i will pay it back|not trying to avoid paying|not going to default|i'm going to pay|i am going to pay`},
	{roleAskPolite, `唔该|please|pls|plz|kindly|麻烦你|麻烦您|麻烦帮|麻烦帮我|劳驾|烦请`},
	// Blind rounds 76–81: 请帮我 asks politely as 麻烦帮我 does.
	// Blind rounds 92, 95–99: begged in chat (求算一下🙏) asks politely.
	{roleAskPolite, `求算|求算一下|求帮忙|求帮算|求帮我|求帮帮忙|求问|求解答|求指点|求教|求大神`},
	{roleAskPolite, `请帮我|请帮忙|请你帮我|请您帮我|请你们帮我|请帮我们`},
	// Another's question passed on: 帮朋友问的, asking for a friend.
	{roleSay, `帮朋友问|替朋友问|帮朋友问问|帮朋友咨询|替朋友咨询|帮亲戚问|替亲戚问|帮同事问|替同事问|朋友托我问|朋友让我问|帮我朋友问|替我朋友问|asking for a friend|asking on behalf of|on behalf of a friend|on behalf of my friend|for a friend of mine`},
	// Blind rounds 68–71: a consequence said with its own verb (if nobody
	// calls me back I'm posting the whole story on social media).
	{roleThen, `i'm getting a lawyer involved|i'm getting lawyers involved|i'm getting a lawyer|i'm bringing in a lawyer|i'm involving a lawyer|i'm involving my lawyer|i'm lawyering up`},
	{roleThen, `i'm posting|i'll post|i'm putting|i'll put|i'm sharing|i'll share|i'm writing|i'll write|i'm leaving|i'll leave|i'm telling|i'll tell`},
	{roleThen, `i'm going to the media|i'm going to the press|i'm going to the papers|i'm going to the newspapers|i'll go to the media|i'll go to the press|i will go to the media|we're going to the media|i'm taking this to the media|i'll take this to the media|i'm taking it to the media`},
	{roleStaff, `工人|员工|工人们|员工们|手下|staff|workers|employees`},
	{roleAsk, `我想知道|我想问|我想问问|想问一下|想了解|我想了解|想请教|我想请教|i want to know|i'd like to know|i wonder|i was wondering|i'd like to ask|i want to ask`},
	// Blind rounds 22–29 markers.
	{roleCourt, `法院|法庭|法官|执行局|court|the court|bailiff|bailiffs|被法院查封|俾法院查封|畀法院查封|被法院拍卖|俾法院拍卖|畀法院拍卖|法院查封咗|法院查封了|法院拍卖咗|法院拍卖了|被法院冻结|被法院冻结了|法院封了|被法院封了|被法院扣押|法院扣押|court seized|the court seized|court has seized`},
	// Blind rounds 129–134: at that time (头几年…那时候刚结婚，日子过得紧巴巴的)
	// looks back on a period as 那段时间 does; the channels asked after
	// (投诉渠道有哪些) ask what there is, not to do it.
	{roleBackRef, `那时候|那个时候`},
	// Blind rounds 135–140: those years (剛結婚那幾年手頭比較緊) look back on
	// a period as 那段时间 does.
	// The borrower not on a list of the laid off (名单出来了，没有我): denied
	// for themselves.
	{roleNeg, `没有我|冇我|名单上没有我|名单里没有我|名单没有我|not on the list|wasn't on the list|i'm not on the list|my name wasn't on it|my name's not on it`},
	{roleBackRef | roleDated, `那几年|那些年|那两年|那几年里|那几年间|𠮶几年|those years|in those years|back in those days`},
	{roleDefine, `渠道|途径|what channels|which channels|what are the channels`},
	{roleBackRef, `那段时间|那阵子|那段日子|那几个月|那一阵|那会儿|那阵|𠮶排|𠮶阵|𠮶段时间|during that time|at that time|at the time|during that period`},
	{roleDated | roleNow, `去年|旧年|last year`},
	{roleDated, `前年|上次|上回|之前|几年前|前几年|the year before last|a few years ago|two years ago`},
	{roleFeel, `失望|好失望|太失望|很失望|让人失望|太让人失望|令人失望|disappointed|disappointing`},
	{roleLoss | roleSay, `讲咗|报咗`},
	// Blind rounds 135–140: card or bank details typed in on a stranger's
	// link (clicked the link and typed in my card details) are handed over.
	{roleLoss, `typed in my card details|typed my card details|entered my card details|put in my card details|filled in my card details|typed in my card number|entered my card number|typed in my bank details|entered my bank details|typed in my details|entered my details|filled in my details|filled in my bank details|
		填了卡号|填了银行卡|输了卡号|输入了卡号|填了银行卡号|输了密码|输入了密码|填了密码|输了验证码|输入了验证码|填了验证码|入咗卡号|入咗密码|填咗卡号`},
	{roleLoss, `畀咗佢|俾咗佢|告诉了他|告诉了对方|已经告诉他|i gave it|i read it out|i gave him the code|i gave them the code|i told them the code|i already gave`},
	// Blind rounds 135–140: the home said pledged with the bank without 的
	// (房子抵押在你们这，…) or with Cantonese 咗 (抵押咗俾你哋).
	{roleCollateral, `抵押在你们这|抵押在你们这里|抵押在你们这儿|押在你们这|抵押给你们了|抵押咗俾你|抵押咗畀你|抵押咗喺你|抵押咗给你`},
	{roleCollateral, `层楼|𠮶层楼|间屋|间铺|间舖|铺位|舖位|铺头|舖头|抵押俾你|抵押畀你|抵押嘅`},
	{roleNow, `楼上个月|楼上周|楼上次`},
	// Blind rounds 34–35: paying late asked for (can I pay a bit later?) is
	// grace asked, no difficulty by itself, as 能不能缓一缓 is not.
	{roleGrace, `pay late|paying late|pay a bit later|pay a little later|pay it late|be a bit late|be a little late|be late this month|be late paying|need more time to pay|need a few more days|need a few extra days|delay my payment|delay this month's|defer this month's|
		a week late|few days late|couple of days late|couple days late|days late this month|week late this month|a bit late|a little late|late|delayed`},
	// Blind rounds 30–33 markers: what a text or a call says is its words.
	{roleSay, `短信说|短信上说|短信里说|短讯说|信息说|消息说|来电说|电话里说|text saying|a text saying|texts saying|message saying|a message saying|email saying|an email saying|a call saying|sms saying|a text says|a text said|a message says|a message said|an sms says|an email says|an email said`},
	{roleSay, `got a call saying|got a phone call saying|received a call saying|received a phone call saying`},
	{roleSay, `短讯话|短信话|信息话|讯息话|短讯讲|短信讲`},
	// Blind rounds 36–41: a near miss or a belief that proved wrong (还以为要逾期了,
	// I nearly missed) negates; a debtor sued by pronoun (起诉他) is not the bank.
	{roleNeg, `还以为|本来以为|原以为|原本以为|我还以为|以为|仲以为|我仲以为|i thought i'd|thought i would|thought i was going to`},
	{roleTarget, `他|她|佢|him`},
	{roleLoss, `money's missing|money is missing|missing from my account|missing from my bank|gone from my account|钱冇晒|啲钱冇晒|钱不见了|钱没了|钱全没了|户口啲钱冇晒|冇晒`},
	// Blind rounds 46–48: delight is the speaker's even after hearsay
	// (聽朋友講LPR又減咗，好開心); a near miss at one's business
	// (生意差点撑不下去).
	{roleFeel, `好开心|挺开心|挺高兴|挺高兴的|好高兴|很高兴|太开心了|so happy|really happy|delighted`},
	{roleFeel, `真开心|真高兴|真是开心|开心极了|高兴极了|thankfully|thank god|thank goodness`},
	// Blind rounds 108–111: delight said with 的 or of one's heart
	// (心里挺开心的) after news heard is the speaker's too.
	{roleFeel, `挺开心的|很开心的|好开心的|蛮开心|蛮开心的|很开心|心里挺开心|心里很开心|心里好开心|心里挺高兴|心里很高兴|心里美滋滋|挺高兴|好高兴的|很高兴的`},
	{roleSteady, `稳定|很稳|稳稳的|stable|steady`},
	// Blind rounds 108–111: still comfortable (趁现在还宽裕) is a state, as
	// steady is: reassurance or background where steady is.
	{roleSteady, `宽裕|手头宽裕|还宽裕|还算宽裕|挺宽裕|很宽裕`},
	// Blind rounds 144–149: a plight or a threat taken back as misremembered
	// or misspoken (上次说收入下降是我记错了, I got that wrong) is retracted,
	// as one taken back as a joke is.
	{roleJoke, `我记错了|是我记错了|记错了|我搞错了|是我搞错了|我说错了|是我说错了|我说错话了|i misremembered|i misspoke|i was mistaken|i got that wrong|i got it wrong`},
	{roleJoke, `开玩笑的|开个玩笑|开玩笑而已|开玩笑啦|开下玩笑|说笑的|说笑而已|讲笑咋|讲笑啫|讲下笑|just kidding|only kidding|i'm kidding|i'm joking|only joking|just joking|jk`},
	{roleLaugh, `哈哈|哈哈哈|嘻嘻|嘿嘿|lol|haha|hahaha|lmao`},
	{roleNotice, `还款提醒|还款通知|扣款提醒|扣款通知|还款短信|提醒短信|短信提醒|还款提醒短信|
		payment reminder|payment reminders|payment notice|payment notification|payment notifications|payment alert|payment alerts|payment text|payment sms|payment email|repayment reminder|repayment reminders|reminder text|reminder email|the reminder|your reminder`},
	{roleHarass, `催收|催收员|催债|追债|乱打|狂打|天天打|打爆|爆通讯录|骚扰|harass|harassing|harassment|collectors|debt collectors|collection calls|keep calling|keeps calling`},
	{roleNeg, `生意差点|生意差一点|生意险些`},
	// Blind rounds 119–120: a near miss in Cantonese (差啲执笠), one that
	// reaches over 连…都 (差点连房贷都缴不出来), and a complaint or a suit
	// nearly made (I nearly complained to the regulator).
	{roleNeg, `差啲|差少少|差一啲|差点连|差一点连|险些连|差啲连|nearly complained|almost complained|nearly reported|almost reported|nearly sued|almost sued|nearly took you to court|almost took you to court|nearly went to the regulator|almost went to the regulator`},
	// Blind rounds 112–116: a business's near miss in English (my café
	// nearly went under) negates as 生意差点 does; nearly alone does not
	// (nearly three months overdue).
	{roleNeg, `nearly went under|almost went under|nearly went bust|almost went bust|nearly went out of business|almost went out of business|nearly folded|almost folded|nearly closed down|almost closed down|nearly shut down|almost shut down|nearly had to close|almost had to close|nearly had to shut|almost had to shut`},
	// Blind rounds 49–54: an escalation given up or never meant
	// (懶得投訴, 本来都想投诉了，结果…); a dated past two or three years back
	// (前两年公司倒闭那阵); a scam suffered long ago (我爸之前被…骗过).
	{roleNeg, `懒得|懒得去|懒得再|懒的|本来想|本来都想|本来还想|本来打算|本来都打算|本来准备|本来都准备|本来要|本来都要|原本想|原本打算|原本准备|原来想|本想|本打算|
		can't be bothered|cant be bothered|couldn't be bothered|won't bother|not going to bother|was going to|was about to`},
	{roleDated, `前两年|前三年|两年前|三年前|前些年|头几年|a couple of years ago|two or three years ago`},
	{rolePast, `骗过|被骗过|上过当|受骗过|呃过|俾人呃过|畀人呃过|been scammed before|was scammed before|got scammed before|was scammed once|scammed years ago`},
	// Blind rounds 52, 55–59: a scam or a plight seen in the news
	// (我妈在电视上看到有人冒充银行…的新闻); a dated past looked back on as a
	// time (上次住院时, 舊年入院嗰陣); the borrower's own work at a hospital
	// (working as a nurse at the same hospital); a spouse at home by choice
	// (爱人在家带孩子，没有收入); release or burden beside a death spoken softly.
	{roleHearsay, `电视上看到|在电视上看到|新闻上看到|新闻里看到|网上看到|在网上看到|刷到新闻|看到新闻|看新闻|看到报道|saw on the news|saw it on the news|saw a news story|saw a news report`},
	// Blind rounds 144–149: a line quoted from a show or a film («不想活了»
	// 是那部剧里的台词, it's a line from a show) is the character's words.
	{roleNewsAfter, showLine},
	{roleNewsAfter, `的新闻|的报道|的新闻报道|这种新闻|这类新闻|这样的新闻|的帖子|的案例|in the news|on the news`},
	{roleWhen, `时|的时候|当时|期间|那次|那一次|𠮶次|𠮶阵时`},
	// Blind rounds 135–140: working at a hospital said plainly (我在医院上班).
	// Blind rounds 144–149: shifts worked at a hospital (I work night
	// shifts at the hospital, 在医院上夜班) are a job there.
	{roleMedJob, `shifts at the hospital|shifts at a hospital|shift at the hospital|shift at a hospital|night shifts at|在医院上夜班|在医院值夜班|在医院轮班|喺医院返夜更|喺医院返更`},
	{roleMedJob, `在医院上班|在医院工作|在医院打工|在医院做事|喺医院返工|喺医院做嘢|work at a hospital|work at the hospital|working at a hospital|working at the hospital`},
	{roleMedJob, `as a nurse|as a doctor|as a porter|as a paramedic|as a midwife|as a pharmacist|as a radiographer|as a physiotherapist|as a care assistant|as a healthcare assistant|i'm a nurse|i am a nurse|i'm a doctor|i am a doctor|nurse at|porter at|当护士|做护士|是护士|当医生|做医生|是医生|当护工|做护工|是护工|做护理|当护理`},
	// Blind rounds 92, 95–99: quitting to raise a child (老婆辞职在家带娃)
	// is staying at home by choice, no job lost (the income it costs the
	// household may still be an income drop).
	{roleHomemaker, `辞职在家带娃|辞职在家带孩子|辞职在家带小孩|辞职在家照顾孩子|辞职在家照顾小孩|辞职带娃|辞职带孩子|辞职回家带娃|辞职回家带孩子|辞职照顾孩子|辞职做全职妈妈|辞职当全职妈妈|辞职做全职太太|辞职当全职太太|
		quit her job to look after|quit her job to stay home|quit his job to look after|quit his job to stay home|quit to look after the baby|quit to stay home with`},
	{roleHomemaker, `在家带孩子|在家带娃|在家带小孩|全职带娃|全职带孩子|全职妈妈|全职太太|全职主妇|家庭主妇|全职在家|在家照顾孩子|在家照顾小孩|在家做家务|喺屋企凑仔|凑仔|
		stay-at-home|stays at home with|stay at home with|stays home with|stay home with|homemaker|housewife|full-time mum|full-time mom|full time mum|full time mom|at home with the kids|at home looking after the kids`},
	{roleGrave, `解脱|一种解脱|也算解脱|就解脱了|拖累|拖累家里|拖累家人|累赘|后事|遗书|a burden|burden on|a relief for everyone|free of me`},
	{roleSteady, `还行|还不错|都挺好|身体都挺好|身体挺好|身体都很好|身体很好|身体都健康|身体健康|身体还不错|身体都还不错|身体也挺好|身体也很好`},
	{roleFeel, `好消息|真是个好消息|太好了|great news|good news|what great news|in a good way`},
	// Blind rounds 68–71: a feeling for someone else (替他发愁, it scares
	// me to watch) is the speaker's own.
	{roleFeel, feelFor},
	{roleGoodWay, `in a good way|in the best way|好的那种|好的方面`},
	{roleSteady, steadySince},
	{roleGrace, payLate},
	{roleGrace, `give me some more time|give me more time|give me a bit more time|give me a little more time|give me a few more days|give me some time to pay|迟啲先还|迟啲先供|迟啲先交|迟啲至还|晚点再还|晚点还|晚些还|晚一点还`},
	{roleCreditor, `借给|借了给|借出去|借出去的|借给了|欠我|欠我的|欠我钱|欠我们|欠我们的|借俾|借咗俾|借畀|借咗畀|lent|loaned|owes me|owe me|owes us|owe us`},
	{roleTrade, `生意|盘生意|做生意|生意上|店|店里|店铺|门店|铺头|舖头|间铺|间舖|档口|进货|货款|the business|the shop|the store`},
	{roleLoss, `过咗|过咗数|过了数|转咗钱|转咗数|入咗数|汇咗|汇咗钱|打咗钱|俾咗钱|畀咗钱|俾咗|畀咗|俾咗个|畀咗个|已经将|把验证码给了|验证码给了|给了验证码|转给他|转给了他|转给她|转给了她|转给对方|转给了对方|打给他|打给了他`},
	{roleTarget, `住客|租户|承租人|lodger|lodgers`},
	{roleTarget, `几个客户|大客户|下游|经销商|代理商|买家|客人|顾客|customers|clients`},
	// Blind rounds 60–67: a negator after 也 or 都 (也不会赖账, 都没有逾期)
	// is one, though 也不会 also ends a pattern (一分钱也不会还).
	{roleNeg, `也不会|都不会|都没有|也不想|都不想|也不再|都不再|从来没有|从来不|从没`},
	// (Rounds 91–94: 也没有 and 都冇, tails of 连个…都没有, negate too.)
	{roleNeg, `也没有|都冇`},
	// Back in 2020: a dated past.
	{roleDated, `back in`},
	// Blind rounds 72–75: a dated past looked back on as a time in English
	// (Back in 2021… while I was between jobs); a threat told as said before
	// (上次说要找律师, last year I threatened to go to the regulator); an
	// escalation given up (I came in ready to complain); a firm other than
	// the bank (航空公司, the airline) that a complaint is against.
	{roleWhen, `while i was|when i was|while we were|when we were|back when`},
	// The speaker's own fright after a story heard (看新闻说…，吓我一跳) is
	// theirs; so is a code already read out to a caller (我已经唸了).
	{roleFeel, `吓了一跳|吓我一跳|吓死我了|吓了我一跳|吓一跳|吓坏了|吓坏我了|吓得我|发毛|有点发毛|心里发毛|
		gave me a fright|gave me a scare|freaked me out|spooked me|gave me chills`},
	// Blind rounds 108–111: a start at what one heard or saw (聽到都嚇一跳,
	// 看了都吓一跳) is the speaker's, though a bare 吓一跳 in a story of
	// one's own past (去年查征信…吓一跳，后来…) was then.
	{roleFeel, `都吓一跳|都吓了一跳|听到吓一跳|听了吓一跳|看到吓一跳|看了吓一跳|听得吓一跳|都吓咗一跳`},
	// Blind rounds 84–86: a lingering fright, a start (心有余悸, 心里一紧,
	// I panicked a bit) is the speaker's.
	// Someone else's plight and then the borrower's turn (我弟弟前年也被裁过…
	// 这次轮到我): the plight is now theirs too.
	{roleTurn, `轮到我|轮到我了|这次轮到我|这回轮到我|现在轮到我|今次轮到我|轮到我哋|这次是我|这回是我|今次系我|
		it's my turn|now it's my turn|this time it's me|now it's me|now it's happened to me|it's happened to me too|now it's happened to us`},
	// Blind rounds 92, 95–99: fright at what one saw (看得我心里直发毛,
	// 吓得我赶紧来问, it really shook me) is the speaker's.
	{roleFeel, `看得我心里直发毛|心里直发毛|直发毛|看得我发毛|看得我心里发毛|看得我心里发慌|把我吓得|吓得我赶紧|shook me|really shook me|shook me up|left me shaken|rattled me|really rattled me`},
	{roleFeel, `气死我了|把我气死了|气死我|还心有余悸|心里一紧|心头一紧|心一紧|i panicked|panicked a bit|got a bit panicky|a bit panicky`},
	// A bonus with its amount (Got a 100k bonus this year!), as 万的奖金.
	{roleWindfall, `bonus`},
	// Blind rounds 92, 95–99: a bonus or a dividend with its amount after
	// it (年終獎金領了十二萬, 股票分红，一共十五万).
	{roleWindfall, `年终奖|年终奖金|奖金|分红|股票分红|花红|dividend|dividends`},
	// Whether what someone said holds (律师朋友说…，真的吗).
	{roleTrueQ, `真的吗|是真的吗|是吗|对吗|对不对|是不是真的|真的假的|是不是这样|系咪真|系唔系真|系咪咁|真唔真|
		is that true|is that right|is it true|is this true|is that correct|is he right|is she right|are they right`},
	{roleLoss | roleNow, `已经念了|已经读了|已经报了|已经念咗|已经读咗|已经报咗|已经讲咗|已经给他了|已经发给他了|已经告诉他了|i read it to him|i read it to her|i read it to them|i already read`},
	{roleHypo | roleSay, `说要是`},
	{roleSay, `说是`},
	{roleSaidThreat | roleSay, `说要|说过要|讲过要|话过要|扬言要|扬言|威胁说|
		threatened to|i threatened|had threatened|threatened`},
	// Blind rounds 112–116: a threat in the pluperfect (I'd threatened to go
	// to the regulator) was said before, as a dated one is.
	{rolePast | roleSaidThreat | roleSay, `i'd threatened to|i had threatened to|i'd threatened|i had threatened|we'd threatened to|we had threatened to|i'd already threatened to|i had already threatened to`},
	{roleNeg, `came in ready to|came here ready to|i was ready to|was ready to|was all set to|had been ready to|was fully ready to|was on the verge of`},
	{roleThirdParty, `航空公司|airline|airlines|the airline|快递公司|快递|商家|卖家|网店|电商|淘宝|京东|拼多多|物业|物业公司|开发商|房东|装修公司|保险公司|运营商|电信|移动公司|联通|健身房|培训机构|4s店|酒店|旅行社|
		courier|the seller|the retailer|the shop|the store|my landlord|the landlord|the developer|the builder|insurer|insurance company|phone company|telecom|the gym|travel agent|the hotel`},
	// Blind rounds 76–81: a denial that one means to dodge the debt
	// (我可不是要赖账) negates the word it shares; a belief that proved
	// wrong (I was sure it was a scam, but…) is no plight when the sentence
	// turns on it.
	{roleNeg, `不是要赖|不是赖账|又不是要赖`},
	// The speaker's own feeling at someone else's story (聽到都有啲驚, 看了
	// 很难受, 好可怜, sad to see, 家里人都很开心) is theirs, as 好吓人 is.
	{roleFeel, `有啲惊|都有啲惊|有点惊|好惊|都好惊|惊死|惊死我|吓死我|吓死|难受|很难受|好难受|心里难受|看了很难受|看着难受|听了难受|难过|很难过|好难过|伤心|心疼|可怜|好可怜|真可怜|太可怜|挺可怜|
		很开心|非常开心|超开心|
		sad|so sad|really sad|sad to see|sad to hear|heartbreaking|heartbroken`},
	// Blind rounds 112–116: heartache and dread at someone else's story.
	{roleFeel, feltForOthers},
	{roleLaugh, `笑死|笑死我了|笑死了|rofl`},
	{roleBelief, `i was sure|i was so sure|i was convinced|i was so convinced|i was certain|i'd assumed|i had assumed|i assumed|i thought it was|i thought this was|i thought that was|i'd thought|i had thought|
		还以为|本来以为|原以为|原本以为|我还以为|以为|仲以为|我仲以为`},
}

type subjectWords struct {
	subj  subject
	words string
}

var subjectSets = []subjectWords{
	// Blind rounds 135–140: a show's characters (電視劇入面個主角走佬唔還錢)
	// are someone else.
	{subjOther, `主角|男主|女主|男主角|女主角|主人公|剧中人|剧里的人|配角|反派|the main character|the protagonist|the hero|the heroine|a character in`},
	// Blind rounds 135–140: an offer that came by a chat app or a message
	// (Got a WhatsApp msg saying…, a 'loan officer' on WhatsApp told me,
	// 微信上有人说) is a stranger's, whoever it claims to be.
	{subjStranger, `msg saying|a msg saying|msg says|msg said|a whatsapp|whatsapp msg|whatsapp message|a whatsapp message|on whatsapp|via whatsapp|over whatsapp|on telegram|via telegram|on wechat|via wechat|a wechat message|
		微信上有人|微信上一个人|微信里有人|有人微信加我|有个人微信加我|有人加了我微信|有人用微信加我|有人加我微信|有个人加我微信|加我微信的人|私信我的人|有人私信我|有人私聊我|whatsapp上有人|whatsapp有人|有人whatsapp我`},
	// Blind rounds 112–116: one's own judgement of another's story (my
	// neighbour's house got repossessed and it's honestly unsettling) is
	// the speaker's, in the other's clause too.
	{subjSelf, itsUnsettling},
	// Blind rounds 106–107: parents or a family cared for (回老家照顾父母,
	// look after my parents) are named as an object, the carer is the
	// borrower, as 照顧她 is.
	{subjSelf, `照顾父母|照顾爸妈|照顾我爸妈|照顾我父母|照顾老人|照顾老人家|照顾家人|照顾家里人|照顾老爸|照顾老妈|照顾我爸|照顾我妈|照顾母亲|照顾父亲|照顾老母亲|照顾老父亲|照顾双亲|照料父母|照看父母|陪父母|陪爸妈|陪伴父母|
		look after my parents|looking after my parents|take care of my parents|taking care of my parents|care for my parents|caring for my parents|look after my mum|look after my mom|look after my dad|take care of my mum|take care of my mom|take care of my dad|caring for my mother|caring for my father`},
	// Blind rounds 100–105: the landlord who says what he will do (房东说
	// 明年要把房子卖了; a landlord who only raised the rent leaves the shop
	// the borrower's) and a works next door named by its measure word
	// (隔壁那間工廠) are someone else.
	{subjOther, `房东说|房东讲|房东话|房东跟我说|房东通知|my landlord said|the landlord said|my landlord says|the landlord says|landlord told us|landlord told me|隔壁那间|隔壁那个|隔壁间|隔壁工厂|隔壁的工厂|隔壁那座|隔壁𠮶间`},
	// Blind rounds 92, 95–99: a neighbour named by surname and title
	// (隔壁王叔, 楼下李姨), as 老王 and 小李 are: someone else.
	{subjOther, `李叔|张叔|王叔|刘叔|陈叔|赵叔|周叔|吴叔|杨叔|黄叔|孙叔|林叔|徐叔|胡叔|郭叔|何叔|罗叔|郑叔|梁叔|谢叔|宋叔|唐叔|许叔|邓叔|冯叔|韩叔|曹叔|彭叔|曾叔|蔡叔|潘叔|田叔|董叔|袁叔|余叔|叶叔|蒋叔|杜叔|苏叔|魏叔|程叔|吕叔|丁叔|沈叔|任叔|姚叔|卢叔|傅叔|钟叔|姜叔|崔叔|谭叔|陆叔|汪叔|廖叔|韦叔|贾叔|夏叔|邹叔|熊叔|孟叔|秦叔|邱叔|侯叔|尹叔|薛叔|段叔|雷叔|史叔|陶叔|贺叔|郝叔|龚叔|邵叔|武叔|严叔|莫叔|孔叔|李姨|张姨|王姨|刘姨|陈姨|赵姨|周姨|吴姨|杨姨|黄姨|孙姨|林姨|徐姨|胡姨|郭姨|何姨|罗姨|郑姨|梁姨|谢姨|宋姨|唐姨|许姨|邓姨|冯姨|韩姨|曹姨|彭姨|曾姨|蔡姨|潘姨|田姨|董姨|袁姨|余姨|叶姨|蒋姨|杜姨|苏姨|魏姨|程姨|吕姨|丁姨|沈姨|任姨|姚姨|卢姨|傅姨|钟姨|姜姨|崔姨|谭姨|陆姨|汪姨|廖姨|韦姨|贾姨|夏姨|邹姨|熊姨|孟姨|秦姨|邱姨|侯姨|尹姨|薛姨|段姨|雷姨|史姨|陶姨|贺姨|郝姨|龚姨|邵姨|武姨|严姨|莫姨|孔姨|李伯|张伯|王伯|刘伯|陈伯|赵伯|周伯|吴伯|杨伯|黄伯|孙伯|林伯|徐伯|胡伯|郭伯|何伯|罗伯|郑伯|梁伯|谢伯|宋伯|唐伯|许伯|邓伯|冯伯|韩伯|曹伯|彭伯|曾伯|蔡伯|潘伯|田伯|董伯|袁伯|余伯|叶伯|蒋伯|杜伯|苏伯|魏伯|程伯|吕伯|丁伯|沈伯|任伯|姚伯|卢伯|傅伯|钟伯|姜伯|崔伯|谭伯|陆伯|汪伯|廖伯|韦伯|贾伯|夏伯|邹伯|熊伯|孟伯|秦伯|邱伯|侯伯|尹伯|薛伯|段伯|雷伯|史伯|陶伯|贺伯|郝伯|龚伯|邵伯|武伯|严伯|莫伯|孔伯|李婶|张婶|王婶|刘婶|陈婶|赵婶|周婶|吴婶|杨婶|黄婶|孙婶|林婶|徐婶|胡婶|郭婶|何婶|罗婶|郑婶|梁婶|谢婶|宋婶|唐婶|许婶|邓婶|冯婶|韩婶|曹婶|彭婶|曾婶|蔡婶|潘婶|田婶|董婶|袁婶|余婶|叶婶|蒋婶|杜婶|苏婶|魏婶|程婶|吕婶|丁婶|沈婶|任婶|姚婶|卢婶|傅婶|钟婶|姜婶|崔婶|谭婶|陆婶|汪婶|廖婶|韦婶|贾婶|夏婶|邹婶|熊婶|孟婶|秦婶|邱婶|侯婶|尹婶|薛婶|段婶|雷婶|史婶|陶婶|贺婶|郝婶|龚婶|邵婶|武婶|严婶|莫婶|孔婶`},
	// Blind rounds 91–94: someone who claims to be the bank (有个自称你们
	// 信贷员的) is a stranger: what they say is the bait, not the speaker's.
	// Blind rounds 92, 95–99: what a caller claims (called my office
	// claiming I was 30 days overdue) is their words, disputed.
	// A call that says something (刚接到电话说我贷款逾期要上征信) is its
	// words, as a text saying so is.
	{subjStranger, `接到电话说|接到个电话说|接了个电话说|接到一个电话说|来电话说|电话里讲|一个电话说|电话打来说`},
	{subjStranger, `claiming i was|claiming that i was|claiming i'm|claiming i am|claiming that i'm|claimed i was|claimed that i was|claims i'm|claims i am|claims that i'm|claims i was|claiming we were|claimed we were|
		声称我|说是我已经|硬说我|非说我|一口咬定我`},
	{subjStranger, `自称银行|自称是银行|自称你们|自称是你们|自称客服|自称是客服|自称工作人员|自称是工作人员|冒充银行|冒充你们|冒充客服|假客服`},
	// Blind rounds 91–94: the flat or household next door named by its
	// block or door (隔壁单元那户); a question asked on someone's behalf in
	// Cantonese (我幫佢問吓) is theirs, as 帮朋友问 is.
	{subjOther, `隔壁单元|隔壁栋|隔壁楼|对面楼|隔壁那户|对面那户|那户|那户人家|那一户|别人家|𠮶户|𠮶户人|
		帮佢问|帮佢问吓|帮佢问下|帮佢问问|替佢问|代佢问|帮佢哋问`},
	// Blind rounds 114–118: households counted (我们小区有几户的房子被拍卖了)
	// are other people, whatever 我们 named before.
	{subjOther, `有几户|有好几户|好几户|几户人家|有户人家|有一户|有两户|有三户|不少住户|好多住户|几个业主|好几个业主|有几个业主|some households|a few households|several households|a few homeowners|some homeowners|several homeowners`},
	{subjSelf, `家里收入|家庭收入|我|我们|俺|俺们|咱|咱们|本人|自己|我自己|我家|我们家|家里|家中|我哋|
		i|i'm|i've|i'd|myself|we|we're|we've`},
	{subjSpouse, `老公|老婆|爱人|丈夫|妻子|媳妇|媳妇儿|老伴|太太|我先生|男朋友|女朋友|男友|女友|另一半|孩子他爸|孩子他妈|孩子爸|孩子妈|内人|
		wife|husband|partner|spouse|fiance|fiancee|boyfriend|girlfriend|hubby`},
	{subjFamily, `爸|妈|爸爸|妈妈|父亲|母亲|父母|老爸|老妈|爹|娘|儿子|女儿|孩子|小孩|宝宝|儿女|子女|哥哥|弟弟|姐姐|妹妹|兄弟|姐妹|家人|家里人|亲人|老人|老人家|公公|婆婆|岳父|岳母|丈母娘|老丈人|爷爷|奶奶|外公|外婆|姥姥|姥爷|老母亲|老父亲|公婆|双亲|
		mother|father|mom|mum|dad|parents|parent|son|daughter|child|children|kid|kids|baby|brother|sister|family|grandmother|grandfather|grandma|grandpa|mother-in-law|father-in-law|in-laws|grandparents`},
	{subjOther, `同事|朋友|好友|哥们|工人|员工|工人们|员工们|手下|闺蜜|同学|邻居|别人|他人|旁人|有些人|很多人|好多人|不少人|人家|亲戚|表哥|表姐|表弟|表妹|堂哥|堂姐|老乡|网友|
		colleague|colleagues|coworker|coworkers|co-worker|friend|friends|neighbor|neighbour|neighbors|neighbours|people|others|classmate|cousin|relative|relatives|acquaintance|business partner|
		buddy|buddies|pal|pals`},
	// Blind rounds 114–118: a superior named with the team (被裁的是我们组长)
	// is someone else.
	{subjOther, `我们组长|我们主管|我们经理|我们领导|我们主任|我们部长|我们总监|我们组的组长|我哋组长|我哋主管|我哋经理`},
	{subjStranger, `有人|有个人|有个男的|有个女的|陌生人|对方|中介|贷款中介|代办|骗子|a broker|broker|an agent|caller|the caller|scammer|fraudster|someone|somebody|a guy|a man|a woman|a stranger|some guy|some woman|guy|this guy|the guy|some dude|this dude`},
	// Blind rounds 114–118: the bank's practice asked about (Do you ever ask
	// customers to pay a fee…?): the bank is who would do it.
	{subjBank, `do you ever|do you guys ever|does your bank ever|does the bank ever|would your bank ever|would you ever`},
	{subjAnaphor, `他|她|他们|她们|佢|佢哋|he|she|they|he's|she's|they're|him|them`},
	{subjBank, `你们|你|您|贵行|银行|你们银行|贵司|催收|催收员|客服|you'll|you will|are you going to|will you|would you|the bank|your bank|collectors|debt collectors`},
	{subjOther, `隔壁的|隔壁家|隔壁那家|隔壁厂|隔壁店|隔壁公司|隔壁老王|对门|邻居家|楼下|楼上|同行|大家|街坊|next door|the neighbours|the neighbors`},
	// Blind rounds 144–149: a call come in, its caller saying something in
	// the next clause (接到一个电话，说我的贷款逾期了): a stranger's words.
	{subjStranger, `接到一个电话|接到个电话|接到一通电话|接了个电话|接了一个电话|接到陌生电话|接到一个陌生电话|打来一个电话|来了个电话|got a call|got a phone call|received a call|received a phone call|had a call from someone|got a call saying|got a phone call saying|received a call saying|received a phone call saying`},
	// A text or a call that says something: its words, a stranger's (收到短信说我逾期了).
	{subjStranger, `短信说|短信上说|短信里说|短讯说|信息说|消息说|来电说|电话里说|text saying|a text saying|texts saying|message saying|a message saying|email saying|an email saying|a call saying|sms saying|a text says|a text said|a message says|a message said|an sms says|an email says|an email said`},
	{subjBank, `客户经理|理财经理|客服经理|信贷经理|贷款经理|customer service|relationship manager|loan officer|your staff|your agent`},
	{subjOther, `老李|老张|老王|老刘|老陈|老赵|老周|老吴|老杨|老黄|老孙|老林|老徐|老胡|老郭|老何|老罗|老郑|老梁|老谢|老宋|老唐|老许|老邓|老冯|老韩|老曹|老彭|老曾|老蔡|老潘|老田|老董|老袁|老余|老叶|老蒋|老杜|老苏|老魏|老程|老吕|老丁|老沈|老任|老姚|老卢|老傅|老钟|老姜|老崔|老谭|老陆|老汪|老廖|老韦|老贾|老夏|老付|老邹|老熊|老孟|老秦|老邱|老侯|老尹|老薛|老闫|老段|老雷|老史|老陶|老贺|老郝|老龚|老邵|老武|老严|老莫|老孔|小李|小王|小张|小刘|小陈|小赵|小杨|
		姐夫|妹夫|嫂子|弟媳|小叔子|小姑子|舅舅|姑姑|叔叔|伯伯|姨妈|侄子|外甥|堂弟|堂妹|表兄|表姐妹|表兄弟|舅妈|姑父|姨父|姨夫|阿姨|大伯|小舅子|大舅子|连襟|侄女|外甥女|干爹|干妈|
		我姐夫|我妹夫|我大姐夫|我二姐夫|我弟媳|我哥们|我哥们儿|我姐妹们|sister-in-law|brother-in-law|uncle|aunt|niece|nephew`},
	{subjOther, `帮朋友问|替朋友问|帮朋友问问|帮朋友咨询|替朋友咨询|帮亲戚问|替亲戚问|帮同事问|替同事问|朋友托我问|朋友让我问|帮我朋友问|替我朋友问|asking for a friend|asking on behalf of|on behalf of a friend|on behalf of my friend|for a friend of mine`},
	{subjFamily, `我姐|我哥|我弟|我妹|我大哥|我二哥|我大姐|我二姐|我小妹|我小弟`},
	{subjFamily, `阿哥|阿姐|阿妹|细佬|家姐|老豆|老母|阿爸|阿妈|个仔|个女|屋企人|外母|外父`},
	// Blind rounds 36–41: those one lives with, and a finance company that calls.
	{subjOther, `flatmate|flatmates|roommate|roommates|housemate|housemates|室友|舍友|合租的`},
	{subjStranger, `有财务公司|有间财务公司|有家财务公司|有个财务公司|一间财务公司|一家财务公司|有贷款公司|有间贷款公司|有家贷款公司`},
	// Blind rounds 46–48: 姊姊 is a sister; the one cared for (陪佢, 照顧她)
	// is named as an object, the carer is the borrower.
	{subjFamily, `姊姊|我姊|我姊姊|大姊|二姊|我大姊|我二姊`},
	// Blind rounds 123–128: 我家 (my home) would hide 家姐 in 我家姐.
	{subjFamily, `我家姐|我家姊|我家嫂`},
	{subjSelf, `陪佢|陪住佢|照顾佢|睇住佢|陪她|陪他|照顾她|照顾他|陪我妈|陪我爸`},
	// Blind rounds 52, 55–59: tenants, and his or their thing (his company
	// went bust) as whoever was named last.
	{subjOther, `租客|房客|住客|租户|承租人|tenant|tenants|lodger|lodgers`},
	{subjAnaphor, `his|their`},
	// Blind rounds 68–71: a feeling for someone else is the speaker's; what
	// a text says in Cantonese (收到短讯话「…」) is its words.
	{subjSelf, feelFor},
	{subjStranger, `短讯话|短信话|信息话|讯息话|短讯讲|短信讲`},
	// Blind rounds 60–67: a friend who recommends an agent (朋友推荐了一个
	// 贷款中介) names the borrower as the one approached, not the friend as
	// a victim.
	{subjSelf, `朋友推荐|朋友推荐了|朋友介绍|朋友介绍了|朋友给介绍|朋友帮忙介绍|同事推荐|同事推荐了|同事介绍|同事介绍了|亲戚介绍|亲戚介绍了|亲戚推荐|
		a friend recommended|friend recommended|a friend referred|friend referred|a friend introduced|friend introduced|recommended by a friend|referred by a friend|a colleague recommended|colleague recommended`},
	// Blind rounds 76–81: the old folk next door (隔壁阿伯, 楼下的大爷) are
	// neighbours; a question a customer or a friend put to the borrower
	// (有客人问我…, a friend asked me whether) is theirs, passed on.
	// An agent or a person asked for (speak to an agent, 转真人) is the
	// bank's, not a stranger.
	{subjBank, `speak to an agent|speak with an agent|talk to an agent|talk with an agent|chat with an agent|transfer me to an agent|connect me to an agent|get me an agent|a human agent|a live agent|a real agent|a real person|an actual person|a human being|speak to a human|talk to a human`},
	{subjOther, `阿伯|老伯|老伯伯|大爷|老大爷|阿婆|老太太|老奶奶|老爷爷|阿叔|阿婶|大妈|大婶|隔壁阿伯|隔壁阿姨|隔壁大爷|隔壁大妈|隔壁阿婆|隔壁大叔|隔壁阿叔|楼下的|楼上的|楼上那户|楼下那户|对门的|
		客人问我|有客人问我|有个客人问我|顾客问我|有顾客问我|有个顾客问我|客户问我|有客户问我|有个客户问我|朋友问我|有朋友问我|有个朋友问我|同事问我|有同事问我|亲戚问我|邻居问我|同学问我|
		a customer asked me|a client asked me|one of my customers asked me|one of my clients asked me|a friend asked me|my friend asked me|a colleague asked me|my colleague asked me|a neighbour asked me|my neighbour asked me|a neighbor asked me|my neighbor asked me`},
}

// resolution words say a situation is over (找到新工作了): the code is not
// raised for the message.
type resolutionSet struct {
	codes []code
	words string
}

// numberKept say the number stays the same with a new phone (号码没变):
// the phone changed, not the contact.
var numberKept = []string{"号码没变", "号码没换", "号码不变", "号码还是原来的", "号码还是那个", "手机号没变", "手机号码没变", "number hasn't changed", "number's the same", "number is the same", "same number", "kept my number", "kept the same number"}

var resolutionSets = []resolutionSet{
	// Blind rounds 119–120: paid on time ever since (spotless ever since,
	// 后来一直按时还); money owed to the borrower got back (钱也追回来了);
	// checks clear after an illness (现在追踪都正常了); a complaint settled
	// (后来解决了, 翻篇了, got refunded), which only a complaint told
	// as made before heeds.
	{[]code{repaymentDifficulty}, `spotless ever since|been spotless|spotless since|clean ever since|on time ever since|paid on time ever since|never missed a payment since|never missed one since|一直按时还|之后一直按时|后来一直按时|再没逾期过|再也没逾期过|没再逾期过|从那以后都按时`},
	{[]code{repaymentDifficulty, incomeDrop}, `追回来了|钱也追回来了|都追回来了|讨回来了|钱讨回来了`},
	{[]code{illness}, `都正常了|一切正常|复查正常|复查都正常|追踪都正常|检查都正常|指标都正常|scans are clear|all clear now|given the all-clear|got the all-clear`},
	{[]code{complaintEscalation}, `后来解决了|已经解决了|解决了|翻篇了|就算翻篇了|got refunded|was refunded|refunded in the end|sorted out in the end|it was sorted out`},
	// Blind rounds 112–116: back full-time said without "to" (she's back
	// full-time now).
	{[]code{incomeDrop}, `back full-time|back full time|back working full time|back on full-time|back on full-time hours`},
	// Blind rounds 106–107: the trade come back at last (現在生意總算回來了).
	{[]code{businessDistress, incomeDrop}, tradeBackAtLast},
	// Blind rounds 100–105: a scam call a relative hung up on (she hung up
	// and reported it); a late payment made up the same day (当天就补了) or
	// cleared long ago and paid on time since; back in a full-time job; a
	// seizure lifted (已经解封); the borrower promoted while the crowd
	// around is cut (我们部门裁了一半人，我反倒升了职) keeps the job.
	{[]code{fraudRisk}, `she hung up|he hung up|they hung up|mum hung up|mom hung up|dad hung up|hung up and reported|hung up on the scammer`},
	{[]code{repaymentDifficulty}, `当天就补了|当天就补上了|当天补上了|当天就还了|当天就还上了|第二天就补了|隔天就补了|隔天就补上|马上就补了|
		cleared everything long ago|cleared everything|cleared it all|cleared it long ago|paid on time since|have paid on time since|been paying on time since|paid on time every month since`},
	// Blind rounds 123–128: back at work now ends a job lost too (my husband
	// was laid off last year, he's back at work now).
	{[]code{jobLoss}, `back at work now|back to work now|he's back at work|she's back at work|i'm back at work|i'm back to work|fully back at work`},
	{[]code{jobLoss}, `back in a full-time job|back in full-time work|back in a job|back in work|back in employment|back in a full time job|back working full-time|back working full time|
		我反倒升了职|我反而升了职|我反倒升职了|我反而升职了|反倒升了职|反而升了职|反倒升职了|反而升职了|i got promoted instead|i was promoted instead`},
	{[]code{collateralIssue}, `已经解封|解封了|早就解封|已解封|解除查封|解除了查封|查封解除|查封已经解除|查封的事早就解决|查封的事已经解决|
		the seizure was lifted|seizure has been lifted|the freeze was lifted|freeze has been lifted|unfrozen now`},
	// Blind rounds 92, 95–99: a new employer joined since (好在我早就入职了
	// 新单位) ends a job lost before; a scam call hung up on in other words
	// (我直接掛掉了) or one that cost nothing (也沒有損失) is over.
	{[]code{jobLoss}, `早就入职|早已入职|已经入职了|入职了新单位|入职新单位|入职了新的单位|进了新单位|去了新单位|到了新单位|在新单位上班|新单位上班了|换了新单位|入职了新的公司|早就换了工作|早就找到了工作|早就找到工作|
		joined a new company|started at a new company|got hired elsewhere`},
	{[]code{fraudRisk}, `挂掉了|直接挂掉|直接挂掉了|马上挂掉|当场挂掉|立刻挂掉|就挂掉了|把电话挂了|把电话挂掉|没有损失|也没有损失|没什么损失|没有任何损失|没造成损失|没损失|冇损失|冇乜损失|
		didn't lose anything|lost nothing|no money was lost|no money lost`},
	// Blind rounds 91–94: a job or a debt-free life reached at last.
	{[]code{jobLoss, incomeDrop}, atLastJob},
	{[]code{multiDebt, repaymentDifficulty}, atLastDebtFree},
	// Blind rounds 91–94: help got for a self-harm thought told as a
	// finished past (I got help and that's long behind me) is its
	// treatment; for an illness or a debt "help" may be anyone's money.
	{[]code{selfHarm}, `i got help|got help for it|got professional help|sought help|got some help|had therapy|went to therapy|got counselling|got counseling|had counselling|had counseling|saw a therapist|
		看了心理医生|看过心理医生|接受了治疗|接受过治疗|做了心理咨询|做过心理咨询|睇咗心理医生`},
	// Blind rounds 91–94: a scam the borrower says they won't fall for
	// (放心我唔會中招, 我才不会上当), as 没上当 is one seen through; the
	// question (我会不会上当) is not.
	{[]code{fraudRisk}, `放心我唔会中招|放心我不会中招|放心我不会上当|放心我唔会上当|放心我唔会俾人呃|唔会中招嘅|唔会上当嘅|我才不会上当|我才不会中招|我才唔会中招|我不会上当的|我不会中招的|
		i won't fall for it|i won't fall for that|i'm not going to fall for it|i'd never fall for|i would never fall for`},
	// Blind rounds 87–90: a scam call hung up on or an offer turned down
	// (我当场就挂了, 上次已经拒掉了), or nobody ever in touch (Nobody's
	// contacted me, just curious); a kind of debt never touched (网贷也从来
	// 没碰过); pay back after a cut (it's back, 涨回来了) or a raise on top;
	// a self-harm thought treated (已经治疗好了, 完全康复), counted only
	// when its cue is told as a finished past.
	{[]code{fraudRisk}, `当场就挂了|当场挂了|当场挂断|直接挂了|直接挂断|马上挂了|立刻挂了|马上就挂了|即刻收线|即刻挂线|当场收线|已经拒掉了|拒掉了|直接拒绝了|当场拒绝了|没理他|没理会|没有理会|没搭理|直接拉黑|已经拉黑|拉黑了|
		i hung up|hung up straight away|hung up right away|hung up on them|hung up on him|i turned them down|i ignored them|i blocked the number|blocked the number|nobody's contacted me|nobody has contacted me|no one has contacted me|no one's contacted me|nobody contacted me|没人联系过我|没有人联系过我|没人找过我|没有人找过我`},
	{[]code{multiDebt}, `从来没碰过|从来没有碰过|从没碰过|从来不碰|一次都没碰过|从来没借过|从来没有借过|从没借过|从来冇借过|从来冇掂过|never touched|never taken out a|never had a payday loan|never borrowed from`},
	{[]code{incomeDrop}, `it's back|it is back|it's back up|back up again|涨回来了|不但涨回来|又涨回来了|涨返|加返人工`},
	{[]code{selfHarm, illness}, `已经治疗好了|治疗好了|已经治好了|早就治好了|完全康复|已经康复|早已康复|早就康复|fully recovered|got treatment and recovered|had treatment and recovered`},
	{[]code{jobLoss}, `找到工作|找到了工作|找到新工作|找到了新工作|找了新工作|找到新的工作|重新上班|重新上岗|又上班了|已经上班|已经上班了|已经入职|再就业|
		found a job|found a new job|got a new job|back at work|back to work|re-employed|employed again|working again|
		until i found something|until i found work|until i found a job|in a new job since|been in a new job|been at a new job|started a new job since|新工作做了|揾到新工|揾到工`},
	{[]code{illness}, `康复了|已经康复|痊愈|病好了|身体好了|recovered|fully recovered|all better`},
	{[]code{businessDistress, incomeDrop}, `好转|恢复了|恢复正常|回稳|已经回稳|回稳了|企稳了|稳住了|稳定下来了|回暖了|好起来了|涨回来|picked up|back to normal`},
	{[]code{repaymentDifficulty}, `已经还上|已经补上|已经补缴|已经还清|已经结清|补上了|还上了|caught up|all paid up|back on track`},
	{[]code{illness}, `早好了|早就好了|全好了|现在好了|已经好了|好多了|恢复得很好|恢复得挺好|恢复得不错|恢复得好|出院了|已经出院|出院好了|出院就好了|出院回家了|出了院|back to health|discharged|got out of hospital|left hospital`},
	{[]code{contactChange}, `更新好了|已经更新|已更新|改好了|已经改了|已经改好|早就更新|already updated|updated it already|already changed it`},
	{[]code{illness}, `早就没事了|早就没事|早没事了|已经没事了|现在没事了|都没事了|早就出院|早已出院|出院很久|出院好久|出院上班|出院后上班|早就上班|回去上班了|已经回去上班|返工了|返咗工|出咗院|早就冇事|冇事喇|long since recovered|recovered long ago|fully healed|back on my feet`},
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt}, `behind me|all behind me|behind me now|that's behind me|behind us now|all behind us|put it behind me|in the past now|all in the past|都过去了|早就过去了|已经过去了|早过去了`},
	{[]code{repaymentDifficulty, multiDebt}, `paid it off|paid it back|paid that off|paid those off|paid off long ago|long since paid|cleared it|settled it|早就还了|早还清了|早就还上了|后来还上了|后来补上了|后来都还了|后来还清了|马上就补上了|第二天就补上|当天就补上`},
	{[]code{businessDistress, incomeDrop, jobLoss}, `订单又回来了|订单回来了|生意回来了|生意又回来了|生意好起来了|订单多起来了|生意好转了|客人回来了|又有订单了|复工了|恢复生产|恢复营业|重新开业|orders are back|orders came back|orders have come back|business is back|business has picked up|business is booming|sales recovered|sales have recovered|sales are back`},
	{[]code{multiDebt, repaymentDifficulty}, `all paid off|paid them off|paid them all off|paid it all off|都还清了|早就还清|全部结清|都结清了|全部还清|早就结清`},
	// Blind rounds 22–29: got through it (缓过来了), fine again in Cantonese.
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt}, `缓过来了|都缓过来了|已经缓过来|缓过来|熬过来了|挺过来了|熬过去了|挺过去了|got through it|pulled through|made it through`},
	// Blind rounds 84–86: the hard time told as over (手头紧的那段日子总算过去了).
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt}, `总算过去了|终于过去了|总算都过去了|终于都过去了|总算熬过去了|终于熬过去了|总算熬过来了|终于熬过来了|终于挨过咗|总算挨过咗|挨过咗|
		is behind us now|are behind us now|is behind me now|are behind me now|all behind us|all behind me|the worst is over|the worst is behind`},
	{[]code{illness}, `已经冇事|而家冇事|冇晒事|好返晒|已经好返|康复咗|痊愈咗`},
	// Blind rounds 36–41: a new job started, a surgery that went fine, back at work.
	{[]code{jobLoss}, `我没被裁|我没有被裁|我冇被裁|我没被裁员|我没有被裁员|我没被辞退|我冇被炒|i wasn't laid off|i was not laid off|i wasn't made redundant|i wasn't let go|i kept my job|i still have my job|
		i wasn't on the list|i was not on the list|wasn't on the list|i wasn't one of them|i wasn't among them|i survived the cuts|i survived the layoffs|名单上没有我|名单里没有我|没有我的名字|名单上冇我|
		裁员名单里没有我|裁员名单上没有我|裁员名单没有我|裁员名单里冇我|优化名单里没有我|优化名单上没有我`},
	{[]code{jobLoss, incomeDrop}, `started a new position|started a new job|started a new role|just started a new|started work again|开始新工作|入职了新公司|返咗新工`},
	// Blind rounds 82–83: a lost job that is over, in Cantonese (而家已经揾到新工:
	// the normaliser writes 搵 as 揾).
	{[]code{jobLoss}, `揾到工|揾到新工|揾到份工|揾到份新工|揾到工作|揾到新工作|揾咗份工|揾咗新工|揾咗份新工|揾咗工作|揾返份工|揾返工`},
	{[]code{illness}, `went fine|went well|went smoothly|went really smoothly|went very smoothly|went so smoothly|went really well|went very well|went so well|was a success|手术很成功|手术很顺利|手术好顺利|手术成功了|fully back at work|i'm back at work|i'm back to work|back at work now|back to work now`},
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt}, `all good now|we're all good|i'm all good|返晒正轨|已经返晒正轨|回到正轨|走上正轨|重回正轨|back on track`},
	{[]code{collateralIssue}, `后来没卖|后来冇卖|也不用卖了|不用卖了|不卖了|didn't have to sell|didn't need to sell|no longer need to sell`},
	// Blind rounds 46–48: hours back to full time; a late payment all sorted.
	{[]code{incomeDrop}, `back to full time|back to full-time|back on full time|back on full hours|back to full hours|back to my full hours|back to full pay|back on full pay|恢复全职|工时恢复了|工资恢复了|人工返晒正常`},
	{[]code{repaymentDifficulty, illness}, `paid on time every month since|paid on time ever since`},
	// Blind rounds 108–111: all sorted now ends any hardship told before it
	// (My hours got cut last year but that's all sorted now), as all good
	// now does.
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt}, `all sorted now|that's all sorted|all sorted out|sorted out now|all sorted since|sorted since|been sorted since|all fine since|been fine since|fine ever since|已经处理好了|都处理好了`},
	// Blind rounds 49–54: health regained or back at work after an illness
	// (身体早就恢复了, 早就正常上班了); a hard time that is no problem any
	// more (现在已经没问题了); a customer's failure that left the borrower
	// unharmed (货款早就结清了，对我没影响, they'd already paid me in full);
	// a scam seen through (才没上当, nearly got scammed); a plight taken
	// back as a joke (感觉自己要破产了，开玩笑的).
	{[]code{illness, businessDistress, incomeDrop}, `早就恢复了|早就恢复|早已恢复|已经恢复了|完全恢复了|都恢复了|全部恢复了|fully recovered`},
	{[]code{illness}, `身体恢复了|身体早就恢复|身体已经恢复|身体都恢复|身体完全恢复|早就正常上班|已经正常上班|恢复正常上班|已经恢复上班|恢复上班了|身体早就好了|身体早好了`},
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt}, `已经没问题|现在没问题了|早就没问题|早没问题了|都没问题了|已经冇问题|而家冇问题|
		all fine now|it's fine now|everything's fine now|everything is fine now|no longer a problem|not a problem anymore|not a problem any more`},
	{[]code{businessDistress}, `对我没影响|对我没有影响|对我没什么影响|对我们没影响|对我们没有影响|对我们没什么影响|没影响到我|没有影响到我|没影响到我们|没有影响到我们|对我冇影响|对我哋冇影响|
		货款早就结清|货款已经结清|货款都结清了|货款结清了|货款已结清|款早就结清|款项已结清|款项早就结清|钱早就结清|早就把钱结清|
		paid me in full|paid us in full|already paid me|already paid us|didn't affect me|didn't affect us|hasn't affected me|hasn't affected us|no impact on me|no impact on us|wasn't affected|weren't affected`},
	// Blind rounds 144–149: an offer the borrower says they will not believe
	// (跟我没关系，我也不会信, I'd never fall for it) is seen through.
	{[]code{fraudRisk}, `我也不会信|我不会信|我才不会信|我才不信|我可不会信|我也不信这个|i'd never fall for|i would never fall for|i won't fall for|not falling for`},
	{[]code{fraudRisk}, `没上当|没有上当|才没上当|幸好没上当|还好没上当|差点上当|差点就上当|险些上当|没被骗|没有被骗|才没被骗|差点被骗|差点就被骗|险些被骗|冇上当|差啲上当|差啲俾人呃|差啲畀人呃|冇俾人呃|冇畀人呃|
		didn't fall for it|did not fall for it|didn't fall for|nearly fell for|almost fell for|almost got scammed|nearly got scammed|almost been scammed|nearly been scammed`},
	// Blind rounds 84–86: a way of handling debt named as something the
	// borrower won't do (拆东墙补西墙那种事我不干, 赖账这种事我不做); a
	// scam text deleted unread (那种诈骗短信我都直接删掉).
	{[]code{multiDebt, repaymentDifficulty, intentToDefault}, `那种事我不干|那种事我不做|这种事我不干|这种事我不做|那种事我可不干|这种事我可不干|那种事我从来不干|那种事我从来不做|这种事我从来不干|这种事我从来不做|那种事我才不干|这种事我才不干|那种事我不会做|这种事我不会做|那种事我绝不做|那种事我绝对不干|𠮶啲嘢我唔做|𠮶种嘢我唔做|呢啲嘢我唔做|
		i'd never do that|i would never do that|that's not something i'd do|not something i would do|i don't do that sort of thing|i don't do that kind of thing`},
	{[]code{fraudRisk}, `直接删掉|都直接删掉|直接删除|都直接删除|直接删咗|即刻删咗|一律删掉|统统删掉|看都不看就删|i just delete them|i just deleted it|i delete them straight away|deleted it straight away|deleted it right away|i just ignore them|i just ignored it`},
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt, collateralIssue}, `开玩笑的|开个玩笑|开玩笑而已|开玩笑啦|开下玩笑|说笑的|说笑而已|讲笑咋|讲笑啫|讲下笑|
		just kidding|only kidding|i'm kidding|i'm joking|only joking|just joking|jk`},
	// Blind rounds 52, 55–59: on time ever since (後來都準時繳, haven't
	// missed one since), long sorted; the money moved around to cover the
	// debit (要周圍轉數); home and doing well after a stay in hospital; the
	// orders all back (订单都回来了).
	{[]code{repaymentDifficulty}, `后来都准时|后来都按时|后来一直准时|后来一直按时|之后都准时|之后都按时|之后一直按时|之后一直准时|此后都按时|此后都准时|后来每期都按时|之后每期都按时|后来都有按时|后来都正常还|之后都正常还|
		on time ever since|on time since then|never missed one since|haven't missed one since|haven't missed a payment since|haven't missed a single payment since|
		周围转数|周围转钱|到处转数|四处转数|keep moving money over|moving money over|move money over`},
	{[]code{repaymentDifficulty, illness}, `long sorted|long since sorted|sorted long ago|that's long sorted|it's long sorted`},
	{[]code{illness}, `home and doing well|she's home and|he's home and|she's home now|he's home now|is home now|is back home now|home from hospital|home from the hospital|out of hospital now|out of the hospital now`},
	{[]code{businessDistress, incomeDrop}, `订单都回来了|订单全回来了|生意都回来了|客人都回来了|单子都回来了|订单也回来了`},
	{[]code{illness, businessDistress, incomeDrop}, `we've fully recovered|we have fully recovered`},
	{[]code{businessDistress, incomeDrop}, `sales are up|sales were up|revenue is up|revenue's up|profits are up|profit is up|turnover is up|orders are up|business is up`},
	{[]code{incomeDrop}, `收入也回来了|收入回来了|收入又回来了|收入也恢复了|收入恢复了|工资也恢复了|人工返晒|income is back|income's back|income has recovered|income has come back|pay is back to normal`},
	// Blind rounds 60–67: a late payment made up (後來都補齊了, 早就处理好了,
	// settled long ago); a plight that proved only a rumour or a false alarm
	// (降薪原來只是謠言, 虚惊一场, turned out to be a false alarm).
	{[]code{repaymentDifficulty, multiDebt}, `补齐了|都补齐了|已经补齐|后来补齐|后来都补齐|补交了|补缴了|都补交了|都补缴了|后来补交|后来补缴|已经补返|补返咗|补番咗|
		早就处理好|早处理好了|早就处理了|
		settled long ago|long since settled|settled years ago|that was settled|was settled|been settled|all settled|cleared long ago|cleared years ago|paid off years ago|paid it all back|caught up on it|caught up since`},
	{[]code{illness, jobLoss, businessDistress, incomeDrop, repaymentDifficulty, multiDebt, collateralIssue}, `只是谣言|原来只是谣言|原来是谣言|是谣言|谣言而已|虚惊一场|一场虚惊|
		just a rumour|just a rumor|only a rumour|only a rumor|was a rumour|was a rumor|false alarm|turned out to be nothing|turned out to be fine`},
	// Blind rounds 72–75: a scam the bank's staff talked the borrower out of
	// (talked me out of paying, 幸好你们客服劝住了我) is over; so is a
	// supplier's or a customer's failure that does not touch the borrower's
	// business (but that doesn't affect my business at all).
	{[]code{fraudRisk}, `talked me out of|talked us out of|stopped me from paying|stopped me paying|stopped me from sending|stopped me sending|stopped me before|warned me in time|saved me from|劝住了我|劝住我|把我劝住|拦住了我|把我拦住|及时拦住|及时劝阻|劝我别|劝我不要|及时提醒了我|幸好你们提醒|多亏你们提醒|还好你们提醒|好彩你哋提醒|幸好有你们提醒`},
	{[]code{businessDistress}, `doesn't affect my business|does not affect my business|doesn't affect our business|does not affect our business|doesn't affect me|does not affect me|doesn't affect us|won't affect my business|won't affect me|no effect on my business|no effect on me|not affected at all|不影响我的生意|不影响我们的生意|对我的生意没影响|对我生意没影响|对我的生意没有影响|没有影响到我的生意|没影响到我的生意|对我冇影响|唔影响我盘生意`},
	// Blind rounds 76–81: a pay cut reversed or restored (the pay cut I
	// took last year has been reversed, 降薪撤回了); a trade back to break
	// even (后来回本了); debts all cleared (they're all cleared now, 都清掉了).
	{[]code{incomeDrop}, `been reversed|was reversed|got reversed|been rolled back|was rolled back|been restored|was restored|got restored|been reinstated|was reinstated|降薪撤回了|降薪取消了|工资调回来了|工资又调回来了|工资恢复原样|人工调返`},
	{[]code{businessDistress}, `回本了|已经回本|终于回本|总算回本|回本咗|已经回本了|扭亏了|broke even|breaking even now|back in profit`},
	{[]code{multiDebt, repaymentDifficulty}, `all cleared|all cleared now|they're all cleared|they are all cleared|cleared them all|cleared them off|cleared them now|cleared off now|都清掉了|全部清掉了|早就清掉了|全清掉了|全清了|全部清了|都清了|都还完了|全部还完了|早就还完了`},
}

// sinceSets are words that say the plights told before them are over for
// whoever they speak of (Back in 2021 I was unemployed for a few months,
// but I've had a stable job for two years now): a job held steady since
// is no resolution of a plight told after it (我工作一直很稳定，但是突然被
// 裁了), nor of a spouse's (我老公失业了，但我现在工作很稳定).
var sinceSets = []resolutionSet{
	// Blind rounds 112–116: years at the current firm since (Lost my job
	// back in 2021 but I've been at my current firm 3 years now).
	{[]code{jobLoss}, `been at my current firm|been at my current job|been at my current company|been at my current employer|been with my current employer|been with my current company|been with my current firm|been in my current job|been in my current role`},
	{[]code{jobLoss, incomeDrop}, steadySince},
	// Blind rounds 106–107: pay now above what it was (后来跳槽到新公司，
	// 现在工资比原来还高) ends the pay cut told before it.
	{[]code{incomeDrop}, payAbove},
}

// atLast is a job or a debt-free life reached at last (总算入职新公司了,
// 终于全部清掉了): good news, and the end of the plight before it.
const (
	atLastJob = `总算入职|终于入职|总算入职了|终于入职了|总算找到工作|总算找到新工作|总算揾到工|总算揾到新工|总算上班了|终于上班了|终于开始上班|
		finally got hired|finally landed a job|finally started my new job|finally started a new job`
	atLastDebtFree = `终于全部清掉|终于全部清掉了|终于清掉了|终于全清掉|终于全清掉了|总算全清掉了|终于全清了|终于还清|终于还清了|终于全部还清|终于全部还清了|终于都还清了|总算还清|总算还清了|总算清掉了|总算全部还清|总算全部还清了|无债一身轻|
		finally debt free|finally debt-free|finally cleared my debts|finally cleared all my debts`
	atLast = atLastJob + "|" + atLastDebtFree
)

// payAbove is pay now above what it was (现在工资比原来还高, earning more
// than before): good news, and the end of a pay cut told before it.
const payAbove = `工资比原来还高|工资比原来高|工资比以前还高|工资比以前高|工资比之前还高|工资比之前高|工资比原来还多|工资比以前还多|工资比之前还多|
	收入比原来还高|收入比原来高|收入比以前还高|收入比以前高|收入比之前还高|收入比之前高|收入比原来还多|收入比以前还多|收入比之前还多|
	薪水比原来还高|薪水比原来高|薪水比以前还高|薪水比以前高|薪水比之前高|月薪比原来还高|月薪比以前还高|月薪比之前还高|人工仲高过以前|人工比以前还高|
	earning more than before|earn more than before|paid more than before|earning more than i was|making more than before|paid more than i was before`

// tradeBackAtLast is a trade come back at last (生意總算回來了): good
// news, and the end of the trouble told before it, as 生意回来了 is.
const tradeBackAtLast = `生意总算回来了|生意终于回来了|生意慢慢回来了|生意总算回来|生意终于回来|订单总算回来了|订单终于回来了|订单慢慢回来了|客人总算回来了|客人终于回来了|客人慢慢回来了|客流总算回来了|客流终于回来了|客流回来了|单子总算回来了|单子终于回来了`

// feelFor is a feeling for someone else (我听着都替他发愁, it honestly
// scares me to watch): the speaker's own, whoever it is for.
const feelFor = `听得我有点发毛|听得我发毛|听得我心里发毛|听得我都怕|听得我好惊|听到我都惊|听着都怕|听着都害怕|听得我都慌|听得我有点慌|
	替他发愁|替她发愁|替他担心|替她担心|替他着急|替她着急|为他担心|为她担心|为他发愁|为她发愁|替他捏把汗|替她捏把汗|替他捏一把汗|替佢担心|替佢紧张|替佢急|帮佢担心|
	made me nervous|makes me nervous|made me a bit nervous|made me anxious|makes me anxious|made me paranoid|made me a bit paranoid|makes me paranoid|made me uneasy|makes me uneasy|
	听得我心里毛毛的|心里毛毛的|心里毛毛|看得我心里毛毛的|
	scares me|scared me|frightens me|frightened me|worries me|worried me|worried for him|worried for her|worried for them|worried about him|worried about her`

// payLate is saying one will pay a few days late (晚几天还, 迟啲还): the
// difficulty when said, grace (roleGrace) when asked for.
const payLate = `晚几天还|晚几日还|迟几天还|迟几日还|延后几天还|延后几日还|推迟几天还|推迟几日还|延迟几天还|延迟几日还|晚两天还|迟两天还|延后两天还|推迟两天还|晚一周还|延后一周还|迟啲还|迟啲供|迟啲交|迟啲俾|迟几日供|迟两日供|迟两日还|晚几天交|晚几天缴|迟几天交|迟几天缴|延后几天交|延后几天缴`

// steadySince is a job held steady since: a steady state (roleSteady) and
// mild good news like 稳定, and the end of a plight told before it.
const steadySince = `i've had a stable job|i have had a stable job|i've had a steady job|i have had a steady job|we've had steady jobs|i've had a permanent job|i've been in a stable job|i've been in steady work|i've been steadily employed|i've been in full-time work|stable job ever since|steady job ever since|stable job since then|steady job since then|steady work ever since|steady work since then|have a stable job now|have a steady job now|now have a stable job|now have a steady job|
		现在工作很稳定|现在工作稳定|现在工作也稳定|现在工作挺稳定|现在有稳定工作|现在有稳定的工作|后来工作一直很稳定|后来工作很稳定|后来工作稳定|之后工作一直很稳定|之后工作很稳定|之后工作稳定|已经稳定工作|一直稳定工作到现在|而家份工好稳定|而家份工稳定|而家有份稳定工`

// toneSet gives words a weight in the sentiment: ±1 strong, ±0.5 mild, 0 a
// blocker that only shadows shorter words.
type toneSet struct {
	tone  float32
	words string
}

var toneSets = []toneSet{
	// Blind rounds 144–149: a year-end bonus paid out said with 奖金
	// (年終獎金發了) and one's own gains on shares (今年股票赚了一些) are
	// good news, as 年终奖发了 is.
	{1, `年终奖金发了|年终奖金发下来了|年终奖金入账了|年终奖金到账了|年终奖金到了|年终奖金拿到了|年终奖金收到了|奖金发下来了|股票赚了|炒股赚了|股票赚了一些|股票赚了不少|炒股赚了一些|炒股赚了不少|基金赚了一些|made some money on stocks|made a bit on shares|made some money on shares|my shares did well|my stocks did well`},
	// Blind rounds 144–149: a charge made up at will (乱收手续费) and a
	// reproach asked as a question (这不是坑人吗?) are displeasure; the
	// 不是 in it asks, it does not deny.
	{-1, `乱收手续费|乱收钱|乱收费用|乱收利息|乱扣手续费|乱收|这不是坑人吗|不是坑人吗|这不就是坑人吗|这不是骗人吗|不是骗人吗|这不就是骗人吗|这不是坑钱吗|不是坑钱吗|isn't this a rip-off|isn't that a rip-off|isn't this a scam|isn't that daylight robbery`},
	// Blind rounds 144–149: not paying early or extra (Not paying anything
	// early — I just want the monthly figure) sets a prepayment aside; it
	// is no refusal to pay.
	{0, `not paying anything early|not paying anything extra|not paying anything off early|not paying it off early|not paying off early|not paying early|not paying extra|not paying anything upfront|not paying anything in advance`},
	// Blind rounds 144–149: a friend or a relative money was borrowed from
	// (找朋友借加刷信用卡东拼西凑) lends; they are not whose plight it is.
	{0, `找朋友借|跟朋友借|向朋友借|问朋友借|同朋友借|找亲戚借|跟亲戚借|向亲戚借|问亲戚借|borrowed from friends|borrowed from a friend|borrowing from friends|borrowed from family`},
	// Blind rounds 141–143 sentiment: a partner gone (老伴走了以后, since
	// she passed) is grief, as 去世了 is; not wanting the bot again
	// (唔想再同机械人讲) is annoyance, as being fobbed off is; a payment
	// told as too heavy is strain, as 太重 is; enough saved at last to
	// clear a loan (攒够钱了) is good news, as 终于攒够了 is.
	{-1, `老伴走了|老伴走咗|老伴不在了|老伴走后|老伴去世|老伴过世|他走了以后|她走了以后|他走了之后|她走了之后|佢走咗之后|佢走咗以后|
		since he passed|since she passed|after he passed|after she passed|i lost my husband|i lost my wife|
		唔想再同机械人讲|唔想同机械人讲|唔想再同机器人讲|唔想再同机械人倾|不想再跟机器人说|不想再跟机器人聊|不想再和机器人说|不想再和机器人聊|不想跟机器人说|不想跟机器人聊|
		don't want to talk to a bot|don't want to talk to the bot|don't want to talk to a robot|tired of talking to a bot|done talking to the bot`},
	{-0.5, `too heavy|way too heavy|far too heavy|too steep`},
	{1, `攒够钱了|攒够了钱|存够钱了|储够钱了|储够咗钱|储够钱|saved up enough|saved enough to`},
	// Blind rounds 135–140 sentiment: being fobbed off (别用机器人糊弄我)
	// and calls the customer wants stopped (别老打电话问我) are annoyance;
	// pressure said to grow (以后压力会大一些) is worry; savings come back
	// to hand (理财到期, 定期到期了), a dividend paid (分紅分咗八萬), orders up
	// against the trade's run (订单反而涨了), tears of joy at a rate (低得我想哭)
	// and a bot found fun (笑到我肚痛, 好得意) are good news or delight.
	{-1, `糊弄我|糊弄人|忽悠我|敷衍我|敷衍了事|打发我|搪塞我|fob me off|fobbing me off|fobbed me off|brush me off|brushing me off`},
	{-0.5, `别老打电话|别老是打电话|不要老打电话|别再打电话|不要再打电话|别一直打电话|唔好再打嚟|唔好成日打嚟|stop calling me|quit calling me|stop ringing me|压力会更大|压力会大很多|压力会越来越大|压力变大了|压力越来越大|pressure will go up|more pressure on us`},
	{0.5, `理财到期|理财到期了|定期到期|定期到期了|存款到期了|investment matured|deposit matured|fixed deposit matured|分红分咗|分红分了|分咗红|分了红|分到红|发了分红`},
	{1, `订单反而涨了|订单反而多了|订单反而增加了|订单反倒涨了|单子反而多了|生意反而更好|orders actually went up|orders are actually up|低得我想哭|好到想哭|感动得想哭|感动到想哭|好得想哭|低到想哭|便宜到想哭|笑到我肚痛|笑到肚痛|笑到碌地|好得意|几得意|真系得意|so funny|made me laugh`},
	// Blind rounds 141–143 blockers: an income that goes up and down is
	// uneven, not dropped (a freelancer's); a job moved to a hospital is
	// work there, no illness; an overdue counted 迟交 is the bank's record.
	{0, `up and down|ups and downs|goes up and down|went up and down|收入时高时低|时高时低|忽高忽低|时多时少|忽多忽少|
		firm to a hospital|company to a hospital|job to a hospital|jobs to a hospital|job at a hospital|job in a hospital|new job at the hospital|switched to a hospital|
		被算迟交|算我迟交|算迟交|记我迟交|被记迟交|迟交费|迟交罚款|迟交罚息`},
	// Blind rounds 135–140 blockers: the media as where one read
	// something (I read in the media that…) is no threat to go to it.
	{0, `in the media|from the media|the media says|the media said|the media reported|the media reports|the media has|the media have|the media is|the media are|媒体报道|媒体说|媒体上|跟媒体报道|和媒体报道`},
	// Blind rounds 129–134 sentiment: a rate told as higher than other
	// banks' (你们利率比别家高) and a rant (吐槽一下) are displeasure; cash had at last to clear the loan (finally have the
	// cash), a pension or payout come to hand at last (終於攞到手), a good
	// season sold (prices were good… sold almost the whole harvest) and pay
	// much better now are good news; a third person's worry about their own
	// loan (a coworker… is worried about her loan) is theirs.
	{-0.5, `比别家高|比别家贵|比别的银行高|比其他银行高|比别的银行贵|比其他银行贵|吐槽一下|吐槽吐槽|就吐槽|发发牢骚|抱怨一下|
		rate is higher than other banks|rates are higher than other banks|higher than other banks|higher than most banks`},
	{1, `finally have the cash|finally have the money|finally got the cash|finally got the money|finally have enough money|finally have enough cash|finally saved enough|终于有钱|总算有钱|
		终于攞到手|终于攞到|总算攞到手|终于拿到手|总算拿到手|终于领到手|终于领到|总算领到|
		prices were good|prices have been good|prices were great|sold almost the whole harvest|sold the whole harvest|sold most of the harvest|good harvest|bumper harvest|bumper crop|丰收|大丰收|卖了个好价钱|卖了好价钱|
		salary is much better|salary is better now|my salary is better|pay is much better|pay is better now|income is much better|earning much better|earning a lot more now`},
	{-0.5, `worried about her loan|worried about his loan|worried about their loan|worried about her mortgage|worried about his mortgage|worried about their mortgage|worried about her debts|worried about his debts`},
	// Blind rounds 129–134 blockers: 信不信, believe it or not, dares; its
	// 不 negates nothing (信不信我发到网上曝光你们).
	{0, `信不信|信唔信|信不信由你`},
	// Blind rounds 129–134: words put in the borrower's mouth, denied with
	// feeling (我根本没这样讲过, I never said that), are annoyance.
	{-1, `根本没这样说过|根本没这样讲过|根本没这么说过|根本没这么讲过|根本没说过|根本没讲过|从来没这样说过|从来没说过这种话|根本冇讲过|根本冇咁讲过|i never said that|i never said any such thing|never said anything like that`},
	// Blind rounds 112–116 sentiment: a bonus or a dividend come to hand
	// without its amount (年終獎金到手了, 拿到一笔分红, my year-end payout
	// just landed), relief at being spared (松了口气) and a shop that opens
	// another (店里刚开了分店) are good news; heartache and dread at someone
	// else's story (好心酸, 聽得我心驚膽跳, it's honestly unsettling, that
	// really got to me) are the speaker's own.
	{1, `年终奖金到手|年终奖金到手了|年终奖到手|年终奖到手了|奖金到手|奖金到手了|年终奖一发|奖金一发|年终奖一到|奖金一到|
		拿到一笔分红|拿到了一笔分红|拿到分红|拿到了分红|分红下来了|分了一笔红|
		payout just landed|payout landed|payout has landed|payout came in|payout just came in|payout came through|bonus came through|dividend came in|dividend just landed|
		松了口气|松口气了|总算松了口气|终于松了口气|松咗一口气|松咗口气|
		开了分店|刚开了分店|开分店了|开了家分店|开了第二家店|开了第二家分店|又开了一家店|又开了一家分店|开了新分店|
		opened a second shop|opened a second branch|opened another shop|opened another branch|opened a new branch|opened our second|opened my second`},
	{-1, feltForOthers},
	// Blind rounds 106–107 sentiment: pay now above what it was, a trade
	// come back at last and room to breathe again (we finally have some
	// breathing room) are good news. Neither: a degree said with 得厉害
	// (股市跌得厉害: badly, no praise), nor one's own limits told (not very
	// good with apps: no complaint).
	{1, payAbove},
	{1, tradeBackAtLast},
	{1, `have some breathing room|have a bit of breathing room|have a little breathing room|have more breathing room|got some breathing room|got a bit of breathing room|have some breathing space|have room to breathe|can breathe again|can finally breathe|breathe a bit easier|breathe a little easier|breathing a bit easier|breathing easier|breathe easier`},
	{0, `得厉害|得很厉害|得太厉害|得好厉害|得挺厉害|得特别厉害|得非常厉害|得这么厉害|得那么厉害|得更厉害|得越来越厉害|
		not very good with|not good with|not great with|not so good with|not too good with|not much good with|not the best with|i'm not very good at|i'm not good at|i'm not great at|i am not good at|i am not very good at`},
	// Blind rounds 100–105 sentiment: money come to hand (退休金一次领出来了,
	// 拆迁分了点钱), a year-end bonus in (年終入帳), pay up (今年还涨了点工资,
	// my income's actually up) and orders come over from a rival's trouble
	// (订单都转到我们这边来) are good news; letters too small to read (a bot
	// that does not understand stays neutral, as round 26 has it), a rude clerk, fright at another's story
	// (it kind of freaked me out, 我聽到都驚) and unease (心里有点打鼓) are
	// the speaker's own; who won a game is a question, no joy.
	{1, `退休金一次领出来了|退休金领出来了|退休金一次领出来|拆迁分了点钱|拆迁分了钱|拆迁分了一笔钱|拆迁款下来了|年终入账|年终奖入账|年终奖到账|年终到账|bonus came in|bonus is in|
		涨了点工资|还涨了点工资|涨了些工资|工资涨了点|收入涨了不少|工资涨了不少|收入比刚贷款时涨了不少|收入比以前涨了不少|收入比之前涨了不少|
		income's actually up|my income's up|my income is up|income is actually up|my pay is up|pay's actually up|
		订单都转到我们这边|订单都转到我们这|订单转到我们这边|订单都转过来了|订单转过来了|单都转到我们这`},
	{-0.5, `字太小了|字太小|根本看不清|看不清楚字|心里有点打鼓|心里打鼓|心里直打鼓|心里七上八下`},
	{-1, `was pretty rude|pretty rude to me|was rude to me|were rude to me|rude to me|kind of freaked me out|freaked me out|freaks me out|我听到都惊|听到都惊|听到都好惊|听到都几惊`},
	// Blind rounds 123–128 sentiment: pay up rather than cut told verb
	// first (没被裁，反而涨了工资) and one's own pay up against another's cut
	// (but mine actually went up) are good news; service called mediocre
	// (客服态度一般) is a mild complaint; a comfort wished for (每月轻松啲)
	// is no mood.
	{1, `反而涨了工资|反而加了工资|反倒涨了工资|反而涨了薪水|反而加了人工|反而加薪了|反而加了薪|mine went up|mine actually went up|mine has gone up|mine's gone up|mine actually rose|mine rose`},
	{-0.5, `态度一般|服务一般|态度很一般|服务很一般|态度麻麻|服务麻麻|态度不怎么样|服务不怎么样`},
	{0, `轻松啲|轻松一些|轻松一点|轻松些|宽松啲|宽松一点|宽松一些`},
	{0, `谁赢了|边个赢|who won`},
	// Blind rounds 123–128: the bank's message about an overdue (I get an
	// overdue text anyway) is its words, as 短信说我逾期了 is.
	{0, `overdue text|overdue texts|overdue notice|overdue notices|overdue message|overdue messages|overdue letter|overdue letters|overdue sms|overdue reminder|overdue reminders|overdue notification|overdue alert|overdue email`},
	{0, `won't hesitate|wont hesitate|won't think twice|wont think twice`},
	// A home that would not cover the loan even if sold (这间房子卖掉都不够
	// 还你们剩下的贷款) tells what it is worth: no sale, no shortfall of
	// the borrower's money, only worry.
	{-0.5, `卖掉都不够还|卖掉也不够还|卖了都不够还|卖了也不够还|卖都不够还|卖掉都不够|卖掉也不够|卖了都不够|卖了也不够|卖掉都还不清|卖掉也还不清|卖了都还不清|卖了也还不清|卖掉都还不完|卖了都还不完|卖出去都不够还|卖出去也不够还|
		卖咗都唔够还|卖咗都唔够|卖咗都还唔晒|卖咗都还唔清`},
	// A first home named as what a calculation is for (it's my first home,
	// and the asking price is…) is background, as a flat picked out is;
	// bought or its keys got is the news.
	{0, `first home|my first home|our first home|a first home|our first house|my first house|our first flat|my first flat`},
	// A charge of the bank's called bogus (the bogus late fee) is disputed,
	// no scam: a grievance.
	{-0.5, `bogus late fee|bogus late fees|bogus late charge|bogus charge|bogus charges|bogus penalty|bogus penalties|bogus interest|bogus deduction|bogus deductions|bogus overdraft fee|bogus overdue fee|bogus fee on my account|bogus fees on my account|
		phony late fee|phony charge|phony charges|phony penalty|phony deduction`},
	// Blind rounds 100–105 blockers: the rent bounced when the bank froze the
	// account (my rent payment bounced) is the freeze complained of, no
	// payment of the loan missed.
	{-0.5, `rent payment bounced|my rent payment bounced|rent bounced|my rent bounced|rent payment was returned|standing order bounced`},
	// Blind rounds 100–105: promoted while others are cut (我反而升了职) is
	// good news, as a promotion is; cash in hand from an old flat sold (Sold
	// my old HDB flat so got some cash now) is money come to hand.
	{1, `我反而升了职|我反倒升了职|我反而升职了|我反倒升职了|反而升了职|反倒升了职|反而升职了|反倒升职了|升了职|升职了|got some cash now|got some spare cash|so got some cash|so i've got some spare cash|so i have some spare cash|
		got some extra cash|got a bit of extra cash|got extra cash|have some extra cash|have a bit of extra cash|got some extra money|have some extra money|came into some money`},
	// Blind round 122: Singlish and Malaysian English praise (shiok, so shiok lah).
	{1, `shiok|so shiok|damn shiok|very shiok|shiok lah|steady lah|steady sia`},
	// Blind rounds 100–105 blockers: an old HDB flat sold (Sold my old HDB
	// flat) is a home other than the pledged one, as my old flat is; a
	// lawsuit referred back (does a lawsuit like that affect…) is the one
	// told before, not a new one against the bank.
	{0, `sold my old hdb flat|sold my hdb flat|sold our old hdb flat|sold our hdb flat|sold the old hdb flat|sold my old hdb|sold my old condo|sold my old apartment|sold my old home|sold our old home|sold my old place|
		a lawsuit like that|a lawsuit like this|such a lawsuit|a case like that|a court case like that|这样的官司|这种官司|这类官司|这种诉讼`},
	// Blind rounds 92, 95–99 sentiment: the speaker's own fright at what
	// they saw or heard (看得我心里直发毛, 吓得我赶紧来问, it really shook
	// me); an app that hangs (每次还款都要卡半天) is a complaint; a
	// promotion, income back to what it was, two full incomes again, a
	// baby just born or on the way are good news; a matter too involved to
	// explain in a few words (一问一答说不清楚) is no complaint, nor a worry
	// that was before (之前一直担心的…也已经解决), and settled or all asked
	// (都问清楚了, 已经解决) is satisfaction.
	{-1, `看得我心里直发毛|心里直发毛|直发毛|看得我发毛|看得我心里发毛|看得我心里发慌|吓得我|把我吓得|吓得我赶紧|shook me|really shook me|shook me up|left me shaken|rattled me|really rattled me`},
	{-0.5, `卡半天|卡了半天|都要卡半天|卡老半天|老是卡|总是卡|一直卡|经常卡|转半天|转了半天|加载了半天`},
	{1, `升上主管|升了主管|升为主管|升做主管|升上经理|升了经理|当上主管|当上了主管|当上经理|当上了经理|刚升职|promotion came through|promotion just came through|got my promotion|been promoted|was promoted|
		收入又恢复到|收入恢复到以前|恢复到以前的水平|恢复到原来的水平|又回到以前的水平|back on two full incomes|back to two full incomes|back on two incomes|back to two incomes|
		just had a baby|just had our baby|just had our second baby|just had our first baby|just had twins|had our second baby|had our first baby|new baby|expecting twins|expecting a baby|we're expecting|we are expecting|expecting our first|expecting our second|喜得贵子|喜得千金|添了个宝宝|添了宝宝|刚生了宝宝|宝宝出生了|怀上了二胎|怀上二胎`},
	{0, `一问一答说不清楚|一问一答讲不清楚|一两句说不清楚|一两句话说不清楚|三言两语说不清楚|几句话说不清楚|电话里说不清楚|在这里说不清楚|文字说不清楚|打字说不清楚|
		之前一直担心|之前一直担心的|之前担心的|原来担心的|本来担心的|之前挺担心的|之前很担心的|之前还担心的`},
	{0.5, `都问清楚了|问清楚了|都搞清楚了|都弄清楚了|已经解决|都已经解决|也已经解决|已经解决了`},
	// Blind rounds 92, 95–99 blockers: a home bought at auction (看中了一套
	// 法拍房) is a kind of property, not the borrower's collateral seized; a
	// transfer gone smoothly (新房子顺利过户了) is a purchase done; the bank
	// named as the one owed (我细佬欠你哋钱) is an object, not who speaks.
	// The bank's reminder said to come late (还款提醒推得有点晚) is a
	// complaint, as a late reminder is.
	{-0.5, `推得有点晚|推得太晚|推得晚|推送有点晚|推送太晚|提醒有点晚|提醒得有点晚|提醒得太晚|来得有点晚|发得有点晚|到得有点晚|推得有点迟|提醒得有点迟`},
	// An overdue record (rejected because of that overdue record) is the
	// bank's entry, as 逾期记录 is, not the borrower behind now.
	{0, `overdue record|overdue records|overdue mark|overdue marker|overdue entry|overdue status on my report|late payment record|late-payment record|late payment mark`},
	// The whole staff (全體員工減薪兩成) takes in whoever works there, the
	// borrower too: not the borrower's own employees.
	{0, `时间很紧|时间好紧|时间紧|时间太紧|时间有点紧|时间比较紧|时间超紧|工期紧|工期很紧|日程很紧|日程紧|排期很紧|排期紧|任务很紧|任务紧|工作很紧|工作好紧|行程很紧|行程紧|安排得很紧|安排得好紧`},
	// The child taken along (老婆帶著孩子走了) is an object: the one who
	// took them is still whom the story is about.
	{0, `带着孩子|带着孩子们|带着小孩|带着儿子|带着女儿|带着娃|带着宝宝|带着两个孩子|带着俩孩子|带住个仔|带住个女|带埋个仔|带埋个女|took the kids|took the children|taking the kids|with the kids in tow`},
	{0, `全体员工|全员|所有员工|全公司员工|全厂员工|全厂工人|全体职工|所有职工|公司上下`},
	{0, `法拍房|法拍屋|法拍的房子|法拍的房|法拍车|顺利过户|顺利过户了|过户很顺利|过户顺利|过户好顺利|
		欠你们|欠你们的|欠你们银行|欠你哋|欠你哋嘅|欠银行|欠银行的|欠贵行`},
	// Blind rounds 91–94 sentiment: a job or a debt-free life reached at
	// last (总算入职新公司了, 终于全部清掉了), as 终于找到新工作 and finally
	// paid off are; better than before (比以前更好); an inconvenience said
	// with feeling (挺不方便的) is a complaint.
	{1, atLast},
	{1, `比以前更好|比以前还好|比之前更好|比之前还好|比去年更好|比去年还好|比往年更好|比原来更好|better than ever|better than before`},
	{-0.5, `挺不方便|很不方便|太不方便|真不方便|非常不方便|特别不方便|好不方便|真的很不方便|really inconvenient|very inconvenient|so inconvenient`},
	// Blind rounds 91–94 blockers: a checklist of noes (no job loss, no
	// illness) is no "no job".
	{0, `no job loss|no job losses|no job loss or`},
	// Blind rounds 87–90 blockers: a wait or a bother said to be deadly
	// (排队排到想死, 等到想死, 慢到想死) is hyperbole; a complaint named as
	// past (上次投诉的重复扣款) is its subject; not meaning not to pay
	// (也不打算不还) is no refusal.
	{-1, `排到想死|排队排到想死|排得想死|等到想死|等得想死|慢到想死|慢得想死|烦到想死|烦得想死|闷到想死|闷得想死|热到想死|热得想死|冷到想死|冷得想死|无聊到想死|无聊得想死|吵到想死|吵得想死|饿到想死|饿得想死|塞车塞到想死|堵车堵到想死|塞到想死|堵到想死`},
	{0, `上次投诉的|之前投诉的|上回投诉的|投诉过的|前几天投诉的|上个月投诉的|
		不打算不还|没打算不还|不会不还|不想不还|并不打算不还|也不打算不还|唔打算唔还|唔会唔还`},
	{1, `感恩|谢天谢地|太感谢|万分感谢|多亏|帮大忙了|搞定了|五星|暖心|感动|厉害|牛|grateful|delighted|lovely|outstanding|impressive|very helpful|super helpful|so kind|very kind|good service|very good|really good|so good|完美|表扬|称赞|多谢晒|唔该晒|谢谢|谢谢你|谢谢您|感谢|非常感谢|多谢|谢啦|谢了|感激|不错|很好|真好|挺好|太好了|好极了|非常好|特别好|满意|很满意|非常满意|挺满意|棒|真棒|很棒|太棒了|给力|点赞|赞|好评|优秀|专业|贴心|周到|耐心|热情|靠谱|帮了大忙|帮大忙|
		thank|thanks|thank you|thx|ty|appreciate|appreciated|great|excellent|awesome|perfect|wonderful|fantastic|amazing|helpful|satisfied|love it|good job|well done|brilliant|superb|impressed`},
	{0.5, `解决了|便捷|方便快捷|省事|很简单|挺简单|真简单|简单方便|解释得很清楚|很清楚|讲得很清楚|温暖|热心|礼貌|及时|很优惠|挺优惠|效率很高|秒批|pretty good|efficient|friendly|professional|so easy|very easy|really easy|very clear|so clear|quick response|👍|😊|🙂|😀|😄|🙏|❤️|❤|辛苦了|麻烦你了|很方便|挺方便|真方便|太方便了|很快|真快|挺快|速度快|效率高|高效|顺利|开心|高兴|很放心|挺放心|放心了|安心|省心|稳定|还行|
		nice|glad|happy|pleased|stable|steady|smooth|so fast|very fast|really fast|super fast|so quick|very quick|cheers|not bad`},
	{-1, `why do you keep|why do you always|keep charging|keeps charging|overcharged|overcharging|hidden fees|hidden charges|不爽|恼火|气人|窝火|抓狂|不像话|太不像话|欺负人|不讲理|扯淡|忽悠|黑心|吸血|割韭菜|骗钱|套路贷|霸道|推诿|不负责任|没有诚信|坑害|投诉无门|求助无门|一拖再拖|浪费时间|白跑一趟|受够了|寒心|心寒|绝望了|disgraceful|appalling|shocking|outrageous|unprofessional|unhelpful|waste of time|had enough|enough is enough|not acceptable|bad experience|horrendous|absurd|mad|pissed|太烂|太烂了|烂透了|太差|太差了|差劲|很差|真差|垃圾|坑人|坑爹|骗子|骗人|恶心|无语|离谱|太离谱|过分|太过分|生气|气死|愤怒|火大|不满|不满意|很不满|失望|太失望|很失望|受不了|忍无可忍|崩溃|绝望|走投无路|山穷水尽|难受|痛苦|焦虑|烦死了|烦死|讨厌|乱扣|乱扣款|多扣|扣错|重复扣款|乱收费|霸王条款|骚扰|暴力催收|不合理|不公平|不靠谱|不专业|什么破|破银行|态度差|态度很差|态度恶劣|敷衍|踢皮球|没人管|没人理|没人处理|没人回|撑不下去|撑不下去了|吃不消|压力太大|压力很大|压力山大|压力好大|压力大|压力特别大|喘不过气|不想再坚持|差评|违法|太高了|太高|太贵|效率太低|效率低|效率太差|太慢|太慢了|慢死了|太坑|太坑了|被坑|坑钱|扣了两次|扣两次|重复扣|太难了|太难|熬不下去|难熬|凭什么|
		terrible|awful|horrible|worst|ridiculous|unacceptable|disgusting|angry|furious|upset|frustrated|frustrating|annoyed|annoying|disappointed|disappointing|anxious|stressed|stressful|desperate|hopeless|unfair|rip-off|ripoff|useless|nobody helps|no one helps|nobody cares|hate|sucks|fed up|sick of|sick and tired|too high|too expensive|can't cope|overwhelmed|nightmare|pathetic|incompetent|rude|harass|harassing|harassment|poor service|charged twice|double charged`},
	{-0.5, `太晚了|太迟了|太晚|太迟|发得太晚|too late|keep calling|keeps calling|extra charges|无奈|心烦|烦躁|委屈|冤枉|拖延|磨磨蹭蹭|太麻烦了|很麻烦|真麻烦|麻烦死了|太复杂|很复杂|复杂|繁琐|折腾|耽误|等了好久|等了半天|没回复|不回复|打不通|没人接|睡不着|失眠|艰难|糟透了|完蛋|完蛋了|惨了|无助|呵呵|unhappy|not happy|irritated|too slow|so slow|takes forever|ignored|ignoring|never got back|no one got back|wrong amount|can't sleep|😡|又扣|又扣了|闪退|怎么又|不提前通知|been waiting|still waiting|waiting for days|no response|no reply|nobody called|no one called|好烦|很烦|真烦|烦人|好难|😠|😤|😭|😢|😞|💔|头疼|愁死|发愁|着急|急死|担心|担忧|害怕|怕|倒霉|糟糕|惨|搞什么|怎么回事|郁闷|闹心|糟心|难过|伤心|哭|心累|累死|不好|不行|不稳定|不容易|不幸|可怕|太多了|太多|催收|没办法|实在没办法|
		worried|worry|worrying|worried that|worried i|worried i'll|worried i will|worried i might|scared i'll|stress|scared|struggling|bad|too much|joke|mess|messed up`},
	{0, `不好意思|好不好|行不行|对不对|要不要|还不还|够不够|不客气|没关系|没事|没问题|其他|其它|他行|吉他|特别|区别|分别|告别|别的|大家好|不知道|不清楚|不确定|不了解|不明白|不懂|不太清楚|不得不|不然|要不然|别逼我|不要逼我|别让我|别等我|失业率|失业保险|失业潮|不管|不论|无论|不仅|不但|不光|不久|不久前|不断|不停|不少|不一定|不小心|不到|没想到|没多久|没过多久|没几天|没几个月|没错|不过来|不过去|但愿|说的话|讲的话|说过的话|这些话|那些话|主要是|只要是|需要是|还完了|机会|会议|社会|会员|学会|开会|会计|误会|这么|那么|多么|要么|
		逾期记录|逾期利息|逾期罚息|逾期费|逾期费用|逾期天数|中介费|房产中介|房屋中介|工资卡|收入证明|工资流水|不想还这么|不想还那么|不想还利息|不想还要|被起诉|起诉我|会起诉我|要起诉我|起诉了我|收到律师函|收到了律师函|你们的律师|
		good morning|good afternoon|good evening|good night|no problem|no worries|not sure|not only|not just|no doubt|no idea|not sure if|unsure if|wonder if|wondering if|see if|check if|know if|ask if|asking if|tell me if|let me know if|confirm if|find out if|首付钱不够|首付的钱不够|首付不够|拿不出首付|交不起首付|付不起首付|凑不齐首付|凑不够首付|没收入证明|没有收入证明|没工作经验|没有工作经验|在医院工作|在医院上班|防癌|防癌险|癌症险|work at a hospital|work in a hospital|bad credit|poor credit|good credit|quick question|by accident|what kind|any kind|kind of|mind|your lawyer|the lawyer|ill-advised`},
	// Good news and excitement (raise, bonus, a home bought, debt nearly
	// gone), in the words and emoji customers use.
	// Blind rounds 114–118: an app that stalls again and again, and when it
	// will be fixed, asked in annoyance.
	{-1, `卡在最后一步|每次都卡|老是卡住|总是卡住|每次都卡住|什么时候能修好|什么时候才能修好|啥时候能修好|几时先整好|几时整好`},
	{-1, `多出一条逾期记录|多出了一条逾期记录|多了一条逾期记录|多出一条逾期|多了一条逾期|多出来一条逾期|多出一笔逾期|多了一笔逾期记录|平白多了逾期|莫名其妙多了逾期|莫名其妙多了一条逾期|多咗一条逾期|多咗条逾期`},
	{1, `好消息|喜讯|太开心|好开心|超开心|很开心|非常开心|开心死了|高兴死了|太高兴|好高兴|超赞|超棒|太赞|好棒|美滋滋|太爽了|好爽|太幸运|好幸运|中彩票|中奖|升职|升职加薪|加薪|加薪了|涨薪|涨薪了|涨工资|涨工资了|工资涨了|薪水涨了|收入涨了|收入提高|收入提高了|收入增加|收入增加了|年薪涨|工资提高|奖金到手|年终奖到手|发年终奖|年终奖发了|奖金入账|发了一笔奖金|发了奖金|奖金下来了|年终奖金下来了|年终奖下来了|拿到offer|拿到了offer|梦想成真|圆梦|买房成功|成功上岸|上岸了|考上编制|好期待|很期待|超期待|收获满满|受益匪浅|受教了|聊得很愉快|合作愉快|很愉快|越来越好|越做越好|蒸蒸日上|生意红火|生意兴隆|生意很好|生意不错|效益很好|业绩很好|翻倍|翻了一倍|翻了一番|必须夸|夸一下|点个赞|好用多了|很好用|挺好用|真好用|
		yay|hooray|woohoo|woo-hoo|yippee|so excited|excited|thrilled|stoked|over the moon|ecstatic|overjoyed|so happy|super happy|really happy|very happy|great news|good news|best news|love this|loving it|dream home|dream house|dream car|finally paid off|debt-free|debt free|going well|doing well|going great|so lucky|blessed|got promoted|got a raise|gave me a raise|given me a raise|gave us a raise|gave me a pay rise|gave me a pay raise|pay raise|pay rise|salary went up|salary increase|got a bonus|got my bonus|nice bonus|big bonus|great bonus|got a new job|landed a new job|landed a great|landed a job|got the job|best year|record year|great rate|got a promotion|my promotion|best bank|best app|best service|best experience|congrats|congratulations|fabulous|hassle-free|hassle free|painless|`},
	{0.5, `开心|高兴|愉快|心仪|宽裕|手头宽裕|还宽裕|还算宽裕|挺宽裕|很宽裕|宽松|轻松|很轻松|不吃力|省了不少|省了很多|太划算|很划算|挺划算|真划算|实惠|用心|很用心|好顺|很顺|挺顺|太顺了|工作也顺|一切顺利|很顺利|挺顺利|顺顺利利|好评如潮|哈哈|哈哈哈|嘻嘻|嘿嘿|很稳|稳稳的|辛苦你了|辛苦您了|辛苦啦|辛苦你们了|
		paid off|almost done|nearly done|beautiful|sunny|lucky|celebrate|celebrating|easy|super easy|quick and easy|worth it|can't wait|cant wait|🎉|🥳|😁|😃|😆|🤩|😍|🥰|☺️|☺|👏|🙌|💯|✌️|💪|🌞|☀️|☀|🏡|✨|🎊|🍾|🥂|😎|🤗|👌|💕|💖|😘|😋|🌟|⭐|🌈`},
	// Worry, burden and reproach.
	{-1, `不到位|太不到位|做得不好|不够及时|不人性化|说的不一样|说法不一样|说的不一致|前后不一|前后矛盾|自相矛盾|口径不一|到底听谁的|听谁的|互相推诿|推来推去|踢来踢去|客气点|客气一点|礼貌点|礼貌一点|态度好点|态度好一点|语气好点|别那么凶|赶紧退|赶快退|马上退|立刻退|还我钱|给个说法|给我个说法|给我一个说法|讨个说法|搞什么鬼|什么鬼|坑死|扣了我两次|扣我两次|多扣了我|多扣我|重复扣了|扣了两遍|扣两遍|没经过我同意|未经同意|未经我同意|擅自|私自|强买强卖|捆绑销售|被捆绑|打爆|天天打电话|不停打电话|半夜打电话|打到我单位|打给我家人|爆通讯录|威胁|恐吓|辱骂|骂人|羞辱|侮辱|心好累|好辛苦|很辛苦|太辛苦|压力有点大|压力有些大|压力挺大|压力不小|压力比较大|好大压力|很大压力|太大压力|负担很重|负担太重|负担好重|煎熬|好煎熬|心情不好|心情很差|心情差|心情糟|好慌|很慌|心慌|发慌|不开心|不高兴|😫|😰|😱|🤬|👎|
		ugh|argh|damn|dammit|wtf|ffs|unbelievable|scandalous|daylight robbery|ripped off|rip off|never again|exhausted|exhausting|crushing|crushed|suffocating|drowning|killing me|brutal|heartbroken|devastated|gutted|miserable|depressed|panicking|freaking out|terrified|dreading|losing sleep|sleepless|never end|never-ending|so expensive|told me something different|said something different|different answers|be more polite|so rude|charged me twice|without my consent|without permission|unauthorized|unauthorised|want my money back|give me my money back|can't wait any longer|cannot wait any longer|can't wait anymore|can't wait forever`},
	{-0.5, `辛苦|慌|有点慌|慌了|紧张|好紧张|很紧张|不安|忐忑|睡不好|吃不下|头大|头痛|好贵|很贵|挺贵|有点贵|偏贵|真贵|这么贵|那么贵|贵死了|吓人|好吓人|很吓人|好累|很累|太累|有压力|好重|很重|太重|负担重|吃力|很吃力|有点吃力|太吃力|力不从心|唉|叹气|好无力|心塞|扎心|沮丧|低落|不舒服|不放心|很不方便|太不方便|不及时|退回来|把钱退|搞错了|弄错了|强制|一直打电话|😩|😣|😖|😓|😥|😟|😔|☹️|☹|🙁|😒|😑|💢|😪|🥺|😬|🤯|😨|😧|😦|🥲|🙄|
		sigh|pricey|costly|steep|a fortune|how bad|confused|confusing|unclear|contradictory|inconsistent|nervous|panic|dread|collection call|collection calls|collections call|debt collector|debt collectors|so why|then why|why on earth|why the hell|why the heck|why did i get|why was i charged|why am i being|why have i been|tiring|tired`},
	{0, `显示我逾期|显示逾期|说我逾期|算我逾期|算逾期|判我逾期|记我逾期|标记逾期|显示我已逾期|显示为逾期|shows overdue|showing overdue|marked overdue|marked as overdue|flagged as overdue|listed as overdue|shows me as overdue|showing me as overdue|shows as overdue|shows i'm overdue|says i'm overdue|很重要|太重要|好重要|挺重要|非常重要|比较重要|不安全|拆迁款|拆迁补偿|拆迁费|拆迁补贴|拆迁安置|拆迁赔偿|压力大不大|压力会不会|压力大吗|压力有多大|压力小|压力不大|没压力|没什么压力|贵州|贵阳|zero overdue|zero late|0 overdue|no work experience|sue me|sued me|suing me|sues me|sued by|being sued|been sued|get sued|被告上法庭|12378是什么|12378是啥|12378是哪|12378是干|12363是什么|12315是什么|what is 12378|what's 12378|收到律师函|你们发的律师函|发来的律师函|催收律师函|律师函催收|两个月|三个月|四个月|五个月|六个月|几个月|好几个月|多个月|十几个月|2个月|3个月|4个月|5个月|6个月|7个月|8个月|9个月|两个人|三个人|几个人|2个人|3个人|炒股亏|炒币亏|股票亏|暂时停止还款|申请停止还款|暂停还款|暂停还|申请暂停|停还息|`},
	{1, `got the keys|got our keys|our new home|our new house|bought a house|bought our first|closed on the house|拿到钥匙|拿到钥匙了|收房了|交房了|喜提新房|乔迁|乔迁之喜|新家|
		越来越好用`},
	{-1, `越来越差|越来越慢|越来越贵|越来越烂|越来越离谱|变差了|撑不住|撑不住了|扛不住了|顶不住了|
		getting worse|worse and worse|going downhill`},
	{-0.5, `排队排了|排了一个钟|等了一个钟|等了半个钟|排了半天|排半天|排了好久|等了一个小时|等了一小时|等了两个小时|
		on hold for|been on hold|hold for an hour|waited an hour|waited for an hour`},
	{0, `不如|还不如|倒不如|在想怎么|想着怎么|琢磨怎么|早好了|早就好了|全好了|好多了|恢复得很好|恢复得挺好|恢复得不错|恢复得好`},
	{-0.5, `好担心|很担心|好可怕|frightening|不知道怎么办|不知道该怎么办|不知道怎么|愁怎么|发愁怎么`},
	{1, `好太多|好很多|好得多|强多了|好了很多|比去年好|比以前好|比往年好|saved me so much|thanks a million|you've saved me`},
	{-1, `没解决|还是没解决|没有解决|还没解决|问题还在|not resolved|still not fixed|still broken|still not sorted|still hasn't been fixed|nobody told me|no one told me|nobody informed me|没人告诉我|没人通知我|也没人说|没有提前说|都不提前说|不提前说|not coping|can't cope anymore|yet another|thanks for nothing|thanks a lot for nothing|yeah right|just what i needed`},
	{1, `激动|太激动了|好激动|激动死了|超激动`},
	{-1, `心疼|肉疼|肉痛|好心疼|看着就心疼|心在滴血|太会赚钱|真会赚钱|真会算计|吃相难看|吃相太难看|抢钱|明抢|跟抢钱一样|depressing|disheartening|soul-crushing|bleak`},
	{0, `额度不够|额度不足`},
	{-1, `还没人处理|还没人管|还没人理|还没人回|还是没人|一直没人处理|都没人处理|都没人管|都没人理|都没人回`},
	{-0.5, `被催收|天天被催收|被催债|被追债|一个星期了还没|一周了还没|半个月了还没|等了一个星期|a week and still|still no|房租都快付不出|房租付不出|房租都付不出|房租都交不起|交不起房租|付不起房租|房租都快交不起|租金付不出|租金都付不出`},
	{-1, `烦不烦|有完没完|够了没|还有完没完|别再发了|别再打了|听不懂人话|答非所问|牛头不对马嘴|鸡同鸭讲|人工智障|useless bot|stupid bot|pointless bot`},
	{1, `月薪涨|工资涨|薪水涨|年薪涨|收入涨|底薪涨|月入涨|薪资涨`},
	{-1, `什么效率|什么服务|什么态度|什么玩意`},
	{-0.5, `一直没发|等了半个小时|等了半小时|都没接|一直没人接`},
	// Blind rounds 34–35: a pay rise told with 了 inside (今年刚涨了薪).
	{1, `涨了薪|涨了点薪|涨了薪水|涨了薪资|加了点薪|加了薪水|调了薪|提了薪|升了职|加咗薪|升咗职|加咗薪水|got a pay bump|got a salary increase|got a salary bump|got a bump in pay|my pay went up|my wages went up`},
	{1, `发了奖金|发奖金了|奖金发了|奖金发下来了|多发了奖金|奖金多发了|奖金多发|多发了一个月工资|发了双薪|拿到奖金|拿到了奖金|领到奖金|发了年终奖|拿到年终奖|年终奖拿到了|奖金翻倍|奖金涨了|发了季度奖|发了花红|出咗花红|有双粮|出咗双粮|转正|转正了|加了工资|加工资了|涨了工资|调薪了|加了薪|just got approved|got approved|we got approved|i got approved|been approved|got the approval|things worked out|it all worked out|everything worked out|all worked out|turned out fine|turned out well|back on my feet`},
	// Blind rounds 84–86: a page or a notice one cannot find one's way
	// through (跟迷宫一样, 写得太绕, 看了三遍没看懂) and a charge that is
	// not fair (这说不过去) are complaints; money saved or come at last
	// (终于攒够了, 终于卖掉了, 分咗笔钱俾我), pay after a raise (调薪后,
	// 工资比以前还高) and a good quarter are good news.
	{-0.5, `说不过去|这说不过去|跟迷宫一样|像迷宫一样|跟迷宫似的|像走迷宫|找了半天|写得太绕|太绕了|看了三遍没看懂|看了几遍都没看懂|看了好几遍都没看懂|看了半天没看懂|看了三遍都没看懂|睇咗几次都睇唔明|
		like a maze|a total maze|took me ages to find|read it three times|read it twice and still`},
	{1, `调薪后|调薪之后|加薪后|加薪之后|涨薪后|涨薪之后|工资比以前还高|工资比以前高|薪水比以前还高|人工仲高过以前|人工高过以前|终于攒够了|终于攒够|终于存够了|终于储够|终于储够钱|终于卖掉了|终于卖出去了|终于卖咗|老家的房子终于卖掉|老家房子终于卖掉|老家那套房终于卖掉|老家那套房子终于卖掉|分了笔钱给我|分了一笔钱给我|分咗笔钱俾我|分咗笔钱畀我|
		had a good quarter|had a great quarter|a good quarter|a great quarter|a strong quarter|finally saved enough|finally sold`},
	{0.5, `approved for|our first mortgage|first house|first flat|first apartment`},
	{-0.5, `一直让我等|让我等了|让我一直等|等了这么久|等这么久|一直在等`},
	{1, `唔该|唔该你|唔该你哋|真系好好|服务好好|态度好好|正呀|正啊|好正|好犀利|犀利|好劲|好嘢|好彩|好抵|几好|唔错`},
	{-1, `唔公平|好唔公平|唔合理|食人唔使吐骨|食人不吐骨头|吃人不吐骨头|呃人|呃钱|离晒谱|冇眼睇|激气|好嬲|顶唔顺|顶唔住|好衰|大镬|好惨|心情好差|唔开心|好差|
		been transferred|transferred again|passed around|bounced around|the runaround|runaround`},
	{-0.5, `这么高|咁高|咁贵|那么高|好攰|攰|烦|嬲|唔掂`},
	{0, `麻烦|麻烦你|麻烦您|麻烦帮|麻烦啦|麻烦一下|麻烦下|不麻烦|outstanding balance|outstanding amount|outstanding loan|outstanding debt|outstanding payment|outstanding principal|still outstanding|amount outstanding|balance outstanding`},
	{-1, `利息这么多|利息这么高|利息太多|这么多利息|还没说清楚|没说清楚|说不清楚|讲不清楚|解释不清|找你们领导|叫你们领导|找你们经理|叫你们经理来|让你们领导|speak to your manager|speak to a manager|get me a supervisor|your supervisor`},
	{-0.5, `不太划算|不划算|不值得|太亏|换了三个|换了好几个`},
	{0, `short term|short-term|short mortgage|short loan|in short|short question|short answer|还没还完|还没还清`},
	{1, `offer got accepted|offer was accepted|offer accepted|got the house|got the flat|及时雨|压力小了|压力小了不少|轻松多了`},
	{-1, `天天维护|老是维护|又在维护|总是维护|一直维护|always down|always under maintenance`},
	{-0.5, `什么时候才能|有点压力|有些压力|有一定压力|压力有点`},
	{-1, `完全看不懂|莫名其妙|一头雾水|差这么多|can't do this anymore|can't take it anymore|can't take this anymore|everything's going wrong|everything is going wrong`},
	{-0.5, `看不懂|搞不懂|rough week|rough day|rough time|bad week|bad day|going wrong|went wrong|rough`},
	{1, `心情大好|心情很好|心情不错|心情特别好|好心情|生日快乐|happy birthday`},
	{0.5, `🎂|🎁|🎈`},
	{-1, `都是忙音|一直占线|到底有没有人上班|有没有人上班|到底有没有人|心里真不是滋味|不是滋味|心里不舒服|憋屈|窝囊|也太低|也太慢|也太差|也太贵|也太高|也太坑|也太麻烦|也太离谱|也太过分|也太夸张|系统是不是有问题|系统有问题|系统出问题|系统又出问题|显示未还|还显示未还`},
	{-0.5, `忙音|占线|要等一个月|还显示`},
	{-1, `没排到|排不到|还是没排到|头皮发麻|吓死人|吓死了|快赶上本金|一点没变|一点都没变|一点没动|一分没少|一点没少|到底怎么算的|到底怎么算`},
	{-0.5, `排了四十分钟|排了一个小时|排了半小时|等了四十分钟|等了一个多小时|活少|没什么活|活儿少`},
	// Blind rounds 18–21: a wish for relief is no relief; pressure said
	// emphatically; a Cantonese wait; good news in the words people use.
	{0, `轻松点|轻松一点|轻松些|轻松一些|宽松点|宽松一点|扣押金|有几笔贷款|有几笔房贷|有几个贷款|有多少笔贷款|一共几笔|总共几笔|名下有几|名下几笔`},
	{0.5, `轻松一点了|轻松点了|轻松些了`},
	{-1, `压力确实不小|压力确实大|压力确实很大|压力确实挺大|压力真的不小|压力真的很大|压力真的大|压力真不小|压力真大|压力实在太大|压力实在大|压力实在很大|压力也不小|压力还是不小|压力还是很大|压力还挺大|压力挺不小|压力蛮大|压力满大|压力其实挺大|压力其实很大|压力其实不小|确实压力大|确实压力很大|真的压力很大|服务真系差|真系差|服务好差|服务真差|服务太差|服务差|服务好烂|真系烂|服务真系烂`},
	{-0.5, `压力有点儿大|冇人覆|冇人理|冇人睬|冇人回|都冇人覆|等咗成个钟|等咗好耐|等咗半日|等咗好久`},
	{1, `年终奖到账|奖金到账|年终奖入账|年终奖到了|奖金到了|花红到账|双粮到账|官司赢了|打赢了官司|打赢官司|赢了官司|胜诉|胜诉了|人工加咗|加咗人工|份粮加咗|加人工|订单又回来了|订单回来了|生意回来了|生意又回来了|生意好起来了|订单多起来了|生意好转了|客人回来了|
		bonus came in|bonus came through|bonus landed|bonus hit my account|bonus just came in|won the case|won the lawsuit|won my case|salary just went up|pay just went up|salary has gone up|salary's gone up|pay has gone up|pay went up|wages went up|income went up|income has gone up|income just went up|got a pay rise|got a payrise|salary increased|pay increased|salary was raised|pay was raised|raised my salary|salary bump|pay bump|earning more now|making more now|orders are back|orders came back|orders have come back|business is back|business has picked up|business is booming|sales recovered|sales have recovered|sales are back`},
	{0, `处理投诉|受理投诉|投诉处理|解决投诉|投诉的事解决|投诉已经解决|handled my complaint|resolved my complaint|dealt with my complaint|my complaint was|complaint was handled|complaint was resolved|比以前|比之前|比原来|比去年|比往年|than before|than last year`},
	// Blind rounds 22–29: northern 贼 (贼高, 贼差), brushing off (别跟我扯),
	// an app hard to use, a surly clerk, pressure said with 都, a payment
	// that feels heavy, reproach for a fee charged though paid; a bigger
	// bonus is good news; a rough estimate, 不满12个月 and a complicated
	// situation are neither; a bot that cannot answer is a plain handoff.
	{-1, `好失望|让人失望|太让人失望|令人失望|贼高|贼贵|贼差|贼慢|贼坑|贼烦|贼难用|贼麻烦|贼离谱|阴阳怪气|真是服了|真服了|服了你们|我服了|别跟我扯|少跟我扯|别扯了|别跟我扯了|少废话|别废话|别糊弄我|别忽悠我|不耐烦|很不耐烦|甩脸色|摆脸色|给脸色|脸色难看|臭脸|黑着脸|难用|超难用|很难用|太难用|好难用|真难用|超级难用|压力都很大|压力都挺大|压力都好大|压力一直很大|压力一直都很大|压力也很大|压力都大|压力也大|明明按时|明明已经还|明明还了|明明准时|明明交了|明明付了|明明已经交|很夸张|太夸张|好夸张|真夸张|超夸张|
		even though i paid|even though i'd paid|even though i had paid|even though we paid|despite paying on time|feels heavy|feel heavy|feeling heavy|weighs on me|weighing on me|weighs on us|weighing on us|hard to use|impossible to use|clunky`},
	{-0.5, `夸张|超久|等超久|等好久|提个意见|提点意见|老是晚|总是晚|老是迟|总是迟|每次都晚|每次都迟|晚一天才|晚两天才|晚几天才|晚了一天才|晚了两天才|晚了三天才|晚了几天才|晚了好几天才|
		a bit much|bit much|a little much|hit me with|slapped me with|want it reversed|reverse the fee|reverse the charge`},
	{1, `年终奖比较多|年终奖金比较多|奖金比较多|奖金多了|奖金挺多|奖金不少|年终奖不少|年终奖挺多|年终奖很多|奖金很多|年终奖多了|花红多咗|
		good bonus|decent bonus|generous bonus|healthy bonus|bigger bonus|bumper bonus|big raise|% raise|% pay rise|% pay raise|% salary increase|% pay increase|percent raise|a raise this year`},
	{0.5, `不差钱|资金充裕|手头宽松|no money worries|no financial worries`},
	// Long since stable again (工作早就稳定了), after a plight that is over: context, not news.
	{0, `早就稳定|早已稳定|早稳定|long since stable|long been stable`},
	{0, `rough estimate|rough idea|rough figure|rough number|rough guide|rough calculation|roughly|ballpark|不满1|不满2|不满3|不满4|不满5|不满6|不满7|不满8|不满9|不满一|不满两|不满二|不满三|不满四|不满五|不满六|不满七|不满八|不满九|不满十|不满半|情况比较复杂|情况有点复杂|情况复杂|情况挺复杂|情况较复杂|情况特殊|情况比较特殊|it's complicated|机器人说不清楚|机器人讲不清楚|机器人解释不清|机器人回答不了|机器人答不了|机器人搞不定|机器人解决不了|机器人说不清|bot can't answer|bot couldn't answer|bot can't help|bot couldn't help|听律师说|听律师讲|据律师说|缓一缓的办法|缓一缓的方法|缓一缓的政策|缓一缓的方案|缓一缓的措施|缓一缓的途径|较以前|较之前|较原来|较去年|相比以前|相较以前|比起以前|比起之前|compared to before|compared with before|compared to last year|compared with last year`},
	// Blind rounds 30–33: pressure said with 真的 (压力真的好大); a message
	// not yet received is a plain fact; working at a hospital is no
	// illness; an overdue the bank recorded (给我记了逾期) is a dispute.
	{-1, `压力真的好大|压力真的太大|压力真的挺大|压力真的蛮大|压力真的特别大|压力真的非常大|压力真好大|压力非常大|压力特别大|压力超大|压力巨大|压力极大|压力真系好大|压力真系大|压力好大啊`},
	{0, `一直没收到|一直没有收到|在医院工作|在医院上班|在医院打工|在医院实习|在医院当|在医院做护士|在医院做医生|在医院做护工|喺医院做|喺医院返工|喺医院工作|喺医院上班|喺医院当|喺医院打工|
		nurse at the hospital|nurse at a hospital|doctor at the hospital|doctor at a hospital|work at the hospital|work in the hospital|working at a hospital|working at the hospital|working in a hospital|working in the hospital|hospital nurse|hospital doctor|hospital porter|
		记了逾期|给我记了逾期|给我记逾期|记成逾期|记为逾期|算成逾期|标成逾期|报了逾期|给我报了逾期|上报逾期|报一笔逾期|报了一笔逾期|报一次逾期|报了一次逾期|报我逾期|给我报逾期|上报了逾期|报送逾期|报咗逾期|报咗一笔逾期|话我逾期|当我逾期|当成逾期|
		marked me as late|marked me late|marked me overdue|marked me as overdue|reported me late|reported me as late|reported as late|marked as late|flagged me as late|flagged me as overdue|reported me overdue|reported me as overdue|reports me overdue|reports me as overdue|flagged me overdue|listed me as overdue|recorded me as overdue|put me down as overdue`},
	// Blind rounds 36–41 blockers: a life one would not live like (不想活成我爸那样),
	// a loan method not wanted (不想还等额本息), a lawyer friend's advice, a
	// plan to quit (打算辞职), two loans at this bank, an overdue the bank
	// counted (被算遲繳), a near miss in English.
	{0, `不想活成|不想再活成|唔想活成|不想活得像|不想活得跟|不想活得和|不想过成|
		不想还等额|不想再还等额|唔想还等额|不想还先息|不想用等额|
		律师朋友让我|律师朋友叫我|律师朋友建议我|律师朋友提醒我|做律师的朋友|当律师的朋友|朋友是律师|lawyer friend|friend who is a lawyer|friend who's a lawyer|
		打算辞职|准备辞职|计划辞职|想辞职|要辞职|打算离职|准备离职|想离职|要离职|打算辞工|planning to quit|plans to quit|going to quit her job|going to quit his job|thinking of quitting|
		名下有两笔|名下有三笔|名下两笔|名下三笔|名下有2笔|名下有3笔|在你们这有两笔|在你们行有两笔|在贵行有两笔|
		被算迟缴|算我迟缴|算迟缴|被算迟还|算我迟还|记我迟缴|被记迟缴|被当成迟缴|被判迟缴|被算晚缴|
		nearly missed|almost missed|nearly fell behind|almost fell behind|came close to missing|nearly forgot|almost forgot`},
	// Blind rounds 42–45 blockers: a court's seal is no impersonation
	// (说是法院查封); worried sick is no illness; an overdue the bank shows
	// or counted, with a count (记了一次逾期, shows two overdue); a record
	// without a missed payment; two loans with this bank; no other loans;
	// a customer's plight asked about (客户失业) is a class of people; an
	// old home already sold to settle a loan is no collateral trouble.
	{0, `法院查封|被法院查封|法院来查封|法院冻结|法院封的|法院贴的封条|法院拍卖|
		worried sick|sick with worry|worried myself sick|
		记了一次逾期|记了两次逾期|记了一笔逾期|记了一期逾期|记了次逾期|记了一个逾期|算了一次逾期|报了一次逾期|
		shows two overdue|shows one overdue|shows an overdue|shows as overdue|shows overdue|showing overdue|showing as overdue|marked as overdue|marked overdue|flagged as overdue|recorded as overdue|listed as overdue|
		without a single missed|without a missed|without missing a|without one missed|never missed a single|
		two loans with you|2 loans with you|both loans with you|three loans with you|two loans with your bank|two loans with this bank|two loans here|
		没有别的贷款|没别的贷款|都没有别的贷款|没有其他贷款|没有其它贷款|没其他贷款|冇其他贷款|冇其他借贷|no other loans|no other debts|no other debt|
		客户失业|客户生病|客户住院|借款人失业|借款人生病|遇到客户失业|遇到失业的客户|
		sold my old flat|sold my old house|sold our old house|sold our old flat|sold the old flat|sold the old house|sold my other flat|sold my other house|老房子卖了|旧房子卖了|老房卖了|卖了老房子|卖掉老房子|卖了旧房子|没有贷款的老房子|没有贷款的房子|
		老家的房子卖掉|老家的房子已经卖掉|老家的房子卖了|老家房子卖掉|老家房子卖了|老家那套房卖掉|老家那套房子卖掉|老家那套房卖了|老家那套房子卖了|卖了老家的房子|卖掉老家的房子|卖了老家房子|卖掉老家房子|乡下的房子卖掉|乡下的房子卖了|老家间屋卖咗|乡下间屋卖咗|
		sold the house back home|sold our place back home|sold my place back home|sold the family home back home`},
	// Blind rounds 36–41 sentiment: a demand to do better (能不能靠谱点), a bot
	// that keeps getting one wrong, Taiwanese 很扯, too much to ask; good
	// news in the words people use (a bonus that finally came, a new job
	// found at last, 返晒正軌, finally some relief, 挺開心); a surgery that
	// went fine. Neither: 牛肉 is beef, 有點複雜 and 三言兩語說不清 explain a
	// handoff, a tradeoff weighed (前期壓力大一點), a new home's address,
	// a job or income told as steady in passing.
	{-1, `靠谱点|靠谱一点|靠谱些|专业点|专业一点|用点心|上点心|上心点|
		keeps misunderstanding|keep misunderstanding|misunderstanding me|keeps getting me wrong|keep getting me wrong|doesn't understand me|does not understand me|not understanding me|总是理解错|一直理解错|老是理解错|又理解错|成日听错|听唔明我|
		很扯|好扯|太扯|超扯|有够扯|扯欸|too much to ask`},
	{1, `年终奖终于到账|奖金终于到账|年终奖终于发|奖金终于发|终于发奖金|got my year-end bonus|got my annual bonus|year-end bonus today|
		终于找到新工作|终于找到工作|终于揾到工|终于揾到新工|finally found a job|finally found a new job|finally got a job|
		返晒正轨|已经返晒正轨|回到正轨|重回正轨|走上正轨|finally some relief|what a relief|such a relief|松了一口气|松一口气|
		挺开心|挺开心的|蛮开心|很开心的|蛮好的|蛮不错|服务蛮好|服务很好|服务好好|
		熬出头|熬出头了|总算熬出头|终于熬出头|熬出头咗|
		好开心的|蛮开心的|心里挺开心|心里很开心|心里好开心|心里挺高兴|心里很高兴|心里美滋滋|好高兴的|很高兴的`},
	{0.5, `went fine|went well|went smoothly`},
	{0, `牛肉|牛奶|牛排|牛仔|蜗牛|吹牛|有点复杂|三言两语说不清|三言两语讲不清|一两句说不清|一两句话说不清|几句话说不清|一句两句说不清|
		压力大一点|压力大一些|压力会大一点|压力稍大|改到新家|寄到新家|新家地址|新家的地址|
		还算稳定|都稳定|都挺稳定|也挺稳定`},
	// Blind rounds 42–45 sentiment: a fear of one's own (I'm paranoid), a
	// bot that keeps not understanding (听不懂我), going round in circles
	// with a machine, an error on the bank's side, lousy; good luck (a
	// prize won, a bonus paid), real help remembered (帮了我大忙), relief
	// for the family (能缓口气). Neither: a steady job or a good credit
	// record told as reassurance.
	{-1, `i'm paranoid|i am paranoid|so paranoid|really paranoid|听不懂我|都听不懂|听唔明我讲|讲来讲去都|说来说去都|
		tried explaining this|explaining this to the chatbot|explaining this to the bot|typing into a machine|talking to a machine|keep typing into|lousy|so lousy`},
	{-0.5, `error on your side|error on your end|mistake on your side|mistake on your end`},
	{1, `lottery prize|won the lottery|won a prize|won a small prize|中了奖|中奖了|中咗奖|中了彩票|中咗六合彩|中了六合彩|
		发了一笔奖金|发了一笔项目奖金|发了笔奖金|发了项目奖金|发了年终奖|发咗花红|
		帮了我大忙|帮了大忙|帮咗我好多|帮咗我大忙|helped me a lot|was a huge help|was a great help|
		能缓口气|可以缓口气|能喘口气|可以喘口气|总算能喘口气|终于能缓口气|总算是个好消息|真是个好消息`},
	{0, `
		信用记录也很好|信用记录很好|信用记录良好|信用纪录也很好|信用纪录很好|信用纪录良好|征信也很好|征信很好|征信良好|信用也很好|
		credit record is good|credit history is good|good credit history|good credit record|spotless record|clean record`},
	// Blind rounds 46–48 sentiment: a business warming up again, pay higher
	// than before, a bonus landed, a wedding gift, a full recovery; a
	// clerk who would not listen (愛答不理), a fright (嚇了一跳), a death in
	// the family, costs far beyond the plan, a request to do better.
	// Neither: a steady job both partners have, told as reassurance; a
	// repayment that never went wrong (沒出過問題).
	{1, `总算回暖|终于回暖|回暖了|
		bonus just landed|bonus landed|bonus came in|bonus just came in|bonus has landed|发了一笔年终奖|发了笔年终奖|
		收了些礼金|收了礼金|收咗利是|wedding gift|挺高兴|挺高兴的|很高兴|太开心了|i've fully recovered|i have fully recovered|i'm back at work`},
	{-1, `气死我了|把我气死了|气死我|心有余悸|还心有余悸|心里一紧|心头一紧|心一紧|i panicked|panicked a bit|got a bit panicky|a bit panicky|
		爱答不理|爱理不理|气得饭都没吃|气得|吓了一跳|吓我一跳|吓死我了|都吓一跳|都吓了一跳|听到吓一跳|听了吓一跳|看到吓一跳|看了吓一跳|听得吓一跳|都吓咗一跳|gave me a fright|gave me a scare|spooked me|gave me chills|passed away|去世了|过世了|
		costing far more|costs far more|costing much more|costing a lot more|开销变大|开销大了|开支变大|开支大了|花销变大|
		希望你们改进|希望你们能改进|希望你们改善|希望你们能改善|你们改进一下|please improve|害我差点`},
	{0, `都有稳定工作|都有稳定的工作|没出过问题`},
	// Blind rounds 49–54 blockers: an overdue fee is a charge, not the
	// borrower's lateness (I was never late, so why an overdue fee?); a
	// question that weighs both sides (划不划算, 值不值得).
	{0, `overdue fee|overdue fees|overdue charge|overdue charges|overdue interest|overdue penalty|late fee|late fees|late charge|late charges|late payment fee|late-payment fee|
		划不划算|划算不划算|值不值得|值得不值得|值不值|合不合算|麻不麻烦|复不复杂|难不难|贵不贵|亏不亏|累不累`},
	// Blind rounds 49–54 sentiment: an app that lags (太卡了, 转半天圈), a
	// bot that is no help; windfalls (a year-end bonus, a gift from one's
	// parents, a raise come through, a bonus with its amount, money won
	// back in court, a refund made, money come in hand), relief (thankfully),
	// delight said with 真 (真开心). Neither: a parting wish (祝你们下班愉快).
	{-1, `太卡|太卡了|好卡|很卡|超卡|卡死了|卡死|卡爆了|卡得要死|卡得要命|卡顿|转半天圈|一直转圈|转圈转半天|一直在转圈|加载半天|半天加载不出来|加载不出来|
		isn't helping|is not helping|not helping|no help at all|not much help|not helpful at all|of no help|doesn't help at all|laggy|so laggy|keeps freezing|keeps crashing`},
	{1, `got a year-end bonus|got a year end bonus|got an annual bonus|got a christmas bonus|got a performance bonus|received a bonus|received my bonus|received my annual bonus|received my year-end bonus|received a year-end bonus|got a bonus of|
		gift from my parents|gift from our parents|gift from my family|gift from my in-laws|a gift from|gifted me|gifted us|parents gave us|parents gave me|
		raise came through|raise just came through|pay rise came through|pay rise just came through|got my raise|got my pay rise|my raise|my pay rise|
		万的项目奖金|万的奖金|万奖金|万块奖金|万元奖金|万的年终奖|万年终奖|千块奖金|万的分红|万分红|父母资助|爸妈资助|家里资助|父母给了|爸妈给了|
		追回来了|已经追回|钱追回来|追回了|钱要回来了|要回来了|讨回来了|钱拿回来了|赢了|告赢了|起诉赢了|
		recovered the money|got the money back|got my money back|won in court|
		退回来了|已经退回|退给我了|退回给我了|已经退还|退还了|已退款|退款到账|退款已到账|been refunded|was refunded|got refunded|has refunded|have refunded|you refunded|they refunded|refunded me|refunded my|refunded the money|finally refunded|already refunded|got a refund|
		thankfully|thank god|thank goodness|真开心|真高兴|真是开心|开心极了|高兴极了`},
	{0.5, `手上多了|手里多了|手头多了|多了一笔钱`},
	{0.5, steadySince},
	{0, `下班愉快|周末愉快|工作愉快|生活愉快|假期愉快|节日愉快|祝你们|祝你|祝您|have a nice day|have a good day|have a great day|have a good one|have a nice weekend|have a good weekend|have a great weekend|enjoy your weekend|enjoy your evening`},
	// Blind rounds 52, 55–59 blockers: work at a hospital, or a home near
	// one; the third loan (第三笔贷款) and two loans with this bank in
	// Cantonese; payments split between two payers; someone else's lawyer;
	// an overdue the bank recorded with a count; compensation received for
	// a demolished family home (拆迁分到一笔补偿款); everyday words with 时,
	// which alone looks back on a time (上次住院时).
	{0, `在医院做行政|在医院做后勤|在医院做财务|在医院做会计|在医院做保洁|在医院做保安|在医院做管理|在医院做文员|在医院做前台|在医院做收费|在医院做护理|在医院做药剂|在医院做检验|在医院做技术|在医院干|在医院任职|在医院就职|在医院供职|在医院做事|在医院打杂|
		医院附近|医院旁边|医院对面|离医院|靠近医院|near the hospital|near a hospital|next to the hospital|close to the hospital|opposite the hospital|by the hospital|
		第一笔|第二笔|第三笔|第四笔|第五笔|第几笔|第1笔|第2笔|第3笔|第4笔|第二张|第三张|
		喺你哋度有两笔|喺你哋有两笔|喺你哋度有三笔|在你们这里有两笔|在你们这儿有两笔|在你们银行有两笔|在你们那有两笔|在你们这有三笔|在你们行有三笔|
		split the payments between|split the payment between|split the payments with|split the payment with|split payments between|split the cost|
		buyer's lawyer|buyer's solicitor|seller's lawyer|seller's solicitor|buyer's attorney|seller's attorney|their lawyer|his lawyer|her lawyer|the other side's lawyer|买方律师|卖方律师|买家律师|卖家律师|对方律师|对方的律师|买方的律师|卖方的律师|买家的律师|他的律师|她的律师|
		记录我有一笔逾期|记录我有一次逾期|记录我有逾期|记录了一笔逾期|记录了一次逾期|记我有一笔逾期|记了我一笔逾期|
		拆迁分到|拆迁分了|拆迁拿到|拆迁拿了|拆迁得到|拆迁补了|拆迁获得|
		按时|准时|同时|暂时|临时|随时|有时|有时候|小时|时间|平时|届时|到时|到时候|实时|定时|时候|时常|时刻|时不时|时段|时期|时限|时效|工时|什么时候|几时|适时|当时候`},
	// Blind rounds 52, 55–59 sentiment: good news in the words people use
	// (订单都回来了, 订单反倒多了, 收入还涨了, sales are up 30%, turned a
	// profit, 年终发了四个月, 拆迁分到一笔补偿款, killing me in a good way);
	// a wait too long, a double charge, the elderly treated so, fees that
	// rise every year or make the eyes water, an app that is lousy or stuck.
	// Neither: a rented new home, a field of study (金融专业), easy access,
	// one's own poor memory, a relative's confusion with forms, a comfort
	// wished for (比较宽裕, 比较安心), a birthday told in passing (生日 no
	// longer counts; 生日快乐 and 🎂 do). Health fine and 还不错 are steady
	// states: background in a long account or beside someone else's plight.
	{1, `订单都回来了|订单全回来了|生意都回来了|客人都回来了|单子都回来了|订单也回来了|订单反倒多了|订单反而多了|订单倒多了|订单多了不少|订单增加了|订单涨了|单子多了|生意反而好了|生意反倒好了|生意变好了|
		收入还涨了|工资还涨了|收入也涨了|工资也涨了|薪水还涨了|薪水也涨了|人工仲加咗|
		扭亏为盈|开始盈利|终于盈利|终于赚钱了|开始赚钱了|盈利了|
		年终发了|年终发咗|年终奖发了几个月|年终领了|
		拆迁分到一笔|拆迁拿到一笔|拆迁得到一笔|拆迁分了一笔|分到一笔|分了一笔|拿到一笔补偿|拿到了一笔补偿|补偿款到账|补偿款下来了|
		sales are up|sales were up|sales up|revenue is up|revenue's up|profits are up|profit is up|turnover is up|orders are up|business is up|we've fully recovered|we have fully recovered|turned a profit|finally profitable|in profit now|making a profit now|in a good way`},
	{-1, `排队太久|排队排太久|排太久|等太久|等得太久|等了太久|排了太久|就这么对待|这么对待老人|这样对待老人|这么对待客户|这样对待客户|
		double charge|double-charge|double charging|charged double|duplicate charge|
		很烂|真的很烂|好烂|超烂|真烂|有够烂|烂死了|
		eye-watering|eye watering|extortionate|astronomical|sky-high|sky high|waited too long|wait too long|waiting too long`},
	{-0.5, `排了两个小时|排了两小时|排了三个小时|排了一上午|排了一下午|排了一整天|两个小时队|两个钟队|
		一年比一年高|一年比一年贵|一年比一年多|年年涨|
		卡住|卡住了|一直卡住|登入不了|登录不了|一直登入不了|一直登录不了`},
	{0, `新家是租的|新家是租来的|新家是租|新租的房子|新家在|新家离|新家就在|新家位于|新家住在|新家那边|新家附近|
		金融专业|会计专业|计算机专业|医学专业|法律专业|哪个专业|什么专业|专业课|选专业|报专业|
		easy access|easily|
		记性真系差|记性差|记性不好|记性真差|记性差咗|
		年纪大了看不懂|年纪大看不懂|年纪大了不懂|看不懂这些|不懂这些|
		比较宽裕|会宽裕|宽裕一些|宽裕一点|宽裕点|比较安心|更安心|安心一点|安心些|比较轻松|会轻松一点|比较好做`},
	{0.5, `还不错|都挺好|身体都挺好|身体挺好|身体都很好|身体很好|身体都健康|身体健康|身体还不错|身体都还不错|身体也挺好|身体也很好`},
	// Blind rounds 60–67 sentiment: being led round in circles (别跟我绕圈子);
	// a payment that feels a bit heavy (月供實在有啲重); good news in the
	// words people use (just married, finally steady, a dream flat found, a shop
	// doing a roaring trade, loving the holiday, money finally come
	// through, a small prize, more than expected this month, a good price,
	// a new job, a smart bot, 爽, still buzzing, thanks typed fast).
	// Neither: a due date that does not suit, asked to move (28号扣款太晚了,
	// awful timing for us); one's own case being complicated; agitation
	// told in passing (情绪激动); 不多 and 差不多 (虽然不多也很开心 is no
	// negated delight); 重要 after 有点; looking for a new job.
	{-1, `别跟我绕圈子|别绕圈子|别绕弯子|少绕弯子|别跟我绕弯子|别兜圈子|别跟我兜圈子|唔好兜圈|唔好同我兜圈|别打太极|少打太极|别跟我打太极|绕来绕去|兜来兜去|
		stop going round in circles|stop going around in circles|going round in circles|going around in circles|stop beating around the bush|beating around the bush|stop wasting my time`},
	{-0.5, `有点重|有啲重|有些重|有点儿重|实在有点重|实在重|比较重|挺重|蛮重|重咗|变重了|a bit heavy|quite heavy|rather heavy`},
	{0, `有点重要|有些重要|有啲重要|蛮重要|有点重复|有些重复|有啲重复|
		号扣款太晚|号扣太晚|号太晚|号扣款太早|号扣太早|号太早|号扣款有点晚|号有点晚|号有点早|号不太方便|号不方便|号扣款不方便|
		awful timing|terrible timing|bad timing|horrible timing|awkward timing|poor timing|inconvenient timing|
		案子比较复杂|个案比较复杂|案件比较复杂|问题比较复杂|案子有点复杂|个案有点复杂|案子复杂|个案复杂|情况有些复杂|
		比较复杂|手续有点复杂|流程有点复杂|材料有点复杂|事情有点复杂|
		case is complicated|case is a bit complicated|case is complex|case is a bit complex|situation is complicated|situation is a bit complicated|situation is complex|
		情绪激动|情绪很激动|情绪有点激动|情绪比较激动|一时激动|情绪失控|
		不多|差不多|不算多|
		looking for a new job|searching for a new job|hunting for a new job|applying for a new job|
		凉爽|清爽|爽约|爽朗|飒爽|爽快|干爽|爽身粉|豪爽|爽口|直爽`},
	{1, `登记结婚|刚结婚|新婚|领证了|领了证|刚领证|领完证|结婚了|刚订婚|订婚了|
		just got married|just married|newly married|newlyweds|got married|got engaged|just got engaged|
		finally steady|finally stable|finally settled|终于稳定|总算稳定|终于稳定下来|总算稳定下来|终于安定下来|
		found the perfect|found our dream|找到心仪|找到了心仪|
		生意火|生意很火|生意挺火|生意还挺火|生意火爆|生意好火|生意超火|生意几火|生意旺|生意很旺|生意挺旺|生意好旺|生意兴旺|生意挺好|生意还挺好|生意蛮好|
		loving the|loving my|loving our|loving this|
		终于下来了|终于批下来了|终于批下来|总算下来了|终于到账了|终于到账|总算到账了|拆迁款下来了|拆迁款到账|拆迁款到了|
		中了个小奖|中了小奖|中了一个小奖|中了一笔小奖|中了一笔|中咗个小奖|中咗一笔|中咗小奖|
		多了笔年终奖|多了一笔年终奖|多了笔奖金|多了一笔奖金|多了笔钱|多了笔收入|多了一笔收入|多咗笔|多咗一笔|
		for a decent price|for a good price|for a great price|for a nice price|at a good price|卖了个好价钱|卖了个好价|卖了好价钱|卖得好价|卖出好价钱|
		for a new job|for my new job|starting a new job|start a new job|starting my new job|new job and all|
		很聪明|好聪明|挺聪明|真聪明|蛮聪明|帮了不少忙|帮了很多忙|帮咗唔少|帮咗好多忙|so smart|really smart|very smart|pretty smart|so clever|very clever|
		爽|真爽|超爽|爽歪歪|爽翻了|
		buzzing|still buzzing|on cloud nine|
		thnks|thnx|thanx|thks|tks|thankz|thanku|thank u|thnk u|thnk you|tyvm`},
	{0.5, `enjoying the|enjoying my|enjoying our|graduation ceremony|graduation day|毕业典礼|庆祝|庆祝一下|值得庆祝|
		挺清楚|蛮清楚|好清楚|非常清楚|特别清楚|清清楚楚|回答得很清楚|回答得挺清楚|说得很清楚|说得挺清楚|讲得挺清楚|解释得挺清楚`},
	// Pay back, overcharged, a refund refused.
	{1, `收入也回来了|收入回来了|收入又回来了|收入也恢复了|收入恢复了|工资也恢复了|income is back|income's back|income has recovered|income has come back`},
	{-1, `多收的|多收了|多收我|多收咗|won't refund|wont refund|refuse to refund|refused to refund|refusing to refund|不肯退款|不给退款|拒绝退款|不给退|唔肯退钱|唔肯退款`},
	// Blind rounds 68–71 sentiment: good news in the words people use (pay
	// higher than before, the down payment got together at last, a bonus
	// or a commission in hand, a big order landed, a good year, just
	// married in Cantonese, money from the family, a lifesaver, a loan
	// that went really smoothly); a bot that still does not understand,
	// being led round again (别跟我绕了), asking three times, a payment
	// heavier than expected, costs up all at once, a plight feared in
	// whether one can hold out (还撑得住吗). Neither: a relative's eyesight
	// or hearing told as the reason for help.
	{1, `工资反而高了|工资高了|收入反而高了|收入高了|薪水高了|薪水反而高了|工资更高了|收入更高了|人工高咗|人工仲高咗|人工反而高咗|
		pay is higher now|paid more now|better paid now|pays better|pays more than my old|
		总算凑齐|终于凑齐|首付凑齐|首付总算凑齐|首付终于凑齐|凑齐了首付|终于凑够|总算凑够|首付终于凑够|首付总算凑够|终于储够|总算储够|储够首期|
		年终奖拿了|拿了年终奖|奖金拿了|拿了奖金|年终奖收到了|收到年终奖|收到了年终奖|收到奖金|收到了奖金|
		提成到手|提成到手了|提成到账|提成发了|提成下来了|佣金到手|佣金到账|分红到账|分红到手|花红到手|commission came in|commission came through|commission landed|got my commission|
		接了个大单|接了大单|接到大单|接了一个大单|签了个大单|签了大单|签下大单|拿下大单|拿了个大单|拿下一个大单|接咗张大单|接咗个大单|接咗单大生意|
		landed a big order|landed a big contract|won a big contract|signed a big contract|a big order came in|landed a big client|won a big client|
		had a good year|had a great year|had a strong year|had a record year|had a bumper year|had a fantastic year|had a really good year|had a very good year|赚了不少|赚了一笔|小赚了一笔|大赚了一笔|
		啱啱结婚|啱啱结咗婚|啱结咗婚|刚刚结婚|刚刚结了婚|刚结了婚|
		俾咗笔钱我|畀咗笔钱我|俾咗啲钱我|畀咗啲钱我|给了我一笔钱|给了我笔钱|给了我们一笔钱|family gave me|family gave us|gave me some money|gave us some money|
		lifesaver|life-saver|life saver|godsend|a godsend|救星|雪中送炭`},
	{0.5, `went really smoothly|went very smoothly|went so smoothly|went super smoothly|really smoothly|very smoothly|so smoothly|went really well|went very well|went so well|smoothly`},
	{-1, `也听不懂|还听不懂|还是听不懂|怎么都听不懂|根本听不懂|完全听不懂|都听唔明|也听唔明|仲听唔明|仲系听唔明|
		别跟我绕|别跟我绕了|别绕了|别再绕了|不要绕了|不要跟我绕|少跟我绕|唔好同我兜|唔好兜|别兜了|别兜圈了`},
	{-0.5, `说了半天|说半天|讲半天|讲了半天|讲咗半日|
		asked three times|asked 3 times|asked twice|asked four times|asked several times|asked multiple times|asked so many times|asked you three times|asked you twice|how many times do i have to|how many more times|问了三次|问了好几次|问了几次|问了几遍|问了三遍|问了好几遍|说了好几遍|说了三遍|讲了几次|讲咗几次|问咗几次|问咗好多次|
		heavier than|much heavier|a lot heavier|far heavier|tougher than i expected|harder than i expected|more expensive than i expected|比想象中重|比想象的重|比预想的重|比我想的重|比预期重|比想象中贵|比想象的贵|比预期贵|比想象中难|比想象中吃力|比想象中辛苦|
		开支一下子|开销一下子|花销一下子|支出一下子|一下子多了|一下多了`},
	// Whether one can hold out (这月供还撑得住吗) voices the strain even
	// as a question.
	{-1, `撑得住吗|还撑得住吗|撑不撑得住|撑唔撑得住|扛得住吗|扛不扛得住|顶得住吗|顶唔顶得住|顶唔顶得顺`},
	{-0.5, feelFor},
	{0.5, `钱一下子多了|收入一下子多了|工资一下子多了|奖金一下子多了`},
	{0, `眼睛不好|眼睛不太好|视力不好|视力不太好|眼神不好|眼神不太好|耳朵不好|耳朵不太好|耳背|眼花|老花眼|看不清楚|看不清|听不清|poor eyesight|bad eyesight|eyesight isn't good|eyesight is bad|eyesight is poor|hard of hearing`},
	// Blind rounds 72–75 blockers: an errand one sees no point in (no
	// point in waking up early for the branch, tomorrow's appointment) is
	// no self-harm; going on with one (errand in judge.go) neither.
	{0, `waking up early|wake up early|getting up early|get up early|tomorrow's|tomorrows`},
	// Pay spent as soon as it arrives (工资一到手就没了) is pressure, not
	// an income drop.
	{0, `一到手就没了|到手就没了|一到账就没了|到账就没了|一发就没了|一发下来就没了|发了就没了|一到手就花光|到手就花光|一到手就花完|到手就花完|一到手就还掉|一出粮就冇晒|出粮就冇晒|一出粮就冇咗|
		gone as soon as it comes in|gone as soon as it arrives|gone the moment it comes in|gone the day it comes in|gone the day it lands`},
	// Blind rounds 72–75 sentiment: good news in the words people use (a
	// year-end bonus finally paid in, orders booked to the year's end,
	// relief at last: 心里踏实多了, service beyond fault: 没得说); a bot
	// going in circles or led round for ages (绕了半天, 没听懂我), a reply
	// slow (回复好慢), a head about to burst, a fee charged twice, the same
	// thing for the third time, compensation refused (到现在都没赔). Neither:
	// a good credit record told in passing; a goal (dying to get this paid
	// off). (前几年还得太多 stays a complaint, as rounds 25, 30 and 73 have it.)
	{1, `终于入账|终于入账了|总算入账|总算入账了|终于进账|终于进账了|终于落袋|终于到手|终于到手了|总算到手|
		订单排到|订单都排到|订单已经排到|单子排到|单子都排到|订单排满|订单排满了|订单接不过来|订单多到做不完|订单多到接不过来|张单排到|
		orders booked until|orders booked through|orders booked till|booked solid|fully booked until|order book is full|order books are full|
		踏实多了|心里踏实多了|心里踏实了|踏实了|安心多了|心里安心多了|放心多了|心里放心多了|轻松多了|心里轻松多了|
		没得说|真没得说|没话说|真没话说|无可挑剔|挑不出毛病|冇得弹|冇得顶|
		finally found|we finally found|saved me`},
	{-1, `duplicate fee|duplicate charges|duplicate fees|
		going in circles|goes in circles|go in circles|keeps going in circles|keep going in circles|running in circles|round and round|around and around|
		绕了半天|绕半天|绕了好久|兜了半天|兜咗半日|没听懂我|都没听懂|还是没听懂|没听明白我|听唔明我|
		脑袋都要炸了|脑袋要炸了|脑袋都炸了|头都要炸了|头要炸了|头都炸了|脑子都要炸了|脑子要炸了|头都大了|个头都爆|头都爆|my head is spinning|my head is exploding|my brain hurts|
		好慢|真慢|超慢|慢得要命|慢得离谱|慢吞吞|
		到现在都没赔|到现在还没赔|一直没赔|都不赔|不肯赔|拒绝赔|拒赔|不给赔|都冇赔|唔肯赔|won't compensate|refused to compensate|still haven't compensated`},
	{-0.5, `第三次了|已经第三次了|又是第三次|第二次了|已经第二次了|第四次了|好几次了|已经好几次了|
		third time i've asked|third time i have asked|third time i'm asking|third time asking|second time i've asked|the third time this has happened|third time this has happened|happened again`},
	{0, `信用一直很好|信用一直不错|信用一直良好|信用向来很好|信用都很好|征信一直很好|征信一直很干净|征信一直良好|征信一直不错|信用记录一直很好|信用纪录一直很好|
		credit has always been good|credit has always been great|credit's always been good|credit record has always been good|finally found out|
		get this paid off|get it paid off|get this thing paid off|get the loan paid off|get the mortgage paid off|have it paid off|have this paid off|get everything paid off|get the whole thing paid off|dying to`},
	// Blind rounds 76–81 blockers: a sum taken off (经营收入扣掉房租) is no
	// trade fallen away. The bank not owning up to its mistake (算错了还不
	// 认账) is a complaint, not a refusal to pay.
	{0, `扣掉|扣除掉|除掉|去掉|刨掉|刨去|扣完`},
	// No way out (there's no way out except ending it) is hopelessness, not
	// a negator of what follows.
	{-1, `no way out|there's no way out|see no way out|no way out of this`},
	// Blind rounds 76–81 sentiment: one's own late payment told (我晚了两天
	// 才还) is no complaint about the bank; a cause asked about (是怎么回事)
	// is no mood; curiosity (挺好奇) is none; a worry that was before
	// (之前还担心) is over; a comfort wished for (让周转更宽松一些), so much
	// interest one would stop carrying (不想一直背着这么多利息: a motive, as
	// 不想再背着 is) and a good repayment record told in passing
	// (还款记录一直都很好) are neither.
	{0, `晚了两天才还|晚了几天才还|晚了一天才还|晚了三天才还|晚了好几天才还|晚两天才还|晚几天才还|晚了两天才交|晚了几天才交|晚了两天才缴|晚了几天才缴|晚了两天才供|晚了几天才供|迟了两天才还|迟了几天才还|迟咗两日先还|迟咗几日先还|
		是怎么回事|是咋回事|是什么原因|是啥原因|系咩原因|
		好奇|挺好奇|很好奇|有点好奇|好奇心|curious|just curious|
		之前还担心|之前担心|本来还担心|本来担心|原本还担心|原本担心|之前还怕|本来还怕|原本还怕|之前仲惊|
		更宽松一些|宽松一些|更宽松|宽松些|更宽松点|宽松一点点|更宽裕一些|
		背着这么多利息|背这么多利息|背着那么多利息|背那么多利息|背着这么多的利息|背着这么多债|背着这么多贷款|
		还款记录一直都很好|还款记录一直很好|还款记录都很好|还款记录很好|还款记录良好|还款记录一直良好|还款记录一直不错|还款一直很好|还款一直都很好|供款记录一直好好|repayment record has always been good|payment history has always been good|repayment history is good`},
	// Good news and relief in the words people use (今年已经回本了, 那我放心了,
	// that clears it up, isn't as scary as I thought, 白担心了); a bot or an
	// app that fails (一直听不懂, 讲了三次, the same link twice, logged me out,
	// it's broken), a clerk who is rude or hangs up (态度超差, 挂我电话), a
	// rate painfully high (高得要命), pressure owned to (压力是有点大), a
	// fright (吓死我).
	{1, `回本了|已经回本|终于回本|总算回本|回本咗|已经回本了|扭亏了|broke even|breaking even now|back in profit|
		那我放心了|我就放心了|这下放心了|那就放心了|我放心了|那我就放心了|咁我放心喇|白担心了|白担心一场|
		isn't as scary as|not as scary as|wasn't as scary as|isn't as bad as|not as bad as i thought|wasn't as bad as|less scary than|that clears it up|that cleared it up|clears it up|cleared that up`},
	{-1, `超差|态度超差|好差劲|超级差|特别差|非常差|
		挂我电话|挂了我电话|挂我的电话|把我电话挂了|直接挂电话|直接挂了电话|挂断我电话|收我线|cut me off|hung up on me|hang up on me|hangs up on me|
		高得要命|贵得要命|高得吓人|贵得吓人|高得离谱|贵得离谱|高到离谱|贵到离谱|高得过分|贵得过分|高得不像话|贵得不像话|高到吓人|贵到吓人|
		压力是有点大|压力是有些大|压力是挺大|压力是不小|压力是比较大|压力是很大|压力是大|
		一直听不懂|总是听不懂|老是听不懂|一直都听不懂|一直听唔明|成日听唔明|
		it's broken|it is broken|is broken again|keeps logging me out|keeps kicking me out|根本没用|一点用都没有|一点用也没有|毫无用处|又崩了|老是崩|总是崩|一直崩|成日死机|又死机|吓死我|惊死我|好惊|好可怜|真可怜|太可怜|sad to see|sad to hear|so sad|heartbreaking|heartbroken|看了很难受|心里难受|很难受|好难受`},
	{-0.5, `讲了三次|说了三次|讲了两次|说了两次|讲了好几次|说了好几次|讲了三遍|说了两遍|讲了两遍|讲咗三次|讲咗两次|讲咗好多次|
		logged me out|logs me out|kicked me out|three times today|twice today|three times this week|for the third time|
		gave me the same|giving me the same|sent me the same|keeps giving me the same|the same answer again|same answer again|the same link|same faq link|the same faq|
		有啲惊|都有啲惊|有点惊|可怜|挺可怜|sad|看着难受|听了难受`},
	{-1, `不认账|不肯认账|死不认账|不承认错误|不肯承认|won't admit it|won't admit the mistake|won't own up|refuse to admit`},
}

// intentTone nudges the sentiment by the NLU's intent; alone it is not
// enough to leave neutral. Hardship is left out: what it rests on is read
// here already, with scope (失业过 is past, not hardship).
var intentTone = map[string]float32{
	"thanks":    0.3,
	"complaint": -0.3,
}

// feltForOthers is heartache or dread at someone else's story (隔壁阿伯的房子
// 被法拍了，看了好心酸; it's honestly unsettling): the speaker's own mood.
const feltForOthers = `心酸|好心酸|很心酸|看了心酸|听了心酸|心惊胆跳|心惊胆战|胆战心惊|听得我心惊|
	` + itsUnsettling + `|unsettling|really unsettling|honestly unsettling|quite unsettling|really got to me|that got to me|it got to me|this got to me|kinda got to me|got to me a bit`

// itsUnsettling is the speaker's judgement of another's story.
const itsUnsettling = `it's unsettling|it's honestly unsettling|it's really unsettling|it's so unsettling|it's quite unsettling|it's pretty unsettling|it is unsettling|it is honestly unsettling|it is really unsettling`

// showLine is a line quoted from a show or a film (台词, a line from a
// show): words in quotation marks before it are a character's.
const showLine = `台词|的台词|里的台词|剧里的台词|剧里的话|电影里的台词|电影里的话|戏里的台词|里面的台词|入面的对白|的对白|对白|
	a line from|a quote from|line from a show|line from the show|line from a movie|line from a film|from a tv show|from a drama|the lyrics|song lyrics`
