// Package postgres is LoanDesk's PostgreSQL store: dialog.Store, the bank's
// book and the admin's LPR fixings behind the same ports (and the same
// conformance suite, storage/storetest) as the embedded SQLite store, for
// running several instances against one database.
//
// Select it by setting LOANDESK_DATABASE_URL to a PostgreSQL URL, e.g.
//
//	LOANDESK_DATABASE_URL='postgres://loandesk:secret@db.internal:5432/loandesk?sslmode=verify-full'
//
// Without it LoanDesk keeps using the SQLite file in its data directory. The
// URL is anything pgx accepts (URL or key=value form, PG* environment
// variables as fallbacks); besides the usual libpq settings it honours
//
//   - search_path=<schema>: the schema LoanDesk's tables live in (it must
//     exist; default: the server's search_path, normally public), so one
//     database can hold several deployments, or tests, side by side;
//   - pool_max_conns, pool_min_conns, pool_max_conn_lifetime, … (pgxpool's
//     pool settings).
//
// Open (and `loandesk migrate`, through Migrate) applies the embedded goose
// migrations under a PostgreSQL session advisory lock, so instances starting
// at once on a fresh database queue instead of racing. The lock's id is
// derived from the database and schema; run migrations through LoanDesk, not
// the goose command, so every migrator takes the same lock. Behind PgBouncer
// in transaction mode, migrate on a direct connection (session locks need a
// session) and add default_query_exec_mode=exec to the URL (pgx otherwise
// caches prepared statements per connection).
package postgres
