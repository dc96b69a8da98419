/** Export and erasure of a member's data, and the audit log of admin actions. */
package org.backclass.domain.privacy;
