package reply

import (
	"reflect"
	"testing"

	"github.com/loandesk/loandesk/dialog"
)

func writer(t *testing.T) *Writer {
	t.Helper()
	w, err := NewWriter()
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestScript(t *testing.T) {
	w := writer(t)
	for _, tc := range []struct{ lang, in, want string }{
		{Hant, "还款计划", "還款計劃"},
		{Hant, "转人工", "轉人工"},
		{Hant, "20年", "20年"},
		{Hant, "", ""},
		{Hans, "还款计划", "还款计划"},
		{En, "还款计划", "还款计划"},
	} {
		if got := w.Script(tc.lang, tc.in); got != tc.want {
			t.Errorf("Script(%s, %q) = %q, want %q", tc.lang, tc.in, got, tc.want)
		}
	}
}

func TestRender(t *testing.T) {
	w := writer(t)
	card := dialog.Card(`{"kind":"schedule"}`)
	m := Msg{
		Intent: "greeting",
		Zh:     "您好！请问有什么可以帮您？",
		En:     "Hello! How can I help?",
		Cards:  []dialog.Card{card},
		Quick: []Choice{
			{Zh: "额度试算", En: "How much can I borrow?"},
			{Zh: "全部还清", En: "Pay it all off", ZhAction: "一次性全部还清", EnAction: "pay off the whole loan"},
		},
	}
	for _, tc := range []struct {
		lang string
		want dialog.Reply
	}{
		{Hans, dialog.Reply{Intent: "greeting", Text: "您好！请问有什么可以帮您？", Cards: []dialog.Card{card}, QuickReplies: []dialog.QuickReply{
			{Label: "额度试算", Action: "额度试算"},
			{Label: "全部还清", Action: "一次性全部还清"},
		}}},
		{Hant, dialog.Reply{Intent: "greeting", Text: "您好！請問有什麼可以幫您？", Cards: []dialog.Card{card}, QuickReplies: []dialog.QuickReply{
			{Label: "額度試算", Action: "額度試算"},
			{Label: "全部還清", Action: "一次性全部還清"},
		}}},
		{En, dialog.Reply{Intent: "greeting", Text: "Hello! How can I help?", Cards: []dialog.Card{card}, QuickReplies: []dialog.QuickReply{
			{Label: "How much can I borrow?", Action: "How much can I borrow?"},
			{Label: "Pay it all off", Action: "pay off the whole loan"},
		}}},
	} {
		if got := w.Render(tc.lang, m); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Render(%s):\n got %+v\nwant %+v", tc.lang, got, tc.want)
		}
	}
	if got := w.Render(Hans, Msg{Zh: "好"}); got.QuickReplies != nil {
		t.Errorf("Render without quick replies: %+v, want none", got.QuickReplies)
	}
}
