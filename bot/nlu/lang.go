package nlu

// Language tags reported by Analyze.
const (
	LangHans = "zh-Hans"
	LangHant = "zh-Hant"
	LangEn   = "en"
)

// detectLang decides the reply script from the original text:
//   - no Han character at all → en (this includes digits-only and gibberish);
//   - more Latin words than Han characters → en ("Can I do 提前还款 early?"),
//     otherwise Chinese ("LPR降了，我的月供会变吗"): a Han character carries
//     about as much as an English word, so the comparison is one to one;
//   - Chinese with at least one distinctly Traditional character (one that
//     t2s rewrites and that Simplified text does not use) → zh-Hant,
//     else zh-Hans. Writers do not mix the scripts by accident, so one is
//     enough.
func detectLang(st scriptStats) string {
	if st.han == 0 || st.latinWords > st.han {
		return LangEn
	}
	if st.trad > 0 {
		return LangHant
	}
	return LangHans
}
