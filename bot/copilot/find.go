package copilot

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"github.com/loandesk/loandesk/knowledge/book"
)

// ref is one way the message named a customer, and whom it names in the
// manager's book: none (not found), one, or several (ambiguous).
type ref struct {
	text    string // as found in the normalised message: "张先生", "zhangwei", "6688", "c-1001"
	how     string // name | pinyin | title | customer_id | loan_id | loan_tail
	matches []book.Customer
	loanID  string // the loan a loan_id or loan_tail ref names, when exactly one
}

// lookup is every customer reference in a message.
type lookup struct {
	refs []ref
	// named: the message names someone by an id, a loan number or a title,
	// found or not: a question about them must not fall back to another topic.
	named bool
}

// Titles after a surname that name a customer: 张先生, 李女士, 王总.
var titles = []string{"先生", "女士", "小姐", "太太", "夫人", "总", "老板", "经理", "老师", "阿姨", "叔叔", "大哥", "大姐"}

var (
	// titleRe finds a title after a Han character even when no customer has
	// that surname (so "赵先生" is a named customer, not found).
	titleRe = regexp.MustCompile(`\p{Han}(?:先生|女士|小姐|太太|夫人|总|老板)`)
	// enTitleRe: "Mr Zhang", "Ms. Chen".
	enTitleRe = regexp.MustCompile(`\b(?:mr|mrs|ms|miss|madam|madame)\.?\s+([a-z]+)`)
	// tailRe: "尾号6688", "尾数 6688", "末四位6688", "loan ending 6688", "ending in 6688", "tail 6688".
	tailRe = regexp.MustCompile(`(?:尾号|尾数|末四位|末4位|后四位|后4位|结尾是|结尾为|ending(?:\s+(?:in|with))?|ends?\s+(?:in|with)|tail(?:\s+number)?|last\s+(?:four|4)(?:\s+digits)?)\s*(?:是|为|:|#|no\.?)?\s*(\d{3,8})`)
	// customerIDRe / loanIDRe spot ids of the book's shape that are not in the manager's book.
	customerIDRe = regexp.MustCompile(`\bc-\d{2,}\b`)
	loanIDRe     = regexp.MustCompile(`\bl-\d+-\d+\b`)
)

// customers are the customers the message names unambiguously, in the
// order of their refs. A ref naming several customers counts only when
// another ref settles it ("张伟，张先生").
func (l lookup) customers() []book.Customer {
	var out []book.Customer
	add := func(c book.Customer) {
		if !slices.ContainsFunc(out, func(o book.Customer) bool { return o.ID == c.ID }) {
			out = append(out, c)
		}
	}
	for _, r := range l.refs {
		if len(r.matches) == 1 {
			add(r.matches[0])
		}
	}
	return out
}

// ambiguous is the first ref naming several customers none of which
// another ref settles; nil when there is none.
func (l lookup) ambiguous() *ref {
	settled := l.customers()
	for i, r := range l.refs {
		if len(r.matches) < 2 {
			continue
		}
		if slices.ContainsFunc(r.matches, func(c book.Customer) bool {
			return slices.ContainsFunc(settled, func(s book.Customer) bool { return s.ID == c.ID })
		}) {
			continue
		}
		return &l.refs[i]
	}
	return nil
}

// missing reports whether the message named someone none of whose refs matched.
func (l lookup) missing() bool {
	if len(l.customers()) > 0 || l.ambiguous() != nil {
		return false
	}
	return l.named
}

// loanFor is the loan a ref named for customer id, if any.
func (l lookup) loanFor(customerID string) string {
	for _, r := range l.refs {
		if r.loanID != "" && len(r.matches) == 1 && r.matches[0].ID == customerID {
			return r.loanID
		}
	}
	return ""
}

// find reads every customer reference in the message against the manager's
// book only. A customer of another manager is never a match.
func (tr *turn) find() (lookup, error) {
	cs, err := tr.book()
	if err != nil {
		return lookup{}, err
	}
	norm := tr.norm()
	var l lookup
	byText := map[string]int{} // ref text → index in l.refs
	addMatch := func(text, how string, c *book.Customer, loanID string) {
		i, ok := byText[text]
		if !ok {
			l.refs = append(l.refs, ref{text: text, how: how})
			i = len(l.refs) - 1
			byText[text] = i
		}
		r := &l.refs[i]
		if c == nil {
			return
		}
		if !slices.ContainsFunc(r.matches, func(m book.Customer) bool { return m.ID == c.ID }) {
			r.matches = append(r.matches, *c)
			r.loanID = loanID
		} else if loanID != "" && r.loanID != loanID {
			r.loanID = "" // two loans of one customer end the same way
		}
		if len(r.matches) > 1 {
			r.loanID = ""
		}
	}

	// Ids: the customer's own id, or one of their loans'.
	for i := range cs {
		c := &cs[i]
		if containsToken(norm, strings.ToLower(c.ID)) {
			addMatch(strings.ToLower(c.ID), "customer_id", c, "")
		}
		accts, err := tr.accounts(c.ID)
		if err != nil {
			return lookup{}, err
		}
		for _, a := range accts {
			if containsToken(norm, strings.ToLower(a.ID)) {
				addMatch(strings.ToLower(a.ID), "loan_id", c, a.ID)
			}
		}
	}
	for _, id := range customerIDRe.FindAllString(norm, -1) {
		l.named = true
		addMatch(id, "customer_id", nil, "")
	}
	for _, id := range loanIDRe.FindAllString(norm, -1) {
		l.named = true
		addMatch(id, "loan_id", nil, "")
	}

	// Loan tails: "尾号6688" (the NLU's slot as well).
	tails := []string{}
	for _, m := range tailRe.FindAllStringSubmatch(norm, -1) {
		tails = append(tails, m[1])
	}
	if t := tr.an.Slots.LoanTail; t != "" && !slices.Contains(tails, t) {
		tails = append(tails, t)
	}
	for _, t := range tails {
		l.named = true
		addMatch(t, "loan_tail", nil, "")
		for i := range cs {
			accts, _ := tr.accounts(cs[i].ID) // read above
			for _, a := range accts {
				if strings.HasSuffix(digitsOf(a.ID), t) {
					addMatch(t, "loan_tail", &cs[i], a.ID)
				}
			}
		}
	}

	// Names in characters (Traditional folded to Simplified by the normaliser).
	for i := range cs {
		c := &cs[i]
		key := tr.c.norm(c.Name)
		if hasHan(key) && len([]rune(key)) >= 2 && strings.Contains(norm, key) {
			addMatch(key, "name", c, "")
		}
	}

	// Names in Latin letters: pinyin or the English name, any case, with or
	// without spaces or tones, either order.
	words := latinWords(norm)
	for i := range cs {
		c := &cs[i]
		for _, key := range latinKeys(*c) {
			if windowMatches(words, key) {
				addMatch(key, "pinyin", c, "")
			}
		}
	}

	// Surname and title: 张先生 / Mr Zhang. The manager's own name (陈经理) is not a customer.
	self := tr.c.norm(tr.t.Principal.Name)
	for i := range cs {
		c := &cs[i]
		for _, sur := range hanSurnames(*c) {
			for _, t := range titles {
				s := sur + t
				if s == self || !strings.Contains(norm, s) {
					continue
				}
				addMatch(s, "title", c, "")
			}
		}
	}
	if loc := titleRe.FindStringIndex(norm); loc != nil && norm[loc[0]:loc[1]] != self {
		l.named = true
	}
	for _, m := range enTitleRe.FindAllStringSubmatch(norm, -1) {
		l.named = true
		text := "mr " + m[1]
		addMatch(text, "title", nil, "")
		for i := range cs {
			if latinSurname(cs[i]) == m[1] {
				addMatch(text, "title", &cs[i], "")
			}
		}
	}

	if len(l.customers()) > 0 || l.ambiguous() != nil {
		l.named = true
	}
	return l, nil
}

// norm is the message as the NLU normalised it.
func (tr *turn) norm() string {
	if tr.an.Norm != "" {
		return tr.an.Norm
	}
	return tr.c.norm(tr.t.Message.Text)
}

// latinKeys are a customer's names in letters, joined without spaces, in
// both orders: "zhangwei", "weizhang".
func latinKeys(c book.Customer) []string {
	var sets [][]string
	if w := latinWords(c.NameEn); len(w) > 0 {
		sets = append(sets, w)
	}
	if !hasHan(c.Name) {
		if w := latinWords(c.Name); len(w) > 0 {
			sets = append(sets, w)
		}
	} else if c.NameEn == "" {
		if w := pinyinOf(c.Name); len(w) > 0 {
			sets = append(sets, w)
		}
	}
	var keys []string
	add := func(k string) {
		if len(k) >= 4 && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, w := range sets {
		add(strings.Join(w, ""))
		if len(w) > 1 {
			r := slices.Clone(w)
			slices.Reverse(r)
			add(strings.Join(r, ""))
		}
	}
	return keys
}

// windowMatches reports whether one to four consecutive words join to key.
func windowMatches(words []string, key string) bool {
	for i := range words {
		joined := ""
		for j := i; j < len(words) && j < i+4; j++ {
			joined += words[j]
			if joined == key {
				return true
			}
			if len(joined) >= len(key) {
				break
			}
		}
	}
	return false
}

// latinSurname is the customer's surname in letters: the first word of a
// Chinese name's NameEn (Chinese order), the last of a Western name.
func latinSurname(c book.Customer) string {
	if hasHan(c.Name) {
		if w := latinWords(c.NameEn); len(w) > 0 {
			return w[0]
		}
		if p := pinyinOf(c.Name); len(p) > 0 {
			return p[0]
		}
		if p, ok := surnamePinyin[compoundSurname(c.Name)]; ok {
			return p
		}
		return ""
	}
	w := latinWords(cmp.Or(c.NameEn, c.Name))
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// hanSurnames are the surnames "X先生" may use for c: the first character
// (or compound surname) of a Han name; for a Latin name, the Han surnames
// spelled like its last word (Emily Chen → 陈).
func hanSurnames(c book.Customer) []string {
	if hasHan(c.Name) {
		return []string{compoundSurname(c.Name)}
	}
	if s := latinSurname(c); s != "" {
		return hanSurnamesFor(s)
	}
	return nil
}

// containsToken reports whether tok occurs in s not glued to other id characters.
func containsToken(s, tok string) bool {
	if tok == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(s[from:], tok)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(tok)
		if (i == 0 || !idChar(s[i-1])) && (end == len(s) || !idChar(s[end])) {
			return true
		}
		from = i + 1
	}
}

func idChar(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '_' }

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
