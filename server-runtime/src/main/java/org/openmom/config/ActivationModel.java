package org.openmom.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * How many instances of an activated program may run (the TPF Internet daemon's process models):
 * {@code WAIT} one at a time, {@code NOWAIT} more while messages wait and every instance is busy,
 * up to the line's Max.
 */
public enum ActivationModel {
    WAIT,
    NOWAIT;

    public static Optional<ActivationModel> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(m -> m.name().equals(keyword)).findFirst();
    }
}
