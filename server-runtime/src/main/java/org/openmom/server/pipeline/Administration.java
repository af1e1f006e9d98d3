package org.openmom.server.pipeline;

/**
 * What a server offers its administration connections: the pipeline hands each connection that
 * registers as an administration service to it and passes its ADMIN_* requests on. Implemented
 * by the administration side ({@code org.openmom.admin.server}) and wired in at assembly, so the
 * pipeline knows neither the admin requests' JSON nor the watch hub.
 */
@FunctionalInterface
public interface Administration {
    /**
     * Opens administration for a connection that just registered as an administration service.
     *
     * @param link  the connection, for what the requests send on their own (watch events)
     * @param label who is connected, for the log (e.g. {@code ADMIN/ann (local)})
     */
    AdminRequests connect(AdminLink link, String label);
}
