#!/usr/bin/env bash
# Fuzzes teikit validate and html with Jazzer for longer than CI does (CI: 45 s in every run).
# Usage: bench/fuzz.sh [seconds]   (default 600)
# What it runs: ValidateHtmlFuzzTest#fuzzingFindsNoCrash, which starts Jazzer's driver on
# org.teikit.fuzz.ValidateHtmlFuzzer in a JVM of its own, seeded with
# src/test/resources/org/teikit/fuzz/ValidateHtmlFuzzTestInputs/validateAndHtml/.
# Results: target/fuzz/fuzz.log; the corpus it grew in target/fuzz/corpus (kept between runs);
# a crash, timeout or out-of-memory input in target/fuzz/ (crash-*, timeout-*, oom-*): copy it
# among the seeds and it runs in every `mvn test` from then on. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
mvn -B -ntp test -Dtest='ValidateHtmlFuzzTest#fuzzingFindsNoCrash' -Dteikit.fuzz.seconds="$seconds" \
  -Dsurefire.failIfNoSpecifiedTests=false
grep -E '^(#[0-9]+|Done|==|INFO: (Loaded|seed))' target/fuzz/fuzz.log | tail -5
