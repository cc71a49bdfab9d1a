package telegram

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/loandesk/loandesk/dialog"
)

// maxUnits is Telegram's limit on a message's text, in UTF-16 code units.
const maxUnits = 4096

// maxTableRows bounds a schedule's rows in chat, as PROTOCOL.md allows.
const maxTableRows = 12

// block is a run of text, shown in monospace when mono.
type block struct {
	text string
	mono bool
}

// outMsg is one sendMessage: plain text with pre entities, and optionally a keyboard.
type outMsg struct {
	text     string
	entities []models.MessageEntity
	keyboard *models.InlineKeyboardMarkup
}

// units is s's length as Telegram counts it.
func units(s string) int {
	n := 0
	for _, r := range s {
		n += max(utf16.RuneLen(r), 1) // an invalid rune is sent as U+FFFD
	}
	return n
}

// renderReply turns a reply frame into messages: its text (an agent's
// prefixed with the agent's name), its cards as monospace tables, split
// within Telegram's limit, the quick replies as a keyboard on the last one.
func renderReply(f dialog.Frame, lang string, keys *actionKeys) []outMsg {
	text := f.Text
	if f.From == "agent" {
		name := f.AgentName
		if name == "" {
			name = words(lang).agent
		}
		text = name + ": " + text
	}
	blocks := []block{{text: text}}
	for _, c := range f.Cards {
		blocks = append(blocks, renderCard(c, lang)...)
	}
	msgs := split(blocks, maxUnits)
	if len(f.QuickReplies) > 0 && len(msgs) > 0 && keys != nil {
		msgs[len(msgs)-1].keyboard = keyboard(f.QuickReplies, keys)
	}
	return msgs
}

// keyboard lays quick replies out two to a row (one when a label is long).
func keyboard(qs []dialog.QuickReply, keys *actionKeys) *models.InlineKeyboardMarkup {
	kb := &models.InlineKeyboardMarkup{}
	var row []models.InlineKeyboardButton
	for _, q := range qs {
		label := truncate(clean(q.Label), 40)
		if label == "" {
			label = truncate(clean(q.Action), 40)
		}
		if label == "" {
			continue
		}
		btn := models.InlineKeyboardButton{Text: label, CallbackData: keys.add(q.Action)}
		if utf8.RuneCountInString(label) > 14 {
			if len(row) > 0 {
				kb.InlineKeyboard = append(kb.InlineKeyboard, row)
				row = nil
			}
			kb.InlineKeyboard = append(kb.InlineKeyboard, []models.InlineKeyboardButton{btn})
			continue
		}
		row = append(row, btn)
		if len(row) == 2 {
			kb.InlineKeyboard = append(kb.InlineKeyboard, row)
			row = nil
		}
	}
	if len(row) > 0 {
		kb.InlineKeyboard = append(kb.InlineKeyboard, row)
	}
	if len(kb.InlineKeyboard) == 0 {
		return nil
	}
	return kb
}

// clean makes untrusted text safe to send: valid UTF-8, no NULs or other
// control characters but newlines and tabs.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// split packs blocks into messages of at most limit UTF-16 units, breaking on
// line boundaries (a line longer than the limit is cut between runes), with a
// pre entity over each monospace stretch. No message is empty.
func split(blocks []block, limit int) []outMsg {
	var (
		out       []outMsg
		cur       strings.Builder
		n         int // units in cur
		ents      []models.MessageEntity
		monoStart = -1
	)
	closeMono := func() {
		if monoStart >= 0 && n > monoStart {
			ents = append(ents, models.MessageEntity{Type: models.MessageEntityTypePre, Offset: monoStart, Length: n - monoStart})
		}
		monoStart = -1
	}
	flush := func() {
		closeMono()
		text := cur.String()
		// Trailing newlines are trimmed; no entity reaches past the text.
		trimmed := strings.TrimRight(text, "\n")
		tn := n - (len(text) - len(trimmed))
		for i := range ents {
			if end := ents[i].Offset + ents[i].Length; end > tn {
				ents[i].Length = tn - ents[i].Offset
			}
		}
		ents = slices.DeleteFunc(ents, func(e models.MessageEntity) bool { return e.Length <= 0 })
		if strings.TrimSpace(trimmed) != "" {
			out = append(out, outMsg{text: trimmed, entities: ents})
		}
		cur.Reset()
		n, ents = 0, nil
	}
	add := func(line string, mono bool) {
		// line has no newline; the newline before it is added here when needed.
		lu := units(line)
		sep := 0
		if n > 0 {
			sep = 1
		}
		if n+sep+lu > limit {
			flush()
			sep = 0
		}
		for lu > limit { // one line too long for any message
			head, rest := cutUnits(line, limit)
			if mono {
				monoStart = 0
			}
			cur.WriteString(head)
			n = units(head)
			lu -= n
			flush()
			line = rest
		}
		if !mono {
			closeMono()
		}
		if sep == 1 {
			cur.WriteByte('\n')
			n++
		}
		if mono && monoStart < 0 {
			monoStart = n
		}
		cur.WriteString(line)
		n += lu
	}
	for i, b := range blocks {
		text := strings.TrimRight(clean(b.text), "\n ")
		if strings.TrimSpace(text) == "" {
			continue
		}
		if i > 0 && n > 0 {
			closeMono()
			add("", false) // a blank line between blocks
		}
		for _, line := range strings.Split(text, "\n") {
			add(line, b.mono)
		}
		closeMono()
	}
	flush()
	return out
}

// cutUnits splits s after at most limit UTF-16 units, between runes.
func cutUnits(s string, limit int) (head, rest string) {
	n := 0
	for i, r := range s {
		ru := utf16.RuneLen(r)
		if ru < 0 {
			ru = 1
		}
		if n+ru > limit {
			return s[:i], s[i:]
		}
		n += ru
	}
	return s, ""
}

// Card field labels: zh-Hans, zh-Hant, en.
var labels = map[string][3]string{
	"method":                {"还款方式", "還款方式", "Method"},
	"principal":             {"本金", "本金", "Principal"},
	"annual_rate_pct":       {"年利率(%)", "年利率(%)", "Rate (%)"},
	"term_months":           {"期限(月)", "期限(月)", "Term (months)"},
	"first_payment":         {"首期月供", "首期月供", "First payment"},
	"last_payment":          {"末期月供", "末期月供", "Last payment"},
	"total_interest":        {"总利息", "總利息", "Total interest"},
	"total_payment":         {"还款总额", "還款總額", "Total paid"},
	"product":               {"产品", "產品", "Product"},
	"max_principal":         {"最高可贷", "最高可貸", "Up to"},
	"monthly_payment":       {"月供", "月供", "Monthly"},
	"binding_constraint":    {"限制因素", "限制因素", "Limited by"},
	"loan_id":               {"贷款编号", "貸款編號", "Loan"},
	"balance":               {"剩余本金", "剩餘本金", "Balance"},
	"prepay_amount":         {"提前还款", "提前還款", "Prepayment"},
	"current_payment":       {"当前月供", "當前月供", "Current payment"},
	"remaining_months":      {"剩余期数", "剩餘期數", "Months left"},
	"old_rate_pct":          {"原利率(%)", "原利率(%)", "Old rate (%)"},
	"new_rate_pct":          {"新利率(%)", "新利率(%)", "New rate (%)"},
	"old_payment":           {"原月供", "原月供", "Old payment"},
	"new_payment":           {"新月供", "新月供", "New payment"},
	"monthly_change":        {"月供变化", "月供變化", "Monthly change"},
	"total_interest_change": {"总利息变化", "總利息變化", "Interest change"},
	"repricing_date":        {"重定价日", "重定價日", "Repricing date"},
	"next_due_date":         {"下次还款日", "下次還款日", "Next due"},
	"overdue_periods":       {"逾期期数", "逾期期數", "Overdue periods"},
	"overdue_amount":        {"逾期金额", "逾期金額", "Overdue amount"},
	"period":                {"期", "期", "#"},
	"payment":               {"月供", "月供", "Payment"},
	"interest":              {"利息", "利息", "Interest"},
	"mode":                  {"方式", "方式", "Mode"},
	"interest_saved":        {"节省利息", "節省利息", "Interest saved"},
}

func label(key, lang string) string {
	l, ok := labels[key]
	if !ok {
		return key
	}
	switch lang {
	case "en":
		return l[2]
	case "zh-Hant":
		return l[1]
	}
	return l[0]
}

// cardFields lists, per kind, the scalar fields shown and the table under them.
var cardFields = map[string]struct {
	fields []string
	table  string
	cols   []string
}{
	"repayment_schedule": {[]string{"method", "principal", "annual_rate_pct", "term_months", "first_payment", "last_payment", "total_interest", "total_payment"},
		"rows", []string{"period", "payment", "principal", "interest", "balance"}},
	"quota_estimate": {[]string{"product", "max_principal", "monthly_payment", "term_months", "annual_rate_pct", "binding_constraint"}, "", nil},
	"prepayment_plan": {[]string{"loan_id", "balance", "prepay_amount", "current_payment"},
		"options", []string{"mode", "monthly_payment", "remaining_months", "interest_saved"}},
	"lpr_impact": {[]string{"loan_id", "balance", "remaining_months", "old_rate_pct", "new_rate_pct", "old_payment", "new_payment",
		"monthly_change", "total_interest_change", "repricing_date"}, "", nil},
	"loan_summary": {[]string{"loan_id", "product", "balance", "annual_rate_pct", "monthly_payment", "next_due_date",
		"remaining_months", "overdue_periods", "overdue_amount"}, "", nil},
}

// renderCard shows a card as a monospace table; an FAQ answer as its title
// and source; an unknown kind as its scalar fields.
func renderCard(c dialog.Card, lang string) []block {
	var obj map[string]json.RawMessage
	if json.Unmarshal(c, &obj) != nil || obj == nil {
		return nil
	}
	kind := scalar(obj["kind"])
	if kind == "faq_answer" {
		title, src := scalar(obj["title"]), scalar(obj["source"])
		if title == "" {
			return nil
		}
		if src != "" {
			title += " (" + src + ")"
		}
		return []block{{text: "📖 " + title}}
	}
	spec, known := cardFields[kind]
	fields := spec.fields
	if !known {
		for k := range obj {
			if k != "kind" && scalar(obj[k]) != "" {
				fields = append(fields, k)
			}
		}
		slices.Sort(fields)
	}
	var pairs [][2]string
	for _, k := range fields {
		if v := scalar(obj[k]); v != "" {
			pairs = append(pairs, [2]string{label(k, lang), v})
		}
	}
	var out []block
	if len(pairs) > 0 {
		out = append(out, block{text: table(nil, pairs), mono: true})
	}
	if spec.table != "" {
		var rows []map[string]json.RawMessage
		if json.Unmarshal(obj[spec.table], &rows) == nil && len(rows) > 0 {
			head := make([]string, len(spec.cols))
			for i, col := range spec.cols {
				head[i] = label(col, lang)
			}
			var body [][]string
			for i, r := range rows {
				if i == maxTableRows {
					break
				}
				line := make([]string, len(spec.cols))
				for j, col := range spec.cols {
					line[j] = scalar(r[col])
				}
				body = append(body, line)
			}
			t := grid(head, body)
			if len(rows) > maxTableRows {
				t += "\n" + fmt.Sprintf(words(lang).moreRows, len(rows)-maxTableRows)
			}
			out = append(out, block{text: t, mono: true})
		}
	}
	if d := scalar(obj["disclaimer"]); d != "" {
		out = append(out, block{text: d})
	}
	return out
}

// scalar renders a JSON string, number or bool; anything else is "".
func scalar(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case float64, bool:
		return strings.TrimSpace(string(raw))
	}
	return ""
}

// width is s's width in a monospace font: East Asian wide characters take two cells.
func width(s string) int {
	w := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x30FF) || (r >= 0xFF00 && r <= 0xFF60) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-width(s))) }

// table aligns label: value pairs.
func table(_ []string, pairs [][2]string) string {
	w := 0
	for _, p := range pairs {
		w = max(w, width(p[0]))
	}
	var b strings.Builder
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(pad(p[0], w) + "  " + p[1])
	}
	return b.String()
}

// grid aligns a header and rows in columns.
func grid(head []string, rows [][]string) string {
	ws := make([]int, len(head))
	for i, h := range head {
		ws[i] = width(h)
	}
	for _, r := range rows {
		for i, c := range r {
			ws[i] = max(ws[i], width(c))
		}
	}
	line := func(cells []string) string {
		parts := make([]string, len(cells))
		for i, c := range cells {
			parts[i] = pad(c, ws[i])
		}
		return strings.TrimRight(strings.Join(parts, " "), " ")
	}
	lines := []string{line(head)}
	for _, r := range rows {
		lines = append(lines, line(r))
	}
	return strings.Join(lines, "\n")
}

// handoffText tells the customer where a handoff stands; "" says nothing
// (a return to the bot comes with the bot's own reply).
func handoffText(f dialog.Frame, lang string) string {
	w := words(lang)
	switch f.HandoffStatus {
	case dialog.HandoffQueued:
		mins := max(1, (f.ETASeconds+59)/60)
		return fmt.Sprintf(w.queued, max(f.Position, 1), mins)
	case dialog.HandoffConnected:
		return fmt.Sprintf(w.connected, cmpOr(f.AgentName, w.agent))
	case dialog.HandoffCallback:
		return w.callback
	case dialog.HandoffStatusEnded:
		return w.handoffEnded
	}
	return ""
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
