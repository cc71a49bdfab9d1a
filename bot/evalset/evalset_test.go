package evalset

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestLoadKeepsTypesAndLineNumbers(t *testing.T) {
	in := `{"text":"贷款100万，30年","lang":"zh-Hans","intent":"repayment_schedule","slots":{"principal":"1000000","term_months":360},"flags":[],"sentiment":"neutral"}

   
{"text":"I lost my job","lang":"en","intent":"hardship","slots":{"extend_months":12.0},"flags":["job_loss","repayment_difficulty"],"sentiment":"negative"}
`
	cases, err := Load(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 {
		t.Fatalf("%d cases, want 2 (blank lines skipped)", len(cases))
	}
	want := Case{Line: 1, Text: "贷款100万，30年", Lang: "zh-Hans", Intent: "repayment_schedule",
		Slots: map[string]any{"principal": "1000000", "term_months": 360}, Flags: []string{}, Sentiment: "neutral"}
	if !reflect.DeepEqual(cases[0], want) {
		t.Errorf("case 1\n got %#v\nwant %#v", cases[0], want)
	}
	if cases[1].Line != 4 || cases[1].Slots["extend_months"] != 12 || !reflect.DeepEqual(cases[1].Flags, []string{"job_loss", "repayment_difficulty"}) {
		t.Errorf("case 2 %+v", cases[1])
	}
}

func TestLoadRejectsBadLines(t *testing.T) {
	good := `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{},"flags":[],"sentiment":"neutral"}`
	for _, tc := range []struct{ name, line, want string }{
		{"not json", `{"text": "你好"`, "line 2: not a labelled utterance"},
		{"not an object", `["你好"]`, "line 2: not a labelled utterance"},
		{"two values", good + good, "line 2: more than one JSON value"},
		{"missing flags", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{},"sentiment":"neutral"}`, `line 2: missing "flags"`},
		{"missing text", `{"lang":"zh-Hans","intent":"greeting","slots":{},"flags":[],"sentiment":"neutral"}`, `line 2: missing "text"`},
		{"misspelt field", `{"text":"你好","lang":"zh-Hans","intnet":"greeting","slots":{},"flags":[],"sentiment":"neutral"}`, `unknown field "intnet"`},
		{"empty text", `{"text":"  ","lang":"zh-Hans","intent":"greeting","slots":{},"flags":[],"sentiment":"neutral"}`, "line 2: empty text"},
		{"unknown lang", `{"text":"你好","lang":"zh-CN","intent":"greeting","slots":{},"flags":[],"sentiment":"neutral"}`, `line 2: unknown lang "zh-CN"`},
		{"unknown intent", `{"text":"你好","lang":"zh-Hans","intent":"hello","slots":{},"flags":[],"sentiment":"neutral"}`, `line 2: unknown intent "hello"`},
		{"unknown sentiment", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{},"flags":[],"sentiment":"angry"}`, `line 2: unknown sentiment "angry"`},
		{"unknown flag", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{},"flags":["broke"],"sentiment":"neutral"}`, `line 2: unknown flag "broke"`},
		{"repeated flag", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{},"flags":["illness","illness"],"sentiment":"neutral"}`, `line 2: flag "illness" listed twice`},
		{"flags not a list", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{},"flags":"illness","sentiment":"neutral"}`, "line 2: not a labelled utterance"},
		{"unknown slot", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{"amount":"1"},"flags":[],"sentiment":"neutral"}`, `line 2: unknown slot "amount"`},
		{"fractional count", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{"term_months":3.5},"flags":[],"sentiment":"neutral"}`, `line 2: slot "term_months": want a string or an integer, got 3.5`},
		{"huge count", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{"term_months":1e300},"flags":[],"sentiment":"neutral"}`, `slot "term_months": want a string or an integer, got 1e300`},
		{"bool slot", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{"method":true},"flags":[],"sentiment":"neutral"}`, `slot "method": want a string or an integer`},
		{"null slot", `{"text":"你好","lang":"zh-Hans","intent":"greeting","slots":{"method":null},"flags":[],"sentiment":"neutral"}`, `slot "method": want a string or an integer`},
		{"too long", strings.Repeat("x", maxLine+1), "line 2: longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cases, err := Load(strings.NewReader(good + "\n" + tc.line + "\n" + good + "\n"))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want it to contain %q", err, tc.want)
			}
			if cases != nil {
				t.Errorf("cases %v returned with an error", cases)
			}
		})
	}
}

func TestSlotsEqualAsJSONSeesThem(t *testing.T) {
	for _, tc := range []struct {
		name      string
		got, want map[string]any
		equal     bool
	}{
		{"int and float", map[string]any{"term_months": 360}, map[string]any{"term_months": float64(360)}, true},
		{"int and loaded int", map[string]any{"term_months": 360}, map[string]any{"term_months": 360}, true},
		{"string and int", map[string]any{"principal": "300000"}, map[string]any{"principal": 300000}, false},
		{"decimal spelling", map[string]any{"annual_rate_pct": "3.50"}, map[string]any{"annual_rate_pct": "3.5"}, false},
		{"nil and empty", nil, map[string]any{}, true},
		{"extra slot", map[string]any{"due_day": 15, "method": "equal_principal"}, map[string]any{"due_day": 15}, false},
		{"missing slot", map[string]any{}, map[string]any{"due_day": 15}, false},
	} {
		if got := slotsEqual(tc.got, tc.want); got != tc.equal {
			t.Errorf("%s: slotsEqual(%v, %v) = %v", tc.name, tc.got, tc.want, got)
		}
	}
}

// scoreFixture has flags chosen so that every P/R/F1 is a small fraction.
func scoreFixture(t *testing.T) ([]Case, map[string]Got) {
	t.Helper()
	in := `{"text":"a","lang":"en","intent":"hardship","slots":{"term_months":360},"flags":["job_loss","repayment_difficulty"],"sentiment":"negative"}
{"text":"b","lang":"en","intent":"quota_trial","slots":{"principal":"300000"},"flags":[],"sentiment":"neutral"}
{"text":"c","lang":"zh-Hans","intent":"hardship","slots":{},"flags":["illness"],"sentiment":"negative"}
{"text":"d","lang":"zh-Hant","intent":"greeting","slots":{},"flags":[],"sentiment":"positive"}
`
	cases, err := Load(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	return cases, map[string]Got{
		"a": {Lang: "en", Intent: "hardship", Slots: map[string]any{"term_months": 360}, Sentiment: "negative", Flags: []string{"job_loss"}},
		"b": {Lang: "en", Intent: "faq", Slots: map[string]any{"principal": 300000}, Sentiment: "neutral", Flags: []string{"illness"}, Why: "rule faq"},
		"c": {Lang: "zh-Hant", Intent: "hardship", Sentiment: "neutral", Flags: []string{"multi_debt", "illness", "illness"}},
		"d": {Lang: "zh-Hant", Intent: "greeting", Slots: map[string]any{}, Sentiment: "positive"},
	}
}

func TestScoreArithmetic(t *testing.T) {
	cases, got := scoreFixture(t)
	r := Score(cases, func(text string) Got { return got[text] })

	acc := func(c, n int) Accuracy { return Accuracy{Correct: c, Total: n, Accuracy: float64(c) / float64(n)} }
	if r.Utterances != 4 || r.Intent != acc(3, 4) || r.Slots != acc(3, 4) || r.Lang != acc(3, 4) || r.Sentiment != acc(3, 4) {
		t.Errorf("accuracies: %d utterances, intent %+v slots %+v lang %+v sentiment %+v", r.Utterances, r.Intent, r.Slots, r.Lang, r.Sentiment)
	}
	// Pairs: job_loss TP; repayment_difficulty FN; illness FP on b, TP on c
	// (the repeat counts once); multi_debt FP. TP 2, FP 2, FN 1.
	wantMicro := PRF{TP: 2, FP: 2, FN: 1, Precision: 2.0 / 4, Recall: 2.0 / 3, F1: 4.0 / 7}
	if !prfNear(r.Flags, wantMicro) {
		t.Errorf("micro %+v, want %+v", r.Flags, wantMicro)
	}
	wantCodes := []CodePRF{
		{"illness", PRF{TP: 1, FP: 1, Precision: 0.5, Recall: 1, F1: 2.0 / 3}},
		{"job_loss", PRF{TP: 1, Precision: 1, Recall: 1, F1: 1}},
		{"multi_debt", PRF{FP: 1}},
		{"repayment_difficulty", PRF{FN: 1}},
	}
	if len(r.PerCode) != len(wantCodes) {
		t.Fatalf("per code %+v", r.PerCode)
	}
	for i, w := range wantCodes {
		if r.PerCode[i].Code != w.Code || !prfNear(r.PerCode[i].PRF, w.PRF) {
			t.Errorf("per code %d: %+v, want %+v", i, r.PerCode[i], w)
		}
	}
	if r.FlagFree != (FlagFree{Lines: 2, LinesFlagged: 1, Flags: 1}) {
		t.Errorf("flag-free %+v", r.FlagFree)
	}

	var misses []string
	for _, m := range r.Misses {
		misses = append(misses, m.Text+":"+m.Field+":"+show(m.Want)+">"+show(m.Got))
	}
	wantMisses := []string{
		`a:flags:["job_loss","repayment_difficulty"]>["job_loss"]`,
		`b:intent:quota_trial>faq`,
		`b:slots:{"principal":"300000"}>{"principal":300000}`,
		`b:flags:[]>["illness"]`,
		`c:lang:zh-Hans>zh-Hant`,
		`c:sentiment:negative>neutral`,
		`c:flags:["illness"]>["illness","multi_debt"]`,
	}
	if !reflect.DeepEqual(misses, wantMisses) {
		t.Errorf("misses\n got %q\nwant %q", misses, wantMisses)
	}
	if r.Timing.Samples != 4 {
		t.Errorf("timing %+v", r.Timing)
	}
}

func prfNear(a, b PRF) bool {
	near := func(x, y float64) bool { return math.Abs(x-y) < 1e-12 }
	return a.TP == b.TP && a.FP == b.FP && a.FN == b.FN && near(a.Precision, b.Precision) && near(a.Recall, b.Recall) && near(a.F1, b.F1)
}

func TestScoreOfNothingIsZeroNotNaN(t *testing.T) {
	r := Score(nil, func(string) Got { return Got{} })
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("an empty report does not encode: %v", err)
	}
	if !strings.Contains(string(b), `"per_code":[]`) || !strings.Contains(string(b), `"misses":[]`) {
		t.Errorf("lists must encode as [], not null: %s", b)
	}
	if r.Intent.Accuracy != 0 || r.Flags.F1 != 0 || r.Timing.PerSecond != 0 {
		t.Errorf("empty report %+v", r)
	}
}

func TestTimingPercentiles(t *testing.T) {
	var took []time.Duration
	for i := 100; i >= 1; i-- { // unsorted on purpose
		took = append(took, time.Duration(i)*time.Millisecond)
	}
	tm := timing(took)
	if tm.Samples != 100 || tm.P50 != 50*time.Millisecond || tm.P99 != 99*time.Millisecond || tm.Max != 100*time.Millisecond || tm.Total != 5050*time.Millisecond {
		t.Errorf("timing %+v", tm)
	}
	if math.Abs(tm.PerSecond-100/5.05) > 1e-9 {
		t.Errorf("per second %v", tm.PerSecond)
	}
	if one := timing([]time.Duration{time.Second}); one.P50 != time.Second || one.P99 != time.Second {
		t.Errorf("one sample %+v", one)
	}

	cases, _ := scoreFixture(t)
	calls := 0
	if tm := Time(cases, 3, func(string) Got { calls++; return Got{} }); tm.Samples != 12 || calls != 12 {
		t.Errorf("3 rounds of 4: %d samples, %d calls", tm.Samples, calls)
	}
}

func TestWriteTextSections(t *testing.T) {
	cases, got := scoreFixture(t)
	r := Score(cases, func(text string) Got { return got[text] })
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	order := []string{
		"4 utterances", "intent", "75.0%", "precision 50.0%", "recall 66.7%", "F1 57.1%",
		"flag-free", "2, of which 1 got flags (1 flags in all)", "p50",
		"code", "illness", "job_loss", "multi_debt", "repayment_difficulty",
		"intent misses (1)", `line 2: "b"`, "want quota_trial, got faq (rule faq)",
		"slots misses (1)", `want {"principal":"300000"}, got {"principal":300000}`,
		"lang misses (1)", "sentiment misses (1)", "flags misses (3)", `want ["illness"], got ["illness","multi_debt"]`,
	}
	at := 0
	for _, s := range order {
		i := strings.Index(out[at:], s)
		if i < 0 {
			t.Fatalf("%q missing after offset %d in\n%s", s, at, out)
		}
		at += i + len(s)
	}
}

// TestSharedDevSetLoads keeps Load and the shared dev set's labels in step.
func TestSharedDevSetLoads(t *testing.T) {
	const devSet = "../../../shared/eval/dev/utterances.jsonl"
	f, err := os.Open(devSet)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("dev set %s not found", devSet)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := Load(f)
	if err != nil {
		t.Fatalf("%s: %v", devSet, err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", devSet)
	}
}
