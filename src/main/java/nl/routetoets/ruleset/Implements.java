package nl.routetoets.ruleset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The interpretations (interpretations.md) a derivation implements. {@code routetoets norms
 * --interpretation I-NN} and the generated lists in interpretations.md show each derivation under them,
 * beside the rules.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Implements {
  /** The interpretation ids, e.g. {@code "I-17"}. */
  String[] value();

  /** What the derivation gives, in one sentence, for the interpretation index. */
  String gives();
}
