-- +goose Up
-- The bank's book, as json of the knowledge/book types plus the key columns
-- queries use, so the types can grow fields without a migration. No foreign
-- key from accounts to customers: the core system's export order is not ours.
CREATE TABLE customers (
    id         text COLLATE "C" PRIMARY KEY,
    manager_id text NOT NULL,
    body       json NOT NULL -- book.Customer
);
-- CustomersOf(manager), by id: one range scan, already in order.
CREATE INDEX customers_manager ON customers (manager_id, id);

CREATE TABLE staff (
    id   text COLLATE "C" PRIMARY KEY,
    role text NOT NULL,
    body json NOT NULL -- book.Staff
);

CREATE TABLE accounts (
    id          text COLLATE "C" PRIMARY KEY,
    customer_id text NOT NULL,
    body        json NOT NULL -- book.Account
);
-- Accounts(customer), by id: every turn that talks about loans reads it.
CREATE INDEX accounts_customer ON accounts (customer_id, id);

-- Admin-recorded LPR fixings; the shipped history lives in knowledge/lpr.
CREATE TABLE lpr_fixings (
    date date PRIMARY KEY, -- the calendar date the fixing names
    body json NOT NULL     -- lpr.Fixing
);

-- +goose Down
DROP TABLE lpr_fixings;
DROP TABLE accounts;
DROP TABLE staff;
DROP TABLE customers;
