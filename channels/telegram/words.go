package telegram

import (
	"strings"
	"unicode"
)

// phrases are the adapter's own sentences in one script; the assistant's
// replies come in the customer's script from the engine.
type phrases struct {
	welcome, bound, already, badCode, unbound, notBound string
	edited, textOnly, expired, sorry, tooLong           string
	queued, connected, callback, handoffEnded, agent    string
	moreRows                                            string
}

var (
	hans = phrases{
		welcome:      "您好！我是贷款助手，可以试算额度和月供、解答常见问题。\n查询本人贷款请先绑定账户：打开手机银行 → Telegram → 获取绑定码，然后发送 /start 绑定码。解除绑定请发送 /unbind。",
		bound:        "绑定成功！现在可以查询您本人的贷款了，例如“我的贷款还有几期”。发送 /unbind 可随时解除绑定。",
		already:      "此聊天已绑定您的账户。发送 /unbind 可解除绑定。",
		badCode:      "绑定码无效或已过期（有效期 10 分钟，只能使用一次）。请在手机银行 → Telegram 重新获取，然后发送 /start 绑定码。",
		unbound:      "已解除绑定，当前对话已结束。如需再次查询本人贷款，请重新获取绑定码。",
		notBound:     "此聊天尚未绑定账户。",
		edited:       "抱歉，我不会读取修改后的消息，请直接发送一条新消息。",
		textOnly:     "抱歉，我目前只能阅读文字消息，请用文字描述您的问题。",
		expired:      "这个按钮已失效，请直接输入您的问题。",
		sorry:        "抱歉，系统暂时出了点问题，请稍后再试。",
		tooLong:      "消息太长了，请精简到 2000 字以内再发送。",
		queued:       "正在为您转接人工客服：当前排第 %d 位，预计等待约 %d 分钟。",
		connected:    "人工客服 %s 已接入，请直接在这里留言。",
		callback:     "已为您登记回电，客服会按您选择的时间联系您。",
		handoffEnded: "人工服务已结束，感谢您的耐心。",
		agent:        "客服",
		moreRows:     "……另有 %d 期，完整计划请在手机银行查看",
	}
	hant = phrases{
		welcome:      "您好！我是貸款助手，可以試算額度和月供、解答常見問題。\n查詢本人貸款請先綁定帳戶：打開手機銀行 → Telegram → 取得綁定碼，然後發送 /start 綁定碼。解除綁定請發送 /unbind。",
		bound:        "綁定成功！現在可以查詢您本人的貸款了，例如「我的貸款還有幾期」。發送 /unbind 可隨時解除綁定。",
		already:      "此聊天已綁定您的帳戶。發送 /unbind 可解除綁定。",
		badCode:      "綁定碼無效或已過期（有效期 10 分鐘，只能使用一次）。請在手機銀行 → Telegram 重新取得，然後發送 /start 綁定碼。",
		unbound:      "已解除綁定，目前對話已結束。如需再次查詢本人貸款，請重新取得綁定碼。",
		notBound:     "此聊天尚未綁定帳戶。",
		edited:       "抱歉，我不會讀取修改後的訊息，請直接發送一則新訊息。",
		textOnly:     "抱歉，我目前只能閱讀文字訊息，請用文字描述您的問題。",
		expired:      "這個按鈕已失效，請直接輸入您的問題。",
		sorry:        "抱歉，系統暫時出了點問題，請稍後再試。",
		tooLong:      "訊息太長了，請精簡到 2000 字以內再發送。",
		queued:       "正在為您轉接真人客服：目前排第 %d 位，預計等待約 %d 分鐘。",
		connected:    "真人客服 %s 已接入，請直接在這裡留言。",
		callback:     "已為您登記回電，客服會按您選擇的時間聯絡您。",
		handoffEnded: "真人服務已結束，感謝您的耐心。",
		agent:        "客服",
		moreRows:     "……另有 %d 期，完整計劃請在手機銀行查看",
	}
	en = phrases{
		welcome:      "Hello! I'm the loan assistant: I can estimate how much you could borrow and your repayments, and answer general questions.\nTo ask about your own loan, link your account first: open the mobile bank → Telegram → get a code, then send /start CODE. Send /unbind to unlink.",
		bound:        "Linked! You can now ask about your own loan, for example \"how many payments are left on my loan\". Send /unbind to unlink at any time.",
		already:      "This chat is linked to your account. Send /unbind to unlink it.",
		badCode:      "That code is not valid or has expired (codes last 10 minutes and work once). Get a new one in the mobile bank → Telegram, then send /start CODE.",
		unbound:      "Unlinked, and this conversation has ended. Get a new code to ask about your own loan again.",
		notBound:     "This chat is not linked to an account.",
		edited:       "Sorry, I don't read edited messages. Please send a new message instead.",
		textOnly:     "Sorry, I can only read text messages for now. Please type your question.",
		expired:      "This button has expired; please type your question.",
		sorry:        "Sorry, something went wrong on our side. Please try again shortly.",
		tooLong:      "That message is too long; please keep it under 2000 characters.",
		queued:       "Connecting you to a person: you are number %d in the queue, about %d min.",
		connected:    "%s from our service team has joined; write here.",
		callback:     "Your callback is booked; we will call you at the time you chose.",
		handoffEnded: "The agent has closed the conversation. Thank you for your patience.",
		agent:        "Agent",
		moreRows:     "… %d more periods; the full schedule is in the mobile bank",
	}
)

func words(lang string) phrases {
	switch lang {
	case "en":
		return en
	case "zh-Hant":
		return hant
	}
	return hans
}

// traditionalOnly are common characters written only in Traditional Chinese.
const traditionalOnly = "貸還們這個會麼嗎說請謝號碼轉綁幫麼計劃時間額錢銀幾剩餘與為來對聯絡訊機帳戶期數後"

// simplifiedOnly are their Simplified counterparts.
const simplifiedOnly = "贷还们这个会么吗说请谢号码转绑帮么计划时间额钱银几剩余与为来对联络讯机账户期数后"

// detectLang guesses the script of text, falling back to the Telegram
// client's language code; "" when neither tells.
func detectLang(text, code string) string {
	han, latin, trad, simp := 0, 0, 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			if strings.ContainsRune(traditionalOnly, r) && !strings.ContainsRune(simplifiedOnly, r) {
				trad++
			}
			if strings.ContainsRune(simplifiedOnly, r) && !strings.ContainsRune(traditionalOnly, r) {
				simp++
			}
		case r < 128 && unicode.IsLetter(r):
			latin++
		}
	}
	code = strings.ToLower(code)
	switch {
	case han > 0 && trad > simp:
		return "zh-Hant"
	case han > 0 && simp > trad:
		return "zh-Hans"
	case han > 0:
		if strings.Contains(code, "hant") || strings.HasPrefix(code, "zh-tw") || strings.HasPrefix(code, "zh-hk") {
			return "zh-Hant"
		}
		return "zh-Hans"
	case latin > 0 && !strings.HasPrefix(strings.TrimSpace(text), "/"):
		return "en"
	case strings.HasPrefix(code, "en"):
		return "en"
	case strings.Contains(code, "hant"), strings.HasPrefix(code, "zh-tw"), strings.HasPrefix(code, "zh-hk"):
		return "zh-Hant"
	case strings.HasPrefix(code, "zh"):
		return "zh-Hans"
	}
	return ""
}
