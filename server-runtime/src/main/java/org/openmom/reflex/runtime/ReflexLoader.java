package org.openmom.reflex.runtime;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openmom.config.ReflexDeclaration;
import org.openmom.reflex.ReflexContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes reflex instances from configuration lines: built-in classes, or classes from a jar
 * loaded in its own class loader (one per jar, so the reflexes of one jar share their classes
 * and a jar cannot see another's). Every problem is one line, {@code CONFIG:LINE: …}, naming
 * the reflex and the fix.
 */
final class ReflexLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReflexLoader.class);
    /** How long a constructor past its budget has to react to being interrupted. */
    private static final long INTERRUPT_GRACE_MILLIS = 500;

    private final Path configFile;
    private final Duration startBudget;
    private final Map<Path, URLClassLoader> jarLoaders = new LinkedHashMap<>();

    /**
     * @param configFile  the configuration file, against whose folder jar paths resolve (null: working folder)
     * @param startBudget how long a reflex's constructor may take before the reflex is refused
     */
    ReflexLoader(Path configFile, Duration startBudget) {
        this.configFile = configFile;
        this.startBudget = startBudget;
    }

    Object load(ReflexDeclaration declaration, String place, ServerReflexContext context) throws ReflexLoadException {
        String reflex = declaration.kind().keyword() + " '" + declaration.value() + "'";
        String prefix = place + ": " + reflex + ": ";
        Class<?> type = resolve(declaration, prefix);
        context.nameLoggerAfter(type);
        return constructWithinBudget(type, prefix, context);
    }

    /**
     * The class a line names, checked as {@link #load} checks it — the jar, its exits, the class,
     * its kind, a constructor — without running any of its code ({@code check config}).
     *
     * @param prefix the start of every problem's message, e.g. {@code CONFIG:LINE: Kind 'Value': }
     */
    Class<?> resolve(ReflexDeclaration declaration, String prefix) throws ReflexLoadException {
        Class<?> type = declaration.isBuiltin() ? builtinClass(declaration, prefix) : jarClass(declaration, prefix);
        Class<?> wanted = ReflexKinds.interfaceOf(declaration.kind());
        if (!wanted.isAssignableFrom(type)) {
            throw new ReflexLoadException(prefix + "class " + type.getName() + " is not a " + declaration.kind().displayName()
                    + " — make it implement " + wanted.getName() + ", or declare it with the kind matching what it implements");
        }
        if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            throw new ReflexLoadException(prefix + "class " + type.getName() + " is abstract or not public"
                    + " — name a public, concrete class");
        }
        if (findConstructor(type, ReflexContext.class) == null && findConstructor(type) == null) {
            throw new ReflexLoadException(prefix + "class " + type.getName() + " has no public constructor taking a "
                    + ReflexContext.class.getName() + " nor one without arguments — add one of them");
        }
        return type;
    }

    private static Class<?> builtinClass(ReflexDeclaration declaration, String prefix) throws ReflexLoadException {
        return Builtins.find(declaration.value()).orElseThrow(() -> new ReflexLoadException(prefix
                + "no built-in reflex of that name — use one of " + Builtins.names() + ", or give the jar holding the class as DLL Path"));
    }

    private Class<?> jarClass(ReflexDeclaration declaration, String prefix) throws ReflexLoadException {
        Path jar = configFile == null ? Path.of(declaration.dllPath()).toAbsolutePath().normalize()
                : declaration.resolveJar(configFile).orElseThrow();
        if (!Files.isRegularFile(jar) || !Files.isReadable(jar)) {
            throw ReflexLoadException.ofJar(prefix + "no readable jar " + jar
                    + " — check the DLL Path '" + declaration.dllPath() + "' (relative to the configuration file's folder)");
        }
        try {
            return Class.forName(declaration.value(), false, loaderOf(jar, prefix));
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new ReflexLoadException(prefix + "no class " + declaration.value() + " in " + jar
                    + " — check the Function Name (the class's binary name, e.g. com.acme.Filters$Spam) and the jar's contents");
        } catch (LinkageError e) {
            throw new ReflexLoadException(prefix + "class " + declaration.value() + " in " + jar + " cannot be loaded ("
                    + e + ") — build it for Java 17 against the same OpenMOM version");
        }
    }

    private URLClassLoader loaderOf(Path jar, String prefix) throws ReflexLoadException {
        URLClassLoader loader = jarLoaders.get(jar);
        if (loader == null) {
            refuseExits(jar, prefix);
            URL url;
            try {
                url = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw ReflexLoadException.ofJar(prefix + "cannot read jar " + jar + ": " + e.getMessage());
            }
            loader = new URLClassLoader("reflexes:" + jar.getFileName(), new URL[] {url}, ReflexLoader.class.getClassLoader());
            jarLoaders.put(jar, loader);
        }
        return loader;
    }

    /** A jar whose code would stop the server is refused before any of it runs (see {@link ExitCalls}). */
    private static void refuseExits(Path jar, String prefix) throws ReflexLoadException {
        List<String> exits;
        try {
            exits = ExitCalls.in(jar);
        } catch (IOException e) {
            throw ReflexLoadException.ofJar(prefix + "cannot read jar " + jar + ": " + e.getMessage() + " — check that it is a jar file");
        }
        if (!exits.isEmpty()) {
            throw ReflexLoadException.ofJar(prefix + "jar " + jar + " would stop the whole server: " + String.join("; ", exits)
                    + " — a reflex must not exit; throw an exception (or return a refusal) instead, and rebuild the jar");
        }
    }

    /**
     * Runs the constructor on a thread of its own and waits at most the start budget: a
     * constructor that never returns (a lock, a network call without timeout) would otherwise
     * hang the server's start with no word. One that overran is stopped if it ignores the interrupt.
     */
    private Object constructWithinBudget(Class<?> type, String prefix, ReflexContext context) throws ReflexLoadException {
        FutureTask<Object> construction = new FutureTask<>(() -> instantiate(type, prefix, context));
        Thread thread = new Thread(construction, "openmom-reflex-start-" + type.getSimpleName());
        thread.setDaemon(true);
        thread.setContextClassLoader(type.getClassLoader());
        thread.start();
        try {
            return construction.get(startBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            construction.cancel(true);
            stopIfStillRunning(thread, type.getName());
            throw new ReflexLoadException(prefix + "its constructor did not return within " + startBudget.toSeconds()
                    + " s — make it quick (read files, open nothing that may wait without a timeout) or start slow work later");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReflexLoadException refused) {
                throw refused;
            }
            throw new ReflexLoadException(prefix + "cannot create " + type.getName() + " (" + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            construction.cancel(true);
            throw new ReflexLoadException(prefix + "loading was interrupted (the server is stopping)");
        }
    }

    private static void stopIfStillRunning(Thread thread, String reflex) {
        try {
            thread.join(INTERRUPT_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            RunawayThreads.stop(thread, reflex);
        }
    }

    private static Object instantiate(Class<?> type, String prefix, ReflexContext context) throws ReflexLoadException {
        try {
            Constructor<?> withContext = findConstructor(type, ReflexContext.class);
            if (withContext != null) {
                return withContext.newInstance(context);
            }
            Constructor<?> plain = findConstructor(type);
            if (plain != null) {
                return plain.newInstance();
            }
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            LOG.debug("constructor of {} threw", type.getName(), cause);
            throw new ReflexLoadException(prefix + "its constructor threw " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + " — fix the reflex or what it reads at start");
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ReflexLoadException(prefix + "cannot create " + type.getName() + " (" + e + ")"
                    + " — give it a public constructor taking a ReflexContext, or none");
        }
        throw new IllegalStateException("resolve() found a constructor of " + type.getName()); // resolve checked there is one
    }

    private static Constructor<?> findConstructor(Class<?> type, Class<?>... parameters) {
        try {
            return type.getConstructor(parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Closes the jar class loaders, once the reflexes are no longer used. */
    @Override
    public void close() {
        for (URLClassLoader loader : jarLoaders.values()) {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.debug("closing {}: {}", loader.getName(), e.getMessage());
            }
        }
    }
}
