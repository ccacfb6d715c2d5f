package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routetoets.model.Finding.Citation;
import nl.routetoets.web.ArticleTexts.ArticleText;
import org.junit.jupiter.api.Test;

/** The article next to a finding is the article the finding cites, in the text version it names. */
class ArticleTextsTest {
  private static final ArticleTexts TEXTS = new ArticleTexts();

  private static Citation cite(String regulation, String article, String version) {
    return new Citation(regulation, article, null, version, regulation + ", art. " + article);
  }

  @Test
  void studyDurationIsArticle6OfTheAmendedBesluitWithItsTitle() {
    List<ArticleText> texts = TEXTS.of(cite("BEDL", "6", "D2015"));
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0).heading()).isEqualTo("Artikel 6");
    assertThat(texts.get(0).title()).isEqualTo("Norm studieduur experimentele leerroute");
    assertThat(String.join("\n", texts.get(0).paragraphs())).contains("beroepsroute").doesNotContain("Artikel 6a");
  }

  @Test
  void articleNumbersWithALetterAreTheirOwnArticle() {
    ArticleText bol = TEXTS.of(cite("BEDL", "6a", "D2015")).get(0);
    assertThat(bol.title()).isEqualTo("Norm onderwijsprogramma BOL");
    assertThat(TEXTS.of(cite("BEDL", "16a", "D2015")).get(0).title()).contains("rekentoets");
    // art. 16a was inserted in November 2015: the 2013 text has none
    assertThat(TEXTS.of(cite("BEDL", "16a", "D2013"))).isEmpty();
  }

  @Test
  void bothVersionsAreShownWhenTheyDifferAndOnceWhenTheyAreTheSame() {
    List<ArticleText> art2 = TEXTS.of(cite("BEDL", "2", "D2013/D2015"));
    assertThat(art2).extracting(ArticleText::version).containsExactly("D2013", "D2015");
    List<ArticleText> art12 = TEXTS.of(cite("BEDL", "12", "D2013 D2015"));
    assertThat(art12).extracting(ArticleText::version).containsExactly("D2013");
  }

  @Test
  void theTextOf2020IsShownForTheLaterTextsAndTheTextsOf2018And2019HaveNoneOfTheirOwn() {
    List<ArticleText> art7 = TEXTS.of(cite("BEDL", "7", "D2020"));
    assertThat(art7).extracting(ArticleText::version).containsExactly("D2020");
    String lid3 = String.join("\n", art7.get(0).paragraphs());
    assertThat(lid3).contains("eindcijfer 6 of meer").doesNotContain("rekentoets");
    assertThat(TEXTS.of(cite("BEDL", "7", "D2018 D2019"))).isEmpty();
    assertThat(TEXTS.of(cite("BEDL", "1", "D2018 D2019 D2020"))).extracting(ArticleText::version).containsExactly("D2020");
    // art. 16a is gone from the later texts
    assertThat(TEXTS.of(cite("BEDL", "16a", "D2020"))).isEmpty();
  }

  @Test
  void theCopyistsEditorialNotesAreNotPartOfTheArticle() {
    assertThat(TEXTS.of(cite("BEDL", "1", "D2020")).get(0).paragraphs()).noneMatch(p -> p.startsWith(">"))
        .anyMatch(p -> p.contains("profiel als bedoeld in artikel 10"));
  }

  @Test
  void theUitvoeringsregelingHasItsOwnVersions() {
    ArticleText ur2 = TEXTS.of(cite("UR", "2", "UR2015")).get(0);
    assertThat(ur2.title()).isEqualTo("Voorschriften aanvraag");
    assertThat(String.join("\n", ur2.paragraphs())).contains("De aanvraag, bedoeld in artikel 3, eerste lid, van het besluit, wordt ingediend");
    assertThat(TEXTS.of(cite("UR", "5", "UR2015")).get(0).title()).startsWith("Overgangsbepaling");
  }

  /** The structural law: the WVO of 2020 (10b..) and its renumbered successor, the WVO 2020 (2.107..), without the copy's notes. */
  @Test
  void regulationsWithoutABundledTextGiveNone() {
    assertThat(TEXTS.of(cite("CT", "1", "CT2014/CT2015"))).isEmpty();
    assertThat(TEXTS.of(cite("WSB", "overgangsrecht", "Stb. 2020, 157"))).isEmpty();
    assertThat(TEXTS.of(null)).isEmpty();
  }

  @Test
  void theLawIsBundledInItsThreeTextsWithoutTheCopyistsNotes() {
    ArticleText wvo = TEXTS.of(cite("WVO", "10b16", "WVO")).get(0);
    assertThat(wvo.heading()).isEqualTo("Artikel 10b16");
    assertThat(TEXTS.of(cite("WVO2020", "2.107g", "WVO2020")).get(0).heading()).isEqualTo("Artikel 2.107g");
    assertThat(String.join("\n", TEXTS.of(cite("WVO", "10b11", "WVO")).get(0).paragraphs())).contains("geschilbeslechting");
    assertThat(String.join("\n", wvo.paragraphs())).contains("ten minste twee en ten hoogste drie jaren").doesNotContain("Editorial note");
    assertThat(String.join("\n", TEXTS.of(cite("WVO2020", "2.107g", "WVO2020")).get(0).paragraphs()))
        .contains("ten minste twee en ten hoogste drie");
    assertThat(String.join("\n", TEXTS.of(cite("WEB", "8.5a.10", "WEB")).get(0).paragraphs()))
        .contains("volledige studiejaren");
    assertThat(TEXTS.of(cite("WVO", "2.107g", "WVO"))).isEmpty();
  }
}
