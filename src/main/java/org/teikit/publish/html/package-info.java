/**
 * The web edition. TL;DR: {@link org.teikit.publish.html.HtmlPublisher} compiles
 * {@code /xslt/html/edition.xsl} once, renders every document in parallel (each transformation
 * writes the document's pages and returns its facts), then reduces the facts into the home page,
 * the indexes and the search index, and swaps the finished site in with
 * {@link org.teikit.publish.AtomicDirectory}.
 */
package org.teikit.publish.html;
