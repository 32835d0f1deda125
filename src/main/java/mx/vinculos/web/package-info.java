/**
 * What every endpoint shares: bad input answered as {@code application/problem+json} with a
 * sentence saying what was wrong, never a stack trace.
 */
package mx.vinculos.web;
