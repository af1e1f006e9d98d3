package org.openmom.reflex;

import org.openmom.model.ServiceUser;

/**
 * A {@code RegistrationFilter} (guide prototype {@code short f(RE_RTservice*, RE_RTmessage*)}):
 * decides whether a service may register, e.g. from a password in its registration message.
 */
public interface RegistrationFilter {
    /** Returns false to refuse the registration; the filters after this one then do not run. */
    boolean accept(ServiceUser service, byte[] registrationMessage) throws Exception;
}
