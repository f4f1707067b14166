# courier — run `make help` for the targets.
GO        ?= go
BIN       := bin
# the machines have 2 cores: keep test parallelism sensible
GOTESTFLAGS ?= -race -count=1

.PHONY: help build test bench demo js lint fuzz clean

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed -e 's/^## /  /' -e 's/: /\t/' | expand -t 14

## build: build courier and contio-mock into bin/
build:
	$(GO) build -o $(BIN)/courier ./cmd/courier
	$(GO) build -o $(BIN)/contio-mock ./cmd/contio-mock

## test: go vet and all tests with the race detector (what CI runs)
test:
	$(GO) vet ./...
	$(GO) test $(GOTESTFLAGS) ./...

## bench: time courier against Newman (when on PATH) and a plain Go HTTP loop on 1000 requests
bench: build
	$(GO) run ./internal/bench/cmd/courier-bench -courier $(BIN)/courier

## demo: run the Contio partner collection against the local Contio stand-in (reports in reports/)
demo: build
	./scripts/demo.sh

## js: regenerate the embedded JavaScript library bundles from js/package-lock.json and check they match
js:
	cd js && npm ci --no-audit --no-fund
	cd js && node build.mjs
	git diff --exit-code -- scripting/jslib/bundles js/package-lock.json
	@test -z "$$(git status --porcelain --untracked-files=all -- scripting/jslib/bundles)" || { echo 'untracked files in scripting/jslib/bundles'; exit 1; }

## lint: gofmt, go vet and staticcheck (pinned; fetched through the Go module proxy)
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

## fuzz: run each fuzz target briefly
fuzz:
	$(GO) test -run XXX -fuzz FuzzDecode$$ -fuzztime 20s ./collections/
	$(GO) test -run XXX -fuzz FuzzDecodeCSV -fuzztime 20s ./collections/
	$(GO) test -run XXX -fuzz FuzzParseHeaders -fuzztime 10s ./collections/
	$(GO) test -run XXX -fuzz FuzzParseURL -fuzztime 10s ./collections/
	$(GO) test -run XXX -fuzz FuzzRawBody -fuzztime 10s ./collections/
	$(GO) test -run XXX -fuzz FuzzResolveTyped -fuzztime 10s ./collections/
	$(GO) test -run XXX -fuzz FuzzWireURL -fuzztime 10s ./runner/
	$(GO) test -run XXX -fuzz FuzzProps -fuzztime 10s ./internal/nodeerr/
	$(GO) test -run XXX -fuzz FuzzReplace -fuzztime 10s ./internal/vars/
	$(GO) test -run XXX -fuzz FuzzParseSugarProps -fuzztime 10s ./scripting/
	$(GO) test -run XXX -fuzz FuzzBuild -fuzztime 10s ./internal/sdkjson/
	$(GO) test -run XXX -fuzz FuzzParseURL -fuzztime 10s ./internal/sdkjson/
	$(GO) test -run XXX -fuzz FuzzRequestErrorFields -fuzztime 10s ./reporters/
	$(GO) test -run XXX -fuzz FuzzReadResponse -fuzztime 10s ./runner/
	$(GO) test -run XXX -fuzz FuzzNodeBase64 -fuzztime 5s ./runner/
	$(GO) test -run XXX -fuzz FuzzRedirectURL -fuzztime 10s ./runner/

## clean: remove build output and reports
clean:
	rm -rf $(BIN) reports
