package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VmboExamPartsTest {
  @Test
  void theFullExamIsTheWholeExam() {
    assertThat(VmboExamParts.whole(Set.of("VMBO_FULL"))).isTrue();
  }

  @Test
  void theCommonAndTheSectorPartTogetherAreTheWholeExam() {
    assertThat(VmboExamParts.whole(List.of("VMBO_SECTOR_PART", "VMBO_COMMON_PART"))).isTrue();
  }

  @Test
  void oneOfTheTwoPartsIsNot() {
    assertThat(VmboExamParts.whole(Set.of("VMBO_COMMON_PART"))).isFalse();
    assertThat(VmboExamParts.whole(Set.of("VMBO_SECTOR_PART"))).isFalse();
    assertThat(VmboExamParts.whole(Set.of())).isFalse();
  }

  @Test
  void anMboExamCountsForNothing() {
    assertThat(VmboExamParts.whole(Set.of("MBO", "VMBO_COMMON_PART"))).isFalse();
  }
}
