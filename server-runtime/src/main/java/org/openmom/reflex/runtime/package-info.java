/**
 * Loading and running the reflexes of a configuration file for the broker: each declared
 * reflex loaded from its jar in its own class loader (or found among the built-ins), run on a
 * time budget with a failure policy, disabled after repeated failures, and listed for
 * administration ({@link org.openmom.reflex.runtime.ReflexRegistry}). The SPI the reflexes
 * implement is the parent package, which knows nothing of this one.
 */
package org.openmom.reflex.runtime;
