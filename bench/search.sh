#!/usr/bin/env bash
# Search on FRUS sites: what a query costs the reader, and what the index costs the build.
#   build   `teikit html --clean` on the corpus, RUNS times in one JVM (bench/WarmRuns.java): wall,
#           CPU, and the CPU time of the search index (each document's share, merge, entities,
#           shards) as a share of the run's CPU time. The XSLT that cuts the text into segments
#           runs inside each document's transformation and is not counted.
#   load    the site's search page opened with a query in its address in headless Chromium, cache
#           disabled (bench/SearchLoad.java): time from navigation start to the first results, bytes
#           of all files the page loaded and of the index pieces alone, term and text shards loaded.
# Sites: ../shared/corpora/frus/volumes (6 volumes) and all of ../shared/corpora/frus.
# Usage: bench/search.sh [runs]   (default 3). Needs Chromium and chromedriver (.ci/install-deps).
# Output goes to bench/out/search/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
out=bench/out/search
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -o -DskipTests package
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
javac -d "$work/bench" -cp "target/teikit.jar:$(cat "$work/cp")" bench/WarmRuns.java bench/SearchLoad.java
for corpus in ../shared/corpora/frus/volumes ../shared/corpora/frus; do
  name=$(basename "$corpus")
  site="$out/$name"
  mb=$(find "$corpus" -name '*.xml' -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.1f", $1/1048576}')
  echo "== $corpus ($mb MB of XML), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -cp "target/teikit.jar:$work/bench" WarmRuns "$runs" \
    html -q --no-progress --clean "$corpus" -o "$site"
  echo "index pieces: $(find "$site" -path '*/search/t/*' | wc -l) term shards, $(find "$site" -path '*/search/s/*' | wc -l) text shards," \
    "search-index.js $(find "$site" -name search-index.js -printf '%s ' ) bytes, all of the index $(du -cb $(find "$site" -name search-index.js) $(find "$site" -type d -name search) | tail -1 | cut -f1) bytes"
  # a collection (all of frus) has one search page per edition: each is measured
  for page in $(find "$site" -name search.html | sort); do
    echo "-- ${page#$site/}"
    echo -e "query\trun\tms to results\tbytes loaded\tindex bytes\tterm shards\ttext shards\tstatus"
    java -cp "$(cat "$work/cp"):$work/bench" SearchLoad "$(dirname "$page")" "$runs" \
      "treaty" "\"Strategic Arms Limitation\"" "Kissinger" "\"Secretary of State\""
  done
done
