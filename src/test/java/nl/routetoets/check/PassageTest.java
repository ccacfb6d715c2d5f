package nl.routetoets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Docs;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The passage of 1 August 2022 (law2020.md §4, interpretations.md I-75, I-88, I-89): one trajectory that
 * began as an experiment is judged in one result, its facts up to 31 July 2022 under the decree (EXP_2015)
 * and those from 1 August 2022 under the law, each finding citing the text of its own regime, and the
 * result naming both regimes.
 */
class PassageTest {
  /** A vakmanschaproute of 2019-2020 whose student repeats the third year and finishes in 2022-2023. */
  private static final String CROSSING = "baseline/traject-2019-vakmanschaproute-2-doorloop-na-2022";
  /** A doorlopende leerroute KB → mbo-3 from 2021-2022 to 2024-2025: a route under the law throughout. */
  private static final String LAW_ROUTE = "baseline/traject-2021-dlr-kb-mbo3";

  private static Result check(ObjectNode doc) {
    return new Checker(TestRuleSet.get(), null).check(Docs.read(doc.toString()).get(0));
  }

  private static Finding at(Result r, String path) {
    return r.findings().stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding at " + path + " in " + r.findings()));
  }

  @Test
  void aCompliantTrajectoryAcrossTheSwitchNamesBothRegimesThatJudgedIt() {
    Result r = check(Docs.load(CROSSING));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
    assertThat(r.regime()).as("the route's start decides its regime").isEqualTo("EXP_2015");
    assertThat(r.regimes()).containsExactly("EXP_2015", "LAW_2020");
  }

  @Test
  void theSameEnrolmentNormIsJudgedUnderTheDecreeBeforeTheSwitchAndUnderTheLawAfterIt() {
    ObjectNode doc = Docs.load(CROSSING);
    // 2020-2021, route year 2: at the institution before the vmbo exam (decree art. 9(2))
    doc = Docs.with(doc, "years[1].enrolledAt", Docs.text("INSTITUTION"));
    // 2022-2023, route leerjaar 3 again (the third year was repeated): still at the school (WVO 2020 2.107e(2))
    doc = Docs.with(doc, "years[3].enrolledAt", Docs.text("SCHOOL"));

    Result r = check(doc);

    Finding decree = at(r, "years[1].enrolledAt");
    assertThat(decree.article().regulation()).isEqualTo("BEDL");
    assertThat(decree.article().version()).contains("D2015");
    assertThat(decree.article().article()).isEqualTo("9");
    Finding law = at(r, "years[3].enrolledAt");
    assertThat(law.norm()).isEqualTo("N-LAW-16");
    assertThat(law.article().regulation()).as("a fact dated from 1 August 2022 cites the WVO 2020").isEqualTo("WVO2020");
    assertThat(law.article().article()).isEqualTo("2.107e");
    assertThat(law.article().citation()).contains("Wet educatie en beroepsonderwijs, art. 8.5a.7");
    assertThat(r.findings()).as("no year is judged under both").filteredOn(f -> f.path().startsWith("years[3]"))
        .allSatisfy(f -> assertThat(f.norm()).startsWith("N-LAW-"));
    assertThat(r.findings()).filteredOn(f -> f.path().startsWith("years[1]"))
        .allSatisfy(f -> assertThat(f.norm()).doesNotStartWith("N-LAW-"));
    assertThat(r.regime()).isEqualTo("EXP_2015");
    assertThat(r.regimes()).containsExactly("EXP_2015", "LAW_2020");
  }

  @Test
  void aFactOfALawRouteCitesTheWvoTextOfItsOwnDate() {
    ObjectNode doc = Docs.load(LAW_ROUTE);
    doc = Docs.with(doc, "years[1].enrolledAt", Docs.text("INSTITUTION")); // 2022-2023
    doc = Docs.with(doc, "years[0].enrolledAt", Docs.text("INSTITUTION")); // 2021-2022

    Result r = check(doc);

    assertThat(at(r, "years[0].enrolledAt").article().citation()).startsWith("Wet op het voortgezet onderwijs, art. 10b14, lid 1");
    assertThat(at(r, "years[1].enrolledAt").article().citation()).startsWith("Wet op het voortgezet onderwijs 2020, art. 2.107e, lid 1");
    assertThat(r.regimes()).containsExactly("LAW_2020");
  }

  @Test
  void anExitAfterTheSwitchIsJudgedByTheOverstapoptieAndNotByTheDecreesFallback() {
    ObjectNode doc = Docs.load(CROSSING);
    doc = Docs.with(doc, "exit", Docs.value("""
        {"leftOn": "2022-10-01", "reason": "Werk gevonden", "definitivelyRemoved": false,
         "fallback": {"offered": false, "targetDiploma": null}, "gradeListIssued": true}"""));

    Result r = check(doc);

    assertThat(r.findings()).extracting(Finding::norm).contains("N-LAW-9").doesNotContain("N-FB-1");
  }

  @Test
  void aStudentWhoLeftBeforeTheSwitchIsJudgedByTheDecreeAlone() {
    ObjectNode doc = Docs.load(CROSSING);
    doc = Docs.without(doc, "years[3]");
    doc = Docs.without(doc, "exams[1]");
    doc = Docs.without(doc, "diplomas[1]");
    doc = Docs.with(doc, "asOf", Docs.text("2022-07-31"));
    doc = Docs.with(doc, "exit", Docs.value("""
        {"leftOn": "2022-03-01", "reason": "Werk gevonden", "fallback": {"offered": false, "targetDiploma": null},
         "gradeListIssued": true}"""));

    Result r = check(doc);

    assertThat(r.findings()).extracting(Finding::norm).doesNotContain("N-LAW-9").isNotEmpty()
        .allSatisfy(norm -> assertThat(List.of("N-FB-1")).contains(norm));
    assertThat(r.regimes()).containsExactly("EXP_2015");
  }
}
