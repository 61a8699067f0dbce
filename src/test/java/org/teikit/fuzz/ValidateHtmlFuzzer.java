package org.teikit.fuzz;

import java.io.IOException;

/**
 * The entry Jazzer's own driver calls ({@code com.code_intelligence.jazzer.Jazzer
 * --target_class=org.teikit.fuzz.ValidateHtmlFuzzer}), in CI's short run and in bench/fuzz.sh.
 */
public final class ValidateHtmlFuzzer {
  private ValidateHtmlFuzzer() {}

  /**
   * Called by Jazzer once before fuzzing, outside the time bound of an input: the first document
   * loads, and Jazzer instruments, most of the classes a run needs (half a minute here).
   */
  public static void fuzzerInitialize() throws IOException {
    ValidateAndHtml.get().check(ValidateAndHtml.WARM_UP);
  }

  public static void fuzzerTestOneInput(byte[] input) throws IOException {
    ValidateAndHtml.get().check(input);
  }
}
