#!/bin/sh
# veraPDF's PDF/UA-1 findings in the print edition, per rule, for two jars side by side:
#   bench/pdfua.sh OLD.jar NEW.jar
# Books: the seed, frus1969-76v01 and pta0022 (../shared/corpora). Needs `mvn test-compile` once
# (veraPDF is a test dependency); counts every failed check, with no cap per rule.
set -eu
cd "$(dirname "$0")/.."
shared=${TEIKIT_SHARED:-../shared}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$out/cp" -Dmdep.includeScope=test >/dev/null
for jar in "$@"; do
  name=$(basename "$jar" .jar)
  java -jar "$jar" pdf editions -o "$out/$name/seed" >/dev/null
  java -jar "$jar" pdf "$shared/corpora/frus/volumes/frus1969-76v01.xml" -o "$out/$name/frus" >/dev/null
  java -jar "$jar" pdf "$shared"/corpora/apparatus/pta/pta0022* -o "$out/$name/pta" >/dev/null
  find "$out/$name" -name '*.pdf' -not -path '*/documents/*' | sort \
    | xargs java -Xmx4g -cp "$(cat "$out/cp")" bench/PdfUaFindings.java 2>/dev/null \
    | sed "s|$out/||"
done
