#!/usr/bin/env bash
# Builds and smoke-tests courier's container image (see Containerfile).
#
#   scripts/image.sh context   stage build/image/: the static binary, CA bundle, passwd, /tmp, /work
#   scripts/image.sh build     context, then buildah bud -t $IMAGE          (make image)
#   scripts/image.sh test      run $IMAGE: courier --version, then the Contio demo
#                              against the stand-in on the host's loopback   (make image-test)
#   scripts/image.sh check     exit 0 when buildah is here and can build an image, else say why
#
# Environment: IMAGE (courier:dev), VERSION (the -X main.version; default: none,
# the binary then says the source tree's version), BUILDAH (buildah),
# STORAGE_DRIVER (vfs: works without overlay support or fuse).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-courier:dev}
BUILDAH=${BUILDAH:-buildah}
STORAGE_DRIVER=${STORAGE_DRIVER:-vfs}
CTX=build/image
UID_GID=65532
CA_BUNDLE=${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}

bah() { "$BUILDAH" --storage-driver "$STORAGE_DRIVER" "$@"; }

context() {
  rm -rf "$CTX"
  mkdir -p "$CTX/rootfs/usr/local/bin" "$CTX/rootfs/etc/ssl/certs" "$CTX/rootfs/tmp" "$CTX/work"
  local commit date ldflags
  commit=$(git rev-parse --short=12 HEAD 2>/dev/null || true)
  date=$(git log -1 --format=%cI 2>/dev/null || true)
  ldflags="-s -w"
  [ -n "${VERSION:-}" ] && ldflags+=" -X main.version=${VERSION#v}"
  [ -n "$commit" ] && ldflags+=" -X main.commit=$commit"
  [ -n "$date" ] && ldflags+=" -X main.date=$date"
  CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "$ldflags" -o "$CTX/rootfs/usr/local/bin/courier" ./cmd/courier
  if [ ! -s "$CA_BUNDLE" ]; then
    echo "image: no CA bundle at $CA_BUNDLE (apt-get install ca-certificates, or set CA_BUNDLE)" >&2
    exit 2
  fi
  cp "$CA_BUNDLE" "$CTX/rootfs/etc/ssl/certs/ca-certificates.crt"
  printf 'root:x:0:0:root:/root:/sbin/nologin\ncourier:x:%s:%s:courier:/work:/sbin/nologin\n' $UID_GID $UID_GID >"$CTX/rootfs/etc/passwd"
  printf 'root:x:0:\ncourier:x:%s:\n' $UID_GID >"$CTX/rootfs/etc/group"
  chmod 1777 "$CTX/rootfs/tmp"
  chmod 0755 "$CTX/work"
}

build() {
  context
  local start=$SECONDS
  bah bud --isolation chroot --layers=false -f Containerfile -t "$IMAGE" "$CTX"
  echo "image: built $IMAGE in $((SECONDS - start)) s (buildah bud; the go build before it not counted)"
  bah images --format '{{.Name}}:{{.Tag}} {{.Size}}' | grep -F "$(imageRepo):${IMAGE##*:}" || true
}

imageRepo() { local r=${IMAGE%:*}; echo "${r##*/}"; }

# smoke test: the image's own config, courier --version inside it, the Contio
# demo against the stand-in on the host (the container shares the host's network)
ctr="" mock="" tmp=""
cleanup() {
  if [ -n "$ctr" ]; then bah rm "$ctr" >/dev/null 2>&1 || true; fi
  if [ -n "$mock" ]; then kill "$mock" 2>/dev/null || true; wait "$mock" 2>/dev/null || true; fi
  if [ -n "$tmp" ]; then rm -rf "$tmp"; fi
}

imagetest() {
  tmp=$(mktemp -d)
  trap cleanup EXIT

  # the image's config: entrypoint, numeric non-root user, working directory
  local cfg
  cfg=$(bah inspect --type image --format 'User={{.OCIv1.Config.User}} WorkingDir={{.OCIv1.Config.WorkingDir}} Entrypoint={{.OCIv1.Config.Entrypoint}}' "$IMAGE")
  for want in 'User=65532:65532 ' 'WorkingDir=/work ' 'Entrypoint=[/usr/local/bin/courier]'; do
    case "$cfg" in
      *"$want"*) ;;
      *) echo "image-test: $IMAGE config lacks $want: $cfg" >&2; exit 1 ;;
    esac
  done

  ctr=$(bah from --pull=never "$IMAGE")
  # buildah run does not prepend the entrypoint: name the binary
  local run=(bah run --isolation chroot --network host --user 65532:65532)
  local got want
  got=$("${run[@]}" "$ctr" -- /usr/local/bin/courier --version)
  want=$(go run ./cmd/courier --version 2>/dev/null || true)
  echo "image-test: courier --version in $IMAGE: $got"
  case "$got" in
    "courier "[0-9]*) ;;
    *) echo "image-test: unexpected --version output: $got" >&2; exit 1 ;;
  esac
  if [ -z "${VERSION:-}" ] && [ -n "$want" ] && [ "$got" != "$want" ]; then
    echo "image-test: the image says '$got', the source tree '$want'" >&2; exit 1
  fi
  [ -n "${VERSION:-}" ] && [ "$got" != "courier ${VERSION#v}" ] && { echo "image-test: want courier ${VERSION#v}" >&2; exit 1; }
  # the user the binary runs as, as the image's /etc/passwd names it
  "${run[@]}" "$ctr" -- /usr/local/bin/courier version >/dev/null

  # the Contio stand-in on the host's loopback
  go build -o "$tmp/contio-mock" ./examples/contio/contio-mock
  : >"$tmp/mock.log"
  "$tmp/contio-mock" --addr 127.0.0.1:0 --otp 246810 >"$tmp/mock.log" 2>&1 &
  mock=$!
  local url=""
  for _ in $(seq 1 100); do
    url=$(sed -n '1s/^listening on //p' "$tmp/mock.log")
    [ -n "$url" ] && break
    sleep 0.05
  done
  [ -n "$url" ] || { echo "image-test: contio-mock did not start:" >&2; cat "$tmp/mock.log" >&2; exit 2; }

  # the collection and environment in a folder mounted at /work, writable by the image's user
  mkdir -p "$tmp/work"
  cp examples/contio/partner_postman_collection.json examples/contio/contio-mock.postman_environment.json "$tmp/work/"
  chown -R $UID_GID:$UID_GID "$tmp/work" 2>/dev/null || chmod -R a+rwX "$tmp/work"
  local code=0
  "${run[@]}" -v "$tmp/work:/work" --workingdir /work "$ctr" -- /usr/local/bin/courier run \
    partner_postman_collection.json -e contio-mock.postman_environment.json \
    --env-var "base_url=$url" --env-var otp_code=246810 \
    -r cli,json,junit --reporter-cli-no-banner \
    --reporter-json-export reports/partner.json --reporter-junit-export reports/partner-junit.xml || code=$?
  if [ "$code" != 0 ]; then
    echo "image-test: the Contio demo in $IMAGE exited $code" >&2; exit 1
  fi
  for f in reports/partner.json reports/partner-junit.xml; do
    [ -s "$tmp/work/$f" ] || { echo "image-test: $f was not written" >&2; exit 1; }
  done
  local owner
  owner=$(stat -c %u "$tmp/work/reports/partner.json")
  [ "$owner" = $UID_GID ] || { echo "image-test: reports written by uid $owner, not $UID_GID" >&2; exit 1; }
  echo "image-test: ok ($IMAGE ran courier --version and the Contio demo as uid $owner; reports written)"
}

# check: can this machine build images with buildah? (CI skips the image test when not)
check() {
  if ! command -v "$BUILDAH" >/dev/null 2>&1; then
    echo "buildah not installed"; return 1
  fi
  local probe ctr
  probe=$(mktemp -d)
  printf 'FROM scratch\nCOPY f /f\n' >"$probe/Containerfile"
  echo probe >"$probe/f"
  if ! out=$(bah bud --isolation chroot --layers=false -f "$probe/Containerfile" -t courier-buildah-probe:latest "$probe" 2>&1); then
    rm -rf "$probe"
    echo "buildah cannot build here: $(printf '%s\n' "$out" | tail -n 1)"; return 1
  fi
  rm -rf "$probe"
  bah rmi courier-buildah-probe:latest >/dev/null 2>&1 || true
  echo "buildah $("$BUILDAH" --version | awk '{print $3}') builds images here"
}

case "${1:-}" in
  context) context ;;
  build) build ;;
  test) imagetest ;;
  check) check ;;
  *) echo "usage: $0 context|build|test|check" >&2; exit 2 ;;
esac
