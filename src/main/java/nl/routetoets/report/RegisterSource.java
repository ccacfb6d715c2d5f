package nl.routetoets.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.DocumentIds;
import nl.routetoets.register.RegisterException;
import nl.routetoets.register.RegisterReader;
import nl.routetoets.register.RegisterRecord;

/** A BRON-style register as records: one per student, in student-id order. */
final class RegisterSource implements RecordSource {
  private final RegisterReader reader;

  private RegisterSource(RegisterReader reader) {
    this.reader = reader;
  }

  static RegisterSource open(Path file, int chunkRows, Path tempDir, BooleanSupplier cancelled) throws IOException, ReportException {
    try {
      return new RegisterSource(RegisterReader.open(file, chunkRows, tempDir, cancelled));
    } catch (RegisterException e) {
      throw new ReportException(e.getMessage(), e);
    }
  }

  @Override
  public RawRecord next() {
    RegisterRecord r = reader.next();
    if (r == null) {
      return null;
    }
    if (!r.errors().isEmpty()) {
      SourcedDocument error = new SourcedDocument(r.file(), r.line(), "trajectory", DocumentIds.orNull(r.studentId()), null, r.errors(),
          null);
      return RawRecord.read(r.file(), r.line(), List.of(error), r.school());
    }
    return RawRecord.text(r.file(), r.line(), r.json(), r.school());
  }

  /** The whole file is read (and sorted) before the first student comes out. */
  @Override
  public long bytesRead() {
    return reader.size();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
