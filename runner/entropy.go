package runner

import (
	cryptorand "crypto/rand"
	"encoding/binary"
	"io"
	"math/rand/v2"
)

// entropySource is where the run draws what must not be predictable: auth
// nonces and client challenges (digest cnonce, NTLM, OAuth 1.0, Hawk,
// EdgeGrid, ASAP jti), UUIDs ($guid, Postman-Token, execution ids) and
// multipart boundaries. Only tests set Options.Entropy.
func entropySource(opts Options) io.Reader {
	if opts.Entropy != nil {
		return opts.Entropy
	}
	return cryptorand.Reader
}

// fastSource is the default source of Options.Rand (the other dynamic
// variables, $randomInt and the like): a fast generator seeded from
// crypto/rand, so that not even those follow from the start time.
func fastSource() *rand.Rand {
	var seed [32]byte
	cryptorand.Read(seed[:]) // never fails (Go 1.24+: it crashes the program instead)
	return rand.New(rand.NewChaCha8(seed))
}

// entropyBytes fills p from the run's entropy source. crypto/rand.Read
// never fails; a test reader that runs dry falls back to it.
func (r *run) entropyBytes(p []byte) {
	if _, err := io.ReadFull(r.entropy, p); err != nil {
		cryptorand.Read(p)
	}
}

func (r *run) entropyUint64() uint64 {
	var b [8]byte
	r.entropyBytes(b[:])
	return binary.LittleEndian.Uint64(b[:])
}
