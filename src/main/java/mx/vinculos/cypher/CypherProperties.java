package mx.vinculos.cypher;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param rowCap most rows one answer carries; more sets {@code truncated}
 * @param timeout how long one query may run
 * @param maxQuery longest query text accepted
 * @param maxBooleanTerms most AND/OR/XOR/NOT in one query: planning time grows much faster
 * than their count and is not stopped by the timeout
 * @param maxClauses most clauses (MATCH, WITH, CALL...) in one query, for the same reason
 * @param maxOperators most arithmetic and equality operators in one query, for the same reason
 * @param maxNesting deepest nesting of parentheses, brackets and braces, for the same reason
 * @param maxAnswer largest answer (its JSON values, roughly); more sets {@code truncated}
 * @param workers how many queries run at once in all
 * @param perUser how many queries one user (or, without accounts, one client address) may
 * have running or waiting at once
 * @param queueWait how long a query may wait for a worker; then 503 with Retry-After
 */
@ConfigurationProperties("vinculos.cypher")
public record CypherProperties(@DefaultValue("10000") int rowCap, @DefaultValue("10s") Duration timeout,
		@DefaultValue("64KB") DataSize maxQuery, @DefaultValue("100") int maxBooleanTerms,
		@DefaultValue("60") int maxClauses, @DefaultValue("16MB") DataSize maxAnswer, @DefaultValue("8") int workers,
		@DefaultValue("4") int perUser, @DefaultValue("3s") Duration queueWait, @DefaultValue("300") int maxOperators,
		@DefaultValue("60") int maxNesting) {
}
