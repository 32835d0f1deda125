/**
 * Who may do what: accounts and roles from configuration (LECTOR, ANALISTA, CURADOR, ADMIN),
 * a Spanish sign-in page for people and HTTP Basic for the API, the loopback-only default
 * when no accounts exist, security headers, and the limits every request meets (body size,
 * address length) with their problem+json answers.
 */
package mx.vinculos.security;
