package nl.routetoets.facts;

import java.time.LocalDate;
import java.util.List;
import nl.routetoets.ruleset.LawDated;

/**
 * An exam (part) judged under the structural law ({@code exams[i]}): every exam of a route under the law,
 * and those of an experiment route from 1 August 2022 (I-75). It stands instead of the {@link ExamFact}
 * the experiment's rules read.
 *
 * @param regime always {@code LAW_2020}
 * @param routeLeerjaar derived: the route leerjaar of the year that holds its date (I-82, I-85); null when no year of the route holds it
 * @param yearPath the path of that year ({@code years[i]}); null when none
 * @param centralExamTiming derived for a VMBO_CE sitting: EARLY, IN_TIME or LATE (I-85)
 * @param resultsLapsed derived for a VMBO_CE sitting in a recorded year: its results lapsed because the pupil was not
 *     promoted (I-85); null when promotion is unknown; false for every other exam
 * @param continuedAfterFailing derived for a failed VMBO_FULL: the student went on in the route without the overstapoptie (I-85)
 * @param articleText derived: the WVO text in force on its date (N-LAW-27)
 */
public record LawExamFact(
    String path, int index, String regime, String part, Integer level, List<String> subjects, Integer sitting,
    LocalDate completedOn, Boolean passed, Boolean countedInFinalResult, Integer routeLeerjaar, String yearPath,
    String centralExamTiming, Boolean resultsLapsed, Boolean continuedAfterFailing, String articleText)
    implements Located, LawDated {}
