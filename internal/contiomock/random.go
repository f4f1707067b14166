package contiomock

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
)

// The helpers below read from s.cfg.Rand and must be called with s.mu held.

func (s *Server) randBytes(n int) ([]byte, error) {
	b := make([]byte, n)
	if _, err := io.ReadFull(s.cfg.Rand, b); err != nil {
		return nil, fmt.Errorf("contiomock: reading random bytes: %w", err)
	}
	return b, nil
}

// newToken returns an opaque URL-safe token with 32 random bytes.
func (s *Server) newToken() (string, error) {
	b, err := s.randBytes(32)
	if err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// newUUID returns a random version 4 UUID.
func (s *Server) newUUID() (string, error) {
	b, err := s.randBytes(16)
	if err != nil {
		return "", err
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return formatUUID(b), nil
}

func (s *Server) newRequestID() (string, error) {
	b, err := s.randBytes(8)
	if err != nil {
		return "", err
	}
	return "req_" + hex.EncodeToString(b), nil
}

// newOTP returns six uniformly distributed decimal digits, or the fixed
// Config.OTP.
func (s *Server) newOTP() (string, error) {
	if s.cfg.OTP != "" {
		return s.cfg.OTP, nil
	}
	// Rejection sampling keeps the distribution uniform: 4294000000 is the
	// largest multiple of 10^6 not above 2^32.
	for {
		b, err := s.randBytes(4)
		if err != nil {
			return "", err
		}
		v := binary.BigEndian.Uint32(b)
		if v < 4294000000 {
			return fmt.Sprintf("%06d", v%1000000), nil
		}
	}
}

// stableID derives a UUID-shaped id from a name, so the same e-mail or client
// gets the same id in every run of the mock.
func stableID(kind, name string) string {
	sum := sha256.Sum256([]byte(kind + ":" + name))
	b := sum[:16]
	b[6] = b[6]&0x0f | 0x50
	b[8] = b[8]&0x3f | 0x80
	return formatUUID(b)
}

func formatUUID(b []byte) string {
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}
