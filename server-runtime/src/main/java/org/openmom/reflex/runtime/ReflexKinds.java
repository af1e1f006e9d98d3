package org.openmom.reflex.runtime;

import java.util.Map;
import org.openmom.config.ReflexKind;
import org.openmom.reflex.DeadLettersReflex;
import org.openmom.reflex.DeliveryFilter;
import org.openmom.reflex.DeregistrationFilter;
import org.openmom.reflex.LocalServiceReflex;
import org.openmom.reflex.MessageFilter;
import org.openmom.reflex.RegistrationFilter;

/** The SPI interface a class must implement to be declared as each kind of reflex. */
final class ReflexKinds {
    private static final Map<ReflexKind, Class<?>> INTERFACES = Map.of(
            ReflexKind.LOCAL_SERVICE, LocalServiceReflex.class,
            ReflexKind.MESSAGE_FILTER, MessageFilter.class,
            ReflexKind.REGISTRATION_FILTER, RegistrationFilter.class,
            ReflexKind.DEREGISTRATION_FILTER, DeregistrationFilter.class,
            ReflexKind.DELIVERY_FILTER, DeliveryFilter.class,
            ReflexKind.DEAD_LETTERS, DeadLettersReflex.class);

    private ReflexKinds() {}

    /** The interface of a kind that runs code. */
    static Class<?> interfaceOf(ReflexKind kind) {
        Class<?> type = INTERFACES.get(kind);
        if (type == null) {
            throw new IllegalArgumentException(kind.keyword() + " runs no reflex code");
        }
        return type;
    }
}
