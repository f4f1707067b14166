package v3

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// File and directory names from item names, as Postman writes them: the
// characters / \ : * ? " < > | (and control characters) become "-", spaces
// around are trimmed, and a name already taken in the directory (without
// regard to case) gets " 1", " 2", ... until it is free.

const maxStem = 200 // bytes, leaving room for ".request.yaml" and " 12"

func sanitize(name, empty string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case strings.ContainsRune(`/\:*?"<>|`, r), r < 0x20, r == 0x7f:
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	s := strings.TrimSpace(b.String())
	if len(s) > maxStem {
		cut := maxStem
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimSpace(s[:cut])
	}
	if s == "" {
		s = empty
	}
	return s
}

// dirName is a folder's directory name: also no leading dot (dot
// directories are not read) and no trailing dot (Windows drops it).
func dirName(name string) string {
	s := sanitize(name, "folder")
	if strings.HasPrefix(s, ".") {
		s = "-" + s[1:]
	}
	s = strings.TrimRight(s, ". ")
	if s == "" || strings.HasSuffix(s, ".resources") {
		s += "-"
	}
	return s
}

// namer hands out names unique in one directory, without regard to case.
type namer map[string]bool

func (n namer) take(base string) string {
	name := base
	for i := 1; n[strings.ToLower(name)]; i++ {
		name = base + " " + strconv.Itoa(i)
	}
	n[strings.ToLower(name)] = true
	return name
}
