package nl.routetoets.facts;

/** One qualification (crebo) named for a route, with what the reference lists say of it. */
public final class QualificationFact {
  private String path;
  private String routePath;
  private String crebo;
  private boolean known;
  private Integer level;
  private String domainLetter;
  private String name;

  public String getPath() {
    return path;
  }

  public QualificationFact path(String path) {
    this.path = path;
    return this;
  }

  public String getRoutePath() {
    return routePath;
  }

  public QualificationFact routePath(String routePath) {
    this.routePath = routePath;
    return this;
  }

  public String getCrebo() {
    return crebo;
  }

  public QualificationFact crebo(String crebo) {
    this.crebo = crebo;
    return this;
  }

  public boolean isKnown() {
    return known;
  }

  public QualificationFact known(boolean known) {
    this.known = known;
    return this;
  }

  public Integer getLevel() {
    return level;
  }

  public QualificationFact level(Integer level) {
    this.level = level;
    return this;
  }

  public String getDomainLetter() {
    return domainLetter;
  }

  public QualificationFact domainLetter(String domainLetter) {
    this.domainLetter = domainLetter;
    return this;
  }

  public String getName() {
    return name;
  }

  public QualificationFact name(String name) {
    this.name = name;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "QualificationFact[" + path + "]";
  }
}
