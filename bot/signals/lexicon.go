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
type cueOpt uint8

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
	// optSelf: the cue names the borrower itself (把我裁, laid me off);
	// set automatically for words containing 我, my, me or I.
	optSelf
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
	{code: selfHarm, words: `不想活|不想活了|活不下去|活不下去了|活着没意思|活着没劲|活着还有什么意思|活够了|生无可恋|轻生|自杀|寻死|想死|死了算了|死了算|一死了之|不如死了|不如去死|结束生命|结束自己|了结自己|跳楼|跳河|跳江|跳桥|割腕|吃安眠药|喝农药|上吊|烧炭|一了百了|想不开|只能去死|只有去死|去死算了|活着太累|活得太累|离开这个世界|唔想活|
		kill myself|killing myself|suicide|suicidal|end my life|end it all|take my own life|don't want to live|dont want to live|do not want to live|not worth living|want to die|wanna die|don't see the point of living|don't see the point in living|no point in living|no point living|nothing to live for|can't go on|cannot go on|better off dead|no reason to live|hurt myself|harm myself`},

	// Fraud in progress: someone posing as the bank, asking for codes or
	// money. The customer is at risk now, which is upsetting.
	{code: fraudRisk, words: `安全账户|安全帐户|资金安全账户|自称银行|自称是银行|自称你们|自称是你们|自称客服|自称是客服|自称工作人员|自称是工作人员|自称警察|自称公安|自称法院|冒充银行|冒充你们|冒充客服|冒充|假冒|假客服|被骗|被骗了|骗了我|上当受骗|上当了|诈骗|骗局|屏幕共享|共享屏幕|开启共享|远程控制|远程协助|解冻费|激活费|验资|涉嫌洗钱|注销校园贷|注销学生贷|遇到骗子|碰到骗子|账号被盗|帐号被盗|被盗刷|盗刷|解除分期|取消分期设定|atm操作|
		safe account|safety account|secure account|screen sharing|share my screen|share your screen|remote access|anydesk|teamviewer|pretending to be|pretended to be|posing as|claiming to be from|claimed to be from|impersonating|impersonated|said he was from the bank|said she was from the bank|said they were from the bank|claimed to be the bank|impersonation|scammed|scammer|scam|fraudster|money laundering|texted me a link|sent me a link|a link saying|click the link|click a link|click on the link`},
	// Offers of a shortcut for a fee: a risk the customer should be warned
	// of, usually asked about calmly ("靠谱吗").
	{code: fraudRisk, opt: optCalm, words: `包装流水|刷流水|做流水|美化流水|包装资料|包装征信|洗白征信|修复征信|征信修复|征信洗白|消除逾期记录|删除逾期记录|内部渠道|内部关系|走关系|包过|包下款|百分百下款|百分之百下款|无视征信|黑户也能贷|黑户可贷|不看征信|先交钱|先交费|先付费|先交一笔|先交手续费|先交保证金|先交押金|就能下款|就能放款|就可以下款|就可以放款|前期费用|好处费|保证金|押金才能|
		upfront fee|advance fee|fee upfront|pay a fee first|pay a fee before|guaranteed approval|guaranteed loan|boost my credit score|fix my credit|clean my credit|for a fee`},

	{code: intentToDefault, words: `不想还|不想还了|不还了|不打算还|不准备还|不会再还|不再还|不还钱了|我就不还|就是不还|坚决不还|不还又怎样|不会还的|不会还了|不会再还了|绝不还|不还又怎么样|不还能怎样|爱怎么办怎么办|爱咋咋地|爱咋办咋办|爱怎么样怎么样|随便你们|你们随便|随你们便|随你们|大不了不还|大不了上征信|大不了被起诉|大不了坐牢|大不了让你们告|你们看着办|看着办吧|要钱没有|要命一条|躺平|躺平了|当老赖|做老赖|老赖就老赖|上征信就上|征信无所谓|征信我不在乎|你们去告吧|你们去起诉吧|让你们告|你们起诉吧|告我吧|起诉我吧|告我去吧|打算断供|准备断供|想断供|不交了|不供了|
		not going to pay|not gonna pay|won't pay|wont pay|will not pay|refuse to pay|refusing to pay|stop paying|stopped paying|i'm done paying|not paying anymore|not paying any more|i'm not paying|do whatever you want|do what you want|i don't care anymore|walk away from|let it default|default on purpose|so sue me|go ahead and sue me|just sue me|then sue me|take me to court then|go ahead and take me to court`},

	{code: jobLoss, words: `失业|失业了|失业在家|领失业金|在领失业金|待业|待业在家|无业|没工作了|没有工作了|没工作|没有工作|木有工作|没得工作|莫得工作|没了工作|工作没了|工作丢了|丢了工作|丢工作|失去工作|失去了工作|工作黄了|没活干|没活儿干|没班上|找不到工作|还没找到工作|没找到工作|被裁|被裁了|被裁员|被裁员了|裁员了|把我裁|裁了我|裁到我|裁掉了|被裁掉|被优化|被毕业|被辞退|辞退了|被开除|开除了|被炒|被炒了|炒鱿鱼|被解雇|解雇了|被解聘|解聘了|被劝退|劝退了|下岗|下岗了|被资遣|资遣|裸辞|辞职了|辞职在家|离职了|公司倒闭|公司倒闭了|公司关门|公司关门了|公司破产|公司破产了|公司黄了|公司解散|公司没了|单位倒闭|单位破产|单位关门|公司不要我|不要我了|裁员名单|在名单里|名单上有我|回家等通知|没续签|不续签|没续约|不续约|在找工作|正在找工作|找工作中|冇咗份工|冇咗工作|冇工做|炒咗|辞了我|把我开了|开了我|冇工开|俾人炒|被人炒|
		lost my job|lost our jobs|laid off|laid me off|been let go|was let go|got let go|were let go|let me go|fired me|got fired|been fired|was fired|i'm fired|made redundant|made me redundant|made us redundant|redundancy|unemployed|jobless|out of work|out of a job|no job|don't have a job|dont have a job|do not have a job|without a job|without work|between jobs|job loss|looking for work|looking for a job|job hunting|lost employment|quit my job|i'm not working|i am not working|no longer employed|no longer working|company went bankrupt|company closed|company shut down|company went under|company folded|company collapsed`},

	{code: businessDistress, words: `生意不好|生意不好做|生意难做|生意很难做|生意很差|生意差|生意太差|生意惨淡|生意冷清|生意清淡|生意不景气|生意亏|生意亏了|生意亏本|生意赔|生意赔了|生意失败|生意垮了|生意黄了|生意做不下去|生意越来越差|生意一落千丈|没生意|没有生意|没什么生意|没啥生意|订单大减|订单锐减|没有订单|没订单|接不到单|接不到订单|没单子|停产|停产了|停工|停工了|停业|停业了|关店|关店了|店关了|把店收了|店收起来了|店面收了|厂倒闭|工厂倒闭|厂子倒闭|倒闭了|资金链断|资金链断了|资金链断裂|资金链紧张|资金链出问题|资金链出了问题|资金周转困难|资金周转不灵|资金周转不过来|资金周转不开|现金流出问题|现金流紧张|现金流断了|应收账款收不回|应收帐款收不回|收不回款|回款困难|回款难|回款慢|货款收不回|货款收不回来|货款要不回|欠款收不回|被拖欠货款|客户跑路|亏损|亏本|赔本|血本无归|经营困难|经营不善|经营不下去|开不下去|破产|破产了|执笠|库存积压|货卖不出去|营业额下降|营业额大减|客流少|没客人|没什么客人|
		business is slow|business has been slow|business has been really slow|business is bad|business is down|business is struggling|business is failing|business failed|sales dropped|sales are down|sales have dropped|orders dropped|orders are down|orders have dropped|lost orders|lost customers|losing customers|losing business|lost our biggest|cash flow problem|cash flow problems|cash flow issue|cash flow issues|cash flow is tight|bankrupt|bankruptcy|going under|went under|losing money|making a loss|in the red|factory stopped|production stopped|shut down my|closed my shop|closed my store|closed my business|closed my restaurant|customers aren't paying|clients aren't paying|clients haven't paid|customers haven't paid`},
	{code: businessDistress, opt: optAnyone, words: `应收账款|应收帐款|三角债`},

	{code: collateralIssue, words: `查封|被查封|法拍|被法拍|被拍卖|拍卖了|强制执行|被强制执行|抵押物被处置|抵押物处置|处置抵押物|出售抵押房产|出售抵押物|卖抵押房|卖掉抵押|抵押的房子卖|资不抵债|负资产|房子烂尾|烂尾楼|烂尾了|拆迁|违建|产权纠纷|房产证丢|房本丢|卖房还贷|卖房子还贷|卖房还款|把房子卖了|把房子卖掉|卖掉房子|卖了房子|卖房|房子被收|房子被收回|车被扣|车被拖走|车子被扣|车被收走|
		foreclosure|foreclose|foreclosed|foreclosing|repossess|repossessed|repossession|seized|auctioned|negative equity|sell the house|sell my house|selling my house|selling the house|sell the property|sell my property|sell the flat|sell my flat|auction`},

	{code: repaymentDifficulty, words: `还不上|还不上了|还不起|还不了|还不动|还不动了|钱紧|钱很紧|钱有点紧|钱比较紧|钱太紧|还不出|还不过来|还不太上|还款困难|还款有困难|还款有点困难|遇到困难|遇到了困难|遇到了一些困难|遇到点困难|停息挂账|协商还款|个性化分期|债务重组|还贷困难|无力还款|无力偿还|没钱还|没有钱还|没钱还款|没钱还贷|没钱交|没钱供|没得钱还|没钱了|没有钱了|现在没钱|手里没钱|手上没钱|兜里没钱|一分钱都没有|身无分文|拿不出|拿不出钱|凑不齐|凑不够|凑不出|钱不够|钱不太够|钱有点不够|钱不够还|不够还|差点钱|付不起|付不出|付不出来|交不起|交不上|交不出|缴不起|缴不出|缴不出来|缴不了|缴不上|没钱缴|迟缴|会迟缴|要迟缴|可能迟缴|晚缴|供不起|供不上|供不动|手头紧|手头很紧|手头有点紧|手头比较紧|手头太紧|手头不宽裕|手头拮据|手头紧张|手紧|资金紧张|经济困难|经济紧张|经济拮据|经济很困难|生活困难|揭不开锅|吃土|周转不开|周转不过来|周转困难|周转不灵|只能还一部分|只能先还一部分|只能还一半|只能还利息|只还得起利息|只够还利息|没法还|没法还款|没办法还|无法还款|无法还|没能力还|没有能力还|要晚几天|得晚几天|只能晚几天|要晚点还|得晚点还|要晚些还|要晚一点还|要晚几天还|要推迟几天|要拖几天|得拖几天|可能要拖|只能晚点还|只能晚几天还|晚几天才能还|过几天才能还|晚点才能还|发了工资才能还|发工资才能还|断供|断供了|逾期了|已经逾期|已逾期|欠款逾期|没按时还|没有按时还|没能按时还|还唔到|冇钱还|冇钱|
		can't afford|cannot afford|can not afford|couldn't afford|can't pay|cannot pay|can't make the payment|can't make my payment|can't make this month|can't make payments|can't make the payments|unable to pay|unable to make|won't be able to pay|not be able to pay|not able to pay|struggling to pay|struggling to make|struggling with my payments|struggling with payments|struggling financially|hard time paying|trouble paying|trouble making|difficulty paying|behind on|fallen behind|falling behind|fall behind|missed a payment|missed my payment|missed payments|missed the payment|miss my payment|miss a payment|late on my payment|late with my payment|be late with|be a few days late|in arrears|worried about making|worried about paying|worried about the payments|short on cash|short of cash|short on money|a bit short|a little short|kind of short|bit short|money is tight|money's tight|money has been tight|money is really tight|things are tight|tight on money|tight this month|cash-strapped|cash strapped|strapped for cash|i'm broke|we're broke|i'm skint|we're skint|skint|i am broke|flat broke|don't have enough money|dont have enough money|do not have enough money|not enough money|only pay part|only pay half|only pay the interest|partial payment|financial difficulty|financial difficulties|financial hardship|financial trouble|financial problems|money problems|can't keep up|cannot keep up|not sure how i'll pay|not sure how i will pay|don't know how i'll pay|don't know how i will pay|no idea how i'll pay|not sure i can pay|don't think i can pay|doubt i can pay|difficult situation|hard times|tough times|rough patch|struggling to keep up|hard to keep up|tough time financially|difficult time financially|hard time financially|financially struggling|only afford|can only pay|can only make|won't be able to make|not be able to make|can't make the full|won't make the payment`},
	{code: repaymentDifficulty, opt: optOwn, words: `逾期|要逾期|会逾期|快逾期|可能逾期|overdue`},

	{code: legalThreat, words: `起诉你们|起诉银行|起诉贵行|起诉你|告你们|告银行|告到法院|法院告|去法院告|法院起诉|向法院起诉|去法院起诉|上法院|法院见|法庭见|打官司|走法律程序|走法律途径|法律途径|法律手段|通过法律|诉诸法律|提告|咨询过律师|等着收传票|等着接传票|等着吃官司|对你们提告|法律责任|问过律师|问了律师|律师说|追究法律责任|找律师|找了律师|请律师|请了律师|联系律师|咨询律师|咨询了律师|委托律师|我的律师|我律师|律师朋友|让律师|发律师函|仲裁|申请仲裁|我要起诉|我会起诉|准备起诉|要起诉|去起诉|打算起诉|将起诉|起诉|
		sue you|sue the bank|sue your bank|sue your company|i'll sue|i will sue|going to sue|gonna sue|take you to court|taking you to court|see you in court|legal action|lawsuit|my lawyer|my lawyers|my solicitor|my attorney|a lawyer|lawyer|attorney|solicitor|legal proceedings`},

	{code: complaintEscalation, words: `投诉|我要投诉|投诉你们|去投诉|12378|12363|12315|12345|银监局|保监局|金融办|市长热线|人民银行反映|向人民银行|向人行|人行反映|反映到人民银行|银保监|银保监会|银监会|保监会|金融监管|金融监管局|金融监管总局|监管部门|监管局|监管机构|监管机关|找监管|向监管|报监管|人民银行投诉|找人民银行|人行投诉|消协|消费者协会|曝光|曝光你们|媒体曝光|找媒体|联系媒体|告诉媒体|让媒体|上新闻|找记者|联系记者|发微博|发到网上|网上曝光|黑猫投诉|举报|举报你们|信访|上访|维权|金管会|检举|消保官|消基会|评议中心|
		complain|complaint|file a complaint|formal complaint|report you|reporting you|reported you|report this to|report your bank|report the bank|regulator|regulators|ombudsman|cbirc|nfra|consumer protection|go to the media|go to the press|contact the media|tell the media|post this online|post it online|social media|escalate this|escalating this`},

	{code: incomeDrop, words: `降薪|降薪了|减薪|减薪了|降工资|降了工资|工资降|工资降了|工资减|工资减半|工资减少|工资少了|工资打折|工资打对折|工资砍半|工资砍了|工资只发一半|只发一半工资|只发了一半工资|只发了一半|份粮减咗|人工减咗|减人工|只发基本工资|只发生活费|工资发不出|发不出工资|发不出来工资|没发工资|工资没发|工资拖欠|拖欠工资|欠薪|被欠薪|停薪|停薪留职|无薪假|放无薪假|无薪休假|待岗|停工待岗|收入减少|收入大幅减少|收入下降|收入下滑|收入降|收入降低|收入锐减|收入骤减|收入大减|收入少了|收入减半|收入缩水|收入没了|收入断了|断了收入|没了收入|没收入|没有收入|没什么收入|没啥收入|没多少收入|收入很少|收入太少|收入不多了|收入不如以前|收入没以前|挣得少了|挣的少了|赚得少了|赚的少了|挣不到钱|赚不到钱|挣钱少了|钱不好挣|钱不好赚|奖金没了|没有奖金|没奖金了|奖金取消|奖金砍了|提成少了|提成没了|绩效没了|
		pay cut|salary cut|cut my pay|cut my salary|reduced my salary|reduced my pay|salary was cut|salary has been cut|hours were cut|hours have been cut|cut my hours|reduced my hours|income dropped|income has dropped|income fell|income went down|income is down|income has gone down|lower income|less income|earning less|making less|earning a lot less|earning much less|making a lot less|making much less|only working part-time|only working part time|no income|lost income|lost my income|without income|no bonus|bonus was cut|unpaid leave|furloughed|furlough|haven't been paid|not been paid|wasn't paid|salary delayed|salary is late|wages unpaid`},

	{code: illness, words: `住院|住院了|在住院|住了院|生病|生病了|生了病|生了重病|病了|病倒|病倒了|得病|得了病|得了重病|重病|大病|急病|生大病|手术|做手术|动手术|开刀|癌|癌症|肿瘤|化疗|放疗|白血病|尿毒症|透析|中风|脑梗|心梗|脑溢血|心脏病|重症|icu|重症监护|抢救|病危|急诊|骨折|受伤|受了伤|工伤|车祸|出车祸|残疾|瘫痪|住进医院|进了医院|送医院|在医院|看病|治病|医药费|医疗费|治疗费|住院费|手术费|医疗费用|身体不好|身体出了问题|身体出问题|确诊|抑郁症|
		in hospital|in the hospital|hospitalized|hospitalised|hospital|surgery|had an operation|have an operation|needs an operation|need an operation|cancer|chemo|chemotherapy|tumor|tumour|sick|ill|illness|disease|diagnosed|medical bills|medical expenses|medical costs|hospital bills|accident|injured|injury|stroke|heart attack|intensive care|disabled|disability|seriously ill|depression`},

	{code: multiDebt, words: `拆东墙补西墙|以贷养贷|借新还旧|借这个还那个|借这个平台还那个|这个平台还那个|借东还西|东借西还|好几个网贷|多个网贷|几个网贷|很多网贷|各种网贷|小额贷款公司|高利贷|套现|信用卡套现|刷信用卡还|用信用卡还|信用卡还房贷|信用卡还月供|信用卡都刷爆|信用卡刷爆|刷爆了|好几张信用卡|多张信用卡|几张信用卡|借钱还贷|借钱还房贷|借钱还月供|借钱还款|借钱还债|到处借钱|东拼西凑|欠了很多钱|欠了一屁股债|欠了好多钱|负债累累|债务缠身|一身债|债台高筑|多头借贷|多头负债|好几笔贷款|卡债|卡奴|财务公司|财仔|
		payday loan|payday loans|several loans|multiple loans|many loans|loans from several|borrowing to pay|borrow to pay|borrowed to pay|credit cards are maxed|maxed out|maxed-out|juggling debts|juggling loans|drowning in debt|deep in debt|in so much debt|debts on|robbing peter to pay paul|to pay off another|to pay another|to pay off the other|too many debts|other lenders|loan apps|lending apps`},
	{code: multiDebt, opt: optOwn, words: `网贷|网贷平台|网贷app|小贷|借呗|花呗|微粒贷|京东白条|白条|美团月付|好几家银行`},

	{code: contactChange, opt: optCalm, words: `以后联系这个号|以后打这个号|以后请联系|联系这个号码|打这个号码|请打这个电话|换号|换号了|换了号|换号码|换了号码|换手机号|换了手机号|换手机号码|换了手机号码|换电话|换了电话|换电话号码|换了电话号码|手机号换了|号码换了|电话换了|手机号变了|号码变了|电话号码变了|新号码|新手机号|新的手机号|新号|新电话|新的电话|新的号码|改手机号|改号码|改电话|修改手机号|修改电话|变更手机号|变更电话|更换手机号|更换电话|手机号变更|原来的号码不用了|原号码停用|号码停用|旧号码不用|搬家|搬家了|搬了家|搬到|搬去|新地址|换地址|换了地址|地址变了|改地址|修改地址|更改地址|变更地址|地址变更|住址变了|换了住址|新住址|搬屋|转咗号码|换咗号码|
		new phone number|new number|new mobile|new cell|changed my number|changed my phone number|change my number|change my phone number|changing my number|update my number|update my phone|update my address|changed my address|change my address|new address|moved house|moved home|i moved|i've moved|we moved|we've moved|have moved|moved to|relocated|relocating|moving house|new email|changed my email`},
}

var patternSets = []patternSet{
	{code: jobLoss, gap: 3, heads: `lost|lose|losing`, tails: `job|jobs|employment`},
	{code: jobLoss, gap: 2, heads: `工作|饭碗`, tails: `没了|没有了|丢了|丢掉了|黄了`},
	{code: jobLoss, gap: 6, heads: `公司|单位|老板`, tails: `倒闭|倒闭了|关门|关门了|破产|破产了|黄了|解散|跑路|跑路了`},

	{code: businessDistress, gap: 6,
		heads: `生意|买卖|订单|单子|营业额|销售额|销量|客流|客源|客人|店里|店|店铺|门店|饭店|餐馆|厂|工厂|厂里|厂子|工作室|回款|货款|工程款|尾款|账款|帐款`,
		tails: `不好|不行|差|很差|太差|难做|不好做|掉|掉了|少|少了|减少|下滑|下降|暴跌|大跌|锐减|骤减|大减|腰斩|一落千丈|没了|停了|亏|亏了|亏损|冷清|惨淡|萎缩|不景气|搞垮|搞垮了|垮了|垮掉了|关门|关门了|关了|倒闭|倒闭了|破产|破产了|停产|停产了|黄了|撑不下去|做不下去|开不下去|撑不住|快撑不住|扛不住|顶不住|收不回|收不回来|拿不回来|要不回来|没结|结不了|拿不到|拖着|被拖欠|一直拖`},
	{code: businessDistress, gap: 4,
		heads: `business|sales|orders|customers|clients|revenue|shop|store|restaurant|factory`,
		tails: `slow|bad|down|dropped|dried up|fell|failing|struggling|collapsed|terrible|dead|slumped|plummeted|halved|closed|shut|shut down|went bust|bust|went under`},

	{code: incomeDrop, gap: 4,
		heads: `收入|工资|薪水|薪资|月薪|底薪|工钱|薪酬|奖金|提成|绩效|年终奖|家里收入|家庭收入`,
		tails: `降|降了|下降|下滑|降低|减少|减了|少了|减半|砍|砍了|锐减|骤减|大减|缩水|打折|对折|打了对折|没了|没有了|断了|发不出|没发|没有发|拖欠|拖着|拖了|迟发|晚发|停发|欠着|只发|只发了|发不全|没发全|发不足|只发一部分|不按时发|迟迟不发|不发了|只有一半|少一半|少了一半|掉了|不到以前|不如以前|只有以前|只有原来`},
	{code: incomeDrop, gap: 2, heads: `cut|cuts|reduced|slashed|halved`, tails: `pay|salary|wages|hours|bonus`},
	{code: incomeDrop, gap: 4,
		heads: `salary|income|wages|my pay|our pay|earnings|hours|bonus|commission|paycheck`,
		tails: `cut|reduced|dropped|fell|decreased|went down|gone down|halved|slashed|down|lower|delayed|stopped`},

	{code: collateralIssue, gap: 6,
		heads: `房子|房产|抵押物|抵押的房|抵押房|抵押的车|车子|铺面|商铺`,
		tails: `查封|被查封|冻结|被冻结|拍卖|被拍卖|法拍|被收走|被收回|收走|被扣|处置|被处置|贬值|跌价|不值钱|卖掉|卖了|出售|要卖|塌了|烧了|被烧|被淹|被水淹|淹了|泡水|烂尾|拆了|被拆`},
	{code: collateralIssue, gap: 4, heads: `house|home|property|flat|car`, tails: `seized|repossessed|foreclosed|auctioned|damaged|destroyed|flooded|burned`},

	{code: repaymentDifficulty, gap: 3, heads: `月供|房贷|车贷|贷款|还款`, tails: `断了|断供|断供了|停了两|交不上|供不上`},
	{code: repaymentDifficulty, gap: 3, heads: `money|cash|finances|things`, tails: `tight|short`},
	{code: repaymentDifficulty, gap: 2, heads: `可能要|可能得|估计要|估计得|恐怕要|只能`, tails: `晚点|晚几天|晚些|晚一点|拖几天|推迟|迟几天|延后|逾期`},
	{code: repaymentDifficulty, gap: 3, heads: `手里|手头|手上|兜里`, tails: `紧|很紧|有点紧|太紧|比较紧|不宽裕|没钱|没什么钱`},
	{code: repaymentDifficulty, gap: 3,
		heads: `经济|经济上|家里|家里经济|生活|资金|手头|财务|最近`,
		tails: `困难|有困难|有点困难|有些困难|很困难|比较困难|出了问题|出问题|吃紧|紧张|紧巴巴|拮据`},

	{code: multiDebt, gap: 2, heads: `two|three|four|five|six|several|multiple|many|a few|a bunch of|a lot of`, tails: `credit cards|payday loans|loans|lenders|loan apps`},

	{code: multiDebt, gap: 4, heads: `欠了|欠着|借了|还欠`, tails: `网贷|网贷平台|高利贷|小贷|财务公司`},

	{code: multiDebt, opt: optOwn, gap: 4,
		heads: `好几个|好几家|几个|几家|多个|多家|很多|好多|十几个|七八个|其他|其它|别的|另外几个|两家|三家|四家|五家|两个|三个|四个|五个|好多间|几间|多间`,
		tails: `网贷|网贷app|平台|贷款平台|借款平台|信用卡|小贷|贷款app|借款app|贷款|借款|银行借|财务公司`},

	{code: contactChange, opt: optCalm, gap: 3,
		heads: `改|修改|更改|变更|更换|换|换了|更新|换咗|转咗`,
		tails: `手机号|手机号码|电话号码|号码|联系电话|预留手机号|手机|电话|地址|住址|联系地址|通讯地址|联系方式|邮箱|电子邮箱`},

	{code: contactChange, opt: optCalm, gap: 2,
		heads: `手机号|手机号码|电话号码|号码|联系电话|预留手机号|手机|电话|地址|住址|联系地址|通讯地址|联系方式|邮箱|电子邮箱`,
		tails: `换了|变了|改了|换咗|变更了|更换了|不用了|停用了`},

	{code: selfHarm, gap: 2, heads: `活着|活下去|人生`, tails: `没意思|没什么意思|没啥意思|有什么意思|有什么意义|还有什么意义|有啥意义|没意义|没有意义|太累|好累|没劲|没希望|没有希望`},

	// Someone asks for a code, a password or a transfer.
	{code: fraudRisk, gap: 8,
		heads: `问我要|找我要|跟我要|向我要|要我|让我|叫我|索要|索取|要求我|要求提供|告诉他|告诉对方|发给他|发给对方|报给|念给|读给|给他|给对方`,
		tails: `验证码|短信验证码|动态码|动态密码|校验码|银行卡密码|卡密码|取款密码|支付密码|转账|转帐|转钱|把钱转|汇款|打款|转到|转进|转入|屏幕共享|共享屏幕|开视频会议|视频会议|腾讯会议|会议软件|远程软件|共享软件|点链接|点击链接|点开链接|扫码|扫二维码`},
	{code: fraudRisk, gap: 6, heads: `验证码|动态码|校验码`, tails: `告诉他|告诉了他|告诉对方|发给他|发给了他|发给对方|给他了|给了他|给对方|报给|念给`},
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
}

// role is what a marker does to the cues around it.
type role uint32

const (
	roleNeg       role = 1 << iota // negates a cue a few runes after it
	roleHypo                       // opens a condition for the rest of the sentence
	roleHypoAfter                  // makes the clause before it a condition (的话)
	roleThen                       // the consequence of a condition (就, I'll)
	roleSpec                       // fear or likelihood
	roleFuture                     // the future
	rolePast                       // a finished past
	roleStill                      // a state that goes on (还没, still)
	roleReal                       // a statement of fact (已经, 其实) ends a condition
	roleHearsay                    // someone else's story
	roleNow                        // the borrower's present (最近, 这个月)
	roleQuestion                   // a question (吗, how)
	roleConseq                     // a consequence asked about or foretold (会, will)
	roleGeneric                    // a class of people, not the borrower (的人, people who)
	roleContrast                   // 但是, but: starts a new segment
	roleThanks                     // thanks count even inside a question
	roleYesNo                      // a yes/no question (吗, 是不是)
)

type markerSet struct {
	role  role
	words string
}

var markerSets = []markerSet{
	{roleNeg, `没|没有|没被|没能|没再|不|不是|不太|并非|未|从未|不会|不想|不要|不用|不需要|无需|别|不打算|不准备|没打算|没想过|不至于|还不至于|还没到|还不到|倒没有|唔|冇|未曾|木有|
		not|no|never|haven't|hasn't|hadn't|didn't|don't|doesn't|isn't|aren't|wasn't|weren't|wouldn't|havent|hasnt|didnt|dont|doesnt|isnt|arent|wasnt|no longer|nothing|none|neither|nor|hardly`},
	{roleNeg | roleStill, `还没|还没有|尚未`},
	{roleSpec | roleQuestion, `会不会|是不是要`},
	{roleHypo, `如遇|若遇|比如|比如说|例如|比方说|譬如|如果|如果说|假如|假设|假使|假若|倘若|如若|若是|要是|万一|一旦|哪怕|就算|即使|即便|纵然|设想|只要|以防|以免|防止|避免|为了避免|
		if|what if|even if|in case|let's say|lets say|imagine if|suppose|supposing|assuming|hypothetically|were to|whether|what happens when|avoid|prevent`},
	{roleHypoAfter, `的话|情况下|的情况|这种情况|这样的情况`},
	{roleThen, `就|我就|那就|那我就|就会|就要|就去|then|i'll|i will|we'll|we will|i'm going to`},
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
	{roleNow, `my|our|mine|me|us|我们公司|我们单位|我们厂|我公司|我单位|我们部门|我们小区|我们这|最近|近来|近期|现在|如今|刚|刚刚|刚才|已|这个月|本月|这月|上个月|上月|这两个月|这几个月|这段时间|这阵子|前段时间|前阵子|前几天|这几天|上周|这周|本周|昨天|今天|今年|去年|这半年|半年来|这一年|这期|这一期|下个月|下月|
		recently|currently|right now|now|this month|last month|last week|this week|lately|these days|at the moment|this year|last year`},
	{roleQuestion, `吗|么|呢|怎么办|怎么样|怎样|如何|怎么|能不能|可不可以|可以吗|能否|是否|有没有|是不是|什么|啥|多少|哪些|哪个|
		what|how|can|does|do|is it|are there|should|which|why`},
	{roleConseq, `会|影响|后果|will|would`},
	{roleYesNo, `吗|么|是否|能否|可不可以|能不能|有没有|是不是|可以吗`},
	{roleGeneric, `的人|人员|人群|群体|的客户|客户们|这类人|这种人|借款人|people who|those who|anyone who|someone who|customers who|borrowers who|people that|for people|for those|in case of`},
	{roleContrast, `但是|可是|不过|然而|但|只是|而是|however|but|though|although`},
	{roleThanks, `谢谢|谢谢你|谢谢您|感谢|非常感谢|多谢|谢啦|谢了|感激|辛苦了|麻烦你了|多谢晒|唔该晒|thank|thanks|thank you|thx|ty|appreciate|appreciated|cheers|👍|🙏`},
}

type subjectWords struct {
	subj  subject
	words string
}

var subjectSets = []subjectWords{
	{subjSelf, `家里收入|家庭收入|我|我们|俺|俺们|咱|咱们|本人|自己|我自己|我家|我们家|家里|家中|我哋|
		i|i'm|i've|i'd|myself|we|we're|we've`},
	{subjSpouse, `老公|老婆|爱人|丈夫|妻子|媳妇|媳妇儿|老伴|太太|我先生|男朋友|女朋友|男友|女友|另一半|孩子他爸|孩子他妈|孩子爸|孩子妈|内人|
		wife|husband|partner|spouse|fiance|fiancee|boyfriend|girlfriend|hubby`},
	{subjFamily, `爸|妈|爸爸|妈妈|父亲|母亲|父母|老爸|老妈|爹|娘|儿子|女儿|孩子|小孩|宝宝|儿女|子女|哥哥|弟弟|姐姐|妹妹|兄弟|姐妹|家人|家里人|亲人|老人|老人家|公公|婆婆|岳父|岳母|丈母娘|老丈人|爷爷|奶奶|外公|外婆|姥姥|姥爷|老母亲|老父亲|公婆|双亲|
		mother|father|mom|mum|dad|parents|parent|son|daughter|child|children|kid|kids|baby|brother|sister|family|grandmother|grandfather|grandma|grandpa|mother-in-law|father-in-law|in-laws|grandparents`},
	{subjOther, `同事|朋友|好友|哥们|工人|员工|工人们|员工们|手下|闺蜜|同学|邻居|别人|他人|旁人|有人|有个人|有些人|很多人|好多人|不少人|人家|亲戚|表哥|表姐|表弟|表妹|堂哥|堂姐|老乡|网友|
		colleague|colleagues|coworker|coworkers|co-worker|friend|friends|neighbor|neighbour|neighbors|neighbours|someone|somebody|people|others|classmate|cousin|relative|relatives|a guy|acquaintance|business partner`},
	{subjAnaphor, `他|她|他们|她们|佢|佢哋|he|she|they|he's|she's|they're|him|them`},
	{subjBank, `你们|你|您|贵行|银行|你们银行|贵司|催收|催收员|客服|you'll|you will|are you going to|will you|would you|the bank|your bank|collectors|debt collectors`},
}

// resolution words say a situation is over (找到新工作了): the code is not
// raised for the message.
type resolutionSet struct {
	codes []code
	words string
}

var resolutionSets = []resolutionSet{
	{[]code{jobLoss}, `找到工作|找到了工作|找到新工作|找到了新工作|找了新工作|找到新的工作|重新上班|重新上岗|又上班了|已经上班|已经上班了|已经入职|再就业|
		found a job|found a new job|got a new job|back at work|back to work|re-employed|employed again|working again`},
	{[]code{illness}, `康复了|已经康复|痊愈|病好了|身体好了|recovered|fully recovered|all better`},
	{[]code{businessDistress, incomeDrop}, `好转|恢复了|恢复正常|好起来了|涨回来|picked up|back to normal`},
	{[]code{repaymentDifficulty}, `已经还上|已经补上|已经补缴|已经还清|已经结清|补上了|还上了|caught up|all paid up|back on track`},
}

// toneSet gives words a weight in the sentiment: ±1 strong, ±0.5 mild, 0 a
// blocker that only shadows shorter words.
type toneSet struct {
	tone  float32
	words string
}

var toneSets = []toneSet{
	{1, `感恩|谢天谢地|太感谢|万分感谢|多亏|帮大忙了|搞定了|五星|暖心|感动|厉害|牛|grateful|delighted|lovely|outstanding|impressive|very helpful|super helpful|so kind|very kind|good service|very good|really good|so good|完美|表扬|称赞|多谢晒|唔该晒|谢谢|谢谢你|谢谢您|感谢|非常感谢|多谢|谢啦|谢了|感激|不错|很好|真好|挺好|太好了|好极了|非常好|特别好|满意|很满意|非常满意|挺满意|棒|真棒|很棒|太棒了|给力|点赞|赞|好评|优秀|专业|贴心|周到|耐心|热情|靠谱|帮了大忙|帮大忙|
		thank|thanks|thank you|thx|ty|appreciate|appreciated|great|excellent|awesome|perfect|wonderful|fantastic|amazing|helpful|satisfied|love it|good job|well done|brilliant|superb|impressed`},
	{0.5, `解决了|便捷|方便快捷|省事|很简单|挺简单|真简单|简单方便|解释得很清楚|很清楚|讲得很清楚|温暖|热心|礼貌|及时|很优惠|挺优惠|效率很高|秒批|pretty good|efficient|friendly|professional|so easy|very easy|really easy|very clear|so clear|quick response|👍|😊|🙂|😀|😄|🙏|❤️|❤|辛苦了|麻烦你了|辛苦|很方便|挺方便|真方便|太方便了|很快|真快|挺快|速度快|效率高|高效|顺利|开心|高兴|很放心|挺放心|放心了|安心|省心|稳定|还行|
		nice|glad|happy|pleased|stable|steady|smooth|so fast|very fast|really fast|super fast|so quick|very quick|cheers|not bad`},
	{-1, `why do you keep|why do you always|keep charging|keeps charging|overcharged|overcharging|hidden fees|hidden charges|不爽|恼火|气人|窝火|抓狂|不像话|太不像话|欺负人|不讲理|扯淡|忽悠|黑心|吸血|割韭菜|骗钱|套路贷|霸道|推诿|不负责任|没有诚信|坑害|投诉无门|求助无门|一拖再拖|浪费时间|白跑一趟|受够了|寒心|心寒|绝望了|disgraceful|appalling|shocking|outrageous|unprofessional|unhelpful|waste of time|had enough|enough is enough|not acceptable|bad experience|horrendous|absurd|mad|pissed|太烂|太烂了|烂透了|太差|太差了|差劲|很差|真差|垃圾|坑人|坑爹|骗子|骗人|恶心|无语|离谱|太离谱|过分|太过分|生气|气死|愤怒|火大|不满|不满意|很不满|失望|太失望|很失望|受不了|忍无可忍|崩溃|绝望|走投无路|山穷水尽|难受|痛苦|焦虑|烦死了|烦死|讨厌|乱扣|乱扣款|多扣|扣错|重复扣款|乱收费|霸王条款|骚扰|暴力催收|不合理|不公平|不靠谱|不专业|什么破|破银行|态度差|态度很差|态度恶劣|敷衍|踢皮球|没人管|没人理|没人处理|没人回|撑不下去|撑不下去了|吃不消|压力太大|压力很大|压力山大|压力好大|压力大|压力特别大|喘不过气|不想再坚持|差评|违法|太高了|太高|太贵|效率太低|效率低|效率太差|太慢|太慢了|慢死了|太坑|太坑了|被坑|坑钱|扣了两次|扣两次|重复扣|太难了|太难|熬不下去|难熬|凭什么|
		terrible|awful|horrible|worst|ridiculous|unacceptable|disgusting|angry|furious|upset|frustrated|frustrating|annoyed|annoying|disappointed|disappointing|anxious|stressed|stressful|desperate|hopeless|unfair|rip-off|ripoff|useless|nobody helps|no one helps|nobody cares|hate|sucks|fed up|sick of|sick and tired|too high|too expensive|can't cope|overwhelmed|nightmare|pathetic|incompetent|rude|harass|harassing|harassment|poor service|charged twice|double charged`},
	{-0.5, `keep calling|keeps calling|extra charges|无奈|心烦|烦躁|委屈|冤枉|拖延|磨磨蹭蹭|太麻烦了|很麻烦|真麻烦|麻烦死了|太复杂|很复杂|复杂|繁琐|折腾|耽误|等了好久|等了半天|没回复|不回复|打不通|没人接|睡不着|失眠|艰难|糟透了|完蛋|完蛋了|惨了|无助|呵呵|unhappy|not happy|irritated|too slow|so slow|takes forever|ignored|ignoring|never got back|no one got back|wrong amount|can't sleep|😡|又扣|又扣了|闪退|怎么又|不提前通知|been waiting|still waiting|waiting for days|no response|no reply|nobody called|no one called|好烦|很烦|真烦|烦人|好难|😠|😤|😭|😢|😞|💔|头疼|愁死|发愁|着急|急死|担心|担忧|害怕|怕|倒霉|糟糕|惨|搞什么|怎么回事|郁闷|闹心|糟心|难过|伤心|哭|心累|累死|不好|不行|不稳定|不容易|不幸|可怕|太多了|太多|催收|没办法|实在没办法|
		worried|worry|worrying|worried that|worried i|worried i'll|worried i will|worried i might|scared i'll|stress|scared|struggling|bad|too much|joke|mess|messed up`},
	{0, `不好意思|好不好|行不行|对不对|要不要|还不还|够不够|靠谱吗|靠不靠谱|不客气|没关系|没事|没问题|其他|其它|他行|吉他|特别|区别|分别|告别|别的|大家好|不知道|不清楚|不确定|不了解|不明白|不懂|不太清楚|不得不|不然|要不然|别逼我|不要逼我|别让我|别等我|失业率|失业保险|失业潮|不管|不论|无论|不仅|不但|不光|不久|不久前|不断|不停|不少|不一定|不小心|不到|没想到|没多久|没过多久|没几天|没几个月|没错|不过来|不过去|但愿|说的话|讲的话|说过的话|这些话|那些话|主要是|只要是|需要是|还完了|机会|会议|社会|会员|学会|开会|会计|误会|这么|那么|多么|要么|
		逾期记录|逾期利息|逾期罚息|逾期费|逾期费用|逾期天数|中介费|房产中介|房屋中介|工资卡|收入证明|工资流水|不想还这么|不想还那么|不想还利息|不想还要|被起诉|起诉我|会起诉我|要起诉我|起诉了我|收到律师函|收到了律师函|你们的律师|
		good morning|good afternoon|good evening|good night|no problem|no worries|not sure|not only|not just|no doubt|no idea|not sure if|unsure if|wonder if|wondering if|see if|check if|know if|ask if|asking if|tell me if|let me know if|confirm if|find out if|首付钱不够|首付的钱不够|首付不够|拿不出首付|交不起首付|付不起首付|凑不齐首付|凑不够首付|没收入证明|没有收入证明|没工作经验|没有工作经验|在医院工作|在医院上班|防癌|防癌险|癌症险|work at a hospital|work in a hospital|bad credit|poor credit|good credit|quick question|by accident|what kind|any kind|kind of|mind|your lawyer|the lawyer|ill-advised`},
}

// intentTone nudges the sentiment by the NLU's intent; alone it is not
// enough to leave neutral. Hardship is left out: what it rests on is read
// here already, with scope (失业过 is past, not hardship).
var intentTone = map[string]float32{
	"thanks":    0.3,
	"complaint": -0.3,
}
