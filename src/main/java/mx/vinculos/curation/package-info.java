/**
 * The curator's review of a drafted report (role CURADOR, pages under {@code /curaduria}):
 * upload a report, which the {@code ingest} drafter turns into a draft kept in a curation
 * folder; accept, correct or reject each item beside the report's text; judge each proposed
 * entity; publish into the seeds folder, which is then loaded like any curated report.
 */
package mx.vinculos.curation;
