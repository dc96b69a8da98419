package org.backclass.domain.member;

/**
 * What enrolment needs to create a member. {@code memberNumber} and {@code email} may be null;
 * {@code staff} marks an instructor or front-desk member whose card unlocks instructor mode.
 */
public record NewMember(MemberName name, String memberNumber, String email, boolean staff) {

    /** A member who is not staff. */
    public NewMember(MemberName name, String memberNumber, String email) {
        this(name, memberNumber, email, false);
    }
}
