#!/usr/bin/env bash
# How long a rule that never finishes holds a check before it is stopped (a measurement, not a test).
# A copy of the rules gets three traps, each for one trajectory id: a rule that spins in its action, one
# that spins in an eval, and one that keeps activating itself. bench/TimeLimitProbe.java checks each
# trap trajectory on one warm thread and prints the time by the clock and the CPU time until the check
# was stopped, and that the next document on the same thread is checked as usual.
#
#   mvn -B -ntp compile && bench/time-limit.sh      # from the repository root
#
# Environment: TIME_LIMIT_MS (2000, the default of --time-limit), RUNS (3).
set -euo pipefail
TIME_LIMIT_MS=${TIME_LIMIT_MS:-2000}
RUNS=${RUNS:-3}
[ -d target/classes ] || { echo "build first: mvn -B -ntp compile" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r rules "$WORK/rules"
cat > "$WORK/rules/EXP_ALL/valkuil.drl" <<'EOF'
package EXP_ALL;
import nl.routetoets.facts.TrajectoryFact;
declare Teller
  n : int
end
rule "Valkuil: lus in de actie"
  @norm("N-DUR-1") @regime("EXP_2015") @severity("REVIEW") @regulation("BEDL") @article("6") @textVersion("D2015")
  @nl("Valkuil.") @en("Trap.")
when
  TrajectoryFact(id == "VALKUIL-ACTIE")
then
  while (System.nanoTime() != 0) { }
end
function boolean draaitRond() {
  while (System.nanoTime() != 0) { }
  return true;
}
rule "Valkuil: lus in een voorwaarde"
  @norm("N-DUR-1") @regime("EXP_2015") @severity("REVIEW") @regulation("BEDL") @article("6") @textVersion("D2015")
  @nl("Valkuil.") @en("Trap.")
when
  TrajectoryFact(id == "VALKUIL-VOORWAARDE")
  eval(draaitRond())
then
end
rule "Valkuil: lus door activering"
  @norm("N-DUR-1") @regime("EXP_2015") @severity("REVIEW") @regulation("BEDL") @article("6") @textVersion("D2015")
  @nl("Valkuil.") @en("Trap.")
when
  TrajectoryFact(id == "VALKUIL-ACTIVERING")
  $t : Teller()
then
  insert(new Teller($t.getN() + 1));
end
rule "Valkuil: begin van de lus"
  @norm("N-DUR-1") @regime("EXP_2015") @severity("REVIEW") @regulation("BEDL") @article("6") @textVersion("D2015")
  @nl("Valkuil.") @en("Trap.")
when
  TrajectoryFact(id == "VALKUIL-ACTIVERING")
  not Teller()
then
  insert(new Teller(0));
end
EOF
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" > /dev/null 2>&1
java -cp "target/classes:$(cat "$WORK/cp.txt")" bench/TimeLimitProbe.java "$WORK/rules" "$TIME_LIMIT_MS" "$RUNS" \
  VALKUIL-ACTIE VALKUIL-VOORWAARDE VALKUIL-ACTIVERING 2> "$WORK/log" || { cat "$WORK/log" >&2; exit 1; }
