/** Checking student trajectories: from a student's years, exams and diplomas to facts and a verdict. */
package nl.routetoets.trajectory;
