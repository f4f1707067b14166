package dynvars

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// allNames is the list of dynamic variables in postman-collection 4.4.0's
// lib/superstring/dynamic-variables.js (Newman 6.2.2), without '$', sorted.
var allNames = []string{
	"guid", "isoTimestamp",
	"randomAbbreviation", "randomAbstractImage", "randomAdjective", "randomAlphaNumeric",
	"randomAnimalsImage", "randomAvatarImage", "randomBankAccount", "randomBankAccountBic",
	"randomBankAccountIban", "randomBankAccountName", "randomBitcoin", "randomBoolean",
	"randomBs", "randomBsAdjective", "randomBsBuzz", "randomBsNoun", "randomBusinessImage",
	"randomCatchPhrase", "randomCatchPhraseAdjective", "randomCatchPhraseDescriptor",
	"randomCatchPhraseNoun", "randomCatsImage", "randomCity", "randomCityImage", "randomColor",
	"randomCommonFileExt", "randomCommonFileName", "randomCommonFileType", "randomCompanyName",
	"randomCompanySuffix", "randomCountry", "randomCountryCode", "randomCreditCardMask",
	"randomCurrencyCode", "randomCurrencyName", "randomCurrencySymbol", "randomDatabaseCollation",
	"randomDatabaseColumn", "randomDatabaseEngine", "randomDatabaseType", "randomDateFuture",
	"randomDatePast", "randomDateRecent", "randomDepartment", "randomDirectoryPath",
	"randomDomainName", "randomDomainSuffix", "randomDomainWord", "randomEmail",
	"randomExampleEmail", "randomFashionImage", "randomFileExt", "randomFileName",
	"randomFilePath", "randomFileType", "randomFirstName", "randomFoodImage", "randomFullName",
	"randomHexColor", "randomIP", "randomIPV6", "randomImageDataUri", "randomImageUrl",
	"randomIngverb", "randomInt", "randomJobArea", "randomJobDescriptor", "randomJobTitle",
	"randomJobType", "randomLastName", "randomLatitude", "randomLocale", "randomLongitude",
	"randomLoremLines", "randomLoremParagraph", "randomLoremParagraphs", "randomLoremSentence",
	"randomLoremSentences", "randomLoremSlug", "randomLoremText", "randomLoremWord",
	"randomLoremWords", "randomMACAddress", "randomMimeType", "randomMonth", "randomNamePrefix",
	"randomNameSuffix", "randomNatureImage", "randomNightlifeImage", "randomNoun",
	"randomPassword", "randomPeopleImage", "randomPhoneNumber", "randomPhoneNumberExt",
	"randomPhrase", "randomPrice", "randomProduct", "randomProductAdjective",
	"randomProductMaterial", "randomProductName", "randomProtocol", "randomSemver",
	"randomSportsImage", "randomStreetAddress", "randomStreetName", "randomTransactionType",
	"randomTransportImage", "randomUUID", "randomUrl", "randomUserAgent", "randomUserName",
	"randomVerb", "randomWeekday", "randomWord", "randomWords",
	"timestamp",
}

// Pieces of the lorem regexps: a sentence is 3-10 lower-case words, the first
// capitalised, ending in '.'; a paragraph is 3-6 sentences.
const (
	loremS = `[A-Z][a-z]*(?: [a-z]+){2,9}\.`
	loremP = loremS + `(?: ` + loremS + `){2,5}`
	jsDate = `^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ` +
		`\d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4} \([^()]+\)$`
	commonExts = `(pdf|mpga|mp2|mp2a|mp3|m2a|m3a|wav|png|jpeg|jpg|jpe|gif|mp4|mp4v|mpg4|mpeg|mpg|mpe|m1v|m2v|html|htm|shtml)`
	userName   = `[A-Za-z]+(\d{1,2}|[._][A-Za-z]+\d{0,2})`
	octet      = `(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`
	uuid4      = `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`
	upperWord  = `^[A-Z][a-z]+$`
)

// recordedDataURI is $randomImageDataUri as recorded from Newman 6.2.2.
const recordedDataURI = "data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20version%3D%221.1%22%20baseProfile%3D%22full%22%20width%3D%22undefined%22%20height%3D%22undefined%22%3E%3Crect%20width%3D%22100%25%22%20height%3D%22100%25%22%20fill%3D%22grey%22%2F%3E%3Ctext%20x%3D%22NaN%22%20y%3D%22NaN%22%20font-size%3D%2220%22%20alignment-baseline%3D%22middle%22%20text-anchor%3D%22middle%22%20fill%3D%22white%22%3Eundefinedxundefined%3C%2Ftext%3E%3C%2Fsvg%3E"

// A check gets the value and the generator's clock reading; now is zero for
// values recorded from Newman, and time-relative checks then do nothing.
type check func(v string, now time.Time) error

type shape struct {
	re    string
	check check
}

var shapes = map[string]shape{
	"guid":         {uuid4, nil},
	"timestamp":    {`^\d{10}$`, checkTimestamp},
	"isoTimestamp": {`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$`, checkISO},
	"randomInt":    {`^\d{1,4}$`, intRange(0, 1000)},

	"randomPhoneNumber":    {`^[2-9]\d\d-[2-9]\d\d-\d{4}$`, nil},
	"randomPhoneNumberExt": {`^[1-9]\d?-[2-9]\d\d-[2-9]\d\d-\d{4}$`, nil},
	"randomLocale":         {`^[a-z]{2,3}$`, nil},
	"randomWords":          {`^\S+( \S+){1,4}$`, nil},
	"randomFilePath":       {`^(/[A-Za-z0-9+._-]+)+/\w+\.[a-z0-9_-]+$`, nil},
	"randomDirectoryPath":  {`^(/[A-Za-z0-9+._-]+)+$`, nil},

	"randomCity":          {`^[A-Z][A-Za-z' ./()-]*[a-z)]$`, nil},
	"randomStreetName":    {`^[A-Z][A-Za-z']* [A-Z][a-z]+$`, nil},
	"randomStreetAddress": {`^\d{3,5} [A-Z][A-Za-z']* [A-Z][a-z]+$`, nil},
	"randomCountry":       {`^[A-Z][A-Za-z0-9' .,&()-]*[A-Za-z).]$`, nil},
	"randomCountryCode":   {`^[A-Z]{2}$`, nil},
	"randomLatitude":      {`^-?\d{1,2}\.\d{4}$`, floatRange(-90, 90)},
	"randomLongitude":     {`^-?\d{1,3}\.\d{4}$`, floatRange(-180, 180)},

	"randomColor":                 {`^[a-z]+( [a-z]+)?$`, nil},
	"randomDepartment":            {upperWord, nil},
	"randomProductName":           {`^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$`, nil},
	"randomProductAdjective":      {upperWord, nil},
	"randomProductMaterial":       {upperWord, nil},
	"randomProduct":               {upperWord, nil},
	"randomCompanyName":           {`^[A-Z][A-Za-z']+( (Inc|LLC|Group|and Sons)| - [A-Z][A-Za-z']+|, [A-Z][A-Za-z']+ and [A-Z][A-Za-z']+)$`, nil},
	"randomCompanySuffix":         {`^(Inc|and Sons|LLC|Group)$`, nil},
	"randomCatchPhrase":           {`^[A-Z][-A-Za-z]*( [-A-Za-z0-9/]+){2,}$`, nil},
	"randomBs":                    {`^[a-z][-a-z]*( [-A-Za-z0-9/]+){2,}$`, nil},
	"randomCatchPhraseAdjective":  {`^[A-Z][-a-z]*( [a-z]+)*$`, nil},
	"randomCatchPhraseDescriptor": {`^[-a-z0-9/]+( [-a-z]+)*$`, nil},
	"randomCatchPhraseNoun":       {`^[A-Za-z][-A-Za-z]*( [A-Za-z]+)*$`, nil},
	"randomBsAdjective":           {`^[-A-Za-z0-9/]+$`, nil},
	"randomBsBuzz":                {`^[a-z][-a-z]*$`, nil},
	"randomBsNoun":                {`^[A-Za-z][-A-Za-z]*( [a-z]+)?$`, nil},

	"randomDatabaseColumn":    {`^[a-z][A-Za-z]*$`, nil},
	"randomDatabaseType":      {`^[a-z]+$`, nil},
	"randomDatabaseCollation": {`^[a-z0-9]+_[a-z_]+$`, nil},
	"randomDatabaseEngine":    {`^(InnoDB|MyISAM|MEMORY|CSV|BLACKHOLE|ARCHIVE)$`, nil},

	"randomDatePast":   {jsDate, dateRange(-365*24*time.Hour, -time.Second)},
	"randomDateFuture": {jsDate, dateRange(time.Second, 365*24*time.Hour)},
	"randomDateRecent": {jsDate, dateRange(-24*time.Hour, -time.Second)},
	"randomMonth":      {`^(January|February|March|April|May|June|July|August|September|October|November|December)$`, nil},
	"randomWeekday":    {`^(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$`, nil},

	"randomBankAccount":     {`^\d{8}$`, nil},
	"randomBankAccountName": {`^[A-Z][a-z]+( [A-Z][a-z]+)? Account$`, nil},
	"randomCreditCardMask":  {`^\d{4}$`, nil},
	"randomPrice":           {`^\d{1,4}\.\d{2}$`, floatRange(0, 1000)},
	"randomTransactionType": {`^(deposit|withdrawal|payment|invoice)$`, nil},
	"randomCurrencyCode":    {`^[A-Z]{3}$`, nil},
	"randomCurrencyName":    {`^[A-Z][A-Za-z0-9' .,()-]*[A-Za-z0-9).]$`, nil},
	"randomCurrencySymbol":  {`^\S+$`, nil},
	"randomBitcoin":         {`^[13][1-9a-km-zA-HJ-NP-Z]{24,33}$`, nil},
	"randomBankAccountIban": {`^[A-Z]{2}\d{2}[A-Z0-9]{11,27}$`, checkIBAN},
	"randomBankAccountBic":  {`^[A-Z]{3}[AEIOU][A-Z]{2}[A-Z]1([A-Z][AEIOU][A-Z]|\d{3})?$`, nil},

	"randomAbbreviation": {`^[A-Z0-9]{2,5}$`, nil},
	"randomAdjective":    {`^[a-z0-9][-a-z0-9]*( [a-z]+)?$`, nil},
	"randomNoun":         {`^[a-z]+( [a-z]+)?$`, nil},
	"randomVerb":         {`^[a-z]+( [a-z]+)?$`, nil},
	"randomIngverb":      {`^[a-z]+ing( [a-z]+)?$`, nil},
	"randomPhrase":       {`^[A-Za-z][A-Za-z0-9' ,/-]*!$`, nil},

	"randomAvatarImage":    {`^https://cdn\.fakercloud\.com/avatars/[A-Za-z0-9_.-]+_128\.jpg$`, nil},
	"randomImageUrl":       {`^http://placeimg\.com/640/480$`, nil},
	"randomAbstractImage":  {`^http://placeimg\.com/640/480/abstract$`, nil},
	"randomAnimalsImage":   {`^http://placeimg\.com/640/480/animals$`, nil},
	"randomBusinessImage":  {`^http://placeimg\.com/640/480/business$`, nil},
	"randomCatsImage":      {`^http://placeimg\.com/640/480/cats$`, nil},
	"randomCityImage":      {`^http://placeimg\.com/640/480/city$`, nil},
	"randomFoodImage":      {`^http://placeimg\.com/640/480/food$`, nil},
	"randomNightlifeImage": {`^http://placeimg\.com/640/480/nightlife$`, nil},
	"randomFashionImage":   {`^http://placeimg\.com/640/480/fashion$`, nil},
	"randomPeopleImage":    {`^http://placeimg\.com/640/480/people$`, nil},
	"randomNatureImage":    {`^http://placeimg\.com/640/480/nature$`, nil},
	"randomSportsImage":    {`^http://placeimg\.com/640/480/sports$`, nil},
	"randomTransportImage": {`^http://placeimg\.com/640/480/transport$`, nil},
	"randomImageDataUri":   {`^data:image/svg\+xml;charset=UTF-8,%3Csvg`, equals(recordedDataURI)},

	"randomEmail":        {`^` + userName + `@(gmail|yahoo|hotmail)\.com$`, nil},
	"randomExampleEmail": {`^` + userName + `@example\.(org|com|net)$`, nil},
	"randomUserName":     {`^` + userName + `$`, nil},
	"randomProtocol":     {`^https?$`, nil},
	"randomUrl":          {`^https?://[a-z]+\.(com|biz|info|name|net|org)$`, nil},
	"randomDomainName":   {`^[a-z]+\.(com|biz|info|name|net|org)$`, nil},
	"randomDomainSuffix": {`^(com|biz|info|name|net|org)$`, nil},
	"randomDomainWord":   {`^[a-z]+$`, nil},
	"randomIP":           {`^(` + octet + `\.){3}` + octet + `$`, nil},
	"randomIPV6":         {`^([0-9a-f]{4}:){7}[0-9a-f]{4}$`, nil},
	"randomUserAgent":    {`^(Mozilla/5\.0|Opera/\d{1,2}\.\d{1,2}) \(.+([)\d]|like Gecko)$`, nil},
	"randomHexColor":     {`^#([0-7][0-9a-f]|80){3}$`, nil},
	"randomMACAddress":   {`^([0-9a-f]{2}:){5}[0-9a-f]{2}$`, nil},
	"randomPassword":     {`^\w{15}$`, nil},

	"randomLoremWord":       {`^[a-z]+$`, nil},
	"randomLoremWords":      {`^[a-z]+ [a-z]+ [a-z]+$`, nil},
	"randomLoremSentence":   {`^` + loremS + `$`, nil},
	"randomLoremSlug":       {`^[a-z]+-[a-z]+-[a-z]+$`, nil},
	"randomLoremSentences":  {`^` + loremS + `( ` + loremS + `){1,5}$`, nil},
	"randomLoremParagraph":  {`^` + loremP + `$`, nil},
	"randomLoremParagraphs": {`^` + loremP + `\n \r` + loremP + `\n \r` + loremP + `$`, nil},
	"randomLoremText": {`^([a-z]+|[a-z]+ [a-z]+ [a-z]+|` + loremS + `( ` + loremS + `){0,5}|` +
		loremP + `\n \r` + loremP + `\n \r` + loremP + `|` + loremS + `(\n` + loremS + `){1,4})$`, nil},
	"randomLoremLines": {`^` + loremS + `(\n` + loremS + `){0,4}$`, nil},

	"randomFirstName":     {`^[A-Z][A-Za-z']+$`, nil},
	"randomLastName":      {`^[A-Z][A-Za-z']+$`, nil},
	"randomFullName":      {`^((Mr\.|Mrs\.|Ms\.|Miss|Dr\.) )?[A-Z][A-Za-z']+ [A-Z][A-Za-z']+( (Jr\.|Sr\.|I|II|III|IV|V|MD|DDS|PhD|DVM))?$`, nil},
	"randomJobTitle":      {`^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$`, nil},
	"randomNamePrefix":    {`^(Mr\.|Mrs\.|Ms\.|Miss|Dr\.)$`, nil},
	"randomNameSuffix":    {`^(Jr\.|Sr\.|I|II|III|IV|V|MD|DDS|PhD|DVM)$`, nil},
	"randomJobDescriptor": {upperWord, nil},
	"randomJobArea":       {upperWord, nil},
	"randomJobType":       {upperWord, nil},

	"randomUUID":         {uuid4, nil},
	"randomBoolean":      {`^(true|false)$`, nil},
	"randomWord":         {`^\S+$`, nil},
	"randomAlphaNumeric": {`^[0-9a-z]$`, nil},

	"randomFileName":       {`^\w+\.[a-z0-9_-]+$`, nil},
	"randomCommonFileName": {`^\w+\.` + commonExts + `$`, nil},
	"randomMimeType":       {`^[a-z-]+/[A-Za-z0-9][A-Za-z0-9.+_-]*$`, nil},
	"randomCommonFileType": {`^(video|audio|image|text|application)$`, nil},
	"randomCommonFileExt":  {`^` + commonExts + `$`, nil},
	"randomFileType":       {`^(application|audio|chemical|font|image|message|model|multipart|text|video|x-conference|x-shader)$`, nil},
	"randomFileExt":        {`^[a-z0-9_-]+$`, nil},
	"randomSemver":         {`^\d\.\d\.\d$`, nil},
}

func intRange(min, max int) check {
	return func(v string, _ time.Time) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < min || n > max || strconv.Itoa(n) != v {
			return fmt.Errorf("not an integer in [%d, %d]", min, max)
		}
		return nil
	}
}

func floatRange(min, max float64) check {
	return func(v string, _ time.Time) error {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < min || f > max {
			return fmt.Errorf("not a number in [%g, %g]", min, max)
		}
		return nil
	}
}

func equals(want string) check {
	return func(v string, _ time.Time) error {
		if v != want {
			return fmt.Errorf("want %q", want)
		}
		return nil
	}
}

// checkTimestamp: Math.round(Date.now()/1000).
func checkTimestamp(v string, now time.Time) error {
	if now.IsZero() {
		return nil
	}
	sec := now.Unix()
	if now.Nanosecond() >= 500_000_000 {
		sec++
	}
	if v != strconv.FormatInt(sec, 10) {
		return fmt.Errorf("want %d", sec)
	}
	return nil
}

func checkISO(v string, now time.Time) error {
	if now.IsZero() {
		return nil
	}
	want := now.UTC().Format("2006-01-02T15:04:05.000Z")
	if v != want {
		return fmt.Errorf("want %q", want)
	}
	return nil
}

// dateRange checks a JavaScript Date string lies within [now+from, now+to],
// allowing for toString's truncation to whole seconds.
func dateRange(from, to time.Duration) check {
	return func(v string, now time.Time) error {
		if now.IsZero() {
			return nil
		}
		t, err := time.Parse("Mon Jan 02 2006 15:04:05 GMT-0700", v[:strings.Index(v, " (")])
		if err != nil {
			return err
		}
		lo, hi := now.Add(from).Truncate(time.Second), now.Add(to)
		if t.Before(lo) || t.After(hi) {
			return fmt.Errorf("outside [%v, %v]", lo, hi)
		}
		return nil
	}
}

// checkIBAN validates the ISO 13616 check digits: moving the first four
// characters to the end and reading letters as 10..35 gives 1 mod 97.
func checkIBAN(v string, _ time.Time) error {
	s := v[4:] + v[:4]
	rem := 0
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			rem = (rem*100 + int(c-'A') + 10) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	if rem != 1 {
		return fmt.Errorf("IBAN checksum remainder %d, want 1", rem)
	}
	return nil
}

func compiledShapes(t *testing.T) map[string]*regexp.Regexp {
	t.Helper()
	out := map[string]*regexp.Regexp{}
	for name, s := range shapes {
		out[name] = regexp.MustCompile(s.re)
	}
	return out
}

func fixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

func TestNamesExact(t *testing.T) {
	got := Names()
	if len(got) != 118 {
		t.Fatalf("Names() has %d entries, want 118", len(got))
	}
	if !slices.Equal(got, allNames) {
		t.Fatalf("Names() = %v\nwant %v", got, allNames)
	}
	got[0] = "mutated"
	if Names()[0] != "guid" {
		t.Fatal("Names() returns shared storage")
	}
	if len(shapes) != 118 {
		t.Fatalf("test table has %d shapes, want 118", len(shapes))
	}
}

func TestShapes(t *testing.T) {
	res := compiledShapes(t)
	clocks := []time.Time{
		time.Date(2025, 12, 1, 10, 11, 12, 600_000_000, time.UTC),
		time.Date(2024, 2, 29, 23, 59, 59, 400_000_000, time.UTC),
		time.Date(2031, 7, 4, 0, 0, 0, 0, time.FixedZone("EST", -5*3600)),
	}
	for seed := uint64(1); seed <= 5; seed++ {
		now := clocks[int(seed)%len(clocks)]
		g := New(rand.New(rand.NewPCG(seed, seed*7919)), nil, fixedClock(now))
		for _, name := range allNames {
			re, s := res[name], shapes[name]
			for i := 0; i < 40; i++ {
				v, ok := g.Value(name)
				if !ok {
					t.Fatalf("Value(%q): ok=false", name)
				}
				if !re.MatchString(v) {
					t.Fatalf("seed %d: $%s = %q does not match %s", seed, name, v, s.re)
				}
				if s.check != nil {
					if err := s.check(v, now); err != nil {
						t.Fatalf("seed %d: $%s = %q: %v", seed, name, v, err)
					}
				}
			}
		}
	}
}

// TestShapesAcceptNewman checks the shape table against values recorded from
// Newman, so the shapes describe Newman's output and not just ours.
func TestShapesAcceptNewman(t *testing.T) {
	data, err := os.ReadFile("testdata/newman-samples.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Samples map[string][]string `json:"samples"`
	}
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	var names []string
	for name := range rec.Samples {
		names = append(names, name)
	}
	slices.Sort(names)
	if !slices.Equal(names, allNames) {
		t.Fatalf("recorded names differ from allNames:\n%v", names)
	}
	res := compiledShapes(t)
	for _, name := range names {
		for _, v := range rec.Samples[name] {
			if !res[name].MatchString(v) {
				t.Errorf("Newman's $%s = %q does not match %s", name, v, shapes[name].re)
				continue
			}
			if c := shapes[name].check; c != nil {
				if err := c(v, time.Time{}); err != nil {
					t.Errorf("Newman's $%s = %q: %v", name, v, err)
				}
			}
		}
	}
}

func TestClockValues(t *testing.T) {
	tests := []struct {
		now           time.Time
		timestamp     string
		iso           string
		dateSuffixExp string
	}{
		{time.Date(2025, 12, 1, 10, 11, 12, 600_000_000, time.UTC), "1764583873", "2025-12-01T10:11:12.600Z",
			` GMT\+0000 \(Coordinated Universal Time\)$`},
		{time.Date(2025, 12, 1, 10, 11, 12, 400_000_000, time.UTC), "1764583872", "2025-12-01T10:11:12.400Z",
			` GMT\+0000 \(Coordinated Universal Time\)$`},
		{time.Date(2025, 12, 1, 15, 41, 12, 999_999_999, time.FixedZone("IST", 19800)), "1764583873", "2025-12-01T10:11:12.999Z",
			` GMT\+0530 \(IST\)$`},
		{time.Date(2025, 12, 1, 5, 11, 12, 0, time.FixedZone("", -5*3600)), "1764583872", "2025-12-01T10:11:12.000Z",
			` GMT-0500 \(GMT-05:00\)$`},
		{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "253402300800", "+010000-01-01T00:00:00.000Z",
			` GMT\+0000 \(Coordinated Universal Time\)$`},
	}
	for _, tt := range tests {
		g := New(rand.New(rand.NewPCG(1, 2)), nil, fixedClock(tt.now))
		if v, _ := g.Value("timestamp"); v != tt.timestamp {
			t.Errorf("%v: timestamp = %q, want %q", tt.now, v, tt.timestamp)
		}
		if v, _ := g.Value("isoTimestamp"); v != tt.iso {
			t.Errorf("%v: isoTimestamp = %q, want %q", tt.now, v, tt.iso)
		}
		re := regexp.MustCompile(tt.dateSuffixExp)
		for _, name := range []string{"randomDatePast", "randomDateFuture", "randomDateRecent"} {
			if v, _ := g.Value(name); !re.MatchString(v) {
				t.Errorf("%v: %s = %q, want suffix %s", tt.now, name, v, tt.dateSuffixExp)
			}
		}
	}
}

func TestDateStringLayout(t *testing.T) {
	// A fixed reference rendered by Node 20's Date.prototype.toString with TZ=UTC.
	got := jsDateString(time.Date(2025, 12, 1, 10, 11, 12, 600_000_000, time.UTC))
	want := "Mon Dec 01 2025 10:11:12 GMT+0000 (Coordinated Universal Time)"
	if got != want {
		t.Fatalf("jsDateString = %q, want %q", got, want)
	}
}

func TestDeterministic(t *testing.T) {
	now := fixedClock(time.Date(2025, 12, 1, 10, 11, 12, 0, time.UTC))
	run := func(s1, s2 uint64) []string {
		g := New(rand.New(rand.NewPCG(s1, s2)), seededEntropy(s1, s2), now)
		var out []string
		for i := 0; i < 3; i++ {
			for _, name := range allNames {
				v, _ := g.Value(name)
				out = append(out, v)
			}
		}
		return out
	}
	a, b := run(42, 43), run(42, 43)
	if !slices.Equal(a, b) {
		t.Fatal("same seed and clock gave different values")
	}
	c := run(44, 45)
	differ := 0
	for i := range a {
		if a[i] != c[i] {
			differ++
		}
	}
	if differ < len(a)/2 {
		t.Fatalf("different seeds gave only %d of %d different values", differ, len(a))
	}
}

func TestUnknownNames(t *testing.T) {
	g := New(rand.New(rand.NewPCG(1, 1)), nil, fixedClock(time.Unix(0, 0)))
	for _, name := range []string{"", "$guid", "Guid", "GUID", " guid", "guid ", "randomint",
		"randomFoo", "random", "randomImage", "randomTechnicsImage", "{{$guid}}"} {
		if v, ok := g.Value(name); ok || v != "" {
			t.Errorf("Value(%q) = %q, %v; want \"\", false", name, v, ok)
		}
	}
}

func TestNilArguments(t *testing.T) {
	g := New(nil, nil, nil)
	for _, name := range allNames {
		if _, ok := g.Value(name); !ok {
			t.Fatalf("Value(%q) with nil rand/clock: ok=false", name)
		}
	}
	v, _ := g.Value("timestamp")
	n, _ := strconv.ParseInt(v, 10, 64)
	if d := n - time.Now().Unix(); d < -5 || d > 5 {
		t.Fatalf("nil clock timestamp %s is not now", v)
	}
}

// TestCoverage checks that closed sets are fully reachable, and that randomInt
// reaches both ends of its range.
func TestCoverage(t *testing.T) {
	g := New(rand.New(rand.NewPCG(7, 8)), nil, fixedClock(time.Unix(1_700_000_000, 0)))
	tests := []struct {
		name string
		want []string
	}{
		{"randomBoolean", []string{"true", "false"}},
		{"randomProtocol", []string{"http", "https"}},
		{"randomWeekday", []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}},
		{"randomCommonFileType", []string{"video", "audio", "image", "text", "application"}},
		{"randomFileType", []string{"application", "audio", "chemical", "font", "image", "message", "model",
			"multipart", "text", "video", "x-conference", "x-shader"}},
		{"randomCompanySuffix", []string{"Inc", "and Sons", "LLC", "Group"}},
		{"randomNamePrefix", []string{"Mr.", "Mrs.", "Ms.", "Miss", "Dr."}},
		{"randomDomainSuffix", []string{"com", "biz", "info", "name", "net", "org"}},
		{"randomInt", []string{"0", "1000"}},
	}
	for _, tt := range tests {
		missing := map[string]bool{}
		for _, w := range tt.want {
			missing[w] = true
		}
		for i := 0; i < 20000 && len(missing) > 0; i++ {
			v, _ := g.Value(tt.name)
			delete(missing, v)
		}
		for w := range missing {
			t.Errorf("$%s never produced %q in 20000 draws", tt.name, w)
		}
	}
}
