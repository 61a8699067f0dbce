#!/usr/bin/env bash
# Writes src/launcher/teikit.classlist: the classes teikit loads while it validates (our schema
# and tei_all with its Schematron), builds the seed edition (html, pdf), validates XInclude'd
# EpiDoc and sets a book in parts. The launcher turns the list into a class-data-sharing archive after each jar build, so
# that every run starts from classes already parsed and verified (bench/README.md: about 0.5 s of
# CPU on a FRUS validation). Rerun it when the dependencies change; a stale list only costs speed.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/teikit.jar ] || mvn -q -DskipTests package
corpora=../shared/corpora
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xshare:off \
    -XX:DumpLoadedClassList="$work/list.$((++n))" -jar target/teikit.jar "$@" >/dev/null 2>&1 || true
}
n=0
run build -q --no-progress editions -o "$work/out"
run validate -q editions
run validate -q --format json --schema "$corpora/tei-schema/tei_all.rng" "$corpora/frus/volumes"
run validate -q --format junit "$corpora/apparatus/isicily"
run html -q "$corpora/frus/frus-history" -o "$work/html"
# an edition of two documents, whose book is set in parts and joined (the seed's book is one part)
mkdir -p "$work/two"
cp editions/chervonenko-deng-1962/edition.xml "$work/two/"
for copy in a b; do cp editions/chervonenko-deng-1962/1962-03-01-chervonenko-deng.xml "$work/two/$copy.xml"; done
run pdf -q "$work/two" -o "$work/pdf"

# sorted, so that a regenerated list differs from the old one only where the classes do; the
# archive's dump loads each class with its supertypes whatever the order
grep -hv '^#' "$work"/list.* | LC_ALL=C sort -u > src/launcher/teikit.classlist
echo "src/launcher/teikit.classlist: $(wc -l < src/launcher/teikit.classlist) classes"
