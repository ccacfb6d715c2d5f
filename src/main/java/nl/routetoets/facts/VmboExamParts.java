package nl.routetoets.facts;

import java.util.Collection;

/** What a set of completed vmbo exam parts ({@code exams[].part}) amounts to. */
public final class VmboExamParts {
  private VmboExamParts() {}

  /**
   * Whether the parts make the whole vmbo exam (EB art. 22 to 25): the full exam, or its common part
   * and its sector part each.
   */
  public static boolean whole(Collection<?> parts) {
    return parts.contains("VMBO_FULL") || (parts.contains("VMBO_COMMON_PART") && parts.contains("VMBO_SECTOR_PART"));
  }
}
