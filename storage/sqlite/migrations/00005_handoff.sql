-- +goose Up
-- A conversation's human-seat record (dialog.Handoff) as JSON, and whether it
-- is active (queued or connected) so the queue is one index lookup.
ALTER TABLE conversations ADD COLUMN handoff TEXT;
ALTER TABLE conversations ADD COLUMN handoff_active INTEGER NOT NULL DEFAULT 0;
CREATE INDEX conversations_handoff ON conversations (handoff_active) WHERE handoff_active = 1;

-- +goose Down
DROP INDEX conversations_handoff;
ALTER TABLE conversations DROP COLUMN handoff_active;
ALTER TABLE conversations DROP COLUMN handoff;
