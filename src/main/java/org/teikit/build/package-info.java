/**
 * The main job: validate an edition, then publish what passed as web and print edition, into one
 * output folder that is swapped in whole. One JVM, schemas and stylesheets compiled once.
 */
package org.teikit.build;
