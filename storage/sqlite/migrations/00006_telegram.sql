-- +goose Up
-- Telegram account binding: one-time codes (only their sha256, so a copy of
-- the database binds no chat) and the chats bound to a customer.
CREATE TABLE telegram_codes (
    code_hash   TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    expires_at  INTEGER NOT NULL -- unix nanoseconds
);
CREATE INDEX telegram_codes_customer ON telegram_codes (customer_id);

CREATE TABLE telegram_bindings (
    chat_id     INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL,
    bound_at    INTEGER NOT NULL -- unix nanoseconds
);

-- +goose Down
DROP TABLE telegram_bindings;
DROP TABLE telegram_codes;
