package org.backclass.domain.auth;

/** What a valid token grants and which token it was (its label names the caller in the audit log). */
public record TokenGrant(Role role, String label) {
}
