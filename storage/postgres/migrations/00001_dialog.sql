-- +goose Up
-- The conversation core (dialog.Store). Conventions for every table here:
--
-- Times. An instant is a timestamptz, NULL for Go's zero time, plus a
-- smallint *_ns holding the 0-999 nanoseconds below PostgreSQL's microsecond
-- resolution: the pair round-trips a Go time.Time exactly (the conformance
-- suite writes nanoseconds), and comparing or ordering by (x, x_ns) is
-- comparing by the full instant. Indexes carry both columns so a range scan
-- on the pair still is an index scan.
--
-- Bodies. Messages, frames, notes and handoffs are stored as json (not jsonb)
-- of the dialog types: json keeps the text verbatim, so a card's raw JSON
-- comes back byte for byte (jsonb reorders keys and reformats), it accepts
-- \u0000 (jsonb refuses it, and customers type what they like), and it costs
-- nothing to parse on write. Nothing ever filters inside a body: every field
-- a query filters or sorts on is a real column with an index below. A body's
-- Seq is 0; the seq column is the truth (the store assigns it in the same
-- statement that inserts the row).
--
-- Ids are COLLATE "C": lists ordered "by id" (and ties broken by id) sort by
-- bytes, as in the SQLite store, whatever the database's default collation.

CREATE TABLE conversations (
    id             text COLLATE "C" PRIMARY KEY,
    customer_id    text NOT NULL,
    role           text NOT NULL,
    channel        text NOT NULL,
    status         text NOT NULL CHECK (status IN ('open', 'ended')),
    lang           text NOT NULL,
    started_at     timestamptz,
    started_ns     smallint NOT NULL DEFAULT 0 CHECK (started_ns BETWEEN 0 AND 999),
    last_active    timestamptz,
    last_active_ns smallint NOT NULL DEFAULT 0 CHECK (last_active_ns BETWEEN 0 AND 999),
    ended_at       timestamptz,
    ended_ns       smallint NOT NULL DEFAULT 0 CHECK (ended_ns BETWEEN 0 AND 999),
    last_seq       bigint NOT NULL DEFAULT 0, -- the newest frame's seq; AppendFrames bumps it under the row lock
    note_id        text NOT NULL DEFAULT '',
    state          bytea, -- the responder's opaque memory
    handoff        json,  -- dialog.Handoff
    handoff_active boolean NOT NULL DEFAULT false -- handoff queued or connected (dialog.Handoff.Active)
);
-- ConversationsOf: a customer's history, newest first, is a backward-free
-- range scan that stops at the limit, however many conversations exist.
CREATE INDEX conversations_customer ON conversations (customer_id, started_at DESC NULLS LAST, started_ns DESC, id DESC);
-- OpenConversations (the idle sweeper, every few seconds): open conversations
-- by last activity. Partial, so the millions of ended conversations are not
-- in it at all and it stays the size of the live traffic.
CREATE INDEX conversations_open ON conversations (last_active NULLS FIRST, last_active_ns, id) WHERE status = 'open';
-- Handoffs (the seat queue): partial on the few active handoffs, so listing
-- the queue never reads the rest of the table.
CREATE INDEX conversations_handoff ON conversations (id) WHERE handoff_active AND status = 'open';

-- Messages keep arrival order in id. client_id NULL means "no id, never a
-- duplicate" (NULLs are distinct in a UNIQUE constraint).
CREATE TABLE messages (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations (id),
    client_id       text,
    seq             bigint NOT NULL, -- the conversation's last_seq on arrival
    body            json NOT NULL,   -- dialog.Message
    -- AddMessage's idempotency: INSERT ... ON CONFLICT DO NOTHING on it, then
    -- the existing row is looked up through it.
    UNIQUE (conversation_id, client_id)
);
-- Messages(conversation) in arrival order: one range scan, already sorted.
CREATE INDEX messages_conversation ON messages (conversation_id, id);

CREATE TABLE frames (
    conversation_id text NOT NULL REFERENCES conversations (id),
    seq             bigint NOT NULL,
    type            text NOT NULL,
    reply_to        text NOT NULL DEFAULT '',
    body            json NOT NULL, -- dialog.Frame
    -- FramesAfter (replay on resume) is a range scan on the key; the key also
    -- makes a duplicate seq impossible, whatever a buggy caller does.
    PRIMARY KEY (conversation_id, seq)
);
-- FramesReplyingTo (a retried client message finds its answers). Partial:
-- unprompted frames (reply_to '') are never looked up by it.
CREATE INDEX frames_reply_to ON frames (conversation_id, reply_to, seq) WHERE reply_to <> '';

-- UNIQUE (conversation_id): a conversation can never get a second note.
CREATE TABLE notes (
    id              text COLLATE "C" PRIMARY KEY,
    conversation_id text NOT NULL UNIQUE REFERENCES conversations (id),
    customer_id     text NOT NULL,
    ended_at        timestamptz,
    ended_ns        smallint NOT NULL DEFAULT 0 CHECK (ended_ns BETWEEN 0 AND 999),
    body            json NOT NULL, -- dialog.Note without its CSAT
    csat            json           -- dialog.CSAT, set by SetCSAT after the end
);
-- Notes by customer (a manager's book), newest first, limit-friendly.
CREATE INDEX notes_customer ON notes (customer_id, ended_at DESC NULLS LAST, ended_ns DESC, id DESC);
-- Notes newest first, and since a time (reports), without a sort.
CREATE INDEX notes_ended ON notes (ended_at DESC NULLS LAST, ended_ns DESC, id DESC);

-- One row per distinct flag code on a note, so NoteQuery.Flag is an index
-- lookup. ended_at/ended_ns are copied from the note (notes never change
-- their end), so "notes with this flag, newest first, limit n" is a range
-- scan on note_flags_newest that stops after n rows instead of sorting
-- every note that ever had the flag.
CREATE TABLE note_flags (
    code     text NOT NULL,
    note_id  text COLLATE "C" NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    ended_at timestamptz,
    ended_ns smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (code, note_id)
);
CREATE INDEX note_flags_newest ON note_flags (code, ended_at DESC NULLS LAST, ended_ns DESC, note_id DESC);
-- The foreign key's cascade (and joins from a note to its flags).
CREATE INDEX note_flags_note ON note_flags (note_id);

-- Manager alerts (DOMAIN.md §5). UNIQUE (conversation_id, kind, code) is what
-- makes raising idempotent: INSERT ... ON CONFLICT DO NOTHING keeps the first
-- row, however many raisers race. code is '' for a callback. The note id is
-- not stored: it is read from conversations when listing.
CREATE TABLE alerts (
    id              text COLLATE "C" PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations (id),
    kind            text NOT NULL,
    code            text NOT NULL DEFAULT '',
    customer_id     text NOT NULL,
    seq             bigint NOT NULL DEFAULT 0,
    severity        text NOT NULL DEFAULT '',
    evidence        text NOT NULL DEFAULT '',
    action          text NOT NULL DEFAULT '',
    created_at      timestamptz,
    created_ns      smallint NOT NULL DEFAULT 0 CHECK (created_ns BETWEEN 0 AND 999),
    due_at          timestamptz,
    due_ns          smallint NOT NULL DEFAULT 0 CHECK (due_ns BETWEEN 0 AND 999),
    status          text NOT NULL CHECK (status IN ('open', 'acknowledged')),
    acked_at        timestamptz,
    acked_ns        smallint NOT NULL DEFAULT 0 CHECK (acked_ns BETWEEN 0 AND 999),
    acked_by        text NOT NULL DEFAULT '',
    UNIQUE (conversation_id, kind, code)
);
-- A manager's alerts (their customers'), newest first.
CREATE INDEX alerts_customer ON alerts (customer_id, created_at DESC NULLS LAST, created_ns DESC, id DESC);
-- The open (or acknowledged) alerts, newest first: the work list.
CREATE INDEX alerts_status ON alerts (status, created_at DESC NULLS LAST, created_ns DESC, id DESC);

-- +goose Down
DROP TABLE alerts;
DROP TABLE note_flags;
DROP TABLE notes;
DROP TABLE frames;
DROP TABLE messages;
DROP TABLE conversations;
