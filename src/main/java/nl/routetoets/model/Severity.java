package nl.routetoets.model;

/** How much a finding weighs. INFO never changes a verdict. */
public enum Severity { VIOLATION, REVIEW, INFO }
