#!/usr/bin/env bash
# Runs the Contio partner collection against the local Contio stand-in:
# starts contio-mock on a free port (random one-time codes), runs courier,
# writes reports/, stops the mock by its pid and exits with courier's exit
# code. The OTP that step 1 "mails" is read as CI would read a test mailbox:
# courier's --prompt-command runs `contio-mock mailbox`, which asks the
# stand-in's mailbox API for the code sent to {{oauth_email}}.
set -u
cd "$(dirname "$0")/../.."
mkdir -p reports
log=$(mktemp)
./bin/contio-mock --addr 127.0.0.1:0 >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null; wait "$mock" 2>/dev/null; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n '1s/^listening on //p' "$log")
  [ -n "$url" ] && break
  sleep 0.05
done
if [ -z "$url" ]; then
  echo "contio-mock did not start:" >&2
  cat "$log" >&2
  exit 2
fi
echo "Contio stand-in listening on $url (pid $mock)"
reporters=cli,json,junit,html
./bin/courier run examples/contio/partner_postman_collection.json \
  -e examples/contio/contio-mock.postman_environment.json \
  --env-var "base_url=$url" \
  --prompt otp_code --prompt-command "./bin/contio-mock mailbox --url $url --email {{oauth_email}}" \
  -r "$reporters" \
  --reporter-json-export reports/partner.json \
  --reporter-junit-export reports/partner-junit.xml \
  --reporter-html-export reports/partner.html \
  "$@"
code=$?
echo "courier exited with $code; reports in reports/"
exit $code
