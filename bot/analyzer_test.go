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
