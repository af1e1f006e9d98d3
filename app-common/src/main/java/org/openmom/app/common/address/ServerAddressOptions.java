package org.openmom.app.common.address;

import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerLocator;
import picocli.CommandLine.Option;

/**
 * The server-address form's fields on a command line, for the programs that take them (the
 * Explorer, the Chat demo): {@code @Mixin ServerAddressOptions where;} in their picocli command.
 */
public final class ServerAddressOptions {
    @Option(names = "--server", paramLabel = "SERVER",
            description = "the server's name (* for any), or its address as the command line gives it: host:port or local:NAME.ROLE")
    private String server;

    @Option(names = "--role", paramLabel = "N", description = "the server's role (0 for any)")
    private Integer role;

    @Option(names = "--host", paramLabel = "HOST", description = "the server's host (* uses the Servers List)")
    private String host;

    @Option(names = "--protocol", paramLabel = "PROTOCOL", description = "ncacn_ip_tcp, ncalrpc or * (all)")
    private String protocol;

    @Option(names = "--endpoint", paramLabel = "E", description = "a TCP port or a local name (* finds it automatically)")
    private String endpoint;

    /** Whether any of the fields was given. */
    public boolean anyGiven() {
        return server != null || role != null || host != null || protocol != null || endpoint != null;
    }

    /**
     * The fields as the form reads them: {@code *} for those not given (any server, the Servers
     * List, every protocol, the endpoint found automatically), role 0 as any.
     *
     * @throws IllegalArgumentException one line saying which option is wrong and what to give
     */
    public ServerLocator locator() {
        if (role != null && role < 0) {
            throw new IllegalArgumentException("--role " + role + " is not a role — give 1 or more, or 0 for any");
        }
        ProtocolSequence sequence = protocol == null ? ProtocolSequence.ALL : ProtocolSequence.fromFileName(protocol)
                .orElseThrow(() -> new IllegalArgumentException("--protocol '" + protocol + "' is unknown — give ncacn_ip_tcp, ncalrpc or *"));
        if (!sequence.isAvailable()) {
            throw new IllegalArgumentException("--protocol '" + protocol + "' is not one this platform speaks — give ncacn_ip_tcp, ncalrpc or *");
        }
        String anyRole = role == null || role == 0 ? ServerLocator.ANY : role.toString();
        if (server != null && server.indexOf(':') >= 0) {
            return addressed(anyRole);
        }
        return new ServerLocator(orAny(host), sequence.fileName(), orAny(endpoint), orAny(server), anyRole);
    }

    /** {@code --server} with an address means the server listening there, whatever its name, as in the CLI. */
    private ServerLocator addressed(String anyRole) {
        if (host != null || protocol != null || endpoint != null) {
            throw new IllegalArgumentException("--server " + server + " is an address: give --host, --protocol and --endpoint "
                    + "only with a server name");
        }
        ServerAddress address = ServerAddress.parse(server);
        return new ServerLocator(address.host(), address.protocol().fileName(), address.endpoint(), ServerLocator.ANY, anyRole);
    }

    private static String orAny(String value) {
        return value == null || value.isBlank() ? ServerLocator.ANY : value.strip();
    }
}
