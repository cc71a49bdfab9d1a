// Package bindcode makes and reads the one-time codes that bind a messaging
// chat (Telegram) to a bank customer. Every store adapter uses it, so a code
// issued through one store reads the same way in another; stores keep only
// Hash of a code, so a leaked table binds no chat.
package bindcode

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Alphabet has no 0/O or 1/I; its 32 letters let a byte's low five bits pick one evenly.
const Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// Length is a code's length: 32^8 codes, against a 10-minute, single-use window.
const Length = 8

// New returns a random code.
func New() (string, error) {
	var b [Length]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("random code: %w", err)
	}
	for i := range b {
		b[i] = Alphabet[b[i]&31]
	}
	return string(b[:]), nil
}

// Hash is what a store keeps of a code, read as typed: any case, with spaces,
// tabs and dashes ignored.
func Hash(typed string) string {
	code := strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '-' || r == '\t':
			return -1
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		return r
	}, typed)
	sum := sha256.Sum256([]byte(code))
	return hex.EncodeToString(sum[:])
}
