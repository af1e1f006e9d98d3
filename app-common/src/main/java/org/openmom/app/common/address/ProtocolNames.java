package org.openmom.app.common.address;

import java.util.Arrays;
import javafx.util.StringConverter;
import org.openmom.model.ProtocolSequence;

/** Protocol sequences by the names a person reads: "TCP/IP (ncacn_ip_tcp)". */
public final class ProtocolNames extends StringConverter<ProtocolSequence> {
    @Override
    public String toString(ProtocolSequence protocol) {
        return protocol == null ? "" : protocol.displayName();
    }

    @Override
    public ProtocolSequence fromString(String name) {
        return Arrays.stream(ProtocolSequence.values()).filter(p -> p.displayName().equals(name)).findFirst().orElse(null);
    }
}
