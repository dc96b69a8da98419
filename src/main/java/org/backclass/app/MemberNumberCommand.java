package org.backclass.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.backclass.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/**
 * A command that changes one member, named by member number, in an existing kiosk database
 * ({@code staff grant}, {@code consent withdraw}…). Subclasses say what to change and in which
 * words to confirm it.
 */
abstract class MemberNumberCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MEMBER_NUMBER", description = "The member's number, e.g. M1001.")
    private String memberNumber;

    @CommandLine.Mixin
    private KioskDatabase database;

    /** Applies the change; the confirmation to print, or empty when no member has this number. */
    abstract Optional<String> change(Database db, String number);

    @Override
    public final Integer call() {
        String number = memberNumber.strip();
        if (number.isEmpty() || number.length() > 40) {
            throw new CommandLine.ParameterException(spec.commandLine(), "MEMBER_NUMBER must be 1-40 characters");
        }
        Optional<Database> opened = database.open(spec.commandLine());
        if (opened.isEmpty()) {
            return Main.EXIT_FAILED;
        }
        try (Database db = opened.get()) {
            Optional<String> done = change(db, number);
            if (done.isEmpty()) {
                spec.commandLine().getErr().println("backclass: no member with number " + number);
                return Main.EXIT_FAILED;
            }
            spec.commandLine().getOut().println(done.get());
        }
        return 0;
    }
}
