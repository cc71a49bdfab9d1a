package copilot

import (
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
	"github.com/loandesk/loandesk/knowledge/money"
)

// answer routes the turn by ordered rules over the normalised text:
//
//  1. an acknowledgement ("确认第1条", "ack al-…") → alert_ack;
//  2. a draft ("起草", "write a … for") → draft_message for one customer;
//  3. a notes search ("谁提到…", "who mentioned…") → note_search;
//  4. a brief word with a customer named → customer_brief;
//  5. the LPR ("LPR", "基点", "rate cut") → portfolio_lpr_impact;
//  6. renewals ("到期", "续贷", "maturing") → renewal_list;
//  7. alerts and risk ("预警", "风险", "alerts") → alert_list;
//  8. the book ("我的客户", "tiers", "逾期") → customer_list;
//  9. a customer named and nothing else asked → customer_brief;
//  10. thanks → a short reply; a greeting or "help" → help; a name-like
//     message that matched no one → not found; anything else → help.
//
// A customer named in the message but not in the manager's book (someone
// else's, or no one's) is answered "not found" by rules 2, 4, 9 and 10 alike.
func (tr *turn) answer() (reply.Msg, error) {
	norm := tr.norm()
	if req, ok := parseAck(norm); ok {
		return tr.ack(req)
	}
	look, err := tr.find()
	if err != nil {
		return reply.Msg{}, err
	}
	if amb := look.ambiguous(); amb != nil {
		return tr.askWhich(*amb), nil
	}
	named := look.customers()
	bp := tr.an.Slots.LPRChangeBP
	if bp == nil {
		bp = parseBP(norm)
	}

	switch {
	case cueDraft.in(norm):
		kind := draftKind(norm)
		c, ok, m := tr.one(look, named, "draft")
		if !ok {
			return m, nil
		}
		if kind == "" {
			return tr.askTemplate(c), nil
		}
		return tr.draft(c, kind, look.loanFor(c.ID), bp)
	case cueSearch.in(norm) && (len(searchedFlags(norm)) > 0 || phraseOf(norm) != "" || strings.Contains(norm, "谁")):
		if look.missing() {
			return notFound(), nil
		}
		return tr.searchNotes(named)
	case cueBrief.in(norm) && (look.named || !cueLPR.in(norm) && !cueRenewal.in(norm) && !cueAlerts.in(norm) && !cueList.in(norm)):
		if len(named) > 1 {
			return tr.customerListOf(named, false)
		}
		c, ok, m := tr.one(look, named, "brief")
		if !ok {
			return m, nil
		}
		return tr.brief(c)
	case cueLPR.in(norm) || tr.an.Intent == "lpr_impact":
		if look.missing() {
			return notFound(), nil
		}
		return tr.portfolio(named, bp)
	case cueRenewal.in(norm):
		if look.missing() {
			return notFound(), nil
		}
		return tr.renewals(named, parseWindow(norm))
	case cueAlerts.in(norm):
		if look.missing() {
			return notFound(), nil
		}
		return tr.alertList(named)
	case cueList.in(norm) && len(named) == 0:
		return tr.customerList(strings.Contains(norm, "逾期") || cueAt(norm, "overdue") >= 0)
	case len(named) > 1:
		return tr.customerListOf(named, false)
	case len(named) == 1:
		return tr.brief(named[0])
	case look.named:
		return notFound(), nil
	case cueThanks.in(norm) && len([]rune(norm)) <= 12:
		return reply.Msg{Intent: IntentThanks, Zh: "不客气，有需要随时叫我。", En: "You're welcome. Ask me anytime."}, nil
	case cueHelp.in(norm):
		return help(), nil
	case nameLike(norm):
		return notFound(), nil
	}
	return help(), nil
}

// one is the single customer a brief or a draft is about: the one named, or
// the one last talked about; otherwise a reply asking which (ok false).
func (tr *turn) one(look lookup, named []book.Customer, what string) (book.Customer, bool, reply.Msg) {
	switch {
	case len(named) == 1:
		return named[0], true, reply.Msg{}
	case len(named) > 1:
		return book.Customer{}, false, tr.pickOne(named, what)
	case look.missing(), nameLike(residue(tr.norm())):
		return book.Customer{}, false, notFound()
	}
	if tr.st.Customer != "" {
		cs, err := tr.book()
		if err == nil {
			for _, c := range cs {
				if c.ID == tr.st.Customer {
					return c, true, reply.Msg{}
				}
			}
		}
	}
	if rest := residue(tr.norm()); rest != "" && !pronouns.in(rest) {
		return book.Customer{}, false, help() // a brief word in a sentence about something else
	}
	cs, _ := tr.book()
	return book.Customer{}, false, tr.pickOne(cs, what)
}

// pronouns are the words that stand for the customer last talked about ("给他写…", "再起草…").
var pronouns = cues{"他", "她", "该客户", "这个客户", "this customer", "him", "her", "them", "再", "也"}

// pickOne asks which customer, offering the candidates as quick replies
// (messages naming them by id, with the rest of the request kept).
func (tr *turn) pickOne(cs []book.Customer, what string) reply.Msg {
	norm := tr.norm()
	m := reply.Msg{Intent: IntentUnknown, Zh: "请问是哪一位客户？", En: "Which customer do you mean?"}
	if what == "draft" {
		m.Intent, m.Zh, m.En = IntentDraft, "要给哪一位客户起草？", "Which customer is the draft for?"
	} else {
		m.Intent = IntentBrief
	}
	for _, c := range cs[:min(len(cs), 6)] {
		label := c.Name + "（" + c.ID + "）"
		action := norm + " " + c.ID
		m.Quick = append(m.Quick, reply.Choice{Zh: label, En: displayName(reply.En, c.Name, c.NameEn) + " (" + c.ID + ")", ZhAction: action, EnAction: action})
	}
	if len(cs) == 0 {
		m.Zh, m.En = "你名下目前没有客户。", "There are no customers in your book."
	}
	return m
}

// askWhich answers a reference that fits several of the manager's
// customers ("张先生" with two 张): which one, with quick replies naming each
// by id in the same request.
func (tr *turn) askWhich(r ref) reply.Msg {
	norm := tr.norm()
	names := make([]string, 0, len(r.matches))
	m := reply.Msg{Intent: IntentUnknown}
	for _, c := range r.matches[:min(len(r.matches), 6)] {
		names = append(names, c.Name)
		action := strings.Replace(norm, r.text, " "+c.ID+" ", 1)
		m.Quick = append(m.Quick, reply.Choice{
			Zh: c.Name + "（" + c.ID + "）", En: displayName(reply.En, c.Name, c.NameEn) + " (" + c.ID + ")",
			ZhAction: strings.TrimSpace(action), EnAction: strings.TrimSpace(action),
		})
	}
	m.Zh = "你名下有 " + strconv.Itoa(len(r.matches)) + " 位客户对得上“" + r.text + "”：" + joinList(reply.Hans, names) + "。请问是哪一位？"
	m.En = strconv.Itoa(len(r.matches)) + " of your customers match \"" + r.text + "\": " + joinList(reply.En, names) + ". Which one do you mean?"
	return m
}

// askTemplate asks which draft to write.
func (tr *turn) askTemplate(c book.Customer) reply.Msg {
	m := reply.Msg{Intent: IntentDraft,
		Zh: "要给" + c.Name + "起草哪一种消息？还款提醒、LPR说明、困难关怀，还是续贷邀约？",
		En: "Which message for " + displayName(reply.En, c.Name, c.NameEn) + ": a repayment reminder, an LPR explanation, a hardship follow-up or a renewal offer?"}
	for _, k := range draftKinds {
		m.Quick = append(m.Quick, reply.Choice{Zh: k.zh, En: k.en, ZhAction: "给" + c.ID + "起草" + k.zh, EnAction: "draft a " + k.en + " for " + c.ID})
	}
	tr.st.Customer = c.ID
	return m
}

// customerList answers "我的客户": the book with each customer's tier;
// overdueOnly keeps those with overdue periods.
func (tr *turn) customerList(overdueOnly bool) (reply.Msg, error) {
	cs, err := tr.book()
	if err != nil {
		return reply.Msg{}, err
	}
	if overdueOnly {
		var keep []book.Customer
		for _, c := range cs {
			ls, err := tr.loans(c.ID)
			if err != nil {
				return reply.Msg{}, err
			}
			for _, l := range ls {
				if l.view.OverduePeriods > 0 {
					keep = append(keep, c)
					break
				}
			}
		}
		cs = keep
	}
	return tr.customerListOf(cs, overdueOnly)
}

// customerListOf lists the given customers with their tiers.
func (tr *turn) customerListOf(cs []book.Customer, overdue bool) (reply.Msg, error) {
	lc := CustomerListCard{Kind: KindCustomers, AsOf: tr.now.Format(time.DateOnly), Customers: []CustomerRow{}, Tiers: map[string]int{}}
	var zh, en strings.Builder
	for _, c := range cs {
		s, err := tr.standing(c)
		if err != nil {
			return reply.Msg{}, err
		}
		row := CustomerRow{CustomerID: c.ID, Name: c.Name, NameEn: c.NameEn, Tier: s.tier, TierReason: s.why,
			Loans: len(s.loans), Balance: s.basis.Balance, OverduePeriods: s.basis.OverduePeriods, OpenAlerts: len(s.openAlerts())}
		lc.Customers = append(lc.Customers, row)
		lc.Tiers[s.tier]++
		zh.WriteString("\n· " + c.Name + "（" + c.ID + "）" + s.tier + "类，余额 " + reply.Yuan(row.Balance))
		en.WriteString("\n· " + displayName(reply.En, c.Name, c.NameEn) + " (" + c.ID + ") tier " + s.tier + ", balance " + reply.CNY(row.Balance))
		if row.OverduePeriods > 0 {
			zh.WriteString("，逾期 " + strconv.Itoa(row.OverduePeriods) + " 期")
			en.WriteString(", " + strconv.Itoa(row.OverduePeriods) + " overdue")
		}
		if row.OpenAlerts > 0 {
			zh.WriteString("，未处理预警 " + strconv.Itoa(row.OpenAlerts) + " 条")
			en.WriteString(", " + plural(row.OpenAlerts, "open alert", "open alerts"))
		}
	}
	total := decimal.Zero
	for _, r := range lc.Customers {
		total = total.Add(r.Balance.Decimal)
	}
	scope, scopeEn := "", ""
	if len(cs) == len(tr.customers) {
		scope, scopeEn = "你名下", " in your book"
	}
	head := scope + "共 " + strconv.Itoa(len(cs)) + " 位客户，贷款余额合计 " + reply.Yuan(money.A(total)) + "："
	headEn := plural(len(cs), "customer", "customers") + scopeEn + ", " + reply.CNY(money.A(total)) + " outstanding:"
	if overdue {
		head = "你名下有逾期的客户共 " + strconv.Itoa(len(cs)) + " 位，贷款余额合计 " + reply.Yuan(money.A(total)) + "："
		headEn = plural(len(cs), "customer has", "customers have") + " overdue periods, " + reply.CNY(money.A(total)) + " outstanding:"
	}
	if len(cs) == 0 {
		head, headEn = "没有符合条件的客户。", "No customer matches."
	}
	var quick []reply.Choice
	for _, r := range lc.Customers[:min(len(lc.Customers), 4)] {
		quick = append(quick, reply.Choice{Zh: r.Name + "的简报", En: "Brief on " + displayName(reply.En, r.Name, r.NameEn), ZhAction: r.CustomerID + "的简报", EnAction: "brief on " + r.CustomerID})
	}
	return reply.Msg{Intent: IntentCustomers, Zh: head + zh.String(), En: headEn + en.String(), Cards: []dialog.Card{card(lc)}, Quick: quick}, nil
}

// nameLike reports a short message that reads like a bare name ("李四",
// "john smith"), so an unknown one gets "not found" rather than help.
func nameLike(norm string) bool {
	s := strings.TrimSpace(strings.TrimRight(norm, "?？。.!！ "))
	for _, suf := range []string{"的情况", "怎么样", "呢", "吗"} {
		s = strings.TrimSuffix(s, suf)
	}
	rs := []rune(s)
	if len(rs) >= 2 && len(rs) <= 4 && hasHan(s) {
		for _, r := range rs {
			if r < 0x4e00 || r > 0x9fff {
				return false
			}
		}
		return true
	}
	w := strings.Fields(s)
	if len(w) >= 1 && len(w) <= 3 && !hasHan(s) {
		return len(latinWords(s)) == len(w) && len(s) <= 30 && !cueHelp.in(s)
	}
	return false
}

// fillers are the words around a name in a request ("给我张伟的简报").
var (
	hanFillers   = []string{"给我", "帮我", "帮忙", "查一下", "查查", "查询", "一下", "请", "关于", "这位", "客户", "的", "给", "看下", "说说", "发", "一条", "一封", "一个", "条"}
	latinFillers = map[string]bool{"on": true, "the": true, "give": true, "me": true, "a": true, "an": true, "for": true, "of": true, "show": true,
		"please": true, "customer": true, "client": true, "my": true, "to": true, "send": true, "quick": true, "get": true, "i": true, "need": true, "want": true}
)

// residue is what a brief or draft request says besides its own words: the
// name asked about, when there is one ("张伟的简报" → "张伟").
func residue(norm string) string {
	s := norm
	lists := []cues{cueBrief, cueDraft}
	for _, k := range draftKinds {
		lists = append(lists, k.cues)
	}
	for _, l := range lists {
		for _, c := range l {
			c = strings.TrimSuffix(c, "*")
			for i := cueAt(s, c); i >= 0; i = cueAt(s, c) {
				end := i + len(c)
				for end < len(s) && isLetter(s[end]) {
					end++ // a prefix cue takes the rest of its word
				}
				s = s[:i] + " " + s[end:]
			}
		}
	}
	for _, f := range hanFillers {
		s = strings.ReplaceAll(s, f, " ")
	}
	var keep []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '，' || r == '?' || r == '？' || r == '.' || r == '。' || r == ':' || r == '：'
	}) {
		if !latinFillers[w] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// cueThanks are the social turns that need no data.
var cueThanks = cues{"谢谢", "多谢", "好的", "收到", "明白", "知道了", "再见", "thanks", "thank you", "ok", "okay", "got it", "bye"}

// Canned replies.

func help() reply.Msg {
	return reply.Msg{
		Intent: IntentHelp,
		Zh: "我可以帮你看名下客户：客户简报（如“张伟的情况”“尾号6688”）、LPR变动对全部浮动利率贷款的影响（如“如果LPR下降20个基点”）、" +
			"未来3个月到期的续贷、风险预警（“确认第1条”即可确认）、起草客户消息（还款提醒、LPR说明、困难关怀、续贷邀约），以及搜索联系记录（如“最近谁提到失业了”）。",
		En: "I can help with your book: a customer brief (\"Zhang Wei\", \"loan ending 6688\"), the LPR impact on every floating loan (\"if LPR falls 10bp\"), " +
			"renewals in the next 3 months, open risk alerts (\"ack 1\" acknowledges one), drafts for a customer (repayment reminder, LPR explanation, hardship follow-up, renewal offer), " +
			"and a search of the contact notes (\"who mentioned job loss\").",
		Quick: []reply.Choice{
			{Zh: "我的客户", En: "My customers"},
			{Zh: "LPR影响", En: "LPR impact"},
			{Zh: "未来3个月续贷", En: "Renewals in 3 months", ZhAction: "未来3个月到期的贷款", EnAction: "loans maturing in the next 3 months"},
			{Zh: "风险预警", En: "Open alerts"},
			{Zh: "谁提到失业", En: "Who mentioned job loss"},
		},
	}
}

func notFound() reply.Msg {
	return reply.Msg{
		Intent: IntentBrief,
		Zh:     "在你名下的客户中没有找到这位客户。可以用姓名、拼音、客户号（如 c-1001）或贷款尾号查询。",
		En:     "I can't find that customer in your book. Try a name, pinyin, a customer id (like c-1001) or a loan's last digits.",
		Quick:  []reply.Choice{{Zh: "我的客户", En: "My customers"}},
	}
}

func refusal() reply.Msg {
	return reply.Msg{
		Intent: IntentRefused,
		Zh:     "抱歉，客户经理助手只为客户经理提供服务。",
		En:     "Sorry, the manager copilot is for relationship managers only.",
	}
}

func unavailable() reply.Msg {
	return reply.Msg{
		Intent: IntentUnknown,
		Zh:     "抱歉，暂时读不到客户数据，请稍后再试。",
		En:     "Sorry, I can't read the customer data right now. Please try again shortly.",
	}
}
