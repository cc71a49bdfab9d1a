-- +goose Up
-- The bank's book, as JSON of the knowledge/book types plus the key columns
-- queries use, so the types can grow fields without a migration. No foreign
-- key from accounts to customers: the core system's export order is not ours.
CREATE TABLE customers (
    id         TEXT PRIMARY KEY,
    manager_id TEXT NOT NULL,
    body       TEXT NOT NULL -- JSON of book.Customer
);
CREATE INDEX customers_manager ON customers (manager_id, id);

CREATE TABLE staff (
    id   TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    body TEXT NOT NULL -- JSON of book.Staff
);

CREATE TABLE accounts (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    body        TEXT NOT NULL -- JSON of book.Account
);
CREATE INDEX accounts_customer ON accounts (customer_id, id);

-- +goose Down
DROP TABLE accounts;
DROP TABLE staff;
DROP TABLE customers;
