package org.openmom.app.common.address;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ServerLocatorRules;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;
import org.openmom.fileformat.ServerLocatorRules.Purpose;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/**
 * The server-address form without its controls: Server, Role, Host, Protocol Sequence and End
 * Point as typed, read as a {@link ServerLocator} and checked as they change by server-runtime's
 * {@link ServerLocatorRules} — the rules {@code ./openmom check servers-list} applies — for the
 * form's {@link Purpose}: finding running servers (the Explorer's Connect) or declaring one (a
 * Servers List declaration).
 *
 * <p>Left blank, Server and Role mean any and End Point means found automatically; when
 * searching, Role 0 means any too (the guide's connect dialogs) and a blank Host uses the Servers
 * List. A declaration for the Local protocol has {@code *} as Host, set and locked here.
 */
public final class ServerAddressModel {
    private static final FieldPositions POSITIONS = new FieldPositions(0, 1, 2, 3, 4);
    private static final String ANY_ROLE_WHEN_SEARCHING = "0";

    private final Purpose purpose;
    private final FormField<String> server;
    private final FormField<String> role;
    private final FormField<String> host;
    private final FormField<ProtocolSequence> protocol;
    private final FormField<String> endpoint;
    private final ReadOnlyBooleanWrapper hostLocked = new ReadOnlyBooleanWrapper(this, "hostLocked", false);
    private final Form form;

    public ServerAddressModel(Purpose purpose, ServerLocator initial) {
        this.purpose = purpose;
        boolean search = purpose == Purpose.SEARCH;
        server = new FormField<>(search ? "Server" : "Server Name", "", search
                ? "The name of the server(s) to connect to. * acts as a wildcard."
                : "The server wanted; * for any.");
        role = new FormField<>(search ? "Role" : "Server Role", "", search
                ? "The role of the server(s). 0 or blank act as a wildcard."
                : "The server's role, a number ≥ 1; * for any.");
        host = new FormField<>(search ? "Host" : "Network Address", "", search
                ? "The computer the servers run on. * uses the Servers List entries for ADMIN; the other fields then filter them."
                : "The name or address of the computer the server runs on; * for the Local protocol.");
        protocol = new FormField<>("Protocol Sequence", null, search
                ? "Blank (All): with a Host, the possible protocols are tried; with *, those of the Servers List."
                : "Set it: \"All available protocols\" can make connecting take a long time.");
        endpoint = new FormField<>("End Point", "", search
                ? "A TCP port or local name. Leave it blank and a correct value is found automatically."
                : "A port for TCP/IP, a name for Local; * finds the server's endpoint automatically.");
        form = new Form(this::problems, List.of(server, role, host, protocol, endpoint));
        protocol.valueProperty().addListener((o, before, now) -> lockHostForLocal(before, now));
        setValue(initial);
    }

    public FormField<String> server() {
        return server;
    }

    public FormField<String> role() {
        return role;
    }

    public FormField<String> host() {
        return host;
    }

    public FormField<ProtocolSequence> protocol() {
        return protocol;
    }

    public FormField<String> endpoint() {
        return endpoint;
    }

    /** The protocols offered: those this platform serves when searching, every one of the guide's in a declaration. */
    public List<ProtocolSequence> protocolChoices() {
        return purpose == Purpose.SEARCH
                ? List.of(ProtocolSequence.ALL, ProtocolSequence.TCP, ProtocolSequence.LOCAL)
                : Arrays.asList(ProtocolSequence.values());
    }

    /** True while the Host may not be changed: a declaration for the Local protocol has {@code *}. */
    public ReadOnlyBooleanProperty hostLockedProperty() {
        return hostLocked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    public boolean isValid() {
        return form.isValid();
    }

    /** Shows {@code locator} in the fields. */
    public void setValue(ServerLocator locator) {
        boolean search = purpose == Purpose.SEARCH;
        server.set(locator.serverName());
        role.set(search && locator.serverRole().equals(ServerLocator.ANY) ? ANY_ROLE_WHEN_SEARCHING : locator.serverRole());
        protocol.set(locator.protocolSequence().orElse(null));
        host.set(locator.networkAddress());
        endpoint.set(search && locator.endpoint().equals(ServerLocator.ANY) ? "" : locator.endpoint());
        lockHostForLocal(null, protocol.value());
        form.check();
    }

    /** The fields as a locator: {@code *} where they were left blank (or Role 0 when searching). */
    public ServerLocator value() {
        String roleText = role.value().strip();
        boolean anyRole = roleText.isEmpty() || purpose == Purpose.SEARCH && roleText.equals(ANY_ROLE_WHEN_SEARCHING);
        String hostText = host.value().strip();
        return new ServerLocator(
                purpose == Purpose.SEARCH && hostText.isEmpty() ? ServerLocator.ANY : hostText,
                protocol.value() == null ? "" : protocol.value().fileName(),
                orAny(endpoint.value()),
                orAny(server.value()),
                anyRole ? ServerLocator.ANY : roleText);
    }

    private static String orAny(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? ServerLocator.ANY : stripped;
    }

    private void lockHostForLocal(ProtocolSequence before, ProtocolSequence now) {
        boolean locked = purpose == Purpose.DECLARATION && now == ProtocolSequence.LOCAL;
        if (locked) {
            host.set(ServerLocator.ANY);
        } else if (before == ProtocolSequence.LOCAL && hostLocked.get() && ServerLocator.ANY.equals(host.value())) {
            host.set("");
        }
        hostLocked.set(locked);
    }

    private Map<FormField<?>, String> problems() {
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        if (protocol.value() == null) {
            problems.put(protocol, "choose a protocol sequence");
        }
        List<Finding> findings = new ArrayList<>();
        ServerLocatorRules.check(value(), purpose, ElementRef.of(0), POSITIONS, findings);
        List<FormField<?>> byPosition = List.of(host, protocol, endpoint, server, role);
        for (Finding finding : findings) {
            problems.putIfAbsent(byPosition.get(finding.field()), finding.message() + " — " + finding.fix());
        }
        return problems;
    }
}
