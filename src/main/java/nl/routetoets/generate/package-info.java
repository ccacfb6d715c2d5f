/**
 * Synthetic populations for reports, benchmarks and demos: realistic trajectories and applications
 * with the real codes of the reference data, a chosen share of each kind of violation, the same
 * bytes for the same seed, written as a stream.
 */
package nl.routetoets.generate;
