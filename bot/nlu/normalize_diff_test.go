package nlu

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// The normaliser converts with t2sTable instead of calling opencc per run.
// These tests hold it to plain opencc: the table against Convert on every
// dictionary key and on random mixtures, and the whole normaliser against
// refNormalize, the straightforward version it replaced.

func TestT2STableMatchesOpenCC(t *testing.T) {
	n := newTestAnalyzer(t).Normalizer()
	if n.tab == nil {
		t.Fatal("t2s tables not built: opencc's dictionaries were not readable")
	}
	cc := n.t2s
	check := func(s string) {
		t.Helper()
		want, err := cc.Convert(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(n.tab.convert(nil, []rune(s))); got != want {
			t.Errorf("convert(%q) = %q, opencc %q", s, got, want)
		}
	}
	// Every rune a run can hold in the BMP, alone.
	for r := rune(0x2E80); r <= 0xFAFF; r++ {
		if !isCJK(r) {
			continue
		}
		want, _ := cc.Convert(string(r))
		if got := n.tab.alone(r); got != want {
			t.Fatalf("alone(%q) = %q, opencc %q", r, got, want)
		}
	}
	// Every key, alone and between runes that start keys of their own.
	var keys []string
	for _, d := range n.tab.dicts {
		for k := range d {
			keys = append(keys, k)
		}
	}
	if len(keys) < 4000 {
		t.Fatalf("only %d dictionary keys read", len(keys))
	}
	for i, k := range keys {
		check(k)
		check("於" + k + keys[(i+1)%len(keys)] + "乾")
	}
	// Random mixtures of keys, key fragments and everyday text.
	rng := rand.New(rand.NewPCG(1, 2))
	common := []rune("一不上以有大出發無重見計買錢銀電萬於乾瞭藉覆麼著我的貸款還月供利率。、「」")
	for range 3000 {
		var sb strings.Builder
		for range 1 + rng.IntN(12) {
			switch rng.IntN(3) {
			case 0:
				sb.WriteString(keys[rng.IntN(len(keys))])
			case 1:
				k := []rune(keys[rng.IntN(len(keys))])
				sb.WriteString(string(k[:1+rng.IntN(len(k))]))
			default:
				sb.WriteRune(common[rng.IntN(len(common))])
			}
		}
		check(sb.String())
	}
}

func TestNormalizeMatchesReference(t *testing.T) {
	n := newTestAnalyzer(t).Normalizer()
	plain := &Normalizer{t2s: n.t2s} // no tables: opencc for every run
	for _, s := range normalizeCorpus(t) {
		wantNorm, wantSt := refNormalize(n.t2s, s)
		for _, m := range []*Normalizer{n, plain} {
			norm, st := m.normalize(s)
			if norm != wantNorm || st != wantSt {
				t.Fatalf("normalize(%q) = %q %+v, reference %q %+v (tables %v)", s, norm, st, wantNorm, wantSt, m.tab != nil)
			}
		}
	}
}

// TestScriptShortcuts checks the ranges normalize and scriptOf answer
// without the unicode tables.
func TestScriptShortcuts(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		latin, han := scriptOf(r)
		if latin != unicode.Is(unicode.Latin, r) || han != unicode.Is(unicode.Han, r) {
			t.Fatalf("scriptOf(%U) = %v %v", r, latin, han)
		}
		if r >= 0x4E00 && r <= 0x9FFF && (unicode.IsSpace(r) || unicode.IsControl(r) || unicode.ToLower(r) != r || !isCJK(r)) {
			t.Fatalf("%U is not a plain ideograph", r)
		}
	}
}

// normalizeCorpus is varied text for the differential tests: the labelled
// and dev sets, fuzz seeds and benchmark texts, each also in Traditional
// script, cut and glued at random, and a few hostile inputs.
func normalizeCorpus(tb testing.TB) []string {
	tb.Helper()
	var base []string
	base = append(base, fuzzSeeds...)
	base = append(base, benchTexts...)
	for _, c := range benchCases {
		base = append(base, c.text)
	}
	base = append(base, readLabelledTexts(tb)...)
	base = append(base, readDevTexts(tb)...)
	base = append(base, "著名的乾坤", "一目瞭然，不瞭解", "乾坤大挪移", "旋轉乾坤之力", "酒逢知己千鍾少話不投機半句多",
		"ＬＰＲ調整　　對我的\t月供有什麼影響？", "a\u200bb\u200d\ufeffc", "Ｉ　ＷＡＮＴ　提前還款５０，０００", "𠀀𪚥龘，乾隆", "ÀÉÎ straße ǅ")
	s2t, err := opencc.New("s2t")
	if err != nil {
		tb.Fatal(err)
	}
	out := append([]string(nil), base...)
	for _, s := range base {
		if tr, err := s2t.Convert(s); err == nil && tr != s {
			out = append(out, tr)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	seps := []string{"", " ", "，", "。", "\n", "\u3000", "ａ", "1"}
	pool := out
	for i := range 1500 {
		var sb strings.Builder
		parts := 1 + rng.IntN(5)
		if i%20 == 0 {
			parts = 40 + rng.IntN(60) // past MaxRunes
		}
		for range parts {
			rs := []rune(pool[rng.IntN(len(pool))])
			if len(rs) > 1 && rng.IntN(2) == 0 {
				a := rng.IntN(len(rs))
				rs = rs[a : a+rng.IntN(len(rs)-a)+1]
			}
			sb.WriteString(string(rs))
			sb.WriteString(seps[rng.IntN(len(seps))])
		}
		out = append(out, sb.String())
	}
	return append(out,
		strings.Repeat("於", MaxRunes+10),
		strings.Repeat("乾坤大挪", MaxRunes/4)+"移",
		strings.Repeat("\xff\xfe", 5000),
		strings.Repeat("a ", 5000),
	)
}

func readLabelledTexts(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("testdata/labelled.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if cols := strings.SplitN(sc.Text(), "\t", 4); len(cols) == 4 && !strings.HasPrefix(sc.Text(), "#") {
			out = append(out, cols[3])
		}
	}
	return out
}

// readDevTexts returns the shared dev set's texts, if it is there.
func readDevTexts(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(devSet)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		out = append(out, c.Text)
	}
	return out
}

// refNormalize is the normaliser as first written: fold every rune, then
// hand each CJK run to opencc and count Traditional runes from its output.
func refNormalize(cc *opencc.OpenCC, text string) (string, scriptStats) {
	convert := func(seg []rune) string {
		out, err := cc.Convert(string(seg))
		if err != nil {
			return string(seg)
		}
		return out
	}
	var st scriptStats
	folded := make([]rune, 0, min(len(text), MaxRunes))
	inLatin := false
	count := 0
	for i := 0; i < len(text) && count < MaxRunes; {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		count++
		r = foldWidth(r)
		if unicode.Is(unicode.Latin, r) {
			if !inLatin {
				st.latinWords++
			}
			inLatin = true
		} else {
			inLatin = false
		}
		if unicode.Is(unicode.Han, r) {
			st.han++
		}
		switch {
		case unicode.IsSpace(r):
			r = ' '
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || unicode.IsControl(r):
			continue
		default:
			r = unicode.ToLower(r)
		}
		folded = append(folded, r)
	}
	var b strings.Builder
	lastSpace := true
	for i := 0; i < len(folded); {
		r := folded[i]
		if !isCJK(r) {
			if r == ' ' {
				if !lastSpace {
					b.WriteByte(' ')
				}
				lastSpace = true
			} else {
				b.WriteRune(r)
				lastSpace = false
			}
			i++
			continue
		}
		j := i
		for j < len(folded) && isCJK(folded[j]) {
			j++
		}
		seg := folded[i:j]
		simp := convert(seg)
		conv := []rune(simp)
		if len(conv) == len(seg) {
			for k, r := range seg {
				if conv[k] != r && !ambiguousTraditional(r) {
					st.trad++
				}
			}
		} else {
			for _, r := range seg {
				if !ambiguousTraditional(r) && unicode.Is(unicode.Han, r) && convert([]rune{r}) != string(r) {
					st.trad++
				}
			}
		}
		b.WriteString(simp)
		lastSpace = false
		i = j
	}
	return strings.TrimRight(b.String(), " "), st
}
