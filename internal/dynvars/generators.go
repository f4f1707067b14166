package dynvars

import (
	"strconv"
	"strings"
	"time"
)

const (
	msPerDay  = 24 * 3600 * 1000
	msPerYear = 365 * msPerDay

	hexDigits    = "0123456789abcdef"
	alphaNumeric = "0123456789abcdefghijklmnopqrstuvwxyz"
	upperAlpha   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	vowels       = "AEIOU"
	// base58 is the Bitcoin address alphabet (no 0, O, I or l).
	base58 = "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
	// wordChars is JavaScript's \w.
	wordChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"

	imageBase = "http://placeimg.com/640/480"
)

// uuidV4 returns a random RFC 4122 version 4 UUID in lower case.
func (g *Generator) uuidV4() string {
	var b [16]byte
	g.fill(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	out := make([]byte, 0, 36)
	for i, c := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, hexDigits[c>>4], hexDigits[c&0x0f])
	}
	return string(out)
}

// timestamp is Math.round(Date.now() / 1000).
func (g *Generator) timestamp() string {
	ms := g.now().UnixMilli()
	return strconv.FormatInt(floorDiv(ms+500, 1000), 10)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// isoTimestamp is JavaScript's Date.prototype.toISOString.
func (g *Generator) isoTimestamp() string {
	t := g.now().UTC()
	y := t.Year()
	if y >= 0 && y <= 9999 {
		return t.Format("2006-01-02T15:04:05.000Z")
	}
	sign := "+"
	if y < 0 {
		sign, y = "-", -y
	}
	ys := strconv.Itoa(y)
	for len(ys) < 6 {
		ys = "0" + ys
	}
	return sign + ys + t.Format("-01-02T15:04:05.000Z")
}

// dateOffset returns now+ms in the form of JavaScript's Date.prototype.toString,
// in the time zone of the clock's time.
func (g *Generator) dateOffset(ms int) string {
	return jsDateString(g.now().Add(time.Duration(ms) * time.Millisecond))
}

func jsDateString(t time.Time) string {
	return t.Format("Mon Jan 02 2006 15:04:05 GMT-0700") + " (" + zoneLongName(t) + ")"
}

// zoneLongName approximates the zone name JavaScript prints in parentheses.
// Go only knows abbreviations, so apart from UTC and GMT the abbreviation is
// used; an unnamed zone prints as its offset, as V8 does for such zones.
func zoneLongName(t time.Time) string {
	name, off := t.Zone()
	switch {
	case name == "UTC" || (name == "" && off == 0):
		return "Coordinated Universal Time"
	case name == "GMT" && off == 0:
		return "Greenwich Mean Time"
	case name != "":
		return name
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return "GMT" + string(sign) + pad2(off/3600) + ":" + pad2(off%3600/60)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// fixed4 formats k/10000 with four decimals, like Number.toFixed(4).
func fixed4(k int) string {
	sign := ""
	if k < 0 {
		sign, k = "-", -k
	}
	frac := strconv.Itoa(k % 10000)
	for len(frac) < 4 {
		frac = "0" + frac
	}
	return sign + strconv.Itoa(k/10000) + "." + frac
}

// phoneNumber follows faker's first en format "!##-!##-####" ('!' is 2-9).
func (g *Generator) phoneNumber() string {
	var b strings.Builder
	for _, c := range "!##-!##-####" {
		switch c {
		case '!':
			b.WriteByte(byte('0' + g.num(2, 9)))
		case '#':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// wordSources are the generators faker's random.word chooses between.
var wordSources = []func(*Generator) string{
	func(g *Generator) string { return g.pick(departments) },
	(*Generator).productName,
	func(g *Generator) string { return g.pick(productAdjectives) },
	func(g *Generator) string { return g.pick(productMaterials) },
	func(g *Generator) string { return g.pick(products) },
	func(g *Generator) string { return g.pick(colors) },
	func(g *Generator) string { return g.pick(catchPhraseAdjectives) },
	func(g *Generator) string { return g.pick(catchPhraseDescriptors) },
	func(g *Generator) string { return g.pick(catchPhraseNouns) },
	func(g *Generator) string { return g.pick(bsAdjectives) },
	func(g *Generator) string { return g.pick(bsVerbs) },
	func(g *Generator) string { return g.pick(bsNouns) },
	func(g *Generator) string { return g.pick(streetSuffixes) },
	func(g *Generator) string { return g.pick(counties) },
	func(g *Generator) string { return g.pick(countries) },
	func(g *Generator) string { return g.pick(states) },
	func(g *Generator) string { return g.pick(accountTypes) + " Account" },
	func(g *Generator) string { return g.pick(transactionTypes) },
	func(g *Generator) string { return currencies[g.r.IntN(len(currencies))].name },
	func(g *Generator) string { return g.pick(hackerNouns) },
	func(g *Generator) string { return g.pick(hackerVerbs) },
	func(g *Generator) string { return g.pick(hackerAdjectives) },
	func(g *Generator) string { return g.pick(hackerIngverbs) },
	func(g *Generator) string { return g.pick(hackerAbbreviations) },
	func(g *Generator) string { return g.pick(jobDescriptors) },
	func(g *Generator) string { return g.pick(jobAreas) },
	func(g *Generator) string { return g.pick(jobTypes) },
}

// word is faker's random.word: one space-separated piece of a random
// commerce/company/address/finance/hacker/job value.
func (g *Generator) word() string {
	parts := strings.Split(wordSources[g.r.IntN(len(wordSources))](g), " ")
	return parts[g.r.IntN(len(parts))]
}

func (g *Generator) wordsN(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.word()
	}
	return strings.Join(w, " ")
}

// randomWords is postman-collection's own $randomWords: 2 to 5 words.
func (g *Generator) randomWords() string { return g.wordsN(g.num(2, 5)) }

// wordsFileStem is faker's random.words() (1-3 words) lower-cased, with every
// non-\w UTF-16 code unit replaced by '_'.
func (g *Generator) wordsFileStem() string {
	s := strings.ToLower(g.wordsN(g.num(1, 3)))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 128 && strings.IndexByte(wordChars, byte(r)) >= 0:
			b.WriteRune(r)
		case r > 0xFFFF:
			b.WriteString("__")
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

func (g *Generator) fileName() string { return g.wordsFileStem() + "." + g.pick(fileExts) }

func (g *Generator) commonFileExt() string {
	return g.pick(commonMimeTypes[g.r.IntN(len(commonMimeTypes))].exts)
}

func (g *Generator) city() string {
	switch g.r.IntN(5) {
	case 0:
		return g.pick(cityPrefixes) + " " + g.pick(firstNames) + g.pick(citySuffixes)
	case 1:
		return g.pick(cityPrefixes) + " " + g.pick(firstNames)
	case 2:
		return g.pick(firstNames) + g.pick(citySuffixes)
	case 3:
		return g.pick(lastNames) + g.pick(citySuffixes)
	default:
		return g.pick(cityNames)
	}
}

func (g *Generator) streetName() string {
	suffix := g.pick(streetSuffixes)
	if g.r.IntN(2) == 0 {
		return g.pick(lastNames) + " " + suffix
	}
	return g.pick(firstNames) + " " + suffix
}

func (g *Generator) streetAddress() string {
	return g.digits(5-g.r.IntN(3)) + " " + g.streetName()
}

func (g *Generator) productName() string {
	return g.pick(productAdjectives) + " " + g.pick(productMaterials) + " " + g.pick(products)
}

func (g *Generator) companyName() string {
	switch g.r.IntN(3) {
	case 0:
		return g.pick(lastNames) + " " + g.pick(companySuffixes)
	case 1:
		return g.pick(lastNames) + " - " + g.pick(lastNames)
	default:
		return g.pick(lastNames) + ", " + g.pick(lastNames) + " and " + g.pick(lastNames)
	}
}

func (g *Generator) catchPhrase() string {
	return g.pick(catchPhraseAdjectives) + " " + g.pick(catchPhraseDescriptors) + " " + g.pick(catchPhraseNouns)
}

func (g *Generator) bs() string {
	return g.pick(bsVerbs) + " " + g.pick(bsAdjectives) + " " + g.pick(bsNouns)
}

// price is faker's finance.amount(): 0.00 to 1000.00 in steps of 0.01.
func (g *Generator) price() string {
	k := g.num(0, 100000)
	return strconv.Itoa(k/100) + "." + pad2(k%100)
}

// currencySymbol draws until it finds a currency with a symbol, as faker does.
func (g *Generator) currencySymbol() string {
	for i := 0; i < 1000; i++ {
		if s := currencies[g.r.IntN(len(currencies))].symbol; s != "" {
			return s
		}
	}
	return "$"
}

func (g *Generator) bitcoin() string {
	n := g.num(25, 34)
	b := make([]byte, n)
	b[0] = "13"[g.r.IntN(2)]
	for i := 1; i < n; i++ {
		b[i] = base58[g.r.IntN(len(base58))]
	}
	return string(b)
}

// iban builds a random BBAN for a random country and prefixes the country
// code and the ISO 13616 mod-97 check digits.
func (g *Generator) iban() string {
	f := ibanFormats[g.r.IntN(len(ibanFormats))]
	var bban []byte
	for _, grp := range f.bban {
		for i := 0; i < grp.count; i++ {
			switch grp.kind {
			case 'a':
				bban = append(bban, upperAlpha[g.r.IntN(26)])
			case 'c':
				if g.num(0, 100) < 80 {
					bban = append(bban, byte('0'+g.r.IntN(10)))
				} else {
					bban = append(bban, upperAlpha[g.r.IntN(26)])
				}
			default:
				bban = append(bban, byte('0'+g.r.IntN(10)))
			}
		}
	}
	check := 98 - mod97(string(bban)+f.country+"00")
	return f.country + pad2(check) + string(bban)
}

// mod97 computes the remainder mod 97 of an alphanumeric string in which
// letters stand for 10..35.
func mod97(s string) int {
	rem := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A') + 10) % 97
		}
	}
	return rem
}

// bic is faker's finance.bic: bank code, country, location "?1" and an
// optional branch.
func (g *Generator) bic() string {
	prob := g.num(0, 100)
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteByte(upperAlpha[g.r.IntN(26)])
	}
	b.WriteByte(vowels[g.r.IntN(len(vowels))])
	b.WriteString(g.pick(countryCodes))
	b.WriteByte(upperAlpha[g.r.IntN(26)])
	b.WriteByte('1')
	switch {
	case prob < 10:
		b.WriteByte(upperAlpha[g.r.IntN(26)])
		b.WriteByte(vowels[g.r.IntN(len(vowels))])
		b.WriteByte(upperAlpha[g.r.IntN(26)])
	case prob < 40:
		b.WriteString(g.digits(3))
	}
	return b.String()
}

// phrase fills a hacker phrase template; every slot gets a fresh word.
func (g *Generator) phrase() string {
	tpl := g.pick(hackerPhrases)
	var b strings.Builder
	for {
		i := strings.Index(tpl, "{{")
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		j := strings.Index(tpl[i:], "}}")
		if j < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		b.WriteString(tpl[:i])
		switch tpl[i+2 : i+j] {
		case "abbreviation":
			b.WriteString(g.pick(hackerAbbreviations))
		case "adjective":
			b.WriteString(g.pick(hackerAdjectives))
		case "ingverb":
			b.WriteString(g.pick(hackerIngverbs))
		case "noun":
			b.WriteString(g.pick(hackerNouns))
		case "verb":
			b.WriteString(g.pick(hackerVerbs))
		}
		tpl = tpl[i+j+2:]
	}
}

func avatarURL(user string) string {
	return "https://cdn.fakercloud.com/avatars/" + user + "_128.jpg"
}

func imageURL(category string) func(*Generator) string {
	u := imageBase + "/" + category
	return func(*Generator) string { return u }
}

// imageDataURI is what faker's image.dataUri() gives when called without
// arguments, as Newman does: width and height are "undefined".
var imageDataURI = "data:image/svg+xml;charset=UTF-8," + encodeURIComponent(
	`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" baseProfile="full" width="undefined" height="undefined">`+
		`<rect width="100%" height="100%" fill="grey"/>`+
		`<text x="NaN" y="NaN" font-size="20" alignment-baseline="middle" text-anchor="middle" fill="white">undefinedxundefined</text></svg>`)

// encodeURIComponent percent-encodes everything except JavaScript's
// unreserved set A-Z a-z 0-9 - _ . ! ~ * ' ( ).
func encodeURIComponent(s string) string {
	const upperHex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 128 && (strings.IndexByte(wordChars, c) >= 0 || strings.IndexByte("-.!~*'()", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperHex[c>>4])
		b.WriteByte(upperHex[c&0x0f])
	}
	return b.String()
}

// userName is faker's internet.userName: first name plus a number, or first
// and last name joined by '.' or '_' with an optional number; apostrophes and
// spaces removed.
func (g *Generator) userName() string {
	first, last := g.pick(firstNames), g.pick(lastNames)
	var s string
	switch g.r.IntN(3) {
	case 0:
		s = first + strconv.Itoa(g.num(0, 99))
	case 1:
		s = first + string("._"[g.r.IntN(2)]) + last
	default:
		s = first + string("._"[g.r.IntN(2)]) + last + strconv.Itoa(g.num(0, 99))
	}
	return strings.NewReplacer("'", "", " ", "").Replace(s)
}

// email is slugify(userName) + "@" + domain.
func (g *Generator) email(domain string) string {
	u := g.userName()
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == ' ':
			b.WriteByte('-')
		case strings.IndexByte(wordChars, c) >= 0 || c == '.' || c == '-':
			b.WriteByte(c)
		}
	}
	return b.String() + "@" + domain
}

func (g *Generator) protocol() string {
	if g.r.IntN(2) == 0 {
		return "http"
	}
	return "https"
}

// domainWord is a lower-cased first name without URL-unsafe characters.
func (g *Generator) domainWord() string {
	name := g.pick(firstNames)
	var b strings.Builder
	for _, r := range name {
		if strings.ContainsRune(`\~#&*{}/:<>?|"'`, r) {
			continue
		}
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

func (g *Generator) domainName() string { return g.domainWord() + "." + g.pick(domainSuffixes) }

func (g *Generator) ipv4() string {
	return strconv.Itoa(g.r.IntN(256)) + "." + strconv.Itoa(g.r.IntN(256)) + "." +
		strconv.Itoa(g.r.IntN(256)) + "." + strconv.Itoa(g.r.IntN(256))
}

func (g *Generator) ipv6() string {
	b := make([]byte, 0, 39)
	for i := 0; i < 8; i++ {
		if i > 0 {
			b = append(b, ':')
		}
		for j := 0; j < 4; j++ {
			b = append(b, hexDigits[g.r.IntN(16)])
		}
	}
	return string(b)
}

// hexColor is faker's internet.color with no base: each channel is
// floor(n/2) for n in 0..256, so 00 to 80.
func (g *Generator) hexColor() string {
	b := []byte{'#'}
	for i := 0; i < 3; i++ {
		v := g.num(0, 256) / 2
		b = append(b, hexDigits[v>>4], hexDigits[v&0x0f])
	}
	return string(b)
}

func (g *Generator) mac() string {
	b := make([]byte, 0, 17)
	for i := 0; i < 12; i++ {
		b = append(b, hexDigits[g.r.IntN(16)])
		if i%2 == 1 && i != 11 {
			b = append(b, ':')
		}
	}
	return string(b)
}

// password is 15 characters of \w, like faker's non-memorable password.
func (g *Generator) password() string {
	b := make([]byte, 15)
	for i := range b {
		b[i] = wordChars[g.secureIntN(len(wordChars))]
	}
	return string(b)
}

// secureIntN is a uniform int in [0, n) from the entropy source (n <= 256),
// by rejection of the bytes past the last whole multiple of n.
func (g *Generator) secureIntN(n int) int {
	limit := 256 - 256%n
	var c [1]byte
	for {
		g.fill(c[:])
		if int(c[0]) < limit {
			return int(c[0]) % n
		}
	}
}

func (g *Generator) loremWords(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.pick(loremWords)
	}
	return strings.Join(w, " ")
}

// loremSentence is 3-10 lorem words, capitalised, ending in '.'.
func (g *Generator) loremSentence() string {
	s := g.loremWords(g.num(3, 10))
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

func (g *Generator) loremSentences(n int, sep string) string {
	s := make([]string, n)
	for i := range s {
		s[i] = g.loremSentence()
	}
	return strings.Join(s, sep)
}

// loremParagraph is 3-6 sentences.
func (g *Generator) loremParagraph() string { return g.loremSentences(3+g.num(0, 3), " ") }

// loremParagraphs is three paragraphs separated by "\n \r", as faker does.
func (g *Generator) loremParagraphs() string {
	return g.loremParagraph() + "\n \r" + g.loremParagraph() + "\n \r" + g.loremParagraph()
}

// loremLines is 1-5 sentences, one per line.
func (g *Generator) loremLines() string { return g.loremSentences(g.num(1, 5), "\n") }

// loremText picks one of faker's lorem methods at random.
func (g *Generator) loremText() string {
	switch g.r.IntN(7) {
	case 0:
		return g.pick(loremWords)
	case 1:
		return g.loremWords(3)
	case 2:
		return g.loremSentence()
	case 3:
		return g.loremSentences(g.num(2, 6), " ")
	case 4:
		return g.loremParagraph()
	case 5:
		return g.loremParagraphs()
	default:
		return g.loremLines()
	}
}

// fullName is faker's name.findName: with probability 1/9 a prefix, 1/9 a
// suffix, otherwise just first and last name.
func (g *Generator) fullName() string {
	r := g.num(0, 8)
	first, last := g.pick(firstNames), g.pick(lastNames)
	switch r {
	case 0:
		return g.pick(namePrefixes) + " " + first + " " + last
	case 1:
		return first + " " + last + " " + g.pick(nameSuffixes)
	}
	return first + " " + last
}

func (g *Generator) jobTitle() string {
	return g.pick(jobDescriptors) + " " + g.pick(jobAreas) + " " + g.pick(jobTypes)
}

// userAgent produces a browser user agent string in the style of faker's
// generator: Chrome, Internet Explorer, Firefox, Safari or Opera (weighted
// roughly by their historic market share) on Windows, macOS or Linux.
func (g *Generator) userAgent() string {
	p := g.r.IntN(100)
	switch {
	case p < 45:
		return g.uaChrome()
	case p < 72:
		return g.uaIE()
	case p < 91:
		return g.uaFirefox()
	case p < 97:
		return g.uaSafari()
	default:
		return g.uaOpera()
	}
}

func (g *Generator) itoa(min, max int) string { return strconv.Itoa(g.num(min, max)) }

func (g *Generator) uaNT() string { return g.itoa(5, 6) + "." + g.itoa(0, 3) }

func (g *Generator) uaOSX(sep string) string { return "10" + sep + g.itoa(5, 10) + sep + g.itoa(0, 9) }

func (g *Generator) uaWebKit() string {
	return g.itoa(531, 538) + "." + g.itoa(0, 2) + "." + g.itoa(0, 2)
}

func (g *Generator) uaWindows() string {
	s := "Windows NT " + g.uaNT()
	switch g.r.IntN(3) {
	case 1:
		s += "; WOW64"
	case 2:
		s += "; Win64; x64"
	}
	return s
}

func (g *Generator) uaMacProc() string {
	if g.r.IntN(50) == 0 {
		return g.pick([]string{"PPC", "U; PPC"})
	}
	return g.pick([]string{"Intel", "U; Intel"})
}

func (g *Generator) uaLinux() string { return "X11; Linux " + g.pick([]string{"i686", "x86_64"}) }

func (g *Generator) uaChrome() string {
	var os string
	switch p := g.r.IntN(100); {
	case p < 89:
		os = g.uaWindows()
	case p < 98:
		os = "Macintosh; " + g.uaMacProc() + " Mac OS X " + g.uaOSX("_")
	default:
		os = g.uaLinux()
	}
	wk := g.uaWebKit()
	return "Mozilla/5.0 (" + os + ") AppleWebKit/" + wk + " (KHTML, like Gecko) Chrome/" +
		g.itoa(13, 39) + ".0." + g.itoa(800, 899) + ".0 Safari/" + wk
}

func (g *Generator) uaIE() string {
	v := g.num(7, 11)
	if v == 11 {
		touch := ""
		if g.r.IntN(2) == 0 {
			touch = "Touch; "
		}
		return "Mozilla/5.0 (Windows NT 6." + g.itoa(1, 3) + "; Trident/7.0; " + touch + "rv:11.0) like Gecko"
	}
	s := "Mozilla/5.0 (compatible; MSIE " + strconv.Itoa(v) + ".0; Windows NT " + g.uaNT() +
		"; Trident/" + g.itoa(3, 7) + "." + g.itoa(0, 1)
	if g.r.IntN(2) == 1 {
		s += "; .NET CLR " + g.itoa(1, 4) + "." + g.itoa(0, 9) + "." + g.itoa(10000, 99999) + "." + g.itoa(0, 9)
	}
	return s + ")"
}

func (g *Generator) uaFirefox() string {
	major := g.itoa(5, 15)
	minor := g.itoa(0, 9)
	ver := major + "." + minor + "." + g.itoa(0, 9)
	var os string
	switch p := g.r.IntN(100); {
	case p < 83:
		os = g.uaWindows()
	case p < 99:
		os = "Macintosh; " + g.uaMacProc() + " Mac OS X " + g.uaOSX(".")
	default:
		os = g.uaLinux()
	}
	return "Mozilla/5.0 (" + os + "; rv:" + major + "." + minor + ") Gecko/20100101 Firefox/" + ver
}

func (g *Generator) uaSafari() string {
	wk := g.uaWebKit()
	ver := g.itoa(4, 7) + "." + g.itoa(0, 1) + "." + g.itoa(0, 10)
	var os string
	if g.r.IntN(100) < 96 {
		os = "Macintosh; " + g.uaMacProc() + " Mac OS X " + g.uaOSX("_") + " rv:" + g.itoa(2, 6) + ".0; " + g.pick(uaLanguages)
	} else {
		os = "Windows; U; Windows NT " + g.uaNT()
	}
	return "Mozilla/5.0 (" + os + ") AppleWebKit/" + wk + " (KHTML, like Gecko) Version/" + ver + " Safari/" + wk
}

func (g *Generator) uaOpera() string {
	var os string
	switch p := g.r.IntN(100); {
	case p < 91:
		os = "Windows NT " + g.uaNT()
	case p < 94:
		os = "Macintosh; Intel Mac OS X " + g.uaOSX(".")
	default:
		os = g.uaLinux()
	}
	return "Opera/" + g.itoa(9, 14) + "." + g.itoa(0, 99) + " (" + os + "; U; " + g.pick(uaLanguages) +
		") Presto/2.9." + g.itoa(160, 190) + " Version/" + g.itoa(10, 12) + ".00"
}
