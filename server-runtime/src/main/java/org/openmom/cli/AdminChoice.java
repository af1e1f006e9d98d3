package org.openmom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.client.AdminClient;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import picocli.CommandLine.Option;

/**
 * Which server an administration command talks to and as whom: {@code --server} (an address or a server name), or
 * the Servers List entry for service ADMIN; {@code --admin-secret-file} for TCP.
 */
final class AdminChoice extends ServerAddressChoice {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    @Option(names = "--servers-list", paramLabel = "FILE",
            description = "Servers List to look service ADMIN up in (default: $OPENMOM_HOME/files/Servers.lst)")
    private Path serversList;

    @Option(names = "--admin-secret-file", paramLabel = "FILE",
            description = "file holding the server's admin secret, needed over TCP (the one given to openmom server)")
    private Path secretFile;

    @Option(names = "--user", paramLabel = "NAME", description = "user name of this administration service (default: $USER)")
    private String user = System.getProperty("user.name", "admin");

    @Option(names = "--read-only", description = "connect read-only: the server refuses every change on this connection")
    private boolean readOnly;

    /** Connects as (ADMIN, user) to the first server that answers. @throws UserInputException one line with the fix */
    AdminSession connect() {
        AdminOptions options = options();
        List<String> failures = new ArrayList<>();
        for (ServerAddress address : addresses(ServiceUser.of(AdminOptions.SERVICE, user), home())) {
            try {
                return await(AdminClient.connect(address, options));
            } catch (UserInputException e) {
                failures.add(e.getMessage());
            }
        }
        throw new UserInputException(failures.size() == 1 ? failures.get(0)
                : "no server answered: " + String.join("; ", failures));
    }

    /**
     * Connects to every server the choice names that answers (the Servers List's entries for
     * ADMIN, or the one {@code --server}); a server that does not answer is said on {@code err}.
     *
     * @throws UserInputException when none answers
     */
    List<AdminSession> connectAll(PrintWriter err) {
        AdminOptions options = options();
        List<AdminSession> sessions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ServerAddress address : addresses(ServiceUser.of(AdminOptions.SERVICE, user), home())) {
            try {
                sessions.add(await(AdminClient.connect(address, options)));
            } catch (UserInputException e) {
                failures.add(e.getMessage());
            }
        }
        if (sessions.isEmpty()) {
            throw new UserInputException(failures.size() == 1 ? failures.get(0) : "no server answered: " + String.join("; ", failures));
        }
        failures.forEach(err::println);
        return sessions;
    }

    private AdminOptions options() {
        AdminOptions options = AdminOptions.of(user).withHome(home()).withTimeouts(Duration.ofSeconds(5), ANSWER_TIMEOUT)
                .withReadOnly(readOnly);
        if (tlsTrust() != null) {
            options = options.withTlsTrust(tlsTrust());
        }
        if (secretFile != null) {
            options = options.withSecret(AdminSecretFile.read(secretFile));
        }
        return options;
    }

    @Override
    Path serversList() {
        return serversList;
    }

    @Override
    String missingListFix() {
        return "add an entry for ADMIN to the Servers List";
    }

    /** The answer of a request, or a one-line UserInputException naming the server and the fix. */
    static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(ANSWER_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AdminException) {
                throw new UserInputException(cause.getMessage());
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new UserInputException("the server did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserInputException("interrupted");
        }
    }
}
