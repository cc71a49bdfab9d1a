package copilot

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/loandesk/loandesk/bot/reply"
	"github.com/loandesk/loandesk/dialog"
	"github.com/loandesk/loandesk/knowledge/book"
)

// alertsShown bounds an alert list in chat (the inbox on the page lists all).
const alertsShown = 20

// alertList answers "有哪些风险预警": the open alerts of the book (or of the
// customers named), oldest first, each judged against the 24-hour rule. The
// list's ids are kept in the state, so "确认第2条" acknowledges the second.
func (tr *turn) alertList(only []book.Customer) (reply.Msg, error) {
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
	as, err := tr.c.d.Records.Alerts(tr.ctx, dialog.AlertQuery{CustomerIDs: ids, Status: dialog.AlertOpen})
	if err != nil {
		return reply.Msg{}, fmt.Errorf("open alerts: %w", err)
	}
	slices.Reverse(as) // the store lists newest first
	if len(as) > alertsShown {
		as = as[:alertsShown]
	}
	ac := AlertListCard{Kind: KindAlerts, AsOf: tr.now.UTC(), Status: dialog.AlertOpen, DueHours: int(dialog.AlertDue.Hours()), Alerts: []AlertRow{}}
	if len(only) == 1 {
		ac.CustomerID = only[0].ID
		tr.st.Customer = only[0].ID
	}
	tr.st.Alerts = tr.st.Alerts[:0]
	for i, a := range as {
		row := alertRow(a, byID[a.CustomerID], tr.now)
		row.N = i + 1
		ac.Alerts = append(ac.Alerts, row)
		tr.st.Alerts = append(tr.st.Alerts, a.ID)
		ac.OpenCount++
		if row.Overdue {
			ac.OverdueCount++
		}
	}
	zh, en := tr.alertLines(ac)
	var quick []reply.Choice
	if len(only) == 1 {
		id := only[0].ID
		quick = append(quick, reply.Choice{Zh: only[0].Name + "的简报", En: "Brief on " + tr.enName(id), ZhAction: id + "的简报", EnAction: "brief on " + id})
	}
	if len(ac.Alerts) > 0 {
		quick = append(quick, reply.Choice{Zh: "确认第1条", En: "Acknowledge #1", ZhAction: "确认第1条", EnAction: "ack 1"})
	}
	return reply.Msg{Intent: IntentAlerts, Zh: zh, En: en, Cards: []dialog.Card{card(ac)}, Quick: quick}, nil
}

// alertLines writes an alert list in both languages.
func (tr *turn) alertLines(ac AlertListCard) (zh, en string) {
	var z, e strings.Builder
	if ac.OpenCount == 0 {
		z.WriteString("目前没有未处理的预警。")
		e.WriteString("No open alerts.")
	} else {
		z.WriteString("未处理预警 " + strconv.Itoa(ac.OpenCount) + " 条（按时间从早到晚）")
		e.WriteString(plural(ac.OpenCount, "open alert", "open alerts") + ", oldest first")
		if ac.OverdueCount > 0 {
			z.WriteString("，其中 " + strconv.Itoa(ac.OverdueCount) + " 条已超过24小时联系时限")
			e.WriteString("; " + strconv.Itoa(ac.OverdueCount) + " past the 24-hour contact deadline")
		}
		z.WriteString("：")
		e.WriteString(":")
	}
	for _, r := range ac.Alerts {
		if r.Status != dialog.AlertOpen {
			z.WriteString("\n" + strconv.Itoa(r.N) + ". " + r.CustomerName + " · " + flagName(reply.Hans, r.Code) + " — 已确认")
			e.WriteString("\n" + strconv.Itoa(r.N) + ". " + tr.enName(r.CustomerID) + " · " + flagName(reply.En, r.Code) + " — acknowledged")
			continue
		}
		z.WriteString("\n" + strconv.Itoa(r.N) + ". " + r.CustomerName + " · " + flagName(reply.Hans, r.Code) + "「" + r.Evidence + "」，" + when(r.CreatedAt) + " 提出，")
		e.WriteString("\n" + strconv.Itoa(r.N) + ". " + tr.enName(r.CustomerID) + " · " + flagName(reply.En, r.Code) + " \"" + r.Evidence + "\", raised " + when(r.CreatedAt) + ", ")
		if r.Overdue {
			z.WriteString("已超时 " + strconv.Itoa(r.OverdueHours) + " 小时")
			e.WriteString(strconv.Itoa(r.OverdueHours) + "h overdue")
		} else {
			z.WriteString(when(r.DueAt) + " 前联系（还剩 " + strconv.Itoa(r.HoursLeft) + " 小时）")
			e.WriteString("contact by " + when(r.DueAt) + " (" + strconv.Itoa(r.HoursLeft) + "h left)")
		}
	}
	if ac.OpenCount > 0 {
		z.WriteString("\n回复“确认第N条”即可确认。（时间为北京时间）")
		e.WriteString("\nReply \"ack N\" to acknowledge one. (Times are Beijing time.)")
	}
	return z.String(), e.String()
}

// ack acknowledges an alert named by its number in the last list or by its
// id. Only alerts of the manager's own customers can be acknowledged; any
// other id is "not found", like an unknown one.
func (tr *turn) ack(req ackRequest) (reply.Msg, error) {
	id := req.id
	if id == "" {
		if req.n > len(tr.st.Alerts) {
			return reply.Msg{
				Intent: IntentAck,
				Zh:     "没有找到第 " + strconv.Itoa(req.n) + " 条预警。请先查看预警列表，再按编号确认。",
				En:     "There is no alert #" + strconv.Itoa(req.n) + ". Ask for the alert list first, then acknowledge by number.",
				Quick:  []reply.Choice{{Zh: "风险预警", En: "Open alerts", ZhAction: "风险预警", EnAction: "open alerts"}},
			}, nil
		}
		id = tr.st.Alerts[req.n-1]
	}
	cs, err := tr.book()
	if err != nil {
		return reply.Msg{}, err
	}
	ids, _ := tr.customerIDs()
	found, err := tr.c.d.Records.Alerts(tr.ctx, dialog.AlertQuery{IDs: []string{id}, CustomerIDs: ids})
	if err != nil {
		return reply.Msg{}, fmt.Errorf("look up alert %s: %w", id, err)
	}
	if len(found) == 0 {
		return reply.Msg{Intent: IntentAck, Zh: "在你名下客户的预警中没有找到这一条。", En: "I can't find that alert among your customers'."}, nil
	}
	before := found[0]
	a, err := tr.c.d.Records.AcknowledgeAlert(tr.ctx, id, tr.me, tr.now)
	if errors.Is(err, dialog.ErrNotFound) {
		return reply.Msg{Intent: IntentAck, Zh: "在你名下客户的预警中没有找到这一条。", En: "I can't find that alert among your customers'."}, nil
	}
	if err != nil {
		return reply.Msg{}, fmt.Errorf("acknowledge alert %s: %w", id, err)
	}
	byID := map[string]book.Customer{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	what := func(lang string) string {
		return displayName(lang, byID[a.CustomerID].Name, byID[a.CustomerID].NameEn) + " · " + flagName(lang, a.Code)
	}

	// The list as shown, with its numbers, read again for the statuses.
	ac := AlertListCard{Kind: KindAlerts, AsOf: tr.now.UTC(), DueHours: int(dialog.AlertDue.Hours()), Alerts: []AlertRow{}}
	listed := slices.Clone(tr.st.Alerts)
	if !slices.Contains(listed, id) {
		listed = []string{id}
	}
	cur, err := tr.c.d.Records.Alerts(tr.ctx, dialog.AlertQuery{IDs: listed, CustomerIDs: ids})
	if err != nil {
		return reply.Msg{}, fmt.Errorf("reread alerts: %w", err)
	}
	byAlert := map[string]dialog.Alert{}
	for _, x := range cur {
		byAlert[x.ID] = x
	}
	for i, aid := range listed {
		x, ok := byAlert[aid]
		if !ok {
			continue
		}
		row := alertRow(x, byID[x.CustomerID], tr.now)
		row.N = i + 1
		if len(tr.st.Alerts) == 0 {
			row.N = 0
		}
		ac.Alerts = append(ac.Alerts, row)
		if x.Status == dialog.AlertOpen {
			ac.OpenCount++
			if row.Overdue {
				ac.OverdueCount++
			}
		}
	}
	tr.st.Customer = a.CustomerID

	var zh, en string
	if before.Status == dialog.AlertAcknowledged {
		zh = "这条预警（" + what(reply.Hans) + "）已在 " + when(a.AckedAt) + " 由 " + a.AckedBy + " 确认过了。"
		en = "That alert (" + what(reply.En) + ") was already acknowledged by " + a.AckedBy + " at " + when(a.AckedAt) + "."
	} else {
		late := ""
		lateEn := ""
		if tr.now.After(a.DueAt) {
			late = "（已超过24小时联系时限 " + strconv.Itoa(hours(tr.now.Sub(a.DueAt))) + " 小时）"
			lateEn = " (" + strconv.Itoa(hours(tr.now.Sub(a.DueAt))) + "h past the 24-hour deadline)"
		}
		zh = "已确认：" + what(reply.Hans) + late + "。"
		en = "Acknowledged: " + what(reply.En) + lateEn + "."
	}
	zh += "列表中还有 " + strconv.Itoa(ac.OpenCount) + " 条未处理。"
	en += " " + strconv.Itoa(ac.OpenCount) + " still open in the list."
	return reply.Msg{Intent: IntentAck, Zh: zh, En: en, Cards: []dialog.Card{card(ac)}, Quick: []reply.Choice{
		{Zh: "起草困难关怀", En: "Draft a hardship follow-up", ZhAction: "给" + a.CustomerID + "起草困难关怀", EnAction: "draft a hardship follow-up for " + a.CustomerID},
		{Zh: "风险预警", En: "Open alerts", ZhAction: "风险预警", EnAction: "open alerts"},
	}}, nil
}
