package org.openmom.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.NameRules;
import org.openmom.model.NamePattern;

/**
 * The rules of a server configuration, checked on the model (so the editor can check what a
 * person types): names as everywhere, {@code *} only where the guide allows it, the DLL Path, the
 * class of a code reflex, the log files of a Logging Service and its master/mirror rule
 * (all files for one key but the last start with {@code ~}; the last one, the master, does not);
 * the Activation lines' own rules are {@link ActivationRules}'.
 */
public final class ServerConfigurationValidator {

    private ServerConfigurationValidator() {}

    public static List<Finding> validate(ServerConfiguration configuration) {
        List<Finding> findings = new ArrayList<>();
        List<ReflexDeclaration> reflexes = configuration.reflexes();
        for (int index = 0; index < reflexes.size(); index++) {
            ReflexDeclaration reflex = reflexes.get(index);
            ElementRef ref = ElementRef.of(index);
            checkName(reflex.serviceName(), "Service Name", reflex.kind().serviceNameMayBeWildcard(), reflex, ref,
                    ReflexDeclaration.SERVICE_NAME, findings);
            if (reflex.kind() == ReflexKind.ACTIVATION) {
                ActivationRules.check(reflexes, index, findings);
                checkNotDash(reflex, ref, findings);
                continue;
            }
            checkDllPath(reflex, ref, findings);
            checkName(reflex.key(), keyWhat(reflex.kind()), reflex.kind().keyMayBeWildcard(), reflex, ref,
                    ReflexDeclaration.KEY, findings);
            if (reflex.kind().runsCode()) {
                checkFunctionName(reflex, ref, findings);
            } else {
                checkLogFile(reflex, ref, findings);
            }
            checkNotDash(reflex, ref, findings);
            checkDuplicate(reflexes, index, findings);
        }
        checkMasters(reflexes, findings);
        return findings;
    }

    private static String keyWhat(ReflexKind kind) {
        return kind.keyLabel().equals("Event Name") ? "Key (event name)" : "Key (service name)";
    }

    private static void checkName(String name, String what, boolean wildcardAllowed, ReflexDeclaration reflex,
            ElementRef ref, int field, List<Finding> findings) {
        String kind = reflex.kind().displayName();
        if (name.isEmpty()) {
            findings.add(Finding.error(ref, field, "the " + what + " of the " + kind + " is empty",
                    wildcardAllowed ? "give a name, or * for any" : "give a name"));
            return;
        }
        int before = findings.size();
        NameRules.checkName(name, what, ref, field, findings);
        if (findings.size() == before && !wildcardAllowed && name.contains(NamePattern.WILDCARD)) {
            findings.add(Finding.error(ref, field,
                    "the " + what + " '" + name + "' of a " + kind + " cannot hold *",
                    "give an exact name (only " + wildcardKinds(field) + " take *)"));
        }
    }

    private static String wildcardKinds(int field) {
        List<String> kinds = new ArrayList<>();
        for (ReflexKind kind : ReflexKind.values()) {
            if (kind == ReflexKind.ACTIVATION) {
                continue; // its Key is a model, not a name
            }
            boolean allowed = field == ReflexDeclaration.KEY ? kind.keyMayBeWildcard() : kind.serviceNameMayBeWildcard();
            if (allowed) {
                kinds.add(kind.keyword());
            }
        }
        return String.join(", ", kinds);
    }

    private static void checkDllPath(ReflexDeclaration reflex, ElementRef ref, List<Finding> findings) {
        String path = reflex.dllPath();
        int field = ReflexDeclaration.DLL_PATH;
        if (path.isEmpty()) {
            findings.add(Finding.error(ref, field, "the DLL Path is empty",
                    "write " + ReflexDeclaration.BUILTIN + " for a reflex of the server, or the path of a jar"));
        } else if (!FieldCodec.isWritable(path)) {
            findings.add(Finding.error(ref, field, "the DLL Path '" + path + "' contains a '+', a tab or a line break",
                    "rename the jar without them (in the file, + stands for a space)"));
        } else if (!reflex.isBuiltin() && !path.endsWith(ReflexDeclaration.JAR_SUFFIX)) {
            findings.add(Finding.error(ref, field, "the DLL Path '" + path + "' is neither builtin nor a .jar file",
                    "write " + ReflexDeclaration.BUILTIN + ", or the path of the jar holding the reflex (relative to this file)"));
        } else if (!reflex.kind().runsCode() && !reflex.isBuiltin()) {
            findings.add(Finding.warning(ref, field,
                    "a Logging Service is part of the server: the DLL Path '" + path + "' is not used",
                    "write " + ReflexDeclaration.BUILTIN));
        }
    }

    private static void checkFunctionName(ReflexDeclaration reflex, ElementRef ref, List<Finding> findings) {
        String name = reflex.value();
        int field = ReflexDeclaration.VALUE;
        if (name.isEmpty()) {
            findings.add(Finding.error(ref, field, "the Function Name of the " + reflex.kind().displayName() + " is empty",
                    "give the Java class of the reflex, e.g. com.acme.PasswordCheck"));
        } else if (!SourceVersion.isName(name)) {
            findings.add(Finding.error(ref, field, "the Function Name '" + name + "' is not a Java class name",
                    "give the class's binary name, e.g. com.acme.PasswordCheck or com.acme.Filters$Spam"
                            + (reflex.isBuiltin() ? ", or the simple name of a built-in reflex such as Echo" : "")));
        }
    }

    private static void checkLogFile(ReflexDeclaration reflex, ElementRef ref, List<Finding> findings) {
        int field = ReflexDeclaration.VALUE;
        if (reflex.logFile().isEmpty()) {
            findings.add(Finding.error(ref, field,
                    reflex.isMirror() ? "the mirror '" + reflex.value() + "' names no log file" : "the log file is empty",
                    "give the path of the log file (relative to this file), with ~ in front for a mirror"));
        } else if (!FieldCodec.isWritable(reflex.value())) {
            findings.add(Finding.error(ref, field, "the log file '" + reflex.value() + "' contains a '+', a tab or a line break",
                    "choose a file name without them (in the file, + stands for a space)"));
        }
    }

    /** A field that is exactly {@code -} would be read back as an empty field. */
    static void checkNotDash(ReflexDeclaration reflex, ElementRef ref, List<Finding> findings) {
        String[] values = {null, reflex.serviceName(), reflex.dllPath(), reflex.key(), reflex.value()};
        for (int field = ReflexDeclaration.SERVICE_NAME; field < ReflexDeclaration.FIELD_COUNT; field++) {
            if (FieldCodec.EMPTY.equals(values[field])) {
                findings.add(Finding.error(ref, field, "a field cannot be just '-': the file reads it as an empty field",
                        "choose another text"));
            }
        }
    }

    private static void checkDuplicate(List<ReflexDeclaration> reflexes, int index, List<Finding> findings) {
        ReflexDeclaration reflex = reflexes.get(index);
        for (int earlier = 0; earlier < index; earlier++) {
            if (sameFields(reflexes.get(earlier), reflex)) {
                findings.add(Finding.warning(ElementRef.of(index), ReflexDeclaration.KIND,
                        "duplicate reflex: '" + reflex.toLine() + "' is already declared above (reflex " + (earlier + 1)
                                + " in execution order)",
                        "remove one of the two"));
                return;
            }
        }
    }

    private static boolean sameFields(ReflexDeclaration a, ReflexDeclaration b) {
        return a.kind() == b.kind() && a.serviceName().equals(b.serviceName()) && a.dllPath().equals(b.dllPath())
                && a.key().equals(b.key()) && a.value().equals(b.value());
    }

    /** Per key, every file but the last is a {@code ~} mirror and the last one is the master. */
    private static void checkMasters(List<ReflexDeclaration> reflexes, List<Finding> findings) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int index = 0; index < reflexes.size(); index++) {
            if (reflexes.get(index).kind() == ReflexKind.LOGGING_SERVICE) {
                byKey.computeIfAbsent(reflexes.get(index).key(), k -> new ArrayList<>()).add(index);
            }
        }
        byKey.forEach((key, indexes) -> {
            int last = indexes.get(indexes.size() - 1);
            for (int index : indexes) {
                ReflexDeclaration reflex = reflexes.get(index);
                if (index != last && !reflex.isMirror()) {
                    findings.add(Finding.error(ElementRef.of(index), ReflexDeclaration.VALUE,
                            "the log file '" + reflex.value() + "' is a master for key " + key
                                    + " but more LoggingService lines for " + key + " follow: the master must be declared last",
                            "move this line below the last LoggingService for " + key
                                    + ", or make it a mirror: ~" + reflex.value()));
                }
            }
            ReflexDeclaration lastReflex = reflexes.get(last);
            if (lastReflex.isMirror() && !lastReflex.logFile().isEmpty()) {
                findings.add(Finding.error(ElementRef.of(last), ReflexDeclaration.VALUE,
                        "no master for key " + key + ": the last LoggingService for " + key
                                + " must not start with ~, but its log file is '" + lastReflex.value() + "'",
                        "remove the ~ to make '" + lastReflex.logFile() + "' the master, or declare the master below it"));
            }
        });
    }
}
