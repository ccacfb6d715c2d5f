package nl.routetoets.facts;

import java.math.BigDecimal;

/**
 * The vmbo exam results of a trajectory ({@code vmboResults}). A trajectory always has one: a record
 * without results has every grade unknown, which is what an absent object says.
 */
public record VmboResultsFact(
    String path, String documentId, Boolean passed, BigDecimal nederlands, BigDecimal engels, BigDecimal rekentoets,
    String kunstvak, String lichamelijkeOpvoeding, BigDecimal maatschappijleerSE, Boolean eb61Applies) implements Located {}
