// Package signals reads a borrower's message for what a good relationship
// manager would notice: its sentiment, and risk flags about the borrower's own
// situation now (DOMAIN.md §5), each with the customer's own words as evidence.
//
// # Approach
//
// Detection is deterministic and explainable: a lexicon of cues, markers
// and sentiment words (lexicon.go) in the normaliser's form (Simplified,
// lowercase, half-width), one byte trie over all of it, and a pass of scope
// rules over what the trie found.
//
//   - The NLU's normalised text is aligned with the original rune by rune
//     (align.go), so matching runs on Simplified text while evidence is cut
//     from what the customer wrote, in their script. Nothing is normalised
//     twice; a caller that gave no normalised text costs one normalisation.
//     Spellings the normaliser leaves apart are added to the lexicon (帐 for
//     账, 著 for 着, 纪录 for 记录, cant for can't).
//   - The text is read once, left to right, taking the longest lexicon word
//     at each place (scan.go). Longest-first is what keeps 没有收入 a cue
//     while 没有 alone negates, and 不好意思 from being 不好. Punctuation, line
//     breaks and a space between Chinese clauses end clauses; 。!?; and line
//     breaks end sentences; a dash sets off a clause; 但是/不过/but open a new
//     segment of a clause. A
//     segment is the unit of evidence.
//   - Some cues are two words apart (收入…减少, 让我…验证码, 停发…绩效): a
//     pattern's head and tail must fall in one segment within a few units
//     (a CJK rune or a Latin word). A head or tail that a longer entry
//     would hide (少了 in 少了一大半, restaurant in my restaurant) is
//     carried by that entry too.
//   - Words are families, not strings: each code lists the colloquial,
//     Traditional-via-normalisation, Cantonese and English ways of saying
//     it, and testdata/cases.tsv holds blind batches written before they
//     were run, one batch per round of fixes.
//   - Work is linear in the text: one trie walk per place, and each scope
//     question is answered from state kept while reading or from facts
//     gathered right to left once per clause. A 2,000-rune message takes
//     well under a millisecond. Words that only a rare rule looks for
//     (反而, 问我, or) are marks in the trie: the scan notes those it
//     passes without reading them as tokens, so they hide nothing and the
//     rule searches no text where they are absent.
//
// # Scope rules
//
// A cue raises its flag only when it speaks of the borrower's situation
// now; the first rule that rules it out is kept for tests.
//
//   - Negated: a negator (没有, 不是, not, haven't…) at most three units
//     before the cue, or between a pattern's head and tail; nobody, 没有人
//     negate their whole clause. A near miss (差点逾期, 险些) negates too.
//     不知道, 没想到, 不如, not sure and the like are not negators.
//   - A class of people: a plight followed at once by 的人 or 的客户
//     (银行对失业的人有没有方案) is nobody's in particular, whoever else the
//     sentence names.
//   - Someone else: the last person named in the sentence before the cue —
//     colleagues, friends, neighbours, 有人, someone; he, she and they are
//     whoever was named last. A spouse's job and income count as the
//     household's; any family member's illness counts, but a relative's
//     own debts told in their own clause are theirs (我姐借了好多网贷); a
//     friend's father is the friend's (朋友的爸爸, 我朋友他爸, 朋友…他爸爸), and a relative's
//     partner or in-law is nobody's household (我女儿的男朋友, 我姐夫). A lawsuit is
//     the borrower's only if the borrower brings it against the bank
//     (银行会起诉我吗 is not a threat, nor is suing one's own debtor or a
//     solicitor doing the conveyancing; the debtor may be named first: 欠我钱的
//     那个朋友我起诉了). The borrower's staff (员工也都遣散了) are someone else
//     only in their own clause. A possessive right before the cue (my
//     income's halved, 我的收入) makes it the borrower's whoever was named
//     before. A scam is the borrower's whoever
//     carries it out (有人, a broker: strangers), unless a friend is its
//     victim; a company's move or trouble told as the cause of a pay cut
//     is not the borrower's (公司搬去外地, 厂里效益不好，工资降了).
//   - Heard of: 听说, 新闻, I heard, or someone else's words (他说, my
//     friend says, 同学让我问问) — until the borrower speaks of themselves in a later
//     clause. What a caller says is still the scam. 帮朋友问, asking for a
//     friend, pass on another's question.
//   - Supposed: a condition (如果, 万一, 假如, 要是, 比如, if, what if, in case)
//     earlier in the sentence, or one after the cue in its clause (的话,
//     这种情况). Threats are conditional by nature (再乱扣款我就投诉), so for
//     complaints, lawsuits, refusing to pay and self-harm only the condition
//     itself, or a question under it, does not count; a threat that says
//     its own "I'm going to" (I'm going to the media) is the consequence,
//     and no negator before it reaches it.
//   - Feared or foreseen: 担心, 可能会, might, afraid I'll, or a future
//     (将来, in the future) before a situation. Difficulty repaying is the
//     exception: 可能还不上 is the signal; but being overdue feared (怕不小心
//     逾期) or asked about (我的贷款逾期了吗, is my account overdue?) is not.
//     A court about to act on the collateral (律师说可能要被法院查封) is
//     the situation now; a fear of it is not.
//   - Over: a finished past (以前, 曾经, years ago, 失业过) unless something
//     says it goes on (还没, still), or a resolution anywhere in the message
//     (找到新工作, recovered, 已经还上, 缓过来了); a dated past (去年, 上次)
//     that the story looks back on as a period (那阵子, 那段时间) is over too.
//     A thing that moved (payday moved to the 28th, I moved my mortgage
//     here) is no new home.
//   - In general: a class of people (失业人员, people who), or a question
//     about a situation in a clause that names neither the borrower nor a
//     time of theirs (生病住院可以申请延期吗, 逾期了会怎样) — unless it says
//     the thing happened (被裁员了，房贷怎么办). A threat asked about as a
//     term (12378和12363有什么区别, 一般走仲裁还是诉讼) or named by an
//     impersonator (自称是银保监会的人) is no threat.
//   - Weak cues (逾期, 网贷, overdue) need the borrower named or dated
//     before them (in that sentence or, in a story, an earlier one), or
//     their loan named in a statement (经营贷可能要逾期), or to be said to
//     have happened, or to be followed in their clause by a plain
//     difficulty repaying (三个网贷平台都已经逾期了); two kinds of debt listed
//     in a statement (信用卡、花呗加上两个网贷) are the borrower's own.
//   - Defiance (你们看着办, 要告就去告, 要催就去催, so sue me) is a refusal
//     to pay only when no complaint or lawsuit is what it answers and the
//     customer does not say they will pay (我又不是不还). What the customer
//     dares the bank to do (随便你们去法院起诉, 房子要拍卖就拍卖吧) is that
//     refusal, not a lawsuit or news of the collateral. A pay cut followed
//     by the job lost is the job loss.
//   - Rounds 30–33: asking for grace (能不能缓一缓, 宽限几天) is no
//     difficulty by itself, saying one must pay late (得缓几天) is; savings
//     spent and a heap of debt (一屁股债) are hardship told, not difficulty
//     or multi_debt; a lost job leaving no income is the job loss only;
//     what a text says (短信说我逾期了) is its words; a missed payment
//     asked about (有没有哪期没还上) and an overdue the bank recorded
//     (给我记了逾期) are no difficulty; a stranger's offer is conditional
//     by nature (if I pay a fee they'll lower my rate).
//   - Rounds 34–35: asking in English to pay late (can I pay a bit later?,
//     a payment…late in a question) is grace asked, as 能不能缓一缓 is;
//     saying it (I'll have to pay a bit later) is the difficulty. No money
//     coming in after a lost job (下岗了，一分钱进账都没有) is the job loss,
//     not a business, unless the borrower's business is named.
//   - Rounds 36–41: despair is the speaker's unless someone else is named
//     in its own clause; a belief that proved wrong (还以为要逾期了) negates
//     like a near miss; what the borrower then denies for themselves
//     (部门裁了好几个人，我没被裁) was not theirs; a resolution before a
//     contrast does not reach a plight the cue's clause dates now or ties to
//     the loan (网贷早还清了，可是这个月的贷款缴不出来); the borrower's loan
//     named in the cue's clause makes a difficulty theirs after a debtor was
//     named; the bank's remedy asked about (does the bank take the house if…)
//     is no refusal to pay.
//   - Rounds 42–45: a court's seal (说是法院查封) is no impersonation;
//     the shop's stock money that will not turn over is the business's,
//     not a repayment; the place the borrower works at (我上班那厂子) is
//     an employer; an overdue the bank shows with a count (记了一次逾期,
//     shows two overdue) is a dispute; a customer's plight asked about
//     (客户失业) is a class; an old home already sold to settle a loan is
//     no collateral trouble.
//   - Rounds 46–48: the pledged house named before a relative's debt is
//     the borrower's, whatever it was seized for; a near miss at one's
//     business (生意差点撑不下去) negates; hours back to full time and a
//     late payment all sorted are over; 姊姊 is a sister; whoever is cared
//     for (陪佢, 照顧她) is an object, the carer the borrower; delight is
//     the speaker's even after hearsay.
//   - Rounds 49–54: a verb with 过 before the cue (做过一次手术, 得过癌症)
//     is an experience unless just now (刚做过); health regained, back at
//     work, no problem any more (身体早就恢复了, 现在已经没问题了) resolve;
//     前两年 dates a past; a customer's failure that left the borrower
//     unharmed (货款早就结清，对我没影响, already paid me in full) is over; a
//     scam with a past in its clause (我爸之前被…骗过) or seen through
//     (才没上当, didn't fall for it) is no fraud now; items of a list (、)
//     share the class of people they end in (对生病住院、还不上款的借款人);
//     an escalation given up or never meant (懒得投诉, 本来都想投诉了, was
//     going to complain) is negated; a plight taken back as a joke
//     (开玩笑的, just kidding) is no plight, though threats and self-harm
//     are never taken back; lateness in the bank's own message (the payment
//     reminder came two days late, an overdue fee) is not the borrower's;
//     collectors' calls (乱打我家人电话催收) give no new number.
//   - Rounds 52, 55–59: his and their (his company went bust) are
//     whoever was named last; tenants are someone else, though a tenant's
//     trouble told beside the landlord's own loan (租客跑了，房贷还不上了)
//     is the borrower's; a story seen in the news (电视上看到, …的新闻) is
//     hearsay; the clause after a relative's own debts goes on with them
//     (我弟在好几个网贷平台借钱，拆东墙补西墙) until the borrower speaks,
//     but money tight after an "and" that ends the relative's part (My
//     mum's in hospital and things are tight) is the household's; a dated
//     past looked back on as a time (上次住院时, 舊年入院嗰陣) is over
//     unless the cue's clause names the present; on time ever since
//     (後來都準時繳), long sorted and money moved around to cover a debit
//     resolve a difficulty, home and doing well an illness; working at a
//     hospital (as a nurse at the same hospital, 在医院做行政) is no
//     illness; a spouse at home by choice with no income (爱人在家带孩子，
//     没有收入) is no income drop unless it says it changed (没有收入了);
//     a death spoken of softly (我要是走了, if I die) is self-harm only
//     beside release or burden (也算一种解脱, 拖累家里); the workplace
//     closed (我上班的那家厂子关了门) is the job lost; moved to a new
//     employer is no new home; an ordinal (第三笔贷款), two loans with this
//     bank, payments split between two payers and someone else's lawyer
//     (the buyer's solicitor) are no multi_debt, difficulty or threat.
//   - Rounds 60–67: a negator after 也 or 都 (也不会赖账) negates, but a
//     negator that shares its 不 or 没 with the cue's own first word (我也
//     不想还了, 也没钱了) adds nothing; a late payment made up or settled
//     long ago (後來都補齊了, settled years ago) and a plight that proved
//     only a rumour or a false alarm (降薪原來只是謠言) are over; a cue in a
//     dated clause that ends in an experience (去年生病逾期过) is one too;
//     a pattern's tail is never part of a Latin word (cut the monthly
//     payment is no pay cut); even the rent in doubt (连房租都不知道怎么交)
//     is difficulty; a friend or colleague who recommends an agent
//     (朋友推荐了一个贷款中介) leaves the borrower the one approached, not
//     the friend a victim.
//   - Rounds 68–71: a purpose (免得逾期, 以免, to avoid missing a payment)
//     is a condition for the rest of its own clause only, until the
//     borrower speaks (我想申请延期，免得逾期，我失业了还不上 is the job
//     loss and the difficulty); nobody in a condition is the condition's
//     when its consequence says its own verb (if nobody calls me back I'm
//     posting it on social media); saying one will pay a few days late
//     (推迟几天还, 迟啲还) is the difficulty, asking for it grace; a
//     customer's or a debtor's refusal to pay (啲客户拖住啲货款唔还) is
//     theirs until the borrower speaks; money that will not turn over
//     (周转不开) after the borrower's trade is named (店里, 盘生意) is the
//     business's; the clause right after someone else's plight goes on
//     with them until the borrower speaks (我表哥被公司裁了，房贷已经断了);
//     a place that closed, told just before its worker lost the job, was
//     the employer unless the borrower's own business is named; a job held
//     steady since (I've had a stable job for two years now, 现在工作很
//     稳定) ends a job loss or pay cut told before it for the same person
//     only (not a spouse's, nor one told after it).
//   - Rounds 72–75: self-harm is also said as no point in waking up, in
//     tomorrow or in going on (明天不想醒, 睡着就不要醒了, 醒唔翻就好, I don't
//     see the point of waking up tomorrow), as wishing to vanish or everyone
//     better off without me; an errand one sees no point in (calling again,
//     waking up early for the branch, going on with an application or
//     paying for insurance) is none, though going on with life or a debt
//     still is.
//     A threat told as said or thought before (上次说要找律师, last year I
//     threatened to go to the regulator, 以前有过不想还的念头) is past, as a
//     plight is; self-harm never is. A lawyer's words passed on and asked
//     whether they hold (律师朋友说…，真的吗) are advice; a complaint in a sentence that
//     names another firm and not the bank since (航空公司…去哪里申诉, the
//     landlord) is against them; an escalation one came in ready for (I came
//     in ready to complain) was given up. One debt's monthly figure given
//     for a quota (每月还要还花呗1500，还能借多少) is no multi_debt; pay
//     spent as soon as it comes (工资一到手就没了) is no income drop. A scam
//     the bank's staff talked the borrower out of is over, and so is a
//     supplier's failure that does not affect the borrower's business. In
//     English, while I was… looks back on a dated past (Back in 2021… while
//     I was between jobs). A plight followed by a class of business people
//     (资金链断裂的小微企业主) is nobody's; a move dated as a time (两年前搬家
//     时) or a change dated as done (…改过地址了) is no new contact.
//     The borrower's own staff are no victims, and once the business is the
//     borrower's, their pay that cannot be paid (厂里工人的工资都快发不出了)
//     is their employer's, the borrower's, business in trouble.
//   - Rounds 76–81: a cleft names whose a plight is (被查封的是楼上那户,
//     住院的是我妈), and a number changed by anyone but the borrower is
//     theirs (换电话的是我妈); a negator that runs into a pattern's tail
//     (房子没被查封) stands between head and tail; a denial of dodging the
//     debt (我可不是要赖账) negates it, and the bank not owning up (不认账) is
//     a complaint, not a refusal to pay. A belief the sentence then proves
//     wrong (I was sure it was a scam, but your team traced it) is no
//     plight, self-harm excepted, and a scam too once money or a code was
//     handed over (I thought it was a scam, but I sent them the code). A workplace closed for a holiday named
//     after it or during it (公司下周关门放年假, 春节期间停工, closed for the
//     New Year holiday) is no job lost or business in trouble; a car sold
//     is no collateral unless a car loan or a pledged car is named. A pay
//     cut reversed (has been reversed) and debts all cleared (they're all
//     cleared now, 都清掉了) are over. The old folk next door (隔壁阿伯) are
//     neighbours, and a question a customer or a friend put to the
//     borrower (有客人问我…) is theirs. A sum taken off (收入扣掉房租) is no
//     trade fallen away. Recall: the place one worked at closed (the
//     clinic I worked at closed) is the job lost; a court about to sell the
//     pledged home (法院说下个月要拍卖) is news of it; a PIN or a code to
//     type in is a scam only when a stranger (a text saying…) asks; self-harm
//     is also said softly (不想再做人, 就是个拖累, 活着就是受罪, my family
//     would be fine without me, I just want it all to stop, I don't think I
//     can keep living like this), and going spoken of beside a burden
//     (不如走了算了) is as a death spoken softly is; no way out is
//     hopelessness, not a negator (no way out except ending it).
//   - Rounds 82–83: a lost job is over in Cantonese too (而家已经揾到新工,
//     揾咗份新工; 仲未揾到新工 goes on). A client's debt pursued at law (a
//     client owes me money and my lawyer is handling the case against him,
//     客户拖着货款，我已经请律师起诉他了) is no business distress unless the
//     business is said to suffer besides (店里周转不开); a debt with no suit
//     still is. Won't be able to cover, unable to cover the payment is the
//     difficulty.
//   - Rounds 84–86: a hard time told as over (手头紧的那段日子总算过去了,
//     the worst is behind us) resolves; a way of handling debt named as
//     something the borrower won't do (拆东墙补西墙那种事我不干) and a scam
//     text deleted unread (那种诈骗短信我都直接删掉) are no plight; how a
//     customer normally does it, or a question for a course (It's for a
//     uni assignment), asks what a thing is. A cue followed through 的 by
//     someone else describes them (陪一个说不想活了的朋友, 被裁的那个同事),
//     self-harm too; what the cue does to his or their thing, after
//     someone else was named (the bank auctioned his flat), is theirs.
//     Someone else's plight and then the borrower's turn (我弟弟也被裁过…
//     这次轮到我, now it's happened to me too) is the borrower's, told at
//     the turn. Recall: not knowing what one will pay with (不知道拿什么还);
//     Cantonese orders and receivables gone (冇单落, 应收账收唔返); takings
//     cut and a kitchen shut; the pledged flat listed with an agent
//     (挂中介). Reported overdue when paid on time is a dispute; the old
//     home back home sold (老家的房子卖掉了) is no collateral trouble.
//   - Rounds 87–90: a wait or a bother said to be deadly (排队排到想死,
//     慢到想死) is hyperbole, annoyance and no self-harm; a self-harm thought
//     told as a finished past and said to be treated (几年前有过轻生的念头，
//     已经治疗好了) is over, though self-harm is otherwise never past;
//     collectors who pose as the court (催收的人冒充法院) frighten, no scam;
//     a scam call hung up on, an offer turned down, nobody in touch (Nobody's
//     contacted me, just curious), a kind of debt never touched (网贷也从来没
//     碰过), a complaint named as past (上次投诉的扣款), not meaning not to pay
//     (也不打算不还), a debt denied before defiance (要告就去告，我又没欠你们
//     钱), a belief proved wrong in English (thinking I'd missed), pay back
//     after a cut (it's back) and a suit against the weather are no flags;
//     怕是要逾期 is likelihood, not fear; Cantonese 呢 before a time (呢半年)
//     is this, no question.
//   - Rounds 91–94: a correction takes back what it denies however far
//     the cue stands from its 不是 (不是我太太被减薪，是她同事; 唔係我層樓
//     俾人查封，係…; it's not my husband who was laid off, it's his
//     brother); the household next door is named by its block or door
//     (隔壁单元那户); 我幫佢問吓 passes on someone else's question. A
//     plight conceded to a trade or a crowd (虽然整个行业都在喊订单大减,
//     pay cuts across the board) that the sentence then turns from to the
//     borrower instead (但我们厂的订单反而排到了明年) is others'. A word
//     quoted and explained (我剛說的「不想活了」是指…) is mentioned, not
//     said (self-harm only beside 不是我); a term quoted from the news
//     (「安全賬戶」騙案新聞) is hearsay; a scam one says one won't fall for
//     (放心我唔會中招) is none. A negator reaches every item of a list
//     joined by or (I'm not going to sue anyone or call a lawyer,
//     没有失业或者降薪); no job loss is no "no job"; why would I
//     (我幹嘛要找律師告你們？, why would I want to sue you?) waves a threat
//     away; a word echoed as a question and denied at once (Walk away from
//     the loan? Never crossed my mind; 失业？没有啊) is negated. A threat
//     said before is past in Cantonese too (上次話要投訴你哋); a self-harm
//     thought a few years back that the borrower got help for (I got help,
//     saw a therapist) is treated. A question put to the borrower
//     (客户经理问我有没有别的网贷) asks, unless they answer yes; a plight
//     asked about and then denied for themselves (我就是问问，没逾期) is
//     taken back even after it was flagged; a dated past told with 过 and a
//     count (去年因为住院晚还过一次) is an experience; the balance left
//     (房贷还差好多没还完) is no shortfall. A negator before 就 is the
//     condition's or the time's (利息不退我就起诉你们, 没多久就被裁了); a
//     cue denied right after it (我连一次逾期都没有) is negated.
//     Recall: Sichuan 遭 as 被 (遭公司裁了) and 莫得 as 没得 (莫得钱还); takings
//     not even a fraction of last year's (营业额连去年的三成都不到); a freeze
//     threatened unless a code is handed over (frozen unless I share the
//     OTP); a dare to take the flat without 要 (收樓就收樓啦) is a refusal
//     to pay.
//   - Rounds 92, 95–99: a new employer joined since (早就入职了新单位)
//     ends a job lost at a former workplace (原来那家公司倒闭了, 之前上班的
//     厂子), and the workplace's closing is then no business of the
//     borrower's either; the start of the year looked back on as a period
//     (年初那会儿) is a dated past; an English past over by its tense (we
//     went through a rough patch) is an experience. The bank named as the
//     one owed (我細佬欠你哋錢) is an object, so the debt stays the
//     relative's; what a class of people does (people who stop paying) is
//     theirs; once the bank is the one who sues (银行会起诉吗), the process
//     asked about after it (多久会走法律程序) is the bank's. A scam call hung
//     up on in other words (直接掛掉了, 也沒有損失); a home bought at auction
//     (法拍房) and a kind described (被查封的那种) are no collateral trouble,
//     nor is a transfer gone smoothly (顺利过户); a neighbour named by
//     surname and title (隔壁王叔) is someone else; a step waved away right
//     after it (投诉就算了) is given up. A business failed in a dated past
//     and told as where the story starts (前年做生意失败以后…) is gone, though
//     since then (从去年生意垮了以后) goes on; a customer set off by a comma
//     (my largest client, a property developer, stopped paying) is still
//     whose refusal it is; a lawsuit against another lender, the bank named
//     only to be denied (not with you), is no threat; what a collector
//     claims (claiming I was 30 days overdue) or a call says (接到电话说我
//     贷款逾期) is their words, and an overdue record the bank's entry;
//     wages the works cannot pay once the borrower's receivables are lost
//     (货款收不回来，厂里工资都快发不出了) are the business in trouble;
//     quitting to raise a child (辞职在家带娃) is at home by choice.
//     Recall: proof of means doctored for a fee (美化財力證明、保證核貸); a
//     fee for instant approval from a stranger (交3k手续费就能秒批); the
//     whole staff (全體員工減薪) takes in the borrower; the flat named as
//     pledged with the bank (把抵押在你們這裡的那間公寓賣掉) and sold; this
//     month said to be tight (今個月真係好緊), time that is tight not; a list
//     of debts paid together before the money runs out in the sentence
//     (信用卡加三个网贷一起还，这个月实在周转不过来了); told one's last day at
//     work (They told me Friday was my last day); life meaningless at all
//     (活著一點意思都沒有); the child taken along (老婆帶著孩子走了) an object;
//     chat forms of not knowing how to pay (idk how im gonna keep up); news
//     heard of the borrower's own pledged property (我抵押的那間店面，聽說…).
//   - Rounds 100–105: a landlord who says what he will do with his house
//     (房东说明年要把房子卖了) and a works next door named by its measure
//     word (隔壁那間工廠) are someone else's; a scam call a relative hung up
//     on, a late payment made up the same day (当天就补了) or cleared long
//     ago, back in a full-time job, a seizure lifted (已经解封) and a
//     promotion while the department is cut (我反倒升了职) are over; a
//     nurse named by grade works at the hospital; Cantonese 上年 is dated;
//     a former business partner sued is a debtor and a lawsuit like that
//     the one told; a lawyer on a house purchase is routine; an old HDB
//     flat sold is no collateral. Recall: the firm one worked at for years
//     closed (做咗十幾年嗰間公司執笠咗); pay only half received, income down
//     to nothing; an old number stopped; lifelong pills; a payment unpaid
//     days on; the money said gone object first (钱我是真没有了); a crop
//     lost, customers all gone, a stall that had to close; a card paid
//     with another card; fake salary credits; I wonder if everyone would be
//     better off, which "I wonder" read as a condition; the works pledged
//     (作抵押的厂房) frozen. A rent bounced by a freeze is the freeze.
//   - Rounds 106–107: a negator at the head of its clause denies the verb
//     phrase after it, cues and all (我不是借钱去还别的平台, 我没有拿这笔钱
//     去还别的网贷), within a few units and unless someone is named, a
//     consequence (所以, 才), a verb that takes a clause (告诉, 发现) or a
//     question word stands between, the cue is told as done (逾期了) or
//     what is denied is having (没有多余的钱去还别的平台); a scam suffered
//     long ago (我爸以前被人骗过) takes the rest of its sentence with it
//     (对方说先交手续费才能放款) unless that names the present or a new
//     time (这次又); a near miss someone caused (害我差点逾期, nearly made
//     me miss) negates; parents cared for (照顾父母) are an object; someone
//     else's pledged home heard of (听说…有人的抵押房被查封了) is theirs,
//     though the borrower's own was named first; pay now above what it was
//     (现在工资比原来还高) ends a pay cut told before it. Recall: not seeing
//     how one will pay (I don't see how I'll pay); a number said to be
//     changing (my phone number is changing).
//   - Rounds 108–111: all sorted now ends any hardship told before it (My
//     hours got cut last year but that's all sorted now); a threat denied
//     reaches where it would go, the cue of the same threat right after
//     it (I'm not going to report you to the regulator), and won't
//     denies as not does (I won't sue you; won't hesitate does not); a
//     charge of the bank's called bogus (the bogus late fee) is disputed,
//     no scam; a cut at the borrower's own workplace (我们部门裁了一批人)
//     that the borrower then denies for themselves (我没在名单里, I wasn't
//     on the list) is the crowd's, and a turn denied (还好没轮到我) is no
//     turn; what the bank would do, asked with a modal in its clause
//     (你们传的简讯会要我回复验证码吗), is how the bank works though 要我
//     names the borrower; a home that would not cover the loan even if
//     sold (房子卖掉都不够还你们剩下的贷款) tells its worth, no sale and no
//     shortfall; the bank dared to take it after the act (你们要拍卖就随便
//     你们), every item of such a list with it, is the refusal to pay.
//     Recall: a stranger's fee named and wanted first with a sum between
//     (if I pay a 2,000 processing fee first), a message that says so (A
//     message says…) a stranger's words; pay paid at a discount however
//     long (工资连着三个月打了对折); the digits of a text message asked for
//     (要我报短信里的六位数); not gonna be able to cover the installment.
//   - Rounds 112–116: back full-time (she's back full-time now), years at
//     the current firm since (I've been at my current firm 3 years now), a
//     business that nearly went under and a threat in the pluperfect (I'd
//     threatened to go to the regulator) are over; 裁员名单里没有我 is the
//     crowd's, as 名单里没有我 is. Recall: not wanting to live said in chat
//     (dont wanna live), done paying (im done paying: chat drops the
//     apostrophe of I'm as of n't), no point in paying any more (an errand
//     seen no point in stays none), do whatever u want; 挖东墙补西墙; a
//     lawyer with a measure word (找个律师聊聊); on the layoff list or told to
//     leave (名单里也有我, 交接完就得走人); a payment said to hang in doubt
//     (下期月供怕是悬了); a deposit a stranger (guy says) wants paid before the
//     loan is released. Evidence cut from a long segment starts and ends
//     between Latin words.
//   - Rounds 114–118: a closing (倒闭, 关门, shut down) of a place the
//     sentence says the borrower worked at (在厂里干了十几年，厂子倒闭人全
//     散了) is their job lost, not a business of theirs (我的厂倒闭了 still
//     is); money that will not turn over (周转不开, 周转唔到) right after a
//     business in trouble is told, in a clause naming no time or loan of
//     theirs, is the business's only (这个月周转不开 is a difficulty too); a
//     cleft names whose the cue is (被裁的是我们组长; 被裁的是我 is the
//     borrower's); a denied complaint naming where a lawsuit would go
//     denies the lawsuit too (我不会跑去监管部门告你们的); the bank's
//     practice asked about (Do you ever ask customers to pay a fee before…?)
//     is a question, no scam; a case at law whose other side is named and
//     is not the bank (跟以前的房东打官司) is no threat; households counted
//     (我们小区有几户的房子被拍卖了) are other people; the employer's trouble
//     that the borrower says leaves them untouched (订单大减，不过我拿的是
//     固定工资，没受影响) is not theirs, and 我们公司 is a workplace. Recall:
//     bank statements made up (做银行流水, 做工资流水); part of this month's
//     instalment asked to pay first (这个月房贷先还一部分可以吗), while part
//     of the loan paid early (想先还一部分贷款) stays a prepayment.
//   - Rounds 123–128: the instalment due asked to be paid late after a
//     hardship was told (刚做完手术，这期能不能晚几天还) is the difficulty,
//     a bare ask (这期可以晚几天还吗) still grace; Cantonese A-not-A
//     (可唔可以) asks and does not negate; a debtor pursued at law is the
//     business in trouble when the borrower cannot pay on time for it; a
//     dare back with 就 and the verb again (要收房就收吧) is a refusal, no
//     collateral news; the home named as pledged with the bank is the
//     borrower's whoever the story named before; a home sold once its loan
//     is paid off, a shortfall the bank's error caused (害得我…), an
//     overdue text, a relative's debts told right after their plight, a
//     cut at work the borrower says left them untouched (我倒是没受影响)
//     and a spouse back at work now are no flag of the borrower's; wages
//     unpaid when the firm closed are the job lost, not a pay cut.
//   - Rounds 129–134: words between quotation marks that a show or
//     someone else says (剧里主角喊“不想活了”, 催收员说我「不想还钱」) are
//     theirs; 信不信 dares and negates nothing (信不信我发到网上曝光你们); a
//     complaint asked about someone else named before (my neighbour…, who
//     should I complain to?) in a message naming neither the bank nor a
//     loan is against them, and complaint channels asked after are a
//     question; 断供 decided on (干脆断供) is the refusal alone; a payment
//     forgotten (忘了还) is late, feared it is not; what a debtor who
//     borrowed from the borrower has not paid back (老李借了我两万到现在还没
//     还) is theirs; a time looked back on (那时候) ends a plight told in it;
//     a customer who owes the borrower (下游客户欠我货款), a crop cut down
//     (冰雹把果子打掉了七成, 减产) or its purchase price pressed down is the
//     business's trouble; one card swiped to pay another is multi_debt;
//     money sent on a stranger's word to someone who then cannot be reached
//     (人联系不上了) and a loan taken out in one's name are a scam done; the
//     collateral badly damaged or sold by court order, and the pledged
//     home sold verb first (卖咗抵押畀你哋嗰层楼), are collateral news; a
//     cut at work the borrower's own post was spared (我自己的岗位还算稳) and
//     a dated move that began a time gone by (since I moved… in 2010) are
//     none of theirs.
//   - Rounds 135–140: a threat said as what will follow an "if" (If this
//     isn't sorted today my lawyer will be in touch) is made, the negation
//     in the condition does not reach it; an offer come by WhatsApp or a
//     message is a stranger's, a credit record to be washed for a fee is
//     a scam, card details typed in are handed over; more time asked
//     (give me some more time, 遲啲先還) is grace asked, the difficulty
//     only when the instalment due is named after a hardship — grace
//     asked rules no plight out (the NLU keeps its hardship reading);
//     borrowing all round (到处借网贷) and loans with several apps are
//     multi_debt, pay docked by half or more an income drop, orders
//     plunging business distress, and the firm the borrower works at,
//     named before its orders fell and a pay cut, the employer's trouble;
//     an urgent sale of the pledged home and 抵押咗俾你 are collateral
//     news, whoever caused the seizure; frequent hospital visits are
//     illness unless the borrower works there; an illness in a clause
//     dated 去年 whose missed payments were made up since, a refusal
//     thought of once, a layoff list the borrower is not on, a TV
//     character, a job found since and a payment the app blocks raise no
//     flag.
//   - Rounds 141–143: a payment said to come late or maybe not at all
//     (这期可能要迟交, I might not make next month's payment) is the
//     difficulty, as 迟缴 is; pay sliding down and down (工资一路往下掉) an
//     income drop; a whole department gone (成個部門都冇咗) the job lost;
//     a trade's heavy loss (做生意蚀咗好多钱) business distress; debts told
//     right after a relative's plight stay theirs when the clause only
//     dates them now (而家仲欠紧几间财务公司); a move with a finished past
//     after it (I moved… six years ago), an income that goes up and down
//     and a job moved to a hospital raise no flag.
//   - Rounds 144–149: a retraction after the words it takes back in their
//     sentence (刚才说不想还了是开玩笑的, 上次说收入下降是我记错了, I got
//     that wrong) voids the plight or threat, one before a threat said anew
//     or denied (我不是开玩笑的) does not; words in quotation marks that a
//     show's line follows (「不想活了」是剧里的台词) are a character's; a
//     lawyer friend's words passed on before a plain question are advice;
//     the weather that cut the crop down (一场冰雹全打没了) is business
//     distress; one paid by the job (a freelancer, a ride-hail driver, a
//     hand on a building site) whose clients or orders dry up has an income
//     drop, not a business failing, and so does one with little work
//     (活儿少) or earning less than before (才挣…以前能挣); a call whose
//     caller says the loan is overdue (接到一个电话，说…逾期了) is the
//     caller's words and a code told to them (验证码告诉了人家) is handed
//     over; a stranger who added the borrower on WeChat offering a loan at
//     once for a fee is a scam, one the borrower will not believe (我也不会
//     信) is seen through; layoffs that reached the borrower or partner (he
//     is also affected, 裁员我也中招了), 被公司“优化”了 and 我而家冇开工 are
//     the job lost, and a job lost leaving not a cent (一点收入都没有) the
//     job loss only; a repayment told colloquially (this month damn tight,
//     the instalment going to be a stretch, 有点转不过来了, 没钱就是没钱)
//     is the difficulty, a friend money was borrowed from (找朋友借) lends
//     and is no subject; a trade losing year after year and its cash chain
//     about to snap are business distress; night shifts at a hospital are
//     a job there; not paying early or extra is no refusal to pay. The
//     pattern set holds 256 (patSet is four words).
//
// # Sentiment
//
// Sentiment words add ±1 (strong) or ±0.5 (mild); negated positive words
// turn mildly negative, negated negative ones neutral; words after "but"
// weigh 1.5 and before it 0.5; praise inside a yes/no question (but not
// a reproach: 为什么又扣了?) and feelings inside a condition do not count,
// nor do someone else's troubles or words (我同事压力很大, he said it was
// approved) — though the speaker's own reaction to them does (好吓人).
// Emoji count wherever they stand. A bare 唔该 is thanks, but please in a
// message whose intent asks for something (转真人客服，唔该), and so are
// bare thanks closing a request asked with please (唔该…, thanks). Bare
// praise (Great, … Brilliant.)
// around a plain complaint is sarcasm. Reassurance (先说明一下，我工作
// 稳定) is not good news, nor is a state long since regained (工作早就稳定了);
// 不满 before a number (不满12个月) is "under", not displeasure; nor is a
// good credit record told in passing good news. A plight
// feared for oneself in a 会不会 question
// (我的月供会不会涨到还不起) raises no flag but is worry (−0.5). Each flag adds its tone (most −1; a new phone
// number, a calm plan to sell the collateral, or a scam only asked about
// — 是真的吗, is this real? — with nothing handed over, nothing), and a
// message with such a flag is negative whatever else it says. Thanks and
// complaint intents nudge by ±0.3 when the words do not say otherwise. The sum s gives Score = tanh(s/1.5), rounded to
// hundredths; Label is negative at −0.25 or below, positive at 0.25 or
// above, neutral between. (Rounds 49–54: a steady job or income told
// beside a plight that is someone else's or denied is reassurance, not
// good news; laughter that goes with a joke taken back is the joke's; a
// mild worry word in a question about how things usually go (一般逾期多少天
// 会催收) is a topic; a late reminder from the bank is a complaint. Rounds
// 52, 55–59: a steady state among the details of a long account, three
// sentences or more, that asks for a service is background, where a short
// 收入稳定，想看看能贷多少 still says it as news; a relative's praise (我姐说
// 流程很顺) is theirs; the collectors ringing someone else are their
// trouble; "in a good way" turns its sentence's complaint words to delight.
// Rounds 60–67: laughter alone (哈哈, lol), with nothing it laughs at, is
// no mood; a due date that does not suit, asked to move (28号扣款太晚了,
// awful timing for us), is a preference, not a complaint; one's own case
// being complicated explains a handoff; "refunded" is good news only when
// it happened, not when it is asked for; a steady state beside a plight
// only supposed (万一我生病住院了…现在身体挺好的) is reassurance. A flag
// keeps its tone even when a blind writer of round 67 read a calm list of
// online loans beside a quota question as neutral (the older convention). The blind writers of round 63
// read 聽起來好可怕 about a colleague's debts as neutral; the older
// convention, kept, is that the speaker's own reaction counts. Rounds
// 68–71: a feeling for someone else (我听着都替他发愁, it scares me to
// watch) is the speaker's; whether one can hold out (这月供还撑得住吗)
// is strain even as a question; a debtor's refusal to pay the borrower
// back (借给老同学的钱他赖着不还) is the borrower's trouble (−0.5); what
// a text says (短訊話「秒批…」) is its words; a relative's eyesight or
// hearing told as the reason for help is no mood. Kept against these
// rounds' writers: a plain LPR cut asked about (看新闻说LPR降了10个基点，
// 能省几个钱?) stays neutral, as in the tuning set and every earlier
// round, though an explicit word (a lifesaver) is delight; a refund
// already made is good news and a new job too (rounds 49–67), even as
// the background of a question; bare thanks (唔該晒) are thanks. Rounds
// 72–75: a relative's words, praise or complaint, are theirs (我弟…说是负债
// 太高, 我阿哥成日話供樓好辛苦); the speaker's own fright after a story
// heard (吓我一跳, 听得我有点发毛) is theirs; praise in a sentence that
// names a stranger (有人…能走内部通道秒批) is the bait once the message is a
// scam; a bonus with its amount (a 100k bonus) is good news; a fault asked
// about (一直收不到验证码，怎么办) is no mood; a hyphen between spaces is a
// dash. Kept against these rounds' writers: a calm list of online loans
// beside a quota question keeps its flag's tone (三个网贷在还…还能贷多少,
// the round 67 convention), and the front-loaded payments of 等额本金 told
// as too much (前几年还得太多) stay a complaint, as rounds 25, 30 and 73
// have it. Restored for rounds 39–57: a flat picked out (看中了一套, we've
// found a flat we like) told as the background of a calculation is no good
// news; a flat found at last or loved (finally found, 心仪, our dream home)
// still is. Rounds 76–81: tone words between quotation marks (“低息秒批”)
// are someone's words; a sentence that tells a dated past (上回, 前年) on to
// what came of it later (后来发现是他算错了, 钱后来追回来了), with no present
// named, is a story whose tone words before that turn were then, thanks
// excepted, and after it a happy end is background while a grievance
// lives on (后来又说不行，太过分了); a trade back to break even is over
// (后来回本了), and news of it now is good news (今年已经回本了); laughter
// at a belief proved wrong (哈哈笑死，我还以为要罚一大笔，原来不收) is mirth;
// a sentiment may be said across words (工资没降反而涨了), and a negator
// does not reach past 反而, instead. The speaker's own feeling at someone
// else's story (聽到都有啲驚, 看了很难受, 好可怜, sad to see) is theirs, as
// 好吓人 is, and so is a household's joy after news (家里人都很开心); an
// agent asked for (speak to an agent) is the bank's, not a stranger whose
// trouble the complaint would be. One's own late payment told (我晚了两天才
// 还), a cause asked about (是怎么回事), curiosity, a worry that was before
// (之前还担心), a comfort wished for (宽松一些), interest one would stop
// carrying (不想一直背着这么多利息) and a good repayment record told in
// passing are no mood; 请帮我 asks politely, so its closing 谢谢 is please.
// Kept against these rounds' writers: eagerness to know a plain LPR cut's
// effect (I'm dying to know…, as round 70 has it) and a plain LPR cut
// asked about stay neutral; debts long paid off told as background (all
// paid off now, as round 72 has it) are no good news; health regained told
// as background (现在恢复得很好, 现在身体已经好了, as rounds 53 and 63 have
// it) is reassurance, not good news. Rounds 82–83: a hardship word in a
// dated past looked back on as a period (去年开刀住院那阵子很辛苦), with no
// present named before it and something in the message said to be over
// (现在已经康复了), was then: background, no mood. Kept against these
// rounds' writers: a calm list of online loans beside a quota question
// keeps its flag's tone (三个网贷在还…还能贷多少, the round 67 convention).
// Rounds 84–86: a page one cannot find one's way through (跟迷宫一样,
// 写得太绕, 看了三遍没看懂) and a charge that is not fair (这说不过去) are
// complaints; a start of fear or anger at another's story (心里一紧,
// 心有余悸, I panicked a bit, 气死我了) is the speaker's; money saved or
// come at last (终于攒够了, 老家的房子终于卖掉了, 分咗笔钱俾我), pay after
// a raise (调薪后, 工资比以前还高) and a good quarter are good news.
// Rounds 91–94: being spared what a trade or a crowd suffers (…但我们部门
// 反而涨了), a job or a debt-free life reached at last (总算入职新公司了,
// 终于全部清掉了) and better than before (比以前更好) are good news; not
// even a single one (连个短信提醒都没有) and an inconvenience said with
// feeling (挺不方便的) are a complaint; a sale of the pledged home to a
// buyer already found (the buyer is ready to sign) is a calm plan; someone
// who claims to be the bank (有个自称你们信贷员的) is a stranger, whose
// praise (秒批) is the bait. Rounds 92, 95–99: fright at what one saw or
// read (看得我心里直发毛, 吓得我赶紧来问, it really shook me) is the
// speaker's; an app that hangs (每次还款都要卡半天) is a complaint; a
// promotion (剛升上主管, my wife's promotion came through), income back to
// what it was, a baby born or on the way, and a bonus or a dividend with
// its amount after it (年終獎金領了十二萬, 股票分红，一共十五万) are good
// news; a matter too involved to explain briefly (一问一答说不清楚) is no
// complaint, a worry that was before (之前一直擔心的…也已經解決) no mood,
// all asked and settled satisfaction. Someone else's good news told in
// their clause (A friend… was approved for 400,000) and a friend's gains
// said of him (说他去年赚了不少) are theirs; a relative's trouble told as a
// dated past with no present in its sentence (我哥之前…被坑慘了) is theirs;
// someone the borrower knows who speaks of ending their life (我表哥…跟我
// 说不想活了) leaves the speaker worried. 🙏 after a request begged
// (求算一下🙏) is please, as a bare 唔该 is. Kept against these rounds'
// writers: a new job told as the reason for a move (moved… for a new job)
// is good news, as rounds 49–67 have it; thx closing a request is thanks,
// as the dev set has it; money come to hand (手上多了5w) is good news, as
// the tuning set has it. Rounds 100–105: money come to hand (退休金一次
// 领出来了, 拆迁分了点钱), a year-end bonus in, pay up, a promotion and
// orders come over from a rival's trouble are good news; letters too small
// to read, a rude clerk, fright at another's story (freaked me out, 我聽到
// 都驚) and unease (心里有点打鼓) are the speaker's; who won a game is no
// joy. Kept against these rounds' writers: a bot that does not understand
// stays neutral, as round 26 has it. Rounds 106–107: pay now above what it
// was, a trade come back at last (生意總算回來了) and room to breathe
// again (we finally have some breathing room) are good news; a degree said
// with 得厉害 (股市跌得厉害) is no praise, and one's own limits told (not
// very good with apps) are no complaint. Rounds 108–111: a start at what
// one heard or saw of someone else's trouble (聽到都嚇一跳, gave me a
// fright) is the speaker's worry, though a bare 吓一跳 in a story of one's
// own past stays then; delight said with 的 or of one's heart (心里挺开心的)
// after news heard is the speaker's; through the hard years at last
// (总算熬出头了), a promotion to a named post (升了部门经理) and pay raised
// to a new figure (年薪从24万涨到了36万) are good news the writer leads
// with; still comfortable (趁现在还宽裕) is a steady state, background or
// reassurance where 稳定 is; a first home named as what a calculation is
// for (it's my first home) and a new home said where it is (新家在西湖区)
// are background, no good news; one's matter said to be fairly
// complicated (手续比较复杂) explains a handoff; mild praise after a near
// miss in its sentence (差点没钱，还好我老婆及时帮我转了) is relief at the
// story; a buddy is someone else, whose approval is theirs. Kept against
// these rounds' writers: the strain of one's own shifts told as the
// reason for a move (返更好辛苦，想住近啲醫院) stays hardship, as 辛苦 is
// everywhere else. Rounds 112–116: a bonus or a dividend come to hand
// without its amount (年終獎金到手了, 拿到一笔分红, my year-end payout just
// landed), relief at being spared (松了口气) and a shop that opens another
// branch are good news; heartache or dread at another's story (好心酸,
// 心驚膽跳, really got to me) is the speaker's, and so is a judgement of it
// said with it's (it's honestly unsettling), in the other's clause too.
// Kept against these rounds' writers: a calm list of online loans beside a
// quota question keeps its flag's tone (the round 67 convention); 等额本金's
// front-loaded payments told as too much stay a complaint (rounds 25, 30,
// 73); a steady job told beside a relative's plight (表姐被裁…我這邊倒是很
// 穩定) is reassurance, not good news (rounds 49–54). Rounds 114–118: a
// pay cut denied and turned around after it, across a comma too (工资一分
// 没降，反而涨了两千; not 利息反而涨了, another thing's rise), and pay that
// is more now (月薪还多了五千) are good news; charged or recorded late
// despite paying on time (a late fee when I paid on time, 征信上却多出一条
// 逾期记录) is annoyance, and so is an app that stalls again and again
// (每次都卡在最后一步) or its fix asked after (什么时候能修好). Kept
// against these rounds' writers: pity at a story (好慘) stays the story's
// where round 63 has it for news (新聞話有間大廠執笠…好慘), though round
// 118 reads it as the speaker's for a friend. Rounds 119–120: a complaint
// told as made (投诉过, complained) in a past and settled since (后来解决了,
// 翻篇了, got refunded) is over, one still open is not; a near miss in
// Cantonese (差啲执笠), one that reaches over 连…都 (差点连房贷都缴不出来)
// and a complaint or suit nearly made (I nearly complained to the
// regulator) negate; a past difficulty with a clean record since (spotless
// ever since, 后来一直按时还), money owed got back (钱也追回来了) and an
// illness whose checks are clear (追踪都正常了) are over; a new phone with
// the same number (号码没变) is no contact change, though an address
// changed beside it still is; a refusal said as what the bank won't see
// (you won't see another payment from me, I'm stopping my payments) is the
// borrower's whoever the grievance was about; a shop with no trade left
// (冇晒生意) is business distress; a caller styled an adviser (自称贷款顾问)
// is a stranger. Left as they were: the mood of a story beside a plain ask
// (a father's old burden, a brother's debts, a friend in court, 心里没底
// after a supposed rise, good news told as a past got through) is read
// unevenly across rounds, and a bare near miss settled (差点没钱，还好…)
// stays relief as rounds 108–111 have it. Round 122: a Mandarin pay word
// with a Cantonese perfective tail (收入少咗一大截, 工资减咗) is a pay cut,
// and only part of a payment said with 净系 (淨係還到一半) is a repayment
// difficulty; a trade steadied again (已经回稳), a hardship sorted since
// (all sorted since), debts all cleared (全清掉了) and a relative home from
// hospital (出院好了) are over; extra cash come to hand, a raise given (boss
// gave me a raise) and Singlish praise (shiok) are good news. Left as they
// were: thanks closing a plain request for a human agent (幫我轉真人客服，
// 謝謝) stays polite thanks as earlier rounds read it. Rounds 123–128:
// income come up (收入上来了), a bonus had by its measure word (手头有笔年终
// 奖金), pay up verb first (反而涨了工资) and one's own pay up against
// another's cut (but mine went up) are good news; one's own unease at
// another's story (it made me nervous, 心里毛毛的), mediocre service
// (态度一般) and a late fee despite paying on the due date are negative; a
// comfort wished for (每月轻松啲) is no mood. Kept against these rounds'
// writers: a calm list of online loans beside a quota question keeps its
// flag's tone (the round 67 convention), and 等额本金's front-loaded
// payments told as too much stay a complaint. Rounds 129–134: the bank's
// rate told to it as a bit high or above other banks' (你们这利率有点高,
// 比别家高) and a rant (就吐槽一下) are displeasure, where a loan's
// interest given as the reason to pay it off is a motive; cash had at last
// (finally have the cash), a payout come to hand at last (終於攞到手), a
// good season sold (prices were good, we sold the whole harvest), pay much
// better now and a post reached (做到部门经理) are good news; a friend's
// words told to the borrower (佢成日同我讲压力好大), a third person's worry
// about their own loan and good news of a time looked back on (那时候刚结婚)
// are no mood of the speaker's now; a steady state beside a plight quoted
// from the news (新闻老说“…”，我这边还行) is reassurance. Kept against
// these rounds' writers: a calm list of online loans beside a quota
// question keeps its flag's tone (the round 67 convention), a bot that does
// not understand stays neutral (round 26), a sale of the pledged home one
// needs to make with no buyer found keeps its tone, and money saved up
// (手上攒了8万) stays no good news, as eight earlier rounds read it.
// Rounds 135–140: being fobbed off (别用机器人糊弄我) and told to stop
// calling are negative; savings matured, a dividend paid, orders up against
// the trend, tears of joy (低得我想哭) and a bot found fun are good news.
// Kept against these rounds' writers: the round 67 online-loans tone,
// round 26's bot that cannot explain, and a pressure that will grow a
// little (压力会大一些) read as a neutral trade-off as rounds 36–41 have it;
// funds redeemed stay neutral (round 48). Rounds 141–143: a partner gone
// (老伴走了以后), not wanting the bot again (唔想再同机械人讲) and a
// payment told as too heavy are negative; enough saved to clear a loan
// (攒够钱了) is good news; good news only thought likely (说不定还能涨工资)
// or granted under a concession (although the charge was refunded) is
// none, and a hardship word with 过 in a dated clause whose matter is over
// since (前年…耽误过一次还款，现在早就还清了) was then. Kept against these
// rounds' writers: the round 67 online-loans tone, a steady business told
// beside a short ask as good news (收入稳定，想了解一下能贷多少), an
// inconvenience said with feeling (挺不方便的) as a complaint (rounds
// 91–94), and a scam call seen through keeping its flag's tone. Rounds
// 144–149: a charge made up at will (乱收手续费) and a reproach asked as a
// question (这不是坑人吗) are displeasure; a year-end bonus paid out said
// with 奖金 (年终奖金发了), a bonus with its amount before its coming in
// (bonus of 150,000 came in) and one's own gains on shares are good news;
// what a relative keeps on about (老念叨…省心, keeps saying) is theirs.
// Kept against these rounds' writers: money come to hand (手里多了5w)
// stays good news as the tuning set has it, and thanks closing a request
// for a human agent (轉真人客服，謝謝) stay polite thanks (round 122).)
package signals
