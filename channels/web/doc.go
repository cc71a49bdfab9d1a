// Package web is LoanDesk's web channel: the HTTP API of PROTOCOL.md, the
// WebSocket at /v1/ws for every role, the borrower chat page and the
// Prometheus metrics handler.
//
// It turns the wire into calls on the dialog core and the knowledge packages
// and back. Its dependencies are small consumer-owned interfaces (Book,
// Engine, dialog.Store, Catalogue) so storage adapters plug in without this
// package knowing them. Every error leaves as
// {"error":{"code":"snake_case","message":"..."}}; bad input is a 4xx, never a 500.
package web
