package dynvars

import (
	cryptorand "crypto/rand"
	"encoding/binary"
	"io"
	"math/rand/v2"
	"testing"
	"time"
)

// seededEntropy is a reproducible stand-in for crypto/rand in tests.
func seededEntropy(s1, s2 uint64) io.Reader {
	var seed [32]byte
	binary.LittleEndian.PutUint64(seed[0:], s1)
	binary.LittleEndian.PutUint64(seed[8:], s2)
	return rand.NewChaCha8(seed)
}

// The production source of unguessable values is crypto/rand.
func TestDefaultEntropyIsCryptoRand(t *testing.T) {
	g := New(rand.New(rand.NewPCG(1, 2)), nil, nil)
	if g.entropy != cryptorand.Reader {
		t.Fatalf("default entropy is %T, want crypto/rand.Reader", g.entropy)
	}
}

// $guid, $randomUUID and $randomPassword do not follow from the fast
// generator's seed: two generators with the same seed and clock (what a
// clock-seeded PCG gives two runs started at the same instant) still differ.
func TestUnguessableValuesIgnoreSeed(t *testing.T) {
	now := fixedClock(time.Unix(1_700_000_000, 0))
	for _, name := range []string{"guid", "randomUUID", "randomPassword"} {
		a, _ := New(rand.New(rand.NewPCG(1, 2)), nil, now).Value(name)
		b, _ := New(rand.New(rand.NewPCG(1, 2)), nil, now).Value(name)
		if a == b {
			t.Errorf("$%s: two generators with the same seed both gave %q", name, a)
		}
	}
}

// They are drawn from the entropy reader: a reader of zero bytes gives the
// all-zero UUID (with its version and variant bits) and a password of 'A's.
func TestUnguessableValuesUseEntropy(t *testing.T) {
	g := New(rand.New(rand.NewPCG(1, 2)), zeroReader{}, nil)
	if v, _ := g.Value("guid"); v != "00000000-0000-4000-8000-000000000000" {
		t.Errorf("$guid from zero bytes = %q", v)
	}
	if v, _ := g.Value("randomPassword"); v != "AAAAAAAAAAAAAAA" {
		t.Errorf("$randomPassword from zero bytes = %q", v)
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// secureIntN is uniform: bytes past the last whole multiple of n are
// rejected rather than folded onto the low values.
func TestSecureIntNRejects(t *testing.T) {
	// 63 characters: 256 - 256%63 = 252; bytes 252..255 must be skipped
	g := New(nil, &sliceReader{b: []byte{255, 252, 253, 254, 64}}, nil)
	if got := g.secureIntN(63); got != 1 {
		t.Fatalf("secureIntN(63) = %d, want 1 (64 %% 63 after rejecting 252..255)", got)
	}
}

type sliceReader struct{ b []byte }

func (s *sliceReader) Read(p []byte) (int, error) {
	if len(s.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.b)
	s.b = s.b[n:]
	return n, nil
}
