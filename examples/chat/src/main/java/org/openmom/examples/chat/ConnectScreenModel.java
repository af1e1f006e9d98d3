package org.openmom.examples.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.openmom.app.common.address.ServerAddressModel;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.fileformat.ServerLocatorRules.Purpose;

/**
 * The guide's "Connect the Chat client to an OpenMOM server" screen without its controls: the
 * User (the only mandatory field) and the common server-address form, whose Host {@code *}
 * means the Servers List entries for CHAT.
 */
public final class ConnectScreenModel {
    private final FormField<String> user;
    private final Form userForm;
    private final ServerAddressModel address;
    private final BooleanBinding valid;

    /** The screen filled with the last request. */
    public ConnectScreenModel(ChatRequest last) {
        user = new FormField<>("User", last.user(), "The name you chat under: the others send their messages to it.");
        userForm = new Form(this::userProblems, List.of(user));
        address = new ServerAddressModel(Purpose.SEARCH, last.where());
        // the guide's words for the chat: one server, found through the Servers List entries for CHAT
        address.server().hintProperty().set("The name of the server you want to connect to. * acts as a wildcard.");
        address.role().hintProperty().set("The role of the server you want to connect to. 0 or blank act as a wildcard.");
        address.host().hintProperty().set("The computer the server runs on. * uses the Servers List entries for CHAT;"
                + " the other fields then narrow them.");
        valid = Bindings.and(userForm.validProperty(), address.validProperty());
        userForm.check();
    }

    private Map<FormField<?>, String> userProblems() {
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        String name = user.value().strip();
        if (name.isEmpty()) {
            problems.put(user, "the User is empty — give the name you chat under");
        } else if (name.contains("*")) {
            problems.put(user, "'*' would match every user — give one name, without *");
        } else if (name.contains("/") || name.contains("+")) {
            problems.put(user, "'/' and '+' are not allowed in a user name — leave them out");
        } else if (name.chars().anyMatch(Character::isWhitespace)) {
            problems.put(user, "the User contains a space — give one word, e.g. " + name.split("\\s+")[0]);
        }
        return problems;
    }

    public FormField<String> user() {
        return user;
    }

    public ServerAddressModel address() {
        return address;
    }

    /** Whether OK can be pressed. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** The request; call only when {@link #validProperty() valid}. */
    public ChatRequest request() {
        return new ChatRequest(user.value().strip(), address.value());
    }
}
