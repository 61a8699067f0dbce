/**
 * The store of reusable results: what a run keeps so that the next one does again only what
 * changed. One key builder ({@link org.teikit.store.Key}, SHA-256 of named parts), the
 * sources' content as a run first read it ({@link org.teikit.store.SourceDigests}), teikit's own
 * identity ({@link org.teikit.store.TeikitIdentity}), the way records are written
 * ({@link org.teikit.store.Records}) and the user's cache ({@link org.teikit.store.UserCache}). Each stage keeps only its recipe for a key: which parts
 * a result depends on.
 */
package org.teikit.store;
