#!/bin/sh
# Per-event cost of each path at 10 000 events over that at 100 (issue #19: ≤ 2×),
# in instructions counted by valgrind's callgrind, which the load of a shared
# machine does not move (`npm run bench -- paths` measures the same in time).
# Each figure is (a run of N events, twice) − (none), over 2N events, after the
# same warm-up; the 100-event figure runs 200 times.
# Usage: npm run bench:icount-paths [-- PATH… ]   (paths: actor applyEvent fromPersisted simulate)
set -e
cd "$(dirname "$0")/.."
probe=$(mktemp -d)/probe.mjs
npx esbuild bench/icount-paths-probe.ts --bundle --platform=node --format=esm --outfile="$probe" --log-level=warning
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded "$probe" "$1" "$2" "$3" "$4" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
paths=${*:-actor applyEvent fromPersisted simulate}
for path in $paths; do
  for kind in conflicts objections objectors; do
    l0=$(count "$path" "$kind" 10000 0); l1=$(count "$path" "$kind" 10000 2)
    s0=$(count "$path" "$kind" 100 0); s1=$(count "$path" "$kind" 100 200)
    node -e "const l=($l1-$l0)/20000, s=($s1-$s0)/20000; console.log('$path, $kind: per event ' + l.toFixed(0) + ' instructions at 10 000 events, ' + s.toFixed(0) + ' at 100; ratio ' + (l/s).toFixed(2) + 'x (target 2x)')"
  done
done
