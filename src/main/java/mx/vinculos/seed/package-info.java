/**
 * The curated seeds: the entity registry, one YAML file per report and the judgements of
 * likely duplicate entities (format in {@code seeds/README.md}). They are read and fully
 * validated before anything is written, including the truth-pass lints of {@link
 * mx.vinculos.seed.SeedLint}, then loaded one transaction per report, only when their
 * content changed.
 */
package mx.vinculos.seed;
