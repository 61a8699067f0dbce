/**
 * A new edition project ({@code teikit init}): an edition folder with a sample document that
 * validates with no findings, a README, a .gitignore and the CI files, written from the
 * templates in {@code org/teikit/init/} beside this package's classes. Nothing is overwritten:
 * the project folder must be new or empty, and every file is created, never replaced.
 */
package org.teikit.init;
