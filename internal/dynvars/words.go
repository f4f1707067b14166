package dynvars

// Word lists used by the generators. They are short, hand-written lists that
// give values of the same shape as faker 5.5.3's English locale; they are not
// copies of faker's data files. Tiny closed sets whose members define the shape
// (weekdays, months, name prefixes, e-mail providers, ...) list the same members
// Newman produces. Everything here is read-only.

var firstNames = []string{
	"Abigail", "Adrian", "Alma", "Ansel", "Beatrice", "Bennett", "Callum", "Carmen",
	"Clara", "Dalton", "Delia", "Desmond", "Edith", "Elliot", "Esther", "Felix",
	"Fiona", "Gideon", "Greta", "Harlan", "Hazel", "Ingrid", "Isaac", "Jasper",
	"Juniper", "Kendrick", "Lena", "Lucian", "Mabel", "Marcus", "Nadia", "Nolan",
	"Odette", "Oscar", "Priya", "Quentin", "Rosalind", "Rufus", "Sabrina", "Silas",
	"Tabitha", "Theo", "Ursula", "Vernon", "Wanda", "Wesley", "Yara", "Zane",
}

var lastNames = []string{
	"Abbott", "Barlow", "Becker", "Calloway", "Crane", "Dempsey", "Donnelly", "Eckert",
	"Fairbanks", "Fletcher", "Garrison", "Hale", "Holloway", "Ingram", "Jennings", "Kessler",
	"Langley", "Lindqvist", "Marsh", "McAllister", "Nakamura", "Norwood", "O'Brien", "O'Malley",
	"Pemberton", "Quigley", "Radcliffe", "Sandoval", "Schaefer", "Thornton", "Upton", "Vance",
	"Whitaker", "Winslow", "Yates", "Zimmerman",
}

var namePrefixes = []string{"Mr.", "Mrs.", "Ms.", "Miss", "Dr."}

var nameSuffixes = []string{"Jr.", "Sr.", "I", "II", "III", "IV", "V", "MD", "DDS", "PhD", "DVM"}

var jobDescriptors = []string{
	"Lead", "Senior", "Direct", "Corporate", "Dynamic", "Future", "Product", "National",
	"Regional", "District", "Central", "Global", "Customer", "Investor", "International",
	"Legacy", "Forward", "Internal", "Human", "Chief", "Principal",
}

var jobAreas = []string{
	"Solutions", "Program", "Brand", "Security", "Research", "Marketing", "Implementation",
	"Integration", "Functionality", "Response", "Tactics", "Identity", "Markets", "Group",
	"Division", "Applications", "Optimization", "Operations", "Infrastructure", "Communications",
	"Web", "Branding", "Quality", "Mobility", "Accounts", "Data", "Creative", "Usability", "Metrics",
}

var jobTypes = []string{
	"Supervisor", "Associate", "Executive", "Liaison", "Officer", "Manager", "Engineer",
	"Specialist", "Director", "Coordinator", "Administrator", "Architect", "Analyst", "Designer",
	"Planner", "Technician", "Developer", "Producer", "Consultant", "Assistant", "Facilitator",
	"Agent", "Representative", "Strategist",
}

var cityPrefixes = []string{"North", "East", "West", "South", "New", "Lake", "Port"}

var citySuffixes = []string{
	"town", "ton", "land", "ville", "berg", "burgh", "borough", "bury", "view", "port",
	"mouth", "field", "ford", "haven", "side", "shire", "wood", "chester",
}

var cityNames = []string{
	"Albuquerque", "Ann Arbor", "Baton Rouge", "Boise", "Cedar Rapids", "Chattanooga",
	"Des Moines", "Eugene", "Fort Collins", "Grand Rapids", "Green Bay", "Knoxville",
	"Lansing", "Little Rock", "Madison", "Mesa", "Olympia", "Pasadena", "Providence",
	"Reno", "Salem", "Santa Fe", "Savannah", "Spokane", "Syracuse", "Tacoma", "Tempe",
	"Topeka", "Tulsa", "Wichita", "Winston-Salem",
}

var streetSuffixes = []string{
	"Alley", "Avenue", "Boulevard", "Bridge", "Brook", "Bypass", "Canyon", "Causeway",
	"Circle", "Common", "Court", "Crossing", "Drive", "Estate", "Expressway", "Fields",
	"Gardens", "Grove", "Harbor", "Highway", "Hill", "Junction", "Lane", "Loop", "Mall",
	"Manor", "Meadow", "Mill", "Mission", "Parkway", "Pass", "Place", "Plaza", "Ridge",
	"Road", "Route", "Square", "Street", "Terrace", "Trail", "Valley", "Way",
}

var counties = []string{
	"Avon", "Cornwall", "Cumbria", "Devon", "Dorset", "Essex", "Kent", "Norfolk",
	"Somerset", "Suffolk", "Surrey", "Wiltshire",
}

var states = []string{
	"Alabama", "Alaska", "Arizona", "California", "Colorado", "Delaware", "Florida",
	"Georgia", "Idaho", "Illinois", "Kansas", "Maine", "Maryland", "Michigan", "Montana",
	"Nebraska", "Nevada", "New Hampshire", "New Mexico", "North Carolina", "Ohio", "Oregon",
	"Rhode Island", "Texas", "Utah", "Vermont", "Wyoming",
}

var countries = []string{
	"Argentina", "Australia", "Austria", "Bangladesh", "Belgium", "Bolivia", "Botswana",
	"Brazil", "Canada", "Chile", "Colombia", "Cote d'Ivoire", "Croatia", "Denmark", "Ecuador",
	"Egypt", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Germany", "Ghana", "Greece",
	"Guatemala", "Iceland", "India", "Indonesia", "Ireland", "Japan", "Kenya", "Latvia",
	"Madagascar", "Mexico", "Mongolia", "Morocco", "Nepal", "New Zealand", "Norway", "Peru",
	"Portugal", "Saint Lucia", "Senegal", "Singapore", "Sri Lanka", "Sweden", "Tonga",
	"Trinidad and Tobago", "Uruguay", "Vietnam",
}

// countryCodes are ISO 3166-1 alpha-2 codes.
var countryCodes = []string{
	"AR", "AT", "AU", "BD", "BE", "BO", "BR", "BW", "CA", "CH", "CL", "CO", "CZ", "DE",
	"DK", "EC", "EE", "EG", "ES", "ET", "FI", "FJ", "FR", "GB", "GH", "GR", "GT", "HR",
	"IE", "IN", "IS", "JP", "KE", "LK", "LV", "MA", "MG", "MN", "MX", "NO", "NP", "NZ",
	"PE", "PT", "SE", "SG", "SN", "TO", "US", "UY", "VN",
}

var colors = []string{
	"red", "green", "blue", "yellow", "purple", "orange", "pink", "black", "white", "grey",
	"brown", "beige", "maroon", "navy", "teal", "olive", "lime", "cyan", "magenta", "violet",
	"indigo", "gold", "silver", "ivory", "coral", "salmon", "crimson", "amber", "sky blue",
	"forest green",
}

var departments = []string{
	"Books", "Movies", "Music", "Games", "Electronics", "Computers", "Home", "Garden",
	"Tools", "Grocery", "Health", "Beauty", "Toys", "Kids", "Baby", "Clothing", "Shoes",
	"Sports", "Outdoors", "Automotive", "Industrial",
}

var productAdjectives = []string{
	"Small", "Ergonomic", "Rustic", "Intelligent", "Gorgeous", "Incredible", "Fantastic",
	"Practical", "Sleek", "Awesome", "Generic", "Handcrafted", "Handmade", "Refined",
	"Unbranded", "Tasty", "Sturdy", "Compact",
}

var productMaterials = []string{
	"Steel", "Wooden", "Concrete", "Plastic", "Cotton", "Granite", "Rubber", "Metal",
	"Soft", "Fresh", "Frozen", "Bronze", "Ceramic",
}

var products = []string{
	"Chair", "Car", "Computer", "Keyboard", "Mouse", "Bike", "Ball", "Gloves", "Pants",
	"Shirt", "Table", "Shoes", "Hat", "Towels", "Soap", "Tuna", "Chicken", "Fish", "Cheese",
	"Bacon", "Pizza", "Salad", "Sausages", "Chips", "Lamp", "Clock",
}

var companySuffixes = []string{"Inc", "and Sons", "LLC", "Group"}

var catchPhraseAdjectives = []string{
	"Adaptive", "Automated", "Balanced", "Centralized", "Cloned", "Configurable",
	"Cross-platform", "Customizable", "Decentralized", "Digitized", "Distributed",
	"Enhanced", "Ergonomic", "Expanded", "Face to face", "Focused", "Implemented",
	"Innovative", "Integrated", "Managed", "Multi-layered", "Optimized", "Proactive",
	"Reactive", "Robust", "Seamless", "Streamlined", "User-friendly", "Visionary",
}

var catchPhraseDescriptors = []string{
	"24/7", "asymmetric", "bandwidth-monitored", "bi-directional", "client-driven",
	"content-based", "dedicated", "dynamic", "empowering", "fault-tolerant", "global",
	"heuristic", "incremental", "interactive", "leading edge", "local", "mission-critical",
	"modular", "multimedia", "next generation", "optimizing", "real-time", "scalable",
	"systematic", "transitional", "well-modulated", "zero tolerance",
}

var catchPhraseNouns = []string{
	"ability", "access", "algorithm", "alliance", "architecture", "array", "capability",
	"circuit", "concept", "database", "emulation", "encoding", "firmware", "framework",
	"hierarchy", "hub", "infrastructure", "initiative", "interface", "knowledge base",
	"matrix", "middleware", "model", "open architecture", "paradigm", "portal", "productivity",
	"project", "secured line", "service-desk", "synergy", "throughput", "workforce",
}

var bsVerbs = []string{
	"aggregate", "architect", "benchmark", "brand", "cultivate", "deliver", "deploy",
	"disintermediate", "drive", "e-enable", "embrace", "empower", "engage", "engineer",
	"enhance", "envisioneer", "evolve", "expedite", "facilitate", "generate", "grow",
	"harness", "implement", "incubate", "innovate", "integrate", "leverage", "matrix",
	"maximize", "monetize", "optimize", "orchestrate", "redefine", "reinvent", "scale",
	"seize", "streamline", "synergize", "target", "transform", "whiteboard",
}

var bsAdjectives = []string{
	"24/7", "B2B", "B2C", "back-end", "best-of-breed", "bleeding-edge", "clicks-and-mortar",
	"collaborative", "compelling", "cross-platform", "cutting-edge", "distributed",
	"dynamic", "efficient", "end-to-end", "enterprise", "frictionless", "global", "granular",
	"holistic", "impactful", "innovative", "intuitive", "magnetic", "mission-critical",
	"next-generation", "one-to-one", "proactive", "real-time", "revolutionary", "scalable",
	"seamless", "strategic", "sticky", "turn-key", "user-centric", "viral", "wireless",
}

var bsNouns = []string{
	"action-items", "applications", "bandwidth", "blockchains", "channels", "communities",
	"content", "convergence", "deliverables", "e-business", "e-commerce", "e-services",
	"experiences", "eyeballs", "functionalities", "infrastructures", "initiatives",
	"interfaces", "markets", "methodologies", "metrics", "mindshare", "models", "networks",
	"niches", "paradigms", "partnerships", "platforms", "portals", "relationships", "ROI",
	"solutions", "supply-chains", "synergies", "systems", "technologies", "users",
	"web services",
}

var dbColumns = []string{
	"id", "title", "name", "email", "phone", "token", "group", "category", "password",
	"comment", "avatar", "status", "createdAt", "updatedAt",
}

var dbTypes = []string{
	"int", "varchar", "text", "date", "datetime", "tinyint", "time", "timestamp", "smallint",
	"mediumint", "bigint", "decimal", "float", "double", "real", "bit", "boolean", "serial",
	"blob", "binary", "enum", "set", "geometry", "point",
}

var dbCollations = []string{
	"utf8_unicode_ci", "utf8_general_ci", "utf8_bin", "ascii_bin", "ascii_general_ci",
	"cp1250_bin", "cp1250_general_ci",
}

var dbEngines = []string{"InnoDB", "MyISAM", "MEMORY", "CSV", "BLACKHOLE", "ARCHIVE"}

var months = []string{
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
}

var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var accountTypes = []string{
	"Checking", "Savings", "Money Market", "Investment", "Home Loan", "Credit Card",
	"Auto Loan", "Personal Loan",
}

var transactionTypes = []string{"deposit", "withdrawal", "payment", "invoice"}

// currency is one ISO 4217 currency; symbol may be empty (faker then draws again).
type currency struct{ name, code, symbol string }

var currencies = []currency{
	{"Argentine Peso", "ARS", "$"},
	{"Australian Dollar", "AUD", "$"},
	{"Bulgarian Lev", "BGN", "лв"},
	{"Brazilian Real", "BRL", "R$"},
	{"Canadian Dollar", "CAD", "$"},
	{"Swiss Franc", "CHF", "CHF"},
	{"Chinese Yuan", "CNY", "¥"},
	{"Czech Koruna", "CZK", "Kč"},
	{"Danish Krone", "DKK", "kr"},
	{"Algerian Dinar", "DZD", ""},
	{"Euro", "EUR", "€"},
	{"Pound Sterling", "GBP", "£"},
	{"Hong Kong Dollar", "HKD", "$"},
	{"Forint", "HUF", "Ft"},
	{"Rupiah", "IDR", "Rp"},
	{"New Israeli Sheqel", "ILS", "₪"},
	{"Indian Rupee", "INR", "₹"},
	{"Iceland Krona", "ISK", "kr"},
	{"Yen", "JPY", "¥"},
	{"Kenyan Shilling", "KES", ""},
	{"Won", "KRW", "₩"},
	{"Mexican Peso", "MXN", "$"},
	{"Malaysian Ringgit", "MYR", "RM"},
	{"Naira", "NGN", "₦"},
	{"Norwegian Krone", "NOK", "kr"},
	{"New Zealand Dollar", "NZD", "$"},
	{"Nuevo Sol", "PEN", "S/."},
	{"Philippine Peso", "PHP", "Php"},
	{"Zloty", "PLN", "zł"},
	{"Swedish Krona", "SEK", "kr"},
	{"Baht", "THB", "฿"},
	{"Turkish Lira", "TRY", "₺"},
	{"Hryvnia", "UAH", "₴"},
	{"US Dollar", "USD", "$"},
	{"Dong", "VND", "₫"},
	{"Rand", "ZAR", "R"},
}

var hackerAbbreviations = []string{
	"ADP", "AGP", "AI", "API", "CSS", "DNS", "EXE", "FTP", "GB", "GPU", "HDD", "HTTP",
	"JSON", "LAN", "PCI", "PNG", "RAM", "RSS", "SAS", "SCSI", "SDD", "SMS", "SMTP", "SQL",
	"SSL", "TCP", "UDP", "USB", "VPN", "XML",
}

var hackerAdjectives = []string{
	"auxiliary", "primary", "back-end", "digital", "open-source", "virtual", "cross-platform",
	"redundant", "online", "haptic", "multi-byte", "bluetooth", "wireless", "1080p", "neural",
	"optical", "solid state", "mobile", "quantum",
}

var hackerNouns = []string{
	"driver", "protocol", "bandwidth", "panel", "microchip", "program", "port", "card",
	"array", "interface", "system", "sensor", "firewall", "hard drive", "pixel", "alarm",
	"feed", "monitor", "application", "transmitter", "bus", "circuit", "capacitor", "matrix",
}

var hackerVerbs = []string{
	"back up", "bypass", "hack", "override", "compress", "copy", "navigate", "index",
	"connect", "generate", "quantify", "calculate", "synthesize", "input", "transmit",
	"program", "reboot", "parse",
}

var hackerIngverbs = []string{
	"backing up", "bypassing", "hacking", "overriding", "compressing", "copying",
	"navigating", "indexing", "connecting", "generating", "quantifying", "calculating",
	"synthesizing", "transmitting", "programming", "parsing", "rebooting",
}

// hackerPhrases are templates in faker's style; each {{slot}} is filled with a
// fresh word of that kind.
var hackerPhrases = []string{
	"Try to {{verb}} the {{adjective}} {{noun}}, then the {{abbreviation}} {{noun}} will {{verb}} itself!",
	"We have to {{verb}} the {{abbreviation}} {{noun}} before the {{adjective}} {{noun}} goes down!",
	"{{ingverb}} the {{noun}} is pointless, {{verb}} the {{adjective}} {{abbreviation}} {{noun}} instead!",
	"The {{adjective}} {{noun}} is offline, {{verb}} the {{abbreviation}} {{noun}} so we can {{verb}} it!",
	"If you {{verb}} the {{noun}}, the {{abbreviation}} {{noun}} can reach the {{adjective}} {{noun}}!",
	"Nobody can {{verb}} the {{noun}} without {{ingverb}} the {{adjective}} {{abbreviation}} {{noun}}!",
	"Use the {{abbreviation}} {{noun}} to {{verb}} the {{adjective}} {{noun}}!",
	"I'll {{verb}} the {{adjective}} {{abbreviation}} {{noun}}, that should {{verb}} the {{noun}}!",
}

var avatarUsers = []string{
	"amberwaves", "b_kowalski", "bytebandit", "cleo.designs", "danfromdev", "elenapix",
	"frostmoth", "gus_ux", "hollyhock", "ivanstudio", "jadegrid", "kit.kraft", "lunarlynx",
	"mattedraws", "nico_lab", "olliebrush", "pixelpia", "quillandink", "rhea.motion",
	"sam-sketches", "tiago_ui", "uma.vector", "velvetfox", "willowwire", "xan_dr", "yusuf.art",
	"zoe_makes",
}

var freeEmailDomains = []string{"gmail.com", "yahoo.com", "hotmail.com"}

var exampleEmailDomains = []string{"example.org", "example.com", "example.net"}

var domainSuffixes = []string{"com", "biz", "info", "name", "net", "org"}

var loremWords = []string{
	"lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipisci", "velit", "sed",
	"quia", "non", "numquam", "eius", "modi", "tempora", "incidunt", "ut", "labore", "et",
	"dolore", "magnam", "aliquam", "quaerat", "voluptatem", "enim", "ad", "minima", "veniam",
	"quis", "nostrum", "exercitationem", "ullam", "corporis", "suscipit", "laboriosam",
	"nisi", "aliquid", "ex", "ea", "commodi", "consequatur", "autem", "vel", "eum", "iure",
	"reprehenderit", "qui", "in", "voluptate", "esse", "quam", "nihil", "molestiae",
	"illum", "fugiat", "quo", "voluptas", "nulla", "pariatur", "officia",
}

// locales are language codes in the style of postman-collection's locale list
// (ISO 639-1 plus a few three-letter codes).
var locales = []string{
	"af", "am", "ar", "ast", "az", "be", "bg", "bn", "bs", "ca", "ceb", "cs", "cy", "da",
	"de", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fil", "fr", "ga", "gl", "haw",
	"he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "ko", "lt", "lv",
	"mk", "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw",
	"th", "tr", "uk", "vi", "zh", "zu",
}

// directoryPaths are common Unix/macOS directories.
var directoryPaths = []string{
	"/Applications", "/Library", "/System", "/Users", "/bin", "/boot", "/dev", "/etc",
	"/etc/cron.d", "/etc/ssl", "/home", "/home/user", "/home/user/docs", "/lib", "/media",
	"/mnt", "/opt", "/opt/local", "/private/tmp", "/proc", "/root", "/run", "/sbin", "/srv",
	"/sys", "/tmp", "/usr", "/usr/bin", "/usr/include", "/usr/lib", "/usr/local/bin",
	"/usr/local/share", "/usr/sbin", "/usr/share", "/var", "/var/cache", "/var/lib",
	"/var/log", "/var/mail", "/var/spool", "/var/tmp",
}

// mimeType is a media type and its usual file extensions.
type mimeType struct {
	name string
	exts []string
}

// mimeTypes covers every top-level type faker's MIME database has.
var mimeTypes = []mimeType{
	{"application/gzip", []string{"gz"}},
	{"application/java-archive", []string{"jar"}},
	{"application/json", []string{"json", "map"}},
	{"application/msword", []string{"doc", "dot"}},
	{"application/octet-stream", []string{"bin", "dms", "lrf", "deb", "so", "iso", "img"}},
	{"application/pdf", []string{"pdf"}},
	{"application/rtf", []string{"rtf"}},
	{"application/vnd.ms-excel", []string{"xls", "xlm", "xla", "xlc", "xlt", "xlw"}},
	{"application/vnd.oasis.opendocument.text", []string{"odt"}},
	{"application/x-7z-compressed", []string{"7z"}},
	{"application/x-sh", []string{"sh"}},
	{"application/xml", []string{"xml", "xsl", "xsd", "rng"}},
	{"application/zip", []string{"zip"}},
	{"audio/midi", []string{"mid", "midi", "kar", "rmi"}},
	{"audio/mp4", []string{"m4a", "mp4a"}},
	{"audio/ogg", []string{"oga", "ogg", "spx"}},
	{"audio/x-flac", []string{"flac"}},
	{"chemical/x-cdx", []string{"cdx"}},
	{"chemical/x-xyz", []string{"xyz"}},
	{"font/otf", []string{"otf"}},
	{"font/woff2", []string{"woff2"}},
	{"image/bmp", []string{"bmp"}},
	{"image/svg+xml", []string{"svg", "svgz"}},
	{"image/tiff", []string{"tiff", "tif"}},
	{"image/webp", []string{"webp"}},
	{"message/rfc822", []string{"eml", "mime"}},
	{"model/vrml", []string{"wrl", "vrml"}},
	{"model/gltf+json", []string{"gltf"}},
	{"multipart/form-data", nil},
	{"multipart/mixed", nil},
	{"text/calendar", []string{"ics", "ifb"}},
	{"text/css", []string{"css"}},
	{"text/csv", []string{"csv"}},
	{"text/markdown", []string{"markdown", "md"}},
	{"text/plain", []string{"txt", "text", "conf", "def", "list", "log", "in", "ini"}},
	{"video/3gpp", []string{"3gp", "3gpp"}},
	{"video/quicktime", []string{"qt", "mov"}},
	{"video/webm", []string{"webm"}},
	{"video/x-msvideo", []string{"avi"}},
	{"x-conference/x-cooltalk", []string{"ice"}},
	{"x-shader/x-fragment", nil},
	{"x-shader/x-vertex", nil},
}

// commonMimeTypes are the nine media types faker's system.commonFileExt and
// commonFileName draw from, with their registered extensions.
var commonMimeTypes = []mimeType{
	{"application/pdf", []string{"pdf"}},
	{"audio/mpeg", []string{"mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"}},
	{"audio/wav", []string{"wav"}},
	{"image/png", []string{"png"}},
	{"image/jpeg", []string{"jpeg", "jpg", "jpe"}},
	{"image/gif", []string{"gif"}},
	{"video/mp4", []string{"mp4", "mp4v", "mpg4"}},
	{"video/mpeg", []string{"mpeg", "mpg", "mpe", "m1v", "m2v"}},
	{"text/html", []string{"html", "htm", "shtml"}},
}

var commonFileTypes = []string{"video", "audio", "image", "text", "application"}

// Derived once from mimeTypes; never modified afterwards.
var (
	fileTypes = uniqueTopLevelTypes(mimeTypes)
	fileExts  = uniqueExtensions(mimeTypes)
)

func uniqueTopLevelTypes(list []mimeType) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range list {
		t := m.name
		for i := 0; i < len(t); i++ {
			if t[i] == '/' {
				t = t[:i]
				break
			}
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

func uniqueExtensions(list []mimeType) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range list {
		for _, e := range m.exts {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// ibanFormat describes a country's BBAN: a sequence of (count, kind) groups,
// where kind is 'n' (digit), 'a' (upper-case letter) or 'c' (letter or digit).
type ibanGroup struct {
	count int
	kind  byte
}

type ibanFormat struct {
	country string
	bban    []ibanGroup
}

// ibanFormats come from the SWIFT IBAN registry; lengths range from 15 (NO)
// to 31 (MT), the same range as faker's table.
var ibanFormats = []ibanFormat{
	{"AT", []ibanGroup{{5, 'n'}, {11, 'n'}}},
	{"BE", []ibanGroup{{3, 'n'}, {9, 'n'}}},
	{"CH", []ibanGroup{{5, 'n'}, {12, 'c'}}},
	{"CZ", []ibanGroup{{10, 'n'}, {10, 'n'}}},
	{"DE", []ibanGroup{{8, 'n'}, {10, 'n'}}},
	{"DK", []ibanGroup{{4, 'n'}, {10, 'n'}}},
	{"ES", []ibanGroup{{10, 'n'}, {10, 'n'}}},
	{"FI", []ibanGroup{{6, 'n'}, {8, 'n'}}},
	{"FR", []ibanGroup{{10, 'n'}, {11, 'c'}, {2, 'n'}}},
	{"GB", []ibanGroup{{4, 'a'}, {6, 'n'}, {8, 'n'}}},
	{"GR", []ibanGroup{{7, 'n'}, {16, 'c'}}},
	{"HR", []ibanGroup{{7, 'n'}, {10, 'n'}}},
	{"HU", []ibanGroup{{8, 'n'}, {16, 'n'}}},
	{"IE", []ibanGroup{{4, 'c'}, {6, 'n'}, {8, 'n'}}},
	{"IT", []ibanGroup{{1, 'a'}, {10, 'n'}, {12, 'c'}}},
	{"JO", []ibanGroup{{4, 'a'}, {4, 'n'}, {18, 'n'}}},
	{"KW", []ibanGroup{{4, 'a'}, {22, 'c'}}},
	{"MT", []ibanGroup{{4, 'a'}, {5, 'n'}, {18, 'c'}}},
	{"NL", []ibanGroup{{4, 'a'}, {10, 'n'}}},
	{"NO", []ibanGroup{{4, 'n'}, {7, 'n'}}},
	{"PL", []ibanGroup{{8, 'n'}, {16, 'n'}}},
	{"PT", []ibanGroup{{8, 'n'}, {13, 'n'}}},
	{"RO", []ibanGroup{{4, 'a'}, {16, 'c'}}},
	{"SE", []ibanGroup{{3, 'n'}, {17, 'n'}}},
	{"TR", []ibanGroup{{5, 'n'}, {1, 'n'}, {16, 'n'}}},
}

// uaLanguages are the language tags used inside Opera and Safari user agents.
var uaLanguages = []string{
	"AR", "CS", "DA", "DE", "EL", "EN", "ES", "FI", "FR", "HE", "HU", "IT", "JA", "KO",
	"NL", "NO", "PL", "PT", "RU", "SV", "TR", "UK", "ZH",
}
