package org.teikit.cli;

import picocli.CommandLine.Option;

/** {@code --force-output}, shared by the commands that replace an output folder (build, html, pdf, serve). */
public final class ForceOutputOption {
  @Option(names = "--force-output",
      description = "Replace the output folder even if teikit did not make it (it holds files but no "
          + ".teikit-output marker). Never one that is, holds or lies inside the sources.")
  boolean forceOutput;

  public boolean forceOutput() {
    return forceOutput;
  }
}
