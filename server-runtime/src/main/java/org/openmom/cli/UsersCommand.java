package org.openmom.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.model.ServiceUser;
import org.openmom.wire.UserInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom users}: the registered services of a server. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = {"List registered services, one per line:",
            "SERVICE/USER<TAB>instances<TAB>enabled|disabled<TAB>undelivered<TAB>SERVER<TAB>out of rotation<TAB>locked",
            "(out of rotation: instances anycast skips as bad, their CALLs timed out or acknowledgements stalled;",
            "locked: instances a client holds with a lock)"})
final class UsersCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATTERN", description = "SERVICE[/USER] with * wildcards (default: *)")
    private String pattern = "*";

    @Option(names = "--as", paramLabel = "SERVICE/USER", description = "whose Servers List entry to use (default: openmom-users/$USER)")
    private String as;

    @CommandLine.Mixin
    private ServerChoice server;

    @Override
    public Integer call() throws InterruptedException {
        ClientOptions options = ClientOptions.of(ServerChoice.identity(as, "openmom-users")).withoutRegistration();
        try (OpenMomClient client = server.connect(options)) {
            List<UserInfo> users = client.users(ServiceUser.parse(pattern)).get();
            PrintWriter out = spec.commandLine().getOut();
            for (UserInfo user : users) {
                out.println(user.service() + "/" + user.user() + "\t" + user.instances() + "\t"
                        + (user.enabled() ? "enabled" : "disabled") + "\t" + user.undelivered() + "\t" + user.server() + "\t"
                        + user.outOfRotation() + "\t" + user.locked());
            }
            return ExitCode.OK;
        } catch (ExecutionException e) {
            throw new UserInputException(e.getCause().getMessage());
        }
    }
}
