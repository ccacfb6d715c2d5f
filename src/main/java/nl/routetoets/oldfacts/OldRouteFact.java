package nl.routetoets.oldfacts;

/** A route as the rules see it: from an application (path routes[i]) or from a trajectory (path route). Derived values (kind, regime, domain letter) are computed from the dated parameters when the fact is built. */
public final class OldRouteFact implements nl.routetoets.ruleset.RouteScoped {
  @Override
  public String routePath() {
    return path;
  }

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

  public OldRouteFact path(String path) {
    this.path = path;
    return this;
  }

  public String getDocumentId() {
    return documentId;
  }

  public OldRouteFact documentId(String documentId) {
    this.documentId = documentId;
    return this;
  }

  public String getRouteId() {
    return routeId;
  }

  public OldRouteFact routeId(String routeId) {
    this.routeId = routeId;
    return this;
  }

  public String getOrigin() {
    return origin;
  }

  public OldRouteFact origin(String origin) {
    this.origin = origin;
    return this;
  }

  public String getRegime() {
    return regime;
  }

  public OldRouteFact regime(String regime) {
    this.regime = regime;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public OldRouteFact kind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getRouteType() {
    return routeType;
  }

  public OldRouteFact routeType(String routeType) {
    this.routeType = routeType;
    return this;
  }

  public boolean isTechnologieroute() {
    return technologieroute;
  }

  public OldRouteFact technologieroute(boolean technologieroute) {
    this.technologieroute = technologieroute;
    return this;
  }

  public String getStartSchoolYear() {
    return startSchoolYear;
  }

  public OldRouteFact startSchoolYear(String startSchoolYear) {
    this.startSchoolYear = startSchoolYear;
    return this;
  }

  public java.time.LocalDate getStartDate() {
    return startDate;
  }

  public OldRouteFact startDate(java.time.LocalDate startDate) {
    this.startDate = startDate;
    return this;
  }

  public java.time.LocalDate getSubmittedDate() {
    return submittedDate;
  }

  public OldRouteFact submittedDate(java.time.LocalDate submittedDate) {
    this.submittedDate = submittedDate;
    return this;
  }

  public java.util.List<String> getLeerwegen() {
    return leerwegen;
  }

  public OldRouteFact leerwegen(java.util.List<String> leerwegen) {
    this.leerwegen = leerwegen;
    return this;
  }

  public String getSector() {
    return sector;
  }

  public OldRouteFact sector(String sector) {
    this.sector = sector;
    return this;
  }

  public String getProfiel() {
    return profiel;
  }

  public OldRouteFact profiel(String profiel) {
    this.profiel = profiel;
    return this;
  }

  public String getAfdeling() {
    return afdeling;
  }

  public OldRouteFact afdeling(String afdeling) {
    this.afdeling = afdeling;
    return this;
  }

  public Boolean getTechnicalSector() {
    return technicalSector;
  }

  public OldRouteFact technicalSector(Boolean technicalSector) {
    this.technicalSector = technicalSector;
    return this;
  }

  public Integer getLevel() {
    return level;
  }

  public OldRouteFact level(Integer level) {
    this.level = level;
    return this;
  }

  public String getDomain() {
    return domain;
  }

  public OldRouteFact domain(String domain) {
    this.domain = domain;
    return this;
  }

  public String getDomainLetter() {
    return domainLetter;
  }

  public OldRouteFact domainLetter(String domainLetter) {
    this.domainLetter = domainLetter;
    return this;
  }

  public java.util.List<String> getQualifications() {
    return qualifications;
  }

  public OldRouteFact qualifications(java.util.List<String> qualifications) {
    this.qualifications = qualifications;
    return this;
  }

  public String getPathway() {
    return pathway;
  }

  public OldRouteFact pathway(String pathway) {
    this.pathway = pathway;
    return this;
  }

  public Boolean getExtended() {
    return extended;
  }

  public OldRouteFact extended(Boolean extended) {
    this.extended = extended;
    return this;
  }

  public Integer getYears() {
    return years;
  }

  public OldRouteFact years(Integer years) {
    this.years = years;
    return this;
  }

  public java.time.LocalDate getDesignEnd() {
    return designEnd;
  }

  public OldRouteFact designEnd(java.time.LocalDate designEnd) {
    this.designEnd = designEnd;
    return this;
  }

  public Integer getHoursTotal() {
    return hoursTotal;
  }

  public OldRouteFact hoursTotal(Integer hoursTotal) {
    this.hoursTotal = hoursTotal;
    return this;
  }

  public Integer getHoursGuided() {
    return hoursGuided;
  }

  public OldRouteFact hoursGuided(Integer hoursGuided) {
    this.hoursGuided = hoursGuided;
    return this;
  }

  public Integer getHoursWorkplacement() {
    return hoursWorkplacement;
  }

  public OldRouteFact hoursWorkplacement(Integer hoursWorkplacement) {
    this.hoursWorkplacement = hoursWorkplacement;
    return this;
  }

  public Boolean getSectorSubjectsExcluded() {
    return sectorSubjectsExcluded;
  }

  public OldRouteFact sectorSubjectsExcluded(Boolean sectorSubjectsExcluded) {
    this.sectorSubjectsExcluded = sectorSubjectsExcluded;
    return this;
  }

  public String getExamScope() {
    return examScope;
  }

  public OldRouteFact examScope(String examScope) {
    this.examScope = examScope;
    return this;
  }

  public Integer getExamLatestRouteYear() {
    return examLatestRouteYear;
  }

  public OldRouteFact examLatestRouteYear(Integer examLatestRouteYear) {
    this.examLatestRouteYear = examLatestRouteYear;
    return this;
  }

  public java.util.List<String> getExtraSubjects() {
    return extraSubjects;
  }

  public OldRouteFact extraSubjects(java.util.List<String> extraSubjects) {
    this.extraSubjects = extraSubjects;
    return this;
  }

  public Boolean getOfferedSchool() {
    return offeredSchool;
  }

  public OldRouteFact offeredSchool(Boolean offeredSchool) {
    this.offeredSchool = offeredSchool;
    return this;
  }

  public Boolean getOfferedInstitution() {
    return offeredInstitution;
  }

  public OldRouteFact offeredInstitution(Boolean offeredInstitution) {
    this.offeredInstitution = offeredInstitution;
    return this;
  }

  public Boolean getMboQualityInsufficient() {
    return mboQualityInsufficient;
  }

  public OldRouteFact mboQualityInsufficient(Boolean mboQualityInsufficient) {
    this.mboQualityInsufficient = mboQualityInsufficient;
    return this;
  }

  public Boolean getLeerwegResultsDeficient() {
    return leerwegResultsDeficient;
  }

  public OldRouteFact leerwegResultsDeficient(Boolean leerwegResultsDeficient) {
    this.leerwegResultsDeficient = leerwegResultsDeficient;
    return this;
  }

  public Boolean getInBolBblExperiment() {
    return inBolBblExperiment;
  }

  public OldRouteFact inBolBblExperiment(Boolean inBolBblExperiment) {
    this.inBolBblExperiment = inBolBblExperiment;
    return this;
  }

  public Boolean getOerProgrammeWithHours() {
    return oerProgrammeWithHours;
  }

  public OldRouteFact oerProgrammeWithHours(Boolean oerProgrammeWithHours) {
    this.oerProgrammeWithHours = oerProgrammeWithHours;
    return this;
  }

  public Boolean getOerFallbackExecution() {
    return oerFallbackExecution;
  }

  public OldRouteFact oerFallbackExecution(Boolean oerFallbackExecution) {
    this.oerFallbackExecution = oerFallbackExecution;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "OldRouteFact[" + path + "]";
  }
}
