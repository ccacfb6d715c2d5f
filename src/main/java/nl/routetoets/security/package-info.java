/**
 * Who is calling: accounts with their role (SCHOOL with its BRIN numbers, REVIEWER, AUDITOR, ADMIN),
 * password hashing, the first admin, HTTP Basic and form login over the accounts, and optionally
 * OAuth2 bearer tokens whose claims name the role and BRINs.
 */
package nl.routetoets.security;
