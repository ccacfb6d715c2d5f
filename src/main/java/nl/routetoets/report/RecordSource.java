package nl.routetoets.report;

import java.io.Closeable;
import java.io.IOException;

/** Records of one input, in the order they are to be reported. */
interface RecordSource extends Closeable {
  /** The next record, or null at the end. */
  RawRecord next() throws IOException;

  /** Input bytes consumed so far, for progress. */
  long bytesRead();
}
