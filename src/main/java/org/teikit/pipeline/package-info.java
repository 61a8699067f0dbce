/**
 * One pipeline for every command that runs more than one stage: the tools compiled once
 * ({@link org.teikit.pipeline.Pipeline}: XML context, validator, web and print stylesheets, the
 * pool) apart from a run (what {@code build} and each of {@code serve}'s rebuilds bring: the files,
 * their contents as read, the previous output). Validate, then the web edition and the print
 * edition from the trees validation kept.
 */
package org.teikit.pipeline;
