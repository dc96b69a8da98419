package org.backclass.app;

import java.time.Clock;
import java.util.Optional;
import org.backclass.store.Database;
import org.backclass.store.JdbcMemberStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code backclass staff grant|revoke MEMBER_NUMBER}: staff (instructors, front desk) are members
 * whose card opens instructor mode instead of checking them in.
 */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "Mark a member as staff (their card opens instructor mode) or not.",
        subcommands = {StaffCommand.Grant.class, StaffCommand.Revoke.class})
final class StaffCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Their card opens instructor mode.")
    static final class Grant extends Change {
        Grant() {
            super(true);
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Their card checks them in again.")
    static final class Revoke extends Change {
        Revoke() {
            super(false);
        }
    }

    abstract static class Change extends MemberNumberCommand {

        private final boolean staff;

        Change(boolean staff) {
            this.staff = staff;
        }

        @Override
        Optional<String> change(Database db, String number) {
            return new JdbcMemberStore(db, Clock.systemUTC()).setStaff(number, staff)
                    .map(m -> m.name().shortName() + " (" + number + (staff
                            ? ") is staff: their card opens instructor mode."
                            : ") is not staff: their card checks them in."));
        }
    }
}
