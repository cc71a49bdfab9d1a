package kb

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	entries := Defaults()
	for text, want := range map[string]string{
		"提前还款有没有违约金？":                                   "prepay-fee",
		"提前还款需要提前多久预约":                                  "prepay-appointment",
		"逾期一天会上征信吗":                                     "overdue-credit",
		"逾期超过90天会怎样":                                    "overdue-90",
		"LPR是什么意思":                                      "lpr",
		"重定价日是什么":                                       "repricing-date",
		"申请贷款要准备哪些材料":                                   "documents",
		"What documents do I need for a personal loan?": "documents",
		"我换手机号了，以后联系这个号":                                "contact-change",
		"有个中介说能帮我包装流水提高额度，收费5000，靠谱吗":                   "anti-fraud",
		"有人让我把验证码发给他":                                   "anti-fraud",
		"我同事被裁员了，我想问问如果以后遇到这种情况银行有什么政策": "hardship",
		"Is there a penalty if I prepay?":           "prepay-fee",
		"Will a late payment hit my credit report?": "overdue-credit",
		"What is a repricing date?":                 "repricing-date",
	} {
		e, ok := Search(entries, text)
		if !ok || e.ID != want {
			t.Errorf("Search(%q) = %q, %v; want %q", text, e.ID, ok, want)
		}
	}
	if e, ok := Search(entries, "今天天气不错"); ok {
		t.Errorf("unrelated text matched %q", e.ID)
	}
	if _, ok := Search(nil, "违约金"); ok {
		t.Error("empty FAQ matched")
	}
}

func TestDefaultsComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range Defaults() {
		if seen[e.ID] || e.TitleZh == "" || e.TitleEn == "" || e.AnswerZh == "" || e.AnswerEn == "" || e.Source == "" || len(e.Keywords) == 0 {
			t.Errorf("entry %q incomplete or duplicated", e.ID)
		}
		seen[e.ID] = true
		for _, k := range e.Keywords {
			if k != strings.ToLower(k) {
				t.Errorf("%s: keyword %q is not lower-case", e.ID, k)
			}
		}
	}
}

func TestCard(t *testing.T) {
	e, _ := Search(Defaults(), "违约金")
	b, _ := json.Marshal(e.Card("en"))
	if !strings.HasPrefix(string(b), `{"kind":"faq_answer","id":"prepay-fee","title":"Is there a fee for prepaying?",`) || !strings.Contains(string(b), `"source":`) {
		t.Errorf("card %s", b)
	}
	if c := e.Card("zh-Hans"); c.Title != "提前还款有违约金吗？" || !strings.Contains(c.Answer, "1%") {
		t.Errorf("zh card %+v", c)
	}
}
