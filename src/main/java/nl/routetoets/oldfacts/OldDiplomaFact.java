package nl.routetoets.oldfacts;

/** A diploma awarded within a trajectory (path diplomas[i]), with the regime in force when it was awarded. */
public final class OldDiplomaFact {
  private String path;
  private String trajectoryId;
  private int index;
  private String regime;
  private String kind;
  private String diploma;
  private java.time.LocalDate awardedOn;
  private Integer routeYear;

  public String getPath() {
    return path;
  }

  public OldDiplomaFact path(String path) {
    this.path = path;
    return this;
  }

  public String getTrajectoryId() {
    return trajectoryId;
  }

  public OldDiplomaFact trajectoryId(String trajectoryId) {
    this.trajectoryId = trajectoryId;
    return this;
  }

  public int getIndex() {
    return index;
  }

  public OldDiplomaFact index(int index) {
    this.index = index;
    return this;
  }

  public String getRegime() {
    return regime;
  }

  public OldDiplomaFact regime(String regime) {
    this.regime = regime;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public OldDiplomaFact kind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getDiploma() {
    return diploma;
  }

  public OldDiplomaFact diploma(String diploma) {
    this.diploma = diploma;
    return this;
  }

  public java.time.LocalDate getAwardedOn() {
    return awardedOn;
  }

  public OldDiplomaFact awardedOn(java.time.LocalDate awardedOn) {
    this.awardedOn = awardedOn;
    return this;
  }

  public Integer getRouteYear() {
    return routeYear;
  }

  public OldDiplomaFact routeYear(Integer routeYear) {
    this.routeYear = routeYear;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "OldDiplomaFact[" + path + "]";
  }
}
