package nlu

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// The fallback classifier: a multinomial naive Bayes over character
// n-grams of the Chinese and word n-grams of the English, trained at New
// from our own labelled utterances. It is asked only when no rule named a
// request (the message fell to "unknown" or to the bare domain fallback),
// it answers only when it is sure, and it says which n-grams decided.

//go:embed testdata/labelled.tsv
var labelledTSV string

// useClassifier turns the fallback classifier on.
var useClassifier = true

// nbMaxRunes bounds the text the classifier reads.
const nbMaxRunes = 200

type naiveBayes struct {
	classes []string
	prior   []float64            // log P(class)
	feat    map[string][]float32 // feature → log P(feature | class), per class
	unseen  []float32            // log P(unseen feature | class)
}

// trainNB builds the classifier from labelled lines (lang, intent, slots,
// text separated by tabs; # comments), normalising each text with n.
func trainNB(n *Normalizer, tsv string) *naiveBayes {
	idx := map[string]int{}
	var docs []struct {
		class int
		feats []string
	}
	sc := bufio.NewScanner(strings.NewReader(tsv))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.SplitN(line, "\t", 4)
		if len(cols) != 4 {
			continue
		}
		c, ok := idx[cols[1]]
		if !ok {
			c = len(idx)
			idx[cols[1]] = c
		}
		docs = append(docs, struct {
			class int
			feats []string
		}{c, nbFeatures(n.Normalize(cols[3]))})
	}
	nb := &naiveBayes{classes: make([]string, len(idx)), feat: map[string][]float32{}}
	for name, c := range idx {
		nb.classes[c] = name
	}
	k := len(idx)
	docCount := make([]float64, k)
	total := make([]float64, k)
	counts := map[string][]float64{}
	for _, d := range docs {
		docCount[d.class]++
		for _, f := range d.feats {
			if counts[f] == nil {
				counts[f] = make([]float64, k)
			}
			counts[f][d.class]++
			total[d.class]++
		}
	}
	const alpha = 0.5
	v := float64(len(counts))
	nb.prior = make([]float64, k)
	nb.unseen = make([]float32, k)
	for c := range k {
		nb.prior[c] = math.Log((docCount[c] + 1) / (float64(len(docs)) + float64(k)))
		nb.unseen[c] = float32(math.Log(alpha / (total[c] + alpha*v)))
	}
	for f, cs := range counts {
		lp := make([]float32, k)
		for c := range k {
			lp[c] = float32(math.Log((cs[c] + alpha) / (total[c] + alpha*v)))
		}
		nb.feat[f] = lp
	}
	return nb
}

// nbFeatures lists the n-grams of normalised text: Han unigrams and
// bigrams, Latin words and word bigrams, digits folded to one class.
func nbFeatures(norm string) []string {
	var out []string
	var prevHan, prevWord string
	n := 0
	for i := 0; i < len(norm) && n < nbMaxRunes; {
		r, size := utf8.DecodeRuneInString(norm[i:])
		n++
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			h := norm[i : i+size]
			out = append(out, h)
			if prevHan != "" {
				out = append(out, prevHan+h)
			}
			prevHan, prevWord = h, ""
			i += size
		case r >= 'a' && r <= 'z' || r == '\'':
			j := i
			for j < len(norm) && (norm[j] >= 'a' && norm[j] <= 'z' || norm[j] == '\'') {
				j++
			}
			w := norm[i:j]
			out = append(out, "w:"+w)
			if prevWord != "" {
				out = append(out, "w:"+prevWord+" "+w)
			}
			prevWord, prevHan = w, ""
			n += j - i - 1
			i = j
		case r >= '0' && r <= '9':
			j := i
			for j < len(norm) && (norm[j] >= '0' && norm[j] <= '9' || norm[j] == '.' || norm[j] == ',') {
				j++
			}
			out = append(out, "#")
			prevHan, prevWord = "", ""
			n += j - i - 1
			i = j
		default:
			if r != ' ' {
				prevHan, prevWord = "", ""
			}
			i += size
		}
	}
	return out
}

// classify returns the most probable class of norm, its posterior, and
// the n-grams that most favour it over the runner-up.
func (nb *naiveBayes) classify(norm string) (class string, p float64, why []string) {
	feats := nbFeatures(norm)
	if len(feats) == 0 {
		return "", 0, nil
	}
	k := len(nb.classes)
	score := slices.Clone(nb.prior)
	for _, f := range feats {
		lp, ok := nb.feat[f]
		for c := range k {
			if ok {
				score[c] += float64(lp[c])
			} else {
				score[c] += float64(nb.unseen[c])
			}
		}
	}
	best, second := 0, -1
	for c := 1; c < k; c++ {
		if score[c] > score[best] {
			best, second = c, best
		} else if second < 0 || score[c] > score[second] {
			second = c
		}
	}
	var z float64
	for c := range k {
		z += math.Exp(score[c] - score[best])
	}
	p = 1 / z
	// The n-grams that most favour best over the runner-up.
	type contrib struct {
		f string
		d float32
	}
	var cs []contrib
	seen := map[string]bool{}
	for _, f := range feats {
		if lp, ok := nb.feat[f]; ok && !seen[f] && second >= 0 {
			seen[f] = true
			cs = append(cs, contrib{f, lp[best] - lp[second]})
		}
	}
	slices.SortFunc(cs, func(a, b contrib) int {
		if a.d != b.d {
			if a.d > b.d {
				return -1
			}
			return 1
		}
		return strings.Compare(a.f, b.f)
	})
	for _, c := range cs[:min(3, len(cs))] {
		why = append(why, strings.TrimPrefix(c.f, "w:"))
	}
	return nb.classes[best], p, why
}

// nbThreshold is the posterior the classifier needs to overrule a
// fallback rule.
const nbThreshold = 0.99

// fallback lets the classifier overrule v, the fallback rule that read the
// message, when it is sure and has evidence beyond v's cue; it returns the
// class and why.
func (nb *naiveBayes) fallback(norm string, v verdict, vetoed func(string) bool) (class, why string, ok bool) {
	if nb == nil {
		return "", "", false
	}
	c, p, grams := nb.classify(norm)
	if c == "" || c == v.intent || p < nbThreshold || vetoed(c) {
		return "", "", false
	}
	beyond := false
	for _, g := range grams {
		beyond = beyond || !strings.Contains(v.cue, g)
	}
	if !beyond {
		return "", "", false // no evidence but the loan word itself (你们银行大楼好漂亮)
	}
	return c, fmt.Sprintf("classifier: %s p=%.2f on %q (over %s)", c, p, grams, v.why()), true
}
