/**
 * The rule set the service answers with, and its replacement at run time: a new rule set is compiled
 * and must pass every fixture before it is swapped in; checks in flight keep the one they started with.
 * Plain Java, no Spring.
 */
package nl.routetoets.live;
