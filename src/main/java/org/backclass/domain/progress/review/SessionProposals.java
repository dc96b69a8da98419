package org.backclass.domain.progress.review;

import java.util.List;
import java.util.Objects;

/**
 * A closed class session's proposals that nobody has decided yet.
 *
 * @param proposals by member in check-in order, then by exercise in the order done
 */
public record SessionProposals(ReviewableSession session, List<MemberProposal> proposals) {

    public SessionProposals {
        Objects.requireNonNull(session, "session");
        proposals = List.copyOf(proposals);
    }
}
