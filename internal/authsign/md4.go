package authsign

import (
	"encoding/binary"
	"math/bits"
)

// md4 is the MD4 digest of RFC 1320 (NTLM's password hash needs it).
func md4(msg []byte) [16]byte {
	a, b, c, d := uint32(0x67452301), uint32(0xefcdab89), uint32(0x98badcfe), uint32(0x10325476)

	padded := append([]byte(nil), msg...)
	padded = append(padded, 0x80)
	for len(padded)%64 != 56 {
		padded = append(padded, 0)
	}
	var lenBytes [8]byte
	binary.LittleEndian.PutUint64(lenBytes[:], uint64(len(msg))*8)
	padded = append(padded, lenBytes[:]...)

	f := func(x, y, z uint32) uint32 { return x&y | ^x&z }
	g := func(x, y, z uint32) uint32 { return x&y | x&z | y&z }
	h := func(x, y, z uint32) uint32 { return x ^ y ^ z }
	r2 := [16]int{0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15}
	r3 := [16]int{0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}
	s1 := [4]int{3, 7, 11, 19}
	s2 := [4]int{3, 5, 9, 13}
	s3 := [4]int{3, 9, 11, 15}

	var x [16]uint32
	for off := 0; off < len(padded); off += 64 {
		for i := range x {
			x[i] = binary.LittleEndian.Uint32(padded[off+4*i:])
		}
		aa, bb, cc, dd := a, b, c, d
		// each step updates one of a, d, c, b in turn
		step := func(i int, fn func(x, y, z uint32) uint32, k int, add uint32, s int) {
			switch i % 4 {
			case 0:
				a = bits.RotateLeft32(a+fn(b, c, d)+x[k]+add, s)
			case 1:
				d = bits.RotateLeft32(d+fn(a, b, c)+x[k]+add, s)
			case 2:
				c = bits.RotateLeft32(c+fn(d, a, b)+x[k]+add, s)
			case 3:
				b = bits.RotateLeft32(b+fn(c, d, a)+x[k]+add, s)
			}
		}
		for i := 0; i < 16; i++ {
			step(i, f, i, 0, s1[i%4])
		}
		for i := 0; i < 16; i++ {
			step(i, g, r2[i], 0x5a827999, s2[i%4])
		}
		for i := 0; i < 16; i++ {
			step(i, h, r3[i], 0x6ed9eba1, s3[i%4])
		}
		a += aa
		b += bb
		c += cc
		d += dd
	}
	var out [16]byte
	binary.LittleEndian.PutUint32(out[0:], a)
	binary.LittleEndian.PutUint32(out[4:], b)
	binary.LittleEndian.PutUint32(out[8:], c)
	binary.LittleEndian.PutUint32(out[12:], d)
	return out
}
