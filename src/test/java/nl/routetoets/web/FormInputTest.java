package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.routetoets.TestRuleSet;
import nl.routetoets.ruleset.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;

/** How the school's forms read what a Dutch school types, and say the reader's errors in Dutch. */
class FormInputTest {
  private static final Reference REFERENCE = TestRuleSet.get().reference();
  private final List<FormInput.Problem> problems = new ArrayList<>();

  @Test
  void wholeNumbersWithAThousandsPointOrSpaceOrAUnit() {
    assertThat(FormInput.integer("h", "3.000", problems).asInt()).isEqualTo(3000);
    assertThat(FormInput.integer("h", "12 500", problems).asInt()).isEqualTo(12500);
    assertThat(FormInput.integer("h", "4000 uur", problems).asInt()).isEqualTo(4000);
    assertThat(FormInput.integer("h", "4 jaar", problems).asInt()).isEqualTo(4);
    assertThat(problems).isEmpty();
    // not a thousands point: three and a half, or two points in the wrong places
    assertThat(FormInput.integer("h", "3,5", problems).asString()).isEqualTo("3,5");
    assertThat(FormInput.integer("h", "30.00", problems).asString()).isEqualTo("30.00");
    assertThat(problems).extracting(FormInput.Problem::key).containsOnly("form.problem.int");
  }

  @Test
  void amountsTheDutchWayAndThePointWay() {
    assertThat(FormInput.decimal("a", "12.500,50", problems).decimalValue()).isEqualByComparingTo("12500.50");
    assertThat(FormInput.decimal("a", "€ 12.500", problems).asInt()).isEqualTo(12500);
    assertThat(FormInput.decimal("a", "12500,5", problems).decimalValue()).isEqualByComparingTo("12500.5");
    assertThat(FormInput.decimal("a", "12500.50", problems).decimalValue()).isEqualByComparingTo("12500.50");
    assertThat(problems).isEmpty();
    FormInput.decimal("a", "veel", problems);
    assertThat(problems).singleElement().extracting(FormInput.Problem::key).isEqualTo("form.problem.decimal");
  }

  @Test
  void schoolYearsAndDates() {
    assertThat(FormInput.schoolYear("y", "2017/2018", problems).asString()).isEqualTo("2017-2018");
    assertThat(FormInput.schoolYear("y", "2017 – 2018", problems).asString()).isEqualTo("2017-2018");
    assertThat(FormInput.schoolYear("y", "2019/20", problems).asString()).isEqualTo("2019-2020");
    assertThat(FormInput.date("d", "1-3-2021", problems).asString()).isEqualTo("2021-03-01");
    assertThat(FormInput.date("d", "2021-03-01", problems).asString()).isEqualTo("2021-03-01");
    assertThat(problems).isEmpty();
    FormInput.schoolYear("y", "2017/2019", problems);
    FormInput.date("d", "31-02-2021", problems);
    assertThat(problems).extracting(FormInput.Problem::key).containsExactly("form.problem.schoolYear", "form.problem.date");
  }

  @Test
  void aDomainByCrebLetterOrName() {
    assertThat(FormInput.domain("m", "79020", REFERENCE, false, true, problems).asString()).isEqualTo("79020");
    assertThat(FormInput.domain("m", "C", REFERENCE, false, true, problems).asString()).isEqualTo("c");
    assertThat(FormInput.domain("m", "techniek en procesindustrie", REFERENCE, false, true, problems).asString()).isEqualTo("79020");
    assertThat(FormInput.domain("m", "  Zorg  en welzijn ", REFERENCE, false, true, problems).asString()).isEqualTo("79140");
    assertThat(FormInput.domain("m", "79140 – o – Zorg en welzijn", REFERENCE, false, true, problems).asString()).isEqualTo("79140");
    // domain p has two rows: its name is the plain row's crebo
    assertThat(FormInput.domain("m", "Voedsel, natuur en leefomgeving", REFERENCE, false, true, problems).asString()).isEqualTo("79160");
    assertThat(FormInput.domain("m", "NONE", REFERENCE, true, true, problems).asString()).isEqualTo("NONE");
    assertThat(problems).isEmpty();
    // an unknown domain: kept as typed; a problem of the form only where no rule names it
    assertThat(FormInput.domain("m", "bakkerij", REFERENCE, false, false, problems).asString()).isEqualTo("bakkerij");
    assertThat(problems).isEmpty();
    FormInput.domain("m", "bakkerij", REFERENCE, false, true, problems);
    FormInput.domain("m", "NONE", REFERENCE, false, true, problems);
    assertThat(problems).extracting(FormInput.Problem::args).containsExactly(List.of("bakkerij"), List.of("NONE"));
  }

  @Test
  void qualificationsByCreboNameOrListChoice() {
    JsonNode list = FormInput.qualifications("q", new String[] {"25333, 25342", "25334 – Medewerker Operationele techniek",
        "procesoperator a", "25333"}, REFERENCE, problems);
    assertThat(FormInput.items(list)).containsExactly("25333", "25342", "25334", "25337");
    assertThat(problems).isEmpty();
    // a name on both lists (2012 and the revised one): the school says which
    FormInput.qualifications("q", new String[] {"Monteur mechatronica"}, REFERENCE, problems);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.key()).isEqualTo("form.problem.qualificationAmbiguous");
      assertThat((String) p.args().get(1)).contains("25342");
    });
    problems.clear();
    FormInput.qualifications("q", new String[] {"kwalificatie die er niet is"}, REFERENCE, problems);
    assertThat(problems).singleElement().extracting(FormInput.Problem::key).isEqualTo("form.problem.qualification");
  }

  @Test
  void theReadersEnglishIsSaidInDutchOnADutchPage() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    Locale nl = Locale.forLanguageTag("nl");
    assertThat(ReaderErrors.say("\"HALF\" is not one of COMMON_PART, FULL", messages, nl))
        .isEqualTo("“HALF” is geen keuze van dit veld: kies een waarde uit de lijst.");
    assertThat(ReaderErrors.say("route id \"R1\" is used twice on this form", messages, nl)).contains("“R1”").contains("meer dan één route");
    assertThat(ReaderErrors.say("\"abc\" is not a crebo code: 5 digits", messages, nl)).startsWith("“abc” is geen kwalificatie");
    assertThat(ReaderErrors.say("-3 is not 0 or more", messages, nl)).isEqualTo("“-3” is te klein: vul 0 of meer in.");
    assertThat(ReaderErrors.say("something the form has never heard of", messages, nl)).isEqualTo(
        "Deze waarde kan zo niet worden gelezen: controleer wat er staat.");
    assertThat(ReaderErrors.say("\"HALF\" is not one of COMMON_PART, FULL", messages, Locale.ENGLISH))
        .isEqualTo("\"HALF\" is not one of COMMON_PART, FULL");
  }

  @Test
  void placesReadAsPeopleWriteThem() {
    assertThat(SchoolLookups.place("ENSCHEDE")).isEqualTo("Enschede");
    assertThat(SchoolLookups.place("'S-HERTOGENBOSCH")).isEqualTo("'s-Hertogenbosch");
    assertThat(SchoolLookups.place("BERGEN OP ZOOM")).isEqualTo("Bergen Op Zoom");
  }
}
