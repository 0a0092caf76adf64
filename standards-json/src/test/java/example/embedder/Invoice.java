package example.embedder;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An application's own class, outside the library's packages, to show that the library's module
 * leaves its output alone.
 *
 * @param note an optional note
 * @param comment a comment, possibly null
 * @param amount an amount
 */
public record Invoice(Optional<String> note, String comment, BigDecimal amount) {}
