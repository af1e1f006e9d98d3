package org.openmom.app.explorer.profiles;

import java.util.List;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.model.ServerAddress;

/**
 * A named set of servers the Explorer connects to at once (its file's name is its name): what
 * an administrator of several brokers keeps, to open them all again in one window.
 *
 * @param servers the servers, in the order of the tree
 */
public record ConnectionProfile(List<Server> servers) {
    public ConnectionProfile {
        servers = List.copyOf(servers);
    }

    /**
     * One server of a profile.
     *
     * @param name     its NAME/ROLE when it was saved, for the person reading the file
     * @param address  where it is: {@code local:NAME.ROLE} or {@code host:port}
     * @param readOnly whether it is only looked at
     */
    public record Server(String name, ServerAddress address, boolean readOnly) {
        /** How the Explorer connects to it: that very address, nothing else. */
        public ConnectRequest request() {
            DiscoveryCriteria criteria = new DiscoveryCriteria("*", 0, address.host().equals("*") ? "localhost" : address.host(),
                    address.protocol(), address.endpoint());
            return new ConnectRequest(criteria, null, readOnly);
        }
    }
}
