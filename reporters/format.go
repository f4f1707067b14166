package reporters

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// PrettyMS formats a duration in milliseconds the way Newman prints it.
func PrettyMS(ms float64) string {
	switch {
	case ms < 1:
		return strconv.Itoa(int(ms*1000)) + "µs"
	case ms < 1998:
		return strconv.Itoa(int(ms)) + "ms"
	}
	d := time.Duration(ms * float64(time.Millisecond))
	if d < time.Minute {
		s := math.Floor(ms/100) / 10
		return strings.TrimSuffix(strconv.FormatFloat(s, 'f', 1, 64), ".0") + "s"
	}
	var parts []string
	h := int(d / time.Hour)
	m := int(d/time.Minute) % 60
	sec := int(d/time.Second) % 60
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%dh", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%dm", m))
	}
	if sec > 0 {
		parts = append(parts, fmt.Sprintf("%ds", sec))
	}
	return strings.Join(parts, " ")
}

// FileSize formats a byte count like Newman's filesize(bytes, {spacer: ”}).
func FileSize(n int64) string {
	units := []string{"B", "kB", "MB", "GB", "TB"}
	f := float64(n)
	i := 0
	for f >= 1000 && i < len(units)-1 {
		f /= 1000
		i++
	}
	s := strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
	return s + units[i]
}

func itoa(i int) string { return strconv.Itoa(i) }
