package mx.vinculos.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import mx.vinculos.graph.GraphInitializer;
import mx.vinculos.ingest.IngestCommand;
import mx.vinculos.seed.SeedReader;
import mx.vinculos.seed.SeedValidationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Publishes a reviewed draft: the report file, its text, the new entities and the
 * judgements go into the seeds folder all together or not at all, after the whole folder
 * as it would be has passed the seed validator; then the seeds are loaded again, as at
 * start-up, so the report answers in the API and the pages.
 */
@Component
class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	/** Fields of a proposed entity that are about the proposal, not the entity. */
	private static final Set<String> PROPOSAL_FIELDS = Set.of("mentions", "sameAs", "confidence", "review", "judgement");

	private final CurationStore store;

	private final GraphInitializer graph;

	Publisher(CurationStore store, GraphInitializer graph) {
		this.store = store;
		this.graph = graph;
	}

	/** What publishing did. */
	record Published(String reportId, int events, int relationships, int newEntities, int judgements) {
	}

	/** Why a draft cannot be published yet; empty when it can. */
	List<CurationException.Reason> blockers(Draft d) {
		List<CurationException.Reason> reasons = new ArrayList<>();
		int items = d.pendingItems().size();
		if (items > 0) {
			reasons.add(new CurationException.Reason("cur.publish.pendingItems", items));
		}
		int entities = d.pendingCandidates().size();
		if (entities > 0) {
			reasons.add(new CurationException.Reason("cur.publish.pendingEntities", entities));
		}
		if (d.events().isEmpty()) {
			reasons.add(new CurationException.Reason("cur.publish.noEvents"));
		}
		Path seeds = this.store.seeds();
		if (Files.exists(seeds.resolve(d.id + ".yaml")) || Files.exists(seeds.resolve(d.id + ".txt"))) {
			reasons.add(new CurationException.Reason("cur.publish.exists", d.id));
		}
		return reasons;
	}

	synchronized Published publish(String id, String user) {
		Draft d = this.store.load(id);
		List<CurationException.Reason> reasons = blockers(d);
		if (!reasons.isEmpty()) {
			throw new CurationException(409, reasons);
		}
		Path seeds = this.store.seeds();
		Set<String> refs = d.references();
		String today = LocalDate.now().toString();
		List<Map<String, Object>> fresh = new ArrayList<>();
		List<Map<String, Object>> judgements = new ArrayList<>();
		Map<String, String> aliases = new LinkedHashMap<>();
		KnownEntities known = KnownEntities.of(seeds);
		for (Map<String, Object> c : d.candidates) {
			if (!(c.get("judgement") instanceof Map<?, ?> j)) {
				continue;
			}
			String cid = String.valueOf(c.get("id"));
			String name = String.valueOf(c.get("name"));
			if ("same".equals(j.get("judgement"))) {
				String target = String.valueOf(j.get("entity"));
				judgements.add(judgement(target, cid, "same", user, today,
						"Misma entidad: «" + name + "» en " + id + " es «" + nameOf(known, target) + "»."));
				if (known.named(name).isEmpty() && name.matches("[\\p{L}\\p{N} .,'’&-]+")) {
					aliases.put(target, name);
				}
			}
			else if (refs.contains(cid)) {
				Map<String, Object> entry = new LinkedHashMap<>(c);
				entry.keySet().removeAll(PROPOSAL_FIELDS);
				fresh.add(entry);
				// "new" says it is none of the existing entities the drafter suggested
				int against = 0;
				if (c.get("sameAs") instanceof List<?> same) {
					for (Object s : same) {
						if (s instanceof Map<?, ?> sm && sm.get("id") != null) {
							String other = String.valueOf(sm.get("id"));
							judgements.add(judgement(cid, other, "different", user, today, "Entidad nueva en " + id
									+ ": «" + name + "» no es «" + nameOf(known, other) + "»."));
							against++;
						}
					}
				}
				// with nothing to tell it from, the judgement is still recorded: who said it is new
				if (against == 0) {
					judgements.add(judgement(cid, null, "new", user, today, "Entidad nueva en " + id + ": «" + name
							+ "» no es ninguna del registro; el borrador no propuso parecidas."));
				}
			}
		}
		try {
			Map<String, String> files = new LinkedHashMap<>();
			files.put(id + ".txt", String.join("\n", d.text));
			String entities = Files.readString(seeds.resolve("entities.yaml"), StandardCharsets.UTF_8);
			for (Map.Entry<String, String> a : aliases.entrySet()) {
				entities = withAlias(entities, a.getKey(), a.getValue());
			}
			if (!fresh.isEmpty()) {
				entities = (entities.endsWith("\n") ? entities : entities + "\n") + "# Entidades nuevas de " + id
						+ " (curaduría, " + user + ", " + today + ")\n" + IngestCommand.yaml(fresh);
			}
			files.put("entities.yaml", entities);
			Path judgementsFile = seeds.resolve("judgements.yaml");
			if (!judgements.isEmpty()) {
				String old = Files.isRegularFile(judgementsFile) ? Files.readString(judgementsFile, StandardCharsets.UTF_8)
						: "";
				files.put("judgements.yaml", (old.isEmpty() || old.endsWith("\n") ? old : old + "\n")
						+ IngestCommand.yaml(judgements));
			}
			// the report file last: it is what makes the folder name a new report
			files.put(id + ".yaml", "# Publicado desde la curaduría por " + user + " el " + today
					+ ". Revisado elemento por elemento (review: accepted o corrected).\n" + IngestCommand.yaml(d.report));
			validate(seeds, files);
			commit(seeds, files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.store.archive(id);
		log.info("{} published {}: {} events, {} relationships, {} new entities", user, id, d.events().size(),
				d.relationships().size(), fresh.size());
		return new Published(id, d.events().size(), d.relationships().size(), fresh.size(), judgements.size());
	}

	private static String nameOf(KnownEntities known, String id) {
		KnownEntities.Entity e = known.get(id);
		return e == null ? id : e.name();
	}

	private static Map<String, Object> judgement(String left, String right, String judgement, String user, String date,
			String reason) {
		Map<String, Object> j = new LinkedHashMap<>();
		j.put("left", left);
		if (right != null) {
			j.put("right", right);
		}
		j.put("judgement", judgement);
		j.put("user", user + " (curaduría)");
		j.put("date", date);
		j.put("reason", reason);
		return j;
	}

	/** The seeds folder as it would be, through the seed validator, in a scratch copy. */
	private void validate(Path seeds, Map<String, String> files) throws IOException {
		Path scratch = Files.createTempDirectory("vinculos-publicar-");
		try {
			try (Stream<Path> s = Files.list(seeds)) {
				for (Path f : s.filter(Files::isRegularFile).toList()) {
					Files.copy(f, scratch.resolve(f.getFileName()));
				}
			}
			for (Map.Entry<String, String> f : files.entrySet()) {
				Files.writeString(scratch.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
			}
			SeedReader.read(scratch);
		}
		catch (SeedValidationException ex) {
			List<CurationException.Reason> reasons = new ArrayList<>();
			reasons.add(new CurationException.Reason("cur.publish.invalid", ex.problems().size()));
			// each problem as a whole, so the page words it in the reader's language
			ex.details().stream().limit(20).forEach(p -> reasons.add(new CurationException.Reason("cur.publish.problem", p)));
			throw new CurationException(422, reasons);
		}
		finally {
			FileSystemUtils.deleteRecursively(scratch);
		}
	}

	/**
	 * Writes every file beside its target, then moves each in place; if a move or the load
	 * fails, the folder gets back what it had and the graph is loaded from it again.
	 */
	private void commit(Path seeds, Map<String, String> files) throws IOException {
		Map<Path, byte[]> before = new LinkedHashMap<>();
		Map<Path, Path> staged = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, String> f : files.entrySet()) {
				Path target = seeds.resolve(f.getKey());
				before.put(target, Files.exists(target) ? Files.readAllBytes(target) : null);
				// a name the seed reader ignores (no informe-*.yaml, no .txt) while it waits
				Path tmp = seeds.resolve("." + f.getKey() + "." + UUID.randomUUID() + ".publicando");
				Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
				staged.put(tmp, target);
			}
			for (Map.Entry<Path, Path> s : staged.entrySet()) {
				Files.move(s.getKey(), s.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			this.graph.reloadSeeds();
		}
		catch (RuntimeException | IOException ex) {
			log.error("Publishing failed; restoring the seeds folder", ex);
			for (Path tmp : staged.keySet()) {
				Files.deleteIfExists(tmp);
			}
			for (Map.Entry<Path, byte[]> b : before.entrySet()) {
				if (b.getValue() == null) {
					Files.deleteIfExists(b.getKey());
				}
				else {
					Files.write(b.getKey(), b.getValue());
				}
			}
			try {
				this.graph.reloadSeeds();
			}
			catch (RuntimeException again) {
				log.error("Reloading the restored seeds failed too", again);
			}
			throw new CurationException(500, "cur.publish.failed");
		}
	}

	/** Adds a spelling to an entity's {@code aliases} in the registry's text, leaving the rest as it is. */
	static String withAlias(String registry, String id, String alias) {
		List<String> lines = new ArrayList<>(List.of(registry.split("\n", -1)));
		int start = lines.indexOf("- id: " + id);
		if (start < 0) {
			return registry;
		}
		int end = start + 1;
		while (end < lines.size() && !lines.get(end).startsWith("- ") && !lines.get(end).startsWith("#")) {
			end++;
		}
		String quoted = "\"" + alias.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		for (int i = start + 1; i < end; i++) {
			String l = lines.get(i);
			if (l.startsWith("  aliases:")) {
				String rest = l.substring("  aliases:".length()).strip();
				if (rest.startsWith("[") && rest.endsWith("]")) {
					String inner = rest.substring(1, rest.length() - 1).strip();
					lines.set(i, "  aliases: [" + (inner.isEmpty() ? "" : inner + ", ") + quoted + "]");
				}
				else {
					int j = i + 1;
					while (j < end && lines.get(j).matches("  ?- .*")) {
						j++;
					}
					lines.add(j, "  - " + quoted);
				}
				return String.join("\n", lines);
			}
		}
		int at = start + 1;
		while (at < end && !lines.get(at).startsWith("  name:")) {
			at++;
		}
		lines.add(Math.min(at + 1, end), "  aliases:\n  - " + quoted);
		return String.join("\n", lines);
	}

}
