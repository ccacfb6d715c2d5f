package nl.routetoets.oldfacts;

/** The application form as a whole. regime is the regime in force when it was submitted (or, when that is unknown, at the start of its start school year). */
public final class OldApplicationFact {
  private String path;
  private String id;
  private String regime;
  private String startRegime;
  private java.time.OffsetDateTime submittedAt;
  private java.time.LocalDate submittedDate;
  private String channel;
  private String startSchoolYear;
  private java.time.LocalDate decidedOn;
  private String form;
  private Boolean schoolSigned;
  private Boolean institutionSigned;
  private Boolean existingCooperation;
  private Boolean pilotProfielSchool;
  private boolean agreementKnown;
  private String agreementKind;
  private Boolean facilities;
  private Boolean governance;
  private Boolean fallback;
  private Boolean complaints;
  private Boolean sectorAndDomain;
  private Boolean employersInQualificationChoice;
  private Boolean employersInSetup;
  private Boolean fundingAgreed;
  private java.math.BigDecimal fundingAmountEur;
  private String fundingPurpose;
  private Boolean adviceSchool;
  private Boolean adviceStudents;
  private Boolean adviceWorks;
  private String adviceParents;
  private Boolean planVision;
  private Boolean planOrganisation;
  private Boolean planProgrammaticWhole;
  private Boolean executionFeasible;
  private Boolean businessInvolved;
  private Boolean readyToStart;
  private Boolean sufficientSupport;
  private Boolean risksManaged;
  private boolean assessed;
  private int routeCount;

  public String getPath() {
    return path;
  }

  public OldApplicationFact path(String path) {
    this.path = path;
    return this;
  }

  public String getId() {
    return id;
  }

  public OldApplicationFact id(String id) {
    this.id = id;
    return this;
  }

  public String getRegime() {
    return regime;
  }

  public OldApplicationFact regime(String regime) {
    this.regime = regime;
    return this;
  }

  public String getStartRegime() {
    return startRegime;
  }

  public OldApplicationFact startRegime(String startRegime) {
    this.startRegime = startRegime;
    return this;
  }

  public java.time.OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public OldApplicationFact submittedAt(java.time.OffsetDateTime submittedAt) {
    this.submittedAt = submittedAt;
    return this;
  }

  public java.time.LocalDate getSubmittedDate() {
    return submittedDate;
  }

  public OldApplicationFact submittedDate(java.time.LocalDate submittedDate) {
    this.submittedDate = submittedDate;
    return this;
  }

  public String getChannel() {
    return channel;
  }

  public OldApplicationFact channel(String channel) {
    this.channel = channel;
    return this;
  }

  public String getStartSchoolYear() {
    return startSchoolYear;
  }

  public OldApplicationFact startSchoolYear(String startSchoolYear) {
    this.startSchoolYear = startSchoolYear;
    return this;
  }

  public java.time.LocalDate getDecidedOn() {
    return decidedOn;
  }

  public OldApplicationFact decidedOn(java.time.LocalDate decidedOn) {
    this.decidedOn = decidedOn;
    return this;
  }

  public String getForm() {
    return form;
  }

  public OldApplicationFact form(String form) {
    this.form = form;
    return this;
  }

  public Boolean getSchoolSigned() {
    return schoolSigned;
  }

  public OldApplicationFact schoolSigned(Boolean schoolSigned) {
    this.schoolSigned = schoolSigned;
    return this;
  }

  public Boolean getInstitutionSigned() {
    return institutionSigned;
  }

  public OldApplicationFact institutionSigned(Boolean institutionSigned) {
    this.institutionSigned = institutionSigned;
    return this;
  }

  public Boolean getExistingCooperation() {
    return existingCooperation;
  }

  public OldApplicationFact existingCooperation(Boolean existingCooperation) {
    this.existingCooperation = existingCooperation;
    return this;
  }

  public Boolean getPilotProfielSchool() {
    return pilotProfielSchool;
  }

  public OldApplicationFact pilotProfielSchool(Boolean pilotProfielSchool) {
    this.pilotProfielSchool = pilotProfielSchool;
    return this;
  }

  public boolean isAgreementKnown() {
    return agreementKnown;
  }

  public OldApplicationFact agreementKnown(boolean agreementKnown) {
    this.agreementKnown = agreementKnown;
    return this;
  }

  public String getAgreementKind() {
    return agreementKind;
  }

  public OldApplicationFact agreementKind(String agreementKind) {
    this.agreementKind = agreementKind;
    return this;
  }

  public Boolean getFacilities() {
    return facilities;
  }

  public OldApplicationFact facilities(Boolean facilities) {
    this.facilities = facilities;
    return this;
  }

  public Boolean getGovernance() {
    return governance;
  }

  public OldApplicationFact governance(Boolean governance) {
    this.governance = governance;
    return this;
  }

  public Boolean getFallback() {
    return fallback;
  }

  public OldApplicationFact fallback(Boolean fallback) {
    this.fallback = fallback;
    return this;
  }

  public Boolean getComplaints() {
    return complaints;
  }

  public OldApplicationFact complaints(Boolean complaints) {
    this.complaints = complaints;
    return this;
  }

  public Boolean getSectorAndDomain() {
    return sectorAndDomain;
  }

  public OldApplicationFact sectorAndDomain(Boolean sectorAndDomain) {
    this.sectorAndDomain = sectorAndDomain;
    return this;
  }

  public Boolean getEmployersInQualificationChoice() {
    return employersInQualificationChoice;
  }

  public OldApplicationFact employersInQualificationChoice(Boolean employersInQualificationChoice) {
    this.employersInQualificationChoice = employersInQualificationChoice;
    return this;
  }

  public Boolean getEmployersInSetup() {
    return employersInSetup;
  }

  public OldApplicationFact employersInSetup(Boolean employersInSetup) {
    this.employersInSetup = employersInSetup;
    return this;
  }

  public Boolean getFundingAgreed() {
    return fundingAgreed;
  }

  public OldApplicationFact fundingAgreed(Boolean fundingAgreed) {
    this.fundingAgreed = fundingAgreed;
    return this;
  }

  public java.math.BigDecimal getFundingAmountEur() {
    return fundingAmountEur;
  }

  public OldApplicationFact fundingAmountEur(java.math.BigDecimal fundingAmountEur) {
    this.fundingAmountEur = fundingAmountEur;
    return this;
  }

  public String getFundingPurpose() {
    return fundingPurpose;
  }

  public OldApplicationFact fundingPurpose(String fundingPurpose) {
    this.fundingPurpose = fundingPurpose;
    return this;
  }

  public Boolean getAdviceSchool() {
    return adviceSchool;
  }

  public OldApplicationFact adviceSchool(Boolean adviceSchool) {
    this.adviceSchool = adviceSchool;
    return this;
  }

  public Boolean getAdviceStudents() {
    return adviceStudents;
  }

  public OldApplicationFact adviceStudents(Boolean adviceStudents) {
    this.adviceStudents = adviceStudents;
    return this;
  }

  public Boolean getAdviceWorks() {
    return adviceWorks;
  }

  public OldApplicationFact adviceWorks(Boolean adviceWorks) {
    this.adviceWorks = adviceWorks;
    return this;
  }

  public String getAdviceParents() {
    return adviceParents;
  }

  public OldApplicationFact adviceParents(String adviceParents) {
    this.adviceParents = adviceParents;
    return this;
  }

  public Boolean getPlanVision() {
    return planVision;
  }

  public OldApplicationFact planVision(Boolean planVision) {
    this.planVision = planVision;
    return this;
  }

  public Boolean getPlanOrganisation() {
    return planOrganisation;
  }

  public OldApplicationFact planOrganisation(Boolean planOrganisation) {
    this.planOrganisation = planOrganisation;
    return this;
  }

  public Boolean getPlanProgrammaticWhole() {
    return planProgrammaticWhole;
  }

  public OldApplicationFact planProgrammaticWhole(Boolean planProgrammaticWhole) {
    this.planProgrammaticWhole = planProgrammaticWhole;
    return this;
  }

  public Boolean getExecutionFeasible() {
    return executionFeasible;
  }

  public OldApplicationFact executionFeasible(Boolean executionFeasible) {
    this.executionFeasible = executionFeasible;
    return this;
  }

  public Boolean getBusinessInvolved() {
    return businessInvolved;
  }

  public OldApplicationFact businessInvolved(Boolean businessInvolved) {
    this.businessInvolved = businessInvolved;
    return this;
  }

  public Boolean getReadyToStart() {
    return readyToStart;
  }

  public OldApplicationFact readyToStart(Boolean readyToStart) {
    this.readyToStart = readyToStart;
    return this;
  }

  public Boolean getSufficientSupport() {
    return sufficientSupport;
  }

  public OldApplicationFact sufficientSupport(Boolean sufficientSupport) {
    this.sufficientSupport = sufficientSupport;
    return this;
  }

  public Boolean getRisksManaged() {
    return risksManaged;
  }

  public OldApplicationFact risksManaged(Boolean risksManaged) {
    this.risksManaged = risksManaged;
    return this;
  }

  public boolean isAssessed() {
    return assessed;
  }

  public OldApplicationFact assessed(boolean assessed) {
    this.assessed = assessed;
    return this;
  }

  public int getRouteCount() {
    return routeCount;
  }

  public OldApplicationFact routeCount(int routeCount) {
    this.routeCount = routeCount;
    return this;
  }

  /** The JSON path of a field of this fact, for a finding. */
  public String at(String field) {
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  @Override
  public String toString() {
    return "OldApplicationFact[" + path + "]";
  }
}
