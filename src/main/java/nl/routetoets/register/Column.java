package nl.routetoets.register;

import java.util.Arrays;
import java.util.List;

/** The columns of a register file, in the order the generator writes them; docs/formats.md ("The register") says what each means. */
public enum Column {
  LEERLING_ID("leerling_id", true),
  SCHOOLJAAR("schooljaar", true),
  BRIN("brin", false),
  VESTIGING("vestiging", false),
  ONDERWIJSSOORT("onderwijssoort", true),
  LEERJAAR("leerjaar", false),
  LEERWEG("leerweg", false),
  ELEMENTCODE("elementcode", false),
  CREBO("crebo", false),
  MBO_NIVEAU("mbo_niveau", false),
  MBO_LEERWEG("mbo_leerweg", false),
  INSCHRIJFDATUM("inschrijfdatum", false),
  ROUTE_JAAR("route_jaar", false),
  AANVRAAG_ID("aanvraag_id", true),
  ROUTE_ID("route_id", true),
  GEBOORTEDATUM("geboortedatum", false),
  VOORGELICHT("voorgelicht", false),
  BPV_UREN("bpv_uren", false),
  BPV_LICHT_WERK("bpv_licht_werk", false),
  EXAMEN_VMBO_GD_DATUM("examen_vmbo_gd_datum", false),
  EXAMEN_VMBO_GD_GESLAAGD("examen_vmbo_gd_geslaagd", false),
  EXAMEN_VMBO_SD_DATUM("examen_vmbo_sd_datum", false),
  EXAMEN_VMBO_SD_GESLAAGD("examen_vmbo_sd_geslaagd", false),
  EXAMEN_VMBO_DATUM("examen_vmbo_datum", false),
  EXAMEN_VMBO_GESLAAGD("examen_vmbo_geslaagd", false),
  EXAMEN_MBO_DATUM("examen_mbo_datum", false),
  EXAMEN_MBO_GESLAAGD("examen_mbo_geslaagd", false),
  VMBO_GESLAAGD("vmbo_geslaagd", false),
  DIPLOMA("diploma", false),
  DIPLOMA_DATUM("diploma_datum", false),
  UITSTROOM_DATUM("uitstroom_datum", false),
  UITSTROOM_REDEN("uitstroom_reden", false),
  TERUGVAL_AANGEBODEN("terugval_aangeboden", false),
  TERUGVAL_DIPLOMA("terugval_diploma", false),
  CIJFERLIJST_VERSTREKT("cijferlijst_verstrekt", false);

  public static final List<Column> ALL = List.of(values());

  public final String header;
  final boolean required;

  Column(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  static Column byHeader(String name) {
    return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst().orElse(null);
  }
}
