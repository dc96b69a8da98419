package org.backclass.app;

import java.time.Clock;
import java.util.Optional;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.store.Database;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcMemberStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code backclass consent give|withdraw MEMBER_NUMBER}: staff record a member's decision about
 * their health data (for example consent given on paper at enrolment, or withdrawn by phone).
 * Takes effect at the member's next tap.
 */
@Command(name = "consent", mixinStandardHelpOptions = true,
        description = "Record a member's consent to health data (pain scores, red-flag answers).",
        subcommands = {ConsentCommand.Give.class, ConsentCommand.Withdraw.class})
final class ConsentCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "give", mixinStandardHelpOptions = true, description = "The member consents.")
    static final class Give extends Decision {
        Give() {
            super(true);
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = "The member withdraws consent: nothing more is asked or kept.")
    static final class Withdraw extends Decision {
        Withdraw() {
            super(false);
        }
    }

    abstract static class Decision extends MemberNumberCommand {

        private final boolean given;

        Decision(boolean given) {
            this.given = given;
        }

        @Override
        Optional<String> change(Database db, String number) {
            Clock clock = Clock.systemUTC();
            Optional<Member> member = new JdbcMemberStore(db, clock).search(number, 20).stream()
                    .filter(m -> number.equals(m.memberNumber())).findFirst();
            member.ifPresent(m -> new JdbcConsentStore(db, clock).record(m.id(), given,
                    HealthConsent.RecordedBy.STAFF));
            return member.map(m -> m.name().shortName() + " (" + number + "): consent "
                    + (given ? "given" : "withdrawn") + ", from their next tap on.");
        }
    }
}
