package contiomock

import (
	"crypto/rand"
	"io"
	"time"
)

// Defaults applied by New when the corresponding Config field is zero.
const (
	DefaultRateLimit  = 100
	DefaultRateWindow = 5 * time.Minute
)

// Demo credentials returned by DefaultConfig. They are public test values,
// also written into examples/contio/contio-mock.postman_environment.json.
const (
	DemoClientID     = "demo-partner-client"
	DemoClientSecret = "demo-partner-secret"
	DemoRedirectURI  = "http://localhost:3000/callback"
	DemoAPIKey       = "demo-admin-key"
)

// Lifetimes of the credentials the mock issues.
const (
	otpLifetime          = 10 * time.Minute
	loginSessionLifetime = time.Hour
	authCodeLifetime     = 10 * time.Minute
	accessTokenLifetime  = 24 * time.Hour
	idTokenLifetime      = time.Hour
	refreshTokenLifetime = 30 * 24 * time.Hour
	maxOTPAttempts       = 5
	maxBodyBytes         = 1 << 20
)

// Config configures a Server. The zero value is usable: it has no clients,
// so every client-authenticated call fails with invalid_client.
type Config struct {
	// OTP, when non-empty, is the code every /auth/initiate call "sends".
	// When empty each OTP is six random digits.
	OTP string
	// RateLimit is the number of OAuth requests (paths /oauth*, /auth/*)
	// allowed per RateWindow per client address. 0 means DefaultRateLimit;
	// a negative value disables the limit.
	RateLimit int
	// RateWindow is the rolling window of the OAuth rate limit.
	// 0 means DefaultRateWindow.
	RateWindow time.Duration
	// Clock returns the current time; nil means time.Now.
	Clock func() time.Time
	// Rand is the source of OTPs, tokens and ids; nil means crypto/rand.Reader.
	Rand io.Reader
	// Issuer is the "iss" of ID tokens and introspection results. When empty
	// it is derived from each request: "http://" + Host (https under TLS).
	Issuer string
	// Clients are the registered partner applications.
	Clients []Client
}

// Client is a registered partner application.
type Client struct {
	ID     string
	Secret string
	// RedirectURIs are the exact redirect URIs the consent and token
	// endpoints accept for this client.
	RedirectURIs []string
	// APIKey authenticates the Admin API (X-API-Key with X-Client-ID = ID).
	// An empty APIKey disables the Admin API for this client.
	APIKey string
	// Name is the application name reported by GET /v1/partner/admin/app;
	// empty means "Demo Partner App".
	Name string
}

// DefaultConfig returns a configuration with the demo client
// (DemoClientID / DemoClientSecret, redirect DemoRedirectURI, admin key
// DemoAPIKey), random OTPs and the default rate limit.
func DefaultConfig() Config {
	return Config{
		RateLimit:  DefaultRateLimit,
		RateWindow: DefaultRateWindow,
		Clients: []Client{{
			ID:           DemoClientID,
			Secret:       DemoClientSecret,
			RedirectURIs: []string{DemoRedirectURI},
			APIKey:       DemoAPIKey,
			Name:         "Demo Partner App",
		}},
	}
}

func (c Config) withDefaults() Config {
	if c.RateLimit == 0 {
		c.RateLimit = DefaultRateLimit
	}
	if c.RateWindow <= 0 {
		c.RateWindow = DefaultRateWindow
	}
	if c.Clock == nil {
		c.Clock = time.Now
	}
	if c.Rand == nil {
		c.Rand = rand.Reader
	}
	clients := make([]Client, len(c.Clients))
	for i, cl := range c.Clients {
		cl.RedirectURIs = append([]string(nil), cl.RedirectURIs...)
		if cl.Name == "" {
			cl.Name = "Demo Partner App"
		}
		clients[i] = cl
	}
	c.Clients = clients
	return c
}
