package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/loandesk/loandesk/channels/web"
	"github.com/loandesk/loandesk/knowledge/lpr"
	"github.com/loandesk/loandesk/knowledge/product"
)

// integerFields are sent as JSON numbers; every other field as a string, which
// the API accepts for money, rates, methods and dates alike.
var integerFields = []string{"term_months", "remaining_months", "spread_bp", "age", "due_day"}

// calc runs a calculator with --field value flags named like the HTTP API's
// JSON fields (dashes or underscores), through the API's own decoders.
func calc(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || !slices.Contains(web.Calculators, args[0]) {
		fmt.Fprintln(stderr, "usage: loandesk calc schedule|quota|prepayment|lpr-impact [--json] --field value …")
		fmt.Fprintln(stderr, "example: loandesk calc schedule --principal 1000000 --annual_rate_pct 4.9 --term_months 360 --method equal_installment")
		return usageError{errors.New("calc: want a calculator name")}
	}
	name := args[0]
	obj, asJSON, lang, err := calcFields(args[1:])
	if err != nil {
		return usageError{err}
	}
	if _, ok := obj["method"]; !ok && name != "quota" {
		obj["method"] = "equal_installment" // the command line's one default; the API requires it
	}
	body, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	card, err := web.Calculate(name, body, lpr.NewHistory(lpr.Shipped()), product.Defaults(), lang)
	if err != nil {
		return usageError{err}
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(card)
	}
	return printCard(stdout, card)
}

// calcFields turns --key value pairs into the API's JSON request fields.
func calcFields(args []string) (obj map[string]any, asJSON bool, lang string, err error) {
	obj = map[string]any{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			return nil, false, "", fmt.Errorf("unexpected argument %q", a)
		}
		key, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		key = strings.ReplaceAll(key, "-", "_")
		if key == "json" {
			asJSON = true
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, false, "", fmt.Errorf("--%s needs a value", key)
			}
			i++
			val = args[i]
		}
		if key == "lang" {
			lang = val
			continue
		}
		if slices.Contains(integerFields, key) {
			obj[key] = json.Number(val)
			if !json.Valid([]byte(val)) {
				return nil, false, "", fmt.Errorf("--%s: %q is not a number", key, val)
			}
			continue
		}
		obj[key] = val
	}
	return obj, asJSON, lang, nil
}

// printCard prints a card's fields one per line and any rows as a table.
func printCard(w io.Writer, card any) error {
	b, err := json.Marshal(card)
	if err != nil {
		return err
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return err
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, k := range keys {
		if k == "rows" || k == "options" {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\n", k, strings.Trim(string(fields[k]), `"`))
	}
	for _, k := range []string{"options", "rows"} {
		var rows []map[string]any
		if json.Unmarshal(fields[k], &rows) != nil || len(rows) == 0 {
			continue
		}
		cols := make([]string, 0, len(rows[0]))
		for c := range rows[0] {
			cols = append(cols, c)
		}
		slices.Sort(cols)
		fmt.Fprintf(tw, "\n%s\n%s\n", k, strings.Join(cols, "\t"))
		for _, r := range rows {
			vals := make([]string, len(cols))
			for i, c := range cols {
				vals[i] = fmt.Sprint(r[c])
			}
			fmt.Fprintln(tw, strings.Join(vals, "\t"))
		}
	}
	return tw.Flush()
}
