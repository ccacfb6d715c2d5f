package nl.routetoets.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's trajectory ({@code formats.md} "trajectory"): its own fields and what is derived from
 * the whole record. Its route is a {@link RouteFact}; its years, exams, diplomas, vmbo results,
 * approval and exit are facts of their own.
 *
 * @param asOf the peildatum of the evaluation (I-24)
 * @param firstVmboLeerjaar the vmbo leerjaar of the first year in the route (I-20)
 * @param yearCount how many school years the record lists
 * @param asOfRouteYear derived: the route year the peildatum falls in (I-17)
 * @param diplomaKinds the kinds of the diplomas awarded, in record order
 * @param vmboPassShown derived: the record shows the vmbo exam passed, by a vmbo diploma or the whole exam passed (I-60)
 * @param startLeerwegInRoute derived: whether the start leerweg is among the leerwegen of the route (UR art. 4(2));
 *     null when either is not known
 */
public record TrajectoryFact(
    String path, String id, LocalDate asOf, LocalDate birthDate, String startLeerweg, Boolean informedBeforeEnrolment,
    Integer firstVmboLeerjaar, int yearCount, Integer asOfRouteYear, List<String> diplomaKinds, boolean vmboPassShown,
    Boolean startLeerwegInRoute) implements Located {}
