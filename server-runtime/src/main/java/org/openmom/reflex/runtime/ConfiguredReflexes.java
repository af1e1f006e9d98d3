package org.openmom.reflex.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.model.Message;
import org.openmom.model.NamePattern;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.Answer;
import org.openmom.reflex.DeadLettersReflex;
import org.openmom.reflex.DeliveryFilter;
import org.openmom.reflex.DeregistrationFilter;
import org.openmom.reflex.LocalServiceReflex;
import org.openmom.reflex.MessageDraft;
import org.openmom.reflex.MessageFilter;
import org.openmom.reflex.ReflexFailedException;
import org.openmom.reflex.RegistrationFilter;
import org.openmom.server.Broker;
import org.openmom.server.LocalService;
import org.openmom.server.Reflexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reflexes of a server configuration, run at the broker's hook points with the guide's
 * order and short-circuit (DESIGN.md §6): filters run in file order and the first that says no
 * stops the processing; {@code *} as service name or key matches all.
 *
 * <p>Failure policy: a reflex that throws or overruns its budget counts as having said no for
 * filters (registration refused, message dropped, delivery skipped; yes with
 * {@link FilterFailurePolicy#PASS}), as absent for
 * de-registration filters and dead-letters reflexes, and as an ERROR reply for a local
 * service's CALL. See {@link ReflexRunner} for how the budget is enforced.
 *
 * <p>Start it with {@link #load}, give the broker to {@link #attach} (reflexes post through
 * it), and {@link #close} it after the broker stops.
 */
public final class ConfiguredReflexes implements Reflexes, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredReflexes.class);

    private final List<DeclaredReflex> all;
    private final ReflexRegistry registry;
    private final ReflexRunner runner;
    private final ReflexOutbox outbox;
    private final ReflexLoader loader;
    private final ServerIdentity server;
    private final boolean failedFilterSays;
    /** The reflexes' own addresses: answers to them are never answered, so two reflexes cannot ping-pong. */
    private final Set<ServiceUser> reflexAddresses = new HashSet<>();
    /** Set by {@link #attach}. */
    private volatile Broker broker;

    private ConfiguredReflexes(List<DeclaredReflex> all, ReflexSettings settings, ReflexOutbox outbox, ReflexLoader loader,
            ServerIdentity server) {
        this.failedFilterSays = settings.filterFailure().verdict();
        this.all = List.copyOf(all);
        this.registry = new ReflexRegistry(all);
        this.runner = new ReflexRunner(settings, this::logAfterTheBrokerCall);
        this.outbox = outbox;
        this.loader = loader;
        this.server = server;
        for (DeclaredReflex reflex : all) {
            reflexAddresses.add(ServerReflexContext.identityOf(reflex.declaration(), server));
        }
    }

    /**
     * Loads the reflexes of {@code configuration}, read from {@code configFile} (null for one
     * built in code: jar paths then resolve against the working folder).
     *
     * @throws ReflexLoadException {@code CONFIG:LINE: …} for the first reflex that cannot be
     *     loaded, unless {@code settings.lenient()}: it is then disabled and logged
     */
    public static ConfiguredReflexes load(Path configFile, ServerConfiguration configuration, ServerIdentity server,
            ReflexSettings settings) throws ReflexLoadException {
        return load(configFile, configuration, ConfigurationLines.of(configFile, configuration.reflexes().size()), server, settings);
    }

    /**
     * As above, each reflex {@code i} named in messages as declared at line {@code lines[i]}: for
     * a configuration read from a text rather than from {@code configFile} (a reload).
     */
    public static ConfiguredReflexes load(Path configFile, ServerConfiguration configuration, int[] lines, ServerIdentity server,
            ReflexSettings settings) throws ReflexLoadException {
        ReflexOutbox outbox = new ReflexOutbox();
        ReflexLoader loader = new ReflexLoader(configFile, settings.startBudget());
        List<Object> made = new ArrayList<>();
        try {
            List<DeclaredReflex> reflexes = new ArrayList<>();
            List<ReflexDeclaration> declarations = configuration.reflexes();
            String fileName = configFile == null ? "configuration" : configFile.toString();
            for (int index = 0; index < declarations.size(); index++) {
                ReflexDeclaration declaration = declarations.get(index);
                String place = fileName + ":" + lines[index];
                if (!declaration.kind().runsCode()) {
                    reflexes.add(new DeclaredReflex(index, lines[index], place, declaration, null, null));
                    continue;
                }
                ServerReflexContext context = new ServerReflexContext(declaration, lines[index], server, configFile,
                        settings.clock(), outbox);
                try {
                    Object instance = loader.load(declaration, place, context);
                    made.add(instance);
                    reflexes.add(new DeclaredReflex(index, lines[index], place, declaration, instance, null));
                } catch (ReflexLoadException e) {
                    if (!settings.lenient()) {
                        throw e;
                    }
                    LOG.error("{} — started with this reflex disabled (--lenient)", e.getMessage());
                    reflexes.add(new DeclaredReflex(index, lines[index], place, declaration, null,
                            "could not be loaded: " + e.getMessage()));
                }
            }
            long disabled = reflexes.stream().filter(r -> !r.isEnabled()).count();
            LOG.info("{} reflexes from {} ({} disabled), time budget {} ms per call", reflexes.size(), fileName, disabled,
                    settings.budget().toMillis());
            return new ConfiguredReflexes(reflexes, settings, outbox, loader, server);
        } catch (ReflexLoadException | RuntimeException e) {
            made.forEach(ConfiguredReflexes::closeQuietly);
            loader.close();
            outbox.close();
            throw e;
        }
    }

    /**
     * The reflexes of a server started with configuration file {@code configFile} (null: none,
     * the default configuration has only a logging service).
     *
     * @throws ReflexLoadException {@code CONFIG:LINE: …} for a file with errors or a reflex that
     *     cannot be loaded (see {@link #load})
     */
    public static ConfiguredReflexes forServer(Path configFile, ServerIdentity server, ReflexSettings settings)
            throws ReflexLoadException {
        if (configFile == null) {
            return load(null, ServerConfiguration.empty(), server, settings);
        }
        try {
            ParseResult<ServerConfiguration> result = ServerConfigurationParser.read(configFile);
            if (result.hasErrors()) {
                throw new ReflexLoadException(result.errors().get(0).format());
            }
            return load(configFile, result.model(), server, settings);
        } catch (FileProblemException e) {
            throw new ReflexLoadException(e.getMessage());
        }
    }

    /** Reflexes post (answers, kept dead letters) through this broker from now on. */
    public void attach(Broker broker) {
        this.broker = broker;
        outbox.attach(broker);
    }

    /**
     * Every hook runs under the broker lock, where nothing may write to disk: a log line goes out
     * once the broker's call is over. Before {@link #attach} (at load, in tests), at once.
     */
    private void logAfterTheBrokerCall(Runnable line) {
        Broker attached = broker;
        if (attached == null) {
            line.run();
        } else {
            attached.afterUnlock(line);
        }
    }

    /** Status, enable and disable at run time, for administration. */
    public ReflexRegistry registry() {
        return registry;
    }

    // ---- hooks -----------------------------------------------------------------------------

    @Override
    public Optional<Message> filterSeed(Message seed) {
        // The guide: filters on service * act on seeds, before those of the seed's service.
        Optional<Message> afterSeedFilters = runMessageFilters(seed, true);
        return afterSeedFilters.isEmpty() ? afterSeedFilters : runMessageFilters(afterSeedFilters.get(), false);
    }

    private Optional<Message> runMessageFilters(Message seed, boolean everyService) {
        Message current = seed;
        for (DeclaredReflex reflex : all) {
            if (reflex.kind() != ReflexKind.MESSAGE_FILTER || reflex.isForEveryService() != everyService
                    || !reflex.appliesTo(current.to().service(), current.event())) {
                continue;
            }
            MessageFilter filter = (MessageFilter) reflex.instance();
            // A fresh draft per filter: one abandoned past its budget may still be changing its own.
            MessageDraft draft = new MessageDraft(current);
            Optional<Boolean> keep = runner.run(reflex, "message " + draft.id(), () -> filter.filter(draft));
            if (keep.isPresent() ? !keep.get() : !failedFilterSays) {
                logAfterTheBrokerCall(() -> LOG.debug("{} dropped message {}", reflex.label(), draft.id()));
                return Optional.empty();
            }
            if (keep.isPresent()) {
                current = draft.toMessage();
            }
        }
        return Optional.of(current);
    }

    @Override
    public boolean allowDelivery(Message message, ServiceUser recipient) {
        for (DeclaredReflex reflex : all) {
            if (reflex.kind() == ReflexKind.DELIVERY_FILTER && reflex.appliesTo(recipient.service(), message.event())) {
                DeliveryFilter filter = (DeliveryFilter) reflex.instance();
                boolean deliver = runner.run(reflex, message + " for " + recipient,
                        () -> filter.deliver(message, recipient)).orElse(failedFilterSays);
                if (!deliver) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean allowRegistration(ServiceUser who, byte[] registrationMessage) {
        byte[] message = registrationMessage == null ? new byte[0] : registrationMessage;
        for (DeclaredReflex reflex : all) {
            if (reflex.kind() == ReflexKind.REGISTRATION_FILTER && reflex.guardsService(who.service())) {
                RegistrationFilter filter = (RegistrationFilter) reflex.instance();
                boolean accept = runner.run(reflex, "registration of " + who, () -> filter.accept(who, message)).orElse(failedFilterSays);
                if (!accept) {
                    logAfterTheBrokerCall(() -> LOG.info("{} refused the registration of {}", reflex.label(), who));
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void deregistered(ServiceUser who) {
        for (DeclaredReflex reflex : all) {
            if (reflex.kind() == ReflexKind.DEREGISTRATION_FILTER && reflex.guardsService(who.service())) {
                DeregistrationFilter filter = (DeregistrationFilter) reflex.instance();
                runner.run(reflex, "de-registration of " + who, () -> {
                    filter.deregistered(who);
                    return Boolean.TRUE;
                });
            }
        }
    }

    @Override
    public boolean deadLetter(Message message) {
        if (reflexAddresses.contains(message.from())) {
            // A reflex's own post that found nobody: handing it to dead-letters reflexes, which
            // may post again, could go round forever. It is counted and dropped.
            logAfterTheBrokerCall(() -> LOG.debug("dead letter {} from a reflex: not given to dead-letters reflexes", message));
            return false;
        }
        boolean taken = false;
        for (DeclaredReflex reflex : all) {
            if (reflex.kind() == ReflexKind.DEAD_LETTERS && appliesToAddress(reflex, message.to(), message.event())) {
                DeadLettersReflex deadLetters = (DeadLettersReflex) reflex.instance();
                Answer answer = new Answer();
                boolean ran = runner.run(reflex, "dead letter " + message.id(), () -> {
                    deadLetters.deadLetter(message, answer);
                    return Boolean.TRUE;
                }).isPresent();
                if (ran) {
                    taken = true;
                    sendBack(reflex, message, answer);
                }
            }
        }
        return taken;
    }

    @Override
    public Optional<LocalService> localService(ServiceUser to, String event) {
        for (DeclaredReflex reflex : all) {
            if (reflex.kind() == ReflexKind.LOCAL_SERVICE && appliesToAddress(reflex, to, event)) {
                return Optional.of(message -> handleLocally(reflex, message));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<ServiceUser> localServices() {
        List<ServiceUser> names = new ArrayList<>();
        for (DeclaredReflex reflex : all) {
            ServiceUser name = ServerReflexContext.identityOf(reflex.declaration(), server);
            if (reflex.kind() == ReflexKind.LOCAL_SERVICE && reflex.isEnabled() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A message addressed to a service pattern (e.g. {@code *}) reaches the local services it
     * matches, as it reaches registered services.
     */
    private static boolean appliesToAddress(DeclaredReflex reflex, ServiceUser to, String event) {
        return reflex.appliesTo(to.service(), event)
                || reflex.isEnabled() && NamePattern.matches(to.service(), reflex.declaration().serviceName())
                        && NamePattern.matches(reflex.declaration().key(), event);
    }

    private byte[] handleLocally(DeclaredReflex reflex, Message message) {
        LocalServiceReflex service = (LocalServiceReflex) reflex.instance();
        Answer answer = new Answer();
        boolean ran = runner.run(reflex, message.toString(), () -> {
            service.handle(message, answer);
            return Boolean.TRUE;
        }).isPresent();
        if (message.isCall()) {
            if (!ran) {
                throw new ReflexFailedException("local service " + reflex.declaration().serviceName() + " of server " + server
                        + " failed to answer " + message.event() + " (see the server log)");
            }
            return answer.isGiven() ? answer.body() : new byte[0];
        }
        if (ran) {
            sendBack(reflex, message, answer);
        }
        return null;
    }

    /** An answer to a posted message goes back to its sender, unless the sender is a reflex. */
    private void sendBack(DeclaredReflex reflex, Message message, Answer answer) {
        if (!answer.isGiven()) {
            return;
        }
        if (reflexAddresses.contains(message.from())) {
            logAfterTheBrokerCall(() -> LOG.debug("{} answered {}, itself from a reflex: not sent, so reflexes cannot answer each"
                    + " other forever", reflex.label(), message));
            return;
        }
        String event = answer.event() == null ? message.event() : answer.event();
        outbox.post(ServerReflexContext.identityOf(reflex.declaration(), server), message.from(), event, 0, answer.body(), Map.of());
    }

    /** Stops the reflex threads and closes reflexes that hold resources (files), then their jars. */
    @Override
    public void close() {
        outbox.close();
        runner.close();
        for (DeclaredReflex reflex : all) {
            closeQuietly(reflex.instance());
        }
        loader.close();
    }

    private static void closeQuietly(Object instance) {
        if (instance instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("closing reflex {}: {}", instance.getClass().getName(), e.getMessage());
            }
        }
    }
}
