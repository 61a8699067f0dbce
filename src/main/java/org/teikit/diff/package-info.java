/**
 * What a revision of a TEI document changed, told as an editor asks: the words of the text
 * (added, removed, replaced) apart from the markup (elements added around words, removed or
 * moved; attributes added, removed or changed).
 *
 * <p>TL;DR: each revision is read once by teikit's safe parser into its words (with their
 * line:col) and its elements (with the words they cover). The words are compared as sequences
 * ({@link org.teikit.diff.WordDiff}: unique words anchor, Myers between them), so markup never
 * shows as a text change: tagging a name only adds an element around the same words. Elements
 * are matched through that word alignment, which places each change. Whitespace between words,
 * attribute order, namespace prefixes and comments are not compared. Nothing here prints:
 * {@link org.teikit.diff.DiffReports} writes text, JSON or HTML to what it is given.
 */
package org.teikit.diff;
