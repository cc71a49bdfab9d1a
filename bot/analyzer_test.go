package bot_test

import "testing"

// TestFlagsDecideAMessageWithNoQuestion checks the composition: flags turn
// an unknown or FAQ reading into hardship or a complaint, and leave a
// recognised question alone.
func TestFlagsDecideAMessageWithNoQuestion(t *testing.T) {
	a := analyzer(t)
	for _, tt := range []struct{ text, nluWant, want string }{
		{"我在好几个网贷平台都有借款，拆东墙补西墙", "", "hardship"},
		{"反正我也还不起了", "", "hardship"},
		{"我要去12378投诉你们", "", "complaint"},
		{"贷款100万，30年，利率4.9%，月供多少", "repayment_schedule", "repayment_schedule"},
		{"你好", "greeting", "greeting"},
	} {
		an, sig := a.Read(tt.text)
		if an.Intent != tt.want {
			t.Errorf("%q: intent %s (%s), flags %+v; want %s", tt.text, an.Intent, an.Why, sig.Flags, tt.want)
		}
	}
}

// TestPlightRuledOutBySignals checks the other direction: when the NLU read
// hardship from a plight and the signals ruled that plight out (past,
// someone else's, denied) and found no other, the message is read as the
// rest of it says; a plight the signals confirm stays hardship.
func TestPlightRuledOutBySignals(t *testing.T) {
	a := analyzer(t)
	for _, tt := range []struct{ text, want string }{
		{"I was laid off back in 2019 but I've had a steady job for years now. What documents do I need for a car loan?", "faq"},
		{"听说同小区有人的房子被法院查封了，我挺担心的。我每期都按时还，想问下什么情况下银行会查封房子？", "faq"},
		{"I was laid off last week. What documents do I need to ask for a payment holiday?", "hardship"},
		{"上周刚做完手术，还在住院，这个月月供能不能晚几天？", "hardship"},
	} {
		nluOnly := nluReader.Analyze(tt.text)
		an, sig := a.Read(tt.text)
		if nluOnly.Plight == "" {
			t.Errorf("%q: the NLU alone read %s (%s), no plight: the case no longer tests the ruling", tt.text, nluOnly.Intent, nluOnly.Why)
		}
		if an.Intent != tt.want {
			t.Errorf("%q: intent %s (%s), flags %+v, ruled out %v; want %s", tt.text, an.Intent, an.Why, sig.Flags, sig.RuledOut, tt.want)
		}
	}
}

// TestGraceAskedStaysHardship checks that a bare ask to pay late, which the
// signals leave unflagged (grace asked is no difficulty by itself), is not
// taken for a plight ruled out: it is still the borrower's own plea.
func TestGraceAskedStaysHardship(t *testing.T) {
	a := analyzer(t)
	for _, text := range []string{"我这个月能晚几天还吗", "这期房贷可以晚两天还吗？", "Can I pay a bit later this month?"} {
		an, sig := a.Read(text)
		if an.Intent != "hardship" {
			t.Errorf("%q: intent %s (%s), ruled out %v; want hardship", text, an.Intent, an.Why, sig.RuledOut)
		}
		for _, f := range sig.Flags {
			if f.Code == "repayment_difficulty" {
				t.Errorf("%q: flagged repayment_difficulty (%s); a bare ask for grace is not the difficulty", text, f.Why)
			}
		}
	}
}
