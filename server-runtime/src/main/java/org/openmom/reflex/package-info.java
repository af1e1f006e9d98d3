/**
 * Reflexes: the server's plug-ins declared in its configuration file (guide: "Server
 * Configuration"). The SPI is one small interface per kind ({@link org.openmom.reflex.LocalServiceReflex},
 * {@link org.openmom.reflex.MessageFilter}, {@link org.openmom.reflex.RegistrationFilter},
 * {@link org.openmom.reflex.DeregistrationFilter}, {@link org.openmom.reflex.DeliveryFilter},
 * {@link org.openmom.reflex.DeadLettersReflex}; logging services are built into the server) and a
 * {@link org.openmom.reflex.ReflexContext}. {@link org.openmom.reflex.runtime.ConfiguredReflexes} loads
 * them and runs them for the broker; see docs/reflexes.md.
 */
package org.openmom.reflex;
