package signals

import (
	"slices"
	"strings"
	"testing"
)

// TestScopeFrames puts representative cues of each situation through the
// same frames: said of the borrower (and of a spouse) they raise their
// code; negated, said of a colleague or friend, heard about, supposed,
// asked about in general or finished long ago they raise nothing at all.
func TestScopeFrames(t *testing.T) {
	a, d := newTestDetector(t)
	cues := []struct {
		code   string
		zh     []string // 我{cue}了 reads as a statement
		en     []string // I {cue} reads as a statement
		spouse bool     // a spouse's counts
	}{
		{"job_loss", []string{"失业", "被裁员", "下岗", "被辞退", "被开除", "丢了工作"}, []string{"lost my job", "was laid off", "got fired", "was made redundant"}, true},
		{"income_drop", []string{"降薪", "减薪", "被降薪"}, []string{"took a pay cut", "had a salary cut"}, true},
		{"illness", []string{"住院", "生病", "做了手术", "得了癌症"}, []string{"was hospitalized", "had surgery", "got cancer"}, true},
		{"repayment_difficulty", []string{"还不上房贷", "逾期", "交不起月供"}, []string{"missed a payment", "fell behind on my payments"}, true},
		{"business_distress", []string{"破产", "资金链断裂"}, []string{"went bankrupt"}, true},
		{"multi_debt", []string{"以贷养贷"}, []string{"took out payday loans"}, true},
	}
	raised := func(text, code string) bool { return slices.Contains(codes(detect(a, d, text)), code) }
	for _, c := range cues {
		for _, cue := range c.zh {
			yes := []string{"我" + cue + "了", "我最近" + cue + "了", "上个月我" + cue + "了，怎么办"}
			if c.spouse {
				yes = append(yes, "我老婆"+cue+"了")
			}
			no := []string{
				"我没有" + cue, "我并没有" + cue + "，只是问问", "我同事" + cue + "了", "我朋友说他" + cue + "了",
				"听说有人" + cue + "了", "如果我" + cue + "了怎么办", "万一" + cue + "了，可以延期吗", "要是" + cue + "了会怎样",
				cue + "的话可以申请延期吗", "假如以后" + cue + "，月供怎么办", "以前" + cue + "过，现在都好了",
				"我邻居上个月" + cue + "了", "假设" + cue + "，银行会怎么处理",
			}
			check(t, c.code, yes, no, raised)
		}
		for _, cue := range c.en {
			yes := []string{"I " + cue + ".", "I " + cue + " last month, what can I do?"}
			if c.spouse {
				yes = append(yes, "My wife "+strings.ReplaceAll(cue, " my ", " her ")+".")
			}
			no := []string{
				"My colleague " + strings.ReplaceAll(cue, " my ", " his ") + ".",
				"I heard that someone " + strings.ReplaceAll(cue, " my ", " their ") + ".",
				"What happens if I " + cue + "?",
				"If I " + cue + ", could I defer?",
				"My friend " + strings.ReplaceAll(cue, " my ", " his ") + " last year.",
			}
			check(t, c.code, yes, no, raised)
		}
	}
}

func check(t *testing.T, code string, yes, no []string, raised func(string, string) bool) {
	t.Helper()
	for _, text := range yes {
		if !raised(text, code) {
			t.Errorf("%q should raise %s", text, code)
		}
	}
	for _, text := range no {
		if raised(text, code) {
			t.Errorf("%q should not raise %s", text, code)
		}
	}
}
