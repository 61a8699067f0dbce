/**
 * Search for the web edition. TL;DR: a word is found by its key, the Snowball stem of its
 * folded form ({@link org.teikit.search.Terms}) in the language of the text it stands in; the
 * same Snowball algorithms run at index time in Java (Lucene's generated classes) and at query
 * time in the reader's browser (the vendored snowball-stemmers JavaScript, cut per language by
 * {@link org.teikit.search.SnowballScripts}), and a test holds the two to the same stems. Nothing
 * here knows about pages or XSLT: {@code org.teikit.publish.html} feeds it text and writes what it
 * makes.
 */
package org.teikit.search;
