-- +goose Up
-- Times are INTEGER unix nanoseconds in UTC; NULL is the zero time.
CREATE TABLE conversations (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    role        TEXT NOT NULL,
    channel     TEXT NOT NULL,
    status      TEXT NOT NULL,
    lang        TEXT NOT NULL,
    started_at  INTEGER,
    last_active INTEGER,
    ended_at    INTEGER,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    note_id     TEXT NOT NULL DEFAULT '',
    state       BLOB
);
CREATE INDEX conversations_customer ON conversations (customer_id, started_at DESC);
CREATE INDEX conversations_open ON conversations (status, last_active);

-- Messages keep arrival order in id; client_id NULL means "no id, never a duplicate".
CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    client_id       TEXT,
    seq             INTEGER NOT NULL,
    body            TEXT NOT NULL, -- JSON of dialog.Message
    UNIQUE (conversation_id, client_id)
);
CREATE INDEX messages_conversation ON messages (conversation_id, id);

CREATE TABLE frames (
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    seq             INTEGER NOT NULL,
    type            TEXT NOT NULL,
    reply_to        TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL, -- JSON of dialog.Frame
    PRIMARY KEY (conversation_id, seq)
) WITHOUT ROWID;
CREATE INDEX frames_reply_to ON frames (conversation_id, reply_to, seq);

-- UNIQUE (conversation_id): a conversation can never get a second note.
CREATE TABLE notes (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL UNIQUE REFERENCES conversations (id),
    customer_id     TEXT NOT NULL,
    ended_at        INTEGER,
    body            TEXT NOT NULL -- JSON of dialog.Note, csat included
);
CREATE INDEX notes_customer ON notes (customer_id, ended_at DESC);
CREATE INDEX notes_ended ON notes (ended_at DESC);

-- One row per distinct flag code on a note, so NoteQuery.Flag is an index lookup.
CREATE TABLE note_flags (
    code    TEXT NOT NULL,
    note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    PRIMARY KEY (code, note_id)
) WITHOUT ROWID;
CREATE INDEX note_flags_note ON note_flags (note_id);

-- +goose Down
DROP TABLE note_flags;
DROP TABLE notes;
DROP TABLE frames;
DROP TABLE messages;
DROP TABLE conversations;
