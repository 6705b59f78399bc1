#!/usr/bin/env bash
# Does the balancer keep a browser on one web node? For N fresh clients: the first request gets
# a session from some node, the second sends it back; a second answer with a NEW session means
# the request reached a node that does not know the first (README.md, "Several machines").
# Usage: src/deploy/check-sticky.sh http://gan.school.example [N]   (needs curl; each client
# leaves a signed-out session on its node until it times out, 45 minutes)
# Expected: 0 of N. Measured with two nodes: haproxy.cfg and nginx.conf 0 of 40; nginx with
# `hash $cookie_JSESSIONID consistent` 14 of 40.
set -euo pipefail
base=${1:?usage: $0 BASE_URL [N]}
n=${2:-40}
moved=0
for _ in $(seq "$n"); do
    jar=$(mktemp)
    curl -fsS -c "$jar" -b "$jar" -o /dev/null "$base/login"
    first=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
    curl -fsS -c "$jar" -b "$jar" -o /dev/null "$base/login"
    second=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
    rm -f "$jar"
    if [ -z "$first" ]; then
        echo "no JSESSIONID from $base/login" >&2
        exit 2
    fi
    if [ "$first" != "$second" ]; then
        moved=$((moved + 1))
    fi
done
echo "$moved of $n clients lost their session on their second request"
[ "$moved" -eq 0 ]
