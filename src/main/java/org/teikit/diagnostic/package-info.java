/**
 * How teikit tells what it found and how it failed, the same for every command. A finding is a
 * {@link org.teikit.diagnostic.Diagnostic} of one {@link org.teikit.diagnostic.Check} (its wire
 * name is the word reports print and caches store); a {@link org.teikit.diagnostic.Report}
 * collects them and the reporters write it as text, JSON, JUnit or SARIF. Every sentence a user
 * reads comes from the {@link org.teikit.diagnostic.Catalogue}. A failure is a
 * {@link org.teikit.diagnostic.TeikitException} whose subtype names its cause (usage, input or
 * output, unsafe or unreadable input, internal), which the command line turns into an exit code.
 */
package org.teikit.diagnostic;
