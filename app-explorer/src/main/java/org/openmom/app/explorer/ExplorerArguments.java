package org.openmom.app.explorer;

import java.nio.file.Path;
import java.util.List;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;

/**
 * The Explorer's command line: {@code explorer [--home DIR] [--user NAME] [--admin-secret-file F]
 * [--server S] [--role R] [--host H] [--protocol P] [--endpoint E] [--live]}. Any of the connect
 * fields connects at start (the others keep the dialog's defaults); without them the Connect
 * dialog opens.
 */
final class ExplorerArguments {
    static final String USAGE = "explorer [--home DIR] [--user NAME] [--admin-secret-file FILE] [--server NAME] [--role N]"
            + " [--host HOST] [--protocol ncacn_ip_tcp|ncalrpc|*] [--endpoint E] [--live]";

    private ExplorerArguments() {}

    /** @throws IllegalArgumentException one line saying what is wrong and the usage */
    static ExplorerSettings parse(List<String> arguments) {
        OpenMomHome home = OpenMomHome.fromEnvironment();
        String user = System.getProperty("user.name", "explorer");
        Path secretFile = null;
        String server = "*";
        int role = 0;
        String host = "*";
        ProtocolSequence protocol = ProtocolSequence.ALL;
        String endpoint = "*";
        boolean connect = false;
        boolean live = false;
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (option.equals("--live")) {
                live = true;
                continue;
            }
            if (i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("'" + option + "' needs a value or is unknown — usage: " + USAGE);
            }
            String value = arguments.get(++i);
            switch (option) {
                case "--home":
                    home = new OpenMomHome(Path.of(value));
                    break;
                case "--user":
                    user = value;
                    break;
                case "--admin-secret-file":
                    secretFile = Path.of(value);
                    break;
                case "--server":
                    server = value;
                    connect = true;
                    break;
                case "--role":
                    try {
                        role = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--role '" + value + "' is not a number — give 1 or more, or 0 for any");
                    }
                    connect = true;
                    break;
                case "--host":
                    host = value;
                    connect = true;
                    break;
                case "--protocol":
                    protocol = ProtocolSequence.fromFileName(value).orElseThrow(() -> new IllegalArgumentException(
                            "--protocol '" + value + "' is unknown — give ncacn_ip_tcp, ncalrpc or *"));
                    connect = true;
                    break;
                case "--endpoint":
                    endpoint = value;
                    connect = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + option + "' — usage: " + USAGE);
            }
        }
        AdminOptions options = AdminOptions.of(user).withHome(home);
        if (secretFile != null) {
            options = options.withSecretFile(secretFile);
        }
        ConnectRequest initial = connect
                ? new ConnectRequest(new DiscoveryCriteria(server, role, host, protocol, endpoint), options.secret()) : null;
        return new ExplorerSettings(options, initial, live);
    }
}
