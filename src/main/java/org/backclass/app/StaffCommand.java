package org.backclass.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.backclass.domain.member.Member;
import org.backclass.store.Database;
import org.backclass.store.JdbcMemberStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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

    abstract static class Change implements Callable<Integer> {

        private final boolean staff;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "MEMBER_NUMBER", description = "The member's number, e.g. M1001.")
        private String memberNumber;

        @CommandLine.Mixin
        private KioskDatabase database;

        Change(boolean staff) {
            this.staff = staff;
        }

        @Override
        public Integer call() {
            if (memberNumber.isBlank() || memberNumber.length() > 40) {
                throw new CommandLine.ParameterException(spec.commandLine(), "MEMBER_NUMBER must be 1-40 characters");
            }
            Optional<Database> opened = database.open(spec.commandLine());
            if (opened.isEmpty()) {
                return Main.EXIT_FAILED;
            }
            try (Database db = opened.get()) {
                Optional<Member> member = new JdbcMemberStore(db, Clock.systemUTC()).setStaff(memberNumber.strip(), staff);
                if (member.isEmpty()) {
                    spec.commandLine().getErr().println("backclass: no member with number " + memberNumber.strip());
                    return Main.EXIT_FAILED;
                }
                spec.commandLine().getOut().println(member.get().name().shortName() + " (" + memberNumber.strip()
                        + (staff ? ") is staff: their card opens instructor mode."
                                : ") is not staff: their card checks them in."));
            }
            return 0;
        }
    }
}
