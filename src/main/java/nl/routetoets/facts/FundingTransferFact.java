package nl.routetoets.facts;

import java.math.BigDecimal;

/** The agreed transfer of funding in the agreement ({@code agreement.fundingTransfer}). */
public record FundingTransferFact(String path, String documentId, Boolean agreed, BigDecimal amountEur, String purpose)
    implements Located {}
