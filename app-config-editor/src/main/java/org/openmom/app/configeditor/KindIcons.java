package org.openmom.app.configeditor;

import org.openmom.config.ReflexKind;
import org.openmom.icons.OpenMomIcon;

/** The icon of each kind of line (the reflexes and the Activation), as the Explorer shows them. */
final class KindIcons {
    private KindIcons() {}

    static OpenMomIcon of(ReflexKind kind) {
        return switch (kind) {
            case LOGGING_SERVICE -> OpenMomIcon.LOGGING_SERVICE;
            case LOCAL_SERVICE -> OpenMomIcon.LOCAL_SERVICE;
            case REGISTRATION_FILTER -> OpenMomIcon.REGISTRATION_FILTER;
            case MESSAGE_FILTER -> OpenMomIcon.MESSAGE_FILTER;
            case DEREGISTRATION_FILTER -> OpenMomIcon.DEREGISTRATION_FILTER;
            case DELIVERY_FILTER -> OpenMomIcon.DELIVERY_FILTER;
            case DEAD_LETTERS -> OpenMomIcon.DEAD_LETTERS;
            case ACTIVATION -> OpenMomIcon.ACTIVATION;
        };
    }
}
