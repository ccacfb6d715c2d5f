package nl.routetoets.oldfacts;

/** An exam of a trajectory (path exams[i]). regime is the regime in force on completedOn; kind is the route kind read under that regime (a 2013 vakmanschaproute is the level-2 route of 2015, a 2013 technologieroute a beroepsroute: interpretations.md I-01). */
public final class OldExamFact {
  private String path;
  private String trajectoryId;
  private int index;
  private String regime;
  private String kind;
  private String part;
  private Integer level;
  private java.time.LocalDate completedOn;
  private Boolean passed;
  private Integer routeYear;

  public String getPath() {
    return path;
  }

  public OldExamFact path(String path) {
    this.path = path;
    return this;
  }

  public String getTrajectoryId() {
    return trajectoryId;
  }

  public OldExamFact trajectoryId(String trajectoryId) {
    this.trajectoryId = trajectoryId;
    return this;
  }

  public int getIndex() {
    return index;
  }

  public OldExamFact index(int index) {
    this.index = index;
    return this;
  }

  public String getRegime() {
    return regime;
  }

  public OldExamFact regime(String regime) {
    this.regime = regime;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public OldExamFact kind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getPart() {
    return part;
  }

  public OldExamFact part(String part) {
    this.part = part;
    return this;
  }

  public Integer getLevel() {
    return level;
  }

  public OldExamFact level(Integer level) {
    this.level = level;
    return this;
  }

  public java.time.LocalDate getCompletedOn() {
    return completedOn;
  }

  public OldExamFact completedOn(java.time.LocalDate completedOn) {
    this.completedOn = completedOn;
    return this;
  }

  public Boolean getPassed() {
    return passed;
  }

  public OldExamFact passed(Boolean passed) {
    this.passed = passed;
    return this;
  }

  public Integer getRouteYear() {
    return routeYear;
  }

  public OldExamFact routeYear(Integer routeYear) {
    this.routeYear = routeYear;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "OldExamFact[" + path + "]";
  }
}
