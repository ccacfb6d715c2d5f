package nl.routetoets.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.LawRoutes;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.LawRouteRef;
import nl.routetoets.security.Caller;
import nl.routetoets.web.SchoolLookups.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mbo institutions a school has named before, in its applications and its routes under the law, as
 * a list to choose the partner institution from (BRIN with its name). The rule set's reference data has
 * no list of mbo institutions (only the vo schools of DUO's exam data), so the school's own earlier
 * documents are what the form can offer; a BRIN not in the list is typed.
 */
@Component
class KnownInstitutions {
  private final ApplicationWorkflow workflow;
  private final LawRoutes lawRoutes;

  KnownInstitutions(ApplicationWorkflow workflow, LawRoutes lawRoutes) {
    this.workflow = workflow;
    this.lawRoutes = lawRoutes;
  }

  /** BRIN → "BRIN – name", by BRIN; the newest name a document gave wins. */
  List<Option> of(Caller caller) {
    Map<String, String> names = new TreeMap<>();
    for (var a : workflow.queue(caller, null, null, null, null, null)) {
      JsonNode doc = Json.MAPPER.readTree(workflow.document(caller, new ApplicationRef(a.id(), a.schoolBrin()), a.version()));
      add(names, doc.path("applicant").path("institution"));
    }
    for (var r : lawRoutes.list(caller, null, null, null, null)) {
      JsonNode doc = Json.MAPPER.readTree(lawRoutes.document(caller, new LawRouteRef(r.id(), r.schoolBrin()), r.version()));
      add(names, doc.path("provider").path("institution"));
    }
    return names.entrySet().stream().map(e -> new Option(e.getKey(), e.getKey() + " – " + e.getValue())).toList();
  }

  /**
   * The institution of a party ({@code applicant.institution}, {@code provider.institution}) as the school
   * chose or typed it: a part of a known institution's name that names one only gives its BRIN, and a
   * known BRIN without a name gets its name.
   */
  static void resolve(ObjectNode doc, String party, List<Option> known) {
    JsonNode at = FormDocuments.at(doc, party);
    if (!(at instanceof ObjectNode p) || !p.path("brin").isString()) {
      return;
    }
    String typed = p.path("brin").asString().strip();
    if (!typed.matches("[0-9A-Z]{4}")) {
      List<Option> named = known.stream().filter(o -> name(o).toLowerCase(java.util.Locale.ROOT)
          .contains(typed.toLowerCase(java.util.Locale.ROOT))).toList();
      if (named.size() == 1 && !typed.isEmpty()) {
        p.put("brin", named.get(0).value());
      }
    }
    FormDocuments.fillName(doc, party, (brin, vestiging) -> known.stream().filter(o -> o.value().equals(brin)).map(KnownInstitutions::name)
        .findFirst().orElse(null));
  }

  private static String name(Option o) {
    return o.label().substring(o.label().indexOf(" – ") + 3);
  }

  private static void add(Map<String, String> names, JsonNode institution) {
    String brin = institution.path("brin").isString() ? institution.path("brin").asString().strip() : "";
    String name = institution.path("name").isString() ? institution.path("name").asString().strip() : "";
    if (!brin.isEmpty() && !name.isEmpty()) {
      names.put(brin, name);
    }
  }
}
