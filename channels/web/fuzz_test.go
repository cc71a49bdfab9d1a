package web

import (
	"fmt"
	"regexp"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/product"
)

var snakeCode = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// FuzzRequestDecoders feeds arbitrary bodies to every request decoder and the
// calculator behind it: no panic, and every refusal is a 4xx with a snake_case code.
func FuzzRequestDecoders(f *testing.F) {
	for _, s := range []string{
		`{"principal":1000000,"annual_rate_pct":"4.9","term_months":360,"method":"equal_installment","start_date":"2026-01-15"}`,
		`{"balance":"800000","annual_rate_pct":"3.5","remaining_months":240,"method":"equal_principal","prepay_amount":"100000"}`,
		`{"balance":"800000","remaining_months":240,"method":"equal_installment","spread_bp":-30,"old_lpr_pct":"3.6","lpr_term":"1y"}`,
		`{"product":"mortgage","monthly_income":"30000","collateral_value":"2000000","age":40}`,
		`{"date":"2026-08-20","one_year_pct":"3","five_year_pct":"3.5"}`,
		`{"principal":"1e400"}`, `[]`, `{"term_months":1e30}`, "{\"method\":\"\xff\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			fuzzOne(t, body)
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			panic(fmt.Sprintf("decoding and computing took over 3s for %q", body))
		}
	})
}

var (
	fuzzHist = lpr.NewHistory(lpr.Shipped())
	fuzzCat  = product.Defaults()
)

// check reports whether decoding succeeded, failing on a malformed refusal.
func check(t *testing.T, e *apiError) bool {
	if e != nil && (e.Status < 400 || e.Status >= 500 || !snakeCode.MatchString(e.Code) || e.Message == "") {
		t.Errorf("bad refusal %+v", e)
	}
	return e == nil
}

// checkErr fails unless err is nil or a field error.
func checkErr(t *testing.T, err error) {
	if err != nil {
		e, internal := asAPIError(err)
		if internal {
			t.Errorf("calculator error is not a field error: %v", err)
		}
		check(t, e)
	}
}

func fuzzOne(t *testing.T, body []byte) {
	hist, cat := fuzzHist, fuzzCat
	{
		obj, e := parseObject(body)
		if !check(t, e) {
			return
		}
		if in, e := decodeSchedule(obj); check(t, e) {
			_, err := loan.NewSchedule(in)
			checkErr(t, err)
		}
		if in, e := decodePrepayment(obj); check(t, e) {
			_, err := loan.Prepay(in)
			checkErr(t, err)
		}
		if q, e := decodeLPRImpact(obj); check(t, e) {
			if !q.hasNewLP {
				q.in.NewLPR = hist.Latest().Rate(q.tenor)
			}
			_, err := lpr.Impact(q.in)
			checkErr(t, err)
		}
		if in, e := decodeQuota(obj); check(t, e) {
			_, err := cat.Quota(in, hist)
			checkErr(t, err)
		}
		_, e = decodeFixing(obj)
		check(t, e)
	}
}

// FuzzDecodeFrame: the WebSocket frame decoder never panics, refuses with a
// snake_case code, and what it accepts is within the documented bounds.
func FuzzDecodeFrame(f *testing.F) {
	for _, s := range []string{
		`{"type":"hello","token":"x","conversation_id":"cv-1","last_seq":3,"locale":"zh-CN"}`,
		`{"type":"message","id":"m1","text":"我想提前还款10万"}`,
		`{"type":"action","id":"a1","action":"prepay:reduce_payment"}`,
		`{"type":"rate","score":5,"comment":"好"}`, `{"type":"end"}`, `{"type":"ping"}`,
		`{"type":"claim","conversation_id":"cv-1"}`, `{"type":"status","state":"away"}`,
		`{"type":"resolve","conversation_id":"cv-1","outcome":"done","note":"n"}`,
		`{"type":"message","id":"s1","conversation_id":"cv-1","text":"您好，我是吴静"}`, `{"type":"return_to_bot","conversation_id":"cv-1"}`,
		`{"type":"resolve","conversation_id":"cv-1","outcome":""}`, `{"type":"claim","conversation_id":""}`,
		`{"type":"message","id":7}`, `nope`, `{"type":"rate","score":"5"}`, "{\"type\":\"message\",\"id\":\"\x00\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fr, e := decodeFrame(b)
		if e != nil {
			if !snakeCode.MatchString(e.Code) || e.Message == "" || len(e.ReplyTo) > maxIDBytes {
				t.Fatalf("bad refusal %+v", e)
			}
			return
		}
		switch fr.Type {
		case inMessage:
			if fr.ID == "" || fr.Text == "" || utf8.RuneCountInString(fr.Text) > maxTextRunes {
				t.Fatalf("accepted %+v", fr)
			}
		case inAction:
			if fr.ID == "" || fr.Action == "" {
				t.Fatalf("accepted %+v", fr)
			}
		case inRate:
			if fr.Score < 1 || fr.Score > 5 {
				t.Fatalf("accepted %+v", fr)
			}
		case inHello:
			if fr.LastSeq < 0 {
				t.Fatalf("accepted %+v", fr)
			}
		case inEnd, inPing, inStatus, inClaim, inResolve, inReturnToBot:
		default:
			t.Fatalf("accepted unknown type %q", fr.Type)
		}
		if len(fr.ID) > maxIDBytes {
			t.Fatalf("long id accepted")
		}
	})
}
