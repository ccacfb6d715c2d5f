package nl.routetoets.facts;

import java.math.BigDecimal;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * The samenwerkingsovereenkomst or interne regeling of a route under the law ({@code agreement}, WVO
 * 10b11): its clauses a–j. There is one when the document gives an agreement or says {@code "NONE"}.
 *
 * @param none the document says there is no agreement
 * @param oneBoard derived from the provider: one board, so clauses h–j are not required (10b11(3))
 * @param nonFunded the provider is a designated non-funded school with a non-funded institution: no funding clause (58b, I-71)
 * @param providerForm the form of the provider ({@code provider.form}), as {@link ProviderFact#form()}, and {@code providerFormKnown}
 *     its {@link ProviderFact#formKnown()}: the kind of agreement a provider of that form needs
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record RouteAgreementFact(
    String path, String routePath, boolean none, String kind, Boolean profielAndRelated, Boolean management,
    Boolean managementReporting, Boolean organisation, Boolean fundingAgreed, BigDecimal fundingAmountEur, String fundingPurpose,
    Boolean overstapoptie, Boolean businessInvolvement, Boolean disputes, Boolean joiningAndEnding, Boolean participation,
    boolean oneBoard, boolean nonFunded, String providerForm, Boolean providerFormKnown, String articleText, String regime) implements Located, RouteScoped, LawDated {}
