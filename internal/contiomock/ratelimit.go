package contiomock

import "time"

// rateLimiter is a sliding-log limiter: for each client address it keeps the
// times of the requests it admitted within the rolling window.
type rateLimiter struct {
	hits map[string][]time.Time
}

// allow admits a request from ip at now if fewer than limit requests were
// admitted in (now-window, now]. It returns whether the request is admitted,
// how long until the next one would be (when refused), and how many requests
// remain in the window (when admitted).
func (l *rateLimiter) allow(ip string, now time.Time, limit int, window time.Duration) (bool, time.Duration, int) {
	cutoff := now.Add(-window)
	kept := l.hits[ip][:0]
	for _, t := range l.hits[ip] {
		if t.After(cutoff) {
			kept = append(kept, t)
		}
	}
	if len(kept) >= limit {
		l.hits[ip] = kept
		return false, kept[0].Add(window).Sub(now), 0
	}
	kept = append(kept, now)
	l.hits[ip] = kept
	return true, 0, limit - len(kept)
}
