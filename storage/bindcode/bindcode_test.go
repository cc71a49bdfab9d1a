package bindcode

import (
	"strings"
	"testing"
)

func TestNewAndHash(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		c, err := New()
		if err != nil {
			t.Fatal(err)
		}
		if len(c) != Length || strings.Trim(c, Alphabet) != "" {
			t.Fatalf("code %q outside the alphabet", c)
		}
		if seen[c] {
			t.Fatalf("code %q twice in 200", c)
		}
		seen[c] = true
	}
	if Hash("k7m2-qx9a") != Hash("K7M2QX9A") || Hash(" K7M2 QX9A\t") != Hash("K7M2QX9A") {
		t.Fatal("a code typed with dashes, spaces or in lower case reads differently")
	}
	if Hash("K7M2QX9A") == Hash("K7M2QX9B") || strings.Contains(Hash("K7M2QX9A"), "K7M2") {
		t.Fatal("hash does not hide or tell codes apart")
	}
}
