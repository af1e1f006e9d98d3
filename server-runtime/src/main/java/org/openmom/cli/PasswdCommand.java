package org.openmom.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.builtin.PasswordFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom passwd FILE SERVICE USER}: sets a password in the file of a PasswordFilter reflex. */
@Command(
        name = "passwd",
        mixinStandardHelpOptions = true,
        description = {
            "Set the password of (SERVICE, USER) in FILE, the password file of a PasswordFilter reflex",
            "(<filter name>.passwd beside the server configuration). Only a salted hash is stored.",
            "The password is read from the terminal without echo, or as the first line of the standard input.",
        })
final class PasswdCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the password file (created if missing)")
    private Path file;

    @Parameters(index = "1", paramLabel = "SERVICE", description = "the service name")
    private String service;

    @Parameters(index = "2", paramLabel = "USER", description = "the user name")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "the password (visible to other users of this machine: prefer the standard input)")
    private String password;

    @Override
    public Integer call() throws IOException {
        if (service.contains("*") || user.contains("*") || service.contains("+") || user.contains("+")) {
            throw new UserInputException("passwd " + service + " " + user
                    + ": a password is for one plain service and user name — no * and no +");
        }
        String secret = password != null ? password : readPassword();
        if (secret == null || secret.isEmpty()) {
            throw new UserInputException("passwd: no password given — type it, pipe it on the standard input, or use --password");
        }
        try {
            PasswordFile.setPassword(file, ServiceUser.of(service, user), secret);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot write the password file (" + e.getMessage()
                    + ") — check the folder exists and is writable");
        }
        spec.commandLine().getOut().println("password set for " + service + "/" + user + " in " + file);
        return ExitCode.OK;
    }

    private String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("password for %s/%s: ", service, user);
            return typed == null ? null : new String(typed);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
