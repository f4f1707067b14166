package main

import (
	"fmt"
	"strconv"
	"strings"
)

// sizeUnits are the suffixes a size flag accepts, case-insensitively:
// decimal (KB, MB, GB) and binary (KiB, MiB, GiB) multiples and plain bytes.
var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// parseSize reads a size such as "50MB", "512MiB", "1g" or "1048576" into
// bytes. "0" means no limit to the flags that take it.
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	if t == "" {
		return 0, fmt.Errorf("%q is not a size", s)
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n < 0 || n != n {
		return 0, fmt.Errorf("%q is not a size (a number of bytes, or with KB, MB, GB, KiB, MiB, GiB)", s)
	}
	v := n * float64(mult)
	if v >= 1<<62 {
		return 0, fmt.Errorf("%q is too large", s)
	}
	return int64(v), nil
}
