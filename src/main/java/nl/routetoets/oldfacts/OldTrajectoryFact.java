package nl.routetoets.oldfacts;

/** One student's trajectory. regime and kind are those of the route, by its start school year; the exam, year and diploma facts carry the regime of their own date. */
public final class OldTrajectoryFact {
  private String path;
  private String id;
  private java.time.LocalDate asOf;
  private String regime;
  private String kind;
  private String routeType;
  private boolean technologieroute;
  private Integer level;
  private boolean approvalKnown;
  private String applicationId;
  private String approvedRouteId;
  private java.time.LocalDate approvedOn;
  private java.time.LocalDate withdrawnOn;
  private String withdrawalReason;
  private String startLeerweg;
  private java.util.List<String> leerwegen;
  private String sector;
  private String profiel;
  private String domainLetter;
  private java.util.List<String> qualifications;
  private Integer designYears;
  private Boolean sectorSubjectsExcluded;
  private Boolean informedBeforeEnrolment;
  private java.time.LocalDate birthDate;
  private String startSchoolYear;
  private java.time.LocalDate startDate;
  private Integer firstVmboLeerjaar;
  private int yearCount;
  private Integer asOfRouteYear;
  private boolean vmboResultsKnown;
  private Boolean vmboPassed;
  private java.math.BigDecimal nederlands;
  private java.math.BigDecimal engels;
  private java.math.BigDecimal rekentoets;
  private String kunstvak;
  private String lichamelijkeOpvoeding;
  private java.math.BigDecimal maatschappijleerSE;
  private Boolean eb61Applies;
  private boolean exited;
  private java.time.LocalDate leftOn;
  private String exitReason;
  private Boolean fallbackOffered;
  private String fallbackTarget;
  private Boolean gradeListIssued;
  private java.util.List<String> diplomaKinds;
  private boolean vmboPassShown;

  public String getPath() {
    return path;
  }

  public OldTrajectoryFact path(String path) {
    this.path = path;
    return this;
  }

  public String getId() {
    return id;
  }

  public OldTrajectoryFact id(String id) {
    this.id = id;
    return this;
  }

  public java.time.LocalDate getAsOf() {
    return asOf;
  }

  public OldTrajectoryFact asOf(java.time.LocalDate asOf) {
    this.asOf = asOf;
    return this;
  }

  public String getRegime() {
    return regime;
  }

  public OldTrajectoryFact regime(String regime) {
    this.regime = regime;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public OldTrajectoryFact kind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getRouteType() {
    return routeType;
  }

  public OldTrajectoryFact routeType(String routeType) {
    this.routeType = routeType;
    return this;
  }

  public boolean isTechnologieroute() {
    return technologieroute;
  }

  public OldTrajectoryFact technologieroute(boolean technologieroute) {
    this.technologieroute = technologieroute;
    return this;
  }

  public Integer getLevel() {
    return level;
  }

  public OldTrajectoryFact level(Integer level) {
    this.level = level;
    return this;
  }

  public boolean isApprovalKnown() {
    return approvalKnown;
  }

  public OldTrajectoryFact approvalKnown(boolean approvalKnown) {
    this.approvalKnown = approvalKnown;
    return this;
  }

  public String getApplicationId() {
    return applicationId;
  }

  public OldTrajectoryFact applicationId(String applicationId) {
    this.applicationId = applicationId;
    return this;
  }

  public String getApprovedRouteId() {
    return approvedRouteId;
  }

  public OldTrajectoryFact approvedRouteId(String approvedRouteId) {
    this.approvedRouteId = approvedRouteId;
    return this;
  }

  public java.time.LocalDate getApprovedOn() {
    return approvedOn;
  }

  public OldTrajectoryFact approvedOn(java.time.LocalDate approvedOn) {
    this.approvedOn = approvedOn;
    return this;
  }

  public java.time.LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  public OldTrajectoryFact withdrawnOn(java.time.LocalDate withdrawnOn) {
    this.withdrawnOn = withdrawnOn;
    return this;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public OldTrajectoryFact withdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
    return this;
  }

  public String getStartLeerweg() {
    return startLeerweg;
  }

  public OldTrajectoryFact startLeerweg(String startLeerweg) {
    this.startLeerweg = startLeerweg;
    return this;
  }

  public java.util.List<String> getLeerwegen() {
    return leerwegen;
  }

  public OldTrajectoryFact leerwegen(java.util.List<String> leerwegen) {
    this.leerwegen = leerwegen;
    return this;
  }

  public String getSector() {
    return sector;
  }

  public OldTrajectoryFact sector(String sector) {
    this.sector = sector;
    return this;
  }

  public String getProfiel() {
    return profiel;
  }

  public OldTrajectoryFact profiel(String profiel) {
    this.profiel = profiel;
    return this;
  }

  public String getDomainLetter() {
    return domainLetter;
  }

  public OldTrajectoryFact domainLetter(String domainLetter) {
    this.domainLetter = domainLetter;
    return this;
  }

  public java.util.List<String> getQualifications() {
    return qualifications;
  }

  public OldTrajectoryFact qualifications(java.util.List<String> qualifications) {
    this.qualifications = qualifications;
    return this;
  }

  public Integer getDesignYears() {
    return designYears;
  }

  public OldTrajectoryFact designYears(Integer designYears) {
    this.designYears = designYears;
    return this;
  }

  public Boolean getSectorSubjectsExcluded() {
    return sectorSubjectsExcluded;
  }

  public OldTrajectoryFact sectorSubjectsExcluded(Boolean sectorSubjectsExcluded) {
    this.sectorSubjectsExcluded = sectorSubjectsExcluded;
    return this;
  }

  public Boolean getInformedBeforeEnrolment() {
    return informedBeforeEnrolment;
  }

  public OldTrajectoryFact informedBeforeEnrolment(Boolean informedBeforeEnrolment) {
    this.informedBeforeEnrolment = informedBeforeEnrolment;
    return this;
  }

  public java.time.LocalDate getBirthDate() {
    return birthDate;
  }

  public OldTrajectoryFact birthDate(java.time.LocalDate birthDate) {
    this.birthDate = birthDate;
    return this;
  }

  public String getStartSchoolYear() {
    return startSchoolYear;
  }

  public OldTrajectoryFact startSchoolYear(String startSchoolYear) {
    this.startSchoolYear = startSchoolYear;
    return this;
  }

  public java.time.LocalDate getStartDate() {
    return startDate;
  }

  public OldTrajectoryFact startDate(java.time.LocalDate startDate) {
    this.startDate = startDate;
    return this;
  }

  public Integer getFirstVmboLeerjaar() {
    return firstVmboLeerjaar;
  }

  public OldTrajectoryFact firstVmboLeerjaar(Integer firstVmboLeerjaar) {
    this.firstVmboLeerjaar = firstVmboLeerjaar;
    return this;
  }

  public int getYearCount() {
    return yearCount;
  }

  public OldTrajectoryFact yearCount(int yearCount) {
    this.yearCount = yearCount;
    return this;
  }

  public Integer getAsOfRouteYear() {
    return asOfRouteYear;
  }

  public OldTrajectoryFact asOfRouteYear(Integer asOfRouteYear) {
    this.asOfRouteYear = asOfRouteYear;
    return this;
  }

  public boolean isVmboResultsKnown() {
    return vmboResultsKnown;
  }

  public OldTrajectoryFact vmboResultsKnown(boolean vmboResultsKnown) {
    this.vmboResultsKnown = vmboResultsKnown;
    return this;
  }

  public Boolean getVmboPassed() {
    return vmboPassed;
  }

  public OldTrajectoryFact vmboPassed(Boolean vmboPassed) {
    this.vmboPassed = vmboPassed;
    return this;
  }

  public java.math.BigDecimal getNederlands() {
    return nederlands;
  }

  public OldTrajectoryFact nederlands(java.math.BigDecimal nederlands) {
    this.nederlands = nederlands;
    return this;
  }

  public java.math.BigDecimal getEngels() {
    return engels;
  }

  public OldTrajectoryFact engels(java.math.BigDecimal engels) {
    this.engels = engels;
    return this;
  }

  public java.math.BigDecimal getRekentoets() {
    return rekentoets;
  }

  public OldTrajectoryFact rekentoets(java.math.BigDecimal rekentoets) {
    this.rekentoets = rekentoets;
    return this;
  }

  public String getKunstvak() {
    return kunstvak;
  }

  public OldTrajectoryFact kunstvak(String kunstvak) {
    this.kunstvak = kunstvak;
    return this;
  }

  public String getLichamelijkeOpvoeding() {
    return lichamelijkeOpvoeding;
  }

  public OldTrajectoryFact lichamelijkeOpvoeding(String lichamelijkeOpvoeding) {
    this.lichamelijkeOpvoeding = lichamelijkeOpvoeding;
    return this;
  }

  public java.math.BigDecimal getMaatschappijleerSE() {
    return maatschappijleerSE;
  }

  public OldTrajectoryFact maatschappijleerSE(java.math.BigDecimal maatschappijleerSE) {
    this.maatschappijleerSE = maatschappijleerSE;
    return this;
  }

  public Boolean getEb61Applies() {
    return eb61Applies;
  }

  public OldTrajectoryFact eb61Applies(Boolean eb61Applies) {
    this.eb61Applies = eb61Applies;
    return this;
  }

  public boolean isExited() {
    return exited;
  }

  public OldTrajectoryFact exited(boolean exited) {
    this.exited = exited;
    return this;
  }

  public java.time.LocalDate getLeftOn() {
    return leftOn;
  }

  public OldTrajectoryFact leftOn(java.time.LocalDate leftOn) {
    this.leftOn = leftOn;
    return this;
  }

  public String getExitReason() {
    return exitReason;
  }

  public OldTrajectoryFact exitReason(String exitReason) {
    this.exitReason = exitReason;
    return this;
  }

  public Boolean getFallbackOffered() {
    return fallbackOffered;
  }

  public OldTrajectoryFact fallbackOffered(Boolean fallbackOffered) {
    this.fallbackOffered = fallbackOffered;
    return this;
  }

  public String getFallbackTarget() {
    return fallbackTarget;
  }

  public OldTrajectoryFact fallbackTarget(String fallbackTarget) {
    this.fallbackTarget = fallbackTarget;
    return this;
  }

  public Boolean getGradeListIssued() {
    return gradeListIssued;
  }

  public OldTrajectoryFact gradeListIssued(Boolean gradeListIssued) {
    this.gradeListIssued = gradeListIssued;
    return this;
  }

  public java.util.List<String> getDiplomaKinds() {
    return diplomaKinds;
  }

  public OldTrajectoryFact diplomaKinds(java.util.List<String> diplomaKinds) {
    this.diplomaKinds = diplomaKinds;
    return this;
  }

  /** A vmbo diploma is recorded, or the whole vmbo exam recorded as passed: the student passed the vmbo exam. */
  public boolean isVmboPassShown() {
    return vmboPassShown;
  }

  public OldTrajectoryFact vmboPassShown(boolean vmboPassShown) {
    this.vmboPassShown = vmboPassShown;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "OldTrajectoryFact[" + path + "]";
  }
}
