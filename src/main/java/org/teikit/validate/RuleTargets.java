package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which nodes a Schematron rule context (an XSLT pattern) may match, read from its text: so that
 * a document's nodes are offered only to the rules that may fire on them (tei_all has a hundred
 * rules; a FRUS volume meets eight). The compiled pattern still decides; this reading only has
 * to be conservative: what it cannot read for certain may match any node.
 */
final class RuleTargets {
  /** What kind of node a target is; {@code name} is a local name where the kind has one. */
  enum Kind {
    /** Elements called {@code name}. */
    ELEMENT,
    /** Elements of any name that carry the attribute {@code name} ({@code tei:*[@when]}). */
    ELEMENT_WITH_ATTRIBUTE,
    /** The attributes of elements called {@code name} ({@code tei:rt/@target}). */
    ATTRIBUTE_OF,
    /** The attributes of any element. */
    ATTRIBUTE,
    /** The document element ({@code /*}). */
    ROOT_ELEMENT,
    /** The document node ({@code /}). */
    DOCUMENT,
    /** Any node at all. */
    ANY
  }

  record Target(Kind kind, String name) {}

  private static final Pattern NAME = Pattern.compile("(?:(?:[\\p{L}_][\\w.\\-]*|\\*):)?([\\p{L}_][\\w.\\-]*)");
  private static final Pattern WILDCARD = Pattern.compile("\\*|[\\p{L}_][\\w.\\-]*:\\*");
  private static final Pattern ATTRIBUTE_TEST = Pattern.compile("(?:@|attribute::)\\s*([\\p{L}_][\\w.\\-]*)");
  private static final Pattern OR = Pattern.compile("\\bor\\b");
  private static final Target ANY = new Target(Kind.ANY, null);

  private RuleTargets() {}

  /** The nodes {@code context} may match: one target or more (a union), never none. */
  static List<Target> of(String context) {
    List<Target> targets = new ArrayList<>();
    for (String alternative : ContextElements.split(context, '|')) {
      String bare = ContextElements.withoutPredicates(alternative).strip();
      // a parenthesised union, perhaps with predicates after it, matches what its members match
      boolean union = bare.startsWith("(") && closingParenthesis(bare) == bare.length() - 1;
      List<Target> found = union ? of(bare.substring(1, bare.length() - 1)) : List.of(ofPath(alternative.strip()));
      if (found.contains(ANY)) {
        return List.of(ANY);
      }
      targets.addAll(found);
    }
    return targets.isEmpty() ? List.of(ANY) : targets;
  }

  private static Target ofPath(String path) {
    String bare = ContextElements.withoutPredicates(path).strip();
    if (bare.equals("/")) {
      return new Target(Kind.DOCUMENT, null);
    }
    List<String> steps = steps(bare);
    if (steps.isEmpty()) {
      return ANY;
    }
    String last = steps.get(steps.size() - 1);
    if (last.startsWith("@") || last.startsWith("attribute::")) {
      return attributeTarget(steps);
    }
    boolean rootChild = bare.startsWith("/") && !bare.startsWith("//") && steps.size() == 1;
    Matcher name = NAME.matcher(last);
    if (name.matches()) {
      return new Target(Kind.ELEMENT, name.group(1));
    } else if (!WILDCARD.matcher(last).matches()) {
      return ANY;
    } else if (rootChild) {
      return new Target(Kind.ROOT_ELEMENT, null);
    }
    String attribute = requiredAttribute(lastStep(path));
    return attribute == null ? ANY : new Target(Kind.ELEMENT_WITH_ATTRIBUTE, attribute);
  }

  private static Target attributeTarget(List<String> steps) {
    if (steps.size() == 1) {
      return new Target(Kind.ATTRIBUTE, null);
    }
    String owner = steps.get(steps.size() - 2);
    Matcher name = NAME.matcher(owner);
    if (name.matches()) {
      return new Target(Kind.ATTRIBUTE_OF, name.group(1));
    }
    return WILDCARD.matcher(owner).matches() ? new Target(Kind.ATTRIBUTE, null) : ANY;
  }

  /** The path's steps without their axes' {@code child::}, split at slashes outside brackets. */
  private static List<String> steps(String bare) {
    List<String> steps = new ArrayList<>();
    for (String step : ContextElements.split(bare, '/')) {
      if (!step.isBlank()) {
        steps.add(step.strip().replaceFirst("^child::", ""));
      }
    }
    return steps;
  }

  private static String lastStep(String path) {
    List<String> steps = ContextElements.split(path, '/');
    return steps.get(steps.size() - 1);
  }

  /**
   * An attribute the step's element must carry: one of its predicates is {@code [@name]} or
   * {@code [@name and …]} (with no {@code or} anywhere), which is false when the attribute is absent.
   */
  static String requiredAttribute(String step) {
    for (String predicate : predicates(step)) {
      if (!OR.matcher(predicate).find()) {
        Matcher attribute = ATTRIBUTE_TEST.matcher(predicate.split("\\band\\b", 2)[0].strip());
        if (attribute.matches()) {
          return attribute.group(1);
        }
      }
    }
    return null;
  }

  /** The contents of the step's top-level {@code [...]} predicates (quoted brackets ignored). */
  private static List<String> predicates(String step) {
    List<String> predicates = new ArrayList<>();
    int depth = 0;
    int start = -1;
    char quote = 0;
    for (int i = 0; i < step.length(); i++) {
      char c = step.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' && depth++ == 0) {
        start = i + 1;
      } else if (c == ']' && --depth == 0) {
        predicates.add(step.substring(start, i));
      }
    }
    return predicates;
  }

  private static int closingParenthesis(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
