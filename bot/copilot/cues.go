package copilot

import (
	"regexp"
	"strconv"
	"strings"
)

// cues is a list of words that signal a topic in normalised text
// (Simplified, lowercase). Han cues match anywhere; a cue starting or
// ending with an ASCII letter matches only at a word boundary there, and a
// trailing "*" makes it a prefix ("matur*" matches "maturing").
type cues []string

// at returns the position of the first cue in norm, or -1.
func (cs cues) at(norm string) int {
	best := -1
	for _, c := range cs {
		if i := cueAt(norm, c); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

func (cs cues) in(norm string) bool { return cs.at(norm) >= 0 }

func cueAt(norm, cue string) int {
	prefix := strings.HasSuffix(cue, "*")
	cue = strings.TrimSuffix(cue, "*")
	if cue == "" {
		return -1
	}
	for from := 0; from <= len(norm)-len(cue); {
		i := strings.Index(norm[from:], cue)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(cue)
		okStart := !isLetter(cue[0]) || i == 0 || !isLetter(norm[i-1])
		okEnd := prefix || !isLetter(cue[len(cue)-1]) || end == len(norm) || !isLetter(norm[end])
		if okStart && okEnd {
			return i
		}
		from = i + 1
	}
	return -1
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' }

// Topic cues, matched against nlu's normalised text.
var (
	cueDraft = cues{"起草", "草拟", "拟一", "拟个", "写一条", "写一封", "写一段", "写条", "写个", "写段", "帮我写", "写给", "编辑一条",
		"消息草稿", "草稿", "短信模板", "话术", "draft*", "write a", "write an", "write me", "compose", "prepare a message", "message for", "message to"}
	cueBrief = cues{"简报", "情况", "概况", "介绍", "资料", "档案", "画像", "怎么样", "拜访", "通话前", "打电话前", "跟我说说", "看看",
		"brief*", "profile", "overview", "tell me about", "about", "before my call", "before i call", "who is", "summary of", "background"}
	cueLPR = cues{"lpr", "利率调整", "利率变化", "利率变动", "降息", "加息", "重定价", "基点", "浮动利率", "reprice", "repricing",
		"rate cut", "rate cuts", "rate rise", "rate hike", "basis point*", "bp", "floating"}
	cueRenewal = cues{"续贷", "续期", "续作", "续约", "到期", "renewal*", "renew", "matur*", "expir*", "due to end"}
	cueAlerts  = cues{"预警", "告警", "警报", "风险", "待处理", "待办", "收件箱", "风险信号", "alert*", "risk*", "warning*", "inbox", "flagged", "red flag*"}
	cueList    = cues{"我的客户", "客户列表", "名下客户", "名下的客户", "所有客户", "全部客户", "客户分层", "客户分级", "客户等级", "分层", "分级", "逾期",
		"my customers", "my clients", "my book", "customer list", "client list", "all customers", "tiers", "tiering", "overdue"}
	cueHelp = cues{"你好", "您好", "帮助", "能做什么", "会什么", "怎么用", "功能", "hi", "hello", "hey", "help", "what can you do", "how do i"}
	// cueSearch asks who said something: a notes search.
	cueSearch = cues{"谁提到", "谁提过", "谁说过", "谁说", "谁讲", "谁反映", "谁提及", "哪些客户提到", "哪位客户提到", "哪个客户提到", "提到过", "提到了",
		"笔记", "联系记录", "小记", "搜索", "搜一下", "查找", "who mentioned", "who has mentioned", "who said", "who talked", "who spoke",
		"who told", "who brought up", "who raised", "mentioned", "notes", "search"}
	// cueMention ends the lead-in of a free-text notes search ("谁提到…").
	cueMention = []string{"谁提到过", "谁提到", "谁提过", "谁说过", "谁说", "谁提及", "提到过", "提到", "说过", "提及", "mentioned", "said", "talked about", "spoke about", "brought up", "raised", "search notes for", "search for", "search"}
)

// cnDigits reads the small Chinese numerals managers type (一…十二, 两).
var cnDigits = map[string]int{"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12,
	"十五": 15, "十八": 18, "二十": 20, "二十四": 24, "三十": 30, "三十六": 36}

// number reads "6", "六" or "十二".
func number(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n, ok := cnDigits[s]
	return n, ok
}

const cnNum = `\d+|[一两二三四五六七八九十]{1,3}`

// Renewal windows: "未来6个月", "半年内", "next 6 months", "within 90 days".
var (
	windowMonthsRe = regexp.MustCompile(`(` + cnNum + `)\s*个?月`)
	windowDaysRe   = regexp.MustCompile(`(` + cnNum + `)\s*(?:天|日)内?`)
	windowYearsRe  = regexp.MustCompile(`(` + cnNum + `)\s*年`)
	enMonthsRe     = regexp.MustCompile(`\b(\d+)\s*months?\b`)
	enDaysRe       = regexp.MustCompile(`\b(\d+)\s*days?\b`)
	enYearsRe      = regexp.MustCompile(`\b(\d+)\s*years?\b`)
)

// window is a renewal window: months or days ahead; zero: not said.
type window struct{ months, days int }

func (w window) zero() bool { return w.months == 0 && w.days == 0 }

// parseWindow reads the window a renewal question asks about.
func parseWindow(norm string) window {
	read := func(re *regexp.Regexp) int {
		if m := re.FindStringSubmatch(norm); m != nil {
			if n, ok := number(m[1]); ok && n > 0 && n <= 120 {
				return n
			}
		}
		return 0
	}
	switch {
	case strings.Contains(norm, "半年"), strings.Contains(norm, "half a year"), strings.Contains(norm, "half year"):
		return window{months: 6}
	case strings.Contains(norm, "下个季度"), strings.Contains(norm, "下季度"), strings.Contains(norm, "本季度"), strings.Contains(norm, "这个季度"),
		strings.Contains(norm, "一个季度"), strings.Contains(norm, "next quarter"), strings.Contains(norm, "this quarter"):
		return window{months: 3}
	case strings.Contains(norm, "明年"), strings.Contains(norm, "next year"), strings.Contains(norm, "一年内"):
		return window{months: 12}
	case strings.Contains(norm, "下个月"), strings.Contains(norm, "next month"):
		return window{months: 1}
	}
	if n := read(windowMonthsRe); n > 0 {
		return window{months: n}
	}
	if n := read(enMonthsRe); n > 0 {
		return window{months: n}
	}
	if n := read(windowDaysRe); n > 0 {
		return window{days: n}
	}
	if n := read(enDaysRe); n > 0 {
		return window{days: n}
	}
	if n := read(windowYearsRe); n > 0 && n <= 10 {
		return window{months: 12 * n}
	}
	if n := read(enYearsRe); n > 0 && n <= 10 {
		return window{months: 12 * n}
	}
	return window{}
}

// bpRe reads an LPR move the NLU did not (it fills lpr_change_bp only for
// its own lpr_impact intent): "降20个基点", "cut 25bp", "up 10 bp".
var (
	bpDownRe = regexp.MustCompile(`(?:下降|下调|降低|降|减少|调降|cut|cuts|fall|falls|drop|drops|down|lower|lowered|decrease|decreases)\s*(?:by\s*)?(` + cnNum + `)\s*(?:个基点|基点|bps?\b|basis points?)`)
	bpUpRe   = regexp.MustCompile(`(?:上升|上调|提高|升|涨|增加|调升|rise|rises|raise|raised|up|hike|hikes|increase|increases|goes up)\s*(?:by\s*)?(` + cnNum + `)\s*(?:个基点|基点|bps?\b|basis points?)`)
)

func parseBP(norm string) *int {
	for _, x := range []struct {
		re   *regexp.Regexp
		sign int
	}{{bpDownRe, -1}, {bpUpRe, 1}} {
		if m := x.re.FindStringSubmatch(norm); m != nil {
			if n, ok := number(m[1]); ok && n > 0 && n <= 500 {
				v := n * x.sign
				return &v
			}
		}
	}
	return nil
}

// Acknowledging an alert by conversation: "确认第1条", "ack 2", "acknowledge al-…".
var (
	ackIndexRe      = regexp.MustCompile(`^\s*(?:请)?(?:确认|确认处理|已处理|已联系|标记已处理|ack|acknowledge|acknowledged|mark)\s*(?:预警|告警|alert)?\s*(?:第|#|no\.?\s*|number\s*)?\s*(` + cnNum + `)\s*(?:条|个|项|号)?\s*(?:预警|告警)?\s*(?:as\s+(?:done|handled|read))?[.!。!]*\s*$`)
	ackIndexAfterRe = regexp.MustCompile(`^\s*第\s*(` + cnNum + `)\s*条\s*(?:预警|告警)?\s*(?:已)?(?:确认|处理|联系)(?:了)?\s*[.!。!]*\s*$`)
	ackIDRe         = regexp.MustCompile(`(?:确认|已处理|ack|acknowledge)\s*(?:预警|告警|alert)?\s*(al-[a-z0-9]+)`)
)

// ackRequest is what an acknowledgement names: a position in the last list, or an alert id.
type ackRequest struct {
	n  int
	id string
}

func parseAck(norm string) (ackRequest, bool) {
	if m := ackIDRe.FindStringSubmatch(norm); m != nil {
		return ackRequest{id: m[1]}, true
	}
	for _, re := range []*regexp.Regexp{ackIndexRe, ackIndexAfterRe} {
		if m := re.FindStringSubmatch(norm); m != nil {
			if n, ok := number(m[1]); ok && n > 0 {
				return ackRequest{n: n}, true
			}
		}
	}
	return ackRequest{}, false
}
