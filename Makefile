# courier — run `make help` for the targets.
GO        ?= go
BIN       := bin
# the machines have 2 cores: keep test parallelism sensible
GOTESTFLAGS ?= -race -count=1

.PHONY: help build test bench profile demo js lint fuzz fuzz-short clean image image-test install-check release-check screenshots

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed -e 's/^## /  /' -e 's/: /\t/' | expand -t 17

## build: build courier (static, as it is released: CGO_ENABLED=0) and contio-mock into bin/
build:
	CGO_ENABLED=0 $(GO) build -o $(BIN)/courier ./cmd/courier
	$(GO) build -o $(BIN)/contio-mock ./examples/contio/contio-mock

## test: go vet and all tests with the race detector (what CI runs)
test:
	$(GO) vet ./...
	$(GO) test $(GOTESTFLAGS) ./...

## bench: time courier against Newman (when on PATH) and a plain Go HTTP loop on 1000 requests
bench: build
	$(GO) run ./internal/bench/cmd/courier-bench -courier $(BIN)/courier

## profile: CPU and allocation profiles of start-up and of the scripted 1000-request run, and the scripts' JavaScript profile, into profiles/ (scripts/profile.sh)
profile:
	GO=$(GO) ./scripts/profile.sh

## demo: run the Contio partner collection against the local Contio stand-in (reports in reports/)
demo: build
	./examples/contio/demo.sh

## screenshots: regenerate docs/screenshots/ in headless Chromium: the html report of the partner run, a failing two-iteration run and a baseline run, light and dark (the browser tests, cmd/courier/browser*_test.go)
CHROMIUM ?= /usr/bin/chromium
screenshots:
	@test -x "$(CHROMIUM)" || { echo "make screenshots needs $(CHROMIUM): apt-get install chromium fonts-noto-color-emoji (or CHROMIUM=path)"; exit 1; }
	COURIER_CHROMIUM=$(CHROMIUM) COURIER_SCREENSHOTS=$(CURDIR)/docs/screenshots $(GO) test -count=1 -run '^TestBrowser(PartnerReport|TwoIterationReport|BaselineReport)$$/^(light|dark)$$' ./cmd/courier
	@ls -l docs/screenshots/*.png

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

## fuzz-short: run every fuzz target for 3 s (what CI runs; scripts/fuzz.sh)
fuzz-short:
	./scripts/fuzz.sh 3s

## fuzz: run every fuzz target for 30 s (FUZZTIME=2m make fuzz for longer)
fuzz:
	FUZZMINIMIZETIME=$(or $(FUZZMINIMIZETIME),10s) ./scripts/fuzz.sh $(or $(FUZZTIME),30s)

## image: build the container image courier:dev (IMAGE=…) with buildah (Containerfile, scripts/image.sh; VERSION=1.2.3 to stamp one)
IMAGE ?= courier:dev
image:
	IMAGE=$(IMAGE) ./scripts/image.sh build

## image-test: build the image, then run it: courier --version and the Contio demo against the stand-in on loopback
image-test: image
	IMAGE=$(IMAGE) ./scripts/image.sh test

## install-check: go install …/cmd/courier@v1.2.3 from a local module proxy (static, right version), the GitHub Action's steps run locally, and the GitLab CI example's shard jobs and merge run locally against a sequential run
install-check:
	COURIER_INSTALL_TEST=1 $(GO) test -count=1 -v -run 'TestGoInstallAtVersion|TestActionRunsLocally|TestCIExamplesShardAndMerge' ./internal/dist

## release-check: goreleaser check and a snapshot build of every release archive into dist/ (pinned GoReleaser; slow, not in CI)
GORELEASER ?= $(GO) run github.com/goreleaser/goreleaser/v2@v2.17.0
release-check:
	$(GORELEASER) check
	$(GORELEASER) release --snapshot --clean
	@ls -l dist/*.tar.gz dist/*.zip dist/checksums.txt

## clean: remove build output and reports
clean:
	rm -rf $(BIN) reports build dist profiles
