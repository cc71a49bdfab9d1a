// Package lpr holds the Loan Prime Rate history (DOMAIN.md §3): the fixings
// shipped with the product, the admin's corrections and additions, the rate
// a floating loan takes on a repricing date, and the lpr_impact card.
package lpr

import (
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/loandesk/loandesk/knowledge/loan"
	"github.com/loandesk/loandesk/knowledge/money"
)

// shippedCSV is the history from 2019-08-20 (the first reformed LPR) that ships
// with every release; later fixings are recorded by an admin at run time.
//
//go:embed lpr.csv
var shippedCSV string

// Fixing is one monthly publication: the 1-year and 5-year-plus rates.
// Date is a calendar date (UTC midnight).
type Fixing struct {
	Date     time.Time
	OneYear  money.Percent
	FiveYear money.Percent
}

type fixingJSON struct {
	Date     string        `json:"date"`
	OneYear  money.Percent `json:"one_year_pct"`
	FiveYear money.Percent `json:"five_year_pct"`
}

// MarshalJSON sends {"date":"2026-08-20","one_year_pct":"3","five_year_pct":"3.5"}.
func (f Fixing) MarshalJSON() ([]byte, error) {
	return json.Marshal(fixingJSON{f.Date.Format(time.DateOnly), f.OneYear, f.FiveYear})
}

// UnmarshalJSON reads the same shape; it checks syntax only (see ValidateFixing).
func (f *Fixing) UnmarshalJSON(b []byte) error {
	var v fixingJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	d, err := ParseDate(v.Date)
	if err != nil {
		return err
	}
	*f = Fixing{Date: d, OneYear: v.OneYear, FiveYear: v.FiveYear}
	return nil
}

// Rate is the fixing's rate for a tenor.
func (f Fixing) Rate(t Tenor) money.Percent {
	if t == FiveYear {
		return f.FiveYear
	}
	return f.OneYear
}

// ParseDate reads YYYY-MM-DD as a UTC date; errors name the field "date".
func ParseDate(s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, &loan.FieldError{Field: "date", Msg: "must be a date YYYY-MM-DD"}
	}
	return d, nil
}

// Shipped is the history embedded in the binary, parsed on each call (85 rows,
// microseconds). The file is checked by the package tests, so a parse failure
// here is a broken build and panics.
func Shipped() []Fixing {
	f, err := ParseCSV(strings.NewReader(shippedCSV))
	if err != nil {
		panic(fmt.Sprintf("lpr: embedded lpr.csv: %v", err))
	}
	return f
}

// maxCSVRows bounds what an uploaded file can make us hold (a century of months).
const maxCSVRows = 1200

// ParseCSV reads "date,lpr_1y,lpr_5y" rows (the header is optional), as in
// data/lpr.csv. Each rate must satisfy ValidateRates; a date may appear once.
// The fixings come back in file order.
func ParseCSV(r io.Reader) ([]Fixing, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	cr.ReuseRecord = true
	var out []Fixing
	seen := map[time.Time]bool{}
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("lpr csv: %w", err)
		}
		if line == 1 && strings.EqualFold(strings.TrimSpace(rec[0]), "date") {
			continue
		}
		if len(out) == maxCSVRows {
			return nil, fmt.Errorf("lpr csv: more than %d rows", maxCSVRows)
		}
		f, err := parseRow(rec)
		if err != nil {
			return nil, fmt.Errorf("lpr csv line %d: %w", line, err)
		}
		if seen[f.Date] {
			return nil, fmt.Errorf("lpr csv line %d: date %s appears twice", line, rec[0])
		}
		seen[f.Date] = true
		out = append(out, f)
	}
	return out, nil
}

func parseRow(rec []string) (Fixing, error) {
	d, err := ParseDate(rec[0])
	if err != nil {
		return Fixing{}, err
	}
	one, err := money.ParsePercent(rec[1])
	if err != nil {
		return Fixing{}, &loan.FieldError{Field: "one_year_pct", Msg: err.Error()}
	}
	five, err := money.ParsePercent(rec[2])
	if err != nil {
		return Fixing{}, &loan.FieldError{Field: "five_year_pct", Msg: err.Error()}
	}
	f := Fixing{Date: d, OneYear: one, FiveYear: five}
	return f, ValidateRates(f)
}
