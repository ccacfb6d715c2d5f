package nl.routetoets.oldfacts;

/**
 * One qualification (crebo) named for a route, with what the reference lists say of it: its level and
 * domain, the qualification structure whose list holds it, and whether a route starting when this
 * one does may name that list's crebos ({@code validAtStart}: null when the start or the list is unknown).
 */
public final class OldQualificationFact implements nl.routetoets.ruleset.RouteScoped {
  @Override
  public String routePath() {
    return routePath;
  }

  private String path;
  private String routePath;
  private String crebo;
  private boolean known;
  private Integer level;
  private String domainLetter;
  private String name;
  private String structure;
  private String structureName;
  private Boolean validAtStart;

  public String getPath() {
    return path;
  }

  public OldQualificationFact path(String path) {
    this.path = path;
    return this;
  }

  public String getRoutePath() {
    return routePath;
  }

  public OldQualificationFact routePath(String routePath) {
    this.routePath = routePath;
    return this;
  }

  public String getCrebo() {
    return crebo;
  }

  public OldQualificationFact crebo(String crebo) {
    this.crebo = crebo;
    return this;
  }

  public boolean isKnown() {
    return known;
  }

  public OldQualificationFact known(boolean known) {
    this.known = known;
    return this;
  }

  public Integer getLevel() {
    return level;
  }

  public OldQualificationFact level(Integer level) {
    this.level = level;
    return this;
  }

  public String getDomainLetter() {
    return domainLetter;
  }

  public OldQualificationFact domainLetter(String domainLetter) {
    this.domainLetter = domainLetter;
    return this;
  }

  public String getName() {
    return name;
  }

  public OldQualificationFact name(String name) {
    this.name = name;
    return this;
  }

  public String getStructure() {
    return structure;
  }

  public OldQualificationFact structure(String structure) {
    this.structure = structure;
    return this;
  }

  public String getStructureName() {
    return structureName;
  }

  public OldQualificationFact structureName(String structureName) {
    this.structureName = structureName;
    return this;
  }

  public Boolean getValidAtStart() {
    return validAtStart;
  }

  public OldQualificationFact validAtStart(Boolean validAtStart) {
    this.validAtStart = validAtStart;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "OldQualificationFact[" + path + "]";
  }
}
