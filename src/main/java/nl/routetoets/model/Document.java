package nl.routetoets.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;

/** A document of formats.md, told apart by its {@code "type"} field. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Application.class, name = "application"),
  @JsonSubTypes.Type(value = Trajectory.class, name = "trajectory"),
  @JsonSubTypes.Type(value = Bundle.class, name = "bundle"),
  @JsonSubTypes.Type(value = LawRoute.class, name = "route")
})
public sealed interface Document permits Application, Trajectory, Bundle, LawRoute {
  String id();

  /** The peildatum the document asks for; null when the caller decides. */
  LocalDate asOf();

  String typeName();
}
