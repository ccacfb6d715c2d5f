package nl.routetoets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.routetoets.document.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rules that go wrong on purpose, added to a copy of the rules folder: each fires only for a trajectory
 * with its own id, so every other document is checked as by the real rule set.
 */
public final class RuleTraps {
  public static final String ACTIVATION_LOOP = "Valkuil: lus door activering";
  public static final String ACTION_LOOP = "Valkuil: lus in de actie";
  public static final String CONDITION_LOOP = "Valkuil: lus in een voorwaarde";
  public static final String THROWS = "Valkuil: fout in de actie";
  public static final String THROWS_IN_CONDITION = "Valkuil: fout in een voorwaarde";
  public static final String APPLICATION_THROWS = "Valkuil: fout bij een aanvraag";

  public static final String ACTIVATION_LOOP_ID = "VALKUIL-ACTIVERING";
  public static final String ACTION_LOOP_ID = "VALKUIL-ACTIE";
  public static final String CONDITION_LOOP_ID = "VALKUIL-VOORWAARDE";
  public static final String THROWS_ID = "VALKUIL-FOUT";
  public static final String THROWS_IN_CONDITION_ID = "VALKUIL-FOUT-VOORWAARDE";
  public static final String APPLICATION_THROWS_ID = "VALKUIL-AANVRAAG";

  /** A trajectory of the demo that every trap leaves alone, and whose id the traps look for. */
  public static final Path TRAJECTORY = Path.of("demo", "traject-2016-vmr2-zorg-geslaagd.json");

  private static final String HEADER = """
      package EXP_ALL;

      import nl.routetoets.facts.ApplicationFact;
      import nl.routetoets.facts.TrajectoryFact;

      global nl.routetoets.ruleset.FindingCollector out;
      global nl.routetoets.ruleset.Parameters params;
      global nl.routetoets.ruleset.Reference reference;

      """;

  private static final String METADATA = """
        @norm("N-DUR-1") @regime("EXP_2013 EXP_2015") @severity("REVIEW") @regulation("BEDL") @article("6") @textVersion("D2015")
        @nl("Een valkuil voor de test.") @en("A trap for the test.")
      """;

  private RuleTraps() {}

  /** A copy of the project's rules with the traps in EXP_ALL/valkuilen.drl. */
  public static Path rulesWithTraps(Path dir) throws IOException {
    Path rules = TestRuleSet.copyRules(dir);
    Files.writeString(rules.resolve("EXP_ALL/valkuilen.drl"), HEADER + """
        declare Teller
          n : int
        end

        function boolean draaitRond() {
          while (System.nanoTime() != 0) { }
          return true;
        }

        rule "Valkuil: begin van de lus"
        %1$swhen
          TrajectoryFact(id == "%3$s")
          not Teller()
        then
          insert(new Teller(0));
        end

        rule "%2$s"
        %1$swhen
          TrajectoryFact(id == "%3$s")
          $t : Teller()
        then
          insert(new Teller($t.getN() + 1));
        end

        rule "%4$s"
        %1$swhen
          TrajectoryFact(id == "%5$s")
        then
          while (System.nanoTime() != 0) { }
        end

        rule "%6$s"
        %1$swhen
          TrajectoryFact(id == "%7$s")
          eval(draaitRond())
        then
        end

        rule "%8$s"
        %1$swhen
          TrajectoryFact(id == "%9$s")
        then
          Integer.parseInt("geen getal");
        end

        rule "%10$s"
        %1$swhen
          TrajectoryFact(id == "%11$s", Integer.parseInt(id) > 0)
        then
        end

        rule "%12$s"
        %1$swhen
          ApplicationFact(id == "%13$s")
        then
          Integer.parseInt("geen getal");
        end
        """.formatted(METADATA, ACTIVATION_LOOP, ACTIVATION_LOOP_ID, ACTION_LOOP, ACTION_LOOP_ID, CONDITION_LOOP, CONDITION_LOOP_ID,
        THROWS, THROWS_ID, THROWS_IN_CONDITION, THROWS_IN_CONDITION_ID, APPLICATION_THROWS, APPLICATION_THROWS_ID));
    return rules;
  }

  /** A rule that never finishes, for whatever document: no fixture gets through it. */
  public static void addLoopForEveryDocument(Path rules) throws IOException {
    Files.writeString(rules.resolve("EXP_ALL/valkuil-altijd.drl"), HEADER + """
        rule "Valkuil: lus bij elk document"
        %swhen
          Object()
        then
          while (System.nanoTime() != 0) { }
        end
        """.formatted(METADATA));
  }

  /** A rule that throws for whatever document. */
  public static void addThrowForEveryDocument(Path rules) throws IOException {
    Files.writeString(rules.resolve("EXP_ALL/valkuil-altijd.drl"), HEADER + """
        rule "Valkuil: fout bij elk document"
        %swhen
          Object()
        then
          Integer.parseInt("geen getal");
        end
        """.formatted(METADATA));
  }

  /** A demo application (school BRIN 30AU) under another id, as one line of JSON. */
  public static String application(String id) throws IOException {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", "aanvraag-2016-vmr2-zorg-en-welzijn.json")));
    doc.put("id", id);
    return doc.toString();
  }

  /** The demo trajectory under another id, as one line of JSON. */
  public static String trajectory(String id) throws IOException {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(TRAJECTORY));
    doc.put("id", id);
    return doc.toString();
  }
}
