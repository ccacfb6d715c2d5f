package nl.routetoets.persistence;

/**
 * A finding the reviewer goes against, named by norm, path and rule, with the reason. A decision
 * stores its overrules as a JSON array of these in {@code decision.overrules}.
 */
public record Overrule(String norm, String path, String rule, String reason) {}
