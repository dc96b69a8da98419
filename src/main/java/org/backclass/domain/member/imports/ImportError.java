package org.backclass.domain.member.imports;

/**
 * Why one row of an import cannot be taken.
 *
 * @param line    the physical line in the file, the header being line 1
 * @param field   the column at fault, as the file's header names it; null for the whole row
 * @param message what is wrong, in words for the front desk
 */
public record ImportError(int line, String field, String message) {
}
