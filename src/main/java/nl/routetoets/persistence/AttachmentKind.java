package nl.routetoets.persistence;

/**
 * What an attachment of an application is: the samenwerkingsovereenkomst of school and institution, the
 * projectplan (UR2015 art. 2), or another document. Stored by name in {@code attachment.kind}, so a name never changes.
 */
public enum AttachmentKind { SAMENWERKINGSOVEREENKOMST, PROJECTPLAN, OVERIG }
