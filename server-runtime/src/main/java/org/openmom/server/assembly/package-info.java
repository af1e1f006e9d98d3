/**
 * A whole server put together, as {@code openmom server}, the demo and the tests start it:
 * {@link org.openmom.server.assembly.OpenMomServer} reads the configuration file, opens the
 * journals of its logging services, loads the reflexes, builds the broker on them, replays the
 * journals, and starts the listeners with the administration stage. The only package that knows
 * every part of the server; nothing depends on it but the programs that start servers.
 */
package org.openmom.server.assembly;
