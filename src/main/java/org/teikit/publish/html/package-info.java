/**
 * The web edition. TL;DR: {@link org.teikit.publish.html.HtmlPublisher} compiles
 * {@code /xslt/html/edition.xsl} once, renders every document in parallel (each transformation
 * writes the document's pages and returns its facts), then reduces the facts into the home page,
 * the indexes and the search index, and swaps the finished site in with
 * {@link org.teikit.publish.AtomicDirectory}. Documents' trees come from a
 * {@link org.teikit.xml.DocumentTrees} (a build hands over those its validation built). A
 * document whose inputs are unchanged since a previous site was written is not parsed nor
 * transformed: {@link org.teikit.publish.html.PageCache} links its pages from the store of
 * reusable results beside the site ({@link org.teikit.store.Store}) and reads back its facts.
 */
package org.teikit.publish.html;
