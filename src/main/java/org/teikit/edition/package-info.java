/**
 * What an edition is on disk: an edition folder (documents plus an optional edition.xml with the
 * shared lists) or a collection of such folders. See DESIGN.md, "An edition folder".
 */
package org.teikit.edition;
