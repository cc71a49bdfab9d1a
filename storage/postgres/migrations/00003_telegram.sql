-- +goose Up
-- Telegram account binding: one-time codes (only their sha256, so a copy of
-- the database binds no chat) and the chats bound to a customer.
CREATE TABLE telegram_codes (
    code_hash   text COLLATE "C" PRIMARY KEY,
    customer_id text NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX telegram_codes_customer ON telegram_codes (customer_id);

CREATE TABLE telegram_bindings (
    chat_id     bigint PRIMARY KEY,
    customer_id text NOT NULL,
    bound_at    timestamptz NOT NULL
);

-- +goose Down
DROP TABLE telegram_bindings;
DROP TABLE telegram_codes;
