package org.openmom.server.assembly;

import java.nio.file.Path;
import org.openmom.admin.ReloadResult;
import org.openmom.admin.server.AdminRequestHandler;
import org.openmom.admin.server.ConfigurationReloader;
import org.openmom.config.ConfigurationDiff;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ParseResult;
import org.openmom.model.ServerIdentity;
import org.openmom.reflex.runtime.ConfiguredReflexes;
import org.openmom.reflex.runtime.ReflexLoadException;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.server.Broker;
import org.openmom.server.activation.ActivationSupervisor;
import org.openmom.server.persistence.LoggingServiceJournals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running server's reflexes and their replacement by a new configuration (ADMIN_RELOAD,
 * {@code openmom reload}). The new configuration is read and every reflex of it loaded before
 * anything changes; then the broker swaps the whole set under its lock and the old set is
 * closed. Any problem refuses the reload and the old set keeps running.
 *
 * <p>The Logging Services are the server's journals: the new ones are opened with the rest,
 * and once the reload is taken the messages kept so far move to the journal of their Key
 * ({@link JournalReload}).
 */
final class ReflexReload implements ConfigurationReloader, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReflexReload.class);

    private final Path configFile;
    private final ServerIdentity identity;
    private final ReflexSettings settings;
    private final Broker broker;
    private volatile ConfiguredReflexes current;
    private ServerConfiguration configuration;
    private final JournalReload journals;
    private final ActivationSupervisor activations;

    /**
     * @param configFile    the file the server was started with, or null (the default configuration)
     * @param configuration what {@code current} was loaded from
     */
    ReflexReload(Path configFile, ServerIdentity identity, ReflexSettings settings, Broker broker, ConfiguredReflexes current,
            ServerConfiguration configuration, JournalReload journals, ActivationSupervisor activations) {
        this.configFile = configFile;
        this.identity = identity;
        this.settings = settings;
        this.broker = broker;
        this.current = current;
        this.configuration = configuration;
        this.journals = journals;
        this.activations = activations;
    }

    ConfiguredReflexes current() {
        return current;
    }

    @Override
    public synchronized Reloaded reload(String configText, boolean dryRun) {
        ParseResult<ServerConfiguration> parsed = read(configText);
        ServerConfiguration next = parsed.model();
        LoggingServiceJournals.Opened logging = journals.prepare(next);
        ConfiguredReflexes loaded;
        try {
            // Every reflex must load, even on a server started --lenient: a reload never runs a broken set.
            loaded = ConfiguredReflexes.load(configFile, next, linesOf(parsed), identity, settings.withLenient(false));
        } catch (ReflexLoadException e) {
            logging.closeNew();
            throw new IllegalArgumentException(e.getMessage() + " — nothing changed: the server runs its reflexes as before");
        }
        ConfigurationDiff changes = ConfigurationDiff.between(configuration, next);
        ReloadResult result = new ReloadResult(changes, next.reflexes().size());
        if (dryRun) {
            loaded.close();
            logging.closeNew();
            return new Reloaded(result, null);
        }
        loaded.attach(broker);
        ConfiguredReflexes previous = current;
        journals.apply(logging);
        broker.replaceReflexes(loaded);
        activations.apply(next.activations());
        current = loaded;
        configuration = next;
        previous.close();
        LOG.info("configuration reloaded{}: {} ({} reflexes)", configText == null ? " from " + configFile : "", changes.summary(),
                next.reflexes().size());
        return new Reloaded(result, loaded.registry());
    }

    /** The line of each reflex in the text read, for messages that name a reflex by its place. */
    private static int[] linesOf(ParseResult<ServerConfiguration> parsed) {
        int[] lines = new int[parsed.model().reflexes().size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = parsed.sourceMap().locate(Finding.error(ElementRef.of(i), ReflexDeclaration.KIND, "", "")).line();
        }
        return lines;
    }

    private ParseResult<ServerConfiguration> read(String configText) {
        ParseResult<ServerConfiguration> parsed;
        if (configText == null) {
            if (configFile == null) {
                throw new IllegalArgumentException("this server was started without a configuration file (-c): there is no file"
                        + " to read again — give the configuration to take (openmom reload --file F)");
            }
            try {
                parsed = ServerConfigurationParser.read(configFile);
            } catch (FileProblemException e) {
                throw new IllegalArgumentException(e.getMessage() + " — nothing changed");
            }
        } else {
            parsed = ServerConfigurationParser.parse(configFile == null ? "configuration" : configFile.toString(), configText);
        }
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException(AdminRequestHandler.problems(parsed.errors()) + " — nothing changed");
        }
        return parsed;
    }

    @Override
    public void close() {
        current.close();
    }
}
