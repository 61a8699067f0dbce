/**
 * Publishing an edition: the web edition ({@code html}), the print edition ({@code pdf}), and
 * what they share, such as {@link org.teikit.publish.AtomicDirectory} (build aside, then swap).
 * Library code: nothing here prints or exits.
 */
package org.teikit.publish;
