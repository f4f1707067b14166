package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/courier-run/courier/internal/testserver"
)

// testPKI is a CA, a server certificate for 127.0.0.1 and a client certificate.
type testPKI struct {
	caPEM                       []byte
	serverCert                  tls.Certificate
	clientCertPEM, clientKeyPEM []byte
	pool                        *x509.CertPool
}

func newPKI(t *testing.T) *testPKI {
	t.Helper()
	key := func() *ecdsa.PrivateKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	caKey := key()
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "courier test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	issue := func(serial int64, cn string, usage x509.ExtKeyUsage, ips []net.IP) ([]byte, []byte) {
		k := key()
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: cn},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), ExtKeyUsage: []x509.ExtKeyUsage{usage}, IPAddresses: ips,
			KeyUsage: x509.KeyUsageDigitalSignature}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &k.PublicKey, caKey)
		if err != nil {
			t.Fatal(err)
		}
		kb, _ := x509.MarshalECPrivateKey(k)
		return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb})
	}
	p := &testPKI{caPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), pool: x509.NewCertPool()}
	p.pool.AddCert(ca)
	sc, sk := issue(2, "127.0.0.1", x509.ExtKeyUsageServerAuth, []net.IP{net.ParseIP("127.0.0.1")})
	if p.serverCert, err = tls.X509KeyPair(sc, sk); err != nil {
		t.Fatal(err)
	}
	p.clientCertPEM, p.clientKeyPEM = issue(3, "courier client", x509.ExtKeyUsageClientAuth, nil)
	return p
}

func TestTLSClientCertificatesAndCA(t *testing.T) {
	pki := newPKI(t)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := "none"
		if len(r.TLS.PeerCertificates) > 0 {
			name = r.TLS.PeerCertificates[0].Subject.CommonName
		}
		w.Write([]byte(`{"client":"` + name + `"}`))
	}))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{pki.serverCert}, ClientAuth: tls.VerifyClientCertIfGiven, ClientCAs: pki.pool}
	srv.StartTLS()
	defer srv.Close()
	dir := t.TempDir()
	write := func(n string, b []byte) string {
		p := filepath.Join(dir, n)
		os.WriteFile(p, b, 0o600)
		return p
	}
	ca, cert, key := write("ca.pem", pki.caPEM), write("client.pem", pki.clientCertPEM), write("client.key", pki.clientKeyPEM)
	list := write("certs.json", []byte(`[{"name":"local","matches":["https://127.0.0.1:*"],"cert":{"src":"`+cert+`"},"key":{"src":"`+key+`"}}]`))
	otherHost := write("other.json", []byte(`[{"name":"elsewhere","matches":["https://api.example.com"],"cert":{"src":"`+cert+`"},"key":{"src":"`+key+`"}}]`))
	coll := collectionFile(t, `"item":[{"name":"mtls","request":"`+srv.URL+`/","event":[{"listen":"test","script":{"exec":"pm.test('client certificate seen', () => pm.expect(pm.response.json().client).to.equal('courier client'));"}}]}]`)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown CA is a request error", []string{"run", coll}, 1, "[errored]"},
		{"-k without a client certificate", []string{"run", coll, "-k"}, 1, "expected 'none' to equal 'courier client'"},
		{"extra CA and client certificate", []string{"run", coll, "--ssl-extra-ca-certs", ca, "--ssl-client-cert", cert, "--ssl-client-key", key}, 0, "✓  client certificate seen"},
		{"certificate list", []string{"run", coll, "--ssl-extra-ca-certs", ca, "--ssl-client-cert-list", list}, 0, "✓  client certificate seen"},
		{"certificate list for another host", []string{"run", coll, "--ssl-extra-ca-certs", ca, "--ssl-client-cert-list", otherHost}, 1, "expected 'none' to equal 'courier client'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := courier(t, "", tt.args...)
			if r.code != tt.code || !strings.Contains(r.stdout, tt.want) {
				t.Errorf("exit %d (want %d), stdout lacks %q:\n%s%s", r.code, tt.code, tt.want, r.stdout, r.stderr)
			}
		})
	}
}

func TestProxyFromEnvironment(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Method+" "+r.RequestURI)
		mu.Unlock()
		w.Write([]byte(`{"via":"proxy"}`))
	}))
	defer proxy.Close()
	coll := collectionFile(t, `"item":[{"name":"proxied","request":"http://api.example.test/v1/x"},{"name":"bypassed","request":"http://skip.example.test/y"}]`)
	var out, errb strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, now: time.Now, isTTY: func(any) bool { return false },
		getenv: func(k string) string {
			switch k {
			case "HTTP_PROXY":
				return proxy.URL
			case "NO_PROXY":
				return "localhost,.skip.example.test"
			}
			return ""
		}}
	code := Main(t.Context(), []string{"run", coll}, e)
	if len(seen) != 1 || seen[0] != "GET http://api.example.test/v1/x" {
		t.Errorf("proxy saw %v", seen)
	}
	if code != 1 || !strings.Contains(out.String(), "ENOTFOUND skip.example.test") {
		t.Errorf("exit %d; the NO_PROXY host should be looked up directly (and fail):\n%s", code, out.String())
	}
}

// Through a proxy a URL's port is only part of the request's URL: one Node
// could not connect to (an unresolved "{{port}}") goes to the proxy as it
// is, as Newman sends it (corpus: punkerside-runexport).
func TestProxyFromEnvironmentUnresolvedPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go testserver.ServeRaw(ln)
	coll := collectionFile(t, `"item":[{"name":"p","request":"http://{{host}}:{{port}}/x",
		"event":[{"listen":"test","script":{"exec":"pm.test('sent ' + pm.response.json().raw.split('\\r\\n')[0], function () {});"}}]}]`)
	var out, errb strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, now: time.Now, isTTY: func(any) bool { return false },
		getenv: func(k string) string {
			if k == "HTTP_PROXY" {
				return "http://" + ln.Addr().String()
			}
			return ""
		}}
	code := Main(t.Context(), []string{"run", coll}, e)
	if code != 0 || !strings.Contains(out.String(), "sent GET http://{{host}}:{{port}}/x HTTP/1.1") {
		t.Errorf("exit %d:\n%s%s", code, out.String(), errb.String())
	}
}

func TestBypassProxy(t *testing.T) {
	tests := []struct {
		noProxy, u string
		want       bool
	}{
		{"", "http://a.com/", false},
		{"*", "http://a.com/", true},
		{"a.com", "http://a.com/", true},
		{"a.com", "http://x.a.com/", true},
		{".a.com", "http://x.a.com/", true},
		{"a.com", "http://ba.com/", false},
		{"a.com:8080", "http://a.com:9090/", false},
		{"a.com:8080", "http://a.com:8080/", true},
		{"10.0.0.0/8", "http://10.1.2.3/", true},
		{"10.0.0.0/8", "http://11.1.2.3/", false},
		{" b.org , a.com ", "http://a.com/", true},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.u)
		if got := bypassProxy(tt.noProxy, u); got != tt.want {
			t.Errorf("bypassProxy(%q, %s) = %v", tt.noProxy, tt.u, got)
		}
	}
}

func TestWorkingDirAndInsecureFileRead(t *testing.T) {
	var mu sync.Mutex
	got := ""
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		got = string(b)
		mu.Unlock()
	}))
	defer srv.Close()
	wd := t.TempDir()
	os.WriteFile(filepath.Join(wd, "inside.txt"), []byte("inside"), 0o644)
	outside := filepath.Join(t.TempDir(), "outside.txt")
	os.WriteFile(outside, []byte("outside"), 0o644)
	body := func(src string) string {
		return collectionFile(t, `"item":[{"name":"upload","request":{"method":"POST","url":"`+srv.URL+`/","body":{"mode":"file","file":{"src":"`+src+`"}}}}]`)
	}
	if r := courier(t, "", "run", body("inside.txt"), "--working-dir", wd); r.code != 0 || got != "inside" {
		t.Errorf("relative file: exit %d, server got %q\n%s", r.code, got, r.stdout)
	}
	got = ""
	if r := courier(t, "", "run", body(outside), "--working-dir", wd); r.code != 0 || got != "outside" {
		t.Errorf("absolute file outside the working dir (allowed by default): exit %d, got %q", r.code, got)
	}
	got = ""
	// as in Newman: a warning, and the request goes out without the file
	r := courier(t, "", "run", body(outside), "--working-dir", wd, "--no-insecure-file-read")
	if r.code != 0 || got != "" || !strings.Contains(r.stdout, "Binary file load error: PPERM") {
		t.Errorf("--no-insecure-file-read: exit %d, got %q\n%s", r.code, got, r.stdout)
	}
}

func TestCookieJarImportAndDelay(t *testing.T) {
	var mu sync.Mutex
	var cookies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		cookies = append(cookies, r.Header.Get("Cookie"))
		mu.Unlock()
	}))
	defer srv.Close()
	jar := writeTemp(t, "jar.json", `{"version":"tough-cookie@4.1.3","storeType":"MemoryCookieStore","rejectPublicSuffixes":true,
	  "cookies":[{"key":"sid","value":"from-jar","domain":"127.0.0.1","path":"/","hostOnly":true,"creation":"2024-01-01T00:00:00.000Z"}]}`)
	coll := collectionFile(t, `"item":[{"name":"a","request":"`+srv.URL+`/a"},{"name":"b","request":"`+srv.URL+`/b"}]`)
	start := time.Now()
	r := courier(t, "", "run", coll, "--cookie-jar", jar, "--delay-request", "150")
	if r.code != 0 || len(cookies) != 2 || cookies[0] != "sid=from-jar" {
		t.Errorf("exit %d, cookies %q", r.code, cookies)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("two requests with --delay-request 150 took %v", d)
	}
}
