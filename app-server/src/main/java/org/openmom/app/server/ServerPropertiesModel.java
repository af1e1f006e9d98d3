package org.openmom.app.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.model.ProtocolSequence;

/**
 * The guide's server Properties — Protocol Sequence, End Point, Config File Name, Server Name,
 * Server Role — and the routes file, checked as they are typed, and turned into the options of
 * {@code openmom server} ({@code -p -e -c -s -r -x}). The two files are checked by
 * {@link ServerFileCheck} in the background with the validators of {@code openmom check}; their
 * findings join the other fields' problems here.
 */
final class ServerPropertiesModel {
    static final String DEFAULT_NAME = "OpenMOM";

    private final FormField<ProtocolSequence> protocol = new FormField<>("Protocol Sequence", ProtocolSequence.ALL,
            "Local if this computer has no network; All available protocols listens on TCP/IP and Local.");
    private final FormField<String> endpoint = new FormField<>("End Point", "",
            "A TCP/IP port, or a name for Local. Leave it blank and a correct value is attributed automatically.");
    private final FormField<String> configFile = new FormField<>("Config File Name", "",
            "A file declaring the server's reflexes (optional). Relative names are looked up in $OPENMOM_HOME/files.");
    private final FormField<String> serverName = new FormField<>("Server Name", DEFAULT_NAME,
            "Identifies the server, together with its role.");
    private final FormField<String> serverRole = new FormField<>("Server Role", "1",
            "Identifies the server, together with its name: 1 or more.");
    private final FormField<String> routesFile = new FormField<>("Routes File", "",
            "Routers to re-establish at start (optional, -x). Relative names are looked up in $OPENMOM_HOME/files.");
    private final Form form;
    private final ServerFileCheck configCheck;
    private final ServerFileCheck routesCheck;

    ServerPropertiesModel(ServerFileCheck.Checker checker, BackgroundWork background) {
        form = new Form(this::problems, List.of(protocol, endpoint, configFile, serverName, serverRole, routesFile));
        configCheck = new ServerFileCheck(configFile, ServerFileCheck.Kind.CONFIGURATION, checker, background, form::check);
        routesCheck = new ServerFileCheck(routesFile, ServerFileCheck.Kind.ROUTES, checker, background, form::check);
        form.check();
    }

    /** The protocols the server of this platform can listen on, "All available" first (the default). */
    List<ProtocolSequence> protocolChoices() {
        return List.of(ProtocolSequence.ALL, ProtocolSequence.TCP, ProtocolSequence.LOCAL);
    }

    FormField<ProtocolSequence> protocol() {
        return protocol;
    }

    FormField<String> endpoint() {
        return endpoint;
    }

    FormField<String> configFile() {
        return configFile;
    }

    FormField<String> serverName() {
        return serverName;
    }

    FormField<String> serverRole() {
        return serverRole;
    }

    FormField<String> routesFile() {
        return routesFile;
    }

    ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /** The name the server will have. */
    String name() {
        return serverName.value().strip();
    }

    /** The role the server will have, or 0 when the field does not hold one. */
    int role() {
        try {
            return Integer.parseInt(serverRole.value().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The options of {@code openmom server} these properties stand for; blank fields are left to the server's defaults. */
    List<String> serverOptions() {
        List<String> options = new ArrayList<>(List.of("-p", protocol.value().fileName(), "-s", name(), "-r", Integer.toString(role())));
        addIfSet(options, "-e", endpoint.value());
        addIfSet(options, "-c", configFile.value());
        addIfSet(options, "-x", routesFile.value());
        return options;
    }

    private static void addIfSet(List<String> options, String flag, String value) {
        if (!value.isBlank()) {
            options.add(flag);
            options.add(value.strip());
        }
    }

    /** Shows the properties last remembered (the defaults the first time). */
    void restore(Preferences preferences) {
        protocol.set(ProtocolSequence.fromFileName(preferences.get("protocol", "*")).filter(protocolChoices()::contains)
                .orElse(ProtocolSequence.ALL));
        endpoint.set(preferences.get("endpoint", ""));
        configFile.set(preferences.get("config", ""));
        serverName.set(preferences.get("name", DEFAULT_NAME));
        serverRole.set(preferences.get("role", "1"));
        routesFile.set(preferences.get("routes", ""));
    }

    /** Remembers the properties for the next window (when a server started with them). */
    void remember(Preferences preferences) {
        preferences.put("protocol", protocol.value().fileName());
        preferences.put("endpoint", endpoint.value());
        preferences.put("config", configFile.value());
        preferences.put("name", serverName.value());
        preferences.put("role", serverRole.value());
        preferences.put("routes", routesFile.value());
    }

    /** The rules of {@code openmom server}'s options, said for the field they concern. */
    private Map<FormField<?>, String> problems() {
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        if (protocol.value() == null) {
            problems.put(protocol, "choose a protocol sequence");
        }
        String name = serverName.value();
        if (name.isBlank() || name.contains("*") || name.contains("/")) {
            problems.put(serverName, "a server name is not blank and has no * and no /");
        } else if (name.contains("+")) {
            problems.put(serverName, "a server name has no '+', which Servers Lists write for a space — choose another name");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.put(serverName, "a server name has no tab, line break or other control character");
        }
        if (role() < 1) {
            problems.put(serverRole, "the server role is a whole number, 1 or more");
        }
        String endpointProblem = endpointProblem(endpoint.value().strip());
        if (endpointProblem != null) {
            problems.put(endpoint, endpointProblem);
        }
        if (configCheck != null && routesCheck != null) { // the form checks once before the file checks exist
            configCheck.problem().ifPresent(problem -> problems.put(configFile, problem));
            routesCheck.problem().ifPresent(problem -> problems.put(routesFile, problem));
        }
        return problems;
    }

    private String endpointProblem(String value) {
        if (value.isEmpty() || value.equals("*") || protocol.value() == null) {
            return null;
        }
        boolean numeric = value.chars().allMatch(Character::isDigit);
        if (numeric && (value.length() > 5 || Integer.parseInt(value) > 65535)) {
            return "a TCP/IP port is at most 65535";
        }
        if (protocol.value() == ProtocolSequence.TCP && !numeric) {
            return "a TCP/IP end point is a port number (1-65535) — or leave it blank";
        }
        if (protocol.value() == ProtocolSequence.LOCAL && numeric) {
            return "a Local end point is a name (a number is taken as a TCP/IP port) — or leave it blank";
        }
        if (!numeric && value.contains("/")) {
            return "a Local end point is a name, without /";
        }
        return null;
    }
}
