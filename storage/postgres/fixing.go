package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/loandesk/loandesk/knowledge/lpr"
)

// AddFixing records an admin's fixing, replacing any fixing of the same date.
func (s *Store) AddFixing(ctx context.Context, f lpr.Fixing) error {
	date := f.Date.Format(time.DateOnly) // the calendar date as written, as lpr's JSON does
	body, err := json.Marshal(f)
	if err == nil {
		_, err = s.pool.Exec(ctx, `INSERT INTO lpr_fixings (date, body) VALUES ($1::text::date, $2)
			ON CONFLICT (date) DO UPDATE SET body = excluded.body`, date, body)
	}
	if err != nil {
		return fmt.Errorf("add lpr fixing %s: %w", date, translate(err))
	}
	return nil
}

// Fixings lists the admin-recorded fixings, oldest first.
func (s *Store) Fixings(ctx context.Context) ([]lpr.Fixing, error) {
	out, err := queryJSON[lpr.Fixing](ctx, s.pool, `SELECT body FROM lpr_fixings ORDER BY date`)
	if err != nil {
		return nil, fmt.Errorf("list lpr fixings: %w", translate(err))
	}
	return out, nil
}
