package org.openmom.reflex;

import org.openmom.model.ServiceUser;

/**
 * A {@code DeregistrationFilter} (guide prototype {@code short f(RE_RTservice*)}, which "must
 * always return 1"): told of every departure of a service, dropped connections included.
 */
public interface DeregistrationFilter {
    void deregistered(ServiceUser service) throws Exception;
}
