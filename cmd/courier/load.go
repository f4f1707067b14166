package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/courier-run/courier/collections"
	v3 "github.com/courier-run/courier/collections/v3"
	"github.com/courier-run/courier/runner"
)

func loadCollection(ctx context.Context, src string, api postmanAPI) (*collections.Collection, error) {
	data, err := api.read(ctx, "collection", src)
	if err != nil {
		return nil, err
	}
	c, err := collections.Decode(api.display(src), data)
	if err != nil {
		return nil, err
	}
	ensureItemIDs(c)
	return c, nil
}

// ensureItemIDs gives every item without an id a random one, as
// postman-collection does: pm.info.requestId, the reports and --folder see it.
func ensureItemIDs(c *collections.Collection) {
	c.Walk(func(it *collections.Item, _ []*collections.Item) bool {
		if it.ID == "" {
			it.ID = newUUID()
		}
		return true
	})
}

// loadEnvironment reads an environment (kind "environment") or globals
// ("globals") file.
func loadEnvironment(ctx context.Context, kind, src string, api postmanAPI) (*collections.Environment, error) {
	if src == "" {
		return nil, nil
	}
	data, err := api.read(ctx, kind, src)
	if err != nil {
		return nil, err
	}
	if v3.IsYAMLFile(src) {
		// a v3 environment or globals file (postman/environments/*.yaml)
		if data, err = v3.EnvironmentJSON(api.display(src), data); err != nil {
			return nil, err
		}
	}
	return collections.DecodeEnvironment(api.display(src), data)
}

// parseKV reads --env-var / --global-var "key=value" arguments.
func parseKV(flag string, list []string) ([]collections.Variable, error) {
	var out []collections.Variable
	for _, kv := range list {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, usagef("option %s: %q is not of the form key=value", flag, kv)
		}
		out = append(out, collections.Variable{Key: k, Value: v})
	}
	return out, nil
}

// errInsecureFile is Newman's error for a body file outside the working
// directory under --no-insecure-file-read.
var errInsecureFile = errors.New("PPERM: insecure file access outside working directory")

// fileOpener returns the opener for request body files: relative paths are
// taken from the working directory; with noInsecure, files outside it are
// refused, symbolic links resolved first (a link inside the working
// directory to /etc/passwd is outside it). Only regular files are opened
// (a directory, a device such as /dev/zero or a FIFO is runner.ErrNotAFile,
// as Newman's stat check refuses them).
func fileOpener(workingDir string, noInsecure bool) func(string) (io.ReadCloser, int64, error) {
	realWD := ""
	if noInsecure {
		realWD = workingDir
		if r, err := filepath.EvalSymlinks(workingDir); err == nil {
			realWD = r
		}
	}
	outside := func(dir, p string) bool {
		rel, err := filepath.Rel(dir, p)
		return err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	return func(name string) (io.ReadCloser, int64, error) {
		p := name
		if !filepath.IsAbs(p) {
			p = filepath.Join(workingDir, p)
		}
		p = filepath.Clean(p)
		if noInsecure {
			if outside(workingDir, p) {
				return nil, 0, errInsecureFile
			}
			real, err := filepath.EvalSymlinks(p)
			if err != nil {
				return nil, 0, err
			}
			if outside(realWD, real) {
				return nil, 0, errInsecureFile
			}
			p = real
		}
		// stat first: opening a FIFO would block until a writer comes
		st, err := os.Stat(p)
		if err != nil {
			return nil, 0, err
		}
		if !st.Mode().IsRegular() {
			return nil, 0, runner.ErrNotAFile
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, 0, err
		}
		if st, err = f.Stat(); err != nil || !st.Mode().IsRegular() {
			f.Close()
			return nil, 0, runner.ErrNotAFile
		}
		return f, st.Size(), nil
	}
}

// loadTLS builds client certificates and the CA pool from the ssl options.
func loadTLS(ctx context.Context, a *runArgs) ([]runner.ClientCert, *x509.CertPool, error) {
	var certs []runner.ClientCert
	if a.sslClientCert != "" {
		c, err := loadKeyPair(ctx, a.sslClientCert, a.sslClientKey, a.sslClientPass)
		if err != nil {
			return nil, nil, err
		}
		certs = append(certs, runner.ClientCert{Cert: c})
	}
	if a.sslClientCertList != "" {
		data, err := readSource(ctx, a.sslClientCertList)
		if err != nil {
			return nil, nil, err
		}
		var list []struct {
			Name    string   `json:"name"`
			Matches []string `json:"matches"`
			Key     struct {
				Src string `json:"src"`
			} `json:"key"`
			Cert struct {
				Src string `json:"src"`
			} `json:"cert"`
			Passphrase string `json:"passphrase"`
		}
		if err := json.Unmarshal(data, &list); err != nil {
			return nil, nil, usagef("%s: not a client certificate list: %v", a.sslClientCertList, err)
		}
		for _, e := range list {
			c, err := loadKeyPair(ctx, e.Cert.Src, e.Key.Src, e.Passphrase)
			if err != nil {
				return nil, nil, err
			}
			// entries with patterns come first so that a catch-all --ssl-client-cert does not shadow them
			certs = append([]runner.ClientCert{{Matches: e.Matches, Cert: c}}, certs...)
		}
	}
	var pool *x509.CertPool
	if a.sslExtraCACerts != "" {
		sys, err := x509.SystemCertPool()
		if err != nil || sys == nil {
			sys = x509.NewCertPool()
		}
		data, err := readSource(ctx, a.sslExtraCACerts)
		if err != nil {
			return nil, nil, err
		}
		if !sys.AppendCertsFromPEM(data) {
			return nil, nil, usagef("%s: no PEM certificates found", a.sslExtraCACerts)
		}
		pool = sys
	}
	return certs, pool, nil
}

func loadKeyPair(ctx context.Context, certFile, keyFile, pass string) (tls.Certificate, error) {
	certPEM, err := readSource(ctx, certFile)
	if err != nil {
		return tls.Certificate{}, err
	}
	if keyFile == "" {
		keyFile = certFile
	}
	keyPEM, err := readSource(ctx, keyFile)
	if err != nil {
		return tls.Certificate{}, err
	}
	if pass != "" {
		// Legacy encrypted PEM keys (RFC 1423) are what --ssl-client-passphrase
		// users of Newman have; Go deprecates them for new uses, not for reading.
		//lint:ignore SA1019 reading legacy keys is the point
		if block, _ := pem.Decode(keyPEM); block != nil && x509.IsEncryptedPEMBlock(block) {
			//lint:ignore SA1019 reading legacy keys is the point
			der, err := x509.DecryptPEMBlock(block, []byte(pass))
			if err != nil {
				return tls.Certificate{}, usagef("%s: cannot decrypt the key: %v", keyFile, err)
			}
			keyPEM = pem.EncodeToMemory(&pem.Block{Type: block.Type, Bytes: der})
		}
	}
	c, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return tls.Certificate{}, usagef("%s: invalid client certificate or key: %v", certFile, err)
	}
	return c, nil
}

// writeReport streams a report into path: it writes a temporary file beside
// it and renames it into place, so a failed write never leaves half a report.
// A path that is a symbolic link is written through (the link stays); one
// that is not a regular file (/dev/null, /dev/stdout, a FIFO) is written in
// place, never replaced; a directory is refused.
func writeReport(path string, fn func(io.Writer) error) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return fmt.Errorf("cannot write %s: it is a directory", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
		if err := fn(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
		return nil
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
