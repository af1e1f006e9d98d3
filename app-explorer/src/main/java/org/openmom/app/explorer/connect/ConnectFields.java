package org.openmom.app.explorer.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.model.ProtocolSequence;

/**
 * The connect dialog's fields as typed, checked and turned into a request. No controls here,
 * so the rules are tested without a window.
 *
 * @param server   Server: a name, {@code *} wildcards allowed, blank = every name
 * @param role     Role: a number, {@code 0} or blank = every role
 * @param host     Host: a name or address, {@code *} = the Servers List entries for ADMIN
 * @param protocol Protocol Sequence: {@link ProtocolSequence#ALL} = try the possible ones
 * @param endpoint End Point: a TCP port or local name, blank = found automatically
 * @param secret   the admin secret (TCP only), blank = none
 */
public record ConnectFields(String server, String role, String host, ProtocolSequence protocol, String endpoint, String secret) {
    public enum Field { SERVER, ROLE, HOST, PROTOCOL, END_POINT }

    public static ConnectFields of(ConnectRequest request) {
        DiscoveryCriteria c = request.criteria();
        return new ConnectFields(c.serverName(), Integer.toString(c.role()), c.host(), c.protocol(),
                c.hasAutomaticEndpoint() ? "" : c.endpoint(), request.secret() == null ? "" : request.secret());
    }

    /** What is wrong with each field, with the fix; empty when the fields can be used. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        String roleText = role.strip();
        if (!roleText.isEmpty()) {
            try {
                if (Integer.parseInt(roleText) < 0) {
                    problems.put(Field.ROLE, "a role is 1 or more — write 0 or leave it blank for every role");
                }
            } catch (NumberFormatException e) {
                problems.put(Field.ROLE, "'" + roleText + "' is not a number — write the role (1 or more), or 0 for every role");
            }
        }
        if (server.strip().contains(" ")) {
            problems.put(Field.SERVER, "a server name has no spaces — write + for a space, or * for every server");
        }
        if (host.strip().contains(" ")) {
            problems.put(Field.HOST, "a host name has no spaces — write a name or address, or * for the Servers List");
        }
        if (protocol == null) {
            problems.put(Field.PROTOCOL, "choose a protocol sequence, or All available protocols");
        } else if (!protocol.isAvailable()) {
            problems.put(Field.PROTOCOL, protocol.displayName() + " is not served on this platform — choose TCP/IP or Local");
        }
        String end = endpoint.strip();
        if (protocol == ProtocolSequence.TCP && !end.isEmpty() && !end.equals("*")) {
            try {
                int port = Integer.parseInt(end);
                if (port < 1 || port > 65535) {
                    problems.put(Field.END_POINT, "a TCP port is 1–65535 — or leave it blank to find the server automatically");
                }
            } catch (NumberFormatException e) {
                problems.put(Field.END_POINT, "a TCP End Point is a port number — or leave it blank to find the server automatically");
            }
        }
        return problems;
    }

    /** The request; call only when {@link #problems()} is empty. */
    public ConnectRequest toRequest() {
        String roleText = role.strip();
        int wantedRole = roleText.isEmpty() ? 0 : Integer.parseInt(roleText);
        return new ConnectRequest(new DiscoveryCriteria(server.strip(), wantedRole, host.strip(), protocol, endpoint.strip()),
                secret.isBlank() ? null : secret.strip());
    }
}
