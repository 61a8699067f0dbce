package org.teikit.cli;

import org.teikit.diagnostic.Version;
import picocli.CommandLine.IVersionProvider;

/** Prints the packaged version. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"teikit " + Version.get()};
  }
}
