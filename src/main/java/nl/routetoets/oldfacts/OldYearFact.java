package nl.routetoets.oldfacts;

/** One school year of a trajectory (path years[i]), with the regime in force when it began. */
public final class OldYearFact {
  private String path;
  private String trajectoryId;
  private int index;
  private String regime;
  private String kind;
  private String schoolYear;
  private java.time.LocalDate startDate;
  private Integer routeYear;
  private String enrolledAt;
  private java.time.LocalDate enrolledOn;
  private Integer vmboLeerjaar;
  private String elementcode;
  private Integer mboLevel;
  private String crebo;
  private String pathway;
  private Integer workplacementHours;
  private Boolean lightWorkOnly;
  private Integer ageAtStart;

  public String getPath() {
    return path;
  }

  public OldYearFact path(String path) {
    this.path = path;
    return this;
  }

  public String getTrajectoryId() {
    return trajectoryId;
  }

  public OldYearFact trajectoryId(String trajectoryId) {
    this.trajectoryId = trajectoryId;
    return this;
  }

  public int getIndex() {
    return index;
  }

  public OldYearFact index(int index) {
    this.index = index;
    return this;
  }

  public String getRegime() {
    return regime;
  }

  public OldYearFact regime(String regime) {
    this.regime = regime;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public OldYearFact kind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public OldYearFact schoolYear(String schoolYear) {
    this.schoolYear = schoolYear;
    return this;
  }

  public java.time.LocalDate getStartDate() {
    return startDate;
  }

  public OldYearFact startDate(java.time.LocalDate startDate) {
    this.startDate = startDate;
    return this;
  }

  public Integer getRouteYear() {
    return routeYear;
  }

  public OldYearFact routeYear(Integer routeYear) {
    this.routeYear = routeYear;
    return this;
  }

  public String getEnrolledAt() {
    return enrolledAt;
  }

  public OldYearFact enrolledAt(String enrolledAt) {
    this.enrolledAt = enrolledAt;
    return this;
  }

  public java.time.LocalDate getEnrolledOn() {
    return enrolledOn;
  }

  public OldYearFact enrolledOn(java.time.LocalDate enrolledOn) {
    this.enrolledOn = enrolledOn;
    return this;
  }

  public Integer getVmboLeerjaar() {
    return vmboLeerjaar;
  }

  public OldYearFact vmboLeerjaar(Integer vmboLeerjaar) {
    this.vmboLeerjaar = vmboLeerjaar;
    return this;
  }

  public String getElementcode() {
    return elementcode;
  }

  public OldYearFact elementcode(String elementcode) {
    this.elementcode = elementcode;
    return this;
  }

  public Integer getMboLevel() {
    return mboLevel;
  }

  public OldYearFact mboLevel(Integer mboLevel) {
    this.mboLevel = mboLevel;
    return this;
  }

  public String getCrebo() {
    return crebo;
  }

  public OldYearFact crebo(String crebo) {
    this.crebo = crebo;
    return this;
  }

  public String getPathway() {
    return pathway;
  }

  public OldYearFact pathway(String pathway) {
    this.pathway = pathway;
    return this;
  }

  public Integer getWorkplacementHours() {
    return workplacementHours;
  }

  public OldYearFact workplacementHours(Integer workplacementHours) {
    this.workplacementHours = workplacementHours;
    return this;
  }

  public Boolean getLightWorkOnly() {
    return lightWorkOnly;
  }

  public OldYearFact lightWorkOnly(Boolean lightWorkOnly) {
    this.lightWorkOnly = lightWorkOnly;
    return this;
  }

  public Integer getAgeAtStart() {
    return ageAtStart;
  }

  public OldYearFact ageAtStart(Integer ageAtStart) {
    this.ageAtStart = ageAtStart;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "OldYearFact[" + path + "]";
  }
}
