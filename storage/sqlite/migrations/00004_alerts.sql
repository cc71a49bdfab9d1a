-- +goose Up
-- Manager alerts (DOMAIN.md §5). UNIQUE (conversation_id, kind, code) is what
-- makes raising idempotent: INSERT … ON CONFLICT DO NOTHING keeps the first
-- row, however many raisers race. code is '' for a callback. Times are
-- INTEGER unix nanoseconds in UTC, NULL the zero time, as in 00001. The
-- note id is not stored: it is read from conversations when listing.
CREATE TABLE alerts (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    kind            TEXT NOT NULL,
    code            TEXT NOT NULL DEFAULT '',
    customer_id     TEXT NOT NULL,
    seq             INTEGER NOT NULL DEFAULT 0,
    severity        TEXT NOT NULL DEFAULT '',
    evidence        TEXT NOT NULL DEFAULT '',
    action          TEXT NOT NULL DEFAULT '',
    created_at      INTEGER,
    due_at          INTEGER,
    status          TEXT NOT NULL,
    acked_at        INTEGER,
    acked_by        TEXT NOT NULL DEFAULT '',
    UNIQUE (conversation_id, kind, code)
);
CREATE INDEX alerts_customer ON alerts (customer_id, created_at DESC);
CREATE INDEX alerts_status ON alerts (status, created_at DESC);

-- +goose Down
DROP TABLE alerts;
