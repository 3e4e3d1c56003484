#!/bin/sh
# simulate ÷ the hand-written reducer on the Ukraine scenario, in instructions
# counted by valgrind's callgrind: unlike time, the count does not move with the
# load of a shared machine. Each figure is the difference between a run of N
# iterations and one of 0 (after the same warm-up), divided by N.
# Usage: npm run bench:icount   (needs valgrind; Debian package valgrind)
set -e
cd "$(dirname "$0")/.."
probe=$(mktemp -d)/probe.mjs
npx esbuild bench/icount-probe.ts --bundle --platform=node --format=esm --outfile="$probe" --log-level=warning
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded "$probe" "$1" "$2" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
s0=$(count simulate 0); s1=$(count simulate 2000); r0=$(count reducer 0); r1=$(count reducer 20000)
node -e "const s=($s1-$s0)/2000, r=($r1-$r0)/20000; console.log('instructions per run: simulate ' + s.toFixed(0) + ', reducer ' + r.toFixed(0) + '; ratio ' + (s/r).toFixed(2) + 'x (budget 25x)')"
