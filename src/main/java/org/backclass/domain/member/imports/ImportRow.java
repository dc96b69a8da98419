package org.backclass.domain.member.imports;

import java.util.Optional;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.MemberName;

/**
 * One member as a file gives them, checked on its own.
 *
 * @param line         the line it is on, for errors found only against the stored members
 * @param memberNumber matches the member on a later import; required
 * @param email        null when the file leaves it empty (a stored email is then kept)
 * @param card         the card to enrol for them, if the file names one
 * @param cardField    the header's name of the card column, for errors
 */
public record ImportRow(int line, MemberName name, String memberNumber, String email, Optional<CardKey> card,
        String cardField) {
}
