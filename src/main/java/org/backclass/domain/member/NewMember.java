package org.backclass.domain.member;

/** What enrolment needs to create a member. {@code memberNumber} and {@code email} may be null. */
public record NewMember(MemberName name, String memberNumber, String email) {
}
