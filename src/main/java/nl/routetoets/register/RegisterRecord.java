package nl.routetoets.register;

import java.util.List;
import nl.routetoets.model.InputError;

/**
 * One student's rows as a trajectory document, or the errors that kept them from becoming one.
 *
 * @param line the line of the student's first row
 * @param json the trajectory as JSON (formats.md §2); null when {@code errors} is not empty
 * @param school the BRIN of the student's first vo row, the school of the route
 */
public record RegisterRecord(String file, int line, String studentId, String json, String school, List<InputError> errors) {}
