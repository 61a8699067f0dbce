package org.teikit.hostile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A case laid out for one run: {@code ROOT/case} holds a copy of the fixture's files with the
 * placeholders filled in and what its recipes make; {@code ROOT/outside} holds the bait.
 */
record CaseFolder(Path root, Path folder, Bait bait, Map<String, String> placeholders) {

  static CaseFolder lay(HostileCase c, Path root, LoopbackTrap trap) throws IOException {
    Bait bait = Bait.lay(root.resolve("outside"), trap);
    Path folder = Files.createDirectories(root.resolve("case"));
    Map<String, String> placeholders = bait.placeholders(folder);
    try (Stream<Path> walk = Files.walk(c.folder())) {
      for (Path from : walk.filter(Files::isRegularFile).toList()) {
        Path relative = c.folder().relativize(from);
        if (relative.toString().equals(HostileCase.FILE)) {
          continue;
        }
        Path to = folder.resolve(relative.toString());
        Files.createDirectories(to.getParent());
        Files.write(to, filled(Files.readAllBytes(from), placeholders));
      }
    }
    for (String line : c.makes()) {
      Recipes.make(line, folder, placeholders);
    }
    return new CaseFolder(root, folder, bait, placeholders);
  }

  /** The command's arguments with the placeholders filled in. */
  String[] arguments(List<String> command) {
    return command.stream().map(a -> Bait.fill(a, placeholders)).toArray(String[]::new);
  }

  /** Text files get their placeholders filled in; anything that is not UTF-8 is copied as it is. */
  private static byte[] filled(byte[] content, Map<String, String> placeholders) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
      return text.contains("${") ? Bait.fill(text, placeholders).getBytes(StandardCharsets.UTF_8) : content;
    } catch (CharacterCodingException notText) {
      return content;
    }
  }
}
