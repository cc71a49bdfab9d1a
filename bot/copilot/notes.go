package copilot

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// flagWords are the words a manager uses for each risk flag (PROTOCOL.md's
// codes) when searching notes: "谁提到失业了", "who mentioned job loss".
var flagWords = []struct {
	code  string
	words cues
}{
	{"job_loss", cues{"失业", "裁员", "被裁", "丢了工作", "丢工作", "没工作", "没了工作", "公司关门", "下岗", "job loss", "lost job", "lost a job", "lost their job", "lost his job", "lost her job", "lost my job", "unemploy*", "laid off", "layoff*", "redundan*"}},
	{"income_drop", cues{"降薪", "减薪", "收入减少", "收入下降", "收入大幅减少", "收入降", "工资降", "income drop", "pay cut", "salary cut", "income fell", "lower income", "reduced income", "less income"}},
	{"illness", cues{"生病", "住院", "手术", "重病", "疾病", "病了", "illness", "ill", "sick", "hospital*", "surgery"}},
	{"business_distress", cues{"停产", "订单大减", "订单减少", "资金链", "应收账款", "经营困难", "生意不好", "倒闭", "business distress", "business trouble", "cash flow", "orders fell", "went bust"}},
	{"repayment_difficulty", cues{"还不上", "还不起", "没钱还", "还款困难", "手头紧", "只能还一部分", "can't pay", "cannot pay", "can not pay", "unable to pay", "repayment difficult*", "struggling to pay", "behind on payments"}},
	{"intent_to_default", cues{"不想还", "不还了", "违约", "赖账", "intent to default", "won't pay", "refuse to pay", "default*"}},
	{"multi_debt", cues{"网贷", "多头", "拆东墙", "以贷养贷", "好几个贷款", "multiple debts", "multi debt", "multi-debt", "several loans", "payday loan*"}},
	{"complaint_escalation", cues{"投诉", "12378", "监管", "曝光", "complaint*", "complain*", "regulator"}},
	{"legal_threat", cues{"律师", "起诉", "法院", "打官司", "lawyer*", "sue", "suing", "legal", "court"}},
	{"fraud_risk", cues{"诈骗", "欺诈", "骗子", "安全账户", "验证码", "fraud", "scam*"}},
	{"contact_change", cues{"换号", "搬家", "换手机", "新号码", "联系方式", "contact change", "new number", "changed number", "moved house", "new address"}},
	{"collateral_issue", cues{"查封", "抵押物", "抵押房", "处置", "collateral", "seized", "foreclos*"}},
	{"self_harm", cues{"轻生", "自杀", "不想活", "自伤", "self-harm", "self harm", "suicid*"}},
}

// searchedFlags are the flag codes whose words the message uses.
func searchedFlags(norm string) []string {
	var out []string
	for _, f := range flagWords {
		if f.words.in(norm) {
			out = append(out, f.code)
		}
	}
	return out
}

// sinceRe: "最近30天", "近7天", "过去 14 天", "last 30 days".
var sinceRe = regexp.MustCompile(`(?:最近|近|过去)\s*(` + cnNum + `)\s*(?:天|日)|(?:last|past)\s+(\d+)\s+days?`)

// phraseOf is the free text searched for when no flag word is used: what
// follows "提到" / "mentioned".
func phraseOf(norm string) string {
	for _, c := range cueMention {
		if i := strings.Index(norm, c); i >= 0 {
			p := strings.TrimSpace(norm[i+len(c):])
			p = strings.TrimLeft(p, "过了 ")
			p = strings.TrimRight(p, "了吗呢吧?？。!！., ")
			if p != "" && len([]rune(p)) <= 40 {
				return p
			}
		}
	}
	return ""
}

// searchNotes answers "最近谁提到失业了": the contact notes of the manager's
// customers that carry the flag (or whose summary or evidence holds the
// phrase), newest first, with the alerts of conversations that have no note
// yet (a customer still talking). Only the manager's own customers' notes
// are read; the manager's own copilot conversations are not contact notes
// and are never among them.
func (tr *turn) searchNotes(only []book.Customer) (reply.Msg, error) {
	norm := tr.norm()
	codes := searchedFlags(norm)
	phrase := ""
	if len(codes) == 0 {
		if phrase = phraseOf(norm); phrase == "" {
			return reply.Msg{Intent: IntentNotes,
				Zh:    "要搜索什么？例如“最近谁提到失业了”“谁提到投诉”。",
				En:    "What should I look for? For example \"who mentioned job loss\" or \"who mentioned a complaint\".",
				Quick: []reply.Choice{{Zh: "谁提到失业", En: "Who mentioned job loss"}, {Zh: "谁提到还款困难", En: "Who mentioned repayment difficulty"}},
			}, nil
		}
	}
	cs := only
	var err error
	if len(cs) == 0 {
		if cs, err = tr.book(); err != nil {
			return reply.Msg{}, err
		}
	}
	byID := map[string]book.Customer{}
	ids := make([]string, 0, len(cs))
	for _, c := range cs {
		byID[c.ID] = c
		ids = append(ids, c.ID)
	}
	nc := NoteSearchCard{Kind: KindNotes, Flags: codes, Matches: []NoteMatch{}, Customers: []string{}}
	var since time.Time
	if m := sinceRe.FindStringSubmatch(norm); m != nil {
		if n, ok := number(cmp.Or(m[1], m[2])); ok && n > 0 && n <= 3650 {
			nc.SinceDays = n
			since = tr.now.AddDate(0, 0, -n)
		}
	}
	if phrase != "" {
		nc.Query = phrase
	} else {
		names := make([]string, 0, len(codes))
		for _, c := range codes {
			names = append(names, flagName(tr.lang, c))
		}
		nc.Query = joinList(tr.lang, names)
	}

	var notes []dialog.Note
	if len(ids) > 0 {
		if phrase != "" {
			all, err := tr.c.d.Records.Notes(tr.ctx, dialog.NoteQuery{CustomerIDs: ids, Since: since, Limit: 500})
			if err != nil {
				return reply.Msg{}, fmt.Errorf("search notes: %w", err)
			}
			needle := tr.c.norm(phrase)
			for _, n := range all {
				hay := []string{n.Summary}
				for _, f := range n.Flags {
					hay = append(hay, f.Evidence)
				}
				if strings.Contains(tr.c.norm(strings.Join(hay, "\n")), needle) {
					notes = append(notes, n)
				}
			}
		} else {
			seen := map[string]bool{}
			for _, code := range codes {
				ns, err := tr.c.d.Records.Notes(tr.ctx, dialog.NoteQuery{CustomerIDs: ids, Flag: code, Since: since, Limit: 100})
				if err != nil {
					return reply.Msg{}, fmt.Errorf("search notes for %s: %w", code, err)
				}
				for _, n := range ns {
					if !seen[n.ID] {
						seen[n.ID] = true
						notes = append(notes, n)
					}
				}
			}
		}
	}
	for _, n := range notes {
		c, ok := byID[n.CustomerID]
		if !ok {
			continue // not the manager's customer (a store that ignored the filter)
		}
		m := NoteMatch{Source: "note", NoteID: n.ID, ConversationID: n.ConversationID, CustomerID: c.ID, CustomerName: c.Name,
			At: n.EndedAt.UTC(), Channel: n.Channel, Summary: n.Summary, Flags: []FlagRow{}}
		for _, f := range n.Flags {
			if len(codes) == 0 || slices.Contains(codes, f.Code) {
				m.Flags = append(m.Flags, FlagRow{Code: f.Code, Severity: f.Severity, Evidence: f.Evidence, At: m.At,
					ConversationID: n.ConversationID, NoteID: n.ID, Source: "note"})
			}
		}
		nc.Matches = append(nc.Matches, m)
	}
	// A conversation still going has no note, but its alerts carry the flag.
	if len(codes) > 0 && len(ids) > 0 {
		as, err := tr.c.d.Records.Alerts(tr.ctx, dialog.AlertQuery{CustomerIDs: ids, Since: since})
		if err != nil {
			return reply.Msg{}, fmt.Errorf("search alerts: %w", err)
		}
		byConv := map[string]int{}
		for _, a := range as {
			c, ok := byID[a.CustomerID]
			if a.NoteID != "" || !ok || !slices.Contains(codes, a.Code) {
				continue
			}
			f := FlagRow{Code: a.Code, Severity: a.Severity, Evidence: a.Evidence, At: a.CreatedAt.UTC(), ConversationID: a.ConversationID, Source: "alert"}
			if i, ok := byConv[a.ConversationID]; ok {
				nc.Matches[i].Flags = append(nc.Matches[i].Flags, f)
				continue
			}
			byConv[a.ConversationID] = len(nc.Matches)
			nc.Matches = append(nc.Matches, NoteMatch{Source: "alert", AlertID: a.ID, ConversationID: a.ConversationID,
				CustomerID: c.ID, CustomerName: c.Name, At: a.CreatedAt.UTC(), Flags: []FlagRow{f}})
		}
	}
	slices.SortStableFunc(nc.Matches, func(a, b NoteMatch) int { return b.At.Compare(a.At) })
	if len(nc.Matches) > 20 {
		nc.Matches = nc.Matches[:20]
	}
	for _, m := range nc.Matches {
		if !slices.Contains(nc.Customers, m.CustomerName) {
			nc.Customers = append(nc.Customers, m.CustomerName)
		}
	}

	var zh, en strings.Builder
	if len(nc.Matches) == 0 {
		zh.WriteString("在你名下客户的联系记录里，没有找到提到“" + nc.Query + "”的内容。")
		en.WriteString("No contact note of your customers mentions \"" + nc.Query + "\".")
	} else {
		zh.WriteString("提到“" + nc.Query + "”的客户有 " + strconv.Itoa(len(nc.Customers)) + " 位：" + joinList(reply.Hans, nc.Customers) + "。")
		en.WriteString(plural(len(nc.Customers), "customer", "customers") + " mentioned \"" + nc.Query + "\": " + joinList(reply.En, tr.enNames(nc.Matches)) + ".")
		for _, m := range nc.Matches[:min(len(nc.Matches), 5)] {
			words := ""
			for _, f := range m.Flags {
				if f.Evidence != "" {
					words = f.Evidence
					break
				}
			}
			src, srcEn := "联系记录", "note"
			if m.Source == "alert" {
				src, srcEn = "对话进行中，预警", "conversation still open, alert"
			}
			zh.WriteString("\n· " + m.CustomerName + "，" + when(m.At) + "（" + src + "）")
			en.WriteString("\n· " + tr.enName(m.CustomerID) + ", " + when(m.At) + " (" + srcEn + ")")
			if words != "" {
				zh.WriteString("：「" + words + "」")
				en.WriteString(": \"" + words + "\"")
			} else if m.Summary != "" {
				zh.WriteString("：" + m.Summary)
				en.WriteString(": " + m.Summary)
			}
		}
	}
	var quick []reply.Choice
	if len(nc.Matches) > 0 {
		id := nc.Matches[0].CustomerID
		quick = []reply.Choice{
			{Zh: "看" + nc.Matches[0].CustomerName + "的简报", En: "Brief on " + tr.enName(id), ZhAction: id + "的简报", EnAction: "brief on " + id},
			{Zh: "起草困难关怀", En: "Draft a hardship follow-up", ZhAction: "给" + id + "起草困难关怀", EnAction: "draft a hardship follow-up for " + id},
		}
	}
	return reply.Msg{Intent: IntentNotes, Zh: zh.String(), En: en.String(), Cards: []dialog.Card{card(nc)}, Quick: quick}, nil
}

// enNames are the matches' customers for English text, in order, once each.
func (tr *turn) enNames(ms []NoteMatch) []string {
	var out []string
	for _, m := range ms {
		if n := tr.enName(m.CustomerID); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}
