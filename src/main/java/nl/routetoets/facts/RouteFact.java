package nl.routetoets.facts;

/** A route as the rules see it: from an application (path routes[i]) or from a trajectory (path route). Derived values (kind, regime, domain letter) are computed from the dated parameters when the fact is built. */
public final class RouteFact {
  private String path;
  private String documentId;
  private String routeId;
  private String origin;
  private String regime;
  private String kind;
  private String routeType;
  private boolean technologieroute;
  private String startSchoolYear;
  private java.time.LocalDate startDate;
  private java.time.LocalDate submittedDate;
  private java.util.List<String> leerwegen;
  private String sector;
  private String profiel;
  private String afdeling;
  private Boolean technicalSector;
  private Integer level;
  private String domain;
  private String domainLetter;
  private java.util.List<String> qualifications;
  private String pathway;
  private Boolean extended;
  private Integer years;
  private java.time.LocalDate designEnd;
  private Integer hoursTotal;
  private Integer hoursGuided;
  private Integer hoursWorkplacement;
  private Boolean sectorSubjectsExcluded;
  private String examScope;
  private Integer examLatestRouteYear;
  private java.util.List<String> extraSubjects;
  private Boolean offeredSchool;
  private Boolean offeredInstitution;
  private Boolean mboQualityInsufficient;
  private Boolean leerwegResultsDeficient;
  private Boolean inBolBblExperiment;
  private Boolean oerProgrammeWithHours;
  private Boolean oerFallbackExecution;

  public String getPath() {
    return path;
  }

  public RouteFact path(String path) {
    this.path = path;
    return this;
  }

  public String getDocumentId() {
    return documentId;
  }

  public RouteFact documentId(String documentId) {
    this.documentId = documentId;
    return this;
  }

  public String getRouteId() {
    return routeId;
  }

  public RouteFact routeId(String routeId) {
    this.routeId = routeId;
    return this;
  }

  public String getOrigin() {
    return origin;
  }

  public RouteFact origin(String origin) {
    this.origin = origin;
    return this;
  }

  public String getRegime() {
    return regime;
  }

  public RouteFact regime(String regime) {
    this.regime = regime;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public RouteFact kind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getRouteType() {
    return routeType;
  }

  public RouteFact routeType(String routeType) {
    this.routeType = routeType;
    return this;
  }

  public boolean isTechnologieroute() {
    return technologieroute;
  }

  public RouteFact technologieroute(boolean technologieroute) {
    this.technologieroute = technologieroute;
    return this;
  }

  public String getStartSchoolYear() {
    return startSchoolYear;
  }

  public RouteFact startSchoolYear(String startSchoolYear) {
    this.startSchoolYear = startSchoolYear;
    return this;
  }

  public java.time.LocalDate getStartDate() {
    return startDate;
  }

  public RouteFact startDate(java.time.LocalDate startDate) {
    this.startDate = startDate;
    return this;
  }

  public java.time.LocalDate getSubmittedDate() {
    return submittedDate;
  }

  public RouteFact submittedDate(java.time.LocalDate submittedDate) {
    this.submittedDate = submittedDate;
    return this;
  }

  public java.util.List<String> getLeerwegen() {
    return leerwegen;
  }

  public RouteFact leerwegen(java.util.List<String> leerwegen) {
    this.leerwegen = leerwegen;
    return this;
  }

  public String getSector() {
    return sector;
  }

  public RouteFact sector(String sector) {
    this.sector = sector;
    return this;
  }

  public String getProfiel() {
    return profiel;
  }

  public RouteFact profiel(String profiel) {
    this.profiel = profiel;
    return this;
  }

  public String getAfdeling() {
    return afdeling;
  }

  public RouteFact afdeling(String afdeling) {
    this.afdeling = afdeling;
    return this;
  }

  public Boolean getTechnicalSector() {
    return technicalSector;
  }

  public RouteFact technicalSector(Boolean technicalSector) {
    this.technicalSector = technicalSector;
    return this;
  }

  public Integer getLevel() {
    return level;
  }

  public RouteFact level(Integer level) {
    this.level = level;
    return this;
  }

  public String getDomain() {
    return domain;
  }

  public RouteFact domain(String domain) {
    this.domain = domain;
    return this;
  }

  public String getDomainLetter() {
    return domainLetter;
  }

  public RouteFact domainLetter(String domainLetter) {
    this.domainLetter = domainLetter;
    return this;
  }

  public java.util.List<String> getQualifications() {
    return qualifications;
  }

  public RouteFact qualifications(java.util.List<String> qualifications) {
    this.qualifications = qualifications;
    return this;
  }

  public String getPathway() {
    return pathway;
  }

  public RouteFact pathway(String pathway) {
    this.pathway = pathway;
    return this;
  }

  public Boolean getExtended() {
    return extended;
  }

  public RouteFact extended(Boolean extended) {
    this.extended = extended;
    return this;
  }

  public Integer getYears() {
    return years;
  }

  public RouteFact years(Integer years) {
    this.years = years;
    return this;
  }

  public java.time.LocalDate getDesignEnd() {
    return designEnd;
  }

  public RouteFact designEnd(java.time.LocalDate designEnd) {
    this.designEnd = designEnd;
    return this;
  }

  public Integer getHoursTotal() {
    return hoursTotal;
  }

  public RouteFact hoursTotal(Integer hoursTotal) {
    this.hoursTotal = hoursTotal;
    return this;
  }

  public Integer getHoursGuided() {
    return hoursGuided;
  }

  public RouteFact hoursGuided(Integer hoursGuided) {
    this.hoursGuided = hoursGuided;
    return this;
  }

  public Integer getHoursWorkplacement() {
    return hoursWorkplacement;
  }

  public RouteFact hoursWorkplacement(Integer hoursWorkplacement) {
    this.hoursWorkplacement = hoursWorkplacement;
    return this;
  }

  public Boolean getSectorSubjectsExcluded() {
    return sectorSubjectsExcluded;
  }

  public RouteFact sectorSubjectsExcluded(Boolean sectorSubjectsExcluded) {
    this.sectorSubjectsExcluded = sectorSubjectsExcluded;
    return this;
  }

  public String getExamScope() {
    return examScope;
  }

  public RouteFact examScope(String examScope) {
    this.examScope = examScope;
    return this;
  }

  public Integer getExamLatestRouteYear() {
    return examLatestRouteYear;
  }

  public RouteFact examLatestRouteYear(Integer examLatestRouteYear) {
    this.examLatestRouteYear = examLatestRouteYear;
    return this;
  }

  public java.util.List<String> getExtraSubjects() {
    return extraSubjects;
  }

  public RouteFact extraSubjects(java.util.List<String> extraSubjects) {
    this.extraSubjects = extraSubjects;
    return this;
  }

  public Boolean getOfferedSchool() {
    return offeredSchool;
  }

  public RouteFact offeredSchool(Boolean offeredSchool) {
    this.offeredSchool = offeredSchool;
    return this;
  }

  public Boolean getOfferedInstitution() {
    return offeredInstitution;
  }

  public RouteFact offeredInstitution(Boolean offeredInstitution) {
    this.offeredInstitution = offeredInstitution;
    return this;
  }

  public Boolean getMboQualityInsufficient() {
    return mboQualityInsufficient;
  }

  public RouteFact mboQualityInsufficient(Boolean mboQualityInsufficient) {
    this.mboQualityInsufficient = mboQualityInsufficient;
    return this;
  }

  public Boolean getLeerwegResultsDeficient() {
    return leerwegResultsDeficient;
  }

  public RouteFact leerwegResultsDeficient(Boolean leerwegResultsDeficient) {
    this.leerwegResultsDeficient = leerwegResultsDeficient;
    return this;
  }

  public Boolean getInBolBblExperiment() {
    return inBolBblExperiment;
  }

  public RouteFact inBolBblExperiment(Boolean inBolBblExperiment) {
    this.inBolBblExperiment = inBolBblExperiment;
    return this;
  }

  public Boolean getOerProgrammeWithHours() {
    return oerProgrammeWithHours;
  }

  public RouteFact oerProgrammeWithHours(Boolean oerProgrammeWithHours) {
    this.oerProgrammeWithHours = oerProgrammeWithHours;
    return this;
  }

  public Boolean getOerFallbackExecution() {
    return oerFallbackExecution;
  }

  public RouteFact oerFallbackExecution(Boolean oerFallbackExecution) {
    this.oerFallbackExecution = oerFallbackExecution;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "RouteFact[" + path + "]";
  }
}
