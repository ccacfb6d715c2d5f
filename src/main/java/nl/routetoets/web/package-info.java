/**
 * The web pages: a school's self-check and submission, the reviewer's queue and decisions, the norm
 * catalogue and the auditor's reports, server-rendered with Thymeleaf in Dutch and English. An edge
 * like the API: it calls the workflow ({@code dusiworkflow}) and never decides a verdict itself.
 */
package nl.routetoets.web;
