package org.openmom.server.routing;

import java.util.List;
import org.openmom.routes.RoutesFile;

/** The routers of one server (docs/routers.md): created, listed, removed; each with its link. */
public final class Routers implements AutoCloseable {

    /** Every router, in creation order. */
    public List<RouterStatus> list() {
        throw new UnsupportedOperationException("contract: implemented by the lead");
    }

    /**
     * Creates every router of {@code routes}, or none: a name already used here, twice in the file,
     * or a target that is this server is a {@link RouterException}. Each connects in the background.
     *
     * @return the routers created, in file order
     */
    public List<RouterStatus> add(RoutesFile routes) throws RouterException {
        throw new UnsupportedOperationException("contract: implemented by the lead");
    }

    /** Removes router {@code name}; what waits in it is routed again as if just posted. */
    public RouterStatus remove(String name) throws RouterException {
        throw new UnsupportedOperationException("contract: implemented by the lead");
    }

    @Override
    public void close() {
    }
}
