package runner

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"time"

	"github.com/courier-run/courier/collections"
	"github.com/courier-run/courier/events"
	"github.com/courier-run/courier/scripting"
)

// Bail says when a run stops early (Newman's --bail [folder,failure]):
// --bail and --bail failure stop after an item with a failed assertion or a
// script error; --bail folder also stops after a request error (an unknown
// --folder is always a usage error in courier).
type Bail struct {
	Enabled bool // --bail given
	Folder  bool // the "folder" modifier
	Failure bool // the "failure" modifier
}

// ClientCert is a client certificate, for every host or for hosts matching Matches
// (Newman's --ssl-client-cert-list entries; patterns like "https://*.example.com").
type ClientCert struct {
	Matches []string
	Cert    tls.Certificate
}

// Options configure one run. The zero value of every field is usable.
type Options struct {
	Collection  *collections.Collection
	Environment *collections.Environment
	Globals     *collections.Environment
	EnvVars     []collections.Variable // --env-var, override the environment
	GlobalVars  []collections.Variable // --global-var, override globals
	Data        []collections.Row
	Iterations  int      // -n; 0 = one per data row, or 1
	Folders     []string // --folder, names or ids of folders or requests
	// OnlyIterations, when set, runs only these iterations (0-based indices
	// among the run's iterations, ascending; those not below the count are
	// ignored): a unit of a parallel or sharded run. Each keeps its real
	// index in cursors, pm.info.iteration and its data row, and cursors and
	// RunStart keep the whole run's iteration count.
	OnlyIterations []int
	// OnlyTop, when set, runs only these top-level items of the collection
	// (indices into Collection.Items, ascending) instead of Folders; cursors
	// and RunStart keep the whole collection's positions and length, so the
	// events are those of these items' part of a whole run. A
	// setNextRequest to a request outside them ends the iteration, with a
	// warning (the jump cannot leave the unit).
	OnlyTop         []int
	Bail            Bail
	Timeout         time.Duration // whole run
	TimeoutReq      time.Duration // each request
	TimeoutScript   time.Duration // each script
	DelayRequest    time.Duration
	Retry           Retry // --retry: when an item's request is sent again (zero: never)
	IgnoreRedirects bool
	Insecure        bool
	ClientCerts     []ClientCert
	RootCAs         *x509.CertPool // nil = system roots (plus nothing)
	Proxy           func(*http.Request) (*url.URL, error)
	Cookies         []*http.Cookie                    // --cookie-jar contents, with Domain/Path set
	StoredCookies   []StoredCookie                    // --cookie-jar contents as tough-cookie serialised them
	ReadFile        func(name string) ([]byte, error) // files for bodies (--working-dir rules applied by the caller); nil = none
	Scripts         func(host scripting.Host) scripting.Runtime
	Handler         events.Handler
	Now             func() time.Time
	Sleep           func(ctx context.Context, d time.Duration) error
	Rand            *rand.Rand // dynamic variables such as $randomInt; nil = a fast generator seeded from crypto/rand
	// Seed, when set (--seed), makes the run's random choices reproducible:
	// Math.random, the random dynamic variables ($randomInt, $guid, …) and
	// --retry's jitter draw from a generator seeded from it, restarted at
	// each top-level item of each iteration from (Seed, iteration, item,
	// visit), so a run cut into units (--parallel, --shard) draws what the
	// whole run draws. Rand is then not used. Auth nonces, boundaries and
	// ids stay unpredictable.
	Seed *uint64
	// Entropy supplies what must be unpredictable: auth nonces and client
	// challenges, UUIDs ($guid, Postman-Token, ids), multipart boundaries.
	// nil = crypto/rand.Reader; only tests set it (reproducible runs). It
	// must be safe for concurrent use when scripts call pm.sendRequest.
	Entropy io.Reader
	// PromptVars are --prompt variables: when a request uses one that is empty,
	// Prompt is asked for its value before the request is sent.
	PromptVars []string
	Prompt     func(ctx context.Context, q PromptQuestion) (string, error)
	// OnVariable is told of every variable: the initial ones of every scope
	// and each value set during the run (for secret masking).
	OnVariable func(key string, value any, typ string)
	// OnSecret is told of each value that must never be printed and is no
	// variable's: OAuth 2.0 tokens courier got, client secrets, codes.
	OnSecret func(value string)
	// NoOAuth2Fetch signs oauth2 auths with their saved accessToken alone,
	// as Newman does: no token is fetched or refreshed.
	NoOAuth2Fetch bool
	// OAuth2Authorize asks a person to authorize an authorization_code
	// grant and returns the code the redirect brought. An *oauth2.Error
	// (the authorization server's answer, such as access_denied) is the
	// error of the request that needed the token; any other error stops
	// the run with that message (exit 2): there is no terminal, the
	// redirect_uri is not one courier can listen on, nobody came in time.
	// nil: no person, the run stops when such a token is needed.
	OAuth2Authorize func(ctx context.Context, a OAuth2Authorization) (code string, err error)
	UserAgent       string // default "PostmanRuntime/7.39.1"

	// OpenFile, when set, is used instead of ReadFile: it opens a body file
	// and gives its size (a file that is not a regular one is refused with
	// ErrNotAFile, so that /dev/zero or a FIFO is never read).
	OpenFile func(name string) (io.ReadCloser, int64, error)
	// MaxResponseSize bounds a response body as received and as decoded
	// (each content-encoding layer is read only up to it): a larger one is a
	// request error ("Maximum response size reached"). 0 = no limit.
	MaxResponseSize int64
	// MaxUploadSize bounds the file bytes one request's body loads
	// (form-data files and a binary body, together): a request over it is
	// not sent and is a request error. 0 = no limit.
	MaxUploadSize int64
}

// PromptQuestion says which request needs which variable, and why.
type PromptQuestion struct {
	Request  string // "2. Verify OTP (creates session)"
	Variable string
	Why      string // the variable's description, resolved; "" when it has none
	// Resolve replaces {{variables}} in a text with the run's values at
	// the question (for --prompt-command's arguments)
	Resolve func(string) string
}
