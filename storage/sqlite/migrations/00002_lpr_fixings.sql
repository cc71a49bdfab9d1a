-- +goose Up
-- Admin-recorded LPR fixings; the shipped history lives in knowledge/lpr.
-- date is YYYY-MM-DD, so text order is date order.
CREATE TABLE lpr_fixings (
    date TEXT PRIMARY KEY,
    body TEXT NOT NULL -- JSON of lpr.Fixing
);

-- +goose Down
DROP TABLE lpr_fixings;
