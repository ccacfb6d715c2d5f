package nl.routetoets.report;

/**
 * Hears how far a report run is. Called from the run's writing thread; keep it quick. The CLI's
 * progress bar is one listener, the service's job status another.
 */
public interface ProgressListener {
  ProgressListener NONE = (records, bytesRead, totalBytes) -> {};

  /**
   * @param records records checked and written so far
   * @param bytesRead input bytes read so far (of the current and earlier inputs)
   * @param totalBytes the size of all inputs, to estimate what is left
   */
  void progress(long records, long bytesRead, long totalBytes);
}
