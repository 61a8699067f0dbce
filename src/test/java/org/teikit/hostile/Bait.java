package org.teikit.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a hostile case tries to reach: secret files in a folder beside the case, never given to
 * teikit, each holding one random token, and the loopback trap. The placeholders a fixture writes
 * ({@code ${SECRET}}, {@code ${TRAP}} ...) are filled in from here.
 */
final class Bait {
  final Path folder;
  final String token;
  final LoopbackTrap trap;

  private Bait(Path folder, String token, LoopbackTrap trap) {
    this.folder = folder;
    this.token = token;
    this.trap = trap;
  }

  /** Lays the secrets into {@code folder} (created). */
  static Bait lay(Path folder, LoopbackTrap trap) throws IOException {
    Files.createDirectories(folder);
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    String token = "teikit-secret-" + HexFormat.of().formatHex(random);
    // a password file's first line, as /etc/passwd starts
    Files.writeString(folder.resolve("secret.txt"), "root:x:0:0:" + token + ":/root:/bin/bash\n");
    Files.writeString(folder.resolve("secret.xml"),
        "<p xmlns=\"http://www.tei-c.org/ns/1.0\">" + token + "</p>\n");
    Files.writeString(folder.resolve("secret.dtd"),
        "<!ENTITY leak \"" + token + "\">\n<!ATTLIST TEI leak CDATA \"" + token + "\">\n");
    try (OutputStream out = Files.newOutputStream(folder.resolve("secret.zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("secret.xml"));
      zip.write(Files.readAllBytes(folder.resolve("secret.xml")));
      zip.closeEntry();
    }
    return new Bait(folder, token, trap);
  }

  /** The placeholders of a case laid out in {@code caseFolder}. */
  Map<String, String> placeholders(Path caseFolder) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("CASE_URI", caseFolder.toUri().toString());
    values.put("CASE", caseFolder.toString());
    values.put("OUTSIDE_URI", folder.toUri().toString());
    values.put("OUTSIDE", folder.toString());
    values.put("SECRET_URI", folder.resolve("secret.txt").toUri().toString());
    values.put("SECRET", folder.resolve("secret.txt").toString());
    values.put("SECRET_XML_URI", folder.resolve("secret.xml").toUri().toString());
    values.put("SECRET_XML", folder.resolve("secret.xml").toString());
    values.put("SECRET_DTD_URI", folder.resolve("secret.dtd").toUri().toString());
    values.put("SECRET_JAR", "jar:" + folder.resolve("secret.zip").toUri() + "!/secret.xml");
    values.put("TRAP", trap.url());
    return values;
  }

  /** {@code text} with every {@code ${NAME}} filled in. */
  static String fill(String text, Map<String, String> values) {
    String filled = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      filled = filled.replace("${" + e.getKey() + "}", e.getValue());
    }
    return filled;
  }

  boolean leaksIn(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1).contains(token);
  }
}
