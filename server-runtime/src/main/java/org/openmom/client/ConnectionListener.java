package org.openmom.client;
import org.openmom.model.ServerAddress;


/** Told when the connection is lost and when it is back (registered again). */
public interface ConnectionListener {
    void connectionLost(String reason);

    void connectionRegained(ServerAddress address);
}
