package signals

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Per-token facts about the rest of its clause, filled right to left.
const (
	laterQuestion   uint32 = 1 << iota // a question or consequence (吗, 会) follows
	laterHypoAfter                     // 的话 follows: what came before is a condition
	laterOwn                           // the borrower is named after the cue (…了我)
	laterSelf                          // 我, I
	laterGeneric                       // 的人, people who
	laterPast                          // years ago, 以前
	laterConseq                        // a consequence (会, 影响) follows
	laterTarget                        // someone other than the bank follows (起诉那个客户)
	laterBank                          // the bank follows (起诉你们)
	laterRoutine                       // a lawyer's everyday work follows (handling the conveyancing)
	laterDefine                        // a question about what something is follows (有什么区别)
	laterEnum                          // the sentence lists two kinds of debt (花呗加上两个网贷)
	laterAskSent                       // a question follows in the sentence
	laterPlight                        // the borrower's plain difficulty repaying follows (…都已经逾期了)
	laterHarass                        // collectors' calls follow (…电话催收)
	laterNews                          // 的新闻 follows: a story seen in the news
	laterWhen                          // 时, 的时候 follows: a time looked back on
	laterPlightSent                    // the borrower's plain difficulty repaying follows in the sentence
)

// scope is what the words read so far say about the next cue.
type scope struct {
	sent, clause, seg int32
	hypo              bool  // a condition is open in this sentence
	hypoClause        int32 // the clause it opened in
	hypoStranger      bool  // it opened after a stranger was named: their offer's terms
	then              bool  // a consequence marker since, in that clause
	hearsay           bool
	hearsayClause     int32
	victim            bool  // a friend… named, and not the borrower since: a scam is theirs
	stranger          bool  // a stranger or an intermediary named in this sentence
	imperson          bool  // 自称, claiming to be: this clause names who a caller pretends to be
	define            bool  // 一般, what is: this clause asks what something is
	org               bool  // 公司, the office: a workplace named in this clause, not the borrower since
	collat            bool  // the pledged house or car named in this sentence
	collatClause      int32 // the clause it was last named in
	ownCollat         bool  // …named as the borrower's (我抵押的那間店面): what is heard of it is their news
	disclaim          bool  // 先说明, to be clear: this sentence reassures
	loan              bool  // one of the borrower's loans named (房贷, this month's payment)
	reported          bool  // someone else's words (他说, my friend says)
	reportedClause    int32
	spec              bool // fear or likelihood, this clause
	past              bool // a finished past, this clause
	future            bool // this sentence
	subj              subject
	otherEnd          int32 // end of the last colleague, friend… named
	otherClause       int32 // the clause they were named in
	familyClause      int32 // the clause a parent, child… was last named in
	familyEnd         int32 // end of the last parent, child… named
	familyParent      bool  // and it was a parent
	negClause         bool  // nobody, 没有人: this clause is negated throughout
	passive           int32 // where the last 被, by ended (-1: none)
	passiveClause     int32
	own               bool  // the borrower named or dated in this sentence
	ownBefore         bool  // …or in an earlier one: a story goes on without 我
	self              bool  // 我 in this clause
	ownClause         bool  // the borrower named or dated in this clause
	ownNamed          bool  // …named, not only dated (而家 after a relative's plight is theirs)
	generic           bool  // a class of people in this clause
	staff             bool  // the last person named was the borrower's staff (员工也都遣散了)
	target            bool  // someone a borrower might sue named in this clause (欠我钱的那个朋友我起诉了)
	worry             bool  // 会不会, will I: this clause fears something for the borrower
	fear              bool  // 怕, worried: this clause's speculation is a fear
	likely            bool  // 可能要, likely: this clause's speculation is a likelihood
	court             bool  // 法院, the court: an authority named in this clause
	subjClause        int32 // the clause the last person was named in
	nowClause         bool  // 这个月, now: the borrower's present named in this clause
	loanClause        bool  // the borrower's loan named in this clause (这个月的月供)
	lastContrast      int32 // the last segment opened by 但是, but (-1: none)
	dated             bool  // 去年, 上次: a past time named in this sentence
	notice            bool  // 还款提醒, the reminder: the bank's message named in this segment, the borrower not since
	harass            bool  // 催收, collectors: harassing calls named in this clause
	lookBack          bool  // 那阵子, 时: a time looked back on named in this sentence
	presentClause     bool  // 现在, 这个月: the present named in this clause (not 去年)
	medJob            bool  // 当护士, as a nurse: the borrower's work at a hospital, nobody else named since
	homemaker         bool  // 在家带孩子: someone at home by choice named in this sentence
	familyDebt        int32 // the clause a relative's own debt was last told in (-1: none)
	relayed           bool  // a relative's words (我姐说): their praise is not the speaker's
	tenant            bool  // the last person named was the borrower's tenant
	relayedClause     int32
	toneSubj          subject // whose the last tone word is: the subject before a word that names one (催收)
	purpose           bool    // 免得, to avoid: what follows in this clause is what is to be avoided
	targetOnly        bool    // a customer, tenant or debtor named in this clause, and not the borrower since
	creditor          bool    // 借给, 欠我: the borrower is owed money in this sentence
	otherPlight       int32   // the clause someone else's plight was last told in (-1: none)
	selfSince         bool    // the borrower named since that plight
	saidThreat        bool    // 说要, threatened to: this clause tells a threat as words said
	thirdParty        bool    // 航空公司, the airline: a firm other than the bank named in this sentence, the bank not since
	belief            bool    // I was sure, 还以为: this segment tells a belief
	pastScam          bool    // a scam told as a finished past in this sentence (我爸以前被人骗过)
	sentNow           bool    // the present (今天, 现在) is named somewhere in this sentence
	nearMiss          bool    // 差点, nearly: a near miss told in this sentence
}

// judge reads the tokens in order and decides each cue.
func (r *reading) judge() {
	r.later = growUint32(r.later, len(r.toks))
	for k := len(r.toks) - 1; k >= 0; k-- {
		var f uint32
		if k+1 < len(r.toks) && r.clauseOf(k+1) == r.clauseOf(k) {
			f = r.later[k+1]
		} else if k+1 < len(r.toks) && r.listedWith(k) {
			// 对生病住院、暂时还不上款的借款人: items of a list share
			// the class of people they end in.
			f = r.later[k+1] & (laterGeneric | laterSelf)
		}
		if e := r.toks[k].e; e != nil {
			if e.role&(roleQuestion|roleConseq) != 0 {
				f |= laterQuestion
			}
			if e.role&roleConseq != 0 {
				f |= laterConseq
			}
			if e.role&roleHypoAfter != 0 {
				f |= laterHypoAfter
			}
			if ownSubject(e.subj) || e.role&roleNow != 0 {
				f |= laterOwn
			}
			if e.subj == subjSelf {
				f |= laterSelf
			}
			if e.role&roleGeneric != 0 {
				f |= laterGeneric
			}
			if e.role&rolePast != 0 {
				f |= laterPast
			}
			if e.role&roleTarget != 0 || other(e.subj) {
				f |= laterTarget
			}
			if e.subj == subjBank {
				f |= laterBank
			}
			if e.role&roleRoutine != 0 {
				f |= laterRoutine
			}
			if e.role&roleDefine != 0 {
				f |= laterDefine
			}
			if e.role&roleHarass != 0 {
				f |= laterHarass
			}
			if e.role&roleNewsAfter != 0 {
				f |= laterNews
			}
			if e.role&roleWhen != 0 {
				f |= laterWhen
			}
			if e.code == repaymentDifficulty && e.opt&optOwn == 0 && !r.negated(k) {
				f |= laterPlight
			}
		} else if r.toks[k].pat >= 0 && r.lx.patterns[r.toks[k].pat].code == repaymentDifficulty && !r.negated(k) {
			f |= laterPlight
		}
		r.later[k] = f
	}
	// Over the whole sentence: a list of two kinds of debt (信用卡、花呗
	// 加上两个网贷), which speaks of the borrower's own unless asked about.
	var first *entry // the first weak debt word of the sentence
	for k, sent, enum := len(r.toks)-1, int32(-1), false; k >= 0; k-- {
		if s := r.sentOf(k); s != sent {
			sent, enum, first = s, false, nil
			// 信用卡、花呗加上两个网贷: two kinds of debt listed.
			for j := k; j >= 0 && r.sentOf(j) == s; j-- {
				if e := r.toks[j].e; e != nil && e.code == multiDebt && e.opt&optOwn != 0 {
					enum = enum || first != nil && first != e
					first = e
				}
			}
		}
		if enum {
			r.later[k] |= laterEnum
		}
	}
	// A question anywhere after the cue in its sentence; a plain
	// difficulty repaying anywhere after it (信用卡加三个网贷一起还，这个月
	// 实在周转不过来了).
	for k, sent, ask, plight := len(r.toks)-1, int32(-1), false, false; k >= 0; k-- {
		if s := r.sentOf(k); s != sent {
			sent, ask, plight = s, false, false
		}
		if plight {
			r.later[k] |= laterPlightSent
		}
		plight = plight || r.later[k]&laterPlight != 0
		if e := r.toks[k].e; e != nil && e.role&roleQuestion != 0 {
			ask = true
		}
		ask = ask || r.question(r.clauseOf(k))&realQuestion != 0
		if ask {
			r.later[k] |= laterAskSent
		}
	}

	// Facts about the whole message: a situation said to be over, or said
	// to go on; money already handed over; a question asked.
	var resolved codeSet
	still, lost := false, false
	r.backRef = -1
	for k := range r.toks {
		e := r.toks[k].e
		if e == nil {
			continue
		}
		if e.role&roleBackRef != 0 {
			r.backRef = k
		}
		// 裁员名单出来了，没有我: the borrower not on the list is spared
		// the cut told before.
		if e.role&roleNeg != 0 && slices.Contains(notOnList[:], e.word) {
			for _, c := range [...]code{jobLoss, incomeDrop} {
				if r.deniedAt[c] == 0 {
					r.deniedAt[c] = int32(k) + 1
				}
			}
		}
		if e.resolves != 0 && !r.negated(k) {
			resolved |= e.resolves
			if r.resN < len(r.resAt) {
				r.resAt[r.resN] = int32(k)
			}
			r.resN++
		}
		// "Can I still apply?" asks; "I'm still unemployed" goes on.
		if e.role&roleStill != 0 && r.question(r.clauseOf(k)) == 0 {
			still = true
		}
		if e.role&roleLoss != 0 && !r.negated(k) {
			lost = true
			// (A scam word itself, been scammed, hands nothing over.)
			r.handedOver = r.handedOver || e.code == noCode
		}
		if e.role&roleWillPay != 0 && !r.negated(k) {
			r.willPay = true
		}
		if e.role&roleAskPolite != 0 {
			r.polite = true
		}
		if e.role&roleBelief != 0 {
			r.believed = true
		}
		if e.role&roleJoke != 0 && !r.negated(k) {
			r.joke = true
		}
		if e.role&roleGrave != 0 && !r.negated(k) {
			r.grave = true
		}
		if sent := r.sentOf(k); e.role&roleGoodWay != 0 && sent < 64 {
			r.goodWay |= 1 << sent
		}
	}

	r.markPastStories()
	sc := scope{sent: -1, clause: -1, seg: -1, passive: -1, familyDebt: -1, otherPlight: -1}
	lastPerson := subjNone // nobody named yet
	contrastSeg := int32(-1)
	for k := range r.toks {
		tk := &r.toks[k]
		sg := &r.segs[tk.seg]
		if sg.sent != sc.sent {
			sc = scope{sent: sg.sent, clause: -1, seg: -1, passive: -1, familyDebt: -1, otherPlight: -1, ownBefore: sc.ownBefore || sc.own}
			sc.sentNow = sg.sent >= 64 || r.nowSent&(1<<sg.sent) != 0
		}
		if sg.clause != sc.clause {
			sc.clause, sc.spec, sc.past, sc.self, sc.generic, sc.imperson, sc.define, sc.ownClause, sc.ownNamed = sg.clause, false, false, false, false, false, false, false, false
			// 不是我太太被減薪，是她同事: what a correction takes back is
			// negated throughout, however far the cue stands from 不是.
			sc.negClause, sc.org, sc.target, sc.worry = r.corrected(tk.seg, k), false, false, false
			sc.fear, sc.likely, sc.court = false, false, false
			sc.nowClause, sc.loanClause = false, false
			sc.notice, sc.harass, sc.presentClause = false, false, false
			// My largest client, a property developer, stopped paying: a
			// customer or debtor that ends the clause before, set off by a
			// comma alone, is still who the next one speaks of.
			sc.purpose = false
			sc.targetOnly = sc.targetOnly && k > 0 && r.toks[k-1].e != nil && r.toks[k-1].e.role&roleTarget != 0 &&
				strings.Trim(r.norm[r.toks[k-1].t:tk.s], " ,，") == ""
			sc.saidThreat = false
			// 员工也都遣散了，这期贷款缴不出来: the borrower's staff are
			// someone else only in their own clause.
			if sc.staff && other(sc.subj) {
				sc.subj, sc.staff = subjNone, false
			}
		}
		if tk.seg != sc.seg {
			sc.seg = tk.seg
			if sg.contrast {
				contrastSeg = tk.seg
			}
			sc.lastContrast = contrastSeg
			if sg.contrast {
				sc.hypo, sc.hearsay, sc.spec, sc.past, sc.subj = false, false, false, false, subjNone
				sc.notice = false
			}
			sc.belief = false
		}
		switch {
		case r.tonePattern(k) != nil:
			// 工资没降反而涨了: a sentiment said across words.
			if te := (entry{tone: r.tonePattern(k).tone}); sc.mood(&te) && r.toneCounts(k) {
				r.addTone(k, te.tone)
			}
		case tk.isCue():
			r.decide(k, &sc, resolved, still)
		}
		e := tk.e
		if e == nil {
			continue
		}
		// 他说, my friend says: what follows is their story.
		if e.role&roleSay != 0 && (other(sc.subj) || other(e.subj)) && !toldByMe(r.norm[:tk.s]) {
			sc.reported, sc.reportedClause = true, sc.clause
		}
		// 我姊姊…她說流程很順: a relative's praise is theirs, not the
		// speaker's satisfaction (their plight still counts for flags).
		if e.role&roleSay != 0 && sc.subj == subjFamily {
			sc.relayed, sc.relayedClause = true, sc.clause
		}
		sc.toneSubj = sc.subj
		if e.role&roleTarget != 0 || other(e.subj) {
			sc.target = true
		}
		s := e.subj
		// 订单被同行抢走了, scammed by a friend: the agent of a passive is
		// not whose situation it is.
		if s != subjNone && sc.passive >= 0 && sc.passiveClause == sc.clause && !runeGapOver(r.norm[min(int(sc.passive), int(tk.s)):tk.s], 2) {
			s = subjNone
		}
		if e.role&rolePassive != 0 {
			sc.passive, sc.passiveClause = tk.t, sc.clause
		}
		switch s {
		case subjNone:
		case subjAnaphor:
			if lastPerson == subjNone {
				// 他 with nobody named is not the borrower; they and
				// them are as often things or the bank.
				if anaphorOfThings(e.word) {
					break
				}
				lastPerson = subjStranger
			}
			sc.subj, sc.subjClause = lastPerson, sc.clause
			if other(lastPerson) {
				// 朋友…他爸爸: the pronoun stands for the friend.
				sc.otherClause, sc.otherEnd = sc.clause, tk.t
				// 我朋友推荐我买…，说他去年赚了不少: said of him, his story
				// follows.
				if k > 0 && r.toks[k-1].e != nil && r.toks[k-1].e.role&roleSay != 0 && r.toks[k-1].t == tk.s {
					sc.reported, sc.reportedClause = true, sc.clause
				}
			}
			if lastPerson == subjFamily {
				sc.familyClause = sc.clause
			}
		case subjSpouse, subjFamily:
			// 朋友的爸爸, my friend's wife: still someone else's.
			if other(sc.subj) && possessive(r.norm[min(sc.otherEnd, tk.s):tk.s]) {
				break
			}
			// 我女儿的男朋友, my sister's husband: a relative's partner is
			// not the borrower's household.
			if s == subjSpouse && sc.subj == subjFamily && sc.familyClause == sc.clause && !sc.familyParent &&
				possessive(r.norm[min(sc.familyEnd, tk.s):tk.s]) {
				sc.subj, lastPerson, sc.otherEnd, sc.otherClause = subjOther, subjOther, tk.t, sc.clause
				sc.victim = true
				break
			}
			sc.subj, lastPerson, sc.subjClause = s, s, sc.clause
			if s == subjFamily {
				sc.familyClause, sc.familyEnd, sc.familyParent = sc.clause, tk.t, parentWord(r.norm[tk.s:tk.t])
			}
		case subjOther, subjStranger:
			sc.subj, lastPerson, sc.otherEnd, sc.otherClause = s, s, tk.t, sc.clause
			sc.subjClause = sc.clause
			sc.staff = e.role&roleStaff != 0
			sc.tenant = e.role&roleTarget != 0 && s == subjOther
			// (The borrower's own staff are no victims: 工人都放假了 is
			// the borrower's business.)
			sc.victim = sc.victim || s == subjOther && e.role&roleStaff == 0
			sc.stranger = sc.stranger || s == subjStranger
		default:
			sc.subj = s
			if s == subjSelf {
				sc.self, sc.victim = true, false
				if sc.hearsay && sc.hearsayClause != sc.clause {
					sc.hearsay = false
				}
				if sc.reported && sc.reportedClause != sc.clause {
					sc.reported = false
				}
				if sc.relayed && sc.relayedClause != sc.clause {
					sc.relayed = false
				}
			}
		}
		// 啲客户拖住啲货款唔还: a refusal told of a customer or a debtor is
		// theirs until the borrower speaks (客户跑路了，我也不还了).
		switch {
		case e.role&roleTarget != 0 && !(e.subj == subjAnaphor && !other(sc.subj)):
			sc.targetOnly = true
		case e.subj == subjSelf:
			sc.targetOnly = false
		}
		if e.subj == subjSelf {
			// 免得逾期我失业了: the borrower speaking ends a purpose.
			sc.purpose = false
			sc.selfSince = true
		}
		if e.role&rolePurpose != 0 && !r.negated(k) {
			sc.purpose = true
		}
		if e.role&roleCreditor != 0 {
			sc.creditor = true
		}
		if e.role&roleSaidThreat != 0 {
			sc.saidThreat = true
		}
		switch {
		case e.role&roleThirdParty != 0:
			sc.thirdParty = true
		case e.subj == subjBank || e.role&roleLoan != 0:
			sc.thirdParty = false
		}
		if e.since != 0 && !r.negated(k) {
			r.sinceAt = append(r.sinceAt, sinceRes{tok: k, codes: e.since, subj: sc.subj})
		}
		if ownSubject(e.subj) || e.role&roleNow != 0 {
			sc.own, sc.ownClause = true, true
		}
		if ownSubject(e.subj) {
			sc.ownNamed = true
		}
		if e.role&roleNow != 0 {
			sc.nowClause = true
			sc.presentClause = sc.presentClause || e.role&roleDated == 0
		}
		if e.role&roleLoan != 0 {
			sc.loan, sc.loanClause = true, true
		}
		if e.role&roleImpersonate != 0 {
			sc.imperson = true
		}
		if e.role&roleBelief != 0 {
			sc.belief = true
		}
		if e.role&roleNeg != 0 && nearMissWord(e.word) {
			sc.nearMiss = true
		}
		if e.role&roleDefine != 0 {
			sc.define = true
		}
		if e.role&roleDisclaim != 0 {
			sc.disclaim = true
		}
		if e.role&roleNegSubj != 0 {
			sc.negClause = true
		}
		if e.role&roleEmployer != 0 {
			sc.org = true
		}
		if e.role&roleCollateral != 0 {
			sc.collat, sc.collatClause = true, sc.clause
			sc.ownCollat = sc.ownCollat || sc.subj == subjSelf && !sc.hearsay || firstPerson(e.word)
			// 我家房子抵押在你们这儿，听说…有人的抵押房被查封了: a pledged
			// home named as someone else's is theirs, whatever was named
			// before.
			if other(sc.subj) && sc.otherClause == sc.clause && possessive(r.norm[min(sc.otherEnd, tk.s):tk.s]) {
				sc.ownCollat = false
			}
		}
		if e.subj == subjSelf {
			sc.org = false
		}
		if e.role&roleHypo != 0 && !r.negated(k) {
			sc.hypo, sc.hypoClause, sc.then = true, sc.clause, false
			sc.hypoStranger = sc.stranger
		}
		if e.role&roleThen != 0 && sc.hypo && sc.hypoClause == sc.clause {
			sc.then = true
			// If nobody calls me back I'm posting it online: nobody was
			// the condition's.
			sc.negClause = false
		}
		if e.role&roleReal != 0 && sc.hypo && sc.hypoClause != sc.clause {
			sc.hypo = false
		}
		if e.role&roleSpec != 0 {
			sc.spec = true
			sc.worry = sc.worry || e.role&roleQuestion != 0
			if e.role&roleFeel != 0 {
				sc.fear = true
			} else {
				sc.likely = true
			}
		}
		if e.role&roleCourt != 0 {
			sc.court = true
		}
		if e.role&roleDated != 0 {
			sc.dated = true
		}
		if e.role&roleNotice != 0 {
			sc.notice = true
		} else if e.subj == subjSelf {
			sc.notice = false // the reminder came, and I can't pay: the borrower's
		}
		if e.role&roleHarass != 0 {
			sc.harass = true
		}
		if e.role&(roleBackRef|roleWhen) != 0 {
			sc.lookBack = true
		}
		if e.role&roleMedJob != 0 {
			sc.medJob = true
		} else if s == subjSpouse || s == subjFamily || other(s) {
			sc.medJob = false // I'm a nurse, and my mum is in hospital
		}
		if e.role&roleHomemaker != 0 {
			sc.homemaker = true
		}
		if e.role&rolePast != 0 {
			sc.past = true
			sc.pastScam = sc.pastScam || scamWord(e.word) && !r.negated(k)
		}
		if e.role&roleFuture != 0 {
			sc.future = true
		}
		if e.role&roleGeneric != 0 {
			sc.generic = true
		}
		if e.role&roleHearsay != 0 {
			sc.hearsay, sc.hearsayClause = true, sc.clause
			sc.subj = subjOther
		}
		if e.subj == subjNone {
			sc.toneSubj = sc.subj
		}
		// 前年生病住院耽误过一次还款，现在早就还清了: a hardship word with 过
		// in a dated clause, with something said to be over, was then.
		then := e.tone < 0 && resolved != 0 && (r.periodBefore(k) || sc.dated && !sc.presentClause && r.experiential(tk))
		if e.tone != 0 && e.code == noCode && sc.mood(e) && !r.generalAsk(k, &sc) && (r.toneCounts(k) || e.role&roleThanks != 0) &&
			!then && !(e.tone > 0 && e.role&(roleThanks|roleFeel) == 0 && r.conceded(k)) {
			before := r.tone
			r.addTone(k, e.tone)
			if sc.stranger && e.tone > 0 && e.role&(roleThanks|roleFeel) == 0 && !e.emoji {
				r.bait += r.tone - before
			}
		}
		// Got a 100k bonus this year!: a bonus with its amount is good news.
		if e.role&roleWindfall != 0 && e.tone == 0 && (amountBefore(r.norm[:tk.s]) || amountGot(r.norm[tk.t:]) || windfallHad(r.norm[:tk.s])) && sc.mood(e) && !r.generalAsk(k, &sc) {
			r.addTone(k, 1)
		}
	}
	r.fraudTone(lost)
	// 工资一分没降，反而涨了两千: a pay cut denied and turned around after
	// it, across a comma too, is good news.
	for _, su := range r.suppressed {
		if su.code == incomeDrop && su.reason == "negated" && r.holds(holdsInstead) && riseAfter(r.restOfSentence(su.tok)) {
			r.tone += r.segs[r.toks[su.tok].seg].weight
			break
		}
	}
	// 部门裁了好几个人，我没被裁: what the borrower then denies for
	// themselves was not theirs. (我们科室砍了几个岗位，我不在名单上: a
	// cut told of the borrower's own workplace is the crowd's too.)
	for i := 0; i < len(r.flags); i++ {
		f := r.flags[i]
		crowd := f.subj == subjSelf && (f.code == jobLoss || f.code == incomeDrop)
		if d := r.deniedAt[f.code]; d > 0 && (f.subj == subjNone || crowd) && int32(f.tok) < d-1 {
			r.drop(f.code, "denied for themselves")
			i--
		}
	}
	// 去年生病住院断供了两个月，现在都补上了: a plight in a dated clause
	// whose consequence, told with it, is made up since is over too.
	for i := 0; i < len(r.flags); i++ {
		f := r.flags[i]
		if (f.code == illness || f.code == jobLoss || f.code == incomeDrop) && r.datedBefore(f.tok) && r.madeUpAfter(f.tok) {
			r.drop(f.code, "past")
			i--
		}
	}
	// 要告就去告，我又不是不还: defiance from someone who says they will
	// pay is no refusal to pay.
	if r.defyOnly && r.willPay && r.flagged.has(intentToDefault) {
		r.drop(intentToDefault, "says they will pay")
	}
	// 你们看着办 after a complaint or a lawsuit threatened: "deal with it",
	// not a refusal to pay.
	if r.defyOnly && (r.flagged.has(complaintEscalation) || r.flagged.has(legalThreat)) {
		r.drop(intentToDefault, "defiance in a complaint")
	}
	// 厂里效益不好，工资降了三成: the employer's trouble, told as the
	// cause of the borrower's pay cut or job loss, is not their business.
	// (我在外贸公司做业务，今年国外订单少了，公司给我们全员降薪: the firm
	// the borrower works at, named before in the sentence, is whose orders
	// fell.)
	if r.flagged.has(businessDistress) && (r.flagged.has(incomeDrop) || r.flagged.has(jobLoss)) {
		biz := r.raisedOf(businessDistress)
		for _, f := range r.flags {
			if (f.code == incomeDrop || f.code == jobLoss) && r.sentOf(f.tok) == r.sentOf(biz.tok) &&
				sameOwner(f.subj, biz.subj) && (r.employerClause(biz.tok) || r.workedBefore(biz.tok) && !r.ownBusiness()) {
				r.drop(businessDistress, "the employer's")
				break
			}
		}
	}
	// 原来那家公司去年倒闭了，好在我早就入职了新单位: the employer's
	// closing, told as the job lost that is over, is no business of the
	// borrower's either.
	if biz := r.raisedOf(businessDistress); r.flagged.has(businessDistress) && r.employerClause(biz.tok) {
		for _, su := range r.suppressed {
			if su.code == jobLoss && (su.reason == "resolved" || su.reason == "past") && r.sentOf(su.tok) == r.sentOf(biz.tok) {
				r.drop(businessDistress, "the employer's")
				break
			}
		}
	}
	// 生意没了，几个月没有收入: the business's income, told with its
	// trouble, is the business distress (a salary cut is not).
	if r.flagged.has(businessDistress) && r.flagged.has(incomeDrop) {
		biz, pay := r.raisedOf(businessDistress), r.raisedOf(incomeDrop)
		if r.sentOf(biz.tok) == r.sentOf(pay.tok) && sameOwner(biz.subj, pay.subj) &&
			!r.employerClause(biz.tok) && !r.salaryClause(pay.tok) {
			r.drop(incomeDrop, "the business's income")
		}
	}
	// 被公司辞退了，这两个月都没收入: a lost job leaves no income; that is
	// the job loss, not an income drop as well.
	if r.flagged.has(jobLoss) && r.flagged.has(incomeDrop) && noIncomeWord(r.raisedOf(incomeDrop).why) {
		r.drop(incomeDrop, "no income, the job lost")
	}
	// 下岗了，一分钱进账都没有: no money coming in after a lost job is the
	// job loss, not a business in trouble.
	if r.flagged.has(jobLoss) && r.flagged.has(businessDistress) && noIncomeWord(r.raisedOf(businessDistress).why) && !r.ownBusiness() {
		r.drop(businessDistress, "no income, the job lost")
	}
	// 公司倒闭老板跑路，薪水两个月没发: wages unpaid when the firm closed
	// are the job lost too (老板跑路了，工资也没发 leaves the job in doubt).
	if r.flagged.has(jobLoss) && r.flagged.has(incomeDrop) && containsAny(r.raisedOf(jobLoss).why, closedWords[:]) &&
		containsAny(r.raisedOf(incomeDrop).why, unpaidWages[:]) {
		r.drop(incomeDrop, "no income, the job lost")
	}
	// A pay cut and then the job lost (put on zero hours and then let
	// go): the job loss is the situation now.
	if r.flagged.has(jobLoss) && r.flagged.has(incomeDrop) {
		job, pay := r.raisedOf(jobLoss), r.raisedOf(incomeDrop)
		if r.toks[pay.tok].s < r.toks[job.tok].s && r.sentOf(job.tok) == r.sentOf(pay.tok) && sameOwner(job.subj, pay.subj) {
			r.drop(incomeDrop, "superseded by the job lost")
		}
	}
	// 上个月间酒楼执笠，佢冇咗份工: a place that closed, told just before
	// its worker lost the job, was their employer, unless the borrower's
	// own business is named.
	if r.flagged.has(businessDistress) && r.flagged.has(jobLoss) && !r.ownBusiness() {
		biz, job := r.raisedOf(businessDistress), r.raisedOf(jobLoss)
		if biz.tok < job.tok && r.sentOf(job.tok) == r.sentOf(biz.tok) && sameOwner(job.subj, biz.subj) {
			r.drop(businessDistress, "the employer's")
		}
	}
	// 在厂里干了十几年，厂子倒闭人全散了: the closing of a place the
	// borrower says they worked at is their job lost, not their business.
	if biz := r.raisedOf(businessDistress); r.flagged.has(businessDistress) && !r.ownBusiness() &&
		(biz.subj == subjNone || biz.subj == subjSelf || biz.subj == subjSpouse) && containsAny(biz.why, closedWords[:]) && r.workedBefore(biz.tok) {
		r.drop(businessDistress, "the employer's")
		if !r.flagged.has(jobLoss) {
			r.raiseAt(jobLoss, biz.tok, biz.why)
		}
	}
	// 我们公司这季度订单大减，不过我拿的是固定工资，没受影响: the
	// employer's trouble that the borrower says leaves them untouched is
	// not theirs.
	if biz := r.raisedOf(businessDistress); r.flagged.has(businessDistress) && !r.ownBusiness() &&
		r.employerClause(biz.tok) && containsAny(r.restOfSentence(biz.tok), unaffected[:]) {
		r.drop(businessDistress, "the employer's")
	}
	// 我们公司隔壁部门裁了一批人…我倒是没受影响: a cut at the borrower's
	// workplace that they then say left them untouched is the crowd's.
	for i := 0; i < len(r.flags); i++ {
		if f := r.flags[i]; (f.code == jobLoss || f.code == incomeDrop) && r.employerClause(f.tok) &&
			containsAny(r.norm[r.toks[f.tok].t:], unaffected[:]) {
			r.drop(f.code, "denied for themselves")
			i--
		}
	}
	// 我弟弟前年也被裁过…这次轮到我: someone else's plight told before
	// the borrower's turn is now the borrower's, told at the turn (还好没
	// 轮到我 is no turn).
	for j := range r.toks {
		if e := r.toks[j].e; e == nil || e.role&roleTurn == 0 || r.negated(j) {
			continue
		}
		for _, su := range r.suppressed {
			if su.reason == "someone else" && su.tok < j && !r.flagged.has(su.code) &&
				(su.code == jobLoss || su.code == incomeDrop || su.code == businessDistress || su.code == illness) {
				r.raiseAt(su.code, j, su.why)
			}
		}
	}
	// …but I've had a stable job for two years now: a plight told before
	// is over for whoever the steady job is.
	for _, sr := range r.sinceAt {
		for i := 0; i < len(r.flags); i++ {
			f := r.flags[i]
			if sr.codes.has(f.code) && f.tok < sr.tok && sameOwner(f.subj, sr.subj) {
				r.drop(f.code, "resolved")
				i--
			}
		}
	}
}

// raiseAt raises code c as the borrower's at the token k after the cues
// were judged, keeping r.flags in token order: what a later word (a turn,
// a workplace closed) made the borrower's.
func (r *reading) raiseAt(c code, k int, why string) {
	r.flagged |= 1 << c
	r.codeTone[c] = policies[c].tone
	at := len(r.flags)
	for at > 0 && r.flags[at-1].tok > k {
		at--
	}
	r.flags = slices.Insert(r.flags, at, raised{code: c, tok: k, why: why, subj: subjSelf})
}

// restOfSentence returns the text after the token at k to the end of its
// sentence.
func (r *reading) restOfSentence(k int) string {
	_, last := r.sentenceSegs(r.toks[k].seg)
	if end := r.segs[last].t; end > r.toks[k].t {
		return r.norm[r.toks[k].t:end]
	}
	return ""
}

// clauseRest returns the text after the token at k to the end of its clause.
func (r *reading) clauseRest(k int) string {
	_, last := r.clauseSegs(r.toks[k].seg)
	if end := r.segs[last].t; end > r.toks[k].t {
		return r.norm[r.toks[k].t:end]
	}
	return ""
}

// sentenceHead and clauseHead return the text of the sentence or clause of
// the token at k up to that token.
func (r *reading) sentenceHead(k int) string {
	first, _ := r.sentenceSegs(r.toks[k].seg)
	return r.norm[r.segs[first].s:r.toks[k].s]
}

func (r *reading) clauseHead(k int) string {
	first, _ := r.clauseSegs(r.toks[k].seg)
	return r.norm[r.segs[first].s:r.toks[k].s]
}

// causedMe opens what someone's act did to the borrower (害得我, 搞得我).
var causedMe = [...]string{"害得我", "害我", "搞得我", "弄得我", "搞到我", "害到我", "整到我"}

var loanSettled = [...]string{"结清了房贷", "结清了贷款", "房贷结清了", "贷款结清了", "房贷已经结清", "贷款已经结清", "房贷早就结清", "贷款早就结清", "房贷还清了", "贷款还清了", "房贷早就还清", "贷款早就还清", "房贷已经还清", "贷款已经还清", "还清了房贷", "还清了贷款", "供完楼", "paid off the mortgage", "paid off my mortgage", "mortgage is paid off", "mortgage was paid off", "settled the mortgage"}

var pledgedWithBank = [...]string{"抵押给你们", "抵押在你们", "押给你们", "押在你们", "抵押给银行", "抵押在银行", "抵押俾你哋", "抵押畀你哋", "抵押喺你哋", "mortgaged with you", "pledged with you", "put up as collateral with you"}

// reasonGrace is the suppression of a bare ask to pay late: no flag, but
// still the borrower's own plea, so it rules nothing out for the NLU.
const reasonGrace = "asks for grace"

// instalmentNamed reports whether the clause of the grace cue at k names
// the instalment now due before it, after a hardship of the borrower's
// was told (我刚做完手术，这期能不能晚几天还): that instalment cannot be
// paid on time, where a bare ask (这期可以晚几天还吗?) is grace.
//
// The instalment may be named in the sentence before the ask (下個月嘅供款我
// 真係唔知點搞，可唔可以畀我遲啲先還) or, in English, after it (give me some
// more time for this month's EMI).
func (r *reading) instalmentNamed(k int) bool {
	if !containsAny(r.sentenceHead(k), dueInstalment[:]) && !containsAny(r.clauseRest(k), dueInstalment[:]) {
		return false
	}
	for _, f := range r.flags {
		if f.tok < k && (f.code == illness || f.code == jobLoss || f.code == incomeDrop || f.code == businessDistress) {
			return true
		}
	}
	return false
}

var dueInstalment = [...]string{"下个月的供款", "下个月嘅供款", "下个月供款", "下个月的月供", "下个月月供", "下个月的房贷", "下期", "下一期", "this month's", "next month's", "this instalment", "this installment", "这期", "这一期", "今期", "本期", "呢期", "当期", "这个月的月供", "这个月月供", "这个月的供款", "这个月供款", "呢个月供款", "呢个月嘅供款", "今个月供款", "今个月嘅供款", "这个月的房贷", "这个月房贷"}

// unaffected say the borrower is untouched by what was told (没受影响).
var unaffected = [...]string{"岗位还算稳", "岗位还稳", "岗位挺稳", "岗位很稳", "岗位稳定", "岗位没事", "岗位没问题", "工作还算稳", "饭碗还稳", "饭碗保住了", "份工冇问题", "份工就冇问题", "my job is safe", "my job's safe", "my own job is safe", "my position is safe", "没受影响", "没有受影响", "不受影响", "没受到影响", "没影响到我", "对我没影响", "冇受影响", "冇影响到我", "固定工资", "底薪照发", "工资照发", "not affected", "unaffected", "doesn't affect me", "hasn't affected me", "fixed salary"}

// workedBefore reports whether the sentence of the token at k tells,
// before it, that the borrower worked at a workplace (在厂里干了十几年,
// 在那家电子厂上班, worked at the plant).
func (r *reading) workedBefore(k int) bool {
	before := r.sentenceHead(k)
	return containsAny(before, workVerbs[:]) && containsAny(before, workPlaces[:])
}

// workVerbs say one worked somewhere; workPlaces are where.
var (
	workVerbs  = [...]string{"上班", "打工", "干了", "干活", "工作了", "做了", "做嘢", "返工", "做业务", "做销售", "跑业务", "做文员", "做会计", "任职", "worked", "work at", "work for", "working at", "working for"}
	workPlaces = [...]string{"厂", "公司", "单位", "车间", "plant", "factory", "company", "firm", "warehouse"}
)

// closedWords say a place closed for good (倒闭, 执笠, shut down).
var closedWords = [...]string{"倒闭", "破产", "关门", "倒了", "执笠", "结业", "关厂", "停产", "shut down", "closed", "went bust", "went under", "bankrupt"}

// tradeBefore reports whether the borrower's trade (生意, 店里, 我的店) is
// named before the token at k in its clause.
func (r *reading) tradeBefore(k int) bool {
	c := r.clauseOf(k)
	for j := k - 1; j >= 0 && r.clauseOf(j) == c; j-- {
		if e := r.toks[j].e; e != nil && e.role&(roleTrade|roleOwnBusiness) != 0 {
			return true
		}
	}
	return false
}

// bizTold reports whether a business in trouble was raised before the
// cash-flow cue at k in its sentence, and the cue's clause names no time
// or loan of the borrower's (厂里停工了 货款也收不回来 周转不开, but not
// 这个月真的周转不过来): the money that will not turn over is the trade's.
func (r *reading) bizTold(k int) bool {
	biz := r.raisedOf(businessDistress)
	if !r.flagged.has(businessDistress) || biz.tok >= k || r.sentOf(biz.tok) != r.sentOf(k) {
		return false
	}
	head := r.clauseHead(k)
	return !runeGapOver(head, 4) && !containsAny(head, ownTime[:])
}

// ownTime are what ties money short to the borrower's payment (这个月, 这期).
var ownTime = [...]string{"月", "期", "现在", "这次", "今次", "贷", "还"}

func (r *reading) sentOf(k int) int32 { return r.segs[r.toks[k].seg].sent }

// salaryClause reports whether the clause of the token at k speaks of a
// wage (工资, salary, overtime) rather than income in general.
func (r *reading) salaryClause(k int) bool {
	c := r.clauseOf(k)
	for j := range r.toks {
		if r.clauseOf(j) == c && r.toks[j].e != nil && r.toks[j].e.role&roleSalary != 0 {
			return true
		}
	}
	if tk := &r.toks[k]; tk.pat >= 0 {
		return strings.ContainsAny(r.norm[tk.s:tk.t], "工薪") || strings.Contains(r.norm[tk.s:tk.t], "pay")
	}
	return false
}

// employerClause reports whether the clause of the token at k speaks of a
// workplace (厂里, 公司, 效益) and not of a business the borrower owns
// (我的店, 我开的公司).
func (r *reading) employerClause(k int) bool {
	c := r.clauseOf(k)
	employer := false
	for j := range r.toks {
		if r.clauseOf(j) != c || r.toks[j].e == nil {
			continue
		}
		switch e := r.toks[j].e; {
		case e.role&roleOwnBusiness != 0:
			return false
		case e.role&roleEmployer != 0:
			employer = true
		}
	}
	return employer
}

// sameOwner reports whether two subjects are one person: the borrower
// named or not.
func sameOwner(a, b subject) bool {
	if a == subjNone {
		a = subjSelf
	}
	if b == subjNone {
		b = subjSelf
	}
	return a == b
}

// drop withdraws a raised flag.
func (r *reading) drop(c code, reason string) {
	for i, f := range r.flags {
		if f.code == c {
			r.suppressed = append(r.suppressed, suppression{code: c, why: f.why, reason: reason})
			r.flags = append(r.flags[:i], r.flags[i+1:]...)
			break
		}
	}
	r.flagged &^= 1 << c
	r.codeTone[c] = 0
}

// fraudTone sets what a fraud flag does to the sentiment: a customer who
// only asks whether an offer or a caller is genuine is calm (是真的吗, is
// this real?); one who has handed over money or a code, or who reports it
// without asking, is not.
func (r *reading) fraudTone(lost bool) {
	if !r.flagged.has(fraudRisk) {
		return
	}
	asked := false
	for _, q := range r.clauseQ {
		asked = asked || q&yesNoQuestion != 0
	}
	switch {
	case lost:
		r.codeTone[fraudRisk] = policies[fraudRisk].tone
	case asked:
		r.codeTone[fraudRisk] = 0
	}
}

// mood reports whether the sentiment word e, read in scope sc, is the
// customer's own mood.
func (sc *scope) mood(e *entry) bool {
	feel := e.role&roleFeel != 0 // 担心, scary: the speaker's reaction
	switch {
	case e.emoji:
		return true
	case sc.disclaim && e.tone > 0 && e.tone <= 0.5:
		// 先说明一下，我工作稳定…: reassurance before a question.
		return false
	case sc.hypo && sc.hypoClause == sc.clause && !sc.then:
		// 如果我对结果不满意，可以投诉吗: inside a condition.
		return false
	case feel && e.subj == subjSelf:
		// 我听着都替他发愁, it scares me to watch: the speaker's, whoever
		// it is for.
		return true
	case sc.reported && !feel:
		// 他说批下来了, he said it was approved: their words.
		return false
	case e.tone < 0 && sc.hearsay && !feel:
		return false
	case e.tone < 0 && other(sc.toneSubj) && (sc.otherClause == sc.clause || !feel):
		// 我同事压力很大: someone else's trouble (我邻居…天天接催收电话:
		// the collectors ring them, whoever 催收 names).
		return false
	case sc.relayed && e.tone != 0 && !feel && e.role&roleThanks == 0:
		// 我姊姊…她說流程很順: a relative's praise.
		return false
	case e.tone > 0 && !feel && e.role&roleThanks == 0 && other(sc.toneSubj) && sc.otherClause == sc.clause:
		// A friend in a similar job was approved for 400,000: good news
		// that is someone else's, told in their clause.
		return false
	case sc.nearMiss && e.tone > 0 && e.tone <= 0.5 && !feel && e.role&roleThanks == 0:
		// 卡里差点没钱，还好我老婆及时帮我转了过去: mild praise in a near
		// miss averted is relief at the story, no mood (thanks still are).
		return false
	case e.tone < 0 && !feel && sc.toneSubj == subjFamily && sc.familyClause == sc.clause && sc.dated && !sc.sentNow:
		// 我哥之前找地下錢莊借錢被坑慘了: a relative's trouble told as a
		// dated past, with no present in its sentence, is their story,
		// background to the question (上回我妈…排了两个小时，今天我来又
		// 排了… is the speaker's too).
		return false
	case e.tone > 0 && !feel && e.role&roleThanks == 0 && sc.likely:
		// 年底说不定还能涨工资: good news only thought likely, in its
		// clause, is none yet.
		return false
	case e.tone > 0 && !feel && e.role&roleThanks == 0 && sc.past && sc.lookBack && !sc.presentClause:
		// 头几年…那时候刚结婚，日子过得紧巴巴的: good news of a time looked
		// back on was then, background to the question.
		return false
	}
	return true
}

// nearMissWord reports whether a negator tells a near miss (差点, 险些,
// nearly made me).
func nearMissWord(w string) bool {
	return containsAny(w, []string{"差点", "差一点", "险些", "差啲", "nearly", "almost"})
}

// generalAsk reports whether the mild worry word at k stands in a
// question about how things usually go (一般逾期多少天会开始催收): a topic
// asked about, not a feeling.
func (r *reading) generalAsk(k int, sc *scope) bool {
	e := r.toks[k].e
	return e.tone < 0 && e.tone > -1 && e.role&roleFeel == 0 && !sc.self && !sc.ownClause &&
		(sc.define || r.later[k]&laterDefine != 0) && r.question(sc.clause)&realQuestion != 0
}

// anaphorOfThings reports whether an English pronoun may stand for things
// or an institution rather than a person.
func anaphorOfThings(w string) bool {
	switch w {
	case "they", "them", "they're", "their":
		return true
	}
	return false
}

// parentWord reports whether a family word names a parent, whose partner
// (我爸的老伴) is family too.
func parentWord(w string) bool {
	switch w {
	case "爸", "妈", "爸爸", "妈妈", "父亲", "母亲", "老爸", "老妈", "爹", "娘", "老母亲", "老父亲",
		"老豆", "老母", "阿爸", "阿妈", "mother", "father", "mom", "mum", "dad":
		return true
	}
	return false
}

// ownSubject reports whether s is the borrower or their family.
func ownSubject(s subject) bool {
	return s == subjSelf || s == subjSpouse || s == subjFamily
}

// decide raises the cue at k unless its scope says it is not the
// borrower's situation now; the first reason found is kept for tests.
func (r *reading) decide(k int, sc *scope, resolved codeSet, still bool) {
	tk := &r.toks[k]
	c, opt, tone, why := r.cueOf(tk)
	// 我盘生意周转唔到: money that will not turn over in the borrower's
	// trade is the business's, not a repayment.
	// (A resolution of the difficulty, 已经全部还清, still reaches it.)
	orig := c
	// I need to sell the flat…, the buyer is ready to sign: a sale agreed
	// is a plan told calmly.
	if c == collateralIssue && tone < 0 && r.saleAgreed(why) {
		tone = 0
	}
	if c == repaymentDifficulty && (strings.Contains(why, "周转") || strings.Contains(why, "转不过来")) && (r.tradeBefore(k) || r.bizTold(k)) {
		c, tone = businessDistress, policies[businessDistress].tone
	}
	// 客户的货款收不回来，厂里工人的工资都快发不出了: the staff's pay that
	// cannot be paid is their employer's, the borrower's, business in
	// trouble, once the business is the borrower's.
	if c == incomeDrop && sc.staff && other(sc.subj) && sc.subjClause == sc.clause && unpaidWord(why) &&
		(r.ownBusiness() || r.flagged.has(businessDistress)) {
		c, opt, tone = businessDistress, opt|optAnyone, policies[businessDistress].tone
	}
	// 客户欠的货款收不回来，厂里工资都快发不出了: wages the works cannot pay,
	// once the borrower's receivables are what it lacks, are the
	// borrower's business in trouble, not their pay.
	if c == incomeDrop && sc.org && unpaidWord(why) && r.receivablesLost() {
		c, opt, tone = businessDistress, opt|optAnyone, policies[businessDistress].tone
	}
	// I'm a freelance designer; my two biggest clients stopped sending
	// work, 跑网约车的，单子少得可怜: one paid by the job whose work dries up
	// earns less; no business of theirs is failing.
	if c == businessDistress && r.gig() && !r.ownBusiness() {
		c = incomeDrop
	}
	if r.flagged.has(c) && r.codeTone[c] <= tone && !(c == intentToDefault && r.defyOnly && opt&optDefy == 0) {
		// 逾期了会不会影响孩子上学啊？我就是问问，没逾期: a denial for
		// themselves after the flag still takes back what came before.
		if r.deniedAt[c] == 0 && policies[c].situation && (sc.self || sc.subj == subjSelf) && r.negated(k) {
			r.deniedAt[c] = int32(k) + 1
		}
		return
	}
	p := &policies[c]
	later := r.later[k]
	subj := sc.subj
	if opt&optSelf != 0 || r.mine(k) {
		subj = subjSelf
	}
	// 被查封的是楼上那户, 换电话的是我妈: a cleft names whose it is after
	// the cue; a number changed by anyone else is theirs.
	if s, ok := r.cleft(k); ok {
		subj = s
		if c == contactChange && s != subjSelf {
			subj = subjOther
		}
	}
	// 老婆回娘家了…现在觉得活着没意思: despair is the speaker's unless
	// someone else is named in its own clause.
	if c == selfHarm && subj != subjSelf && sc.subjClause != sc.clause {
		subj = subjNone
	}
	// 有个客户一直不付，我在起诉他，这个月的月供可能要晚几天: the
	// borrower's own loan named in the cue's clause makes it theirs.
	// 租客跑了，房贷还不上了: a tenant's trouble leaves the landlord's loan unpaid.
	// (我表哥被公司裁了，房贷已经断了三个月: the clause right after
	// someone else's plight goes on with them until the borrower speaks.)
	if c == repaymentDifficulty && other(subj) && sc.otherClause != sc.clause && sc.loanClause && (sc.self || sc.nowClause || sc.tenant) &&
		!(sc.otherPlight == sc.clause-1 && !sc.selfSince && !sc.tenant) {
		subj = subjSelf
	}
	// 我抵押的那間店面，聽說下個月要被法拍了: news heard of the borrower's
	// own pledged property is theirs.
	ownNews := c == collateralIssue && sc.ownCollat && sc.hearsay
	if ownNews {
		subj = subjSelf
	}
	// 之前给朋友做担保出了事，抵押给你们的房子被法院查封了: the home named
	// in the cue's own clause as pledged with the bank is the borrower's,
	// whoever the story named before.
	// (我做抵押的那间商铺因为别人的官司被法院查封了: so is the borrower's own
	// pledged property named before in the cue's clause, whatever the
	// other was named for.)
	if c == collateralIssue && other(subj) && (sc.otherClause != sc.clause && containsAny(r.clauseHead(k), pledgedWithBank[:]) || sc.ownCollat && sc.collatClause == sc.clause) {
		subj = subjSelf
	}
	sit := p.situation
	realized := r.realized(k, later)
	mention := r.mentioned(k)
	reason := ""
	switch {
	case r.negated(k) || sc.negClause:
		reason = "negated"
	case r.quotedLine(k):
		// 「不想活了」是我追的那部剧里的台词: words in quotation marks that
		// a show's line follows are the character's.
		reason = "quoted"
	case c == incomeDrop && earnedBefore(r.toks[k].e) && !r.earnsLittleNow(k):
		// 以前能挣一万 needs what one earns now set against it (一个月才挣
		// 三四千): alone it is a past.
		reason = "past"
	case c != fraudRisk && r.takenBack(k):
		// 刚才说不想还了是开玩笑的, 上次说收入下降是我记错了: a retraction
		// after the cue in its sentence takes it back (one before it,
		// 刚才是开玩笑的，这次是真的不还了, does not).
		reason = "taken back"
	case (c == legalThreat || c == complaintEscalation) && r.holds(holdsWhyWouldI) && r.rhetorical(k):
		// 我幹嘛要找律師告你們？: why would I, a threat waved away.
		reason = "negated"
	case r.echoDenied(k):
		// Walk away from the loan? Never crossed my mind. 失业？没有啊:
		// a word echoed as a question and denied at once.
		reason = "negated"
	case c != selfHarm && sc.belief && r.turnLater(k) && !(c == fraudRisk && r.handedOver):
		// I was sure the double charge was a scam, but your team traced
		// it: a belief the sentence proves wrong. (Self-harm is never
		// taken back, nor a scam once money or a code was handed over:
		// I thought it was a scam, but I sent them the code.)
		reason = "negated"
	case mention != "":
		// 我剛說的「不想活了」是指我家那盆多肉: a word quoted and explained
		// is mentioned, not said; 轉發啲「安全賬戶」騙案新聞: a term quoted
		// from the news.
		reason = mention
	case c != fraudRisk && c != collateralIssue && r.quotedFrom(k):
		// 剧里主角喊“不想活了”, 催收员说我「不想还钱」: words between
		// quotation marks that a show or someone else says are theirs.
		reason = "quoted"
	case (sc.hearsay || later&laterNews != 0) && !ownNews:
		// 看到有人冒充银行骗验证码的新闻: a story seen in the news.
		reason = "hearsay"
	case sc.reported && c != fraudRisk:
		// 朋友说他工厂停产了; but what a caller says is the fraud.
		reason = "reported"
	case r.personRightAfter(k) || sc.otherEnd > 0 && !sc.self && r.theirsRightAfter(k):
		// 陪一个说不想活了的朋友: the cue describes the friend it is
		// followed by (被裁的那个同事), whoever the sentence is about;
		// my neighbour's shop went bust and the bank auctioned his flat:
		// what the cue acts on is his.
		reason = "someone else"
	case !sc.self && later&laterSelf == 0 && r.classRightBefore(k):
		// Is it true that people who stop paying get blacklisted?: what a
		// class of people does.
		reason = "generic"
	case opt&(optAnyone|optCollat) == 0 && !p.own.has(subj):
		reason = "someone else"
	case subj == subjFamily && sc.familyClause == sc.clause && !r.householdMoney(k, sc) &&
		(c == repaymentDifficulty || c == multiDebt ||
			c == collateralIssue && !(sc.collat && sc.collatClause < sc.familyClause)),
		// 我弟在好几个网贷平台借钱，拆东墙补西墙: the clause after a
		// relative's own debts goes on with them, until the borrower speaks.
		subj == subjFamily && sc.familyDebt >= 0 && sc.familyDebt == sc.clause-1 && !sc.self && !sc.ownClause &&
			(c == repaymentDifficulty || c == multiDebt),
		// 我弟弟开了个饭馆…后来店也关了，还欠了好几家网贷: debts told right
		// after a relative's own plight are theirs too.
		c == multiDebt && subj == subjFamily && sc.otherPlight >= 0 && sc.otherPlight == sc.clause-1 && !sc.selfSince && !sc.self && !sc.ownNamed:
		// (我细佬做生意蚀咗好多钱，而家仲欠紧几间财务公司: now, after a
		// relative's plight, is still theirs until the borrower is named.)
		// (抵押给你们的那套房子，因为我哥的债务官司被法院查封了: the pledged
		// house named first is the borrower's, whatever debt it was seized for.)
		// 我姐在网贷平台借了好多钱, my sister can't pay her mortgage: their
		// own debts. (我妈住院了，手头很紧: the household's money.)
		reason = "someone else's debt"
	case c == intentToDefault && sc.targetOnly && opt&optSelf == 0:
		// 啲客户拖住啲货款唔还: the customer's refusal, not the borrower's.
		reason = "someone else"
	case opt&optAnyone != 0 && sc.victim:
		// 我朋友的厂裁了一半工人: the cue names no owner, the sentence does.
		reason = "someone else"
	case opt&optGrave != 0 && !r.grave:
		// 我要是走了 is self-harm beside release or burden (也算一种解脱),
		// not alone (我要是走了，贷款谁来还 may be a question of estate).
		reason = "no release or burden spoken of"
	case (c == jobLoss || c == businessDistress) && closureWord(why) && r.holidayClause(k):
		// 公司下周关门放年假, closed over Christmas: a holiday, not a
		// workplace gone.
		reason = "a holiday"
	case c == collateralIssue && opt&optCalm != 0 && tk.pat >= 0 && carWord(r.norm[tk.s:tk.headT]) && !r.carPledged():
		// 车子卖了之后改搭捷运 with a mortgage: a car sold that no loan
		// is on is no collateral.
		reason = "not pledged"
	case c == illness && sc.medJob && hospitalWord(why):
		// Working as a nurse at the same hospital: the borrower's work.
		reason = "works there"
	case c == incomeDrop && sc.homemaker && noIncomeWord(why) && !realized:
		// 爱人在家带孩子，没有收入: at home by choice, no income lost.
		reason = "at home by choice"
	case opt&optNotCollat != 0 && sc.collat:
		reason = "the car's accident"
	case opt&optCollat != 0 && !sc.collat:
		reason = "no collateral named"
	case opt&optStranger != 0 && !sc.stranger:
		reason = "nobody offered it"
	case opt&optHanded != 0 && !r.handedOver:
		// 对方联系不上了 with nothing sent: no scam told as done.
		reason = "nothing handed over"
	case c == repaymentDifficulty && containsAny(r.sentenceHead(k), appFailing[:]):
		// APP一直闪退，还款都还不了: the app that fails, not the money.
		reason = "the app's fault"
	case c == repaymentDifficulty && tk.pat < 0 && r.moneyForElse(k):
		// 反正也没钱买房: no money for something else, not for the loan.
		reason = "money for something else"
	case c == repaymentDifficulty && tk.pat < 0 && r.refusalTail(k):
		// 我干脆断供算了: 断供 decided on is the refusal, not a payment
		// the borrower cannot make.
		reason = "a refusal"
	case c == repaymentDifficulty && sc.creditor && r.owedBack(k):
		// 隔壁老李借了我两万块到现在还没还: the debtor's payment owed to
		// the borrower, not the borrower's own.
		reason = "someone else"
	case c == fraudRisk && sc.victim:
		// 我朋友被骗了，有人冒充银行找他要验证码.
		reason = "someone else"
	case c == intentToDefault && subj == subjBank && r.question(sc.clause)&realQuestion != 0:
		// Does the bank take the house if a loan isn't repaid? asks what
		// the bank does.
		reason = "asks how the bank works"
	case c == legalThreat && r.bankSues && !sc.self && later&laterSelf == 0 && opt&optSelf == 0 && r.question(sc.clause) != 0:
		// 银行会起诉吗？大概多久会走法律程序: once the bank is the one
		// who sues, the process asked about after it is still the bank's.
		reason = "asks how the bank works"
	case c == fraudRisk && (subj == subjBank || r.bankWould(k)) && r.question(sc.clause)&realQuestion != 0:
		// Will the bank ever ask me to move money to a 'safe account'?
		// 你们的短信会要我回复验证码吗 (though 要我 names the borrower).
		reason = "asks how the bank works"
	case c == legalThreat && later&laterTarget != 0 && later&laterBank == 0:
		// 我找律师起诉那个客户: suing their own debtor.
		reason = "against someone else"
	case c == businessDistress && owedWord(why) && r.debtPursued(k):
		// A client owes me money and my lawyer is handling the case
		// against him: a debt pursued at law, the business not said to
		// suffer (拖了半年货款，我已经起诉他了，厂里资金周转很困难 still is).
		reason = "pursued at law"
	case (c == complaintEscalation || c == legalThreat) && sc.imperson:
		// 有个自称是银保监会的人: the regulator is who the caller pretends to be.
		reason = "impersonated"
	case (c == complaintEscalation || c == legalThreat) && r.question(sc.clause)&realQuestion != 0 &&
		(sc.define || later&laterDefine != 0) && !sc.self && later&laterSelf == 0 && opt&optSelf == 0:
		// 12378和12363有什么区别? 一般走仲裁还是诉讼? asks about it, threatens nothing.
		reason = "asks about it"
	case c == collateralIssue && opt&optCalm != 0 && containsAny(r.norm[:r.toks[k].s], loanSettled[:]):
		// 我去年就提前结清了房贷…耽误我卖房: a home sold once its loan is
		// paid off is pledged no more.
		reason = "loan settled"
	case c == repaymentDifficulty && containsAny(r.clauseHead(k), causedMe[:]) && containsAny(r.sentenceHead(k), bankSide[:]):
		// 你们系统又从我工资卡扣了一次，害得我卡里的钱不够交房租: the
		// shortfall is the bank's doing, told in a complaint.
		reason = "the bank's doing"
	case (c == collateralIssue || c == legalThreat) && r.dared(k):
		// 随便你们去法院起诉, 房子要拍卖就拍卖吧: what the customer dares the
		// bank to do is their refusal to pay.
		reason = "dared"
	case c == legalThreat && later&laterRoutine != 0:
		// My solicitor is handling the conveyancing.
		reason = "routine"
	case c == legalThreat && sc.target && later&laterBank == 0 && !sc.loan,
		c == legalThreat && r.suitWith(k):
		// 欠我钱的那个朋友我起诉了: the one sued was named first; a case
		// at law with someone not the bank (在跟以前的房东打官司) is theirs.
		reason = "against someone else"
	case c == selfHarm && r.errand(k):
		// No point in going on with the application, in carrying on
		// paying for insurance: an errand, not a life.
		reason = "an errand"
	case c == legalThreat && r.lawyerSays(k) && (r.truthAsked(k) || friendLawyer(r.toks[k].e.word)):
		// 律师朋友说违约金可以协商，真的吗: a lawyer's words passed on and
		// asked about are advice, not a threat; and so are a lawyer friend's
		// words passed on before any question (律师朋友说等额本金利息更少，
		// 那我每月还多少).
		reason = "asks about it"
	case c == complaintEscalation && r.againstOther(k):
		// My neighbour keeps parking his scooter in front of my garage…
		// who should I complain to?: a complaint about someone else, in a
		// message that names neither the bank nor a loan.
		reason = "against someone else"
	case c == complaintEscalation && sc.thirdParty && later&laterBank == 0:
		// 航空公司到现在都没赔，这种要去哪里申诉: a complaint against
		// another firm.
		reason = "against someone else"
	case c == complaintEscalation && resolved.has(c) && (sc.past || sc.dated) && r.madeBefore(tk):
		// 我以前投诉过一次，后来解决了, last year I complained and got
		// refunded: a complaint made before and settled since is over.
		reason = "resolved"
	case p.threat && c != selfHarm && (sc.saidThreat && (sc.dated || sc.past) || r.experiencedBefore(tk)):
		// 上次说要找律师是气话, last year I threatened to go to the
		// regulator, 以前有过不想还的念头: a threat told as said or
		// thought before. (Self-harm is never over.)
		reason = "past"
	case c == multiDebt && opt&optOwn != 0 && tk.pat < 0 && later&(laterEnum|laterPlight) == 0 && later&laterAskSent != 0 && r.amountAfter(k):
		// 每月还要还花呗1500，消费贷最多能借多少: one debt's monthly figure
		// given for a quota, not several debts.
		reason = "a debt figure"
	case sc.purpose:
		// 免得逾期, to avoid missing a payment: what is to be avoided.
		reason = "hypothetical"
	case p.threat && (sc.hypo && !sc.then && !r.saysThen(tk) && !r.threatWill(k) && (sc.hypoClause == sc.clause || r.question(sc.clause)&realQuestion != 0) || later&laterHypoAfter != 0):
		// A threat is conditional by nature (再乱扣款我就投诉); only the
		// condition itself, or a question under it (如果…，可以投诉吗),
		// is not one.
		reason = "hypothetical"
	case !p.threat && (sc.hypo || later&laterHypoAfter != 0) && !(c == fraudRisk && sc.hypo && sc.hypoStranger):
		// A stranger's offer is conditional by nature (he said if I pay
		// a fee they'll lower my rate): the condition is the bait.
		reason = "hypothetical"
	case sit && !sc.self && subj != subjSelf && subj != subjSpouse && r.holds(holdsInstead) &&
		(sc.org || other(subj) || r.othersIn(k)) && r.spared(k):
		// 虽然公司今年普遍降薪，但是我们部门反而涨了: a plight conceded to
		// others that the borrower is then spared.
		reason = "spared"
	case sit && sc.future:
		reason = "future"
	case sc.spec && c.speculative() && !(c == collateralIssue && (sc.court || tk.e != nil && tk.e.role&roleCourt != 0) && sc.likely && !sc.fear):
		// 律师说房子可能要被法院查封: a court about to act is the situation
		// now, a fear of it (担心被查封) is not.
		reason = "speculative"
	case opt&optOwn != 0 && c == repaymentDifficulty && sc.fear:
		// 怕不小心逾期: overdue is what they fear, not what they are.
		reason = "feared"
	case c == repaymentDifficulty && (r.question(sc.clause)&realQuestion != 0 || r.politeIn(sc.clause)) && r.graceWord(k) && !r.instalmentNamed(k):
		// Can I pay a bit later? asks for grace (as 能不能缓一缓 does);
		// I'll have to pay a bit later says it, and so does asking it of
		// the instalment due after a hardship (刚做完手术，这期能不能晚几天还).
		reason = reasonGrace
	case c == repaymentDifficulty && (opt&optOwn != 0 || overdueWord(why)) && r.asksWhether(sc.clause, later):
		// Is my account overdue right now? asks, tells nothing.
		reason = "asks whether"
	case sit && (sc.past || later&laterPast != 0 || r.experiential(tk) || r.experiencedBefore(tk) ||
		sc.dated && r.experiencedLater(k) ||
		sc.dated && (r.backRef > k || sc.lookBack && !sc.presentClause || later&laterWhen != 0)) && !still:
		// 去年住院那阵子: a dated past the story looks back on as a period.
		reason = "past"
	case c == businessDistress && sc.dated && !still && r.storyFrom(k):
		// 前年做生意失败以后，我先后在五六个网贷平台借钱: a business that
		// failed in a dated past, told as where the story starts, is gone.
		reason = "past"
	case c == fraudRisk && (sc.past || later&laterPast != 0 || sc.pastScam && !sc.sentNow && !r.againClause(k)):
		// 我爸之前被冒充银行的人骗过: a scam long over, told as context
		// (a past in the cue's own clause; 一直很小心 elsewhere is no
		// scam going on). 我爸以前被人骗过，对方说先交手续费才能放款: the
		// rest of its sentence tells that story, unless it names the
		// present or a new time (以前被骗过，这次又有人…).
		reason = "past"
	case c == fraudRisk && sc.harass && r.impersonation(tk):
		// 催收的人冒充法院给我家里打电话: collectors posing as the court to
		// frighten, a grievance against the bank's collection, not a scam.
		reason = "collectors' calls"
	case c == contactChange && (sc.harass || later&laterHarass != 0):
		// 再乱打我家人电话催收: collectors' calls, not a number to use.
		reason = "collectors' calls"
	case c == repaymentDifficulty && strings.Contains(why, "还差") && r.balanceAfter(k):
		// 我那个房贷还差好多没还完: the balance left, not a shortfall.
		reason = "a balance left"
	case c == repaymentDifficulty && sc.notice:
		// The payment reminder came two days late: the bank's message.
		reason = "the bank's message"
	case c == contactChange && r.movedThing(tk):
		// Payday moved to the 28th, I moved my mortgage here: no new home.
		reason = "a thing moved"
	case c == contactChange && containsAny(why, []string{"手机", "phone"}) && !containsAny(why, []string{"号", "number"}) && containsAny(r.norm, numberKept):
		// 换了新手机，号码没变: a new phone, the same number.
		reason = "same number"
	case c == contactChange && sc.org:
		// 公司搬去外地: the company moved, not the borrower.
		reason = "someone else"
	case c == contactChange && hasSuffixIn(strings.TrimRight(r.clauseHead(k), " "), sinceWords[:]) && yearIn(r.clauseText(tk.seg)):
		// I've banked with you since I moved from Hong Kong to Shanghai in
		// 2010, 自从2010年搬到上海: the dated move starts a time gone by, no
		// new home now (my phone has changed since I moved abroad still is).
		reason = "past"
	case c == contactChange && (sc.future || sc.spec):
		reason = "future"
	case c == contactChange && later&laterPast != 0 && !still:
		// I moved to Shanghai from Singapore six years ago: a move long
		// done, no new contact now.
		reason = "past"
	case c == contactChange && (r.experiential(tk) ||
		sc.dated && (later&laterWhen != 0 || tk.pat >= 0 && strings.HasPrefix(r.norm[tk.headT:], "过"))):
		// 两年前搬家时就已经改过地址了: a move the story dates as a time, a
		// change it dates as done (but 我换过号码了 is news, and so is
		// 去年搬家时换了号码).
		reason = "past"
	case c == selfHarm && resolved.has(c) && (sc.past || sc.dated || r.experiential(tk)) && !recurs(r.norm):
		// 几年前有过轻生的念头，已经治疗好了: a finished past, treated (a
		// past without its treatment still counts, and so does any word
		// that it has come back: 但最近又开始想死了).
		reason = "treated"
	case sit && r.question(sc.clause)&realQuestion != 0 && r.holds(holdsAskedMe) && r.askedOfMe(k):
		// 你们客户经理问我有没有别的网贷、家里有没有人住院，我都说没有:
		// a question put to the borrower asks, tells nothing, unless they
		// answer yes.
		reason = "asked of them"
	case (sit || c == contactChange || c == fraudRisk) && (resolved.has(c) && r.resolutionReaches(c, k, sc) ||
		orig != c && resolved.has(orig) && r.resolutionReaches(orig, k, sc)):
		// (多亏你们提醒我才没上当: a scam seen through is over too.)
		reason = "resolved"
	case sit && (sc.generic || later&laterGeneric != 0) && !sc.self && later&laterSelf == 0:
		reason = "generic"
	case sit && r.classRightAfter(k):
		// 银行对失业的人有没有方案: the cue names a class of people, whoever
		// else the sentence mentions.
		reason = "generic"
	case sit && opt&optSelf == 0 && !realized && r.question(sc.clause) != 0 &&
		(!sc.ownClause && later&laterOwn == 0 || sc.define || later&laterDefine != 0):
		// 生病住院可以申请延期吗; 我想知道抵押房产被查封一般是什么原因.
		reason = "general question"
	case opt&optOwn != 0 && !sc.own && !sc.ownBefore && !realized &&
		!(c == repaymentDifficulty && sc.loan && r.question(sc.clause) == 0) &&
		!(c == multiDebt && later&(laterPlight|laterPlightSent) != 0 && r.question(sc.clause) == 0) &&
		!(c == multiDebt && later&laterEnum != 0 && later&laterAskSent == 0 && r.question(sc.clause) == 0 && !sc.generic && later&laterGeneric == 0):
		// 逾期, 网贷 alone: the borrower's when they or their loan
		// (经营贷可能要逾期) were named.
		reason = "not said to be the borrower's"
	}
	// Who should I complain to about my neighbour?: the grievance is
	// still the speaker's.
	if reason == "against someone else" && c == complaintEscalation && !sc.thirdParty && !r.otherTone {
		r.otherTone = true
		r.tone -= 0.5
	}
	if reason == "someone else's debt" {
		sc.familyDebt = sc.clause
	}
	if reason == "past" && c == fraudRisk {
		sc.pastScam = true
	}
	if reason == "someone else" && c == legalThreat && subj == subjBank {
		r.bankSues = true
	}
	if reason == "someone else" && sit {
		sc.otherPlight, sc.selfSince = sc.clause, false
	}
	// 借给老同学的两万块他赖着不还: a debtor's refusal to pay the borrower
	// back is the borrower's trouble.
	if reason == "someone else" && c == intentToDefault && sc.creditor && !r.owedTone {
		r.owedTone = true
		r.tone -= 0.5
	}
	// 我表哥…跟我说不想活了，我该怎么帮他: someone the borrower knows who
	// speaks of ending their life leaves the speaker worried.
	if c == selfHarm && (reason == "someone else" || reason == "reported") && !sc.hearsay && !sc.stranger && !r.closeWorry {
		r.closeWorry = true
		r.tone -= 0.5
	}
	// …但我们厂的订单反而排到了明年: spared what others suffer is good news.
	if reason == "spared" && !r.sparedTone {
		r.sparedTone = true
		r.tone++
	}
	if reason != "" {
		// 我没被裁, I'm not behind: the borrower denies it for themselves.
		if reason == "negated" && (sc.self || subj == subjSelf) && r.deniedAt[c] == 0 {
			r.deniedAt[c] = int32(k) + 1
		}
		r.suppressed = append(r.suppressed, suppression{code: c, why: why, reason: reason, tok: k})
		// Your payment reminder arrived a week late: the bank's lateness
		// is a complaint.
		if reason == "the bank's message" && !r.bankLate {
			r.bankLate = true
			r.tone -= 0.5
		}
		// 我的月供会不会涨到还不起: a plight feared for oneself is worry.
		if (reason == "hypothetical" || reason == "speculative" || reason == "future") && sc.worry &&
			(sc.ownClause || sc.loan || opt&optSelf != 0) && !r.feared {
			r.feared = true
			r.tone -= 0.5
		}
		return
	}
	if c == intentToDefault {
		r.defyOnly = opt&optDefy != 0 && (!r.flagged.has(c) || r.defyOnly)
	}
	if !r.flagged.has(c) {
		r.flagged |= 1 << c
		r.codeTone[c] = tone
		r.flags = append(r.flags, raised{code: c, tok: k, why: why, subj: subj})
		return
	}
	r.codeTone[c] = tone // a later cue of the same code says it more strongly
}

// bankWould reports whether the cue at k is what the bank would do, asked
// about in its clause: the bank named before it and a modal between (你们
// 传的简讯会要我回复验证码吗), nobody but the borrower named since.
func (r *reading) bankWould(k int) bool {
	c, modal := r.clauseOf(k), false
	for j := k - 1; j >= 0 && r.clauseOf(j) == c; j-- {
		e := r.toks[j].e
		switch {
		case e == nil || r.toks[j].t > r.toks[k].s:
		case e.subj == subjBank:
			return modal
		case e.subj != subjNone && e.subj != subjSelf:
			return false
		case e.role&roleConseq != 0 && (e.word == "会" || e.word == "will" || e.word == "would"):
			modal = true
		}
	}
	return false
}

// saysThen reports whether the cue itself says the borrower will act
// (I'm going to the media): a consequence, not a condition.
func (r *reading) saysThen(tk *token) bool {
	return tk.e != nil && tk.e.role&roleThen != 0
}

// madeBefore reports whether a complaint cue is told as made: 过 after it
// (投诉过), or an English past (complained, reported).
func (r *reading) madeBefore(tk *token) bool {
	w := r.norm[tk.s:tk.t]
	return strings.HasPrefix(r.norm[tk.t:], "过") || strings.HasSuffix(w, "ed") || strings.HasPrefix(r.norm[tk.t:], "ed")
}

// cueOf returns what the cue token raises.
func (r *reading) cueOf(tk *token) (c code, opt cueOpt, tone float32, why string) {
	if tk.pat >= 0 {
		p := r.lx.patterns[tk.pat]
		tone = p.tone
		if tone == 0 {
			tone = policies[p.code].tone
		}
		if p.opt&optCalm != 0 {
			tone = 0
		}
		head := r.norm[tk.s:tk.headT]
		tail := r.norm[tk.anchor:tk.t]
		opt = p.opt
		if firstPerson(head) || firstPerson(tail) {
			opt |= optSelf
		}
		return p.code, opt, tone, head + "…" + tail
	}
	return tk.e.code, tk.e.opt, tk.e.cueTone, tk.e.word
}

// negated reports whether a negator stands shortly before the token at k
// (within three runes or words) or, for a pattern, between its head and
// tail: 没有失业, 收入没有减少, I haven't lost my job.
func (r *reading) negated(k int) bool {
	tk := &r.toks[k]
	// I'm going to the media names its own subject: a negator before it
	// is another verb's (if this isn't fixed I'm going to the media).
	if r.saysThen(tk) || r.threatWill(k) {
		return false
	}
	return r.negatedNear(k) || r.listNegated(k) || r.actNegated(k) || r.negatedAfter(k) || r.segs[tk.seg].negHead != 0 && r.headNegated(k)
}

// actNegated reports whether the escalation or legal cue at k names where
// a threat denied just before it would go (I'm not going to report you to
// the regulator, 不会去投诉到银保监会, 不会跑去监管部门告你们): the cue
// before it in its segment, a few units away, is a complaint or lawsuit
// too and negated, so both are one act.
func (r *reading) actNegated(k int) bool {
	tk := &r.toks[k]
	c, _, _, _ := r.cueOf(tk)
	if c != complaintEscalation && c != legalThreat {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		n := &r.toks[j]
		if n.seg != tk.seg || n.t <= tk.s && runeGapOver(r.norm[n.t:tk.s], 3) {
			return false
		}
		if n.t > tk.s || !n.isCue() {
			continue
		}
		if !r.threatPlace(j, k) {
			return false
		}
		return r.negated(j)
	}
	return false
}

// headNegated reports whether the cue at k stands in the verb phrase that
// a negator at the head of its segment denies (我不是借钱去还别的平台, 我没有
// 借钱去还信用卡): within a few units of it, with nobody named, no
// consequence (所以, 结果, 才), no verb that takes a clause (告诉, 发现) and
// no question word (不清楚为什么会逾期) between, and the cue not told as done
// (没注意扣款日逾期了). What one has not (我没有多余的钱去还别的平台) is
// no deed denied, and 不是…吗 asks, and affirms.
func (r *reading) headNegated(k int) bool {
	tk := &r.toks[k]
	sg := &r.segs[tk.seg]
	if sg.negHead == 0 || sg.negHead > tk.s || r.question(sg.clause)&yesNoQuestion != 0 {
		return false
	}
	if c, _, _, _ := r.cueOf(tk); c == noCode {
		return false
	}
	gap := r.norm[sg.negHead:tk.s]
	if runeGapOver(gap, headReach) || containsAny(gap, headStops[:]) || hasPrefixIn(gap, hadNot[:]) ||
		strings.HasSuffix(r.norm[tk.s:tk.t], "了") || strings.HasPrefix(r.norm[tk.t:], "了") {
		return false
	}
	for j := k - 1; j >= 0 && r.toks[j].s >= sg.negHead; j-- {
		if r.toks[j].t > tk.s {
			continue // a pattern's own tail
		}
		if e := r.toks[j].e; e != nil && (e.subj != subjNone || e.role&(roleSay|roleThen|roleHypo|roleQuestion) != 0) {
			return false
		}
	}
	return true
}

// threatPlace reports whether the token at j is a complaint or lawsuit cue
// that names where the threat at k would go: both are one act.
func (r *reading) threatPlace(j, k int) bool {
	if !r.toks[j].isCue() {
		return false
	}
	cj, _, _, _ := r.cueOf(&r.toks[j])
	ck, _, _, _ := r.cueOf(&r.toks[k])
	threat := func(c code) bool { return c == complaintEscalation || c == legalThreat }
	return threat(cj) && threat(ck)
}

// suitWith reports whether the lawsuit cue at k (打官司) says who the other
// side is, before it in its clause, and that is not the bank (跟以前的房东
// 打官司, not 跟你们打官司).
func (r *reading) suitWith(k int) bool {
	tk := &r.toks[k]
	if !strings.Contains(r.norm[tk.s:tk.t], "官司") {
		return false
	}
	head := r.clauseHead(k)
	for _, w := range [...]string{"跟", "和", "与", "同"} {
		if at := strings.LastIndex(head, w); at >= 0 {
			side := head[at+len(w):]
			return side != "" && !hasPrefixIn(side, bankSide[:])
		}
	}
	return false
}

// bankSide name the bank as the other side of a case (你们, 银行).
var bankSide = [...]string{"你", "您", "银行", "贵行", "贵司", "这家银行", "你哋"}

// headReach is how far (CJK runes, Latin words) a negator at the head of a
// segment reaches; headStops end its reach: a consequence, or a verb whose
// object is a clause of its own.
const headReach = 8

var headStops = [...]string{"所以", "结果", "导致", "害得", "才", "然后", "以后", "之后", "后来",
	"告诉", "知道", "发现", "想到", "注意", "觉得", "以为", "记得", "敢"}

// hadNot are what 没有 denies having, not doing (没有多余的钱, 没有能力).
var hadNot = [...]string{"钱", "多余", "余钱", "闲钱", "存款", "积蓄", "能力", "办法", "时间", "收入", "工作", "足够", "那么多", "这么多", "一分钱"}

// negatedAfter reports whether the cue word at k is denied right after it,
// as Chinese puts "not even one" (一次逾期都没有, 连一个网贷也没有, 病都冇):
// 都没有 and the clause ends, or an experience or a particle follows. (A
// pattern's tail may be that negation itself: 工作都没有了.)
func (r *reading) negatedAfter(k int) bool {
	tk := &r.toks[k]
	if tk.e == nil || tk.e.code == noCode {
		return false
	}
	rest := r.norm[tk.t:]
	// 投诉就算了, 律师就不找了: a step waved away right after it is
	// given up.
	if strings.HasPrefix(rest, "就") {
		for _, n := range givenUp {
			if after, ok := strings.CutPrefix(rest, n); ok {
				c, _ := utf8.DecodeRuneInString(after)
				return after == "" || strings.ContainsRune("啦了吧啊咯喇，,。.!！~ ", c)
			}
		}
		return false
	}
	if !strings.HasPrefix(rest, "都") && !strings.HasPrefix(rest, "也") {
		return false
	}
	for _, n := range [...]string{"都没有", "也没有", "都没", "也没", "都冇", "也冇"} {
		if after, ok := strings.CutPrefix(rest, n); ok {
			c, _ := utf8.DecodeRuneInString(after)
			return after == "" || strings.ContainsRune("过啊呀哦的呢喔噢嘛，,。.!！?？;；:：、 ", c)
		}
	}
	return false
}

// givenUp are what waves a step away right after it (投诉就算了).
var givenUp = [...]string{"就算了", "就算", "就免了", "就不用了", "就不必了", "就唔使了", "就唔使", "就罢了"}

// listNegated reports whether the cue at k is the next item of a list
// whose item before it is negated (I'm not going to sue anyone or call a
// lawyer, 没有失业或者降薪): the negator reaches every item.
func (r *reading) listNegated(k int) bool {
	if !r.holds(holdsOr) {
		return false
	}
	tk := &r.toks[k]
	for j := k - 1; j >= 0; j-- {
		n := &r.toks[j]
		if n.seg != tk.seg {
			return false
		}
		if n.t > tk.s {
			continue
		}
		gap := r.norm[n.t:tk.s]
		if runeGapOver(gap, 4) {
			return false // too far for the item before
		}
		if !n.isCue() {
			continue
		}
		return containsAny(gap, listWords[:]) && r.negated(j)
	}
	return false
}

// listWords join the items of a list; orWords are the words whose marks
// say a message may hold one.
var (
	listWords = [...]string{" or ", " nor ", "或者", "或是", "或"}
	orWords   = [...]string{"or", "nor", "或"}
)

// negatedNear reports whether a negator stands shortly before the token at
// k or between a pattern's head and tail.
func (r *reading) negatedNear(k int) bool {
	tk := &r.toks[k]
	for j := k - 1; j >= 0; j-- {
		n := &r.toks[j]
		if n.seg != tk.seg || n.t <= tk.s && runeGapOver(r.norm[n.t:tk.s], 3) {
			return false
		}
		// 利息不退我就起诉你们, 没多久就被裁了: a negator before 就 is the
		// condition's or the time's, not the consequence's.
		// (Not I'll: I don't think I'll complain.)
		if n.e != nil && n.e.role&roleThen != 0 && n.t <= tk.s && strings.Contains(n.e.word, "就") {
			return false
		}
		if n.e == nil || n.e.role&roleNeg == 0 {
			continue
		}
		// 工资没降反而涨了: a negator does not reach past 反而, instead.
		if n.t <= tk.anchor && insteadBetween(r.norm[n.t:tk.t]) {
			continue
		}
		// Before the cue, overlapping its start (不会逾期 read as 不会 and
		// 会逾期), or between a pattern's head and tail.
		// (也不会赖账, but not 我也不想还了: a negator whose 不 is the
		// cue's own first word negates nothing else.)
		if n.s < tk.s && n.t > tk.s && ownNegation(r.norm[tk.s:tk.t]) {
			continue
		}
		// (房子没被查封: a negator that runs into the tail, 没被, still
		// stands between head and tail.)
		if n.s < tk.s || n.s >= tk.headT && n.s < tk.anchor {
			return true
		}
	}
	return false
}

// owedWord reports whether a business cue only says a customer owes the
// borrower (a client owes me, 客户拖着货款), not that the money is lost
// (收不回, 跑路) or the business suffers.
func owedWord(w string) bool {
	return containsAny(w, []string{"owes me", "owe me", "owes us", "owe us", "拖欠", "拖着", "拖了", "拖我", "一直拖", "一拖再拖", "欠着", "不付", "不结", "拖住"})
}

// debtPursued reports whether the sentence of the cue at k tells a debt
// pursued at law, and the message no business suffering besides: a legal cue, not negated, aimed at someone other than
// the bank (my lawyer is handling the case against him, 我已经起诉他了)
// with none of the borrower's loans named in its clause.
func (r *reading) debtPursued(k int) bool {
	sent := r.sentOf(k)
	// 厂里现在资金周转很困难: the business said to suffer besides; so
	// does the borrower who cannot pay on time for it (我准备起诉他，经营贷
	// 这个月可能要晚几天).
	for j := range r.toks {
		if j == k || !r.toks[j].isCue() {
			continue
		}
		if c, _, _, why := r.cueOf(&r.toks[j]); c == businessDistress && !owedWord(why) || c == repaymentDifficulty {
			return false
		}
	}
	for j := range r.toks {
		if j == k || r.sentOf(j) != sent {
			continue
		}
		c := noCode
		if e := r.toks[j].e; e != nil {
			c = e.code
		} else if p := r.toks[j].pat; p >= 0 {
			c = r.lx.patterns[p].code
		}
		if c != legalThreat || r.negated(j) || r.later[j]&laterBank != 0 {
			continue
		}
		loan := false
		for i := range r.toks {
			if e := r.toks[i].e; e != nil && (e.role&roleLoan != 0 || e.subj == subjBank) && r.clauseOf(i) == r.clauseOf(j) {
				loan = true
			}
		}
		if !loan {
			return true
		}
	}
	return false
}

// ownNegation reports whether a cue begins with its own negator (不想还,
// 没钱了): a negator ending in that same rune (也不, 也没) adds nothing.
func ownNegation(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("不没冇唔未", c)
}

// quotedLine reports whether the cue at k stands in quotation marks closed
// before a show's line (台词, a line from a show) later in its sentence.
func (r *reading) quotedLine(k int) bool {
	if r.toks[k].e == nil && r.toks[k].pat < 0 {
		return false
	}
	sent := r.sentOf(k)
	for j := k + 1; j < len(r.toks) && r.sentOf(j) == sent; j++ {
		e := r.toks[j].e
		if e == nil || !e.showWord {
			continue
		}
		return strings.ContainsAny(r.norm[r.toks[k].t:r.toks[j].s], "」』”\"'’")
	}
	return false
}

// gig reports whether the message names the borrower as paid by the job
// (自由职业, freelancer, 跑网约车).
func (r *reading) gig() bool { return r.anyRole(roleGig) }

// anyRole reports whether a word of the message has any of roles.
func (r *reading) anyRole(roles role) bool {
	for j := range r.toks {
		if t := &r.toks[j]; t.e != nil && t.e.role&roles != 0 {
			return true
		}
	}
	return false
}

// earnedBefore reports whether e is what one earned before (以前能挣).
func earnedBefore(e *entry) bool {
	return e != nil && (strings.HasPrefix(e.word, "以前") || strings.HasPrefix(e.word, "原来"))
}

// earnsLittleNow reports whether the sentence of the cue at k says before
// it how little one earns now (才挣, 只赚, 也就挣).
func (r *reading) earnsLittleNow(k int) bool {
	s := int(r.segs[r.toks[k].seg].s)
	for j := k - 1; j >= 0 && r.sentOf(j) == r.sentOf(k); j-- {
		s = int(r.segs[r.toks[j].seg].s)
	}
	return containsAny(r.norm[s:r.toks[k].s], earnLittle[:])
}

var earnLittle = [...]string{"才挣", "才赚", "只挣", "只赚", "也就挣", "也就赚", "就挣", "就赚", "只能挣", "只能赚", "才有", "只有"}

// takenBack reports whether a retraction (开玩笑的, 是我记错了, just
// kidding), not itself negated, follows the cue at k in its sentence.
func (r *reading) takenBack(k int) bool {
	sent := r.sentOf(k)
	for j := k + 1; j < len(r.toks) && r.sentOf(j) == sent; j++ {
		if e := r.toks[j].e; e != nil && e.role&roleJoke != 0 && !r.negated(j) {
			return true
		}
	}
	return false
}

// friendLawyer reports whether a legal cue is a friend who is a lawyer
// (律师朋友, lawyer friend), not the borrower's own lawyer.
func friendLawyer(w string) bool {
	return strings.Contains(w, "朋友") || strings.Contains(w, "friend")
}

// lawyerSays reports whether the legal cue at k is a lawyer's words passed
// on: the cue ends with 说 (律师说) or a word that says follows it at once
// (律师朋友说, my lawyer friend says).
func (r *reading) lawyerSays(k int) bool {
	tk := &r.toks[k]
	if tk.e == nil {
		return false
	}
	if strings.HasSuffix(tk.e.word, "说") {
		return true
	}
	if k+1 < len(r.toks) {
		n := &r.toks[k+1]
		return n.e != nil && n.e.role&roleSay != 0 && n.s == tk.t && n.seg == tk.seg
	}
	return false
}

// amountBefore reports whether text ends with a sum (100k, 5,000, ¥3000,
// 2.5w), perhaps with one word between (a 20k year-end bonus): the word
// after it is counted.
func amountBefore(text string) bool {
	text = strings.TrimRight(text, " ")
	i := strings.LastIndexByte(text, ' ') + 1
	// a 20k year-end bonus: one word may say which bonus.
	switch text[i:] {
	case "year-end", "annual", "christmas", "performance", "cash", "signing", "extra":
		text = strings.TrimRight(text[:i], " ")
		i = strings.LastIndexByte(text, ' ') + 1
	}
	w := strings.TrimLeft(text[i:], "$¥£€￥")
	digit := false
	for j := 0; j < len(w); j++ {
		switch c := w[j]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == ',' || c == '.' || c == 'k' || c == 'w' || c == 'm':
		default:
			return false
		}
	}
	return digit
}

// unpaidWord reports whether an income cue says pay is not paid (发不出,
// 拖欠, unpaid) rather than cut.
func unpaidWord(w string) bool {
	for _, s := range [...]string{"发不出", "没发", "拖欠", "欠薪", "出唔到", "unpaid", "haven't been paid", "not been paid", "can't pay"} {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// amountGot reports whether rest, what follows a bonus or a dividend,
// tells its amount as received (年终奖金领了十二万, 分红，一共十五万).
// windfallHad reports whether a bonus is told as had by its measure word
// just before it (手头有笔年终奖金, 拎咗一笔几十万嘅花红): money come to hand.
func windfallHad(before string) bool {
	i := strings.LastIndex(before, "笔")
	return i >= 0 && !runeGapOver(before[i:], 6) && !strings.ContainsAny(before[i:], "，,。.!！?？;；")
}

func amountGot(rest string) bool {
	rest = strings.TrimLeft(rest, " ,，")
	for _, p := range [...]string{"领了", "拿了", "发了", "到手", "到账", "一共", "共", "足足", "有"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest = r
			break
		}
	}
	if !countFollows(rest) {
		return false
	}
	// A sum of money, not a count of months (奖金发了三个月).
	end := min(len(rest), 12)
	for end > 0 && !utf8.RuneStart(rest[end%len(rest)]) && end < len(rest) {
		end++
	}
	return strings.ContainsAny(rest[:end], "万千块元kw")
}

// receivablesLost reports whether a business flag raised so far is money
// owed to the borrower's business (货款收不回来, 回款, unpaid invoices):
// the business is theirs.
func (r *reading) receivablesLost() bool {
	return r.flagged.has(businessDistress) && containsAny(r.raisedOf(businessDistress).why, receivables[:])
}

var receivables = [...]string{"货款", "回款", "工程款", "尾款", "账款", "应收", "invoices", "receivables"}

// errand reports whether the self-harm cue at k, ending in going on or
// carrying on, goes on with an errand (going on with the application,
// carrying on paying) rather than with life or a debt.
func (r *reading) errand(k int) bool {
	tk := &r.toks[k]
	w := r.norm[tk.s:tk.t]
	if !strings.HasSuffix(w, "going on") && !strings.HasSuffix(w, "go on") &&
		!strings.HasSuffix(w, "carrying on") && !strings.HasSuffix(w, "carry on") {
		return false
	}
	f := strings.Fields(r.norm[tk.t:min(len(r.norm), int(tk.t)+48)])
	for i := range f {
		f[i] = strings.Trim(f[i], ",.;:!?")
	}
	switch {
	case len(f) > 0 && (f[0] == "paying" || f[0] == "applying" || f[0] == "calling" || f[0] == "waiting"):
		return true
	case len(f) > 1 && f[0] == "to" && (f[1] == "pay" || f[1] == "apply" || f[1] == "call" || f[1] == "wait"):
		return true
	case len(f) > 1 && f[0] == "with":
		n := 1
		for n < len(f)-1 && determiner[f[n]] {
			n++
		}
		return errandNoun[f[n]]
	}
	return false
}

var determiner = map[string]bool{"the": true, "this": true, "that": true, "my": true, "our": true, "your": true, "a": true, "an": true, "these": true, "those": true}

// errandNoun are the things one may see no point in going on with.
var errandNoun = map[string]bool{
	"application": true, "applications": true, "complaint": true, "complaints": true, "call": true, "calls": true,
	"process": true, "paperwork": true, "form": true, "forms": true, "appeal": true, "insurance": true, "policy": true,
	"plan": true, "payment": true, "payments": true, "transfer": true, "chat": true, "conversation": true,
	"app": true, "website": true, "request": true, "claim": true, "case": true, "dispute": true, "prepayment": true,
}

// truthAsked reports whether the sentence of the token at k goes on to ask
// whether what was said holds (真的吗, is that true?).
func (r *reading) truthAsked(k int) bool {
	s := r.sentOf(k)
	for j := k + 1; j < len(r.toks) && r.sentOf(j) == s; j++ {
		if e := r.toks[j].e; e != nil && e.role&roleTrueQ != 0 {
			return true
		}
	}
	return false
}

// amountAfter reports whether a sum follows the token at k within a few
// runes of its clause (花呗1500, 借呗每月大概两千).
func (r *reading) amountAfter(k int) bool {
	n := 0
	for _, c := range r.norm[r.toks[k].t:] {
		switch {
		case c >= '0' && c <= '9', strings.ContainsRune("百千万", c):
			return true
		case strings.ContainsRune(",，。.!！?？;；:：、", c):
			return false
		}
		if n++; n > 6 {
			return false
		}
	}
	return false
}

// realized reports whether the clause says the cue happened: 了 within it
// or right after it (被裁员了，房贷怎么办), and no question about its
// consequences to follow (逾期了会怎样).
func (r *reading) realized(k int, later uint32) bool {
	if later&laterConseq != 0 {
		return false
	}
	tk := &r.toks[k]
	n := 0
	for i, c := range r.norm[tk.anchor:] {
		if int32(i) >= tk.t-tk.anchor {
			n++
		}
		if c == '了' {
			return true
		}
		if n > 4 || c == ',' || c == '。' || c == '?' || c == '!' {
			return false
		}
	}
	return false
}

// experiencedBefore reports whether a verb with 过 stands right before
// the cue (做过一次手术, 得过癌症, 生过一场大病): an experience, not the
// present, unless it was just now (刚做过手术).
func (r *reading) experiencedBefore(tk *token) bool {
	before := r.norm[:tk.s]
	// We went through a rough patch: an English past that is over by its
	// tense (we're going through one is not).
	if strings.HasSuffix(before, "through a ") || strings.HasSuffix(before, "through ") {
		b := strings.TrimSuffix(strings.TrimSuffix(before, "a "), "through ")
		return strings.HasSuffix(b, "went ") || strings.HasSuffix(b, "been ")
	}
	for _, m := range [...]string{"一次", "两次", "几次", "一场", "两场", "一回", "个"} {
		if b, ok := strings.CutSuffix(before, m); ok {
			before = b
			break
		}
	}
	b, ok := strings.CutSuffix(before, "过")
	if !ok {
		return false
	}
	v, size := utf8.DecodeLastRuneInString(b)
	if !strings.ContainsRune("做动住得患生开有", v) {
		return false
	}
	b = b[:len(b)-size]
	return !strings.HasSuffix(b, "刚") && !strings.HasSuffix(b, "才") && !strings.HasSuffix(b, "刚刚")
}

// experiencedLater reports whether a later cue of the cue's clause is
// an experience (去年生病逾期过): the clause tells of it as one, and the
// cue with it.
func (r *reading) experiencedLater(k int) bool {
	for j := k + 1; j < len(r.toks) && r.clauseOf(j) == r.clauseOf(k); j++ {
		if r.toks[j].isCue() && r.tonePattern(j) == nil && r.experiential(&r.toks[j]) {
			return true
		}
	}
	// 去年因为住院晚还过一次: any verb with 过 and a count tells it so.
	if !r.holds(holdsCounted) {
		return false
	}
	return containsAny(r.clauseRest(k), countedExperience[:])
}

// storyFrom reports whether the cue at k is followed at once by 以后 or
// 之后 (生意失败以后): what happened next is told from it.
// (从去年生意垮了以后 is since: it goes on.)
func (r *reading) storyFrom(k int) bool {
	rest := strings.TrimPrefix(r.norm[r.toks[k].t:], "了")
	if !strings.HasPrefix(rest, "以后") && !strings.HasPrefix(rest, "之后") {
		return false
	}
	return !strings.Contains(r.clauseHead(k), "从")
}

// countedExperience are 过 and a count after a verb (晚还过一次): a past
// experience, however many times.
var countedExperience = [...]string{"过一次", "过两次", "过几次", "过一回", "过两回", "过几回"}

// listedWith reports whether the tokens at k and k+1 stand in neighbouring
// items of one list (生病住院、暂时还不上款的借款人): only 、 between them.
func (r *reading) listedWith(k int) bool {
	a, b := &r.toks[k], &r.toks[k+1]
	if r.clauseOf(k+1) != r.clauseOf(k)+1 || b.s < a.t {
		return false
	}
	gap := r.norm[a.t:b.s]
	return strings.Contains(gap, "、") && !strings.ContainsAny(gap, "，,。.!！?？;；:：…")
}

// possessive reports whether the text between two people makes the second
// the first's: nothing, 的 or 's.
func possessive(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "", "的", "'s", "\u2019s", "s'",
		// 我朋友他爸, my friend and his dad: a pronoun for the friend.
		"他", "她", "他的", "她的", "佢", "佢嘅", "his", "her", "their", "'s his", "'s her":
		return true
	}
	return false
}

// experiential reports whether 过 follows the cue: 失业过 is a past
// experience, not the present.
func (r *reading) experiential(tk *token) bool {
	s := r.norm[tk.t:]
	c, size := utf8.DecodeRuneInString(s)
	if c != '过' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[size:])
	switch next {
	case '程', '来', '去', '后', '度', '于', '得', '渡', '日':
		return false
	}
	return true
}

func (r *reading) clauseOf(k int) int32 { return r.segs[r.toks[k].seg].clause }

func growUint32(s []uint32, n int) []uint32 {
	if cap(s) < n {
		return make([]uint32, n)
	}
	return s[:n]
}

// classRightAfter reports whether the cue at k is followed at once by a
// word for a class of people (失业的人, 生病的客户).
func (r *reading) classRightAfter(k int) bool {
	if k+1 >= len(r.toks) || r.toks[k].e == nil && r.toks[k].pat < 0 {
		return false
	}
	n := &r.toks[k+1]
	return n.e != nil && n.e.role&roleGeneric != 0 && n.s == r.toks[k].t && r.clauseOf(k+1) == r.clauseOf(k)
}

// classRightBefore reports whether the cue at k follows at once a word
// for a class of people (people who stop paying, 那些不还钱的): what the
// class does, not what the borrower does.
func (r *reading) classRightBefore(k int) bool {
	if k == 0 || r.clauseOf(k-1) != r.clauseOf(k) {
		return false
	}
	n := &r.toks[k-1]
	return n.e != nil && n.e.role&roleGeneric != 0 && n.t <= r.toks[k].s && strings.TrimSpace(r.norm[n.t:r.toks[k].s]) == ""
}

// personRightAfter reports whether the cue at k is followed, through 的
// alone or 的那个, by someone else (不想活了的朋友, 被裁的那个同事): the
// cue describes them; a cleft names them too (被裁的是我们组长). A stranger (骗我的中介) is left to the fraud rules.
func (r *reading) personRightAfter(k int) bool {
	if k+1 >= len(r.toks) || r.toks[k].e == nil && r.toks[k].pat < 0 || r.clauseOf(k+1) != r.clauseOf(k) {
		return false
	}
	n := &r.toks[k+1]
	if n.e == nil || n.e.subj != subjOther || n.s < r.toks[k].t {
		return false
	}
	switch r.norm[r.toks[k].t:n.s] {
	case "的", "的那个", "的那位", "的一个", "的一位", "嘅", "嘅嗰个", "嘅嗰位",
		"的是", "的就是", "的是我的", "嘅系", "嘅系我", "的是我":
		return true
	}
	return false
}

// theirsRightAfter reports whether the cue at k acts at once on his or
// their thing (auctioned his flat, seized their house).
func (r *reading) theirsRightAfter(k int) bool {
	if k+1 >= len(r.toks) || r.toks[k].e == nil && r.toks[k].pat < 0 || r.clauseOf(k+1) != r.clauseOf(k) {
		return false
	}
	n := &r.toks[k+1]
	return n.e != nil && n.e.subj == subjAnaphor && n.s >= r.toks[k].t && strings.TrimSpace(r.norm[r.toks[k].t:n.s]) == ""
}

// mine reports whether a possessive for the borrower stands right before
// the cue at k (my income's halved, 我的收入少了): whoever the sentence
// named before, the thing is theirs.
func (r *reading) mine(k int) bool {
	return hasSuffixIn(strings.TrimRight(r.norm[:r.toks[k].s], " "), myWords[:])
}

// myWords are the borrower's possessives.
var myWords = [...]string{"my", "our", "我的", "我们的"}

// dared reports whether the cue at k is what the customer dares the bank
// to do: a defiant word (随便你们, 要拍卖就拍卖) right before it or
// overlapping it.
func (r *reading) dared(k int) bool {
	tk := &r.toks[k]
	for j := max(0, k-6); j < min(len(r.toks), k+6); j++ {
		n := &r.toks[j]
		if j == k || n.seg != tk.seg || n.e == nil || n.e.code != intentToDefault || n.e.opt&optDefy == 0 {
			continue
		}
		if n.s < tk.t && n.t > tk.s || n.t <= tk.s && !runeGapOver(r.norm[n.t:tk.s], 2) {
			return true
		}
		// 你们要拍卖就随便你们: the act, then 就 and the dare (要收房就收吧).
		if gap := r.norm[tk.t:max(tk.t, n.s)]; n.s >= tk.t && (strings.Contains(gap, "就") || strings.HasPrefix(n.e.word, "就")) && !runeGapOver(gap, 2) {
			return true
		}
	}
	// 你们要收房子、要拍卖就随便你们: an item of a list whose next item is
	// dared is dared with it.
	if k+1 < len(r.toks) && r.toks[k+1].isCue() && r.toks[k+1].s >= tk.t {
		gap := r.norm[tk.t:r.toks[k+1].s]
		return strings.Contains(gap, "、") && !strings.ContainsAny(gap, "，,。.!！?？;；:：…") && !runeGapOver(gap, 3) && r.dared(k+1)
	}
	return false
}

// asksWhether reports whether the clause is a yes/no question about the
// cue itself (我逾期了吗, is my account overdue?): no other question word
// and no consequence asked about.
func (r *reading) asksWhether(clause int32, later uint32) bool {
	q := r.question(clause)
	return q&yesNoQuestion != 0 && q&whQuestion == 0 && later&laterConseq == 0
}

// overdueWord reports whether a cue names being overdue (逾期了, in
// arrears): a status the borrower may ask about, unlike 还不上.
// A payment not made (没还上, 漏还, missed a payment) is such a status too:
// 帮我看看有没有哪期没还上 asks.
func overdueWord(w string) bool {
	for _, s := range statusWords {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

var statusWords = [...]string{"逾期", "overdue", "arrears", "没还上", "漏还", "漏缴", "没按时还", "没有按时还", "missed"}

// movedThing reports whether an English "moved" cue speaks of a thing
// that moved (payday moved to the 28th, I moved my mortgage here) rather
// than of a home.
func (r *reading) movedThing(tk *token) bool {
	w := r.norm[tk.s:tk.t]
	if !strings.Contains(w, "moved") && !strings.Contains(w, "moving") {
		return false
	}
	after := strings.Fields(r.norm[tk.t:min(len(r.norm), int(tk.t)+48)])
	for i := range after {
		after[i] = strings.Trim(after[i], ",.;:!?—")
	}
	// I moved to a new employer, moved jobs: work, not a home.
	for i := 0; i < len(after) && i < 4; i++ {
		if movedWork[after[i]] {
			return true
		}
		if a := after[i]; a != "to" && a != "a" && a != "new" && a != "the" && a != "another" && a != "different" && a != "over" && a != "onto" {
			break
		}
	}
	if len(after) > 0 {
		switch {
		case ordinal(after[0]) || len(after) > 1 && after[0] == "the" && ordinal(after[1]):
			return true // moved to the 28th
		case len(after) > 1 && (after[0] == "my" || after[0] == "our" || after[0] == "the") && movedThings[after[1]]:
			return true // I moved my mortgage here
		}
	}
	if before := strings.Fields(r.norm[max(0, int(tk.s)-24):tk.s]); len(before) > 0 {
		return movedThings[strings.Trim(before[len(before)-1], ",.;:!?")] // payday just moved
	}
	return false
}

// movedThings are what may move without anyone moving house.
var movedThings = map[string]bool{
	"mortgage": true, "loan": true, "loans": true, "account": true, "accounts": true, "savings": true,
	"money": true, "payment": true, "payments": true, "salary": true, "pay": true, "payday": true,
	"debit": true, "deposit": true, "funds": true, "card": true, "cards": true, "banking": true,
	"date": true, "day": true, "deadline": true, "appointment": true, "meeting": true, "schedule": true,
	"pension": true, "isa": true,
}

// movedWork are the work one may move to without moving house.
var movedWork = map[string]bool{
	"employer": true, "employers": true, "job": true, "jobs": true, "role": true, "roles": true, "position": true,
	"company": true, "companies": true, "firm": true, "team": true, "teams": true, "department": true,
	"branch": true, "office": true, "contract": true, "shift": true, "shifts": true, "plan": true, "rate": true,
}

// ordinal reports whether w is a day of the month (28th, 1st, 15).
func ordinal(w string) bool {
	w = strings.TrimRight(w, "stndrh")
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// noIncomeWord reports whether an income cue says there is none at all
// (没收入, 收入断了, no income) rather than less of it.
func noIncomeWord(w string) bool { return containsAny(w, noIncomeWords[:]) }

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var noIncomeWords = [...]string{"没收入", "没有收入", "冇收入", "没了收入", "收入没了", "收入断了", "断了收入", "no income", "without income", "lost my income",
	"没进账", "没有进账", "进账都没有", "进账也没有", "零进账", "冇进账", "莫得收入", "莫得进账",
	"收入都没有", "收入也没有", "收入都冇", "收入也冇", "一分收入", "zero income"}

// unpaidWages are wages owed and not paid (薪水两个月没发).
var unpaidWages = [...]string{"没发", "没有发", "冇发", "拖欠工资", "欠薪", "haven't been paid", "not been paid", "wasn't paid", "wages unpaid"}

// graceWord reports whether the cue at k, or a pattern's tail, is paying
// late or more time (pay a bit later, a few days late). A pattern's tokens
// follow its tail's (joinPattern).
func (r *reading) graceWord(k int) bool {
	for j := k; j >= 0; j-- {
		if t := &r.toks[j]; t.pat < 0 {
			return t.e.role&roleGrace != 0
		}
	}
	return false
}

// ownBusiness reports whether the message names a business of the
// borrower's (我的店, 生意, my shop).
func (r *reading) ownBusiness() bool { return r.anyRole(roleOwnBusiness) }

// resolutionReaches reports whether a word saying code c is over speaks
// of the cue at k: one after it does; one before it does unless a
// contrast (可是, but) stands between and the cue's clause is the
// present or names their loan (我两年前就把网贷还清了，可是这个月的贷款缴不出来).
func (r *reading) resolutionReaches(c code, k int, sc *scope) bool {
	if r.resN > len(r.resAt) || !sc.nowClause && !sc.loanClause {
		return true
	}
	for _, j := range r.resAt[:r.resN] {
		e := r.toks[j].e
		if !e.resolves.has(c) {
			continue
		}
		if int(j) > k {
			return true
		}
		if sc.lastContrast <= int32(r.toks[j].seg) {
			return true
		}
	}
	return false
}

// hospitalWord reports whether an illness cue names only the place
// (hospital, 在医院), which the borrower may work at; in hospital is a
// patient's.
func hospitalWord(w string) bool {
	switch w {
	case "hospital", "医院", "在医院", "喺医院":
		return true
	}
	// 天天跑医院 is a nurse's commute as well as a patient's.
	return strings.Contains(w, "跑医院") || strings.Contains(w, "医院跑") || strings.Contains(w, "去医院")
}

// householdMoney reports whether a difficulty cue speaks of the household's
// money in general (things are tight, 手头紧) after an "and" or a "so" that
// ends the relative's part of the clause (My mum's in hospital and things
// are really tight this month): the household's, not the relative's debt.
func (r *reading) householdMoney(k int, sc *scope) bool {
	tk := &r.toks[k]
	w := r.norm[tk.s:tk.t]
	impersonal := containsAny(w, []string{"things", "money", "cash", "finances", "tight", "short on", "broke", "手头", "手紧", "钱紧", "经济", "钱有点紧", "钱很紧"})
	if !impersonal || sc.familyEnd > tk.s {
		return false
	}
	gap := r.norm[sc.familyEnd:tk.s]
	for _, c := range [...]string{" and ", " so ", "所以", "搞得", "弄得", "导致", "结果"} {
		if strings.Contains(gap, c) {
			return true
		}
	}
	return false
}

// cleft reports whose situation a cleft names right after the cue at k
// (被查封的是楼上那户, 换电话的是我妈, 被裁的是我): the person after 的是,
// with the words that make them someone's (我妈).
func (r *reading) cleft(k int) (subject, bool) {
	tk := &r.toks[k]
	rest := r.norm[tk.t:]
	var ok bool
	for _, m := range [...]string{"的是", "的人是", "的那个是", "的那位是", "的那户是", "的那家是"} {
		if strings.HasPrefix(rest, m) {
			rest, ok = rest[len(m):], true
			break
		}
	}
	if !ok {
		return subjNone, false
	}
	at := int32(len(r.norm) - len(rest))
	c := r.clauseOf(k)
	subj, end := subjNone, at
	for j := k + 1; j < len(r.toks) && r.clauseOf(j) == c; j++ {
		n := &r.toks[j]
		if n.s < at || n.e == nil {
			continue
		}
		gap := strings.TrimSpace(r.norm[end:n.s])
		if n.e.subj == subjNone || n.e.subj == subjAnaphor || n.e.subj == subjBank || gap != "" && (subj == subjNone || gap != "的") {
			break
		}
		subj, end = n.e.subj, n.t
	}
	return subj, subj != subjNone
}

// turnLater reports whether the sentence of the token at k turns after
// its segment (…, but your team traced it).
func (r *reading) turnLater(k int) bool {
	seg := r.toks[k].seg
	for g := seg + 1; int(g) < len(r.segs) && r.segs[g].sent == r.segs[seg].sent; g++ {
		if r.segs[g].contrast {
			return true
		}
	}
	return false
}

// closureWord reports whether a cue says a workplace or a shop closed or
// stopped, which a holiday may explain (关门, 停工, closed).
func closureWord(w string) bool {
	return containsAny(w, []string{"关门", "关了", "停工", "停业", "停产", "关店", "歇业", "放假", "closed", "shut", "close"})
}

// holidayWords are holidays a workplace closes for.
var holidayWords = [...]string{"放年假", "年假", "过年", "春节", "国庆", "五一", "中秋", "端午", "元旦", "节假日", "放假期间", "假期期间",
	"holiday", "christmas", "new year", "vacation", "golden week"}

// holidayClause reports whether the clause of the cue at k closes for a
// holiday: one named after the cue (关门放年假, closed for the holidays),
// or a time during one anywhere in it (春节期间停工, over Christmas).
func (r *reading) holidayClause(k int) bool {
	tk := &r.toks[k]
	sg := &r.segs[tk.seg]
	c := sg.clause
	end := sg.t
	start := sg.s
	for g := tk.seg; int(g) < len(r.segs) && r.segs[g].clause == c; g++ {
		end = r.segs[g].t
	}
	for g := tk.seg; g >= 0 && r.segs[g].clause == c; g-- {
		start = r.segs[g].s
	}
	after, whole := r.norm[tk.t:end], r.norm[start:end]
	for _, h := range holidayWords {
		if strings.Contains(after, h) || strings.Contains(whole, h+"期间") || strings.Contains(whole, "over "+h) || strings.Contains(whole, "over the "+h) {
			return true
		}
	}
	return false
}

// carWord reports whether a pattern's head names a car, not a home.
func carWord(w string) bool {
	return strings.Contains(w, "车") || strings.Contains(w, "car")
}

// carPledged reports whether the message names a car loan or a pledged car,
// whose sale is the collateral's.
func (r *reading) carPledged() bool {
	return containsAny(r.norm, []string{"车贷", "抵押的车", "抵押车", "押车", "车抵", "抵押的那辆车", "car loan", "car finance", "auto loan", "the car is pledged", "pledged car"})
}

// tonePattern returns the sentiment pattern the token at k is, or nil: a
// pattern whose code is noCode says a tone across words (工资…反而涨了).
func (r *reading) tonePattern(k int) *pattern {
	if tk := &r.toks[k]; tk.pat >= 0 && r.lx.patterns[tk.pat].code == noCode {
		return &r.lx.patterns[tk.pat]
	}
	return nil
}

// toneCounts reports whether a sentiment word at k is the speaker's mood
// now by where it stands: not between quotation marks (“低息秒批” is
// the bait's words), nor in a story of a dated past that the sentence
// tells on to its end (上回…吓我一跳，后来发现是他算错了).
func (r *reading) toneCounts(k int) bool {
	sg := &r.segs[r.toks[k].seg]
	if r.question(sg.clause)&quotedClause != 0 {
		return false
	}
	if sg.sent >= 64 || r.pastStory&(1<<sg.sent) == 0 {
		return true
	}
	// Before the turn the story's words were then, both ways; after it,
	// a happy end is background (钱后来追回来了) but a grievance lives on
	// (后来又说不行，太过分了).
	e := r.toks[k].e
	return r.toks[k].s >= r.pastTurn[sg.sent] && (e == nil || e.tone < 0)
}

// markPastStories notes the sentences (up to 64) that tell a story of a
// dated past (上回, 前年, 之前) on to what came of it later (后来, later,
// it turned out), with no present named in them: their tone words were
// the story's.
func (r *reading) markPastStories() {
	r.pastStory, r.nowSent = 0, 0
	for k := 0; k < len(r.toks); {
		sent := r.sentOf(k)
		dated, present := false, false
		j := k
		for ; j < len(r.toks) && r.sentOf(j) == sent; j++ {
			e := r.toks[j].e
			if e == nil {
				continue
			}
			dated = dated || e.role&roleDated != 0 && e.role&roleNow == 0
			present = present || e.role&roleNow != 0 && e.role&roleDated == 0 && e.role&roleLoan == 0 && !possessiveNow(e.word)
		}
		if present && sent < 64 {
			r.nowSent |= 1 << sent
		}
		if dated && !present && sent < 64 {
			s, t := r.toks[k].s, r.toks[j-1].t
			for g := r.toks[k].seg; int(g) < len(r.segs) && r.segs[g].sent == sent; g++ {
				t = max(t, r.segs[g].t)
			}
			if at := laterAt(r.norm[s:t]); at >= 0 {
				r.pastStory |= 1 << sent
				r.pastTurn[sent] = s + int32(at)
			}
		}
		k = j
	}
}

// periodBefore reports whether the sentence of the token at k looks back
// before it on a dated past as a period (去年开刀住院那阵子很辛苦), with no
// present named there: with something said to be over in the message, a
// hardship word there was then, background to the question.
func (r *reading) periodBefore(k int) bool {
	sent := r.sentOf(k)
	dated, look := false, false
	for j := k - 1; j >= 0 && r.sentOf(j) == sent; j-- {
		e := r.toks[j].e
		if e == nil {
			continue
		}
		if e.role&roleNow != 0 && e.role&roleDated == 0 && e.role&roleLoan == 0 && !possessiveNow(e.word) {
			return false
		}
		dated = dated || e.role&roleDated != 0
		look = look || e.role&(roleBackRef|roleWhen) != 0
	}
	return dated && look
}

// possessiveNow reports whether a word marked as the borrower's present
// only names them (my, our, 我们公司): no time.
func possessiveNow(w string) bool {
	switch w {
	case "my", "our", "mine", "me", "us":
		return true
	}
	return strings.HasPrefix(w, "我")
}

// laterAt returns where text first tells what came of a story later (后来,
// later, it turned out), or -1.
func laterAt(text string) int {
	at := -1
	for _, m := range [...]string{"后来", "later on", "it turned out", "turned out", "eventually", "in the end"} {
		if i := strings.Index(text, m); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// insteadBetween reports whether text turns a negation around (没降反而
// 涨了, not cut but raised instead).
func insteadBetween(text string) bool { return containsAny(text, insteadWords[:]) }

var insteadWords = [...]string{"反而", "反倒", "instead"}

// riseAfter reports whether text turns to pay up (反而涨了, 反倒多了).
func riseAfter(text string) bool {
	for _, w := range insteadWords {
		i := strings.Index(text, w)
		if i < 0 {
			continue
		}
		// 反而还涨了 opening its clause, but not 利息反而涨了: another
		// thing's rise.
		if head := text[strings.LastIndexAny(text[:i], "，, ")+1 : i]; runeGapOver(head, 1) {
			continue
		}
		rest := text[i+len(w):]
		for _, rw := range riseWords {
			if j := strings.Index(rest, rw); j >= 0 && !runeGapOver(rest[:j], 2) {
				return true
			}
		}
	}
	return false
}

var riseWords = [...]string{"涨", "多了", "加了", "高了", "升了", "多咗", "加咗", "went up", "rose", "increased", "got a raise"}

// Word lists that rare rules need, marked in the trie (marks) so that the
// scan notes which the message holds: a rule whose words the message
// lacks costs no search per cue, even in a long message read as one clause.
const (
	holdsInstead uint8 = 1 << iota
	holdsAskedMe
	holdsCounted
	holdsWhyWouldI
	holdsOr
)

// marks lists the words of each rare rule for the trie.
func marks() []mark {
	var out []mark
	for _, l := range [...]struct {
		bit   uint8
		words []string
	}{{holdsInstead, insteadWords[:]}, {holdsAskedMe, askedMe[:]}, {holdsCounted, countedExperience[:]}, {holdsWhyWouldI, whyWouldI[:]}, {holdsOr, orWords[:]}} {
		for _, w := range l.words {
			out = append(out, mark{w, l.bit})
		}
	}
	return out
}

// holds reports whether the scan passed one of the words of a rare rule.
func (r *reading) holds(bit uint8) bool { return r.holding&bit != 0 }

// againClause reports whether the clause of the token at k tells a new
// time (这次, 又, again): not the story told before it.
func (r *reading) againClause(k int) bool {
	return containsAny(r.clauseText(r.toks[k].seg), againWords[:])
}

var againWords = [...]string{"这次", "这回", "又", "再次", "this time", "again"}

// scamWord reports whether a past marker tells a scam suffered (骗过,
// 上过当, was scammed before).
func scamWord(w string) bool { return containsAny(w, []string{"骗", "上过当", "呃", "scam"}) }

// impersonation reports whether a fraud cue only says someone posed as
// someone (冒充, 假冒), which collectors may do to frighten.
func (r *reading) impersonation(tk *token) bool {
	w := ""
	if tk.e != nil {
		w = tk.e.word
	} else if tk.headT > tk.s {
		w = r.norm[tk.s:tk.headT]
	}
	switch w {
	case "冒充", "假冒", "冒充法院", "假冒法院", "pretending to be", "posing as", "impersonating":
		return true
	}
	return false
}

// recurs reports a word that a past plight has come back or goes on (又,
// 最近, 现在还, again, lately): for self-harm, a treated past then no longer
// clears the message.
func recurs(norm string) bool { return containsAny(norm, recurWords) }

// recurWords say a thing is back or still there.
var recurWords = []string{"又", "最近", "现在还", "还是会", "仍然", "依然", "again", "lately", "recently", "they're back", "it's back", "still"}

// corrected reports whether the clause of segment g is taken back by the
// clause after it: "not X, (it's) Y" (不是我太太被减薪，是她同事; 唔係我層樓
// 俾人查封，係新聞講緊嗰個屋苑; it's not my wife who got the pay cut, it's
// her colleague). The clause must open with the denial and the next one,
// across a comma, with what is so instead.
func (r *reading) corrected(g int32, k int) bool {
	// (The clause's first token is then its negator: 不是, 唔, not.)
	if e := r.toks[k].e; e == nil || e.role&roleNeg == 0 {
		return false
	}
	first, last := r.clauseSegs(g)
	if !hasPrefixIn(strings.TrimSpace(r.norm[r.segs[first].s:r.segs[last].t]), correctionHeads[:]) {
		return false
	}
	rest := r.norm[r.segs[last].t:]
	rest = strings.TrimLeft(rest, " ，,、:：—–")
	if len(rest) == len(r.norm[r.segs[last].t:]) {
		return false // a sentence ended, or nothing came between
	}
	return hasPrefixIn(rest, correctionTails[:])
}

// correctionHeads open a denial that the next clause corrects; correctionTails
// open the correction.
var (
	correctionHeads = [...]string{"不是", "并不是", "并非", "倒不是", "唔系", "it's not", "it is not", "it isn't", "it wasn't", "it was not", "not me", "not my"}
	correctionTails = [...]string{"是", "而是", "系", "it's", "it is", "it was", "but"}
)

// hasPrefixIn reports whether s starts with one of words.
func hasPrefixIn(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// spared reports whether the sentence of the cue at k concedes it
// (虽然, 尽管, although) and then turns, instead, to the borrower (虽然整个
// 行业都在喊订单大减，但我们厂的订单反而排到了明年; although the whole
// sector took pay cuts, my salary went up instead): the plight is others'.
func (r *reading) spared(k int) bool {
	tk := &r.toks[k]
	start, last := r.sentenceSegs(tk.seg)
	if !containsAny(r.norm[r.segs[start].s:tk.s], concessionWords[:]) && !r.segs[start].contrast {
		return false
	}
	for g := tk.seg + 1; g <= last; g++ {
		if text := r.norm[r.segs[g].s:r.segs[g].t]; insteadBetween(text) && firstPerson(text) {
			return true
		}
	}
	return false
}

// conceded reports whether the word at k stands in a segment that opens
// with a concession (although the charge was refunded, 虽然钱退回来了),
// granted before the sentence turns to what it means: no good news.
func (r *reading) conceded(k int) bool {
	tk := &r.toks[k]
	from := int32(0) // the connective that opened the segment is left out of it
	if tk.seg > 0 {
		from = r.segs[tk.seg-1].t
	}
	return containsAny(r.norm[from:tk.s], concession[:])
}

// concession opens a segment granted before the sentence turns (although,
// even though; not thought).
var concession = [...]string{"虽然", "虽说", "尽管", "though "}

// othersIn reports whether the clause of the cue at k names a trade, a
// crowd or a trend rather than anyone in particular (整个行业, 好多餐馆,
// 普遍, across the board): whose plight a concession grants.
func (r *reading) othersIn(k int) bool {
	return containsAny(r.clauseText(r.toks[k].seg), othersWords[:])
}

// othersWords name many people or a whole trade.
var othersWords = [...]string{"行业", "普遍", "整个", "好多", "很多", "不少", "大家", "别人", "同行", "周围", "身边", "大环境", "市场",
	"industry", "sector", "everyone", "everybody", "many", "a lot of", "lots of", "others", "across the board"}

// concessionWords concede what the sentence then turns from.
var concessionWords = [...]string{"虽然", "虽说", "尽管", "虽", "although", "even though", "though", "while"}

// clauseText returns the text of the clause of segment g.
func (r *reading) clauseText(g int32) string {
	first, last := r.clauseSegs(g)
	return r.norm[r.segs[first].s:r.segs[last].t]
}

// clauseSegs and sentenceSegs return the first and last segments of the
// clause or sentence of segment g.
func (r *reading) clauseSegs(g int32) (first, last int32) {
	return r.span(g, func(sg *segment) int32 { return sg.clause })
}

func (r *reading) sentenceSegs(g int32) (first, last int32) {
	return r.span(g, func(sg *segment) int32 { return sg.sent })
}

// span returns the first and last segments around g that share its unit.
func (r *reading) span(g int32, unit func(*segment) int32) (first, last int32) {
	u := unit(&r.segs[g])
	first, last = g, g
	for first > 0 && unit(&r.segs[first-1]) == u {
		first--
	}
	for int(last)+1 < len(r.segs) && unit(&r.segs[last+1]) == u {
		last++
	}
	return first, last
}

// mentioned reports why the cue at k is a word mentioned rather than said:
// followed, past its closing quotation mark, by what it meant (「不想活了」
// 是指…, "meant") or by the news it comes from (「安全賬戶」騙案新聞). A
// self-harm word explained is mentioned only when the message also says
// it was not about the speaker (不是我).
func (r *reading) mentioned(k int) string {
	tk := &r.toks[k]
	end := tk.t
	quoted := r.question(r.clauseOf(k))&quotedClause != 0
	if quoted {
		_, last := r.clauseSegs(tk.seg)
		end = r.segs[last].t
	}
	rest := strings.TrimLeft(r.norm[end:], "」”』\"' ")
	if c, _ := utf8.DecodeRuneInString(rest); !strings.ContainsRune(explainStarts, c) {
		return ""
	}
	switch {
	case quoted && hasPrefixIn(rest, newsAfterQuote[:]):
		return "hearsay"
	case !hasPrefixIn(rest, meantWords[:]):
		return ""
	case r.toks[k].pat < 0 && r.toks[k].e.code == selfHarm && !containsAny(r.norm, notMeWords[:]):
		return ""
	}
	return "mentioned"
}

// meantWords explain what a word quoted meant; newsAfterQuote name the
// news a quoted term comes from; notMeWords say it was not about the speaker.
var (
	meantWords     = [...]string{"是指", "指的是", "的意思是", "意思是", "系指", "即系", "i meant", "meant", "means", "referred to"}
	newsAfterQuote = [...]string{"骗案", "诈骗案", "骗局", "新闻", "的新闻", "报道", "的报道", "scam news", "scam story", "scam stories", "news"}
	notMeWords     = [...]string{"不是我", "不是说我", "唔系我", "唔系讲我", "not me", "not about me", "wasn't about me", "not talking about me"}
)

// explainStarts are the first runes of meantWords and newsAfterQuote: a
// cue followed by none of them is no mention, without trying each word.
const explainStarts = "是指的意系即骗诈新报imrsn"

// rhetorical reports whether the cue at k stands in a question that asks
// why the speaker would do it at all (我幹嘛要找律師告你們？, 我何必投诉呢,
// why would I sue you?): the threat waved away.
func (r *reading) rhetorical(k int) bool {
	if r.question(r.clauseOf(k))&realQuestion == 0 {
		return false
	}
	return containsAny(r.clauseHead(k), whyWouldI[:])
}

// whyWouldI ask why the speaker would do something, expecting no.
var whyWouldI = [...]string{"我干嘛", "我干吗", "我何必", "我犯得着", "我犯不着", "我哪用", "我做乜要", "我点解要", "why would i", "why would we", "why should i", "why on earth would i"}

// echoDenied reports whether the cue at k stands in a sentence that only
// echoes it as a question, with a word or two at most (Walk away from the
// loan?, 失业？), and the next sentence denies it at once (Never crossed
// my mind, 没有啊, quite the opposite).
func (r *reading) echoDenied(k int) bool {
	tk := &r.toks[k]
	sg := &r.segs[tk.seg]
	if r.question(sg.clause)&realQuestion == 0 || tk.seg > 0 && r.segs[tk.seg-1].sent == sg.sent ||
		runeGapOver(r.norm[sg.s:tk.s], 1) || runeGapOver(r.norm[tk.t:sg.t], 3) {
		return false
	}
	for g := tk.seg + 1; int(g) < len(r.segs); g++ {
		if r.segs[g].sent == sg.sent {
			return false // more than the echo was asked
		}
		return denies(strings.TrimSpace(r.norm[r.segs[g].s:]))
	}
	return false
}

// denies reports whether s opens with a no: a denial word, or a bare one
// (没有, 不是) that ends there or with a particle (没有啊, 不是，) rather than
// going on to say what there is not (没有钱).
func denies(s string) bool {
	if hasPrefixIn(s, denials[:]) {
		return true
	}
	for _, d := range bareDenials {
		if rest, ok := strings.CutPrefix(s, d); ok {
			c, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || strings.ContainsRune("啊呀啦的嘅喔哦，,。.!！ ", c)
		}
	}
	return false
}

// denials answer an echoed question with no; bareDenials do so only alone.
var (
	denials = [...]string{"never", "no,", "no.", "no!", "nope", "not at all", "of course not", "absolutely not", "far from it", "quite the opposite",
		"怎么可能", "哪有", "哪里有", "当然不", "当然没有", "才不", "完全没有", "没那回事", "没有的事", "冇嘅事", "梗系唔", "点会"}
	bareDenials = [...]string{"没有", "没", "不是", "不会", "冇", "唔系", "唔会"}
)

// balanceAfter reports whether the rest of the cue's clause says what is
// left is the loan not yet paid off (还差好多没还完, 还差三年才还清).
func (r *reading) balanceAfter(k int) bool {
	return containsAny(r.clauseRest(k), paidOffWords[:])
}

// paidOffWords say a loan is paid off, or not yet.
var paidOffWords = [...]string{"没还完", "没还清", "未还完", "未还清", "才还完", "才还清", "就还完", "就还清", "没供完", "未供完", "才供完", "就供完"}

// askedOfMe reports whether the sentence of the cue at k tells, before it,
// a question someone put to the borrower (问我有没有…, asked me whether), and
// the message gives no yes for an answer.
func (r *reading) askedOfMe(k int) bool {
	return containsAny(r.sentenceHead(k), askedMe[:]) && !containsAny(r.norm, answeredYes[:])
}

// askedMe put a question to the borrower; answeredYes say they said yes.
var (
	askedMe     = [...]string{"问我", "问过我", "问了我", "asked me if", "asked me whether", "asked if i", "asked whether i", "asking me if", "asking me whether"}
	answeredYes = [...]string{"我说有", "我说是", "说有的", "我答有", "我话有", "我讲有", "i said yes", "i told her yes", "i told him yes", "i said i did", "i said i was"}
)

// saleAgreed reports whether a collateral cue sells the pledged home to a
// buyer the message names as found (the buyer is ready to sign, 买家已经
// 谈好了), not under force or to pay debts (forced to sell, 卖房还债).
func (r *reading) saleAgreed(why string) bool {
	return containsAny(why, saleWords[:]) && !containsAny(why, forcedSale[:]) && containsAny(r.norm, buyerWords[:])
}

// saleWords sell; forcedSale sell under force or for debts; buyerWords
// name the buyer.
var (
	saleWords  = [...]string{"sell", "卖"}
	forcedSale = [...]string{"forced", "to pay", "debt", "被迫", "不得不", "只能", "只好", "还债", "还贷", "还款", "来还", "去还", "卖掉还", "卖了还"}
	buyerWords = [...]string{"buyer", "买家", "买方", "买主", "接手的人"}
)

// raisedOf returns the flag raised for code c (the zero raised when none
// is; r.flags holds at most one per code).
func (r *reading) raisedOf(c code) raised {
	for _, f := range r.flags {
		if f.code == c {
			return f
		}
	}
	return raised{}
}

// toldByMe reports a say word whose speaker is the borrower, told to
// someone (我跟他说“不想活了”): the words that follow are the borrower's.
func toldByMe(before string) bool {
	// The listener stands between, a few runes at most (我跟老公说, 我对他
	// 说; not 我和同事聊天时他说: he told it).
	for _, p := range [...]string{"我跟", "我对", "我和", "我给", "我同佢", "我同他", "我同她"} { // (not 我同事: a colleague)
		if k := strings.LastIndex(before, p); k >= 0 && utf8.RuneCountInString(before[k+len(p):]) <= 3 {
			return true
		}
	}
	return false
}

// quotedFrom reports whether the cue at k stands between quotation marks
// that the clause just before, in its sentence, gives to a show or to
// someone other than the speaker (剧里主角喊“不想活了”, 催收员说我「不想
// 还钱」, the character yells "I want to die"): their words, not the
// borrower's. (我跟他说“不想活了” is the speaker's own.)
func (r *reading) quotedFrom(k int) bool {
	g := r.toks[k].seg
	if r.question(r.segs[g].clause)&quotedClause == 0 {
		return false
	}
	first, _ := r.clauseSegs(g)
	if first == 0 || r.segs[first-1].sent != r.segs[first].sent {
		return false
	}
	head := strings.TrimRight(r.clauseText(first-1), " :：,，")
	if containsAny(head, showWords[:]) {
		return true
	}
	for _, o := range [...]string{"我", "me", "you", "你"} {
		head = strings.TrimSuffix(strings.TrimRight(head, " "), o)
	}
	head = strings.TrimRight(head, " ")
	for _, v := range quoteVerbs {
		if before, ok := strings.CutSuffix(head, v); ok {
			before = strings.TrimSpace(before)
			return before != "" && !strings.HasPrefix(before, "我") && !strings.HasPrefix(before, "i ") && before != "i"
		}
	}
	return false
}

// showWords name a show, a film, a book or a song whose lines may be
// quoted; quoteVerbs introduce someone's words.
var (
	showWords  = [...]string{"剧里", "剧中", "电视剧", "连续剧", "电影", "小说", "歌里", "歌词", "首歌", "节目", "综艺", "台词", "主角", "角色", "短视频", "视频里", "动漫", "the show", "a show", "tv show", "the series", "the movie", "a movie", "the film", "a film", "the novel", "the book", "the song", "a song", "lyrics", "character"}
	quoteVerbs = []string{"说", "喊", "讲", "骂", "吼", "叫", "唱", "写", "写着", "话", "说道", "喊道", "问", "says", "said", "yelled", "yells", "shouted", "shouts", "screamed", "sings", "sang", "wrote", "writes", "goes", "went"}
)

// sinceWords start a time from an event gone by (since I moved, 自从搬家).
var sinceWords = [...]string{"since", "ever since", "自从", "自打", "打从"}

// yearIn reports whether s names a year (2010, 1998年).
func yearIn(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

// bankYours name the bank as the one spoken to.
var bankYours = [...]string{"your ", "you guys", "你们", "贵行", "你哋", "银行"}

// hasSuffixIn reports whether s ends with one of words, a Latin one as a
// whole word.
func hasSuffixIn(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isWordByte(w[0]) || !isWordByte(s[len(s)-len(w)-1])) {
			return true
		}
	}
	return false
}

// refusalTail reports whether the cue at k is the tail of a refusal to pay
// that a decision word heads in its segment (干脆断供, 决定停供): the
// refusal, not a difficulty.
func (r *reading) refusalTail(k int) bool {
	tk := &r.toks[k]
	for j := k + 1; j < len(r.toks) && r.toks[j].seg == tk.seg; j++ {
		if p := r.toks[j].pat; p >= 0 && r.lx.patterns[p].code == intentToDefault && r.toks[j].anchor == tk.s && r.toks[j].t == tk.t && !r.negated(j) {
			return true
		}
	}
	return false
}

// owedBack reports whether the cue at k, in a clause that says someone
// borrowed from the borrower (借了我, 欠我), follows that word with the
// borrower named no more and no loan of theirs: the debtor's payment.
func (r *reading) owedBack(k int) bool {
	c := r.clauseOf(k)
	for j := k - 1; j >= 0 && r.clauseOf(j) == c; j-- {
		e := r.toks[j].e
		if e == nil {
			continue
		}
		if e.role&roleLoan != 0 || e.subj == subjSelf && e.role&roleCreditor == 0 {
			return false
		}
		if e.role&roleCreditor != 0 {
			return !strings.Contains(r.norm[r.toks[j].t:r.toks[k].s], "我")
		}
	}
	return false
}

// againstOther reports whether a complaint cue at k, asked about, is about
// someone else the message named before it (my neighbour…, who should I
// complain to?), in a message that names neither the bank nor a loan
// (your fees, 你们 are the bank's).
func (r *reading) againstOther(k int) bool {
	if r.question(r.clauseOf(k))&realQuestion == 0 || containsAny(r.norm, bankYours[:]) {
		return false
	}
	named := false
	for j := range r.toks {
		e := r.toks[j].e
		if e == nil {
			continue
		}
		if e.subj == subjBank || e.role&roleLoan != 0 {
			return false
		}
		if j < k && e.subj == subjOther {
			named = true
		}
	}
	return named
}

// threatWill reports whether a lawsuit or complaint cue at k, in a
// sentence a condition opened before it, is followed by its own will (If
// this isn't sorted today my lawyer will be in touch): the consequence,
// whose subject is the cue itself, so a negator in the condition before
// it is another verb's.
func (r *reading) threatWill(k int) bool {
	tk := &r.toks[k]
	if c, _, _, _ := r.cueOf(tk); c != legalThreat && c != complaintEscalation {
		return false
	}
	if !hasPrefixIn(r.norm[tk.t:], threatWills[:]) {
		return false
	}
	sent := r.sentOf(k)
	for j := k - 1; j >= 0 && r.sentOf(j) == sent; j-- {
		if e := r.toks[j].e; e != nil && e.role&roleHypo != 0 {
			return true
		}
	}
	return false
}

// threatWills are the future a consequence's subject says (… will be in touch).
var threatWills = [...]string{" will ", "'ll ", " is going to ", " are going to ", " is gonna ", " shall "}

// politeIn reports whether the clause asks politely (please, kindly, 麻烦):
// a request, asked as a question is (please give me a few more days).
func (r *reading) politeIn(clause int32) bool {
	for j := range r.toks {
		if r.clauseOf(j) == clause && r.toks[j].e != nil && r.toks[j].e.role&roleAskPolite != 0 {
			return true
		}
	}
	return false
}

// moneyForElse reports whether a no-money cue at k (根本没钱, 反正冇钱) is
// followed at once by what the money would be for that is not the loan
// (反正也没钱买房, 实在没钱去旅游).
func (r *reading) moneyForElse(k int) bool {
	w := r.norm[r.toks[k].s:r.toks[k].t]
	if !strings.HasSuffix(w, "没钱") && !strings.HasSuffix(w, "冇钱") {
		return false
	}
	return hasPrefixIn(r.clauseRest(k), spendOnElse[:])
}

// spendOnElse are what money goes on besides the loan (买房, 装修, 旅游).
var spendOnElse = [...]string{"买", "装修", "去", "旅游", "出国", "换", "请", "办", "做", "养", "读", "上学", "投资", "创业", "结婚", "搞"}

// notOnList say the borrower is not among those a cut named (没有我, not on
// the list).
var notOnList = [...]string{"没有我", "冇我", "名单上没有我", "名单里没有我", "名单没有我", "not on the list", "wasn't on the list", "i'm not on the list", "my name wasn't on it", "my name's not on it"}

// datedBefore reports whether a past date (去年, 上次) stands before the
// token at k in its clause.
func (r *reading) datedBefore(k int) bool {
	c := r.clauseOf(k)
	for j := k - 1; j >= 0 && r.clauseOf(j) == c; j-- {
		if e := r.toks[j].e; e != nil && e.role&roleDated != 0 {
			return true
		}
	}
	return false
}

// madeUpAfter reports whether a difficulty told after the token at k in
// its clause was found resolved (断供了两个月，现在都补上了).
func (r *reading) madeUpAfter(k int) bool {
	for _, su := range r.suppressed {
		if su.code == repaymentDifficulty && su.reason == "resolved" && su.tok > k && r.clauseOf(su.tok) == r.clauseOf(k) {
			return true
		}
	}
	return false
}

// appFailing say the bank's app or system fails (闪退, the app keeps
// crashing): a payment it blocks is no want of money.
var appFailing = [...]string{"闪退", "打不开", "登不上", "登录不了", "登陆不了", "登录不上", "系统故障", "系统崩", "系统出问题", "系统维护", "一直卡住", "一直转圈", "网银用不了", "app用不了", "app坏了", "app crashes", "app crashed", "app keeps crashing", "app won't open", "app is down", "app's down", "app isn't working", "app not working", "website is down", "system is down"}
