package org.openmom.server.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.openmom.admin.EndpointInfo;
import org.openmom.admin.server.AdminService;
import org.openmom.admin.server.ServerFacts;
import org.openmom.config.LoggingJournal;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.home.OpenMomHome;
import org.openmom.home.RunningServer;
import org.openmom.home.RunningServers;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalException;
import org.openmom.config.ReflexKind;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerIdentity;
import org.openmom.reflex.runtime.ConfiguredReflexes;
import org.openmom.reflex.runtime.ReflexLoadException;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.server.Broker;
import org.openmom.server.SeedPages;
import org.openmom.server.activation.ActivationSettings;
import org.openmom.server.activation.ActivationSupervisor;
import org.openmom.server.activation.ProgramAddress;
import org.openmom.server.persistence.JournalStore;
import org.openmom.server.persistence.JournalsInUse;
import org.openmom.server.persistence.LoggingServiceJournals;
import org.openmom.server.routing.RouterException;
import org.openmom.server.routing.Routers;
import org.openmom.server.pipeline.BoundEndpoint;
import org.openmom.server.pipeline.BrokerServer;
import org.openmom.server.pipeline.ServerSettings;
import org.openmom.server.pipeline.ServerStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole server as {@code openmom server} and the desktop program start it: its configuration
 * (logging services → journals, replayed), the broker, and the listeners.
 */
public final class OpenMomServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenMomServer.class);

    private final BrokerServer listeners;
    private final JournalStore store;
    private final SeedPages pages;
    private final ReflexReload reflexes;
    private final AdminService admin;
    private final Routers routers;
    private final ActivationSupervisor activations;
    private final RotationCheck rotation;

    private OpenMomServer(BrokerServer listeners, JournalStore store, SeedPages pages, ReflexReload reflexes, AdminService admin,
            Routers routers, ActivationSupervisor activations, RotationCheck rotation) {
        this.rotation = rotation;
        this.listeners = listeners;
        this.store = store;
        this.pages = pages;
        this.reflexes = reflexes;
        this.admin = admin;
        this.routers = routers;
        this.activations = activations;
    }

    /**
     * Starts a server. Without a configuration file, one logging service for {@code *} writes
     * {@code data/NAME-ROLE.journal} (persistence is on by default, DESIGN.md §3).
     *
     * @param configFile the server configuration file, or null
     * @param routesFile the routes file, or null
     * @throws ServerStartException one line naming the file or endpoint at fault and the fix
     */
    public static OpenMomServer start(ServerSettings settings, Path configFile, Path routesFile) throws ServerStartException {
        return start(settings, configFile, routesFile, ReflexSettings.defaults(), ActivationSettings.defaults());
    }

    /** As above, with the reflexes of the configuration run as {@code reflexSettings} say (e.g. lenient). */
    public static OpenMomServer start(ServerSettings settings, Path configFile, Path routesFile, ReflexSettings reflexSettings)
            throws ServerStartException {
        return start(settings, configFile, routesFile, reflexSettings, ActivationSettings.defaults());
    }

    /** As above, the programs of the Activation lines paced as {@code activationSettings} say. */
    public static OpenMomServer start(ServerSettings settings, Path configFile, Path routesFile, ReflexSettings reflexSettings,
            ActivationSettings activationSettings) throws ServerStartException {
        refuseIfAlreadyRunning(settings);
        JournalStore store = openStore(settings, configFile);
        SeedPages pages = openPages(settings, store);
        ConfiguredReflexes reflexes = null;
        AdminService admin = null;
        Routers routers = null;
        ActivationSupervisor activations = null;
        try {
            RoutesFile routes = readRoutes(routesFile);
            ServerConfiguration configuration = configFile == null ? ServerConfiguration.empty() : read(configFile);
            reflexes = ConfiguredReflexes.forServer(configFile, settings.identity(), reflexSettings);
            Broker broker = new Broker(settings.identity(), reflexes, store, pages);
            store.attach(broker::underLock);
            reflexes.attach(broker);
            // the facts read the endpoints once the listeners are bound
            AtomicReference<BrokerServer> bound = new AtomicReference<>();
            activations = ActivationSupervisor.create(configuration.activations(), broker::demand, configFile, settings.home().root(),
                    settings.home().logs(), () -> ProgramAddress.of(bound.get().endpoints(), settings), dataFile(settings, ".activated"),
                    activationSettings);
            ReflexReload reload = new ReflexReload(configFile, settings.identity(), reflexSettings, broker, reflexes, configuration,
                    new JournalReload(store, journalBase(settings, configFile), configFile == null), activations);
            routers = new Routers(broker, settings.home(), Duration.ofMillis(settings.heartbeatMillis()));
            admin = AdminService.start(broker, reflexes.registry(), new ServerFacts(settings.identity(), () -> endpointsOf(bound.get())),
                    routers, reload, auditFile(settings), activations);
            // what waited for routers that are gone is routed again before a client can post behind it
            establish(routers, routes, routesFile);
            broker.routing().routeOrphans();
            bound.set(BrokerServer.start(broker, settings, admin));
            activations.watch();
            warnIfOpenToAnyone(settings, reflexes);
            return new OpenMomServer(bound.get(), store, pages, reload, admin, routers, activations, RotationCheck.start(broker));
        } catch (ReflexLoadException e) {
            store.close();
            pages.close();
            throw new ServerStartException(e.getMessage());
        } catch (ServerStartException | RuntimeException e) {
            if (activations != null) {
                activations.close();
            }
            if (routers != null) {
                routers.close();
            }
            if (admin != null) {
                admin.close();
            }
            if (reflexes != null) {
                reflexes.close();
            }
            store.close();
            pages.close();
            throw e;
        }
    }

    /** Where the server keeps its audit log of administration actions: beside its journal, {@code data/NAME-ROLE.audit}. */
    private static Path auditFile(ServerSettings settings) {
        return dataFile(settings, ".audit");
    }

    /** {@code data/NAME-ROLE.EXTENSION}: a file of this server's own. */
    private static Path dataFile(ServerSettings settings, String extension) {
        return settings.home().data().resolve(settings.identity().name() + "-" + settings.identity().role() + extension);
    }

    /**
     * A second server of the same name and role would answer to the same Servers List
     * declarations and, stopping, remove the first one's run/ entry: whatever its protocols.
     */
    private static void refuseIfAlreadyRunning(ServerSettings settings) throws ServerStartException {
        ServerIdentity identity = settings.identity();
        Optional<RunningServer> running = new RunningServers(settings.home().run()).find(identity.name(), identity.role());
        if (running.isPresent()) {
            throw new ServerStartException("server " + identity + " is already running (pid " + running.get().pid() + ", "
                    + String.join(", ", running.get().endpoints()) + ") — stop it, or give this one another name (-s) or role (-r)");
        }
    }

    /**
     * Registration is the only door of a server (issue #18 item 6): listening beyond this machine
     * with no registration filter, whoever reaches the port can register as any service and read
     * its messages. Said once at start, where the administrator looks.
     */
    private static void warnIfOpenToAnyone(ServerSettings settings, ConfiguredReflexes reflexes) {
        boolean filtered = reflexes.registry().statuses().stream().anyMatch(status -> status.kind() == ReflexKind.REGISTRATION_FILTER);
        if (settings.protocols().contains(ProtocolSequence.TCP) && !settings.listensOnLoopbackOnly() && !filtered) {
            LOG.warn("server {} listens on {} beyond this machine with no RegistrationFilter: anyone who reaches it can register as any"
                    + " service and receive its messages — add a RegistrationFilter (e.g. the built-in PasswordFilter) to the"
                    + " configuration, or listen on this machine only with --listen 127.0.0.1", settings.identity(), settings.tcpHost());
        }
    }

    private static List<EndpointInfo> endpointsOf(BrokerServer server) {
        List<EndpointInfo> endpoints = new ArrayList<>();
        if (server != null) {
            for (BoundEndpoint endpoint : server.endpoints()) {
                endpoints.add(new EndpointInfo(endpoint.protocol(), endpoint.endpoint()));
            }
        }
        return endpoints;
    }

    /** The page files of waiting seeds, beside the default journal in the data folder (docs/performance.md, "Paging"). */
    private static SeedPages openPages(ServerSettings settings, JournalStore store) throws ServerStartException {
        Path data = settings.home().data();
        try {
            OpenMomHome.ownerOnlyFolder(data);
            SeedPages pages = SeedPages.in(data, settings.identity().name() + "-" + settings.identity().role());
            // the journal is replayed before the broker learns its bound: the pages know it already
            pages.setThreshold(settings.memoryBound() / 8);
            pages.fitTo(settings.memoryBound());
            pages.setQuota(settings.pageQuota());
            return pages;
        } catch (IOException | UncheckedIOException e) {
            store.close();
            throw new ServerStartException("cannot keep the page files of waiting messages in " + data + ": " + e.getMessage()
                    + " — make the folder writable by the server's user");
        }
    }

    /**
     * The journals of the Logging Services, and those that left the configuration since the last
     * run but may still hold messages (their messages move to the journals configured now).
     */
    private static JournalStore openStore(ServerSettings settings, Path configFile) throws ServerStartException {
        List<LoggingJournal> declared = new ArrayList<>();
        if (configFile == null) {
            declared.add(defaultJournal(settings));
        } else {
            declared.addAll(read(configFile).loggingJournals());
            if (declared.isEmpty()) {
                LOG.warn("{} declares no LoggingService: persistent messages are kept in memory only and are lost when the server"
                        + " stops or is killed — add a line such as 'LoggingService Journal builtin * ../data/all.journal'", configFile);
            }
        }
        JournalsInUse inUse = new JournalsInUse(dataFile(settings, ".journals"), settings.identity().toString());
        LoggingServiceJournals.Opened configured = null;
        try {
            OpenMomHome.ownerOnlyFolder(settings.home().data());
            configured = LoggingServiceJournals.open(declared, journalBase(settings, configFile), null);
            JournalsInUse.Written lastTime = inUse.read();
            List<Journal> leaving = LoggingServiceJournals.openLeaving(lastTime, configured.services());
            for (Journal journal : leaving) {
                LOG.warn("journal {} is no longer a Logging Service's: its messages are loaded and move to the journal of their Key (those no Key logs now stay in it until acknowledged)",
                        journal.files().master());
            }
            return new JournalStore(configured.services(), leaving, inUse,
                    !LoggingServiceJournals.sameAsLastTime(lastTime, configured.services()));
        } catch (JournalException | IOException e) {
            if (configured != null) {
                configured.closeNew();
            }
            throw new ServerStartException(e.getMessage() + (e instanceof JournalException ? "" : " — check the folder's permissions"));
        }
    }

    /** Without a configuration file, one Logging Service for every service writes data/NAME-ROLE.journal. */
    static LoggingJournal defaultJournal(ServerSettings settings) {
        String file = settings.identity().name() + "-" + settings.identity().role() + ".journal";
        return new LoggingJournal("*", settings.home().data().resolve(file).toString(), List.of());
    }

    /** What the relative paths of Logging Services are relative to: the configuration file's folder, or data/. */
    private static Path journalBase(ServerSettings settings, Path configFile) {
        return configFile != null ? configFile : settings.home().data().resolve(defaultJournal(settings).master());
    }

    private static ServerConfiguration read(Path configFile) throws ServerStartException {
        try {
            ParseResult<ServerConfiguration> result = ServerConfigurationParser.read(configFile);
            if (result.hasErrors()) {
                throw new ServerStartException(result.errors().get(0).format());
            }
            return result.model();
        } catch (FileProblemException e) {
            throw new ServerStartException(e.getMessage());
        }
    }

    /** The routes file given with {@code -x}, read and checked before anything starts; empty without one. */
    private static RoutesFile readRoutes(Path routesFile) throws ServerStartException {
        if (routesFile == null) {
            return RoutesFile.empty();
        }
        try {
            ParseResult<RoutesFile> result = RoutesParser.read(routesFile);
            if (result.hasErrors()) {
                throw new ServerStartException(result.errors().get(0).format());
            }
            return result.model();
        } catch (FileProblemException e) {
            throw new ServerStartException(e.getMessage());
        }
    }

    /** Re-establishes the routes of the file: each router connects in the background, retrying until its target answers. */
    private static void establish(Routers routers, RoutesFile routes, Path routesFile) throws ServerStartException {
        if (routes.routers().isEmpty()) {
            return;
        }
        try {
            routers.add(routes);
            LOG.info("{}: {} routers re-established", routesFile, routes.routers().size());
        } catch (RouterException e) {
            throw new ServerStartException(routesFile + ": " + e.getMessage());
        }
    }

    public Broker broker() {
        return listeners.broker();
    }

    public List<BoundEndpoint> endpoints() {
        return listeners.endpoints();
    }

    public int tcpPort() {
        return listeners.tcpPort();
    }

    /** The routers of this server (created from the routes file or by administrators). */
    public Routers routers() {
        return routers;
    }

    /** The reflexes of the configuration, with their run-time status: the set running now (a reload replaces it). */
    public ConfiguredReflexes reflexes() {
        return reflexes.current();
    }

    /** The programs of the configuration's Activation lines. */
    public ActivationSupervisor activations() {
        return activations;
    }

    /**
     * Stops the activated programs (they would only reconnect), ends the routers' links, stops
     * listening, then the reflexes, then flushes and closes the journals.
     */
    @Override
    public void close() {
        rotation.close();
        activations.close();
        routers.close();
        listeners.close();
        admin.close();
        reflexes.close();
        store.close();
        pages.close();
    }
}
