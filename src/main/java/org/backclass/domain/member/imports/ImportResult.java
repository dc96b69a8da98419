package org.backclass.domain.member.imports;

/**
 * What an import changed: members created, members whose name or email changed, members the
 * file has exactly as stored, and cards enrolled (a card the member holds already is not counted).
 */
public record ImportResult(int created, int updated, int unchanged, int cardsEnrolled) {
}
