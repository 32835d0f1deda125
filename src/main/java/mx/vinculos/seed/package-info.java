/**
 * The curated seeds: the entity registry and one YAML file per report (format in
 * {@code seeds/README.md}). They are read and fully validated before anything is written,
 * then loaded one transaction per report, only when their content changed.
 */
package mx.vinculos.seed;
