#!/usr/bin/env bash
# The peer of `teikit pdf` for bench/pdf.sh: the TEI Stylesheets' XSL-FO (fo/fo.xsl) by Saxon,
# then Apache FOP, as a Makefile would run them (two JVMs, default flags, FOP's default
# configuration). Saxon and FOP are those teikit bundles (target/teikit.jar), so the versions match.
# Usage: TEI_STYLESHEETS=dir bench/tei-fop.sh FILE.xml -o DIR [-q]   writes DIR/NAME.pdf
set -euo pipefail
src="$1"; out="$3"
jar="$(dirname "$0")/../target/teikit.jar"
name="$(basename "$src" .xml)"
mkdir -p "$out"
java -cp "$jar" net.sf.saxon.Transform -s:"$src" -xsl:"$TEI_STYLESHEETS/fo/fo.xsl" -o:"$out/$name.fo"
java -cp "$jar" org.apache.fop.cli.Main -q -fo "$out/$name.fo" -pdf "$out/$name.pdf" 2>/dev/null
