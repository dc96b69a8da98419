package org.backclass.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.backclass.domain.staff.PinHash;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code backclass pin hash}: reads an instructor PIN from standard input (never from the
 * command line, where shell history would keep it) and prints the line for kiosk.properties.
 */
@Command(name = "pin", mixinStandardHelpOptions = true, description = "Instructor PIN.",
        subcommands = PinCommand.Hash.class)
final class PinCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "hash", mixinStandardHelpOptions = true,
            description = "Read a 4-8 digit PIN from standard input; print the instructor.pin line for kiosk.properties.")
    static final class Hash implements java.util.concurrent.Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (System.console() != null) {
                spec.commandLine().getErr().print("Instructor PIN (4-8 digits): ");
                spec.commandLine().getErr().flush();
            }
            String pin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            PinHash hash;
            try {
                hash = PinHash.of(pin == null ? "" : pin.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getOut().println("instructor.pin = " + hash.format());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
