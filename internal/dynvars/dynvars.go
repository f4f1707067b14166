package dynvars

import (
	cryptorand "crypto/rand"
	"io"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Generator produces dynamic variable values. Not safe for concurrent use;
// make one per worker.
type Generator struct {
	r       *rand.Rand
	entropy io.Reader
	now     func() time.Time
}

// New returns a Generator drawing randomness from r, unpredictable bytes
// from entropy and the current time from now. The values someone may rely
// on being unguessable ($guid, $randomUUID, $randomPassword) come from
// entropy, the others (names, numbers, words) from the faster r. A nil r
// gets a randomly seeded source; a nil entropy means crypto/rand.Reader
// (tests pass a seeded reader for reproducible values); a nil now means
// time.Now.
func New(r *rand.Rand, entropy io.Reader, now func() time.Time) *Generator {
	if r == nil {
		r = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	if entropy == nil {
		entropy = cryptorand.Reader
	}
	if now == nil {
		now = time.Now
	}
	return &Generator{r: r, entropy: entropy, now: now}
}

// fill reads len(p) unpredictable bytes. crypto/rand never fails; a test
// reader that runs dry falls back to it.
func (g *Generator) fill(p []byte) {
	if _, err := io.ReadFull(g.entropy, p); err != nil {
		cryptorand.Read(p)
	}
}

// Value returns the value for a dynamic variable name WITHOUT the leading '$'
// (e.g. "guid", "randomEmail"); ok=false if unknown. Names are case-sensitive,
// as in Postman.
func (g *Generator) Value(name string) (value string, ok bool) {
	fn, ok := generators[name]
	if !ok {
		return "", false
	}
	return fn(g), true
}

// Names returns all dynamic variable names without '$', sorted. The slice is
// a fresh copy on every call.
func Names() []string {
	out := make([]string, 0, len(generators))
	for name := range generators {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// generators maps each name (without '$') to its generator. Read-only.
var generators = map[string]func(*Generator) string{
	// Built-ins of postman-collection.
	"guid":         (*Generator).uuidV4,
	"timestamp":    (*Generator).timestamp,
	"isoTimestamp": (*Generator).isoTimestamp,
	"randomInt":    func(g *Generator) string { return strconv.Itoa(g.num(0, 1000)) },

	// Phone, locale, words and paths defined by postman-collection itself.
	"randomPhoneNumber":    (*Generator).phoneNumber,
	"randomPhoneNumberExt": func(g *Generator) string { return strconv.Itoa(g.num(1, 99)) + "-" + g.phoneNumber() },
	"randomLocale":         func(g *Generator) string { return g.pick(locales) },
	"randomWords":          (*Generator).randomWords,
	"randomFilePath":       func(g *Generator) string { return g.pick(directoryPaths) + "/" + g.fileName() },
	"randomDirectoryPath":  func(g *Generator) string { return g.pick(directoryPaths) },

	// Address.
	"randomCity":          (*Generator).city,
	"randomStreetName":    (*Generator).streetName,
	"randomStreetAddress": (*Generator).streetAddress,
	"randomCountry":       func(g *Generator) string { return g.pick(countries) },
	"randomCountryCode":   func(g *Generator) string { return g.pick(countryCodes) },
	"randomLatitude":      func(g *Generator) string { return fixed4(g.num(-900000, 900000)) },
	"randomLongitude":     func(g *Generator) string { return fixed4(g.num(-1800000, 1800000)) },

	// Commerce.
	"randomColor":                 func(g *Generator) string { return g.pick(colors) },
	"randomDepartment":            func(g *Generator) string { return g.pick(departments) },
	"randomProductName":           (*Generator).productName,
	"randomProductAdjective":      func(g *Generator) string { return g.pick(productAdjectives) },
	"randomProductMaterial":       func(g *Generator) string { return g.pick(productMaterials) },
	"randomProduct":               func(g *Generator) string { return g.pick(products) },
	"randomCompanyName":           (*Generator).companyName,
	"randomCompanySuffix":         func(g *Generator) string { return g.pick(companySuffixes) },
	"randomCatchPhrase":           (*Generator).catchPhrase,
	"randomBs":                    (*Generator).bs,
	"randomCatchPhraseAdjective":  func(g *Generator) string { return g.pick(catchPhraseAdjectives) },
	"randomCatchPhraseDescriptor": func(g *Generator) string { return g.pick(catchPhraseDescriptors) },
	"randomCatchPhraseNoun":       func(g *Generator) string { return g.pick(catchPhraseNouns) },
	"randomBsAdjective":           func(g *Generator) string { return g.pick(bsAdjectives) },
	"randomBsBuzz":                func(g *Generator) string { return g.pick(bsVerbs) },
	"randomBsNoun":                func(g *Generator) string { return g.pick(bsNouns) },

	// Database.
	"randomDatabaseColumn":    func(g *Generator) string { return g.pick(dbColumns) },
	"randomDatabaseType":      func(g *Generator) string { return g.pick(dbTypes) },
	"randomDatabaseCollation": func(g *Generator) string { return g.pick(dbCollations) },
	"randomDatabaseEngine":    func(g *Generator) string { return g.pick(dbEngines) },

	// Dates: faker's past/future use one year, recent one day, all with a
	// minimum distance of one second from now.
	"randomDatePast":   func(g *Generator) string { return g.dateOffset(-g.num(1000, msPerYear)) },
	"randomDateFuture": func(g *Generator) string { return g.dateOffset(g.num(1000, msPerYear)) },
	"randomDateRecent": func(g *Generator) string { return g.dateOffset(-g.num(1000, msPerDay)) },
	"randomMonth":      func(g *Generator) string { return g.pick(months) },
	"randomWeekday":    func(g *Generator) string { return g.pick(weekdays) },

	// Finance.
	"randomBankAccount":     func(g *Generator) string { return g.digits(8) },
	"randomBankAccountName": func(g *Generator) string { return g.pick(accountTypes) + " Account" },
	"randomCreditCardMask":  func(g *Generator) string { return g.digits(4) },
	"randomPrice":           (*Generator).price,
	"randomTransactionType": func(g *Generator) string { return g.pick(transactionTypes) },
	"randomCurrencyCode":    func(g *Generator) string { return currencies[g.r.IntN(len(currencies))].code },
	"randomCurrencyName":    func(g *Generator) string { return currencies[g.r.IntN(len(currencies))].name },
	"randomCurrencySymbol":  (*Generator).currencySymbol,
	"randomBitcoin":         (*Generator).bitcoin,
	"randomBankAccountIban": (*Generator).iban,
	"randomBankAccountBic":  (*Generator).bic,

	// Hacker.
	"randomAbbreviation": func(g *Generator) string { return g.pick(hackerAbbreviations) },
	"randomAdjective":    func(g *Generator) string { return g.pick(hackerAdjectives) },
	"randomNoun":         func(g *Generator) string { return g.pick(hackerNouns) },
	"randomVerb":         func(g *Generator) string { return g.pick(hackerVerbs) },
	"randomIngverb":      func(g *Generator) string { return g.pick(hackerIngverbs) },
	"randomPhrase":       (*Generator).phrase,

	// Images. Newman calls faker's image functions without arguments, so the
	// URLs are fixed per category and the data URI is a constant.
	"randomAvatarImage":    func(g *Generator) string { return avatarURL(g.pick(avatarUsers)) },
	"randomImageUrl":       func(*Generator) string { return imageBase },
	"randomAbstractImage":  imageURL("abstract"),
	"randomAnimalsImage":   imageURL("animals"),
	"randomBusinessImage":  imageURL("business"),
	"randomCatsImage":      imageURL("cats"),
	"randomCityImage":      imageURL("city"),
	"randomFoodImage":      imageURL("food"),
	"randomNightlifeImage": imageURL("nightlife"),
	"randomFashionImage":   imageURL("fashion"),
	"randomPeopleImage":    imageURL("people"),
	"randomNatureImage":    imageURL("nature"),
	"randomSportsImage":    imageURL("sports"),
	"randomTransportImage": imageURL("transport"),
	"randomImageDataUri":   func(*Generator) string { return imageDataURI },

	// Internet.
	"randomEmail":        func(g *Generator) string { return g.email(g.pick(freeEmailDomains)) },
	"randomExampleEmail": func(g *Generator) string { return g.email(g.pick(exampleEmailDomains)) },
	"randomUserName":     (*Generator).userName,
	"randomProtocol":     (*Generator).protocol,
	"randomUrl":          func(g *Generator) string { return g.protocol() + "://" + g.domainName() },
	"randomDomainName":   (*Generator).domainName,
	"randomDomainSuffix": func(g *Generator) string { return g.pick(domainSuffixes) },
	"randomDomainWord":   (*Generator).domainWord,
	"randomIP":           (*Generator).ipv4,
	"randomIPV6":         (*Generator).ipv6,
	"randomUserAgent":    (*Generator).userAgent,
	"randomHexColor":     (*Generator).hexColor,
	"randomMACAddress":   (*Generator).mac,
	"randomPassword":     (*Generator).password,

	// Lorem.
	"randomLoremWord":       func(g *Generator) string { return g.pick(loremWords) },
	"randomLoremWords":      func(g *Generator) string { return g.loremWords(3) },
	"randomLoremSentence":   (*Generator).loremSentence,
	"randomLoremSlug":       func(g *Generator) string { return strings.ReplaceAll(g.loremWords(3), " ", "-") },
	"randomLoremSentences":  func(g *Generator) string { return g.loremSentences(g.num(2, 6), " ") },
	"randomLoremParagraph":  (*Generator).loremParagraph,
	"randomLoremParagraphs": (*Generator).loremParagraphs,
	"randomLoremText":       (*Generator).loremText,
	"randomLoremLines":      (*Generator).loremLines,

	// Name.
	"randomFirstName":     func(g *Generator) string { return g.pick(firstNames) },
	"randomLastName":      func(g *Generator) string { return g.pick(lastNames) },
	"randomFullName":      (*Generator).fullName,
	"randomJobTitle":      (*Generator).jobTitle,
	"randomNamePrefix":    func(g *Generator) string { return g.pick(namePrefixes) },
	"randomNameSuffix":    func(g *Generator) string { return g.pick(nameSuffixes) },
	"randomJobDescriptor": func(g *Generator) string { return g.pick(jobDescriptors) },
	"randomJobArea":       func(g *Generator) string { return g.pick(jobAreas) },
	"randomJobType":       func(g *Generator) string { return g.pick(jobTypes) },

	// Datatype and random.
	"randomUUID":         (*Generator).uuidV4,
	"randomBoolean":      func(g *Generator) string { return strconv.FormatBool(g.r.IntN(2) == 1) },
	"randomWord":         (*Generator).word,
	"randomAlphaNumeric": func(g *Generator) string { return string(alphaNumeric[g.r.IntN(len(alphaNumeric))]) },

	// System.
	"randomFileName":       (*Generator).fileName,
	"randomCommonFileName": func(g *Generator) string { return g.wordsFileStem() + "." + g.commonFileExt() },
	"randomMimeType":       func(g *Generator) string { return mimeTypes[g.r.IntN(len(mimeTypes))].name },
	"randomCommonFileType": func(g *Generator) string { return g.pick(commonFileTypes) },
	"randomCommonFileExt":  (*Generator).commonFileExt,
	"randomFileType":       func(g *Generator) string { return g.pick(fileTypes) },
	"randomFileExt":        func(g *Generator) string { return g.pick(fileExts) },
	"randomSemver": func(g *Generator) string {
		return strconv.Itoa(g.num(0, 9)) + "." + strconv.Itoa(g.num(0, 9)) + "." + strconv.Itoa(g.num(0, 9))
	},
}

// num returns a uniformly random integer in [min, max], like faker's
// datatype.number({min, max}).
func (g *Generator) num(min, max int) int {
	if max <= min {
		return min
	}
	return min + g.r.IntN(max-min+1)
}

func (g *Generator) pick(list []string) string {
	return list[g.r.IntN(len(list))]
}

// digits returns n random decimal digits (leading zeros allowed).
func (g *Generator) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}
