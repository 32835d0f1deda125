/**
 * What every endpoint and page shares: bad input answered as {@code application/problem+json}
 * (or, on the pages, a friendly page) with a sentence saying what was wrong, never a stack
 * trace; the message bundles and the labels, dates and drawings the pages are built from.
 * The page controllers sit in their features' packages beside the JSON controllers.
 */
package mx.vinculos.web;
