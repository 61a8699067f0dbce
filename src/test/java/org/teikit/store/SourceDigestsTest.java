package org.teikit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources' digests are SHA-256, as the README says, and stay those of the run's first read. */
class SourceDigestsTest {
  @Test
  void aSourceIsKeyedByTheSha256OfItsBytesAsTheRunFirstReadThem(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("a.xml"), "<TEI/>");
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    SourceDigests digests = new SourceDigests();

    assertEquals(sha256, digests.of(file));
    Files.writeString(file, "<TEI>saved during the run</TEI>");
    assertEquals(sha256, digests.of(file), "a file saved during the run keeps the digest of its first reading");
  }
}
