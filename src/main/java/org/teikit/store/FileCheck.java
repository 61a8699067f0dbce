package org.teikit.store;

import java.util.zip.CRC32C;

/**
 * What a kept file looked like, to tell on the next run whether it is still as written before it
 * is reused (a PDF): its CRC-32C and length. Not a key ({@link Key} makes those): this guards against a file changed or
 * cut off by accident, not against forgery, so a checksum does what a SHA-256 did at a tenth of
 * the cost: the JVM computes CRC-32C with the processor's own instruction, while SHA-256 runs as
 * plain Java under the launcher's C1-only compiler.
 */
public final class FileCheck {
  private FileCheck() {}

  public static String of(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return String.format("%08x-%d", crc.getValue(), bytes.length);
  }

  /** Whether {@code text} has the form {@link #of} gives (a manifest is read with suspicion). */
  public static boolean isWellFormed(String text) {
    return text.matches("[0-9a-f]{8}-[0-9]{1,12}");
  }
}
