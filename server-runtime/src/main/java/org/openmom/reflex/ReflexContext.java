package org.openmom.reflex;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.openmom.config.ReflexDeclaration;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.slf4j.Logger;

/**
 * What a reflex knows of the server it runs in. Given to the reflex's constructor (a public
 * constructor taking a {@code ReflexContext} is preferred to a public no-argument one).
 */
public interface ReflexContext {
    /** The configuration line that declared this reflex. */
    ReflexDeclaration declaration();

    /** The line of the configuration file that declared this reflex (1-based; 0 when built in code). */
    int line();

    default String serviceName() {
        return declaration().serviceName();
    }

    default String key() {
        return declaration().key();
    }

    default String value() {
        return declaration().value();
    }

    /** The server running this reflex. */
    ServerIdentity server();

    /** A logger named after the reflex's class, for the server log. */
    Logger logger();

    /** The server's clock: use it rather than the system's, so tests can control time. */
    Clock clock();

    /** A path written for this reflex, relative to the folder of the configuration file. */
    Path resolve(String path);

    /**
     * The file named like the configuration file with {@code suffix} in place of its extension,
     * in the same folder ({@code server.conf}, {@code .redirects} → {@code server.redirects}):
     * where built-in reflexes keep their settings and output.
     */
    Path besideConfiguration(String suffix);

    /**
     * Posts a message from this reflex (as {@code SERVICE-NAME/SERVER-NAME}) once the current
     * reflex call has returned: the broker is busy while a reflex runs, so the post is queued.
     */
    void post(ServiceUser to, String event, int flags, byte[] body);

    /**
     * Posts like {@link #post(ServiceUser, String, int, byte[])} a message with {@code properties}
     * (names and values beside the body, see {@code Message.properties()}).
     */
    default void post(ServiceUser to, String event, int flags, byte[] body, Map<String, String> properties) {
        if (!properties.isEmpty()) {
            throw new UnsupportedOperationException(getClass().getName() + " posts no message properties");
        }
        post(to, event, flags, body);
    }
}
