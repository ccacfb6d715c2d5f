package nl.routetoets.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.routetoets.facts.ComplaintsFact;
import nl.routetoets.facts.GlrFact;
import nl.routetoets.facts.LawDesignFact;
import nl.routetoets.facts.LawDurationAgainstBandFact;
import nl.routetoets.facts.LawHoursAgainstNormFact;
import nl.routetoets.facts.LawRouteFact;
import nl.routetoets.facts.LawUnansweredFact;
import nl.routetoets.facts.LeerwegAgainstLevelFact;
import nl.routetoets.facts.MboProgrammeFact;
import nl.routetoets.facts.MeldingFact;
import nl.routetoets.facts.ProfielFact;
import nl.routetoets.facts.ProgrammeDescriptionFact;
import nl.routetoets.facts.ProviderFact;
import nl.routetoets.facts.RouteAgreementFact;
import nl.routetoets.facts.TeamsFact;
import nl.routetoets.model.Codes;
import nl.routetoets.model.LawParts;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.RouteParts;
import nl.routetoets.model.Trajectory;
import nl.routetoets.ruleset.Derivations;
import nl.routetoets.ruleset.LawParameters;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.RuleSet;

/**
 * The facts of a route under the structural law (a {@code route} document, or a trajectory's law
 * route): the route, then one fact per part the rules reason about. The parts whose every field is a
 * yes/no answer (provider, design, description, teams, complaints) are always facts, with null where
 * unknown; unanswered fields the law needs are {@link LawUnansweredFact}s.
 */
final class LawRouteFactBuilder {
  /** A route under the law is judged under the law for all its facts (formats.md §6). */
  private static final String REGIME = "LAW_2020";

  private final Derivations derive;
  private final LawParameters law;

  LawRouteFactBuilder(RuleSet ruleSet) {
    this.derive = ruleSet.derivations();
    this.law = ruleSet.parameters().law();
  }

  /** The facts of a route document, which is checked on its peildatum. */
  static List<Object> facts(LawRoute route, LocalDate asOf, RuleSet ruleSet) {
    List<Object> facts = new ArrayList<>();
    new LawRouteFactBuilder(ruleSet).route("", route.id(), "ROUTE", Trajectory.Route.underLaw(route), asOf, facts::add);
    return facts;
  }

  /** {@code routePath}: "" for a route document, {@code route} for a trajectory's route; paths of the parts hang below it. */
  void route(String routePath, String documentId, String origin, Trajectory.Route r, LocalDate asOf, Consumer<Object> out) {
    String text = derive.articleTextOn(asOf);
    String at = routePath.isEmpty() ? "" : routePath + ".";
    List<String> leerwegen = r.leerwegen() == null ? null : r.leerwegen().stream().map(Enum::name).toList();
    out.accept(new LawRouteFact(routePath, documentId, origin, RouteFactBuilder.name(r.kind()),
        r.firstSchoolYear() == null ? null : r.firstSchoolYear().toString(),
        r.firstSchoolYear() == null ? null : r.firstSchoolYear().firstDay(), leerwegen, asOf, text, REGIME));
    LawParts.Provider p = r.provider();
    String form = p == null ? null : RouteFactBuilder.name(p.form());
    LawParameters.ProviderForm providerForm = derive.providerForm(form, asOf);
    boolean oneBoard = providerForm != null && providerForm.oneBoard();
    boolean nonFunded = Codes.ProviderForm.NON_FUNDED.name().equals(form);
    LawParts.ProviderSchool school = p == null ? null : p.school();
    List<String> schoolLeerwegen = school == null || school.leerwegen() == null ? null : school.leerwegen().stream().map(Enum::name).toList();
    String kind = RouteFactBuilder.name(r.kind());
    Boolean formKnown = form == null ? null : providerForm != null;
    out.accept(new ProviderFact(at + "provider", routePath, form, formKnown, oneBoard,
        school == null ? null : school.brin(), schoolLeerwegen, school == null ? null : school.profielen(),
        derive.schoolIsVbo(schoolLeerwegen), p == null || p.institution() == null ? null : p.institution().brin(), asOf, kind, text, REGIME));
    RouteParts.Vmbo vmbo = r.vmbo();
    String profiel = vmbo == null ? null : vmbo.profiel();
    if (profiel != null) {
      out.accept(new ProfielFact(at + "vmbo.profiel", routePath, profiel, derive.lawProfielKnown(profiel),
          school == null || school.profielen() == null ? null : school.profielen().contains(profiel),
          school == null ? null : school.profielen(), text, REGIME));
    }
    RouteParts.Mbo mbo = r.mbo();
    Integer level = mbo == null ? null : mbo.level();
    Boolean entree = mbo == null ? null : derive.entreeProgramme(level, mbo.domain());
    if (mbo != null) {
      out.accept(new MboProgrammeFact(at + "mbo", routePath, level, mbo.programmeYears(), mbo.extendedMiddenkader(), mbo.domain(),
          mbo.qualifications() == null ? null : List.copyOf(mbo.qualifications()), RouteFactBuilder.name(mbo.pathway()),
          mbo.relatedToVo(), entree, kind, text, REGIME));
    }
    if (r.leerwegen() != null) {
      for (int i = 0; i < r.leerwegen().size(); i++) {
        String leerweg = r.leerwegen().get(i).name();
        out.accept(new LeerwegAgainstLevelFact(at + "leerwegen[" + i + "]", routePath, leerweg, level,
            derive.leerwegAllowedIn(kind, leerweg, level), entree, kind, text, REGIME));
      }
    }
    design(at, routePath, r, mbo, form, kind, text, out);
    agreementAndMelding(at, routePath, r, oneBoard, nonFunded, form, formKnown, text, out);
    LawParts.Complaints c = r.complaints();
    out.accept(new ComplaintsFact(at + "complaints", routePath, c == null ? null : c.coversOtherBoard(),
        c == null ? null : c.chairIndependent(), oneBoard, nonFunded, text, REGIME));
    if (r.kind() == Codes.LawRouteKind.GLR) {
      out.accept(new GlrFact(at + "glr", routePath, r.glr() == null ? null : r.glr().bbFinalExamOffered(), text, REGIME));
    }
    unanswered(at, routePath, text, out, "kind", r.kind(), "firstSchoolYear", r.firstSchoolYear(), "provider.form", form,
        "provider.school.leerwegen", nonEmpty(schoolLeerwegen), "provider.school.profielen", nonEmpty(school == null ? null : school.profielen()),
        "leerwegen", nonEmpty(leerwegen), "vmbo.profiel", profiel, "mbo.level", level,
        "mbo.programmeYears", mbo == null ? null : mbo.programmeYears(), "mbo.pathway", mbo == null ? null : mbo.pathway(),
        "mbo.relatedToVo", mbo == null ? null : mbo.relatedToVo(), "design.years", r.design() == null ? null : r.design().years(),
        "design.locations", r.design() == null ? null : nonEmpty(r.design().locations()),
        "design.vmboCentralExamRouteYear", r.design() == null ? null : r.design().vmboCentralExamRouteYear(),
        "design.hours", r.design() == null ? null : r.design().hours(), "agreement", r.agreement(), "melding", r.melding());
  }

  private void design(
      String at, String routePath, Trajectory.Route r, RouteParts.Mbo mbo, String form, String kind, String text, Consumer<Object> out) {
    RouteParts.Design d = r.design();
    Integer years = d == null ? null : d.years();
    LawParts.CentralExamRouteYear exam = d == null ? null : d.vmboCentralExamRouteYear();
    out.accept(new LawDesignFact(at + "design", routePath, years,
        d == null || d.locations() == null ? null : d.locations().stream().map(Enum::name).toList(),
        exam == null ? null : exam.routeYear(), exam != null && exam.none(), kind, text, REGIME));
    LawParts.ProgrammeDescription pd = d == null ? null : d.programmeDescription();
    out.accept(new ProgrammeDescriptionFact(at + "design.programmeDescription", routePath, pd == null ? null : pd.perYear(),
        pd == null ? null : pd.examinationPerYear(), pd == null ? null : pd.partsMarked(), pd == null ? null : pd.inOer(), text, REGIME));
    LawParts.Teams teams = d == null ? null : d.teams();
    out.accept(new TeamsFact(at + "design.teams", routePath, teams == null ? null : teams.used(),
        teams == null ? null : teams.namedInDescription(), text, REGIME));
    Integer programmeYears = mbo == null ? null : mbo.programmeYears();
    Boolean extended = mbo == null ? null : mbo.extendedMiddenkader();
    out.accept(new LawDurationAgainstBandFact(at + "design.years", routePath, years, programmeYears, extended,
        derive.lawDurationBand(programmeYears, extended), text, REGIME));
    String pathway = mbo == null ? null : RouteFactBuilder.name(mbo.pathway());
    Parameters.HourNorm norm = derive.lawHourNorm(pathway, years);
    if (norm != null) {
      RouteParts.Hours h = d.hours();
      Integer total = h == null ? null : h.total();
      Integer guided = h == null ? null : h.guided();
      Integer workplacement = h == null ? null : h.workplacement();
      LawParts.ReducedHours reduced = d.reducedHours();
      out.accept(new LawHoursAgainstNormFact(at + "design.hours", routePath, pathway, years, norm, total, guided, workplacement,
          derive.hoursShortOf(norm, total, guided, workplacement), reduced == null ? null : reduced.schoolplan(),
          reduced == null ? null : reduced.schoolgids(), reduced == null ? null : reduced.annualReport(),
          Codes.ProviderForm.NON_FUNDED.name().equals(form), text, REGIME));
    }
  }

  private static void agreementAndMelding(
      String at, String routePath, Trajectory.Route r, boolean oneBoard, boolean nonFunded, String form, Boolean formKnown, String text,
      Consumer<Object> out) {
    LawParts.RouteAgreement a = r.agreement();
    if (a != null) {
      var f = a.fundingTransfer();
      out.accept(new RouteAgreementFact(at + "agreement", routePath, a.none(), RouteFactBuilder.name(a.kind()), a.profielAndRelated(),
          a.management(), a.managementReporting(), a.organisation(), f == null ? null : f.agreed(), f == null ? null : f.amountEur(),
          f == null ? null : f.purpose(), a.overstapoptie(), a.businessInvolvement(), a.disputes(), a.joiningAndEnding(),
          a.participation(), oneBoard, nonFunded, form, formKnown, text, REGIME));
    }
    LawParts.Melding m = r.melding();
    if (m != null) {
      out.accept(new MeldingFact(at + "melding", routePath, m.none(), m.notifiedOn(), m.jointly(),
          r.firstSchoolYear() == null ? null : r.firstSchoolYear().firstDay(), text, REGIME));
    }
  }

  private static Object nonEmpty(List<?> list) {
    return list == null || list.isEmpty() ? null : list;
  }

  /** One {@link LawUnansweredFact} per (field, answer) pair whose answer is null. */
  private static void unanswered(String at, String routePath, String text, Consumer<Object> out, Object... fieldsAndAnswers) {
    for (int i = 0; i < fieldsAndAnswers.length; i += 2) {
      if (fieldsAndAnswers[i + 1] == null) {
        String field = (String) fieldsAndAnswers[i];
        out.accept(new LawUnansweredFact(at + field, routePath, field, text, REGIME));
      }
    }
  }
}
