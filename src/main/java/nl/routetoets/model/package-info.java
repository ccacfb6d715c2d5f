/**
 * The domain model: the documents of the public formats (applications, trajectories, bundles) and
 * the results the checker returns. The core of the project: it depends on nothing else here.
 */
package nl.routetoets.model;
