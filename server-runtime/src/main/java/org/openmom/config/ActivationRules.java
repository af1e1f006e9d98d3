package org.openmom.config;

import java.util.List;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.Finding;

/**
 * The rules of an {@code Activation <Service Name> <Program> <Model> <Max>} line beyond its
 * Service Name: a program path, {@code WAIT} or {@code NOWAIT}, a Max from 1 to
 * {@value ActivationDeclaration#MAX_LIMIT}, and one line per service. Whether the program exists
 * is for {@code check config} to say (it reads the disk; this checks the text).
 */
final class ActivationRules {
    private ActivationRules() {}

    static void check(List<ReflexDeclaration> reflexes, int index, List<Finding> findings) {
        ReflexDeclaration line = reflexes.get(index);
        ElementRef ref = ElementRef.of(index);
        String program = line.dllPath();
        if (program.isEmpty()) {
            findings.add(Finding.error(ref, ReflexDeclaration.DLL_PATH, "the Program of the Activation is empty",
                    "give the path of the program to start (relative to this file), e.g. bin/orders-service"));
        } else if (!FieldCodec.isWritable(program)) {
            findings.add(Finding.error(ref, ReflexDeclaration.DLL_PATH,
                    "the Program '" + program + "' contains a '+', a tab or a line break",
                    "rename the program without them (in the file, + stands for a space)"));
        } else if (line.isBuiltin()) {
            findings.add(Finding.error(ref, ReflexDeclaration.DLL_PATH, "an Activation starts a program: it cannot be builtin",
                    "give the path of the program to start (relative to this file)"));
        }
        if (ActivationModel.fromKeyword(line.key()).isEmpty()) {
            findings.add(Finding.error(ref, ReflexDeclaration.KEY, "unknown model '" + line.key() + "' of the Activation",
                    "write WAIT (one instance at a time) or NOWAIT (more while messages wait, up to Max)"));
        }
        if (ActivationDeclaration.parseMax(line.value()).isEmpty()) {
            findings.add(Finding.error(ref, ReflexDeclaration.VALUE,
                    "the Max '" + line.value() + "' of the Activation is not a number from 1 to " + ActivationDeclaration.MAX_LIMIT,
                    "write how many instances may run at once, e.g. 1 for WAIT or 4 for NOWAIT"));
        } else if (ActivationModel.WAIT.name().equals(line.key()) && !"1".equals(line.value())) {
            findings.add(Finding.warning(ref, ReflexDeclaration.VALUE,
                    "WAIT runs one instance at a time: the Max " + line.value() + " is not used",
                    "write 1, or NOWAIT to let up to " + line.value() + " run at once"));
        }
        for (int earlier = 0; earlier < index; earlier++) {
            ReflexDeclaration other = reflexes.get(earlier);
            if (other.kind() == ReflexKind.ACTIVATION && other.serviceName().equals(line.serviceName()) && !line.serviceName().isEmpty()) {
                findings.add(Finding.error(ref, ReflexDeclaration.SERVICE_NAME,
                        "service " + line.serviceName() + " has an Activation already (reflex " + (earlier + 1) + " in execution order)",
                        "keep one Activation line per service"));
                return;
            }
        }
    }
}
