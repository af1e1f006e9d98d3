package org.openmom.reflex.runtime;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.openmom.config.ReflexKind;

/**
 * What a jar offers as reflexes, for editors: the classes in it that could be declared as each
 * kind (public, concrete, implementing the kind's interface). Classes are loaded without being
 * initialised, so no code of the jar runs, in a class loader thrown away afterwards.
 */
public final class ReflexClasses {
    private static final String CLASS_SUFFIX = ".class";

    private final List<String> classNames;
    private final Map<ReflexKind, List<String>> byKind;

    private ReflexClasses(List<String> classNames, Map<ReflexKind, List<String>> byKind) {
        this.classNames = List.copyOf(classNames);
        this.byKind = byKind;
    }

    /** Reads {@code jar}: every class it holds, and those that could be a reflex of some kind. */
    public static ReflexClasses inJar(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String path = entry.getName();
                if (path.endsWith(CLASS_SUFFIX) && !path.endsWith("module-info.class") && !path.startsWith("META-INF/")) {
                    names.add(path.substring(0, path.length() - CLASS_SUFFIX.length()).replace('/', '.'));
                }
            }
        }
        Map<ReflexKind, List<String>> byKind = new EnumMap<>(ReflexKind.class);
        try (URLClassLoader loader = new URLClassLoader("inspect:" + jar.getFileName(), new URL[] {jar.toUri().toURL()},
                ReflexClasses.class.getClassLoader())) {
            for (String name : names) {
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
                        kindsOf(type).forEach(kind -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(name));
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // A class that needs what the jar does not hold cannot be a reflex the server loads: not offered.
                }
            }
        }
        return new ReflexClasses(names, byKind);
    }

    private static List<ReflexKind> kindsOf(Class<?> type) {
        return Arrays.stream(ReflexKind.values())
                .filter(kind -> kind.runsCode() && ReflexKinds.interfaceOf(kind).isAssignableFrom(type)).toList();
    }

    /** The binary names of the classes that can be declared as {@code kind}, in the jar's order. */
    public List<String> of(ReflexKind kind) {
        return List.copyOf(byKind.getOrDefault(kind, List.of()));
    }

    /** Whether the jar holds a class of this binary name, of whatever kind. */
    public boolean holds(String className) {
        return classNames.contains(className);
    }

    /** The interface a class must implement to be declared as {@code kind}, e.g. org.openmom.reflex.MessageFilter. */
    public static String interfaceName(ReflexKind kind) {
        return ReflexKinds.interfaceOf(kind).getName();
    }
}
