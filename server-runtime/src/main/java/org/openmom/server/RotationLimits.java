package org.openmom.server;

import java.time.Duration;

/**
 * When an instance leaves anycast rotation and when a lock ends (docs/activation.md, "Bad
 * instances"): a CALL waiting longer than {@code call} for its reply, or messages in flight with
 * no acknowledgement for {@code acknowledgement}, take the instance out until it answers again;
 * a lock unused for {@code lockIdle} ends.
 */
public record RotationLimits(Duration call, Duration acknowledgement, Duration lockIdle) {
    public static RotationLimits defaults() {
        return new RotationLimits(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }
}
