package org.openmom.app.explorer.connect;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.openmom.app.common.address.ServerAddressModel;
import org.openmom.app.common.form.FormField;
import org.openmom.fileformat.ServerLocatorRules.Purpose;

/**
 * The guide's "Connect a set of OpenMOM servers" dialog without its controls: the servers to
 * find (the common server-address form) and the admin secret TCP connections need.
 */
public final class ConnectDialogModel {
    private final ServerAddressModel address;
    private final FormField<String> secret;
    private final BooleanProperty readOnly;

    /** The dialog filled with the last request. */
    public ConnectDialogModel(ConnectRequest last) {
        address = new ServerAddressModel(Purpose.SEARCH, last.where());
        secret = new FormField<>("Admin secret", Objects.requireNonNullElse(last.secret(), ""),
                "Needed over TCP: the secret the server was given with --admin-secret-file. The local protocol needs none.");
        readOnly = new SimpleBooleanProperty(last.readOnly());
    }

    /** Read-only: the servers are only looked at, every action that would change them disabled. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ServerAddressModel address() {
        return address;
    }

    public FormField<String> secret() {
        return secret;
    }

    /** Whether Connect can be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return address.validProperty();
    }

    /** The request; call only when {@link #validProperty() valid}. */
    public ConnectRequest request() {
        return ConnectRequest.of(address.value(), secret.value()).readOnly(readOnly.get());
    }
}
